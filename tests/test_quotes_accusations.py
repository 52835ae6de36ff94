"""An accusing cue whose object names a doer and a deed (指责X做了Y, 批评X与Y勾结) reports a statement,
also after a clause that issues it (发表声明，指责……); a noun phrase after the cue, or a standing
mutual quarrel (双方指责对方……), reports none. Short passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_accusation_of_a_deed_is_a_statement_but_not_of_a_noun_phrase():
    assert quotes_of("张伟指责邻国军队越境抢走了三名渔民。") == [
        ("张伟", "指责", "邻国军队越境抢走了三名渔民", "indirect")]
    assert quotes_of("李四批评美方推行的霸权政策。") == []
    assert quotes_of("外交部批评美方的霸权行径和双重标准。") == []


def test_accusation_after_a_statement_issued():
    found = quotes_of("王五当天发表声明，指责边境民兵对这座小镇发动了“卑鄙的”偷袭。")
    assert [(s, c, t) for s, c, t, _ in found] == [("王五", "指责", "边境民兵对这座小镇发动了“卑鄙的”偷袭")]


def test_criticism_of_an_act_with_a_counted_doer():
    assert quotes_of("赵六批评两名官员收受了贿赂。") == [("赵六", "批评", "两名官员收受了贿赂", "indirect")]


def test_accusing_the_other_side_or_in_a_relative_clause_is_no_statement():
    assert quotes_of("两国都指责对方没有履行承诺。") == []
    assert quotes_of("很快，这些批评李梅的言论又从经济转向了外交。") == []
    assert quotes_of("孙强指责邻国扣押了两艘渔船。") == [("孙强", "指责", "邻国扣押了两艘渔船", "indirect")]


def test_a_place_word_as_the_doer_of_the_deed():
    found = quotes_of("外交部长林立周三指责西方在渔业问题上搞“两面手法”。")
    assert [(s, c, t) for s, c, t, _ in found] == [("林立", "指责", "西方在渔业问题上搞“两面手法”")]


def test_a_noun_phrase_with_a_verb_inside_then_its_quoted_predicate():
    found = quotes_of("外交部长林立周三批评北约部署的侦察部队“只会激化矛盾”。")
    assert [(s, c, t) for s, c, t, _ in found] == [("林立", "批评", "北约部署的侦察部队“只会激化矛盾”")]
    assert quotes_of("林立批评北约推行的政策。") == []
