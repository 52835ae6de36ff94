"""Which statements exist and where they end (round 7, issue #14): a double negation affirms (不得不承认),
a cue asked about or denied as a noun says nothing (能否确认 / 并无直接威胁), 如X所言 frames a source, a
colon before a quotation ends reported speech (称A：“B”), the one told is no cue of its own (告诉……CNN报道团队),
a quoted epithet before a title is no quote, cues of view or forecast take a clause (外界预计X可能……, 被X指责是……)
but not "is expected to" (预计将……), people counted without a measure word speak (一些议员), 这样 + cue points
back to the quotation of its sentence, a reaction to a noun phrase reports no words (反驳了……的这种说法),
one cue with two quotes inside another statement is that statement's, and 倡议 is a cue only before a
clause. Every case is a sentence written for the test."""
from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of


def _said(body: str) -> list[tuple]:
    return [(speaker, content) for speaker, _, content, _ in quotes_of(body)]


# --- double negation, questions and denied nouns --------------------------------------------------

def test_a_double_negation_affirms_the_statement():
    assert _said("李华不得不承认这次改革带来了明显的成效。") == [("李华", "这次改革带来了明显的成效")]


def test_the_speaker_ends_before_the_double_negation():
    assert _said("这家报纸不得不承认，新的体制带来了稳定。") == [("这家报纸", "新的体制带来了稳定")]


def test_bu_neng_bu_before_a_cue_affirms():
    assert _said("王明不能不承认，这次合作非常成功。") == [("王明", "这次合作非常成功")]


def test_a_plain_negation_still_says_nothing():
    assert quotes_of("王明不愿透露更多细节。") == []


def test_a_cue_asked_about_says_nothing():
    assert _said("记者追问他，能否确认明年不会涨价，王明说：“我无法确定。”") == [("王明", "我无法确定。")]


def test_shifou_before_a_cue_says_nothing():
    assert quotes_of("记者问李华是否承认这一错误。") == []


def test_a_threat_denied_is_a_noun():
    assert quotes_of("这一部署对邻国并无直接威胁，但局势若变化，冲突将难以避免。") == []


# --- frames and colons -------------------------------------------------------------------------

def test_ru_x_suo_yan_names_the_source():
    assert _said("如学者所言，两国的合作远大于竞争。") == [("学者", "两国的合作远大于竞争")]


def test_zheng_ru_x_suo_yan_names_the_source():
    found = quotes_of("正如赵刚所言，这只是一个开始。")
    assert [(s, c, t) for s, c, t, _ in found] == [("赵刚", "所言", "这只是一个开始")]


@pytest.mark.parametrize("body", ["赵刚所言非虚。", "如果赵刚所言属实，问题就更严重了。"])
def test_suo_yan_outside_a_frame_reports_nothing(body):
    assert quotes_of(body) == []


def test_a_colon_before_a_quotation_ends_the_reported_speech():
    found = quotes_of("部长李华称这次访问是两国合作的“第一步”：“未来还要做更多工作，我们必须坚持。”")
    assert [(s, t, k) for s, _, t, k in found] == [
        ("李华", "这次访问是两国合作的“第一步”", "indirect"),
        ("李华", "未来还要做更多工作，我们必须坚持。", "direct")]


def test_a_cue_and_colon_still_take_the_quotation():
    found = quotes_of("外交部长王毅周五表示：“对话是唯一出路。”")
    assert [(s, t, k) for s, _, t, k in found] == [("王毅", "对话是唯一出路。", "direct")]


# --- cues inside names and addressees; quoted epithets ------------------------------------------

def test_a_cue_inside_the_one_told_is_no_second_statement():
    found = quotes_of("一名士兵告诉在前线的CNN报道团队，当天的战斗持续了三个小时。")
    assert [(c, t) for _, c, t, _ in found] == [("告诉在前线的CNN报道团队", "当天的战斗持续了三个小时")]


def test_a_quoted_epithet_before_a_title_is_no_quote():
    assert _said("会谈开始前，“老朋友”法国总统马克龙表示，两国应加强合作。") == [("马克龙", "两国应加强合作")]


# --- cues of view or forecast with a clause -----------------------------------------------------

def test_a_forecast_with_a_clause_is_a_statement():
    assert _said("外界预计张伟可能继续分管财务工作。") == [("外界", "张伟可能继续分管财务工作")]


def test_a_prediction_with_a_clause_is_a_statement():
    assert _said("分析人士普遍预测这家公司将成为行业第二。") == [("分析人士", "这家公司将成为行业第二")]


def test_an_accusation_in_the_passive_names_its_source():
    assert _said("这位将军曾被美国国防部指责是冲突的幕后指挥官。") == [("美国国防部", "是冲突的幕后指挥官")]


