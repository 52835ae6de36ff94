"""Well-known agreements (data/agreement_facts.tsv) on sentences written for the tests: the real state
on the article's day, fixed parties, full and short names as one record, generic names of known
alliances, and the text's own told ending or step kept where the fact cannot know better."""
from __future__ import annotations

from datetime import date

import newsfacts
from newsfacts.stages import agreement_facts


def summary(body: str, published_at: str | None = "2024-06-01T10:00:00") -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()
    return [(a["name"], a["parties"], a["state"]) for a in found["agreements"]]


def test_every_fact_row_parses_with_dated_history_in_order():
    for fact in set(agreement_facts.facts().values()):
        days = [day for day, _ in fact.history]
        assert days == sorted(days) and fact.kind and fact.names


def test_state_on_a_day_follows_the_history():
    fact = agreement_facts.facts()["中导条约"]
    assert fact.state_on(date(2000, 1, 1)) == "in_force"
    assert fact.state_on(date(2020, 1, 1)) == "terminated"
    assert fact.state_on(date(1980, 1, 1)) is None


def test_a_treaty_signed_long_ago_and_since_ended_takes_its_real_state():
    assert summary("1987年，美苏两国签署了《中导条约》。") == [("中导条约", ["RUS", "USA"], "terminated")]


def test_the_same_treaty_before_its_end_is_in_force():
    assert summary("1987年，美苏两国签署了《中导条约》。", "2010-05-01T10:00:00")[0][2] == "in_force"


def test_fixed_parties_replace_a_lone_actor():
    assert summary("俄罗斯宣布暂停履行《新削减战略武器条约》。")[0][1] == ["RUS", "USA"]


def test_a_told_ending_is_kept():
    assert summary("俄罗斯宣布暂停履行《新削减战略武器条约》。")[0][2] == "suspended"


def test_short_and_full_names_are_one_record():
    found = summary("伊核协议又称《联合全面行动计划》，两个名称指同一份文件。")
    assert len(found) == 1 and "IRN" in found[0][1]


def test_a_generic_name_between_known_parties_is_the_known_alliance():
    assert summary("1902年，英国与日本签订了同盟条约。") == [("同盟条约", ["GBR", "JPN"], "terminated")]


def test_a_new_alliance_in_a_label_is_not_the_historic_one():
    assert not any(name == "日英同盟" for name, _, _ in summary("有评论人士将两国合作形容为“新日英同盟”。"))


def test_an_open_treatys_step_by_one_state_is_kept():
    assert summary("中国于1996年批准了《联合国海洋法公约》。") == [("联合国海洋法公约", ["CHN"], "ratified")]


def test_an_undated_article_keeps_a_recent_step_it_tells():
    assert summary("日本与英国在本月签署《互惠准入协定》。", published_at=None)[0][2] == "signed"


def test_a_city_name_gives_no_party():
    assert summary("美国曾两度退出《巴黎协定》。") == [("巴黎协定", ["USA"], "terminated")]


def test_the_four_political_documents_are_between_china_and_japan_and_stand():
    found = summary("中方敦促日方恪守中日四个政治文件的原则。")
    assert found == [("中日四个政治文件", ["CHN", "JPN"], "in_force")]


def test_a_treaty_let_lapse_is_known_as_expired_whatever_the_signing_told():
    found = summary("俄罗斯和乌克兰1997年签署了俄乌友好合作伙伴关系条约。")
    assert found == [("俄乌友好合作伙伴关系条约", ["RUS", "UKR"], "expired")]


def test_a_known_memorandum_cited_by_a_speaker_is_named_without_the_speaker():
    found = summary("乌克兰外长援引布达佩斯备忘录称，俄方违背了承诺。")
    assert found == [("布达佩斯备忘录", ["GBR", "RUS", "UKR", "USA"], "signed")]
