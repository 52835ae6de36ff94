"""Constructions of international news whose act the trigger words alone missed (issue 15, round 7):
a light verb and its object noun split by a modifier (对X发起反倾销调查, 对X实施更严格的出口管制),
measures taken on a party (对X采取新的制裁措施), relations raised to a partnership (将两国关系提升为…),
messages of congratulation (向X致贺电), instruments deposited with the UN (向联合国交存批准书), a
sanction suspended (暂停对X的制裁), and the harm verb that is itself the act (X抹黑Y). Each case is a
short sentence written for the test."""
from __future__ import annotations

from conftest import events_of


def test_an_investigation_with_a_modifier_is_an_accusation():
    assert ("ACCUSE", "USA", "CHN") in events_of("美国商务部对中国企业发起反倾销调查。")
    assert ("ACCUSE", "EU", "CHN") in events_of("欧盟委员会对中国电动汽车展开反补贴调查。")


def test_a_survey_is_no_investigation():
    assert events_of("该机构对美国民众进行了问卷调查。") == []
    assert events_of("美国媒体对日本选民进行了民意调查。") == []


def test_an_investigation_with_no_party_acted_on_is_no_event():
    assert events_of("日本警方对这起事故展开全面调查。") == []


def test_controls_with_a_modifier_are_a_sanction():
    assert ("SANCTION", "USA", "CHN") in events_of("美国对中国实施更严格的出口管制。")
    assert ("SANCTION", "JPN", "KOR") in events_of("日本对韩国加强出口管制。")


def test_measures_taken_on_a_party_are_the_act_they_name():
    assert ("SANCTION", "USA", "IRN") in events_of("美国对伊朗采取新的制裁措施。")
    assert ("SANCTION", "RUS", "JPN") in events_of("俄罗斯对日本采取反制措施。")


def test_measures_spoken_of_are_no_act():
    # the measures are the subject of a judgement, not taken by anyone here
    assert events_of("制裁措施的效果有限。") == []


def test_relations_raised_to_a_partnership_are_an_agreement():
    assert ("AGREE", "CHN", "VNM") in events_of("中越两国领导人决定将双边关系提升为新的伙伴关系。")
    assert ("AGREE", "FRA", "IND") in events_of("法国和印度决定将两国关系升级为战略伙伴关系。")


def test_a_promotion_is_no_agreement():
    assert events_of("他被提升为副总理。") == []


def test_relations_raised_long_ago_are_background():
    assert events_of("两国关系提升为全面战略伙伴关系以来，双方交往不断增加。") == []


def test_a_message_of_congratulation_is_support():
    assert ("SUPPORT", "CHN", "FRA") in events_of("中国国家主席向法国总统致贺电。")
    assert ("SUPPORT", "JPN", "KOR") in events_of("日本首相向韩国新总统致贺信。")


def test_an_instrument_deposited_with_the_un_is_an_agreement():
    assert ("AGREE", "VNM", "UN") in events_of("越南政府向联合国交存了加入书。")


def test_a_bank_deposit_is_no_event():
    assert events_of("该银行向央行交存准备金。") == []


def test_a_suspended_sanction_is_a_retreat():
    found = events_of("美国决定暂停对伊朗的制裁。")
    assert ("RETREAT", "USA", "IRN") in found and ("SANCTION", "USA", "IRN") not in found


def test_a_suspended_import_is_still_a_sanction():
    assert ("SANCTION", "CHN", "JPN") in events_of("中方决定对日水产品暂停进口。")


def test_the_harm_verb_as_the_act_is_an_accusation():
    # 抹黑 is the act here; a third state opposing it would stand by China instead
    found = events_of("日本政府抹黑中国。")
    assert ("ACCUSE", "JPN", "CHN") in found and ("SUPPORT", "JPN", "CHN") not in found


def test_opposing_the_harm_still_defends():
    assert ("SUPPORT", "CUB", "CHN") in events_of("古巴外长表示，古方坚决反对任何国家干涉中国内政。")


def test_a_concern_voiced_with_its_object_after_the_verb_is_an_accusation():
    assert ("ACCUSE", "RUS", "USA") in events_of("俄罗斯外长表达了对美国新部署导弹的担忧。")


def test_a_concern_about_a_situation_accuses_no_one():
    # 乌克兰局势 is a topic; the partner of the earlier meeting is not the one accused
    found = events_of("法国总统会见了德国总理，并表达了对乌克兰局势的担忧。")
    assert ("ACCUSE", "FRA", "DEU") not in found and ("ACCUSE", "FRA", "UKR") not in found


def test_restrictions_imposed_on_a_party_are_a_sanction():
    assert ("SANCTION", "JPN", "RUS") in events_of("日本宣布对俄罗斯的机床进口商实施限制措施。")


def test_local_control_measures_are_no_sanction():
    assert events_of("某县对两个街道采取临时管控措施。") == []


def test_congratulations_exchanged_are_support():
    assert ("SUPPORT", "CHN", "BRA") in events_of("中国国家主席同巴西总统互致贺电。")


def test_a_message_named_by_its_addressee_is_support():
    assert ("SUPPORT", "CHN", "FRA") in events_of("中国国家主席在致法国总统的贺电中表示，两国关系发展良好。")
    assert ("SUPPORT", "JPN", "KOR") in events_of("日本首相致韩国总统的贺信全文如下。")


def test_a_private_message_is_no_event():
    assert events_of("他致朋友的贺信写得很长。") == []


def test_a_project_whose_name_opens_with_its_host_state():
    # the tagger may read the host state and its project as one place name
    assert ("COOPERATE", "CHN", "LAO") in events_of("中国企业承建的老挝水电站投入运营。")


def test_a_state_and_its_firm_read_as_one_name_is_the_builder():
    assert ("COOPERATE", "CHN", "KEN") in events_of("上月，由中国公司承建的肯尼亚新港口正式启用。")


def test_a_project_in_the_builders_own_state_is_no_event():
    assert events_of("中国公司承建的中国高铁正式通车。") == []


def test_an_offensive_with_a_modifier_is_an_assault():
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄罗斯对乌克兰发动了新一轮攻势。")


def test_a_dialogue_with_a_modifier_is_a_consultation():
    assert ("CONSULT", "CHN", "USA") in events_of("中国与美国举行了新一轮战略对话。")


def test_a_firms_lawsuit_is_no_act_of_a_state():
    assert events_of("该公司对竞争对手提起专利诉讼。") == []
