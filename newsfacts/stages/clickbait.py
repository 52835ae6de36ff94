"""Clickbait: a title's named cues (its wording, how the lead tells it, the actors it names) and
the n-grams of its shape to a probability, by a logistic regression fitted on hand-judged titles."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..model import Analysis
from .evidence import Retriever, claim_terms, found, lexicon
from .headline_claims import heading_actors, split_claims
from .headline_numbers import numbers

CLICKBAIT_THRESHOLD = 0.5
MODEL_FILE = "clickbait_model.json"  # in data/headlines; written by data/headlines/train_clickbait.py
LEAD_SENTENCES = 2  # news puts the headline's facts in its first sentences (the inverted pyramid)
LEAD_MIN_SHARE = 0.4  # below this share of the title's words in the lead, title and lead disagree
# signals that need the body or the title's word classes, not its wording alone
BODY_SIGNALS = frozenset({"lead_mismatch", "no_named_actor", "cliffhanger"})
SHOWN_NGRAMS = 3  # at most this many n-grams are named among the signals that drove a score
SHOWN_MIN_WEIGHT = 0.25  # an n-gram is named only when it moves the log-odds at least this much
_HEAD_BREAK = re.compile(r"[，,！!？?；;\s]+")
_COLON = re.compile(r"[：:]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a count of kinds or ways that the title does not list (这3个星座, 5种食物): a teaser, not a tally
_LISTICLE = re.compile(r"(?:这|那|的)\s*[\d一两二三四五六七八九十几]+\s*[个种大件招条类款样句步点位]"
                       r"|[\d一两二三四五六七八九十几]+\s*[种招类款样句步]")
_MASKED = re.compile(r"[A0]")  # a run of other characters (x…x, a Latin word) or a number in a shape n-gram
_ELLIPSIS = re.compile(r"…|\.{3}|。。")


@dataclass(frozen=True)
class Model:
    """A logistic regression over named features: `signal:KIND` and `ngram:TEXT`."""

    bias: float
    weights: dict[str, float]
    ngram_sizes: tuple[int, ...] = (1, 2)
    threshold: float = CLICKBAIT_THRESHOLD
    shape: bool = True  # n-grams of the title's shape (style characters kept, others as x), not its characters

    def logit(self, features: set[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in features)

    def probability(self, features: set[str]) -> float:
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, self.logit(features)))))


@lru_cache(maxsize=1)
def model() -> Model:
    """The committed model (loaded once, on first use)."""
    raw = json.loads(resources.files("newsfacts").joinpath("data", "headlines", MODEL_FILE).read_text("utf-8"))
    return model_from_dict(raw)


def model_from_dict(raw: dict) -> Model:
    return Model(bias=raw["bias"], weights=dict(raw["weights"]), ngram_sizes=tuple(raw["ngram_sizes"]),
                 threshold=raw.get("threshold", CLICKBAIT_THRESHOLD), shape=raw.get("shape", False))


def clickbait(doc: Analysis, retriever: Optional[Retriever] = None,
              fitted: Optional[Model] = None) -> tuple[float, list[str]]:
    """The title's clickbait probability and the features that drove it, strongest first."""
    title = doc.article.title
    if title is None:
        return 0.0, []
    signals = doc_signals(doc, retriever)
    return score(doc.norm_text[title.start:title.end], signals, fitted)


def score(title: str, signals: list[str], fitted: Optional[Model] = None) -> tuple[float, list[str]]:
    """Probability of a title with its named signals, and those signals plus the n-grams that
    moved it most, ordered by how much each pushed towards clickbait."""
    fitted = fitted or model()
    features = feature_set(title, signals, fitted.ngram_sizes, fitted.shape)
    weight = fitted.weights.get
    grams = sorted((f for f in features if f.startswith("ngram:") and abs(weight(f, 0.0)) >= SHOWN_MIN_WEIGHT),
                   key=lambda f: -abs(weight(f, 0.0)))[:SHOWN_NGRAMS]
    named = sorted(signals + grams, key=lambda s: -weight(_feature_of(s), 0.0))
    return fitted.probability(features), named


def _feature_of(signal: str) -> str:
    return signal if signal.startswith("ngram:") else f"signal:{signal.split(':')[0]}"


