"""Inter-annotator agreement of the second annotation pass (issue 10) with the gold.

    .venv/bin/python eval/agreement/agreement.py [--diff]

Compares the second annotator's files in this folder (second_*.txt / second_*.yaml / .tsv,
annotated from eval/GUIDELINES.md and the texts that strip.py writes) with the gold files
on the same texts and prints one table per layer; --diff also lists every disagreement.

- Time: extent F1 (strict: same characters; relaxed: overlapping spans, matched one to
  one), on relaxed matches: TYPE agreement with Cohen's kappa, and value agreement.
- Sources: a citation is located by the unit its `supports` text lies in: the quotation
  (quotation marks, or a dash line of Russian direct speech) when inside one, else the
  sentence. F1 on (source, span): same unit and the same source (lenient: lower case,
  "the"/possessive/quotes dropped, one name's words contained in the other's); F1 on span
  alone; on span matches the source-name agreement (exact, lenient); on full matches kind
  agreement with kappa, role and relay agreement.
- Names: F1 on (span, type), strict (same surface form) and relaxed (one surface contains
  the other); on relaxed matches type agreement and kappa (a gold list of types accepts
  any of them), canonical names on shared `names:` entries. The two documents whose gold
  keys were seen by accident (README.md) are reported apart from the clean ones.
- Name pairs (names/gold.yaml): same/different label agreement and kappa on the pairs the
  second annotator judged.
- Happenings (eval/happenings/dev8/): scored by eval/happenings/evaluate.py's own matching
  and pairwise scoring with the gold as the reference (happenings.py): mention P/R/F1,
  within-document and cross-document pairwise P/R/F1; type agreement and kappa on mentions
  matched by span alone, date and modality agreement on evaluate.py's matches.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import happenings  # this folder's module: agreement.py runs as a script from here
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TIMEX = re.compile(r"\[\[([^|\]]*)\|([^|\]]*)\|([^\]]*)\]\]")
DIFFS: list[str] = []


# ---------------------------------------------------------------- helpers


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of (label_a, label_b) pairs; None when there is nothing to compare."""
    n = len(pairs)
    if not n:
        return None
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def f1(matched: int, n_gold: int, n_second: int) -> float:
    return 2 * matched / max(n_gold + n_second, 1)


def fmt(x: float | None, digits: int = 3) -> str:
    return "  n/a" if x is None else f"{x:.{digits}f}"


def share(k: int, n: int) -> str:
    return f"{k}/{n}={k / n:.3f}" if n else "n/a"


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n## {title}\n")
    for r in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


# ---------------------------------------------------------------- time


