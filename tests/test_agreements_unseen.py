"""Agreements on sentences written for the tests, for the classes of error seen on unlabelled
articles: the state an arrangement is aimed at or modelled on is no party, ambiguous one-character
forms resolved by full names, quoted speech is no name, anniversaries and aims as history and
modality, a well-known agreement's known names (short and English forms)."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    return [(a["name"], a["parties"], a["state"]) for a in found]


def test_the_target_of_an_alliance_is_not_its_party():
    found = summary("美国和日本正在组建一个反华同盟。")
    assert found == [("反华同盟", ["JPN", "USA"], "proposed")]


def test_a_state_named_as_a_model_or_target_is_not_a_party():
    assert all("NATO" not in parties and "CHN" not in parties
               for _, parties, _ in summary("英国和加拿大提出建立类似北约的网络安全同盟，以应对中国的威胁。"))


def test_a_state_inside_the_topic_reached_is_not_a_party():
    found = summary("俄土两国外长就保障乌克兰化肥外运达成共识。")
    assert [(parties, state) for _, parties, state in found] == [(["RUS", "TUR"], "agreed_in_principle")]


def test_an_abbreviation_is_resolved_by_a_full_name_not_another_abbreviation():
    found = summary("新西兰外长本月访华。中方愿与新方携手，深化中新全面战略伙伴关系。")
    assert [parties for _, parties, _ in found] == [["CHN", "NZL"]]


def test_a_quoted_sentence_with_a_verb_names_no_agreement():
    names = [name for name, _, _ in summary("伊朗外长表示，德黑兰“仍在努力达成协议”。")]
    assert not any("努力" in name for name in names)


def test_an_anniversary_dates_a_declaration_long_ago():
    assert summary("今年是中美“八一七公报”发表40周年。") == [("八一七公报", ["CHN", "USA"], "in_force")]


def test_a_deal_to_be_reached_as_an_aim_is_still_negotiated():
    found = summary("阿根廷和智利两国正在协调锂矿出口，以期达成价格协议。")
    assert [state for _, _, state in found] == ["negotiating"]


def test_an_english_short_name_is_the_known_treaty():
    found = summary("巴西和阿根廷重申将遵守NPT的各项义务。")
    assert [(name, state) for name, _, state in found] == [("NPT", "in_force")]


def test_a_well_known_grouping_has_its_own_members():
    found = summary("加拿大总理表示，五眼联盟将加强情报合作。")
    assert [(parties, state) for _, parties, state in found] == [(["AUS", "CAN", "GBR", "NZL", "USA"], "in_force")]


def test_a_series_of_new_memoranda_does_not_join_a_well_known_deal():
    found = summary("美国2018年退出伊核协议。伊朗另与俄罗斯签署一系列备忘录，内容涵盖交通和金融。")
    assert len(found) == 2 and found[1][1] == ["IRN", "RUS"] and found[1][2] == "signed"


def test_both_sides_of_a_visit_named_in_the_speakers_turn():
    found = summary("中德两国关系发展良好。发言人：巴基斯坦总理将访问中国，我们对此表示欢迎。访问期间双方会签署多份合作文件。")
    assert [(parties, state) for _, parties, state in found] == [(["CHN", "PAK"], "negotiating")]


def test_a_step_planned_is_not_taken():
    found = summary("中国和新加坡拟签署自由贸易协定升级议定书。")
    assert [state for _, _, state in found] == ["negotiating"]  # a planned signing, see test_a_planned_signing_is_still_negotiating


def test_a_ceasefire_told_of_again_by_its_fate():
    found = summary("以色列和哈马斯上月达成停火协议，但停火本周破裂。")
    assert [(kind_state[2]) for kind_state in found] == ["terminated"]


def test_a_bare_agreement_concluded_by_two_states_is_kept():
    assert summary("沙特和伊朗在北京达成协议，同意恢复外交关系。") == [("协议", ["IRN", "SAU"], "agreed_in_principle")]


def test_a_bare_agreement_not_reached_is_no_agreement():
    assert summary("如果美乌无法达成协议，援助将中止。") == []
    assert summary("双方未能达成协议。") == []


def test_an_open_treaty_joined_by_one_state_is_kept():
    assert summary("英国今年正式加入CPTPP。") == [("CPTPP", ["GBR"], "in_force")]


def test_an_open_treaty_named_as_a_principle_is_not_an_agreement_reported():
    assert summary("中方一贯恪守联合国宪章的宗旨和原则。") == []


def test_a_verb_inside_the_content_of_a_memorandum_is_not_its_state():
    found = summary("俄伊两国签署了加入上合组织的议定书。")
    assert [state for _, _, state in found] == ["signed"]


def test_a_bare_statement_then_its_full_name_is_one_record():
    found = summary("普京和习近平签署了联合声明。根据中俄领导人联合声明，双方将加强合作。")
    assert [(parties, state) for _, parties, state in found] == [(["CHN", "RUS"], "signed")]


def test_a_purpose_clause_opened_by_yi_is_an_aim():
    found = summary("阿根廷和智利正推进锂矿合作，以在价格波动时达成价格协议。")
    assert [state for _, _, state in found] == ["negotiating"]


def test_a_reported_speech_label_is_not_a_new_turn_and_agreeing_to_sign_is_not_signing():
    found = summary("中美两国元首举行会晤。王毅说：双方同意签署一系列合作文件。")
    assert [(parties, state) for _, parties, state in found] == [(["CHN", "USA"], "agreed_in_principle")]


def test_a_named_agreement_does_not_join_a_bare_one_of_the_same_head():
    found = summary("伊朗和俄罗斯续签了临时协定。伊朗还和塔吉克斯坦签署了8项合作协议。")
    assert ["IRN", "TJK"] in [parties for _, parties, _ in found]
