"""The clickbait model: features of short titles written for the test, the committed weights
and where they come from, and a logistic regression fitted on a handful of made-up titles."""
from __future__ import annotations

import json
from importlib import resources

import newsfacts
from newsfacts.stages import clickbait
from newsfacts.eval.clickbait_training import Example, Settings, accuracy, fit, folds


def test_ngrams_mark_the_ends_and_hide_the_values_of_numbers_and_latin_words():
    grams = clickbait.ngrams("油价涨了12%？", (1, 2))
    assert {"^油", "？$", "0%", "了0"} <= grams
    assert not any("1" in g for g in grams)
    assert "A版" in clickbait.ngrams("iPhone版", (2,))


def test_features_are_the_signal_kinds_and_the_ngrams():
    assert clickbait.feature_set("谁赢了", ["bait:竟然", "question"], (1,)) == {
        "signal:bait", "signal:question", "ngram:^", "ngram:$", "ngram:谁", "ngram:赢", "ngram:了"}


def test_committed_model_is_trained_on_gold_titles_only_and_says_so():
    raw = json.loads(resources.files("newsfacts").joinpath("data", "headlines", clickbait.MODEL_FILE).read_text("utf-8"))
    assert "dev.jsonl" in raw["about"] and "HanCD" not in raw["about"] and "check" not in raw["about"]
    assert raw["titles"] >= 100 and 0.5 < raw["cross_validated_accuracy"] <= 1
    model = clickbait.model()
    assert model.weights["signal:question"] > 0 and model.weights["signal:counted_fact"] < 0


def test_score_names_the_signals_that_pushed_hardest_first():
    model = clickbait.Model(bias=-1.0, weights={"signal:question": 2.0, "signal:source_prefix": -1.0,
                                                "ngram:为何": 0.8, "ngram:的": 0.01})
    probability, named = clickbait.score("专家：为何的？", ["question", "source_prefix"], model)
    assert abs(probability - 1 / (1 + 2.718281828 ** -0.81)) < 1e-3
    assert named == ["question", "ngram:为何", "source_prefix"]


def test_question_teaser_scores_above_a_counted_report():
    teaser = newsfacts.analyze_text("这个国家为何突然变了？\n\n周一，印尼政府宣布提高最低工资标准。")
    report = newsfacts.analyze_text("印尼最低工资上调5% 明年1月起执行\n\n周一，印尼政府宣布将最低工资上调5%。")
    assert teaser.clickbait is True and report.clickbait is False
    assert teaser.clickbait_score > report.clickbait_score
    assert "question" in teaser.clickbait_signals and "counted_fact" in report.clickbait_signals


def made_up_titles() -> list[Example]:
    bait = [Example(f"竟然{i}？", ("question",), True) for i in "甲乙丙丁戊己"]
    plain = [Example(f"{i}市公布规划", ("counted_fact",), False) for i in "甲乙丙丁戊己"]
    return bait + plain


def test_fit_separates_made_up_titles_and_weights_the_telling_features():
    examples = made_up_titles()
    model = fit(examples, Settings(l2=1.0, signal_l2=1.0, ngram_sizes=(1,)))
    assert accuracy(model, examples) == 1.0
    assert model.weights["signal:question"] > 0 > model.weights["signal:counted_fact"]
    assert model.weights["ngram:竟"] > 0.1  # only in the bait titles
    assert abs(model.weights.get("ngram:甲", 0.0)) < 0.01  # as often in either class


def test_folds_are_stratified_and_cover_every_title_once():
    examples = made_up_titles()
    parts = folds(examples, seed=0)
    assert sorted(i for part in parts for i in part) == list(range(len(examples)))
    assert all(sum(examples[i].clickbait for i in part) in (1, 2) for part in parts)


def test_signed_fit_leaves_out_a_bait_cue_that_would_lower_the_score():
    examples = made_up_titles()
    examples = examples[:6] + [Example(e.title, e.signals + ("address:我们",), False) for e in examples[6:9]] + examples[9:]
    unsigned = fit(examples, Settings(l2=1.0, signal_l2=1.0, ngram_sizes=()))
    signed = fit(examples, Settings(l2=1.0, signal_l2=1.0, ngram_sizes=(), signed=True))
    assert unsigned.weights["signal:address"] < 0
    assert "signal:address" not in signed.weights and signed.weights["signal:counted_fact"] < 0


def test_the_shape_of_a_title_keeps_its_style_characters_and_punctuation():
    assert clickbait.title_shape("这3个星座太准了！") == "这3个xx太x了！"
    assert clickbait.title_shape("外交部：中方回应") == "xxx：xxxx"


def test_shape_ngrams_hold_only_style_characters_punctuation_and_the_ends():
    features = clickbait.feature_set("这个国家为何变了？", [], (1, 2), shape=True)
    assert {"ngram:这个", "ngram:为何", "ngram:了？", "ngram:？$"} <= features
    assert not any("国" in f or "A" in f or "x" in f for f in features)


def test_wording_signals_of_teasers():
    assert "listicle" in clickbait.title_signals("这5种食物千万别空腹吃")
    assert "ellipsis" in clickbait.title_signals("他走进房间之后…")
    assert any(s.startswith("emotion:") for s in clickbait.title_signals("老人独自守店十年，看哭网友"))
    assert clickbait.title_signals("市政府公布5项新规") == ["counted_fact"]


def test_the_title_verdict_is_no_clickbait_signal():
    doc = newsfacts.analyze_text("两国外长将于下周会晤\n\n两国外交部周二均否认了外长将于下周会晤的消息。")
    assert doc.headlines[0].verdict == "unsupported"
    assert not {"unsupported", "overstated"} & set(doc.clickbait_signals)


def test_an_emotion_character_inside_an_everyday_word_is_no_emotion():
    assert not any(s.startswith("emotion:") for s in clickbait.title_signals("新手机开售当天黄牛加价转卖"))
    assert not any(s.startswith("emotion:") for s in clickbait.title_signals("专家称今年恐怕难以完工"))
    assert "emotion:牛" in clickbait.title_signals("这个少年太牛了")
    assert "emotion:怕" in clickbait.title_signals("他们到底在怕什么")
