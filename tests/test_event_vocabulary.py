"""Round 5 event vocabulary and frames (h5-ev2): a state's name inside the name of one of its parts,
runs of state abbreviations, common synonyms, the type a sending takes from what is sent, domestic
demonstrations, and event nouns that are things, not acts. Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_state_named_inside_its_armed_service_or_region_is_a_party():
    assert events_of("以色列空军空袭了黎巴嫩南部的一处仓库。") == [("ASSAULT", "ISR", "LBN")]
    assert events_of("土耳其军队占领了叙利亚北部的一座小镇。") == [("COERCE", "TUR", "SYR")]
    assert events_of("伊朗和巴基斯坦海军在阿拉伯海举行联合演习。") == [("COOPERATE", "IRN", "PAK")]


def test_a_region_of_a_state_after_a_locative_is_still_where():
    assert events_of("美国国务卿在乌克兰西部会见了波兰外长。") == [("CONSULT", "USA", "POL")]


def test_a_run_of_abbreviations_the_entity_stage_named_in_part():
    assert ("CONSULT", "CHN", "CUB") in events_of("中古两国外长在北京举行会谈。")


def test_common_synonyms_of_sanctions_aid_visits_and_drills():
    assert events_of("韩国宣布停止进口朝鲜煤炭。") == [("SANCTION", "KOR", "PRK")]
    assert events_of("德国已向波兰交付两套防空系统。") == [("AID", "DEU", "POL")]
    assert events_of("法国总统马克龙飞抵河内，开始对越南的国事访问。")[:1] == [("CONSULT", "FRA", "VNM")]
    assert events_of("日本与澳大利亚举行联演。") == [("COOPERATE", "JPN", "AUS")]
    assert events_of("俄罗斯向乌克兰发射了数十架无人机。") == [("ASSAULT", "RUS", "UKR")]


def test_a_launch_with_no_one_it_is_aimed_at_is_no_attack():
    assert events_of("印度成功发射一颗气象卫星。") == []


def test_a_sending_takes_its_type_from_what_is_sent():
    assert events_of("中国向缅甸派出医疗队。") == [("AID", "CHN", "MMR")]
    assert events_of("俄罗斯向白俄罗斯派遣部队。") == [("MOBILIZE", "RUS", "BLR")]


def test_a_crowds_demonstration_with_no_foreign_target_is_domestic():
    assert events_of("上万名格鲁吉亚民众在第比利斯举行示威。") == [("PROTEST", "GEO", "GEO")]
    assert events_of("数百名菲律宾民众在中国驻菲律宾大使馆前举行抗议。") == [("PROTEST", "PHL", "CHN")]


def test_an_event_noun_with_a_possessor_is_a_thing_not_an_act():
    assert events_of("以色列拒绝了埃及的停火建议。") == [("REJECT", "ISR", "EGY")]
    assert events_of("印度拒绝了巴基斯坦的谈判请求。") == [("REJECT", "IND", "PAK")]
    assert events_of("澳大利亚向斐济捐赠两艘巡逻船。") == [("AID", "AUS", "FJI")]


def test_a_project_a_firm_of_one_state_builds_for_another():
    assert events_of("中国企业承建的巴基斯坦水电站顺利完工。") == [("COOPERATE", "CHN", "PAK")]
    assert events_of("中国公司承建的项目进展顺利。") == []


def test_a_trip_named_by_its_destination_is_a_visit():
    assert events_of("马克龙结束了为期三天的越南之行。") == [("CONSULT", "FRA", "VNM")]


def test_a_delivery_is_aid_only_when_made_to_a_party():
    assert events_of("这批直升机已经全部交付泰国陆军。") == []


def test_an_arrival_of_craft_or_weapons_is_no_visit():
    assert events_of("这是法国战机首次飞抵印度尼西亚。") == []


def test_giving_a_benefit_is_no_aid():
    assert events_of("两国合作为地区发展提供了新机遇。") == []


def test_a_launch_is_an_attack_only_when_aimed_at_a_party():
    assert events_of("早在多年前，日本就抢在我国之前发射了一颗试验卫星。") == []
