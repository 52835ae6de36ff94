"""Round 28: acts and statements in pages of the 2025 Tencent and Sina style (blind batteries qWW, evW): ties
cut with a state, measures eased by a suspension, brokers left out of 两国, an act named only to date another,
threat idioms in a statement, a foreign name with a country's name in front, and a statement an expert retells.
Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of, quote_triples


def test_ties_cut_with_a_state_are_a_sanction():
    found = events_of("日本政府决定中止与朝鲜的人员往来。")
    assert ("SANCTION", "JPN", "PRK") in found
    # a cut only denied is none
    assert not any(kind == "SANCTION" for kind, _, _ in events_of("中方表示，不会中断与美国的贸易往来。"))


def test_a_suspended_export_control_is_eased_not_imposed():
    found = events_of("美方宣布暂停实施对中国的出口管制措施一年。")
    assert ("RETREAT", "USA", "CHN") in found
    assert ("SANCTION", "USA", "CHN") not in found
    # goods withheld are still a sanction
    assert ("SANCTION", "USA", "RUS") in events_of("美国宣布暂停向俄罗斯出口芯片。")


def test_talks_halted_are_a_sanction_not_a_meeting():
    found = events_of("美国宣布暂停与伊朗的谈判。")
    assert ("SANCTION", "USA", "IRN") in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_the_brokers_of_a_deal_are_not_the_two_states_that_sign_it():
    found = events_of("亚美尼亚与阿塞拜疆外长在华盛顿签署和平协议。特朗普表示，美国将获得过境权益。"
                      "据美国国务院介绍，这份协议由美国和卡塔尔共同推动，两国外长今年4月曾签署一份原则宣言。")
    assert ("AGREE", "ARM", "AZE") in found
    assert ("AGREE", "USA", "QAT") not in found and ("AGREE", "QAT", "USA") not in found


def test_an_act_named_only_to_date_another_is_not_reported():
    assert not any(kind == "ASSAULT" for kind, _, _ in events_of("白宫说，以军方在袭击前通知了美方。"))
    # 前 before a title is no occasion: the criticism is reported
    assert ("ACCUSE", "USA", "USA") in events_of("拜登在演讲中还不点名抨击前总统特朗普。")


def test_the_two_people_just_named_are_both_sides():
    found = events_of("特朗普和普京都关注乌克兰局势。今年以来，两人已多次通电话，讨论乌克兰问题。")
    assert ("CONSULT", "USA", "RUS") in found
    # two people of one state name no pair of states
    assert not any(kind == "CONSULT" for kind, _, _ in events_of("拜登与哈里斯在白宫会面。两人随后通了电话。"))


def test_a_quoted_object_of_a_light_verb_names_the_act():
    assert ("CONSULT", "UKR", "USA") in events_of("泽连斯基说，他已与特朗普进行了“长时间的实质性通话”。")


def test_threat_idioms_in_a_statement_threaten_the_party_named():
    assert ("THREATEN", "ISR", "YEM") in events_of("以色列国防部长卡茨说，胡塞武装将为其行为“付出沉重代价”。")
    assert ("THREATEN", "CHN", "JPN") in events_of("国防部发言人表示，如果日方胆敢介入台海局势，中方必将予以迎头痛击。")


def test_an_artillery_duel_is_fighting_both_ways():
    found = events_of("印度与巴基斯坦关系紧张。两国军队沿实际控制线多处发生激烈炮战。")
    assert ("ASSAULT", "IND", "PAK") in found and ("ASSAULT", "PAK", "IND") in found


def test_a_foreign_name_that_opens_with_a_countrys_name_stays_one_person():
    # 马利 is a form of Mali; with the name dot after it, it opens a person's name
    quotes = quote_triples("柬埔寨国防部发言人马利·索切达在记者会上指责泰方使用集束弹药。")
    assert quotes and quotes[0][0] == "马利·索切达"


def test_a_statement_an_expert_retells_stays_in_his_words():
    quotes = quote_triples("专家李明表示，这次袭击规模很大，伊朗已经宣布将进行报复，局势可能升级。")
    assert [speaker for speaker, _, _ in quotes] == ["李明"]
    assert "局势可能升级" in quotes[0][2]
    # a new statement after a comma still starts a quote of its own
    quotes = quote_triples("专家李明表示，这次袭击规模很大，伊朗外交部则表示，将进行报复。")
    assert "伊朗外交部" in [speaker for speaker, _, _ in quotes]


def test_a_day_alone_takes_the_month_the_narrative_moved_to():
    import newsfacts

    def dates(body: str) -> list:
        record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2024-10-24T10:00:00").to_dict()
        return [e["date"] for e in record["events"]]

    assert dates("时间拨回到7月。莫迪随后于8日至9日访问莫斯科，与普京举行会谈。") == ["2024-07-08"]
    # a month that only opens a clause tells background: a day after it is the report's month again
    assert dates("2019年3月，两国曾发生冲突。当地时间20日，印度外长与巴基斯坦外长举行会谈。") == ["2024-10-20"]


def test_the_venue_of_talks_is_not_one_of_both_sides():
    found = events_of("泰国代理总理普坦与柬埔寨首相洪玛奈在马来西亚布城举行会谈，双方同意自28日午夜起实施停火。")
    assert ("AGREE", "THA", "KHM") in found
    assert not any("MYS" in (source, target) for _, source, target in found)


def test_the_one_called_after_gei_is_the_partner_of_the_call():
    found = events_of("特朗普在会后表示，他将在当天晚些时候给乌克兰总统泽连斯基以及北约领导人打电话。")
    assert ("CONSULT", "USA", "UKR") in found and ("CONSULT", "USA", "NATO") in found
    assert ("CONSULT", "UKR", "NATO") not in found


def test_an_act_not_announced_is_not_reported():
    found = events_of("美俄元首会晤持续近三小时，但双方并未宣布就乌克兰问题达成协议。")
    assert not any(kind == "AGREE" for kind, _, _ in found)
    assert ("CONSULT", "USA", "RUS") in found


def test_a_foreign_village_in_transliteration_is_no_mainland_place():
    from newsfacts.nlp.names import admin_place

    assert admin_place("维雷基村") is None
    assert admin_place("北仑区") is not None  # a mainland district keeps its reading
    found = events_of("波兰军方称，一架无人机的残骸击中了卢布林省维雷基村的一栋民宅。")
    assert not any("CHN" in (source, target) for _, source, target in found)


def test_a_station_name_ending_in_tai_names_no_taiwan():
    found = events_of("据巴基斯坦地理新闻台报道，巴方4日向口岸地区增派了边防部队。")
    assert not any("TWN" in (source, target) for _, source, target in found)
    from newsfacts.tagging import _analyse

    # 台 after a verb that takes it still names the place
    assert "台" in [m.span.text for m in _analyse("美国众议长访台引发抗议。").mentions]


def test_a_state_named_in_passing_is_no_side_of_a_deployment_at_home():
    body = ("苏丹武装部队与快速支援部队在喀土穆激战。苏丹武装部队宣布收复总统府。苏丹政府召回了驻肯尼亚大使。"
            "苏丹军方向北部边境增派了两个营的部队。")
    assert not any(kind == "MOBILIZE" and target == "KEN" for kind, _, target in events_of(body))
    # two states at odds, each named often: the force is sent against the other
    body = "泰国与柬埔寨边境冲突升级。柬埔寨指责泰国越界。泰国否认。泰军向边境增派了一个营。"
    assert ("MOBILIZE", "THA", "KHM") in events_of(body)


def test_an_envoy_recalled_for_consultations_holds_no_talks():
    found = events_of("伊朗随即宣布召回驻英国、法国和德国大使进行磋商。")
    assert ("SANCTION", "IRN", "GBR") in found and ("SANCTION", "IRN", "DEU") in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_an_agreement_reached_by_a_subject_that_names_both_parties():
    assert ("AGREE", "USA", "JPN") in events_of("美日已经达成贸易协议，日本将向美国投资5500亿美元。")
    # an agreement named by the meeting that reached it is no new act
    found = events_of("布林肯此访是为了落实中美两国元首去年在巴厘岛会晤达成的共识。")
    assert not any(kind == "AGREE" for kind, _, _ in found)


def test_a_statement_that_judges_an_act_untenable_accuses_its_doer():
    assert ("ACCUSE", "DEU", "CHN") in events_of("德国外长本月初在一次演讲中声称，中国在台湾海峡的军事活动“威胁地区和平”。")
    assert ("ACCUSE", "RUS", "USA") in events_of("俄罗斯外交部称，美国的做法“在法律上站不住脚”。")


def test_a_saying_that_only_dates_what_follows_is_no_quote():
    assert quote_triples("今年4月特朗普宣布“对等关税”时，给越南定下的税率高达46%。") == []
    assert quote_triples("普京宣布动员令时，许多人选择离开。") == []
    # 时 inside a word (及时) ends no time clause
    assert [s for s, _, _ in quote_triples("李明表示这次会谈十分及时，双方都很满意。")] == ["李明"]


def test_a_source_cited_by_an_outlet_says_what_follows_in_full():
    quotes = quote_triples("韩联社援引韩国军方消息人士的话报道称，韩方评估认为朝方公布的飞行距离存在夸大。")
    assert [speaker for speaker, _, _ in quotes] == ["韩国军方消息人士"]
    assert quotes[0][2].startswith("韩方评估认为")


def test_a_warning_given_with_an_expulsion_is_done_and_a_ship_names_its_state():
    # 菲船: the Philippines' ship; 予以警告驱离: warned and expelled, both done
    assert ("COERCE", "CHN", "PHL") in events_of("中国海警依法对菲船采取管控措施，予以警告驱离。")
    # a warning that tells another what to do is still a demand
    assert ("REQUEST", "USA", "IRN") in events_of("美方警告伊朗停止浓缩铀活动。")


def test_a_state_that_closes_its_own_embassy_acts_on_the_host():
    assert ("SANCTION", "VEN", "NOR") in events_of("委内瑞拉外交部13日宣布，关闭委内瑞拉驻挪威大使馆。")
    # another state's mission closed is a sanction of that state
    assert ("SANCTION", "USA", "RUS") in events_of("美国宣布关闭俄罗斯驻旧金山总领馆。")


def test_an_act_named_after_x_dui_y_de_is_done_by_x_to_y():
    found = events_of("沙特外交部称，沙方谴责以色列对兄弟国家卡塔尔的“野蛮侵略”。")
    assert ("ASSAULT", "ISR", "QAT") in found and ("ASSAULT", "QAT", "ISR") not in found
    # the owner before 的 alone still does the act
    assert ("ASSAULT", "RUS", "UKR") in events_of("乌克兰扛过了俄罗斯的第一波攻击。")
