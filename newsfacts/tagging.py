"""Sentences to character-level BIO tags (B-PER, I-LOC, O ...) through the entity and actor stages,
in the format of the MSRA and People's Daily NER sets, so any NER scorer can check the tagger."""
from __future__ import annotations

from typing import Iterable, Iterator

from .model import Analysis, Article, Options, Span
from .nlp import ner_adapter
from .nlp.mentions import BIO_TYPES, core as _core  # noqa: F401 (BIO_TYPES: API)
from .nlp.words import one_char_places
from .stages import actors, entities, text


def tag_sentence(sentence: str, adapt: bool = True) -> list[str]:
    """One BIO tag per non-whitespace character of the sentence (MSRA's spaced characters work as they are).

    `adapt`: pass the pipeline's tags through the MSRA-trained convention adapter when it ships."""
    chars = [c for c in sentence if not c.isspace()]
    if not chars:
        return []
    if not adapt:
        return pipeline_tags(chars)[0]
    own, lac = pipeline_tags(chars, adapted=False)
    return ner_adapter.adapt(chars, lac, own)


def pipeline_tags(chars: list[str], adapted: bool = True) -> tuple[list[str], list[str]]:
    """(the entity and actor stages' mentions as BIO tags, LAC's word tag of each character).

    `adapted=False`: the mentions without the adapter's, the features the adapter was trained on."""
    doc = _analyse("".join(chars), adapted)
    tags = ["O"] * len(chars)
    for span, kind in _typed_mentions(doc):
        span, label = _core(doc, span, kind), BIO_TYPES.get(kind)
        word = doc.norm_text[span.start:span.end]
        if kind == "ORG" and word[1:] in ("军", "军方") and word[0] in one_char_places():
            span, label = Span(span.start, span.start + 1, word[0]), "LOC"  # 美军: the NER sets mark the country
        if label is None or any(t != "O" for t in tags[span.start:span.end]):
            continue
        tags[span.start] = f"B-{label}"
        for k in range(span.start + 1, span.end):
            tags[k] = f"I-{label}"
    lac = ner_adapter.word_tags([(span.text, tag) for span, tag in doc.tokens])
    return tags, (lac + ["O-B"] * len(chars))[: len(chars)]


def tag_lines(lines: Iterable[str]) -> Iterator[str]:
    """`newsfacts tag`: one line of space-separated tags per input line."""
    for line in lines:
        yield " ".join(tag_sentence(line.rstrip("\n")))


def _analyse(sentence: str, adapted: bool = True) -> Analysis:
    article = Article(text=sentence, paragraphs=[Span(0, len(sentence), sentence)])
    options = Options()
    doc = Analysis(article=article)
    doc.norm_text = text.normalise(sentence)
    doc.sentences = [Span(0, len(sentence), sentence)]
    doc.tokens = text.segment(doc.norm_text, doc.sentences)
    doc = entities.tag(doc, options, adapt=adapted)
    return actors.link(doc, options, filtered=False)  # sentence NER: every mention, no article-level filter


def _typed_mentions(doc: Analysis) -> list[tuple[Span, str]]:
    """Name mentions with the type their entity ended up with; title-only references are not names."""
    named = {(m.span.start, m.span.end) for m in doc.mentions if m.type != "TIME"}
    out = []
    for entity in doc.entities:
        for mention in entity.mentions:
            if (mention.start, mention.end) in named:
                out.append((mention, entity.type))
    return sorted(out, key=lambda pair: pair[0].start)
