"""Which statements exist and where they end: clauses that only set the scene, names given by a
cue, and cue words that are nouns or finished acts. Each case is a short passage written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_credit_whose_content_is_only_time_and_cause_gives_way_to_the_speaker():
    found = quotes_of("据中新社报道，当地时间周二，因为存在质量缺陷，监管部门表示，这家企业正在召回三千台冰箱。")
    assert found == [("监管部门", "表示", "这家企业正在召回三千台冰箱", "indirect")]


def test_a_statement_that_opens_with_its_setting_or_cause_is_kept():
    assert quotes_of("发言人表示，在这个问题上中方立场坚定。") == [
        ("发言人", "表示", "在这个问题上中方立场坚定", "indirect")]
    assert quotes_of("发言人说，因为天气原因比赛推迟。") == [("发言人", "说", "因为天气原因比赛推迟", "indirect")]


def test_topic_clause_before_a_quotation_is_no_statement_of_its_own():
    found = quotes_of("交通部门表示，对于这款轿车，“车门的锁扣可能在行驶中松动。”")
    assert found == [("交通部门", "表示", "车门的锁扣可能在行驶中松动。", "direct")]


def test_a_date_clause_before_the_next_statement_belongs_to_it():
    found = quotes_of("歌手张敏晒出合照，并表示“一切安好”，11月，就有消息称，她的丈夫已搬离住所。")
    assert found[0] == ("张敏", "表示", "一切安好", "direct")
    assert found[1][1:] == ("称", "她的丈夫已搬离住所", "indirect")


def test_naming_cue_without_quotation_names_only_the_first_clause():
    found = quotes_of("美国战争研究所将这次任命视为国防部的重大转变，标志着冬季战局进入新阶段。")
    assert [(c, t) for _, c, t, _ in found] == [("视为", "国防部的重大转变")]


def test_negated_report_is_no_statement():
    found = quotes_of("省卫健委报告新增确诊病例3例，无报告新增无症状感染者。")
    assert [t for _, _, t, _ in found] == ["新增确诊病例3例"]


def test_written_piece_needs_a_separator_before_what_it_says():
    found = quotes_of("评论员王强撰文阐述了自己的看法。他认为，这位导演的新片被低估了。")
    assert [(s, c, t) for s, c, t, _ in found] == [("王强", "认为", "这位导演的新片被低估了")]


def test_reactions_listed_after_you_are_nouns_and_a_finished_report_says_nothing():
    assert quotes_of("几家电视台都报道了，有担忧，有调侃，但整体上还是很欢迎。") == []
    assert quotes_of("有报道称，两军将于明日换防。")[0][1:] == ("报道称", "两军将于明日换防", "indirect")


def test_a_name_ending_in_you_before_a_cue_is_still_the_speaker():
    found = quotes_of("主任医师李建有表示，经过几周治疗，患者已经康复。")
    assert len(found) == 1 and found[0][1:] == ("表示", "经过几周治疗，患者已经康复", "indirect")


def test_taunt_with_said_is_a_cue():
    found = quotes_of("空军飞行员王刚嘲讽说：“它的雷达还不如我们的。”")
    assert found == [("王刚", "嘲讽说", "它的雷达还不如我们的。", "direct")]


def test_idioms_with_said_are_no_cues():
    assert quotes_of("今天消息很多，话不多说，直接看内容：球队开始推销两名球员。") == []
    assert quotes_of("如果说第一位歌手让律师函失去了公信力，那第二位则让承诺书变成了废纸。") == []


def test_a_cue_word_after_yishi_is_a_noun():
    assert quotes_of("队员王刚用力踢球以示警告，然后继续训练。") == []


def test_summing_up_a_noun_object_says_nothing():
    found = quotes_of("董事长刘宁用“内卷”两个字总结眼下的行业状况。他认为，市场即将迎来洗牌。")
    assert [(c, t) for _, c, t, _ in found] == [("认为", "市场即将迎来洗牌")]


def test_a_quotation_after_a_titled_source_takes_the_noun_before_the_colon_as_its_cue():
    found = quotes_of("当天，美国媒体的标题：“十家公司有八家来自邻国”。")
    assert found == [("美国媒体", "标题", "十家公司有八家来自邻国", "direct")]


def test_a_credit_frame_followed_by_a_finding_verb_and_a_comma_gives_the_verb_the_cue():
    found = quotes_of("比赛之后根据统计显示，这名新秀成为联盟历史上第三位完成这一壮举的球员。")
    assert len(found) == 1 and found[0][2] == "这名新秀成为联盟历史上第三位完成这一壮举的球员"
    assert found[0][1].endswith("显示")


def test_a_cue_word_as_the_object_of_full_of_or_draw_is_a_noun():
    assert quotes_of("不过媒体依然对主教练充满了质疑，本赛季开始前，球队已经花了近一亿引援。") == []
    found = quotes_of("这一决定招致批评，反对党领袖李明称，政府无视民意。")
    assert found == [("李明", "称", "政府无视民意", "indirect")]
