"""Tests for newsfacts.eval.scoring: exact figures on tiny hand-built gold and predicted records."""
from __future__ import annotations

import copy

import pytest

from newsfacts.eval.scoring import TASKS, format_table, score


def article(id_="a1", **fields) -> dict:
    return {"id": id_, **fields}


def quote(content, speaker="王明", canonical="Wang Ming", cue="表示", kind="direct") -> dict:
    return {"speaker": speaker, "speaker_canonical": canonical, "cue": cue,
            "content": content, "kind": kind}


def event(type_="SANCTION", source="USA", target="RUS", date=None) -> dict:
    out = {"type": type_, "source": source, "target": target, "trigger": "制裁", "evidence": "美国制裁俄罗斯"}
    return {**out, "date": date} if date else out


def entity(name, type_="PER", canonical=None, **extra) -> dict:
    return {"name": name, "type": type_, "canonical": canonical, **extra}


def full_gold() -> dict:
    return article(
        "full",
        quotes=[quote("我们支持和平谈判"), quote("谈判必须马上开始", "李华", "Li Hua", "说", "indirect")],
        events=[event(date="2025-04-01"), event("CONSULT", "CHN", "FRA")],
        headlines=[
            {"text": "美俄会谈取得突破", "role": "title", "verdict": "overstated",
             "reasons": ["hedge_dropped"], "evidence": "会谈可能取得进展"},
            {"text": "双方同意继续对话", "role": "subheading", "verdict": "supported",
             "reasons": [], "evidence": "双方同意继续对话"},
        ],
        entities=[entity("王明", canonical="Wang Ming"), entity("北京", "GPE", "Beijing"),
                  entity("外交部", "ORG", "Ministry of Foreign Affairs")],
        clickbait=True,
        agreements=[{"name": "停火协议", "kind": "ceasefire", "parties": ["RUS", "UKR"],
                     "state": "proposed", "evidence": "提出停火协议"}],
        sources=["路透社", "《金融时报》"],
        translated=True,
    )


def all_figures(result: dict):
    """Every f1 and accuracy figure in a score result, with its dotted name."""
    for task, metrics in result.items():
        stack = [(task, metrics)]
        while stack:
            name, value = stack.pop()
            if isinstance(value, dict):
                stack += [(f"{name}.{k}", v) for k, v in value.items()]
            elif name.endswith((".f1", ".accuracy", "_f1")):
                yield name, value


def test_perfect_prediction_scores_one_everywhere():
    gold = [full_gold()]
    result = score(gold, copy.deepcopy(gold))
    figures = dict(all_figures(result))
    assert figures and all(v == 1.0 for v in figures.values()), figures
    assert set(result) == {"articles", *TASKS}
    assert result["quotes"]["span"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                        "gold": 2, "predicted": 2, "matched": 2}


def test_perfect_prediction_in_any_order():
    gold = [full_gold()]
    predicted = copy.deepcopy(gold)
    for key in ("quotes", "events", "headlines", "entities"):
        predicted[0][key].reverse()
    assert all(v == 1.0 for v in dict(all_figures(score(gold, predicted))).values())


