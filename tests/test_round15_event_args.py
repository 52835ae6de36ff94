"""Event arguments on unseen news (round 15, h26-evp): relative clauses after 对/向, venues and
unknown units that are no parties, apposition with 作为, a topic opened by 针对, offices of known
bodies, and special administrative regions. Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_party_inside_a_relative_clause_after_dui_is_no_target():
    # 对[袭击蒙古牧民的]武装团伙: the gang is struck, the herders are only the clause's object
    found = events_of("吉尔吉斯斯坦军队对袭击蒙古牧民的武装团伙发动打击。")
    assert not [e for e in found if e[2] == "MNG"]


def test_the_act_opening_such_a_clause_is_the_head_nouns():
    found = events_of("欧盟对入侵格鲁吉亚的俄罗斯实施制裁。")
    assert ("ASSAULT", "RUS", "GEO") in found or ("SANCTION", "EU", "RUS") in found
    assert ("SANCTION", "EU", "GEO") not in found
    assert not [e for e in found if e[1] == "EU" and e[0] == "ASSAULT"]


def test_an_unknown_province_is_no_chinese_party():
    found = events_of("阿富汗军队对赫尔曼德省的武装分子营地发动空袭。")
    assert not [e for e in found if "CHN" in e[1:]]


def test_a_summit_venue_is_no_target():
    found = events_of("乌克兰总统在巴厘岛G20峰会上提出和平提议。")
    assert not [e for e in found if e[2] == "IDN"]
    assert ("ACCUSE", "USA", "DEU") in events_of("在慕尼黑安全会议上，美国副总统批评德国。")


def test_an_apposition_with_zuowei_describes_no_act():
    assert events_of("老挝作为被法国占领多年的国家，经济基础薄弱。") == []


def test_clauses_after_a_zhendui_topic_tell_the_topic_partys_acts():
    found = events_of("中国外交部针对英国政府发表的报告，恶意抹黑香港的制度，中国外交部发言人予以强烈谴责。")
    assert ("ACCUSE", "GBR", "CHN") in found
    assert ("ACCUSE", "CHN", "GBR") in found
    assert ("SANCTION", "CHN", "USA") in events_of("中国针对美国的制裁，采取了反制措施。")


def test_an_office_a_known_body_keeps_abroad_is_that_bodys_state():
    found = events_of("外交部驻港公署发言人强烈谴责英国政府的报告。")
    assert ("ACCUSE", "CHN", "GBR") in found


def test_an_act_a_thing_is_said_to_serve_as_pretext_for_is_no_report():
    assert events_of("所谓渔业问题就成为美国抹黑越南形象的借口。") == []


def test_a_bare_title_speaker_is_the_holder_introduced_before():
    found = events_of("外交部驻港公署发言人予以强烈谴责。发言人重申，“香港事务纯属中国内政，我们敦促英方摆正位置。”")
    assert ("REQUEST", "CHN", "GBR") in found


def test_we_after_a_statement_in_the_same_paragraph_is_its_speaker():
    found = events_of("外交部驻港公署发言人予以强烈谴责。发言人重申，香港事务纯属中国内政。所谓报告只是废纸一张，"
                      "阻挡不了香港的步伐。我们敦促英方摆正位置。")
    assert ("REQUEST", "CHN", "GBR") in found


def test_a_statement_reporting_an_uncoded_bodys_act_is_not_the_speakers_act():
    assert events_of("法国方面表示，除了人道主义援助，七国集团还将在财政上支持摩尔多瓦。") == []
    assert ("SUPPORT", "FRA", "MDA") in events_of("法国外长表示，坚决支持摩尔多瓦的主权。")


def test_a_state_named_in_a_stance_compound_is_no_target():
    assert events_of("美国要求盟友停止反俄行动。") == []
    assert ("ACCUSE", "CHN", "USA") in events_of("中国谴责美国的反华行径。")


def test_goods_named_by_their_origin_after_dui_give_the_origin_as_target():
    # 对[来自X的]商品: the origin of the goods is whom the tariff is aimed at, no object of a verb
    assert ("SANCTION", "NOR", "BRA") in events_of("挪威对来自巴西的牛肉加征关税。")
