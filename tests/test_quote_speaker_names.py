"""Speakers the tagger leaves unnamed (issue 14): role nouns of law, medicine, schools, business, the
military, diplomacy and the press (data/speaker_roles.txt), and a personal name opening the clause
of a cue that the tagger does not type (nlp/speaker_names.py). Each case is a passage written for
the test."""
from __future__ import annotations

import pytest

from newsfacts.nlp import speaker_names
from tests.test_quotes import quotes_of


def speakers_of(body: str) -> list[tuple]:
    return [(speaker, cue) for speaker, cue, _, _ in quotes_of(body)]


@pytest.mark.parametrize("body, speaker", [
    ("法院昨天宣判。法官在宣判时表示，被告的行为性质恶劣，应当严惩。", "法官"),
    ("昨天上午，家长去了一趟学校。班主任说，孩子最近上课很认真。", "班主任"),
    ("记者走进一家小店。店员告诉记者，这款产品卖得很好。", "店员"),
    ("该校校长表示，学校将加强安全管理。", "该校校长"),
    ("医院院长表示，病人情况稳定。", "医院院长"),
    ("一位将军表示，部队已经做好准备。", "一位将军"),
    ("辩护律师说，他的当事人是无辜的。", "辩护律师"),
    ("校方回应称，涉事教师已被停职。", "校方"),
])
def test_a_role_noun_speaks(body, speaker):
    found = speakers_of(body)
    assert len(found) == 1 and found[0][0] == speaker


def test_a_role_named_earlier_speaks_for_the_person_under_it():
    found = speakers_of("据报道，校长李文华当天到场。他说，学校会查清此事。校长还表示，家长可以放心。")
    assert found[-1][0] == "李文华"


@pytest.mark.parametrize("body, speaker", [
    ("高旗告诉记者，乐队明年将发新专辑。", "高旗"),
    ("警方通报了案情。高某说，他当时并不知道这件事。", "高某"),
    ("博雷利表示，欧盟将继续援助。", "博雷利"),
])
def test_an_untagged_name_before_the_cue_speaks(body, speaker):
    assert speakers_of(body)[0][0] == speaker


def test_a_name_after_a_title_speaks_rather_than_the_company():
    assert speakers_of("某芯片公司总经理陈冠华向记者表示，明年的订单会更多。")[0][0] == "陈冠华"


def test_a_role_inside_a_body_name_leaves_the_body_speaking():
    found = speakers_of("美国众议院议长办公室当晚发表声明称，嫌疑人已落网。")
    assert found and found[0][0] != "议长"


def test_saying_that_only_dates_what_follows_is_no_statement():
    assert speakers_of("班主任说，孩子的座位还留着。确认过后，家长走出了校门。") == [("班主任", "说")]


@pytest.mark.parametrize("clause", ["信上", "会上", "方面", "全省", "成员们", "文章中", "同时", "都愿意对父母", "和卢卡斯", "温馨", "大家"])
def test_ordinary_words_opening_with_a_family_name_are_no_names(clause):
    assert speaker_names.untagged_name(clause, 0, len(clause)) is None


def test_a_name_is_followed_only_by_adverbs_or_an_occasion():
    assert speaker_names.untagged_name("高旗在接受采访时", 0, 8) == (0, 2)
    assert speaker_names.untagged_name("高旗也", 0, 3) == (0, 2)
    assert speaker_names.untagged_name("高旗的朋友", 0, 5) is None


def test_a_known_name_cut_by_the_cue_is_no_new_person():
    found = speakers_of("外交部发言人赵立新表示，中方愿意合作。“双方关系很好。”赵立新称，会继续推进。")
    assert all(speaker != "赵立" for speaker, _ in found)


def test_saying_these_words_is_the_act_not_a_statement():
    assert speakers_of("魏大使说这番话的用意，是为了提醒各方。") == []


def test_the_title_right_before_an_untagged_name_decides_whatever_the_hash_order():
    from newsfacts.nlp.subjects import untagged_titled_name
    zone = "县文化和旅游局副局长、县政府新闻发言人钱和平"
    assert untagged_titled_name(zone, 0, len(zone)) == (len(zone) - 3, len(zone))
