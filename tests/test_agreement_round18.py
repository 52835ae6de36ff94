"""Round 18: a place name in a treaty's title is no run of state abbreviations (《巴塞罗那条约》 is not
巴 + 塞); a treaty that takes effect only after ratification is signed; a signing negated before its
partner (尚未与X签署) is not done. Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts


def parties_of(body: str) -> list[list[str]]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [sorted(a["parties"]) for a in record["agreements"]]


def test_a_place_name_opening_a_title_gives_no_parties_of_its_own():
    assert parties_of("西班牙和法国签署了《巴塞罗那条约》。") == [["ESP", "FRA"]]
    assert parties_of("美国和印度签署了《新德里联合声明》。") == [["IND", "USA"]]


def test_state_abbreviations_opening_a_title_still_name_its_parties():
    assert parties_of("中巴两国签署了《中巴经济走廊协议》。") == [["CHN", "PAK"]]
    assert parties_of("中俄签署了《中俄睦邻友好合作条约》。") == [["CHN", "RUS"]]


def states_of(body: str) -> list[str]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [a["state"] for a in record["agreements"]]


def test_a_signed_treaty_that_takes_effect_only_after_ratification_is_signed():
    assert states_of("日本和菲律宾签署了《互惠准入协定》，该协定需经两国议会批准后方能生效。") == ["signed"]
    assert states_of("美国和英国签署了一项贸易协议，但协议仍在等待议会批准。") == ["signed"]
    assert states_of("日本和菲律宾签署的《互惠准入协定》已正式生效。") == ["in_force"]


def test_a_signing_negated_before_its_partner_is_not_done():
    assert states_of("日本尚未与澳大利亚签署《情报共享协定》。") == ["negotiating"]
    assert states_of("日本已与澳大利亚签署《情报共享协定》。") == ["signed"]


def test_who_backs_or_criticises_an_agreement_is_no_party_to_it():
    assert parties_of("美国支持菲律宾与越南签署的海上合作协议。") == [["PHL", "VNM"]]
    assert parties_of("菲律宾与越南签署的海上合作协议遭到俄罗斯谴责。") == [["PHL", "VNM"]]
    assert parties_of("欧盟与英国达成的贸易协议遭到法国反对。") == [["EU", "GBR"]]


def test_an_agreement_condemned_keeps_its_signers_as_parties():
    assert parties_of("俄罗斯谴责美国与乌克兰签署的矿产协议。") == [["UKR", "USA"]]
    assert states_of("伊朗谴责美国与以色列签署的防务协议。") == ["signed"]
