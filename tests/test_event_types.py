"""A warning's type from its frame: a threat when it states a consequence, a demand when it only
tells the other side what to do."""
from __future__ import annotations

import newsfacts
from conftest import events_of


def test_a_warning_that_only_tells_what_to_do_is_a_demand():
    assert events_of("俄罗斯警告美国不要向乌克兰提供导弹。") == [("REQUEST", "RUS", "USA")]
    assert events_of("俄罗斯外长警告称：“美国不要向乌克兰提供导弹。”") == [("REQUEST", "RUS", "USA")]


def test_a_warning_with_a_consequence_is_a_threat():
    assert ("THREATEN", "RUS", "USA") in events_of("俄罗斯警告美国，如果向乌克兰提供导弹，俄方将采取反制措施。")
    assert events_of("朝鲜警告美国不要挑衅，否则将付出代价。") == [("THREATEN", "PRK", "USA")]
    assert ("THREATEN", "RUS", "USA") in events_of("俄罗斯外长警告称：“如果美国向乌克兰提供导弹，俄方将予以回击。”")


def test_a_drill_with_a_partner_is_military_cooperation():
    # CAMEO: joining a drill is 062 (PLOVER COOPERATE), conducting one alone is 150 (MOBILIZE)
    assert events_of("俄罗斯与白俄罗斯本周在边境附近举行军事演习。") == [("COOPERATE", "RUS", "BLR")]
    assert events_of("中俄两国海军在日本海举行演习。") == [("COOPERATE", "CHN", "RUS")]
    assert events_of("日本邀请澳大利亚参加本月的军事演习。") == [("COOPERATE", "JPN", "AUS")]


def test_a_drill_aimed_at_another_state_is_a_show_of_force():
    assert events_of("美国针对朝鲜举行大规模军事演习。") == [("MOBILIZE", "USA", "PRK")]
    # 通知 tells the other side of the drill; it does not make it a partner
    assert events_of("土耳其已通知希腊即将举行海上军事演习。") == [("MOBILIZE", "TUR", "GRC")]


def test_a_joint_drill_word_with_no_partner_named_is_not_cooperation_with_a_bystander():
    found = events_of("美国海军在南海举行联合演习，中国对此表示不满。")
    assert not any(e[0] == "COOPERATE" for e in found)


def test_an_attack_in_words_is_criticism():
    assert events_of("美国媒体恶意攻击中国的人权状况。") == [("ACCUSE", "USA", "CHN")]
    assert events_of("日本右翼势力攻击中国政府。") == [("ACCUSE", "JPN", "CHN")]


def test_an_attack_with_arms_stays_an_assault():
    assert events_of("俄罗斯对乌克兰发动导弹攻击。") == [("ASSAULT", "RUS", "UKR")]
    assert events_of("乌克兰无人机攻击了俄罗斯的炼油厂。") == [("ASSAULT", "UKR", "RUS")]


def test_a_states_protest_is_an_accusation_and_a_crowds_a_demonstration():
    assert events_of("中国向日本抗议。") == [("ACCUSE", "CHN", "JPN")]
    assert events_of("韩国民众走上街头，抗议日本排放核污水。") == [("PROTEST", "KOR", "JPN")]


def test_a_smear_by_the_doer_is_an_accusation_not_a_defence():
    from newsfacts.model import Span
    from newsfacts.stages.event_types import defended
    text = "美国近日再次诋毁中国。古巴坚决反对诋毁中国。"
    first = text.index("诋毁")
    second = text.index("诋毁", first + 1)
    mention = lambda at: Span(at + 2, at + 4, "中国")
    # the trigger is the smear itself: the doer smears the one named after it
    assert not defended(text, [mention(first)], Span(first, first + 2, "诋毁"))
    # opposing the smear stands by the one smeared, with or without the trigger given
    assert defended(text, [mention(second)], Span(second, second + 2, "诋毁"))
    assert defended(text, [mention(first)])


def test_a_smear_reported_in_a_sentence_is_an_accusation():
    from tests.test_event_background import events_of
    assert [e[:3] for e in events_of("美国近日再次诋毁中国。")] == [("ACCUSE", "USA", "CHN")]
    assert [e[:3] for e in events_of("虽然美国一再诋毁中国，中国经济仍在增长。")] == [("ACCUSE", "USA", "CHN")]
