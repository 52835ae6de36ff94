"""Events told by set phrases (event_formulas.py): the unspecified threat against the party just
criticised, mediation from the mediator to each side, captives handed over. Sentences written for
the test."""
from __future__ import annotations

from conftest import events_of


def test_a_promised_response_threatens_the_party_just_criticised():
    found = events_of("发言人说，中方坚决反对美方滥用出口管制。中方将采取必要措施，维护本国企业的权益。")
    assert ("THREATEN", "CHN", "USA") in found
    assert ("THREATEN", "RUS", "GBR") in events_of("俄外交部表示，英国的决定违反国际法，俄方将作出回应。")


def test_a_promised_response_after_a_demand_threatens_the_party_asked():
    found = events_of("中国外交部发言人敦促欧方停止错误做法，并表示中方将采取一切必要措施。")
    assert ("REQUEST", "CHN", "EU") in found and ("THREATEN", "CHN", "EU") in found


def test_a_refused_or_self_conditioned_response_is_no_threat():
    assert not [e for e in events_of("日本批评俄罗斯。俄方不会作出回应。") if e[0] == "THREATEN"]
    assert not [e for e in events_of("中方表示，如果中方的利益受到损害，中方将采取必要措施。") if e[0] == "THREATEN"]


def test_a_mediator_consults_each_side():
    found = events_of("在土耳其的斡旋下，俄罗斯与乌克兰10日在伊斯坦布尔举行了会谈。")
    assert ("CONSULT", "TUR", "RUS") in found and ("CONSULT", "TUR", "UKR") in found
    found = events_of("经卡塔尔斡旋，以色列向黎巴嫩移交了5名被扣押人员。")
    assert ("CONSULT", "QAT", "ISR") in found and ("CONSULT", "QAT", "LBN") in found


def test_a_mediator_not_named_gives_no_event():
    assert not [e for e in events_of("经其斡旋，双方停止了交火。") if e[1] == "CONSULT"]


def test_captives_handed_over_are_a_release_to_the_receiving_side():
    assert ("RETREAT", "RUS", "UKR") in events_of("俄罗斯国防部说，俄方向乌方移交了90名乌军战俘。")
    # handing over anything else (权力, 文件) is no release
    assert not [e for e in events_of("法国向德国移交了一批文件。") if e[0] == "RETREAT"]


def test_the_grounds_given_for_an_act_are_no_act():
    found = events_of("欧盟对三家伊朗企业实施制裁，理由是这些企业帮助俄罗斯制造无人机。")
    assert found == [("SANCTION", "EU", "IRN")]


def test_an_act_that_others_welcome_is_no_act_of_the_welcomers():
    found = events_of("德国和法国对伊朗与美国的会谈表示欢迎。")
    assert not [e for e in found if e[0] == "CONSULT"]
    assert not [e for e in events_of("日本对中国的援助表示感谢。") if e[0] == "AID"]


def test_a_joint_statement_calling_on_another_state_is_no_agreement_among_its_issuers():
    found = events_of("英国、法国和德国外长发表联合声明，呼吁伊朗恢复合作。")
    assert sorted(found) == [("REQUEST", "DEU", "IRN"), ("REQUEST", "FRA", "IRN"), ("REQUEST", "GBR", "IRN")]
    # with nobody else named, the issuers' statement stays their agreement (test_events_parties)
    assert ("AGREE", "CHN", "RUS") in events_of("中国、俄罗斯和伊朗发表联合声明。")


def test_a_package_of_sanction_measures_adopted_is_a_sanction():
    # 制裁措施 is one word to the tagger; the bare 制裁 inside it matched nothing
    assert events_of("欧盟通过了新一轮对俄制裁措施。") == [("SANCTION", "EU", "RUS")]
    assert events_of("美国取消了对古巴的制裁措施。") == [("RETREAT", "USA", "CUB")]
