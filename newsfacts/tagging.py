"""Sentences to character-level BIO tags (B-PER, I-LOC, O ...) through the entity and actor stages,
in the format of the MSRA and People's Daily NER sets, so any NER scorer can check the tagger."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import actors, entities, ner_adapter, text
from .gazetteer import one_char_places
from .kb import KnowledgeBase
from .model import Analysis, Article, Options, Span

BIO_TYPES = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
_PLACE_TAILS = ("政府", "方面", "当局", "地区", "方", "东北部", "东南部", "西北部", "西南部", "北部", "南部", "东部", "西部",
                "中部")
_PERSON_TAILS = ("先生", "女士", "小姐", "某某", "某", "老", "老师", "大娘", "大爷", "大妈", "阿姨", "师傅", "同志", "教授",
                 "天皇", "总统", "总理", "主席", "夫人")


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
    return actors.link(doc, options)


def _core(doc: Analysis, span: Span, kind: str) -> Span:
    """The name inside a mention, as NER sets mark it: 中国 of 中国政府, 华北 of 华北地区, 吴 of 吴先生."""
    word = doc.norm_text[span.start:span.end]
    tails = _PLACE_TAILS if kind in ("GPE", "LOC") else _PERSON_TAILS if kind == "PER" else ()
    for tail in tails:
        if word.endswith(tail) and len(word) > len(tail):
            stem = word[: -len(tail)]
            if kind == "PER" or tail.endswith("部") and len(stem) >= 2 \
                    or (len(stem) >= 2 or stem in one_char_places()) and KnowledgeBase.load().lookup(
                    one_char_places().get(stem, stem)):
                return Span(span.start, span.end - len(tail), stem)
    return span


def _typed_mentions(doc: Analysis) -> list[tuple[Span, str]]:
    """Name mentions with the type their entity ended up with; title-only references are not names."""
    named = {(m.span.start, m.span.end) for m in doc.mentions if m.type != "TIME"}
    out = []
    for entity in doc.entities:
        for mention in entity.mentions:
            if (mention.start, mention.end) in named:
                out.append((mention, entity.type))
    return sorted(out, key=lambda pair: pair[0].start)
