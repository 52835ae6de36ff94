"""Round 33: from new blind batteries. Each case is a short text written for the test."""
from __future__ import annotations

from conftest import events_of, untold_of


def test_an_act_asked_about_with_a_verb_and_its_negation_is_not_told():
    # 会不会 / 能不能 / 要不要 ask whether, as 是否 does, also in a clause that ends in no question mark
    assert events_of("至于甲国总统会不会主动给乙国领导人打电话，目前还不清楚。".replace("甲国", "美国").replace("乙国", "中国")) == []
    assert ("CONSULT", "USA", "CHN", "hedged") in untold_of("至于美国总统会不会主动给中国领导人打电话，目前还不清楚。")
    assert events_of("外界关注美国能不能对伊朗实施新的制裁。") == []
    # told outright, the call is an event
    assert events_of("美国总统拜登13日给中国国家主席习近平打了电话。") == [("CONSULT", "USA", "CHN")]


def test_an_act_judged_premature_is_not_told():
    assert events_of("克里姆林宫发言人表示，普京与泽连斯基会面“目前为时尚早”。") == []
    assert events_of("分析人士认为，俄乌和谈遥遥无期。") == []
    assert events_of("普京与泽连斯基13日在伊斯坦布尔会面。") == [("CONSULT", "RUS", "UKR")]
