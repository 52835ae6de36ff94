"""Time expressions to dates: day-only dates, 当天/同日, and what stays unresolved without a publication date."""
from __future__ import annotations

from datetime import datetime

from newsfacts.nlp.timex import find_times, resolve_day

PUBLISHED = datetime(2025, 4, 19, 10, 0)


def days(text: str, published=PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published) if t.precision in ("day", "part_of_day")]


def test_a_day_alone_is_in_the_month_of_publication():
    assert days("两国外长8日在北京会谈。") == [("8日", "2025-04-08")]


def test_a_day_alone_after_the_publication_day_is_last_month():
    assert days("两国外长25日在北京会谈。") == [("25日", "2025-03-25")]


def test_a_day_alone_with_a_part_of_day():
    assert days("他12日晚抵达。") == [("12日晚", "2025-04-12")]


def test_durations_and_weekdays_are_not_days_of_the_month():
    assert days("协议30日内生效，双方7日后再谈。") == []
    assert days("星期日举行", None) == []


def test_same_day_words_take_the_last_day_named():
    found = days("2023年1月11日，两国代表会谈。同日，双方交换了战俘。当天晚些时候又发表声明。", None)
    assert [value for _, value in found] == ["2023-01-11", "2023-01-11", "2023-01-11"]


def test_without_publication_date_only_a_year_stated_or_carried_over_resolves():
    assert days("5月13日，18日举行峰会。", None) == []
    assert days("2023年5月13日报道，18日举行峰会。", None) == [("2023年5月13日", "2023-05-13"), ("18日", "2023-05-18")]


def test_a_day_that_does_not_exist_is_left_out():
    assert days("4月31日") == []


def test_resolve_day_reads_day_only_dates():
    assert resolve_day("他3日表示", PUBLISHED) == "2025-04-03"


def test_named_days_give_the_last_day_before_a_position():
    from newsfacts.nlp.timex import NamedDays

    text = "俄方12日表示将谈判。乌方14日回应。当天晚些时候，双方通话。"
    days = NamedDays(text, PUBLISHED)
    assert str(days.before(text.index("乌方"))) == "2025-04-12"
    assert str(days.before(text.index("当天"))) == "2025-04-14"
    assert resolve_day("当天", PUBLISHED, anchor=days.before(text.index("当天"))) == "2025-04-14"


def test_weeks_named_with_xingqi_and_ge():
    weeks = [(t.text, t.value) for t in find_times("会议下星期召开，上个星期五双方已会谈。", PUBLISHED)]
    assert weeks == [("下星期", "2025-04-21"), ("上个星期五", "2025-04-11")]


def test_a_date_after_jiangyu_is_still_to_come():
    # published 2025-04-19 (a Saturday)
    assert days("总理将于5月3日访问法国。") == [("5月3日", "2025-05-03")]
    assert days("总理5月3日访问法国。") == [("5月3日", "2024-05-03")]  # no cue: last year's
    assert days("总理将于周三访问法国。") == [("周三", "2025-04-23")]
    assert days("总理将于2日抵达。") == [("2日", "2025-05-02")]
    assert days("总理2日抵达。") == [("2日", "2025-04-02")]


def test_future_told_by_the_caller():
    later = [(t.text, t.value) for t in find_times("总理周三访问法国。", PUBLISHED, ahead=True)]
    assert later == [("周三", "2025-04-23")]
