"""Speaker references left on fresh international news (round 6, issue #14): 他 after quoted words
refers to their speaker, not a name inside them; 这位 + a relative clause + a title refers to the
person named before; 答： in an interview is the interviewee's, not a name cited inside an earlier
answer; 与 inside an institution's name (X与Y研究中心主任Z) does not make Z someone spoken with.
Each case is a sentence written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def _speakers(body: str) -> list[tuple]:
    return [(s, t[:6]) for s, _, t, _ in quotes_of(body)]


def test_he_after_quoted_words_is_their_speaker_not_a_name_inside_them():
    found = _speakers("乌克兰总统泽连斯基当天发表视频讲话。\n“我们感谢拜登总统的支持。”\n他说，乌克兰需要更多防空系统。")
    assert found == [("泽连斯基", "乌克兰需要更")]


def test_he_goes_on_after_a_quote_naming_another_leader():
    found = _speakers("俄罗斯前总统梅德韦杰夫周五发文。“普京总统已经表明立场，西方应当认真对待，”他写道。他还表示，制裁不会奏效。")
    assert [s for s, _ in found] == ["梅德韦杰夫", "梅德韦杰夫"]


def test_he_inside_a_quote_may_still_refer_to_a_name_in_that_quote():
    found = _speakers("李明说：“王刚来过，他说明天再谈。”")
    assert found[0][0] == "李明"


def test_this_person_with_a_relative_clause_refers_back_to_the_named_person():
    found = _speakers("前美国驻华大使李洁明接受采访时谈到两国关系。这位曾任驻华大使的外交官表示，双方应当恢复对话。")
    assert found == [("李洁明", "双方应当恢复")]


def test_a_relative_clause_without_a_demonstrative_still_names_its_head():
    found = _speakers("参与谈判的一名美国官员称，协议已接近完成。")
    assert found[0][0].endswith("官员")


def test_an_answer_of_an_interview_is_the_interviewees_not_a_name_cited_earlier():
    body = ("记者专访了德国前总理施罗德。\n问：您怎么看待俄德关系？\n答：两国关系陷入低谷。默克尔也曾表示，对话是唯一出路。\n"
            "问：您对未来乐观吗？\n答：我认为局势终将缓和。")
    found = _speakers(body)
    assert ("施罗德", "我认为局势终") in found
    assert ("默克尔", "对话是唯一出") in found


def test_a_name_after_an_institution_joining_two_fields_with_yu_speaks():
    found = _speakers("复旦大学科技与战略研究中心主任张华表示，美国的芯片政策难以持久。")
    assert found == [("张华", "美国的芯片政")]


def test_a_person_met_with_yu_before_a_title_is_still_the_one_spoken_with():
    found = _speakers("王毅与俄罗斯外长拉夫罗夫会谈时表示，双方应加强协调。")
    assert found[0][0] == "王毅"


def test_i_in_an_interview_answer_is_the_interviewee():
    body = ("本报记者日前专访了美国学者约翰逊。本报记者：美国人为什么要学外语？约翰逊：语言打开了理解的大门。"
            "在我看来，美国人的外语能力正在下降。本报记者：您对年轻人有什么建议？约翰逊：多读书，多交流。")
    found = _speakers(body)
    assert ("约翰逊", "美国人的外语") in found
    assert all(s == "约翰逊" for s, _ in found)


def test_i_outside_an_interview_stays_the_writer():
    found = _speakers("约翰逊是美国学者。在我看来，美国人的外语能力正在下降。")
    assert found == [("我", "美国人的外语")]
