"""Document nouns, idioms, matters, aliases, transcript answers and the one addressed before a cue
(round 14, wave 2, h25-q): sentences written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_document_noun_before_wei_is_no_cue():
    assert quotes_of("发言人表示，计划已经取得成功。大会报告为改革指明了方向，得到市民支持。") == [
        ("发言人", "表示", "计划已经取得成功", "indirect")]


def test_cue_word_after_suowei_is_a_noun():
    assert quotes_of("发言人指出，法治是繁荣的基石。对方所谓报告漏洞百出，毫无价值。") == [
        ("发言人", "指出", "法治是繁荣的基石", "indirect")]


def test_hushuo_is_no_cue():
    assert quotes_of("发言人重申，这份文件写得再长，也不过是胡说一通。") == [
        ("发言人", "重申", "这份文件写得再长，也不过是胡说一通", "indirect")]


def test_claim_named_after_jiu_is_the_matter():
    assert quotes_of("当天，卫生部就议员王明的言论回应称，这不符合事实。") == [
        ("卫生部", "回应称", "这不符合事实", "indirect")]
    assert quotes_of("当天，卫生部就王明访华的报道回应说，这不符合事实。") == [
        ("卫生部", "回应说", "这不符合事实", "indirect")]


def test_the_one_criticised_is_no_speaker():
    assert quotes_of("一些网友批评王明称，这种比喻很不妥当。") == [("一些网友", "称", "这种比喻很不妥当", "indirect")]
    assert quotes_of("外交部发言人警告美方说，不要在这个问题上玩火。") == [
        ("外交部发言人", "说", "不要在这个问题上玩火", "indirect")]


def test_alias_in_parenthesis_stays_with_its_subject():
    assert quotes_of("乙国保健部（下称“保健部”）在防疫指挥本部会议上回应称，这并非实情。") == [
        ("乙国保健部", "回应称", "这并非实情", "indirect")]
    assert quotes_of("路透社消息，周五，乙国保健部（下称“保健部”）在防疫指挥本部会议上回应称，这并非实情。") == [
        ("乙国保健部", "回应称", "这并非实情", "indirect")]


def test_single_answer_after_a_reporters_question_is_a_turn():
    said = quotes_of("3月2日，外交部发言人王文主持例行记者会。部分问答如下：某报记者：乙国总理昨天呼吁各方加强合作。"
                     "中方对此有何评论？王文：中方一贯支持多边合作，愿同各方一道努力。我们希望各方客观看待。")
    assert ("王文", "：", "中方一贯支持多边合作，愿同各方一道努力。我们希望各方客观看待。", "direct") in said


def test_single_label_without_a_question_is_no_turn():
    assert quotes_of("专家：明年经济有望回暖。") == []


def test_topic_cue_after_a_credit_line_speaks():
    assert quotes_of("据路透社报道，王明在电视节目上指责邻国军队越境抓人。") == [
        ("王明", "指责", "邻国军队越境抓人", "indirect")]


def test_listed_speakers_with_titles_all_speak():
    assert quotes_of("王明主席和李华总统都认为，两国关系应当稳定发展。") == [
        ("王明", "认为", "两国关系应当稳定发展", "indirect"), ("李华", "认为", "两国关系应当稳定发展", "indirect")]


def test_politicians_counted_are_the_speaker():
    assert quotes_of("一些美国政客声称，应当提高关税。")[0][0] == "一些美国政客"


def test_cue_in_an_act_set_aside_is_no_statement():
    said = quotes_of("王明认为，要看合作的大局，而不是挥舞拳头叫嚣，制造对立只会增加猜疑。")
    assert [q[1] for q in said] == ["认为"]


def test_alias_without_quotation_marks_around_the_full_name():
    said = quotes_of("周五，乙国保健部（下称“保健部”）在记者会上回应称，这并非实情。就临时宿舍的条件，保健部表示，宿舍都是单人房间。")
    assert ("乙国保健部", "表示", "宿舍都是单人房间", "indirect") in said
