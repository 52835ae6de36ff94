"""The speaker ranker: candidates of a quote with their structural signals, a deterministic fit,
and a model that prefers the subject of the cue's clause over an addressee (sentences written for the test)."""
from __future__ import annotations

import numpy as np

import newsfacts
from newsfacts.eval import speaker_training as training
from newsfacts.stages import quote_speakers

TRAINING_PASSAGES = (
    "李明对张伟表示，项目将在明年完工。",
    "王芳向赵强透露，会议推迟到下个月举行。",
    "刘洋对陈静说，双方的合作还会继续扩大。",
    "孙磊向周敏指出，新的规定从下周开始实施。",
)


def _analysed(body: str):
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00")
    return doc, sorted(doc.quotes, key=lambda q: q.content.start)


def _candidates(body: str):
    doc, quotes = _analysed(body)
    assert len(quotes) == 1
    return quotes[0], quote_speakers.Ranker(doc).candidates(quotes[0], [])


def _subject_groups() -> list[training.Group]:
    """Each passage's quote with the rules' signals removed, labelled: the first name speaks."""
    groups = []
    for number, body in enumerate(TRAINING_PASSAGES):
        _, cands = _candidates(body)
        labels = [c.span.text == body[:2] for c in cands]
        groups.append(training.Group(number, [c.signals for c in cands], labels, True, False))
    return training.without_rule(groups)


def test_candidates_are_the_rules_choice_and_the_names_of_the_sentence():
    quote, cands = _candidates("李明在会后对张伟表示，项目将在明年完工。")
    by_text = {c.span.text: c for c in cands}
    assert quote.speaker.text == "李明"
    assert set(by_text) == {"李明", "张伟"}
    assert by_text["李明"].signals["rule"] == 1.0 and "rule" not in by_text["张伟"].signals
    assert by_text["张伟"].signals["object_mark"] == 1.0 and by_text["李明"].signals["object_mark"] == 0.0
    assert by_text["李明"].signals["clause_subject"] == 1.0 and by_text["张伟"].signals["clause_subject"] == 0.0


def test_a_name_inside_what_is_said_is_no_candidate():
    _, cands = _candidates("李明表示，张伟将在明年接任主席。")
    assert [c.span.text for c in cands] == ["李明"]


def test_the_speaker_of_the_statement_before_is_a_candidate_with_its_history():
    doc, quotes = _analysed("李明表示，项目将在明年完工。张伟对记者说，资金已经到位。")
    cands = quote_speakers.Ranker(doc).candidates(quotes[1], quotes[:1])
    earlier = next(c for c in cands if c.span.text == "李明")
    assert earlier.signals["history1"] == 1.0 and earlier.signals["same_sentence"] == 0.0


def test_fit_is_deterministic():
    groups = _subject_groups()
    names = training.feature_names(groups)
    assert np.array_equal(training.fit(groups, names, 0.1), training.fit(groups, names, 0.1))


def test_the_fitted_model_picks_the_subject_over_the_addressee_in_a_new_sentence():
    groups = _subject_groups()
    names = training.feature_names(groups)
    weights = {"features": names, "weights": training.fit(groups, names, 0.1).tolist()}
    _, cands = _candidates("黄涛向吴丽强调，这次调整不会影响工期。")
    plain = [quote_speakers.Candidate(c.span, c.canonical, c.entity_type,
                                      {k: v for k, v in c.signals.items() if not k.startswith("rule")}) for c in cands]
    assert {c.span.text for c in plain} == {"黄涛", "吴丽"}
    assert quote_speakers.choose(plain, weights).span.text == "黄涛"


def test_rerank_moves_the_speaker_only_when_a_model_prefers_another_candidate():
    doc, quotes = _analysed("李明在会后对张伟表示，项目将在明年完工。")
    keep = {"features": ["rule"], "weights": [1.0]}
    quote_speakers.rerank(doc, quotes, keep)
    assert quotes[0].speaker.text == "李明"
    to_addressee = {"features": ["object_mark"], "weights": [1.0]}
    quote_speakers.rerank(doc, quotes, to_addressee)
    assert quotes[0].speaker.text == "张伟"
