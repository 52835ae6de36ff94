"""The source an outlet cites (援引X的分析称) speaks, and an adverb before the cue (只表示) is no part of
the subject. Short passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_the_analyst_cited_by_an_outlet_speaks():
    found = quotes_of("《晨星报》援引前海军上校吴德明的分析称，演习意在威慑邻国。他认为，紧张局势还会延续。")
    assert [s for s, _, _, _ in found] == ["吴德明", "吴德明"]


def test_the_view_cited_by_an_outlet_is_its_holders():
    found = quotes_of("《晨星报》援引前海军上校吴德明的观点称，演习意在威慑邻国。")
    assert [s for s, _, _, _ in found] == ["吴德明"]


def test_only_before_the_cue_leaves_the_office_speaking():
    found = quotes_of("截至发稿，荷兰首相范德堡的办公室只表示，首相“暂不评论”此事。")
    assert [s for s, _, _, _ in found] == ["荷兰首相范德堡的办公室"]


def test_the_one_speaking_to_people_described_by_a_clause_speaks():
    found = quotes_of("工党领袖王建国表示，投票很顺利。他对现场的选民说：“明天我们再出发。”")
    assert [s for s, _, _, _ in found] == ["王建国", "王建国"]


def test_a_named_speaker_before_a_time_and_the_people_told():
    found = quotes_of("工党领袖王建国当天对现场的选民说，选举“干净透明”。")
    assert [s for s, _, _, _ in found] == ["王建国"]


def test_an_analyst_judging_states_a_view():
    found = quotes_of("研究员李华判断，谈判将在月底恢复，但难有突破。")
    assert [(s, c) for s, _, c, _ in found] == [("李华", "谈判将在月底恢复，但难有突破")]
    assert quotes_of("这需要仔细判断，不能急于下结论。") == []  # no one judging: no statement


def test_this_spokesman_urging_then_saying_is_the_spokesman_named_before():
    found = quotes_of("交通部发言人赵立说，航线运行平稳。该发言人敦促邻国取消限制，并表示我方会对等回应。")
    # the urging is a statement of its own (敦促 is a cue, as 呼吁 is), and so is what he went on to say
    assert [s for s, _, _, _ in found] == ["赵立", "赵立", "赵立"]
