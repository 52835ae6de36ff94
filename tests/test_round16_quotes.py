"""Round 16 (branch h27-q): speakers on unseen news, from a review of unlabelled articles. Each case is
a short sentence written for the test, with a contrast that stays as it was."""
from __future__ import annotations

import newsfacts


def quotes_of(body: str) -> list[tuple]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["quotes"]
    return [(q["speaker"], q["cue"], q["content"]) for q in found]


def speakers_of(body: str, cue: str) -> list:
    return [s for s, c, _ in quotes_of(body) if c == cue]


# --- unnamed market sources: a place, 某 and a trade noun --------------------------------------------

def test_an_unnamed_fund_manager_of_a_city_speaks_not_the_city():
    body = "南方某基金经理向记者表示，今年的行情比大家预期的还要冷清一些。"
    assert speakers_of(body, "表示") == ["南方某基金经理"]


def test_an_insider_noun_names_the_source():
    body = "圈内人透露，这家公司一直在用别的生意来补贴球队。"
    assert speakers_of(body, "透露") == ["圈内人"]


def test_a_named_manager_still_speaks_by_name():
    body = "公司总经理王明表示，今年的行情比大家预期的还要冷清一些。"
    assert speakers_of(body, "表示") == ["王明"]


# --- a name heading a 的-clause subject is the antecedent of a later 他 ---------------------------------

def test_a_name_after_a_long_relative_clause_is_the_subject_a_pronoun_takes_up():
    body = ("王明说，他很满意。多次接受本刊采访的学者约翰·史密斯今年春天出任研究所所长，"
            "他曾撰文呼吁两国恢复对话。")
    assert speakers_of(body, "呼吁") == ["约翰·史密斯"]


# --- a clause that opens on a verb holds its object, whose name is no subject ----------------------------

def test_a_name_inside_the_object_of_an_earlier_clause_does_not_speak():
    body = "王明说，学校很好。前一天，李华在议会发言时，重申首相赵刚竞选时的承诺，声称这些学院构成威胁。"
    assert speakers_of(body, "声称") == ["李华"]


def test_a_subject_clause_after_a_verb_still_speaks():
    body = "王明说，学校很好。要知道，李华上周提出了新方案，并称这些学院没有威胁。"
    assert speakers_of(body, "称") == ["李华"]


# --- a body the knowledge base knows keeps its canonical name as a speaker -------------------------------

def canonicals_of(body: str) -> list:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["quotes"]
    return [(q["speaker"], q["speaker_canonical"]) for q in found]


def test_a_ministry_read_as_a_source_noun_keeps_its_canonical_name():
    assert canonicals_of("俄国防部周一表示，前线局势总体稳定。") == [("俄国防部", "Ministry of Defence (Russia)")]


def test_a_phrase_longer_than_the_body_gets_no_canonical_of_the_body():
    found = canonicals_of("美国国防部一名官员周一表示，前线局势总体稳定。")
    assert found and found[0][1] != "United States Department of Defense"


# --- a body, a title and a name: the person speaks -------------------------------------------------------

def test_an_adviser_of_a_body_speaks_not_the_body():
    body = "市政府法律顾问约翰·史密斯周二发表声明称，文件已经全部移交。"
    assert speakers_of(body, "发表声明称") == ["约翰·史密斯"]


def test_a_ministry_joining_two_fields_with_yu_is_no_addressee():
    body = "甲国外交与对外贸易部部长王明称，两国应加强合作。"
    assert speakers_of(body, "称") == ["王明"]


def test_a_firm_read_as_a_name_only_describes_its_economist():
    body = "高盛首席欧洲经济学家约翰·史密斯表示，明年降息的机会不大。"
    assert speakers_of(body, "表示") == ["约翰·史密斯"]


def test_one_spoken_to_with_yu_is_still_no_speaker():
    body = "王明对美国和英国外交部长表示，两国应加强合作。"
    assert speakers_of(body, "表示") == ["王明"]


# --- 文章称 after an outlet that ran a piece since the last one cited ----------------------------------------

def test_a_bare_article_speaks_for_the_outlet_that_ran_a_piece_last():
    body = ("据甲国电视台报道，王明表示，谈判还需要时间。报道称，这轮谈判十分关键。"
            "乙国《晨报》周一就曾发文对此泼冷水。文章称，谈判面临诸多难题。")
    assert speakers_of(body, "称")[-1] == "晨报"


def test_a_bare_article_after_one_outlet_still_speaks_for_it():
    body = "据甲国电视台报道，王明表示，谈判还需要时间。文章称，谈判面临诸多难题。"
    assert speakers_of(body, "称") == ["甲国电视台"]


# --- 他 takes up the one person its own sentence names ------------------------------------------------------

def test_a_pronoun_takes_up_the_person_of_its_own_sentence_over_an_earlier_speaker():
    body = ("一名不愿透露姓名的官员告诉记者，外界不应期望过高。这同样也是部长王明所担心的，"
            "他曾在接受采访时表示，外界的期望被高估了。")
    assert speakers_of(body, "表示") == ["王明"]


def test_a_sentence_naming_two_people_leaves_the_pronoun_to_its_subject():
    body = "赵刚说，会谈很顺利。部长李华周一批评了王明，他表示外界的期望被高估了。"
    assert speakers_of(body, "表示") == ["李华"]


# --- 发表联合声明说: a joint statement made, with a view it reports inside ------------------------------------

def test_a_joint_statement_made_speaks_for_its_issuers_over_a_view_inside_it():
    body = "伊斯兰圣战组织和哈马斯发表联合声明说，美国认为空袭能吓阻对手，这种判断是错误的。"
    found = quotes_of(body)
    assert [c for _, c, _ in found] == ["声明说"]
    assert found[0][2].startswith("美国认为")


def test_a_joint_statement_as_a_noun_is_no_cue():
    assert quotes_of("双方在会后签署了一份联合声明，同意加强合作。") == []


# --- 就X指责Y一事: the matter at issue says nothing, and the one who protests speaks on ---------------------------

def test_an_accusation_named_as_the_matter_of_a_protest_is_no_quote():
    body = "今年4月，甲国就乙国将军王明指责其渔业政策一事提出严正抗议，认为这是对本国内政的粗暴干涉，绝不能接受。"
    assert [(s, c) for s, c, _ in quotes_of(body)] == [("甲国", "认为")]


def test_an_accusation_made_outside_a_topic_frame_is_still_a_quote():
    body = "乙国将军王明周二指责甲国的矿业政策损害了地区稳定。"
    assert speakers_of(body, "指责") == ["王明"]
