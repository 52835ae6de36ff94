"""Round 19: mechanisms found on a fresh held-out set of real articles annotated by helpers (kept
outside the repository): an officer of an international body acts for the body, an act's object that is
a relative clause, 双方 after a pair of which one side is no state, advice to others is no intent, and
opposition met in a passive. Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts
from conftest import events_of


def _events_on(body: str, published_at: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_an_officer_of_an_international_body_acts_for_the_body_not_for_his_home_state():
    # 法基 (chair of the AU Commission until 2025) is Chadian; in office he speaks for the AU, which has no code
    assert _events_on("王毅周五会见了非盟委员会主席法基。", "2023-01-13T10:00:00") == []
    assert events_of("王毅周五会见了联合国秘书长古特雷斯。") == [("CONSULT", "CHN", "UN")]
    # a former officer is a person of his own state again
    assert events_of("王毅周五会见了前联合国秘书长潘基文。") == [("CONSULT", "CHN", "KOR")]


def test_the_object_of_an_act_that_is_a_relative_clause_is_its_head_noun():
    # the gunmen who attacked Americans are not Americans, and their attack is no act of Israel
    assert events_of("以色列警方周二抓获了袭击美国游客的枪手。") == []
    assert events_of("巴基斯坦军队击毙了绑架中国工程师的武装分子。") == []
    found = set(events_of("美国财政部制裁了向俄罗斯出售无人机的伊朗公司。"))
    assert ("SANCTION", "USA", "IRN") in found and ("SANCTION", "USA", "RUS") not in found


def test_a_clause_with_its_own_subject_after_the_verb_is_no_relative_clause():
    assert ("ACCUSE", "FRA", "RUS") in events_of("法国谴责俄罗斯袭击乌克兰的行为。")


def test_both_sides_after_a_pair_with_a_side_of_no_state_are_no_states():
    found = events_of("中美两国元首上周举行会晤。王毅说，中非关系密切，双方在国际事务中相互支持。")
    assert found == [("CONSULT", "CHN", "USA")]  # 双方 are China and Africa, not China and the US


def test_two_states_named_with_a_region_keep_both_sides():
    found = events_of("今年中德、中欧关系都面临新的变数，两国领导人这次面对面会晤，意义不言而喻。")
    assert ("CONSULT", "CHN", "DEU") in found


def test_cooperation_a_speaker_advises_others_to_seek_is_not_their_agreement():
    assert not [e for e in events_of("匈牙利外长西雅尔多表示，欧盟应当同中国开展务实合作。") if e[0] == "AGREE"]
    # a speaker's own side calling for cooperation it takes part in is an expressed intent (PLOVER AGREE)
    assert ("AGREE", "CHN", "DEU") in events_of("王毅表示，中国应同德国加强合作。")


def test_opposition_met_in_a_passive_is_a_rejection_by_its_agent():
    assert ("REJECT", "RUS", "UKR") in events_of("乌克兰提出的停火计划遭到俄罗斯的坚决反对。")
    found = events_of("乌克兰要求俄罗斯撤军。这一要求遭到俄罗斯明确反对。")
    assert ("REJECT", "RUS", "UKR") in found
    assert not [e for e in events_of("反对党领袖批评了政府的预算。") if e[0] == "REJECT"]


def test_the_us_and_the_west_written_as_one_word_act_as_the_united_states():
    assert events_of("美西方对伊朗实施了新一轮制裁。") == [("SANCTION", "USA", "IRN")]
    assert events_of("美西方国家一再向乌克兰运送武器。") == [("AID", "USA", "UKR")]


def test_the_party_opening_a_topic_clause_does_the_act_in_it():
    # the clause after 对于/针对 is what the speaker answers; the party opening it made the accusation
    assert ("ACCUSE", "FRA", "ITA") in events_of("对于法国指责意大利放任非法移民，意大利外长回应称，这不是事实。")
    assert ("ACCUSE", "FRA", "ITA") in events_of("针对法国指责意大利放任非法移民，意大利外长回应称，这不是事实。")
    # a party after 对于 that only names the topic (对于X而言) does nothing
    assert not [e for e in events_of("对于印度而言，这些武器在国际市场上很受欢迎。") if e[1] == "IND"]


def test_a_ban_on_goods_a_state_makes_is_aimed_at_that_state():
    assert events_of("美国国防部禁止采购中国生产的无人机。") == [("SANCTION", "USA", "CHN")]


def test_a_trade_war_waged_on_a_state_is_a_sanction():
    assert events_of("美国对中国发动贸易战。") == [("SANCTION", "USA", "CHN")]
    assert events_of("美国主动挑起对华贸易战。") == [("SANCTION", "USA", "CHN")]
    assert events_of("贸易战没有赢家。") == []


def test_no_intent_to_act_is_no_act_and_no_agreement():
    assert events_of("美国目前没有计划向乌克兰提供远程导弹。") == []
    assert events_of("日本不打算对俄罗斯实施新的制裁。") == []


def test_people_counted_after_dui_are_acted_on_not_the_doers():
    assert events_of("乌克兰总统8日签署法令，对12名俄罗斯商人实施制裁。") == [("SANCTION", "UKR", "RUS")]
    assert events_of("美国对多名中国商人实施制裁。") == [("SANCTION", "USA", "CHN")]
    assert events_of("中国商人对美国企业提起诉讼。") == []  # businessmen who act are no state


def test_a_legal_step_against_a_bare_title_is_the_doers_own_state_acting():
    assert events_of("秘鲁国会周五投票弹劾总统。") == [("ACCUSE", "PER", "PER")]
    found = events_of("秘鲁国会弹劾了总统，总统随即被警方拘留。")
    assert found == [("ACCUSE", "PER", "PER"), ("COERCE", "PER", "PER")]
    assert events_of("秘鲁总统随即被警方拘留。") == [("COERCE", "PER", "PER")]


def test_the_subject_after_a_relative_clause_opened_by_adverbs_does_the_main_act():
    found = set(events_of("曾多次被美国制裁的伊朗石油部长本周访问了委内瑞拉。"))
    assert found == {("SANCTION", "USA", "IRN"), ("CONSULT", "IRN", "VEN")}


def test_counter_measures_announced_with_no_object_answer_the_act_told_before():
    for body in ("美国宣布对三家中国企业实施制裁。对此，中方宣布采取反制措施。",
                 "美国宣布对三家中国企业实施制裁。中方随即宣布采取反制措施。"):
        assert set(events_of(body)) == {("SANCTION", "USA", "CHN"), ("SANCTION", "CHN", "USA")}
    assert events_of("中方决定采取反制措施。") == []  # against no one told


def test_the_object_noun_phrase_of_a_verb_is_no_relative_clause():
    # 的 closes the amount of aid, not a clause whose head does the giving
    found = set(events_of("欧盟领导人同意向乌克兰提供500亿欧元的援助。"))
    assert ("AID", "EU", "UKR") in found


def test_a_vow_to_respond_in_a_clause_that_goes_on_is_the_subjects_threat():
    found = set(events_of("以色列此前对伊朗发动了空袭。伊朗方面称击落了部分来袭目标，并誓言作出回应。"))
    assert ("THREATEN", "IRN", "ISR") in found
    assert ("THREATEN", "IRN", "ISR") in set(events_of("以色列此前对伊朗发动了空袭。伊朗誓言予以报复。"))


def test_a_state_s_forces_posted_in_another_state_are_its_own():
    assert events_of("伊朗周二向驻伊拉克美军基地发射导弹。") == [("ASSAULT", "IRN", "USA")]


def test_the_state_council_s_premier_is_china_s_though_a_foreign_namesake_follows():
    found = events_of("国务院总理周一在北京会见了越南领导人苏林。美国国务院对此未置评。")
    assert found == [("CONSULT", "CHN", "VNM")]


def test_a_vetoed_plan_is_no_act_of_the_vetoer():
    found = events_of("在周四的欧盟峰会上，匈牙利否决了欧盟向乌克兰提供援助的计划。")
    assert ("AID", "HUN", "UKR") not in found and ("REJECT", "HUN", "EU") in found
