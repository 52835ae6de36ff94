"""The trigger-lexicon generalisation measure (newsfacts.eval.trigger_generalisation): coverage of gold
triggers counted with the trigger's own article held out, and lexicon changes learned from other articles."""
from newsfacts.eval.trigger_generalisation import _learned, coverage
from newsfacts.stages.event_triggers import Trigger, triggers


def _article(*events):
    return {"events": [{"type": t, "trigger": w, "source": "USA", "target": "CHN"} for w, t in events]}


def test_a_trigger_only_its_own_article_uses_counts_as_unseen_elsewhere():
    lexicon = {"会谈": Trigger("会谈", "CONSULT", "040", "with")}
    gold = [_article(("会谈", "CONSULT"), ("斡旋", "CONSULT")), _article(("会谈", "CONSULT"))]
    counts = coverage(gold, lexicon)
    assert counts["events"] == 3
    assert counts["in lexicon, seen elsewhere"] == 2
    assert counts["not in lexicon, this article only"] == 1


def test_a_longer_gold_trigger_holding_a_lexicon_word_is_covered():
    lexicon = {"会谈": Trigger("会谈", "CONSULT", "040", "with")}
    counts = coverage([_article(("举行会谈", "CONSULT"))], lexicon)
    assert counts["in lexicon"] == 1 and "exact lexicon word" not in counts


def test_learned_additions_need_the_word_in_enough_training_articles():
    word = "斡旋调停"
    assert word not in triggers()
    gold = [_article((word, "CONSULT")), _article((word, "CONSULT")), _article((word, "AID"))]
    assert word not in _learned(gold, [0], 2, retype=False)
    added = _learned(gold, [0, 1, 2], 2, retype=False)[word]
    assert added.type == "CONSULT"  # the majority type of its gold events


def test_retyping_follows_a_majority_of_gold_types():
    word, kind = next((w, t.type) for w, t in triggers().items() if t.type == "CONSULT")
    gold = [_article((word, "AGREE")), _article((word, "AGREE")), _article((word, "CONSULT"))]
    assert _learned(gold, [0, 1, 2], 2, retype=True)[word].type == "AGREE"
    assert word not in _learned(gold, [0, 2], 2, retype=True)  # one AGREE and one CONSULT: no majority
