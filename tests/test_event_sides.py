"""Source and target of events whose trigger and type are right (issue 15, classes 3-5, round 7): a
coordinated subject acts jointly and is no target of itself; an act answered 对此 (on this) takes the
party of the clause before; 对方 (and 其 in the same sentence) is the one other party just named; a
topic opened by 针对 names the doers of the act in it; a critic's bare 当局/政府 is his own government;
the party after 就 (about) is the target of a protest; a quoted slogan in another clause, a place
someone goes to, or a party inside a rejected call is no target; a bloc of no code, not the speaker,
does what it is said to do; and a state's body or titled person unknown to the knowledge base acts
for the state its name opens with. Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts


def events_of(body: str, kind: str | None = None) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2024-03-01T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"] if kind in (None, e["type"])]


def test_a_coordinated_subject_with_no_object_is_not_source_and_target():
    found = events_of("朝鲜试射一枚导弹，韩国和日本强烈谴责。", "ACCUSE")
    assert ("ACCUSE", "KOR", "JPN") not in found
    assert sorted(found) == [("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")]


def test_condemnation_given_with_a_light_verb_takes_the_earlier_doer():
    assert events_of("朝鲜试射一枚导弹，韩国对此予以谴责。", "ACCUSE") == [("ACCUSE", "KOR", "PRK")]
    assert sorted(events_of("朝鲜试射一枚导弹，韩国和日本对此予以谴责。", "ACCUSE")) == [
        ("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")]


def test_a_coordinated_subject_with_an_object_keeps_both_sources():
    assert sorted(events_of("韩国和日本对朝鲜予以谴责。")) == [("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")]


def test_a_with_verb_still_pairs_the_coordinated_parties():
    assert events_of("法国和德国举行会谈。") == [("CONSULT", "FRA", "DEU")]


def test_a_topic_opened_by_zhendui_names_the_doers_of_its_act():
    found = events_of("针对美日近期的频繁勾连和渲染所谓“中国威胁”，中方表示强烈不满。", "ACCUSE")
    assert ("ACCUSE", "USA", "CHN") in found and ("ACCUSE", "JPN", "CHN") in found
    assert ("ACCUSE", "JPN", "USA") not in found


def test_zhendui_with_a_verb_of_doing_is_still_against_the_party():
    assert events_of("美国宣布针对中国企业和个人进行新的制裁。") == [("SANCTION", "USA", "CHN")]
    assert events_of("俄罗斯针对乌克兰发动袭击。") == [("ASSAULT", "RUS", "UKR")]


def test_a_critic_of_his_bare_government_accuses_his_own_state():
    found = events_of("韩国议员质疑，政府派人去美国参加会议毫无意义。", "ACCUSE")
    assert ("ACCUSE", "KOR", "KOR") in found and ("ACCUSE", "KOR", "USA") not in found
    assert ("ACCUSE", "USA", "USA") in events_of("美国参议员批评，政府官员前往中国访问。", "ACCUSE")


def test_a_foreign_state_named_first_is_still_the_target():
    assert events_of("俄罗斯外交部发言人批评，乌克兰当局前往西方寻求武器。") == [("ACCUSE", "RUS", "UKR")]


def test_a_quoted_slogan_in_another_clause_is_no_target():
    # “两个中国” names no party acted on; the spokesman's words of a scheme (企图) accuse the authorities
    assert events_of("国台办发言人表示，民进党当局反复炒作所谓参与国际组织问题，企图制造“两个中国”。") == \
        [("ACCUSE", "CHN", "TWN")]


def test_a_quoted_slogan_as_the_verbs_own_object_stays_the_target():
    assert sorted(events_of("美日近来频繁互动，渲染所谓“中国威胁”。")) == [("ACCUSE", "JPN", "CHN"), ("ACCUSE", "USA", "CHN")]


def test_an_unknown_air_force_acts_for_the_state_it_names():
    assert events_of("越南空军经过比较后，向俄罗斯订购了战机。") == [("COOPERATE", "VNM", "RUS")]
    record = newsfacts.analyze_text("测试标题\n\n越南空军经过比较后，向俄罗斯订购了战机。").to_dict()
    force = next(e for e in record["entities"] if e["name"] == "越南空军")
    assert force["type"] == "ORG"  # coded for events, still the body it is


def test_a_body_that_is_no_state_organ_gets_no_state():
    record = newsfacts.analyze_text("测试标题\n\n越南文学研究会发表声明。").to_dict()
    assert all(e.get("country") in (None, "") for e in record["entities"] if e["name"].startswith("越南文学"))


def test_a_place_someone_goes_to_is_not_whom_a_statement_is_aimed_at():
    found = events_of("台湾议员质疑，花大笔钱去日本开设公司，现场却不能用自己的名字。", "ACCUSE")
    assert ("ACCUSE", "TWN", "JPN") not in found


def test_the_one_who_goes_is_still_the_target():
    assert events_of("俄罗斯指责，英国派军舰前往黑海挑衅。", "ACCUSE") == [("ACCUSE", "RUS", "GBR")]


def test_the_other_side_is_the_one_other_party_of_the_sentence_before():
    assert events_of("俄罗斯和乌克兰举行会谈。俄方指责对方缺乏诚意。", "ACCUSE") == [("ACCUSE", "RUS", "UKR")]


def test_the_other_side_among_several_parties_is_no_one():
    assert events_of("美国、英国和法国举行会谈。美方指责对方缺乏诚意。", "ACCUSE") == []


def test_a_state_and_a_title_read_as_one_name_act_for_the_state():
    assert events_of("沙特王储会见了美国国务卿。") == [("CONSULT", "SAU", "USA")]


def test_the_party_inside_a_rejected_call_is_not_the_one_rejected():
    assert events_of("巴西拒绝响应西方发出的制裁伊朗的呼吁。", "REJECT") == []
    assert events_of("印度拒绝了美国提出的制裁俄罗斯的要求。", "REJECT") == [("REJECT", "IND", "USA")]
    assert events_of("印度拒绝了俄罗斯的要求。", "REJECT") == [("REJECT", "IND", "RUS")]


def test_a_bloc_of_no_code_does_the_act_not_the_speaker():
    assert events_of("俄罗斯外长拉夫罗夫表示，西方国家正在向乌克兰输送武器。", "AID") == []
    assert events_of("俄罗斯外长拉夫罗夫表示，美国正在向乌克兰输送武器。", "AID") == [("AID", "USA", "UKR")]


def test_its_after_the_verb_is_the_other_party_of_the_sentence():
    assert events_of("美国国务卿会见了以色列总理，表示支持其自卫权。", "SUPPORT") == [("SUPPORT", "USA", "ISR")]
    assert events_of("美国总统表示将加强其在亚洲的军事存在。") == []


def test_the_party_after_about_is_the_target_of_a_protest_not_its_source():
    found = events_of("日本外务省当天召见中国驻日大使，就中国海警船进入相关海域提出抗议。", "ACCUSE")
    assert found == [("ACCUSE", "JPN", "CHN")]
    assert events_of("美国就乌克兰问题向俄罗斯发出警告。") == [("THREATEN", "USA", "RUS")]