def feature_set(title: str, signals: list[str], ngram_sizes: tuple[int, ...] = (1, 2),
                shape: bool = False) -> set[str]:
    """The model's binary features: each signal's kind and each n-gram of the title (or of its shape)."""
    grams = ngrams(title, ngram_sizes) if not shape else \
        {g for g in ngrams(title_shape(title), ngram_sizes) if not _MASKED.search(g)}
    return {f"signal:{s.split(':')[0]}" for s in signals} | {f"ngram:{g}" for g in grams}


def title_shape(title: str) -> str:
    """The title with its style characters (这, 你, 吗, 竟, 了; style_characters.txt) and punctuation
    kept and every other Chinese character as x: 这3个星座太准了！ -> 这3个xx太x了！. Its n-grams
    that hold no x (nor a number) carry how a title is put, which any publisher shares, and not
    what it is about."""
    keep = _style_characters()
    return _CJK.sub(lambda m: m.group(0) if m.group(0) in keep else "x", title)


@lru_cache(maxsize=1)
def _style_characters() -> frozenset[str]:
    return frozenset(lexicon("style_characters"))


def ngrams(title: str, sizes: tuple[int, ...] = (1, 2)) -> set[str]:
    """Character n-grams of a title, with digit runs as 0 and Latin words as A (a count or a brand
    says nothing by its value), and ^ and $ marking its ends (a title that ends on ？ or 了)."""
    text = _LATIN.sub("A", _DIGITS.sub("0", _SPACES.sub(" ", title.strip())))
    text = f"^{text}$"
    return {text[i:i + n] for n in sizes for i in range(len(text) - n + 1) if text[i:i + n].strip()}


def doc_signals(doc: Analysis, retriever: Optional[Retriever] = None) -> list[str]:
    """Named cues of the title: its wording, the lead and the actors it names (not its verdict,
    whose base rate differs by source and changes with the verdict rules)."""
    title = doc.article.title
    signals = [s for s in title_signals(doc.norm_text[title.start:title.end]) if s != "cliffhanger"]
    claims = split_claims(doc, title)
    if claims and claims[-1].cliffhanger:  # with word classes: 航行警告 is a noun, 专家警告 withholds
        signals.append("cliffhanger")
    retriever = retriever or Retriever(doc, use_embeddings=False)
    title_words = claim_terms(doc, title.start, title.end)
    if retriever.units and retriever.lead_share(title_words, LEAD_SENTENCES) < LEAD_MIN_SHARE:
        signals.append("lead_mismatch")
    if not heading_actors(doc, title):
        signals.append("no_named_actor")
    return signals


def title_signals(text: str) -> list[str]:
    """Named clickbait cues of a title's wording alone: `kind` or `kind:word`."""
    signals = [f"bait:{w}" for w in found(text, lexicon("bait"))[:2]]
    signals += [f"urgency:{w}" for w in found(text, lexicon("urgency"))[:1] if f"bait:{w}" not in signals]
    if "？" in text or "?" in text or found(text, lexicon("questions")):
        signals.append("question")
    if "！" in text or "!" in text:
        signals.append("exclamation")
    signals += [f"forward_reference:{w}" for w in found(text, lexicon("vague_referents"))[:1] if len(w) > 1]
    last = [p for p in _HEAD_BREAK.split(text) if p]
    if last and any(last[-1].endswith(w) for w in lexicon("withheld")):
        signals.append("cliffhanger")
    signals += [f"intensifier:{w}" for w in found(text, lexicon("intensifiers"))[:1]]
    signals += [f"address:{w}" for w in found(text, lexicon("address"))[:1]]
    signals += [f"emotion:{w}" for w in found(blanked(text, lexicon("emotions_not")), lexicon("emotions"))[:1]]
    if _LISTICLE.search(text):
        signals.append("listicle")
    if _ELLIPSIS.search(text):
        signals.append("ellipsis")
    if re.search(r"[“\"「『].{1,12}[”\"」』]", text):
        signals.append("scare_quotes")
    colon = _COLON.search(text)
    if colon and 2 <= colon.start() <= 15:
        signals.append("source_prefix")
    if numbers(text):
        signals.append("counted_fact")
    return signals


def blanked(text: str, words: tuple[str, ...]) -> str:
    """Text with each of the words (longest first) replaced by as many spaces, so that a lexicon
    word inside one of them (牛 in 黄牛) is not found."""
    for word in words:
        text = text.replace(word, " " * len(word))
    return text