@pytest.mark.parametrize("body", ["堪培拉预计将在明年初作出决定。", "李华预计明天在上海与队友会合。"])
def test_expected_to_reports_no_view(body):
    assert quotes_of(body) == []


def test_a_forecast_inside_another_statement_is_part_of_it():
    assert _said("王明称，他估计月底之前能拿到对方的答复。") == [("王明", "他估计月底之前能拿到对方的答复")]


@pytest.mark.parametrize("body", ["王明指责美方的做法。", "他注意到了这一变化。"])
def test_a_view_cue_with_a_noun_object_reports_nothing(body):
    assert quotes_of(body) == []


# --- people counted without a measure word ------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    ("一些议员表示，他们的目标是推动预算改革。", "一些议员"),
    ("一些共和党人表示，他们将继续调查此事。", "一些共和党人"),
    ("部分学者指出，改革仍需要时间。", "部分学者"),
])
def test_people_counted_without_a_measure_word_speak(body, speaker):
    assert [s for s, _ in _said(body)] == [speaker]


# --- 这样 + cue ----------------------------------------------------------------------------------

def test_zheyang_xiedao_closing_a_sentence_takes_its_opening_quotation():
    found = quotes_of("“双方的分歧正在缩小。我们会继续沟通。”离开会场后，法国总统马克龙在社交平台上这样写道。")
    assert [(s, c, t, k) for s, c, t, k in found] == [
        ("马克龙", "写道", "双方的分歧正在缩小。我们会继续沟通。", "direct")]


def test_zheyang_xingrong_with_a_noun_object_reports_nothing():
    assert quotes_of("此前，总统李华曾这样形容这个地区在国际政治中扮演的角色。") == []


def test_zheyang_shuodao_with_a_colon_takes_the_quotation_after():
    assert _said("王明这样说道：“我们会坚持下去。”") == [("王明", "我们会坚持下去。")]


# --- reactions to a thing -----------------------------------------------------------------------

def test_refuting_a_claim_named_as_a_noun_reports_no_words():
    assert quotes_of("王明同时还反驳了有关他“空手而归”的这种说法。") == []


def test_complaining_about_a_shortage_named_as_a_noun_reports_no_words():
    assert _said("王明抱怨“先锋”部队的弹药短缺情况，并表示伤亡会减少。") == [("王明", "伤亡会减少")]


@pytest.mark.parametrize("body, said", [
    ("王明反驳称，这种说法毫无根据。", "这种说法毫无根据"),
    ("王明抱怨说，部队的弹药严重短缺。", "部队的弹药严重短缺"),
    ("有关他“空手而归”的说法，王明反驳称，这次访问取得了成果。", "这次访问取得了成果"),
])
def test_a_reaction_with_words_is_a_statement(body, said):
    assert _said(body) == [("王明", said)]


# --- one cue, two quotes, inside another statement ----------------------------------------------

def test_a_cue_with_a_quoted_tail_inside_another_statement_is_that_statements():
    found = _said("张强认为，但新内阁会更加强调开放、包容、共赢等原则，“这和以往的路线截然不同。”")
    assert found == [("张强", "但新内阁会更加强调开放、包容、共赢等原则，“这和以往的路线截然不同。”")]


# --- 倡议 --------------------------------------------------------------------------------------

def test_changyi_before_a_clause_is_a_second_statement():
    found = _said("在峰会上，中方宣布，今后5年将提供1000个奖学金名额，并倡议在未来10年将友好城市增加至100对。")
    assert found == [("中方", "今后5年将提供1000个奖学金名额"), ("中方", "在未来10年将友好城市增加至100对")]


@pytest.mark.parametrize("body", ["乙方提出了水资源保护倡议。我们愿与邻国多交流。",
                                  "中方提出的全球发展倡议，得到了广泛支持。"])
def test_an_initiative_named_is_no_statement(body):
    assert quotes_of(body) == []


# --- further guards ------------------------------------------------------------------------------

def test_you_mei_you_before_a_cue_says_nothing():
    assert quotes_of("市长王明有没有表示支持这一计划，目前仍不清楚。") == []


def test_a_denied_noun_inside_a_statement_stays_in_it():
    assert _said("李华说，这种做法毫无任何威胁。") == [("李华", "这种做法毫无任何威胁")]


def test_a_short_head_before_a_colon_keeps_the_quotation():
    found = quotes_of("王明称此事重大：“这是第一步。”随后他离开了会场。")
    assert [(s, t) for s, _, t, _ in found] == [("王明", "此事重大：“这是第一步。”")]


def test_noticing_a_clause_is_a_statement():
    assert _said("外界普遍注意到这家公司已经面临严重的资金困难。") == [("外界", "这家公司已经面临严重的资金困难")]
