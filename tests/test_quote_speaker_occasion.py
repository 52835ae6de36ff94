"""Where the words were said is not who said them: an outlet told after the subject (一名军官对法新社透露)
listens, and a clause that is only the occasion (，随后在电视演讲中表示) leaves the sentence's
subject speaking. Short passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_outlet_told_after_an_unnamed_source_is_not_the_speaker():
    found = quotes_of("一名不愿具名的军官对法新社表示，这座桥是合法目标。")
    assert [(s, c) for s, c, _, _ in found] == [("一名不愿具名的军官", "表示")]  # the count opens the whole phrase, as the gold keeps it
    found = quotes_of("一名军官对法新社透露，这座桥是合法目标。")
    assert [(s, c) for s, c, _, _ in found] == [("一名军官", "透露")]


def test_a_pronoun_after_the_unnamed_source_keeps_it():
    found = quotes_of("王刚说，码头很安全。但该组织一名不愿具名的军官对法新社透露，这座桥是合法目标。"
                      "他还威胁称，袭击不会停止。")
    assert [s for s, _, _, _ in found] == ["王刚", "军官", "军官"]


def test_occasion_clause_leaves_the_subject_speaking():
    found = quotes_of("佩雷斯19日宣布全国进入紧急状态，随后在国家电视台演讲中表示，人民“绝不会屈服”。")
    assert [(s, c) for s, c, _, _ in found] == [("佩雷斯", "宣布"), ("佩雷斯", "表示")]


def test_the_one_asked_answers():
    assert quotes_of("布朗在被问及此事时说：“我们不排除任何选项。”") == [
        ("布朗", "说", "我们不排除任何选项。", "direct")]
    assert quotes_of("布朗被问及此事时表示，他不排除任何选项。") == [
        ("布朗", "表示", "他不排除任何选项", "indirect")]


def test_words_counted_before_the_quotation():
    assert quotes_of("布朗18日在机场被记者追问时仅说了一句：“无可奉告。”") == [
        ("布朗", "说", "无可奉告。", "direct")]


def test_a_body_described_then_named_in_quotation_marks():
    found = quotes_of("据路透社报道，索马里反政府武装“青年党”（AS）周一宣布，其部队已经进入港口城市。")
    assert [(s, c) for s, c, _, _ in found] == [("索马里反政府武装“青年党”（AS）", "宣布")]
    found = quotes_of("王刚称对手是“纸老虎”，周一宣布，将加税。")
    # the name in quotation marks speaks nowhere; 王刚's announcement, set off by a comma, is said too
    assert [(s, c) for s, c, _, _ in found] == [("王刚", "称"), ("王刚", "宣布")]


def test_the_one_asked_answers_with_an_adverb_before_the_verb():
    assert quotes_of("布朗在被问及相关传闻时只说，球队的决定与他无关。") == [
        ("布朗", "说", "球队的决定与他无关", "indirect")]
    assert quotes_of("布朗被问及此事时只说，他还在考虑。") == [("布朗", "说", "他还在考虑", "indirect")]


def test_an_outlet_told_with_a_place_before_its_name_listens():
    found = quotes_of("卫生部一名官员向当地《晨光报》透露，院方上周提出，把床位增加一成。")
    assert [(s, c) for s, c, _, _ in found] == [("卫生部一名官员", "透露")]
    found = quotes_of("市卫生局一名官员对美国《芝加哥论坛报》表示，嫌犯已经落网。")
    assert [(s, c) for s, c, _, _ in found] == [("市卫生局一名官员", "表示")]
