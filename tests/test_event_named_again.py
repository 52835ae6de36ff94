"""An act named again by a bare noun (这次会晤) merges into the act already reported with the same
parties, across sentences; a noun with a time of its own names another occasion and stays apart."""
from __future__ import annotations

from newsfacts.model import Event, Span
from newsfacts.stages.event_merge import merge as _merge

TEXT = "法国总统周一同德国总理会谈。分析人士说，这次会晤释放了积极信号。2021年的会晤则没有成果。"


def _event(word: str, nth: int = 0, when: str | None = None) -> Event:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(word, at + 1)
    end = TEXT.index("。", at)
    event = Event(type="CONSULT", trigger=Span(at, at + len(word), word), evidence=Span(at, end, TEXT[at:end]),
                  source="FRA", target="DEU", cameo="040", confidence=0.6)
    event.when = when
    return event


def test_a_noun_naming_the_act_again_merges_across_sentences():
    first, again = _event("会谈", when="2025-04-14"), _event("会晤")
    merged = _merge([first, again], TEXT, lambda e: e is again)
    assert merged == [first] and again.evidence in first.also_evidence


def test_without_the_noun_reading_two_sentences_stay_two_events():
    first, other = _event("会谈", when="2025-04-14"), _event("会晤")
    assert len(_merge([first, other], TEXT, lambda e: False)) == 2


def test_a_noun_with_a_time_of_its_own_stays_apart():
    first, earlier = _event("会谈", when="2025-04-14"), _event("会晤", nth=1, when="2021")
    assert len(_merge([first, earlier], TEXT, lambda e: e is earlier)) == 2


def test_an_attack_named_again_as_a_noun_is_one_event():
    from tests.test_event_background import events_of
    body = "俄军周二向乌克兰发起进攻。\n\n乌克兰顶住了俄军的这轮攻击。"
    assert [e[:3] for e in events_of(body)] == [("ASSAULT", "RUS", "UKR")]


def test_talks_named_again_merge_in_the_direction_already_reported():
    from tests.test_event_background import events_of
    body = "法国外长上周访问德国。\n\n两国已经恢复了副部长级对话磋商。"
    assert [e[:3] for e in events_of(body)] == [("CONSULT", "FRA", "DEU"), ("CONSULT", "DEU", "FRA")]
