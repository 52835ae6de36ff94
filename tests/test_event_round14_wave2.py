"""Round 14, wave 2 (branch h25-ev): events missed on unseen news. Each case is a short sentence
written for the test, with a contrast that stays as it was."""
from __future__ import annotations

import newsfacts


def records_of(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["events"]


def events_of(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in records_of(body)]


def test_a_run_of_a_state_and_the_eu_names_both_doers():
    found = events_of("美欧上周对伊朗实施了新一轮制裁。")
    assert ("SANCTION", "USA", "IRN") in found and ("SANCTION", "EU", "IRN") in found


def test_the_countries_of_a_region_are_no_two_parties():
    assert all(source != "EU" for _, source, _ in events_of("欧美各国上周对伊朗实施了新一轮制裁。"))


def test_a_meeting_held_with_a_partner_is_talks():
    assert events_of("中国商务部周二同欧盟、澳大利亚举行了双边会议。") == [
        ("CONSULT", "CHN", "EU"), ("CONSULT", "CHN", "AUS")]


def test_a_conference_held_alone_or_agreed_to_is_no_talks():
    assert events_of("中国周二在北京举行了一次国际会议。") == []
    assert events_of("与会各国代表周二举行了闭门会议。") == []


def test_a_statement_runs_on_over_sentences_that_name_no_party():
    body = "外交部长王毅周二表示，中日要落实好领导人共识。双方要妥善处理分歧，管控风险。希望日方停止在东海的挑衅。"
    assert ("REQUEST", "CHN", "JPN") in events_of(body)


def test_a_sentence_naming_someone_else_ends_the_statement():
    body = "外交部长王毅周二表示，中日要落实好领导人共识。专家李明认为风险仍在。希望日方停止在东海的挑衅。"
    assert ("REQUEST", "CHN", "JPN") not in events_of(body)


def test_an_act_told_then_approved_in_a_passive_is_approval_of_its_doer():
    found = events_of("中国周二向各国分享了疫苗数据。这些都得到世卫组织高度认可。")
    assert ("SUPPORT", "UN", "CHN") in found
    assert ("ACCUSE", "CHN", "JPN") in events_of("日本周二排放了核污水。此举遭到中国强烈谴责。")


def test_a_demonstrative_before_a_noun_of_parties_is_no_act_told():
    assert events_of("中国周二在会上发言。这些国家都受到美国制裁。") == []


def test_a_sanction_given_as_a_cause_by_another_word_is_a_measure_of_its_own():
    found = events_of("美国此前对伊朗实施了多轮制裁。由于美国对伊朗的石油禁运于去年12月生效，伊朗的出口大幅下降。")
    assert found.count(("SANCTION", "USA", "IRN")) == 2


def test_a_sanction_given_as_a_cause_by_the_same_word_is_the_one_told():
    found = events_of("美国此前对伊朗实施了多轮制裁。由于美国对伊朗的制裁于去年12月生效，伊朗的出口大幅下降。")
    assert found.count(("SANCTION", "USA", "IRN")) == 1


def test_a_plan_in_an_organisation_s_name_tells_no_intent():
    found = [(e["type"], e["source"], e["target"], e["modality"]) for e in records_of("中国周二与世界粮食计划署签署了协议。")]
    assert found == [("AGREE", "CHN", "UN", "asserted")]


def test_a_long_list_of_partners_keeps_the_cooperation_built_up_an_act():
    body = "中国持续加强与世界卫生组织、国际劳工组织、国际电信联盟等联合国专门机构的合作。"
    assert events_of(body) == [("COOPERATE", "CHN", "UN")]
