"""Round 31: from pages modelled on Tencent and Sina world news of 2022-2023 (blind batteries rA, rC, rE): the
origin a platform names on its time line under the title (2023-03-14 18:06 来源：某某新闻网) is credited as 来源 lines
elsewhere are. Each case is a short text written for the test."""
from __future__ import annotations

import newsfacts


def test_the_origin_on_a_time_line_under_the_title_is_credited():
    page = "外方宣布新措施\n\n2023-03-14 18:06 来源：南方新闻网\n\n外交部发言人汪文斌14日表示，中方对此坚决反对。"
    record = newsfacts.analyze_text(page).to_dict()
    assert record["sources"] == ["南方新闻网"]
    assert record["published_at"].startswith("2023-03-14")
    plain = newsfacts.analyze_text("外方宣布新措施\n\n2023-03-14 18:06\n\n外交部发言人汪文斌14日表示，中方对此坚决反对。")
    assert plain.to_dict()["sources"] == []

