"""The learned event filter: it scores named signals, keeps what reaches its threshold, and its
trainer prefers it to the rules only when held-out articles say so."""
from __future__ import annotations

import numpy as np

import newsfacts
from newsfacts.stages import event_filter, events
from newsfacts.eval import event_filter_training as training


def test_signals_name_type_origin_of_target_and_modality():
    doc = newsfacts.analyze_text("测试标题\n\n美国对俄罗斯实施制裁。")
    notes: dict[int, str] = {}
    found = events.candidates(doc, notes)
    names = event_filter.features(doc, found, notes)[0]
    assert {"type:SANCTION", "how:clause", "modality:asserted", "parties:main", "foreign"} <= set(names)


def test_score_and_threshold():
    fitted = {"bias": 0.0, "threshold": 0.5, "weights": {"how:sentence": -3.0, "type:ASSAULT": 1.0}}
    assert event_filter.score(fitted, ["how:sentence"]) < 0.5 <= event_filter.score(fitted, ["type:ASSAULT"])


def test_the_trainer_prefers_a_filter_only_when_it_separates_held_out_candidates():
    rng = np.random.default_rng(1)
    cands, n_gold = [], []
    for article in range(20):
        good = [training.Candidate(article, ["how:clause"], True, True) for _ in range(3)]
        bad = [training.Candidate(article, ["how:sentence"], bool(rng.random() < 0.1), True) for _ in range(4)]
        cands += good + bad
        n_gold.append(4)
    report = training.cross_validate(cands, n_gold)
    assert report["best_f1"] > report["rules_f1"] + training.MIN_GAIN

    noise = [training.Candidate(c.article, ["how:clause"], c.label, True) for c in cands]
    report = training.cross_validate(noise, n_gold)
    assert report["best_f1"] < report["rules_f1"] + training.MIN_GAIN
