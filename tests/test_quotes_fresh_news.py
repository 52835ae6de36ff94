"""Quote classes found on fresh international news (round 6b, issue #14): a cue inside a 所-phrase,
a 是……的 cleft or a headless 说……的是 relative names an act and reports no words; compounds such as
报告员 hold no cue; the whole phrase in 在X看来 holds the view; a body that published a document
speaks for it even when the tagger only found the place in its name; 告诉本报记者 is one cue; and
existential 有 (又有 / 早有) is no part of the speaker. Each case is a sentence written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_a_cue_after_suo_modifying_a_noun_reports_no_words():
    assert quotes_of("学校公告中所说课程下月开始。") == []


def test_as_said_with_suo_and_a_comma_is_still_a_statement():
    found = quotes_of("正如王明所说，这只是开始。")
    assert [(s, t) for s, _, t, _ in found] == [("王明", "这只是开始")]


def test_a_cue_inside_a_cleft_names_when_the_act_happened():
    assert quotes_of("这家工厂是在去年宣布启动的，如今已经停工。") == []


def test_a_headless_relative_names_those_who_say_it():
    assert quotes_of("说这家店好的是他们，说它不好的也是他们。") == []


def test_a_statement_that_contains_de_shi_stays_a_statement():
    found = quotes_of("张三说，最重要的是大家平安。")
    assert [(s, t) for s, _, t, _ in found] == [("张三", "最重要的是大家平安")]


def test_a_rapporteur_is_no_report():
    assert quotes_of("联合国报告员李明上周发布了一份调查。") == []


def test_the_whole_phrase_in_zai_kanlai_holds_the_view():
    found = quotes_of("在德国企业家看来，中国市场的需求依然旺盛。")
    assert [(s, c) for s, c, _, _ in found] == [("德国企业家", "看来")]


def test_a_name_ending_the_zai_kanlai_phrase_stays_the_speaker():
    found = quotes_of("在美国总统拜登看来，这项法案至关重要。")
    assert [s for s, _, _, _ in found] == ["拜登"]


def test_the_body_that_published_a_document_speaks_not_its_place():
    found = quotes_of("美国国家过敏和传染病研究所发布的报告显示，儿童哮喘病例有所减少。")
    assert [s for s, _, _, _ in found] == ["美国国家过敏和传染病研究所"]


def test_a_publisher_named_with_a_month_before_updated():
    found = quotes_of("世界银行5月更新的经济概况指出，该国出口增长放缓。")
    assert [(s, t) for s, _, t, _ in found] == [("世界银行", "该国出口增长放缓")]


def test_telling_our_own_reporter_is_one_cue():
    found = quotes_of("李明告诉本报记者，各国都应减排。")
    assert [(s, c, t) for s, c, t, _ in found] == [("李明", "告诉本报记者", "各国都应减排")]


def test_existential_you_is_no_part_of_the_speaker():
    found = quotes_of("事件发生后，又有美媒报道称，这批零件来自一家小厂。早有经济专家指出，这一做法难以持久。")
    assert [s for s, _, _, _ in found] == ["美媒", "经济专家"]


def test_youguan_bumen_keeps_its_you():
    found = quotes_of("有关部门表示，将尽快公布调查结果。")
    assert [s for s, _, _, _ in found] == ["有关部门"]


def test_someone_after_existential_you_keeps_you():
    found = quotes_of("也有人认为，这座雕像是教育的象征。")
    assert [s for s, _, _, _ in found] == ["有人"]


def test_a_column_persona_in_zai_kanlai_is_no_source():
    assert quotes_of("在木头哥看来，这次访问本身无可厚非。") == []


def test_a_cue_continuing_a_named_subject_keeps_its_de_shi_content():
    found = quotes_of("赛后李强在网上喊话队友，直言对方投进的是运气球。")
    assert [(s, t) for s, _, t, _ in found] == [("李强", "对方投进的是运气球")]


def test_an_agentless_disposal_naming_a_thing_is_the_writers_narration():
    assert quotes_of("他们分不清两种学派，但将墨子视为道德的榜样，所以挑了他。") == []


def test_a_named_body_that_regards_something_as_a_thing_still_speaks():
    found = quotes_of("该智库将此举视为道德上的失败。")
    assert [(s, c, t) for s, c, t, _ in found] == [("该智库", "视为", "道德上的失败")]
