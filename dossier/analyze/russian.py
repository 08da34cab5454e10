"""Russian analysis with Natasha: razdel segmentation, morphology, syntax, NER, lemmas.

Natasha's models (embeddings, morph tagger, syntax parser, NER tagger) load once per process,
about a second. Paragraphs are analysed one at a time, as in the English path, so sentences
never cross a paragraph break; Natasha's token ids ("3_7") become document-wide indices.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from dossier.analyze.pieces import Piece, paragraphs, pieces
from dossier.models import Analysis, Mention, Sentence, Token

EXTRACTOR = "natasha/1.6"


@lru_cache(maxsize=1)
def load_models() -> dict[str, Any]:
    from natasha import (
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    embedding = NewsEmbedding()
    return {
        "segmenter": Segmenter(),
        "morph": NewsMorphTagger(embedding),
        "syntax": NewsSyntaxParser(embedding),
        "ner": NewsNERTagger(embedding),
        "vocab": MorphVocab(),
    }


def analyze_russian(texts: Sequence[str]) -> list[Analysis]:
    return [_analyze_one(text) for text in texts]


def _analyze_one(text: str) -> Analysis:
    from natasha import Doc

    models = load_models()
    analysis = Analysis(
        language="ru",
        sentences=[],
        tokens=[],
        mentions=[],
        extractor=EXTRACTOR,
        paragraphs=paragraphs(text),
    )
    for piece in pieces(text, analysis.paragraphs):
        doc = Doc(piece.model_text)
        doc.segment(models["segmenter"])
        doc.tag_morph(models["morph"])
        doc.parse_syntax(models["syntax"])
        doc.tag_ner(models["ner"])
        _add_doc(analysis, doc, piece, models["vocab"])
    return analysis


def _add_doc(analysis: Analysis, doc: Any, piece: Piece, vocab: Any) -> None:
    """Map one Natasha Doc to records; texts are taken from the document, not the model copy."""
    offset, original = piece.offset, piece.text
    for sent in doc.sents:
        sent_index = len(analysis.sentences)
        analysis.sentences.append(Sentence(offset + sent.start, offset + sent.stop))
        base = len(analysis.tokens)
        # Natasha ids are "<sentence>_<position>" with 1-based positions and head "_0" for root.
        position = {tok.id: base + n for n, tok in enumerate(sent.tokens)}
        heads = _acyclic(
            [position.get(t.head_id, base + n) for n, t in enumerate(sent.tokens)], base
        )
        for n, tok in enumerate(sent.tokens):
            _lemmatize(tok, vocab)
            head = heads[n]
            analysis.tokens.append(
                Token(
                    i=base + n,
                    start=offset + tok.start,
                    end=offset + tok.stop,
                    text=original[tok.start : tok.stop],
                    lemma=tok.lemma or tok.text.lower(),
                    pos=tok.pos or "X",
                    dep=(tok.rel or "dep").lower(),
                    head=head,
                    sentence=sent_index,
                )
            )
    for span in doc.spans:
        analysis.mentions.append(
            Mention(
                start=offset + span.start,
                end=offset + span.stop,
                text=original[span.start : span.stop],
                label=span.type,
                extractor=EXTRACTOR,
            )
        )


def _lemmatize(tok: Any, vocab: Any) -> None:
    """Set ``tok.lemma``; a token the morphology cannot read keeps no lemma (its own text).

    pymorphy asks ``unicodedata.name`` of every letter, which raises ValueError for the
    letters Python has no name for (Tangut, U+17000-U+18D08): one such character in a
    document must not cost the document.
    """
    try:
        tok.lemmatize(vocab)
    except ValueError:
        tok.lemma = None


def _acyclic(heads: list[int], base: int) -> list[int]:
    """Heads with every cycle broken: Natasha's parser is not guaranteed to emit a tree.

    A token whose chain of heads loops without reaching a root becomes a root itself, so
    every later stage can walk heads and subtrees without guarding against loops.
    """
    fixed = list(heads)
    for n in range(len(fixed)):
        seen = {n}
        j = n
        while fixed[j] - base != j:
            j = fixed[j] - base
            if j in seen:
                fixed[n] = base + n
                break
            seen.add(j)
    return fixed
