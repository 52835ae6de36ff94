"""Joint acts (round 12b): a name the tagger cut short before 通电话, titles that name no side, a broker
named after 在, troops sent to one's own border, and a request for consultations. Sentences written for
these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_name_cut_short_before_a_call_still_calls():
    events = events_of("法国总统马克龙10日晚与泽连斯基通电话，讨论了能源问题。")
    assert ("CONSULT", "FRA", "UKR") in events


def test_a_title_names_no_side():
    events = events_of("美国和巴西的贸易战仍在升级。美国对巴西加征关税，巴西指责美国。秘鲁总统当天与哥伦比亚总统通电话，"
                       "讨论了《美巴秘三国投资协定》，双方同意保持沟通。")
    assert ("AGREE", "PER", "COL") in events
    assert ("AGREE", "USA", "BRA") not in events


def test_the_mediator_after_zai_is_no_signer():
    events = events_of("泰国与柬埔寨边境再起冲突。据悉，泰柬两国在前年那次对峙后，于今年5月在印尼斡旋下签署了和平协议。")
    assert ("AGREE", "THA", "IDN") not in events


def test_troops_sent_to_ones_own_border_face_the_other_side():
    events = events_of("智利和秘鲁边境爆发冲突。秘鲁指责智利越界，智利否认。秘鲁军队已向北部边境增派一个步兵营。")
    assert ("MOBILIZE", "PER", "CHL") in events
    drills = events_of("智利和秘鲁边境爆发冲突。秘鲁指责智利越界，智利否认。秘鲁海军在北部海域加强了巡逻。")
    assert not any(e[0] == "MOBILIZE" for e in drills)
    criticised = events_of("智利和秘鲁边境爆发冲突。智利批评秘鲁向北部边境增派部队。")
    assert ("MOBILIZE", "PER", "CHL") not in criticised


def test_a_request_for_consultations_is_no_meeting():
    events = events_of("智利宣布，已就秘鲁对智利铜材征收的额外关税向世贸组织提起磋商请求。")
    assert not any(e[0] == "CONSULT" for e in events)