def parse_timeml(path: Path) -> list[dict]:
    docs: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            docs.append({"dct": line[1:].strip(), "raw": []})
        elif docs:
            docs[-1]["raw"].append(line)
    for d in docs:
        raw = "\n".join(d.pop("raw")).strip()
        text, spans, pos = [], [], 0
        out_len = 0
        for m in TIMEX.finditer(raw):
            text.append(raw[pos : m.start()])
            out_len += m.start() - pos
            spans.append((out_len, out_len + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
            text.append(m.group(1))
            out_len += len(m.group(1))
            pos = m.end()
        text.append(raw[pos:])
        d["text"], d["spans"] = "".join(text), spans
    return docs


def time_layer(diff: bool) -> None:
    rows, tot = [], Counter()
    type_pairs_all: list[tuple[str, str]] = []
    for name in [
        "english_families",
        "english_families_heldout",
        "russian_families",
        "russian_families_heldout",
    ]:
        gold = parse_timeml(ROOT / "eval/temporal" / f"{name}.txt")
        second = parse_timeml(HERE / f"second_{name}.txt")
        assert len(gold) == len(second), name
        c, type_pairs = Counter(), []
        for i, (g, s) in enumerate(zip(gold, second, strict=True), 1):
            assert g["dct"] == s["dct"] and g["text"] == s["text"], f"{name} doc {i}: texts differ"
            c["gold"] += len(g["spans"])
            c["second"] += len(s["spans"])
            gset = {(a, b) for a, b, *_ in g["spans"]}
            c["strict"] += sum((a, b) in gset for a, b, *_ in s["spans"])
            used: set[int] = set()
            matched_s: set[int] = set()
            # one-to-one relaxed matching: exact extents first, then any overlap
            for exact in (True, False):
                for si, sp in enumerate(s["spans"]):
                    if si in matched_s:
                        continue
                    for gi, gp in enumerate(g["spans"]):
                        if gi in used:
                            continue
                        ok = (
                            (gp[0], gp[1]) == (sp[0], sp[1])
                            if exact
                            else gp[0] < sp[1] and sp[0] < gp[1]
                        )
                        if ok:
                            used.add(gi)
                            matched_s.add(si)
                            c["relaxed"] += 1
                            type_pairs.append((gp[3], sp[3]))
                            c["value"] += gp[4] == sp[4]
                            c["type"] += gp[3] == sp[3]
                            if diff and (gp[4] != sp[4] or gp[3] != sp[3] or not exact):
                                DIFFS.append(
                                    f"time {name} doc {i}: gold [[{gp[2]}|{gp[3]}|{gp[4]}]]"
                                    f" second [[{sp[2]}|{sp[3]}|{sp[4]}]]"
                                )
                            break
            if diff:
                for gi, gp in enumerate(g["spans"]):
                    if gi not in used:
                        DIFFS.append(f"time {name} doc {i}: gold only [[{gp[2]}|{gp[3]}|{gp[4]}]]")
                for si, sp in enumerate(s["spans"]):
                    if si not in matched_s:
                        DIFFS.append(
                            f"time {name} doc {i}: second only [[{sp[2]}|{sp[3]}|{sp[4]}]]"
                        )
        tot.update(c)
        type_pairs_all += type_pairs
        rows.append(time_row(name, c, type_pairs))
    rows.append(time_row("all", tot, type_pairs_all))
    table(
        "Time (eval/temporal/*families*.txt)",
        [
            "file",
            "gold",
            "second",
            "F1 strict",
            "F1 relaxed",
            "TYPE agree",
            "TYPE kappa",
            "value agree",
        ],
        rows,
    )


def time_row(name: str, c: Counter, type_pairs: list) -> list[str]:
    return [
        name,
        c["gold"],
        c["second"],
        fmt(f1(c["strict"], c["gold"], c["second"])),
        fmt(f1(c["relaxed"], c["gold"], c["second"])),
        share(c["type"], c["relaxed"]),
        fmt(kappa(type_pairs)),
        share(c["value"], c["relaxed"]),
    ]


# ---------------------------------------------------------------- sources

_SENT = re.compile(r"(?<=[.!?…»\"”])\s+|\n+")


_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|^—.*$", re.M)


def sentence_of(text: str, piece: str | None) -> int | str | None:
    """The unit a citation's `supports` lies in: the quotation (a stretch in quotation marks,
    or a Russian line of direct speech opened by a dash) when it lies inside one, else the
    sentence; None when the citation has no `supports` or it is not in the text."""
    if not piece:
        return None
    at = text.find(piece)
    if at < 0:
        at = text.lower().find(piece.lower())
    if at < 0:
        return None
    for m in _QUOTED.finditer(text):
        if m.start() <= at < m.end():
            return f"q{m.start()}"
    return sum(1 for m in _SENT.finditer(text) if m.end() <= at)


def norm_source(s: str) -> str:
    s = s.lower().replace("«", "").replace("»", "").replace('"', "").replace("ё", "е")
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = re.sub(r"^[\w-]+'s\s+", "", s)  # "india's central bureau ..." -> "central bureau ..."
    s = re.sub(r"\b(news agency|agency|newspaper)\b", "", s)
    return re.sub(r"\s+", " ", s).strip()


def same_source(a: str, b: str) -> bool:
    na, nb = norm_source(a), norm_source(b)
    if na == nb:
        return True
    wa, wb = set(na.split()), set(nb.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def cite_layer(diff: bool) -> None:
    rows, tot = [], Counter()
    kind_all: list[tuple[str, str]] = []
    # round 5: the Russian held-out set, annotated a second time from the guidelines alone;
    # round 6: the English and the second Russian development sets
    for name in ["families", "families_heldout", "russian_heldout", "english_dev", "russian_dev2"]:
        gold = {
            p["id"]: p
            for p in yaml.safe_load((ROOT / "eval/cite" / f"{name}.yaml").read_text())["passages"]
        }
        second = yaml.safe_load((HERE / f"second_cite_{name}.yaml").read_text())["passages"]
        c, kinds = Counter(), []
        for sp in second:
            gp = gold[sp["id"]]
            text = gp["text"]
            gc, sc = gp.get("citations") or [], sp.get("citations") or []
            c["gold"] += len(gc)
            c["second"] += len(sc)
            gsent = [sentence_of(text, x.get("supports")) for x in gc]
            ssent = [sentence_of(text, x.get("supports")) for x in sc]
            assert all(x is not None for x in ssent), sp["id"]
            cands = []
            for gi, g in enumerate(gc):
                for si, s in enumerate(sc):
                    span_ok = gsent[gi] == ssent[si] if gsent[gi] is not None else True
                    if span_ok:
                        src_ok = same_source(g["source"], s["source"])
                        score = 4 * src_ok + 2 * (gsent[gi] == ssent[si]) + (g["kind"] == s["kind"])
                        cands.append((-score, gi, si, src_ok))
            used_g, used_s = set(), set()
            for _, gi, si, src_ok in sorted(cands):
                if gi in used_g or si in used_s:
                    continue
                used_g.add(gi)
                used_s.add(si)
                g, s = gc[gi], sc[si]
                c["span"] += 1
                c["src_exact"] += g["source"] == s["source"]
                c["src_lenient"] += src_ok
                if src_ok:
                    c["full"] += 1
                    c["kind"] += g["kind"] == s["kind"]
                    kinds.append((g["kind"], s["kind"]))
                    for opt in ("role", "relay"):
                        if g.get(opt) or s.get(opt):
                            c[f"{opt}_n"] += 1
                            c[f"{opt}_ok"] += (
                                bool(g.get(opt))
                                and bool(s.get(opt))
                                and same_source(g[opt], s[opt])
                            )
                if diff and (
                    not src_ok
                    or g["kind"] != s["kind"]
                    or g["source"] != s["source"]
                    or (g.get("role"), g.get("relay")) != (s.get("role"), s.get("relay"))
                ):
                    DIFFS.append(f"cite {sp['id']}: gold {short(g)} | second {short(s)}")
            if diff:
                for gi, g in enumerate(gc):
                    if gi not in used_g:
                        DIFFS.append(f"cite {sp['id']}: gold only {short(g)}")
                for si, s in enumerate(sc):
                    if si not in used_s:
                        DIFFS.append(f"cite {sp['id']}: second only {short(s)}")
        tot.update(c)
        kind_all += kinds
        rows.append(cite_row(name, c, kinds))
    rows.append(cite_row("all", tot, kind_all))
    table(
        "Sources (eval/cite/families*.yaml)",
        [
            "file",
            "gold",
            "second",
            "F1 src+span",
            "F1 span",
            "src exact|span",
            "src lenient|span",
            "kind agree",
            "kind kappa",
            "role",
            "relay",
        ],
        rows,
    )


def short(c: dict) -> str:
    extra = "".join(f", {k}={c[k]}" for k in ("role", "relay") if c.get(k))
    return f"{c['kind']}:{c['source']}{extra} [{c.get('supports', '')}]"


def cite_row(name: str, c: Counter, kinds: list) -> list[str]:
    return [
        name,
        c["gold"],
        c["second"],
        fmt(f1(c["full"], c["gold"], c["second"])),
        fmt(f1(c["span"], c["gold"], c["second"])),
        share(c["src_exact"], c["span"]),
        share(c["src_lenient"], c["span"]),
        share(c["kind"], c["full"]),
        fmt(kappa(kinds)),
        share(c["role_ok"], c["role_n"]),
        share(c["relay_ok"], c["relay_n"]),
    ]


# ---------------------------------------------------------------- names (entity types)

SEEN = {
    "eval/entity_types/families/en-nepal-recruits.txt",
    "eval/entity_types/families/en-india-agents.txt",
}


def ent_layer(diff: bool) -> None:
    groups = {
        "clean (3 docs)": Counter(),
        "seen keys (2 docs)": Counter(),
        "all (5 docs)": Counter(),
    }
    kpairs: dict[str, list] = {k: [] for k in groups}
    for name in ["families", "families_heldout"]:
        gold = {
            d["file"]: d
            for d in yaml.safe_load((ROOT / "eval/entity_types" / f"{name}.yaml").read_text())[
                "documents"
            ]
        }
        second = yaml.safe_load((HERE / f"second_entity_types_{name}.yaml").read_text())[
            "documents"
        ]
        for sd in second:
            gd = gold[sd["file"]]
            ge = {
                k: (v if isinstance(v, list) else [v])
                for k, v in (gd.get("entities") or {}).items()
            }
            se = sd.get("entities") or {}
            c, pairs = Counter(), []
            c["gold"], c["second"] = len(ge), len(se)
            used_g, used_s = set(), set()
            # one to one: exact surfaces first, then the containing pairs with the same type
            # and the longest shared text
            cands = sorted(
                (-(g == s), -(st in gt), -min(len(g), len(s)), g, s)
                for s, st in se.items()
                for g, gt in ge.items()
                if g in s or s in g
            )
            for neg_exact, _, _, g, s in cands:
                if g in used_g or s in used_s:
                    continue
                gt, st, exact = ge[g], se[s], bool(neg_exact)
                used_g.add(g)
                used_s.add(s)
                ok = st in gt
                c["relaxed"] += 1
                c["relaxed_typed"] += ok
                c["strict"] += exact
                c["strict_typed"] += exact and ok
                pairs.append((st if ok else gt[0], st))
                if diff and (not exact or not ok):
                    DIFFS.append(
                        f"names {Path(sd['file']).name}: gold {g}: {'/'.join(gt)}"
                        f" | second {s}: {st}"
                    )
            gn, sn = gd.get("names") or {}, sd.get("names") or {}
            for k in set(gn) & set(sn):
                c["canon_n"] += 1
                c["canon_ok"] += gn[k] == sn[k]
                if diff and gn[k] != sn[k]:
                    DIFFS.append(
                        f"names {Path(sd['file']).name}: canonical of {k}: "
                        f"gold {gn[k]} | second {sn[k]}"
                    )
            c["gold_names"] += len(gn)
            c["second_names"] += len(sn)
            if diff:
                for g, gt in ge.items():
                    if g not in used_g:
                        DIFFS.append(
                            f"names {Path(sd['file']).name}: gold only {g}: {'/'.join(gt)}"
                        )
                for s, st in se.items():
                    if s not in used_s:
                        DIFFS.append(f"names {Path(sd['file']).name}: second only {s}: {st}")
            part = "seen keys (2 docs)" if sd["file"] in SEEN else "clean (3 docs)"
            for k in (part, "all (5 docs)"):
                groups[k].update(c)
                kpairs[k] += pairs
    rows = []
    for k, c in groups.items():
        rows.append(
            [
                k,
                c["gold"],
                c["second"],
                fmt(f1(c["strict_typed"], c["gold"], c["second"])),
                fmt(f1(c["relaxed_typed"], c["gold"], c["second"])),
                fmt(f1(c["relaxed"], c["gold"], c["second"])),
                share(c["relaxed_typed"], c["relaxed"]),
                fmt(kappa(kpairs[k])),
                share(c["canon_ok"], c["canon_n"]),
            ]
        )
    table(
        "Names (eval/entity_types/families*.yaml)",
        [
            "documents",
            "gold",
            "second",
            "F1 span+type strict",
            "F1 span+type relaxed",
            "F1 span relaxed",
            "type agree",
            "type kappa",
            "canonical",
        ],
        rows,
    )


# ---------------------------------------------------------------- name pairs


def pair_layer(diff: bool) -> None:
    data = yaml.safe_load((ROOT / "eval/names/gold.yaml").read_text())
    label: dict[tuple[str, str, str], str] = {}
    for lab, key in (("S", "same"), ("D", "different")):
        for etype, groups in data[key].items():
            for group in groups:
                for i, a in enumerate(group):
                    for b in group[i + 1 :]:
                        label.setdefault((etype, a, b), lab)
    pairs = []
    for line in (HERE / "second_names_pairs.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, etype, a, b, lab = line.split("\t")
        g = label[(etype, a, b)]
        pairs.append((g, lab))
        if diff and g != lab:
            DIFFS.append(f"pairs {etype}: {a} ~ {b}: gold {g} | second {lab}")
    agree = sum(a == b for a, b in pairs)
    table(
        "Name pairs (eval/names/gold.yaml, S = same entity, D = different)",
        ["pairs", "gold S/D", "second S/D", "agree", "kappa"],
        [
            [
                len(pairs),
                f"{sum(g == 'S' for g, _ in pairs)}/{sum(g == 'D' for g, _ in pairs)}",
                f"{sum(s == 'S' for _, s in pairs)}/{sum(s == 'D' for _, s in pairs)}",
                share(agree, len(pairs)),
                fmt(kappa(pairs)),
            ]
        ],
    )


# ---------------------------------------------------------------- happenings


def happenings_layer(diff: bool) -> None:
    r = happenings.score("dev8")
    rows = [
        [
            name,
            fmt(row["precision"]),
            fmt(row["recall"]),
            fmt(row["f1"]),
            f"{row['gold_pairs']}/{row['predicted_pairs']}" if "gold_pairs" in row else "",
        ]
        for name, row in (
            ("mentions (gold as reference)", r["mentions"]),
            ("mentions (second as reference)", r["mentions_reverse"]),
            ("within-document links", r["within_document"]),
            ("cross-document merges", r["cross_document"]),
        )
    ]
    table(
        f"Happenings (eval/happenings/dev8/: {r['documents']} documents; gold "
        f"{r['gold_mentions']} mentions of {r['gold_happenings']} happenings, second "
        f"{r['second_mentions']} of {r['second_happenings']})",
        ["figure", "P", "R", "F1", "pairs gold/second"],
        rows,
    )
    labels = [
        ("type (span match)", r["type_pairs"], True),
        ("date (matched)", r["date_pairs"], False),
        ("modality (matched)", r["modality_pairs"], True),
    ]
    table(
        "Happenings: labels on matched mentions",
        ["label", "agree", "kappa"],
        [
            [name, share(sum(a == b for a, b in ps), len(ps)), fmt(kappa(ps)) if k else ""]
            for name, ps, k in labels
        ],
    )
    if diff:
        DIFFS.extend(f"happenings dev8: {line}" for line in happenings.differences("dev8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diff", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    print("# Inter-annotator agreement: second annotator vs gold (issue 10)")
    time_layer(args.diff)
    cite_layer(args.diff)
    ent_layer(args.diff)
    pair_layer(args.diff)
    happenings_layer(args.diff)
    if args.diff:
        print("\n## Disagreements\n")
        print("\n".join(DIFFS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
