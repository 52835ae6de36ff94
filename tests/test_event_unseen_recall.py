"""Events missed on unseen articles (branch h14-evrec): a clause opening with 将/把 whose doer is the
subject before it, and the 其中包括 list that names who is among those acted on. Each case is a short
sentence written for the test, with a contrast that must not change."""
from __future__ import annotations

import newsfacts


def events_of(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_a_disposal_clause_acts_on_the_party_after_jiang():
    found = events_of("日本海上保安厅依法采取必要措施，将韩国渔船驱离。")
    assert ("COERCE", "JPN", "KOR") in found and ("COERCE", "KOR", "JPN") not in found


def test_a_future_jiang_opening_is_no_disposal():
    # 将于: the future, the party after the verb is the one visited
    assert events_of("日本海上保安厅表示，将于明天访问韩国。") == [("CONSULT", "JPN", "KOR")]


def test_the_included_list_names_every_target():
    found = events_of("欧盟还对多家第三国企业实施限制，其中包括数家土耳其和巴西的贸易企业。")
    assert ("SANCTION", "EU", "TUR") in found and ("SANCTION", "EU", "BRA") in found


def test_the_included_list_ends_with_its_clause():
    found = events_of("欧盟对多家企业实施限制，其中包括数家土耳其企业，巴西对此表示不满。")
    assert ("SANCTION", "EU", "TUR") in found and ("SANCTION", "EU", "BRA") not in found
