"""Refusals of the other side's words and the seat of a body as its actor (round 14): the blame a
refusal takes as object is the other side's, a refusal that ends its clause refuses what the clause
before says, and 布鲁塞尔 stands for the EU. Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_blame_refused_is_no_accusation():
    found = events_of("秘鲁官员称智利军队越境。智利外交部发言人8日回应称，智方“不接受秘方的无端指责”。")
    assert ("REJECT", "CHL", "PER") in found
    assert ("ACCUSE", "CHL", "PER") not in found
    found = events_of("哥伦比亚指责厄瓜多尔。厄瓜多尔外长表示，厄方“拒绝哥伦比亚的挑衅言论”。")
    assert ("REJECT", "ECU", "COL") in found
    # 反对 takes a deed: blaming the deed opposed stays an accusation
    assert ("ACCUSE", "CHL", "PER") in events_of("智利外交部发言人表示：“智方坚决反对秘鲁无端干涉智利内政。”")


def test_a_refusal_at_the_end_of_its_clause():
    found = events_of("秘鲁官员7日称智利军队越境。智利总统8日表示：“秘方的讲法全无依据，我们不接受。”")
    assert ("REJECT", "CHL", "PER") in found
    assert events_of("智利总统8日表示：“我们不接受。”") == []


def test_a_refusal_beside_blame_is_kept():
    found = events_of("秘鲁官员称智利军队越境。智利总统表示：“秘方的讲法全无依据，我们不接受。我们希望有关方面不要无端炒作。”")
    assert ("REJECT", "CHL", "PER") in found


def test_the_seat_of_the_eu_stands_for_it():
    body = "欧盟宣布对塞尔维亚停发签证。塞尔维亚总统8日指责布鲁塞尔“惩罚塞尔维亚选民”。"
    assert ("ACCUSE", "SRB", "EU") in events_of(body)
    assert ("ACCUSE", "SRB", "BEL") not in events_of(body)
    # the host state named: the city may be its government
    assert ("ACCUSE", "SRB", "EU") not in events_of("欧盟与比利时关系紧张。塞尔维亚总统8日指责布鲁塞尔“惩罚塞尔维亚选民”。")


def test_a_mandate_withheld_names_no_party():
    found = events_of("智利外交部发言人8日表示，智方坚决反对未经联合国授权的单边制裁。")
    assert ("REJECT", "CHL", "UN") not in found and ("SANCTION", "CHL", "UN") not in found
    assert ("REQUEST", "CHL", "UN") in events_of("智利8日呼吁联合国安理会授权维和行动。")


def test_an_answer_aims_at_whom_the_question_reports():
    import newsfacts
    text = ("2026年6月9日智利外交部发言人罗哈斯主持例行记者会\n\n问：秘鲁政府昨天宣布制裁两家智利企业。外交部对此有何回应？\n\n"
            "答：智利同包括厄瓜多尔在内的各国开展正常贸易。秘方动辄打压别国企业，这是典型的霸凌行径。\n\n"
            "问：请问发言人对明天的天气有何评论？\n\n答：我不掌握有关情况。")
    record = newsfacts.analyze_text(text, published_at="2026-06-10T08:00:00+08:00").to_dict()
    found = [(e["type"], e["source"], e["target"]) for e in record["events"]]
    assert ("ACCUSE", "CHL", "PER") in found and ("ACCUSE", "CHL", "ECU") not in found
