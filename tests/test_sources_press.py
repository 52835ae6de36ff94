"""Sources: general press references credited only when information is taken from them, and outlet
names in 据…报道 lists, on short passages written for the tests."""
from __future__ import annotations

import pytest

import newsfacts


def sources_of(body: str) -> list[str]:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()["sources"]


@pytest.mark.parametrize("body, expected", [
    ("据台媒报道，某县昨日停电。", ["台媒"]),
    ("港媒指出，物价上涨明显。", ["港媒"]),
    ("台媒指，该县的水库已经见底。", ["台媒"]),
    ("据岛内媒体报道，某县昨日停电。", ["岛内媒体"]),
    ("据乌克兰“真理报”报道，前线局势紧张。", ["真理报"]),
    ("据Semafor报道，谈判仍在继续。", ["Semafor"]),
    ("据日经亚洲报道，工厂已经停产。", ["日经亚洲"]),
])
def test_credited_press(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "澳媒则认为，这是一个积极信号。",  # an opinion held, not information taken
    "有外媒称，这家工厂已经停产。",  # indefinite: some outlet
    "德国媒体日前披露的名单显示，代表团规模很大。",  # subject of a relative clause
    "美国媒体在报道此事时用了夸张的标题。",  # a time clause about its reporting
])
def test_press_named_without_credit(body):
    assert sources_of(body) == []


def test_a_word_holding_an_outlets_name_is_not_the_outlet():
    assert sources_of("他在国外电视节目中称，公民视角很重要。") == []


def test_an_interview_given_to_the_press_in_general_credits_no_outlet():
    assert sources_of("《联合早报》报道称，将军在接受泰媒采访时表示，军队将保持中立。") == ["《联合早报》"]


@pytest.mark.parametrize("opening, credited", [
    ("参考消息网12月3日报道 据法新社报道，巴黎举行罢工。", ["法新社"]),  # a web outlet's own dateline
    ("央视网消息：据新华社报道，国家主席会见外宾。", ["新华社"]),  # 某网消息：
    ("环球时报-环球网报道 记者 李四 据美联社报道，美国将加征关税。", ["美联社"]),  # a joint tag
    ("法新社12月3日报道 美国将加征关税。", ["法新社"]),  # an agency's report is no web outlet's tag
])
def test_the_publishers_own_opening_is_not_credited(opening, credited):
    found = newsfacts.analyze_text("测试标题\n" + opening + "\n美国官员表示，关税将在下月实施。").to_dict()["sources"]
    assert found == credited