def test_right_span_wrong_speaker_counts_for_span_only():
    gold = [article(quotes=[quote("我们支持和平谈判")])]
    pred = [article(quotes=[quote("我们支持和平谈判", "李华", "Li Hua")])]
    q = score(gold, pred)["quotes"]
    assert q["span"]["f1"] == 1.0
    assert q["speaker"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert q["end_to_end"]["f1"] == 0.0
    assert q["cue"]["accuracy"] == 1.0 and q["kind"]["accuracy"] == 1.0


def test_half_overlap_rule_at_the_boundary():
    gold = [article(quotes=[quote("我们支持和平谈判")])]  # 8 characters
    exactly_half = [article(quotes=[quote("和平谈判即将开始")])]  # shares 和平谈判: 4 of 8
    under_half = [article(quotes=[quote("谈判即将开始了吧")])]  # shares 谈判: 2 of 8
    assert score(gold, exactly_half)["quotes"]["span"]["matched"] == 1
    assert score(gold, under_half)["quotes"]["span"]["matched"] == 0


def test_half_overlap_uses_the_shorter_content():
    gold = [article(quotes=[quote("我们支持和平谈判")])]
    pred = [article(quotes=[quote("支持")])]  # 2 of 2 characters of the shorter one
    assert score(gold, pred)["quotes"]["span"]["f1"] == pytest.approx(1.0)


def test_quotation_marks_and_whitespace_are_ignored():
    gold = [article(quotes=[quote("不会 让步")])]
    pred = [article(quotes=[quote("「不会让步」")])]
    assert score(gold, pred)["quotes"]["span"]["matched"] == 1
    curly = [article(quotes=[quote("“不会让步”", cue="表示")])]
    assert score(gold, curly)["quotes"]["end_to_end"]["f1"] == 1.0


def test_speaker_containment_matches():
    gold = [article(quotes=[quote("制裁不会取消", "美国国务卿卢比奥", "Marco Rubio")])]
    pred = [article(quotes=[quote("制裁不会取消", "卢比奥", None)])]
    q = score(gold, pred)["quotes"]
    assert q["speaker"]["accuracy"] == 1.0
    assert q["end_to_end"]["f1"] == 1.0


def test_speaker_canonical_agreement_ignores_case():
    gold = [article(quotes=[quote("制裁不会取消", None, "anonymous sources")])]
    pred = [article(quotes=[quote("制裁不会取消", "消息人士", "Anonymous Sources")])]
    assert score(gold, pred)["quotes"]["speaker"]["accuracy"] == 1.0


def test_quote_matching_is_one_to_one():
    gold = [article(quotes=[quote("我们支持和平谈判")])]
    pred = [article(quotes=[quote("我们支持和平谈判"), quote("支持和平谈判")])]
    span = score(gold, pred)["quotes"]["span"]
    assert (span["matched"], span["precision"], span["recall"]) == (1, 0.5, 1.0)
    assert span["f1"] == pytest.approx(2 / 3)


def test_event_date_mismatch_fails_strict():
    gold = [article(events=[event(date="2025-04-01")])]
    other_day = [article(events=[event(date="2025-04-02")])]
    no_date = [article(events=[event()])]
    assert score(gold, other_day)["events"]["strict"]["f1"] == 0.0
    assert score(gold, no_date)["events"]["strict"]["f1"] == 1.0


def test_relaxed_event_match_ignores_target():
    gold = [article(events=[event(target="RUS")])]
    pred = [article(events=[event(target="CHN"), event("THREATEN", "USA", "RUS")])]
    events = score(gold, pred)["events"]
    assert events["strict"]["matched"] == 0 and events["strict"]["f1"] == 0.0
    assert events["relaxed"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3),
                                 "gold": 1, "predicted": 2, "matched": 1}


def test_entity_matched_via_mentions_and_aliases():
    gold = [article(entities=[entity("鲁比奥", canonical="Marco Rubio"), entity("白宫", "ORG")])]
    pred = [article(entities=[
        entity("卢比奥", mentions=[{"start": 0, "end": 3, "text": "卢比奥"},
                                 {"start": 9, "end": 12, "text": "鲁比奥"}]),
        entity("美国白宫", "ORG", aliases=["白宫"]),
    ])]
    ents = score(gold, pred)["entities"]
    assert ents["micro"]["f1"] == 1.0
    assert ents["canonical_agreement"] == {"accuracy": 0.0, "correct": 0, "total": 2}
    assert ents["canonical_agreement_per"]["total"] == 1


def test_entity_matched_via_canonical_and_string_mentions():
    gold = [article(entities=[entity("盧比歐", canonical="Marco Rubio"), entity("普京", canonical="Putin")])]
    pred = [article(entities=[entity("卢比奥", canonical="marco rubio"),
                              entity("普京总统", mentions=["普京"])])]
    ents = score(gold, pred)["entities"]
    assert ents["micro"]["matched"] == 2
    assert ents["canonical_agreement"]["accuracy"] == 0.5
    assert ents["canonical_agreement_per"] == {"accuracy": 0.5, "correct": 1, "total": 2}


def test_gpe_and_loc_both_count_as_place():
    gold = [article(entities=[entity("欧洲", "LOC", "Europe"), entity("北京", "GPE", "Beijing")])]
    pred = [article(entities=[entity("欧洲", "GPE", "Europe"), entity("北京", "PER", "Beijing")])]
    micro = score(gold, pred)["entities"]["micro"]
    assert (micro["matched"], micro["precision"], micro["recall"]) == (1, 0.5, 0.5)


def test_clickbait_accuracy_and_positive_f1():
    gold = [article("1", clickbait=True), article("2", clickbait=True), article("3", clickbait=False),
            article("4", clickbait=False), article("5", clickbait=None)]
    pred = [article("1", clickbait=True), article("2", clickbait=None), article("3", clickbait=True),
            article("4", clickbait=False), article("5", clickbait=True)]
    click = score(gold, pred)["clickbait"]
    assert click["accuracy"] == {"accuracy": 0.5, "correct": 2, "total": 4}
    assert click["positive"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                 "gold": 2, "predicted": 2, "matched": 1}


