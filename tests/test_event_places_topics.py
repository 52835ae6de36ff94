"""Places of a foreign state, acts named as a topic, and acts evaded (round 14). Sentences written
for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_place_written_after_a_state_lies_in_that_state():
    assert events_of("一架秘鲁无人机在智利北部阿里卡省的一处农场附近发动空袭。") == [("ASSAULT", "PER", "CHL")]
    assert events_of("一架秘鲁无人机在智利塔拉帕卡大区阿里卡省的一处农场附近发动空袭。") == [("ASSAULT", "PER", "CHL")]


def test_an_act_inside_the_subject_of_a_document_is_no_act():
    found = events_of("智利总统会见了秘鲁外长。双方随后签署了关于遣返偷渡渔民的备忘录。")
    assert ("AGREE", "CHL", "PER") in found
    assert not [e for e in found if e[0] == "RETREAT"]


def test_ceasefire_talks_are_no_ceasefire():
    assert events_of("美国官员说，黎巴嫩停火谈判这周再度搁浅。") == []
    assert ("RETREAT", "ISR", "LBN") in events_of("以色列同意与黎巴嫩停火。")


def test_sanctions_evaded_are_no_sanctions_of_the_evader():
    assert events_of("欧盟称，哈萨克斯坦两家贸易公司曾帮俄方绕开制裁。") == []
    assert ("SANCTION", "PER", "VEN") in events_of("秘鲁宣布对委内瑞拉实施制裁。")


def test_trainees_and_refugees_arriving_pay_no_visit():
    assert events_of("按计划，首批智利学员下周将抵达秘鲁南部的训练中心。") == []
    assert events_of("一批叙利亚难民上月抵达德国。") == []
    assert events_of("智利外长昨天抵达秘鲁首都利马。") == [("CONSULT", "CHL", "PER")]
