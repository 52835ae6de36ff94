"""The learned entity filter (issue 16): structural signals of each entity, a small logistic model fitted
by eval.entity_filter_training, applied to names the knowledge base does not link, in whole articles."""
from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

import newsfacts
from newsfacts.eval import entity_filter_training as training
from newsfacts.stages import entity_filter

# An article of our own words: a dozen names, one of them a body named once that the knowledge base lacks.
ARTICLE = """中法两国外长在巴黎会谈
外交部长王毅当天在巴黎同法国外长会谈。王毅说，中国愿同法国、德国、意大利加强合作。
法方重视同中方的关系。双方还谈到乌克兰局势和中东问题。会后，王毅参观了星河数据研究所。
王毅此后将前往柏林和罗马，与德国、意大利官员会面。日本和韩国也关注此次访问。"""


def _unfiltered(monkeypatch) -> newsfacts.Analysis:
    monkeypatch.setattr(entity_filter, "model", lambda: None)
    return newsfacts.analyze_text(ARTICLE, published_at="2024-05-06")


def test_the_shipped_model_is_small_plain_json():
    path = resources.files("newsfacts.data").joinpath(entity_filter.MODEL_FILE)
    fitted = json.loads(path.read_text(encoding="utf-8"))
    assert 0.0 < fitted["threshold"] < 1.0 and fitted["min_entities"] >= 1
    assert len(path.read_text(encoding="utf-8")) < 20_000
    assert all(isinstance(w, float) for w in fitted["weights"].values())


def test_signals_of_source_title_lists_and_mention_counts(monkeypatch):
    doc = _unfiltered(monkeypatch)
    signals = dict(zip((e.name for e in doc.entities), entity_filter.features(doc)))
    assert "in_title" in signals["巴黎"] and "linked:True" in signals["巴黎"]
    assert "listed" in signals["德国"]  # 法国、德国、意大利
    assert "mentions:4" in signals["王毅"]  # 4 mentions and "type:PER" in signals["王毅"]
    assert any(name.startswith("sources:") for name in signals["中东"])


def test_linked_names_are_always_kept_and_the_rest_by_score(monkeypatch):
    every = _unfiltered(monkeypatch)
    monkeypatch.undo()
    fitted = entity_filter.model()
    assert fitted is not None
    kept = {e.name for e in entity_filter.keep(every)}
    for entity, names in zip(every.entities, entity_filter.features(every)):
        if not entity_filter.decided(names):
            assert entity.name in kept  # the knowledge base vouches for it
        elif entity_filter.a_description(entity):
            assert entity.name not in kept  # 国防公司: words that describe, whatever the score
        else:
            assert (entity.name in kept) == (entity_filter.score(fitted, names) >= fitted["threshold"])


def test_a_sentence_is_outside_the_articles_the_filter_was_fitted_on():
    doc = newsfacts.analyze_text("星河数据研究所当天发布了一份报告。", published_at="2024-05-06")
    fitted = entity_filter.model()
    assert len(doc.entities) < fitted["min_entities"]
    assert entity_filter.keep(doc) == doc.entities


def test_the_score_is_a_logistic_of_the_summed_weights():
    fitted = {"bias": 0.0, "weights": {"a": 2.0, "b": -2.0}, "threshold": 0.5}
    assert entity_filter.score(fitted, ["a", "b"]) == pytest.approx(0.5)
    assert entity_filter.score(fitted, ["a"]) > 0.8 > 0.2 > entity_filter.score(fitted, ["b"])


def _synthetic(articles: int = 30) -> tuple[list[training.Candidate], list[int]]:
    """Candidates where the signal `noise` marks the entities no gold entity matches."""
    rng = np.random.default_rng(3)
    cands, n_gold = [], []
    for a in range(articles):
        good = int(rng.integers(8, 15))
        bad = int(rng.integers(1, 4))
        cands += [training.Candidate(a, ["type:ORG", "linked:False"], True, f"n{i}", "ORG") for i in range(good)]
        cands += [training.Candidate(a, ["type:ORG", "linked:False", "noise"], False, f"x{i}", "ORG")
                  for i in range(bad)]
        n_gold.append(good + 1)  # one gold entity the rules miss
    return cands, n_gold