def test_missing_predicted_article_counts_as_misses():
    gold = [full_gold(), article("other", quotes=[quote("明天再谈")], clickbait=True,
                                 events=[event()], entities=[entity("王明")])]
    result = score(gold, [full_gold()])
    assert result["articles"] == {"gold": 2, "predicted": 1, "paired": 1}
    assert result["quotes"]["span"] == {"precision": 1.0, "recall": pytest.approx(2 / 3),
                                        "f1": pytest.approx(0.8), "gold": 3, "predicted": 2, "matched": 2}
    assert result["events"]["strict"]["recall"] == pytest.approx(2 / 3)
    assert result["entities"]["micro"]["recall"] == 0.75
    assert result["clickbait"]["accuracy"]["accuracy"] == 0.5


def test_headline_verdicts_and_reasons():
    gold = [article(headlines=[
        {"text": "美俄会谈取得突破", "role": "title", "verdict": "supported", "reasons": []},
        {"text": "双方已经谈妥协议", "role": "subheading", "verdict": "overstated",
         "reasons": ["certainty_inflated", "hedge_dropped"]},
    ])]
    pred = [article(headlines=[
        {"text": " 美俄会谈取得突破 ", "verdict": "supported", "reasons": []},
        {"text": "双方已经谈妥", "verdict": "unsupported", "reasons": ["hedge_dropped", "contradiction"]},
    ])]
    heads = score(gold, pred)["headlines"]
    assert heads["text"]["matched"] == 2
    assert heads["verdict"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert set(heads["verdict_f1"]) == {"supported", "overstated", "unsupported"}
    assert heads["verdict_macro_f1"] == pytest.approx(1 / 3)
    assert heads["reasons"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                "gold": 2, "predicted": 2, "matched": 1}


def test_unpredicted_headline_counts_as_wrong_verdict():
    gold = [article(headlines=[{"text": "美俄会谈取得突破", "verdict": "supported", "reasons": []}])]
    heads = score(gold, [article(headlines=[])])["headlines"]
    assert heads["verdict"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert heads["verdict_macro_f1"] == 0.0


def test_agreements_match_on_parties_and_name_or_kind():
    gold = [article(agreements=[{"name": "停火协议", "kind": "ceasefire", "parties": ["RUS", "UKR"],
                                 "state": "rejected"}]),
            article("no-gold-agreements")]
    pred = [article(agreements=[{"name": "三十天停火", "kind": "ceasefire", "parties": ["UKR", "RUS"],
                                 "state": "proposed"},
                                {"name": "停火协议", "kind": "ceasefire", "parties": ["UKR"]}]),
            article("no-gold-agreements", agreements=[{"name": "矿产协议", "parties": ["USA"]}])]
    deals = score(gold, pred)["agreements"]
    assert deals["match"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3),
                              "gold": 1, "predicted": 2, "matched": 1}
    assert deals["state"] == {"accuracy": 0.0, "correct": 0, "total": 1}


def test_sources_ignore_book_title_marks_and_translated_accuracy():
    gold = [article(sources=["路透社", "《金融时报》"], translated=True), article("2", translated=False)]
    pred = [article(sources=["金融时报", "新华社"], translated=None), article("2", sources=["美联社"])]
    src = score(gold, pred)["sources"]
    assert src["outlets"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                              "gold": 2, "predicted": 2, "matched": 1}
    assert src["translated"] == {"accuracy": 0.5, "correct": 1, "total": 2}


def test_only_restricts_output_keys():
    result = score([full_gold()], [full_gold()], only={"quotes", "events"})
    assert set(result) == {"articles", "quotes", "events"}
    with pytest.raises(ValueError):
        score([full_gold()], [], only={"quotes", "weather"})


def test_empty_input_has_no_division_errors():
    result = score([], [])
    assert result["quotes"]["span"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0,
                                        "gold": 0, "predicted": 0, "matched": 0}
    assert result["headlines"]["verdict_macro_f1"] == 0.0
    assert result["entities"]["canonical_agreement"]["accuracy"] == 0.0


def test_format_table_lists_every_metric_with_three_decimals():
    table = format_table(score([full_gold()], [article("full", quotes=[quote("我们支持和平谈判")])]))
    lines = table.splitlines()
    assert lines[0] == "articles: gold 1, predicted 1, paired 1"
    span = next(line for line in lines if line.startswith("quotes.span "))
    assert "P 1.000  R 0.500  F1 0.667  (gold 2, predicted 1, matched 1)" in span
    assert any(line.startswith("headlines.verdict_macro_f1") and line.endswith("0.000") for line in lines)
    assert any(line.startswith("sources.translated") and "(0/1)" in line for line in lines)
