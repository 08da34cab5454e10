"""English tense cues (rule T1): the verb forms and words that say whether a clause is past,
future or present, read by the engine's ``Context.tense``; split from english.py."""

from __future__ import annotations

import re

from dossier.temporal.engine import TenseCues

# "-ed" after "be", "has", "have" is a passive or a perfect, not a past event, and so it is
# with an adverb in between ("may not be fully repaired before spring", "has been largely
# rebuilt"): one fixed-width look-behind per length of an "-ly" adverb (Python's look-behinds
# cannot vary in width)
_ADVERB_BETWEEN = "".join(
    rf"(?<!\b{aux}\s[a-z]{{{n}}}ly\s)"
    for aux in ("be", "has", "have", "been")
    for n in range(2, 10)
)
PAST = re.compile(
    r"(?<!\bbe\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bbeen\s)"
    # nor after "stay", "remain": a state ("the bridge will stay closed on Friday", "banks
    # remain shut"); "stayed", "remained" are pasts themselves
    r"(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)(?<!\bremains\s)"
    + _ADVERB_BETWEEN
    + r"\b(?:was|were|had|did|said|told|ago|earlier|previously|came|went|began|took|"
    r"made|gave|held|met|lost|left|became|fell|rose|saw|sent|signed|got|grew|knew|"
    r"thought|brought|bought|caught|taught|sought|fought|stood|led|fled|chose|drove|wrote|"
    r"spoke|broke|shook|found|kept|paid|spent|built|struck|ran|sold|told|felt|heard|"
    r"meant|sat|slept|swore|threw|wore|withdrew|overtook|undertook|died|shot|flew|hid|"
    r"fed|laid|lent|rode|sank|woke|swept|wept|bent|dealt|"
    # "won" after an amount is Korea's currency, no verb ("a dividend of 1,000 won a share")
    r"(?<![\d,]\s)(?<!million\s)(?<!billion\s)(?<!trillion\s)won|"
    # more irregular pasts of news copy ("the fair drew record crowds in May")
    # (not "stuck", "hung": adjectives too, "are stuck", "a hung jury")
    r"drew|understood|swung|forgot|froze|stole|tore|arose|oversaw|underwent|"
    r"overcame|foresaw|sprang|slid|spun|shrank|strove|sped|"
    # a past with its present's form after a singular subject, whose present takes "-s" ("the
    # rate, which hit a low in November", "it cut rates in May")
    r"(?:(?<=\bit\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bwhich\s)|(?<=\bwho\s))"
    r"(?:hit|cut|set|put|shut|quit|spread|cost|split|burst|cast|let)|"
    # a participle opening its sentence: "Arrested Monday, the man will appear Thursday"
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?]\s))[A-Z][a-z]{2,}ed|"
    # not after "is", "are": a present passive ("when he is sentenced in June"); but "are
    # expected to have slipped in May" is a past seen from now
    r"(?<=\bis\s)expected(?=\s+to\s+have\b)|(?<=\bare\s)expected(?=\s+to\s+have\b)|"
    # nor a participle used as an adjective, after an article, a possessive or "of" ("would
    # publish the names of banned agencies on Monday", "will sign the revised law Friday")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bof\s)(?<!\bits\s)"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)[a-z]{3,}ed)\b"
)
# a weekday or "tomorrow" a scheduled present looks ahead to
_WEEKDAY_AHEAD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\b"
FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|going\s+to|plans?\s+to|planning|"
    # "expected to have fallen" is a past seen from now
    r"expects?\s+to(?!\s+have\b)|expected\s+to(?!\s+have\b)|"
    # a present expectation or forecast looks ahead: "expects sales to recover in the
    # second half", "forecasts shipments to rise" (not the nouns: "the forecasts for May")
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    # nor the nouns a result is compared with: "H1 results beat forecasts", "topped analysts'
    # forecasts" (round 24)
    r"(?<!\bbeat\s)(?<!\bbeats\s)(?<!\bmissed\s)(?<!\btopped\s)(?<!\bexceeded\s)"
    r"(?<!\bthan\s)(?<!'\s)(?<!\u2019\s)"
    r"(?:expects|anticipates|forecasts|predicts|projects)(?!\s+(?:for|of|in|on)\b)|"
    # and a plural subject's: "Economists polled last week expect a cut in the second half"
    # (not an infinitive, "to expect", nor a denial, "did not expect", read below)
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?<!\bdo\s)"
    r"(?:expect|anticipate|predict)(?!\s+(?:for|of|in|on)\b)(?=\s)|"
    # a hope or an aim looks ahead: "officials hope to finish the count Thursday"
    r"(?:hopes?|hoping|aims?|aiming|wants?|seeks?|seeking)\s+to(?!\s+have\b)|"
    # reported speech keeps its future after a past verb of saying: "said they hoped to pass
    # the bill before the August recess", "said it did not expect a recovery until the
    # spring" (not "had hoped to", a hope that came to nothing)
    r"(?<!\bhad\s)(?:hoped|planned|intended|aimed)\s+to(?!\s+have\b)|"
    r"(?:did\s+not|didn't)\s+(?:expect|anticipate|foresee)\b|"
    # an event expected on a day: "the results, expected Thursday, ..." (not "had expected")
    r"(?<!\bhad\s)expected(?=\s+(?:on\s+|by\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|tomorrow|tonight|next|later)\b)|"
    r"scheduled|due\s+to|(?<!\bwas\s)(?<!\bwere\s)(?:due|payable)|next|upcoming|coming|would|intends?\s+to|to\s+be\s+held|"
    r"to\s+(?:run|last|continue|begin|start|open|close|end|take\s+place|be)|promised?\s+to|"
    # (not a plan that was changed: "originally set for April 2, was moved")
    r"(?<!originally\s)(?<!initially\s)(?<!previously\s)set\s+(?:to|for)|slated|poised\s+to|"
    r"planned\s+for|(?:is|are)\s+to|"
    # a possibility lies ahead: "the session could run into June" (not "could have")
    r"(?:could|might)(?!\s+(?:not|have)\b)|"
    # "should ease by Sunday", "may not come until July" (not "may have sunk")
    r"(?:should|may)(?!\s+(?:not\s+)?have\b)|"
    # an obligation lies ahead: "bids must be submitted by Friday" (not "must have")
    r"must(?!\s+(?:not\s+)?have\b)|"
    # a scheduled event in the present: "the fiscal year begins Oct. 1", "when the
    # committee meets on Feb. 2", "schools reopen Monday" (third person -s forms, and the
    # base forms that are no common noun or adjective; lower case, so that a headline's
    # news present, "Court Frees Blogger Wednesday", stays a past)
    r"(?:begin|start|end|open|reopen|close|expire|meet|resume|convene|reconvene|adjourn)s|"
    # a trip in the present: "Congress returns Monday", "the president leaves Friday for
    # Asia" (not a noun: "tax returns", "the visits", "two visits")
    r"(?=(?:return|leave|visit|travel)s\b)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\btax\s)(?<!\btheir\s)(?<![\d,]\s)"
    r"(?:return|leave|visit|travel)s(?!\s+(?:of|on|to\s+(?:shareholders|investors))\b)|"
    r"begin|reopen|expire|meet|resume|convene|reconvene|adjourn|"
    # a plural subject's scheduled event: "Polls open Tuesday", "most stores close Monday"
    # ("open", "close", "start", "end" are nouns and adjectives too, so only right before the
    # day: "a close Monday of 1,520" has an article before it)
    r"(?<!\ba\s)(?<!\bthe\s)(?:open|close|start|end)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|tomorrow)\b)|"
    # a fixture in the present: "the champions host Newcastle on Saturday", "City play Arsenal
    # Sunday", "the Lakers face the Celtics on Friday" (a named opponent, then the day)
    r"(?<!\bthe\s)(?<!\ba\s)(?:hosts?|plays?|face)(?=\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight)\b)|"
    # a release in the present, as business copy schedules it: "the company reports
    # fourth-quarter results on Thursday", "the ministry publishes the figures Friday" (an object
    # between, so that "media reports on Thursday" stays a noun)
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?:reports|releases|publishes|unveils|announces)"
    r"(?=\s+(?!on\b|from\b|that\b)(?:[\w'’-]+\s+){1,3}(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|tomorrow)\b)|"
    # a hearing, a debate, a vote or a ruling in the present, as news copy puts what is on the
    # calendar: "the court hears the appeal on Monday", "the Supreme Court rules on the case
    # Tuesday", "the cabinet decides on Friday", and a plural subject's "lawmakers vote on the bill
    # Thursday" (not the nouns: "the votes Thursday", "the new rules Monday", "a final vote")
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\bnew\s)(?<![\d,]\s)(?:hears|debates|votes|decides|considers|rules|weighs|reviews|discusses)"
    rf"(?=\s+(?:[\w'’-]+\s+){{0,4}}?(?:on\s+)?{_WEEKDAY_AHEAD})|"
    r"(?<=s\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bthis\s)(?<!'s\s)(?<!’s\s)(?<!ous\s)"
    r"(?:hear|debate|vote|decide|consider|rule|weigh|review|discuss)"
    rf"(?=\s+(?:[\w'’-]+\s+){{0,4}}?(?:on\s+)?{_WEEKDAY_AHEAD})|"
    r"(?:takes?|goes\s+into|go\s+into|comes?\s+into)\s+effect|runs\s+out|"
    # a trip's present ("the envoy arrives on Friday") and an expected event
    # (a denied one too: "a decision is not expected before Thursday")
    r"arrives?|departs?|(?:is|are)\s+(?:not\s+)?expected(?!\s+to\s+have\b)|"
    # a forecast ("the storm is forecast to make landfall late Friday") and a copula right before
    # the day ("Funeral services are Saturday", "The deadline is Monday"): a past one is "was"
    r"(?:is|are)\s+(?:forecast|projected|predicted)\s+to|kicks\s+off|gets\s+under\s*way|"
    # and a state of being shut or open on it ("Markets are closed Friday for the holiday")
    r"(?:is|are)(?=\s+(?:(?:closed|shut|open)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b))\b"
)
# "need", and "have until" of a deadline ("have until Thursday to approve"), are presents
PRESENT = re.compile(
    # ("is due", "are expected": the auxiliary of a future, not a present that blocks it)
    r"\b(?:(?:is|are)(?!\s+(?:due|expected|scheduled|slated|set|poised|likely|forecast|projected|"
    r"predicted)\b)(?!\s+(?:(?:closed|shut|open)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)"
    # ("am" after a figure is the clock's: "at 8 am EST on Friday")
    r"|(?<!\d\s)(?<!\d)am|says|say|"
    r"remains?|continues?|needs?|ha(?:ve|s)(?=\s+until\b)|"
    # a rule in force ("the rules apply until the end of June"; "apply from" is an onset)
    r"appl(?:y|ies)(?!\s+(?:for|to)\b)|"
    # a present state that a clause's date does not take its tense from ("The bill, passed
    # in January, faces a Senate vote in April")
    r"faces|lacks|owns|employs|believes|requires|depends|includes|contains)\b"
)
# A future seen from the past ("was due to finish by Dec. 1") says nothing of where the
# date lies from the anchor: the date takes the nearest year (rule Y2).
NEUTRAL = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|expected|scheduled|set|supposed|going|slated|planned)\s+)?to\b"
    # "reported on March 15 that the ministry would start ... on April 1": "would" in speech
    # dated before the text is a future seen from that day, no tense (round 23); the cue is the
    # "would", and a date between the verb and it dates the speech
    r"|\b(?:said|reported|announced|stated|wrote|told\s+[\w.-]+)\s+(?:on|in)\s+[A-Z][a-z]+\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:that\s+)?[^.;!?\n]{0,80}?\b(?P<cue>would)\b"
)
# Headlinese: "Union to Strike Friday", "Talks to Resume Monday" (not "Aid to Ukraine":
# a verb after "to" does not end in a plural -s, nor is it a determiner or a number).
HEADLINE_FUTURE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)"
    r"[A-Za-z]*(?:[^\Ws]|ss)\b"
    # a capitalised modal before a verb: "Government Could Shut Down Sunday", "Union Will
    # Strike Friday" (not "Could Have")
    r"|\b(?:Will|Could|Might|Should|Would)\s+(?!Have\b|Not\b)[A-Z][a-z]+"
    # a headline's deadline or schedule: "Bids Due Friday", "Trial Set for Monday"
    r"|\b(?:Due|Slated|Scheduled|Set\s+(?:to|for))\b"
)
# A verb of putting off or extending, then (within its clause) the word that gives the new
# date: "postponed the trial until January", "pushed back the deadline to Jan. 15",
# "extended the contract through June" (the date is ahead, whatever the verb's tense).
# What was agreed, asked or decided to be done lies ahead: "agreed Monday to hold three
# debates, the first Thursday night", "asked customers to turn down their thermostats until
# Jan. 3"; the cue is the infinitive, so the day of the agreeing keeps the verb's past.
INFINITIVE = re.compile(
    r"\b(?:agreed|agrees?|decided|decides?|voted|votes?|asked|asks?|urged|urges?|ordered|"
    r"orders?|pledged|vowed|offered|threatened|called\s+on|told|proposed|proposes|"
    r"recommended|recommends)\b"
    # the object may be long: "urged residents of the recaptured city of Kherson to leave"
    r"(?:\s+[\w.,'-]+){0,8}?\s+(?P<cue>to\s+(?!be\b|have\b)[a-z]+)\b"
)
DEFERRAL = re.compile(
    r"(?i)(?:\b(?:postpon|delay|defer|adjourn|extend|reschedul|push(?:ed|es|ing)?\s+back|"
    r"put(?:s|ting)?\s+off|mov(?:e|ed|es|ing)\s+back)\w*\b[^.;!?\n]{0,80}?\b"
    r"(?:until|till|to|through)"
    # a deadline granted: "gave prosecutors until Sept. 30 to answer"
    r"|\b(?:gave|give[sn]?|giving|granted|grants?|allow(?:s|ed)?)\b[^.;!?\n]{0,60}?\b(?:until|till)"
    # a date set for something: "set a hearing for the week of Oct. 17", "set a trial date
    # of Feb. 5", "set a deadline of Jan. 9" (not "set a record for May", a figure's month)
    # (not a plan that was changed: "the hearing, originally set for April 2, was moved")
    r"|(?<!originally\s)(?<!initially\s)(?<!previously\s)(?<!first\s)"
    r"\b(?:set|sets|scheduled|schedules)\b(?!\s+(?:(?:a|an|the|its|new|all-time)\s+)*"
    r"(?:records?|highs?|lows?|marks?|pace|tone|standards?)\b)[^.;!?\n]{0,60}?"
    r"\b(?:for|(?:date|deadline)\s+of)"
    # a case listed for hearing, as South Asian court copy writes it: "listed the matter for
    # hearing in the first week of February", "posted the petition for hearing on Jan. 8"
    r"|\b(?:list|post|fix)(?:ed|s|ing)?\b[^.;!?\n]{0,60}?\bfor\s+(?:(?:a|the|final|further)\s+)?"
    r"hearings?\s+(?:on|in))"
    r"\s+(?:the\s+|next\s+)?$"
)
TENSE = TenseCues(
    PAST,
    FUTURE,
    PRESENT,
    neutral=NEUTRAL,
    # "since May": what began then began before the text was written; so did an event
    # dated after "since" ("shut since a fire on Oct. 30", "since the freeze in February")
    before=(
        (re.compile(r"(?i)\bsince\s+(?:the\s+)?$"), "past"),
        (
            re.compile(
                r"(?i)\bsince\s+(?:the|a|an|its|his|her|their)\s+[a-z'-]+(?:\s+[a-z'-]+)?"
                r"\s+(?:on|in|of)\s+(?:the\s+)?$"
            ),
            "past",
        ),
        # "ahead of Friday's jobs report", "ahead of the April 7 vote": what is awaited
        (re.compile(r"(?i)\bahead\s+of\s+(?:the\s+|next\s+)?$"), "future"),
        # a countdown: "with two months to go before Jan. 1", "10 days left until March 31"
        (
            re.compile(
                r"(?i)\b(?:to\s+go|left|remain(?:ing|s)?)\s+(?:before|until|till)\s+(?:the\s+)?$"
            ),
            "future",
        ),
        # "since hitting a record high in September": the event a gerund names after "since"
        (
            re.compile(
                r"(?i)\bsince\s+[a-z]+ing\s+(?:[a-z'-]+\s+){0,4}(?:on|in|of)\s+(?:the\s+)?$"
            ),
            "past",
        ),
    ),
    onset=re.compile(
        # "ending": a period still running ends ahead ("the fiscal year ending June 30")
        r"(?i)\b(?:starting|beginning|effective|ending)\s+(?:(?:in|on|from|with)\s+)?(?:the\s+)?$"
        # a rule in force from a day: "the new rules apply from Monday", "valid from Jan. 1"
        r"|\b(?:apply|applies|valid|in\s+force|available)\s+from\s+(?:the\s+)?$"
    ),
    opener=re.compile(
        r"\b(?:unless|if|because|although|though|whereas|while|when|whether|after|before|"
        r"until|once)\b"
        # "and" before a verb opens another predicate: "gained strength Monday and could
        # reach the coast by Friday" (not "Monday and Tuesday")
        r"|\band\s+(?=(?:will|would|could|should|may|might|must|is|are|was|were|has|have|"
        r"had|then|later|expects?|plans?|[a-z]{3,}ed|"
        # a present of being in force: "took effect on Jan. 1 and apply until the end of June"
        r"apply|applies|remains?|runs?|lasts?|expires?|continues?)\b)"
        # "and as" opens another clause: "after OPEC+ agreed to add supply in May and as tariffs
        # announced late Wednesday rattled markets"
        r"|\band\s+as\b(?!\s+(?:much|many|well|soon|long|far|of)\b)"
    ),
    headline_future=HEADLINE_FUTURE,
    deferral=DEFERRAL,
    infinitive=INFINITIVE,
    deadline=re.compile(r"(?i)\b(?:by|until|till|no\s+later\s+than)\s+(?:the\s+)?$"),
    infinitive_open=re.compile(r"(?i)\b(?:in|on|at|during)\s+(?:the\s+)?$"),
    # "Storms that left homes without power over the weekend are expected to return"
    relative=re.compile(r"(?i)\b(?:that|which|who)\s+$"),
    # the span's preposition, perhaps after one other prepositional phrase of the same verb
    # ("fell across the region on Sunday")
    governs=re.compile(
        r"(?i)\s+(?:(?:in|on|at|over|across|into|near|outside|inside|along|during|from|around|"
        r"through|throughout)\s+(?:the\s+)?[\w.'-]+(?:\s+[\w.'-]+)?\s+)?"
        r"(?:in|on|at|during|from|around|through|throughout)\s+(?:the\s+)?"
    ),
    # the day a report was made: "the city said on Monday", "told Reuters Tuesday"
    reporting=re.compile(
        r"(?i)\b(?:said|says|told(?:\s+[\w.'-]+){0,3}|announced|reported|added|confirmed)"
        r"\s+(?:on\s+)?$"
    ),
)
