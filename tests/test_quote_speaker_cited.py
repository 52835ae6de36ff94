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