def test_cross_validation_by_article_finds_a_signal_that_separates_the_noise(monkeypatch):
    monkeypatch.setattr(training, "REPEATS", 1)
    monkeypatch.setattr(training, "INNER_REPEATS", 1)
    cands, n_gold = _synthetic()
    report = training.cross_validate(cands, n_gold)
    assert report["filter_f1"] > report["rules_f1"] + 0.05
    assert report["filter_f1"] == pytest.approx(training._f1(sum(c.label for c in cands),
                                                             sum(c.label for c in cands), sum(n_gold)))


def test_cross_validation_keeps_every_entity_when_no_signal_helps(monkeypatch):
    monkeypatch.setattr(training, "REPEATS", 1)
    monkeypatch.setattr(training, "INNER_REPEATS", 1)
    cands, n_gold = _synthetic()
    for c in cands:
        c.names = ["type:ORG", "linked:False"]  # the noise can no longer be told apart
    report = training.cross_validate(cands, n_gold)
    assert report["filter_f1"] == pytest.approx(report["rules_f1"])


@pytest.mark.parametrize("name,party", [("工党", True), ("基民党", True), ("民主党", True), ("执政党", False),
                                         ("反对党", False), ("该党", False), ("两党", False), ("党", False)])
def test_a_party_named_by_its_name_is_kept_and_a_kind_of_party_is_not(name, party):
    from newsfacts.model import Entity
    assert entity_filter.a_party(Entity(name=name, type="ORG")) is party


@pytest.mark.parametrize("name,body", [
    ("美国队", True), ("法国总工会", True), ("参议院外交关系委员会", True), ("中国化学会", True),
    ("共青团某某市委员会", True), ("美众议院司法委员会", True), ("中国唱片公司", True), ("驻韩使馆", True),
    ("执委会", False), ("运动员委员会", False), ("教育厅", False), ("非上市公司", False), ("美国疫苗公司", False),
    ("海盗队", False), ("美国公司", False), ("国家队", False), ("该委员会", False),
    ("某国机械化部队", False), ("中国大使馆", False), ("某研究院欧亚研究所", False)])
def test_a_body_named_by_its_kind_after_a_name_of_its_own_is_kept_though_named_once(name, body):
    from newsfacts.model import Entity
    assert entity_filter.a_named_body(Entity(name=name, type="ORG"), []) is body


def test_a_body_inside_a_longer_name_is_left_to_the_model():
    from newsfacts.model import Entity
    assert not entity_filter.a_named_body(Entity(name="法国总工会", type="ORG"), ["inside_longer_name"])
    assert not entity_filter.a_named_body(Entity(name="美国队", type="GPE"), [])


@pytest.mark.parametrize("name,description", [
    ("航运公司", True), ("国防企业", True), ("世界化工集团", True), ("国营锂业公司", True), ("电动汽车", True),
    ("大型", False), ("星河数据公司", False), ("澳大利亚钢铁集团", False), ("苹果公司", False), ("美国参议院", False),
    ("中国化学会", False), ("内阁", False), ("法国", False), ("星河数据研究所", False), ("钢铁研究所", False)])
def test_a_body_described_only_by_its_trade_names_none(name, description):
    """国防公司 'defence firms', 新能源汽车: trades with a firm's ending or none; a place before them (某国钢铁集团)
    or a word of its own (星河, 苹果) makes a name."""
    from newsfacts.model import Entity
    assert entity_filter.a_description(Entity(name=name, type="ORG")) is description


@pytest.mark.parametrize("opening,description", [
    ("该国计划推动建立国营锂业公司，苹果公司也发表了声明", "国营锂业公司"),
    ("新能源汽车是新兴产业，发展新能源汽车是国家战略，新能源汽车销量大增", "新能源汽车"),
    ("美国最大的国防公司之一宣布裁员", "国防公司")])
def test_a_description_leaves_the_article_but_a_linked_firm_stays(monkeypatch, opening, description):
    rest = ["王毅在北京会见法国外长", "德国、意大利、西班牙的代表也出席", "日本和韩国表示关注", "英国首相在伦敦讲话",
            "加拿大总理在渥太华会见记者"]
    text = "多家企业关注新规\n\n" + "。".join([opening, *rest]) + "。"
    names = {e.name for e in newsfacts.analyze_text(text, published_at="2024-05-06").entities}
    assert description not in names and "王毅" in names
    if "苹果" in opening:
        assert "苹果公司" in names
    monkeypatch.setattr(entity_filter, "a_description", lambda entity: False)
    assert description in {e.name for e in newsfacts.analyze_text(text, published_at="2024-05-06").entities}
