"""Events missed on unseen articles (branch h14-evrec): a clause opening with 将/把 whose doer is the
subject before it, and the 其中包括 list that names who is among those acted on. Each case is a short
sentence written for the test, with a contrast that must not change."""
from __future__ import annotations

import newsfacts


def events_of(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_a_disposal_clause_acts_on_the_party_after_jiang():
    found = events_of("日本海上保安厅依法采取必要措施，将韩国渔船驱离。")
    assert ("COERCE", "JPN", "KOR") in found and ("COERCE", "KOR", "JPN") not in found


def test_a_future_jiang_opening_is_no_disposal():
    # 将于: the future, the party after the verb is the one visited
    assert events_of("日本海上保安厅表示，将于明天访问韩国。") == [("CONSULT", "JPN", "KOR")]


def test_the_included_list_names_every_target():
    found = events_of("日本上周对十余家外国航运公司实施限制，其中有两家土耳其和巴西的船东。")
    assert ("SANCTION", "JPN", "TUR") in found and ("SANCTION", "JPN", "BRA") in found


def test_the_included_list_ends_with_its_clause():
    found = events_of("欧盟对多家公司实施限制，其中有一家土耳其公司，巴西对此表示不满。")
    assert ("SANCTION", "EU", "TUR") in found and ("SANCTION", "EU", "BRA") not in found


def test_a_condition_with_a_veiled_consequence_is_a_threat():
    found = events_of("英国外交部发言人周三表示，如果阿根廷继续扩建军事设施，英国将不得不考虑其他选项。")
    assert ("THREATEN", "GBR", "ARG") in found


def test_other_options_with_no_condition_are_no_threat():
    found = events_of("英国外交部发言人周三表示，英国正在研究扩大与阿根廷贸易的其他选项。")
    assert not [e for e in found if e[0] == "THREATEN"]


def test_necessary_measures_threaten_only_under_a_condition():
    assert ("THREATEN", "IRN", "USA") in events_of("伊朗外长周五说，如果美方一边谈判一边加码施压，伊朗将采取必要措施。")
    assert not [e for e in events_of("伊朗外长周五说，伊朗将采取必要措施，保护本国在美国的公民。") if e[0] == "THREATEN"]


def test_a_statement_that_someone_eggs_another_on_accuses_each_named():
    found = events_of("伊朗外交部发言人周一称，美国和英国正在“怂恿以色列扩大冲突”。")
    assert ("ACCUSE", "IRN", "USA") in found and ("ACCUSE", "IRN", "GBR") in found


def test_a_neutral_statement_about_two_states_accuses_no_one():
    found = events_of("伊朗外交部发言人周一称，美国和英国正在加紧商讨能源合作。")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_every_capital_named_before_the_quoted_charge_is_accused():
    found = events_of("白俄罗斯外交部周二发表声明说，北约正在扩张。声明还指责柏林和华沙“借人道主义之名拖延和平进程”。")
    assert ("ACCUSE", "BLR", "DEU") in found and ("ACCUSE", "BLR", "POL") in found


def test_a_person_of_ones_own_state_criticised_stays_the_target():
    assert ("ACCUSE", "USA", "USA") in events_of("拜登当时批评特朗普“行事鲁莽”。")


def test_will_not_accept_rejects_the_state_named_after_it():
    assert ("REJECT", "TUR", "GRC") in events_of("土耳其总统府当天发表声明称，土耳其不会接受任何允许希腊扩大领海的安排。")


def test_will_not_accept_with_no_state_after_it_rejects_no_one():
    assert not events_of("土耳其总统府当天发表声明称，土耳其不会接受任何附加条件。")


def test_leaders_listed_with_their_titles_each_sign():
    found = events_of("德国总理默茨、意大利总理梅洛尼与波兰总统杜达当着二十多国代表的面，共同签署了一份联合文件。")
    assert ("AGREE", "DEU", "POL") in found and ("AGREE", "ITA", "POL") in found


def test_leaders_listed_with_their_titles_each_sanction():
    found = events_of("德国总理默茨和意大利总理梅洛尼宣布对俄罗斯实施制裁。")
    assert ("SANCTION", "DEU", "RUS") in found and ("SANCTION", "ITA", "RUS") in found


def test_a_together_clause_after_unrelated_subjects_takes_no_list():
    # the clause before names one state only: no second signer is invented
    found = events_of("德国总理默茨当着二十多国代表的面，共同签署了一份联合文件。")
    assert not [e for e in found if e[0] == "AGREE" and e[1] != "DEU"]


def test_restrictions_with_a_modifier_stay_one_sanction():
    # 实施新的限制措施: the lexicon's 限制措施 runs past the split reading 实施…限制 and is the trigger
    assert events_of("美国政府已对向俄罗斯出口芯片实施新的限制措施。") == [("SANCTION", "USA", "RUS")]
