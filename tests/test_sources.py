"""Sources credited and translation signals, on short passages written for the tests."""
from __future__ import annotations

import newsfacts


def record(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()


def test_according_to_an_agency():
    assert record("据路透社报道，两国代表已在日内瓦会面。")["sources"] == ["路透社"]


def test_newspaper_in_book_marks_with_a_cue():
    assert record("英国《金融时报》称，谈判陷入僵局。")["sources"] == ["《金融时报》"]


def test_wire_dateline():
    assert record("新华社北京5月12日电 外交部发言人今天表示，中方欢迎这一决定。")["sources"] == ["新华社"]


def test_credit_line_in_the_chrome():
    result = record("市政府发布了新规定，将于下月实施。\n\n来源：某某晚报")
    assert result["sources"] == ["某某晚报"]


def test_own_reporter_is_not_a_credited_source():
    assert record("红星新闻记者拨打了该校电话，无人接听。")["sources"] == []


def test_compiled_from_foreign_media_is_translated():
    result = record("本文编译自外媒报道。美国总统周五表示将访问欧洲。")
    assert result["translated"] is True
    assert any(s.startswith("marker:") for s in result["translation_signals"])


def test_an_outlet_speaking_as_we_in_a_repost_is_translated():
    result = record("消息人士告诉我们，双方将在下周举行新一轮谈判。")
    assert result["translated"] is True
    assert any(s.startswith("first_person_outlet") for s in result["translation_signals"])


def test_a_local_report_is_not_translated():
    result = record("市长张三在会上表示，要做好防汛工作。他说：“各部门要立即行动。”")
    assert result["translated"] is False and result["translation_signals"] == []


def test_read_counter_is_kept_as_metadata():
    doc = newsfacts.analyze_text("标题甲乙丙\n\n正文说了一件事情，而且说得很详细。\n\n12 阅读:345\n感谢大家的关注")
    assert doc.article.counters == {"reads": 345}
