"""Speaker phrases on text no rule was fitted to: a source noun phrase kept whole (驻外使馆的发言人,
a place with a count and a title), the source an outlet cites, the one spoken to or urged (never the
speaker), and a later 他 for one unnamed person; short passages written for the test."""
from __future__ import annotations

from test_quotes import quotes_of


def speakers_of(body: str) -> list[tuple]:
    return [(speaker, cue) for speaker, cue, _, _ in quotes_of(body)]


def test_embassy_spokesperson_is_one_phrase():
    assert speakers_of("中国驻法国大使馆发言人5日回应称，台湾问题纯属中国内政。") == [("中国驻法国大使馆发言人", "回应称")]
    assert speakers_of("美国驻华大使馆一名官员表示，签证业务将于下月恢复。") == [("美国驻华大使馆一名官员", "表示")]
    assert speakers_of("欧盟驻华使团发言人表示，双方会继续对话。") == [("欧盟驻华使团发言人", "表示")]


def test_causative_still_opens_the_speaker_phrase():
    assert speakers_of("这番话引来多位观众批评说，他不尊重对手。")[0] == ("多位观众", "批评说")


def test_outlet_citing_someones_words_credits_that_source():
    assert speakers_of("《泰晤士报》引用一名前外交官的话说，这是因为双方缺乏信任。") == [("一名前外交官", "说")]
    assert speakers_of("美联社引述两名美国官员说，这批物资将在下月运抵。") == [("两名美国官员", "说")]


def test_person_citing_a_saying_still_speaks():
    assert speakers_of("张明在演讲中引用一位诗人的话说，路漫漫其修远兮。") == [("张明", "说")]


def test_later_pronoun_refers_to_one_unnamed_executive():
    found = speakers_of("在一家电子企业，某高管表示，新技术不会带来太大冲击。当然，他承认，部分产品可能受到影响。")
    assert found == [("某高管", "表示"), ("某高管", "承认")]


def test_place_count_and_title_name_an_unnamed_source():
    found = speakers_of("英国七位前外相搞了一个联署，敦促首相约翰逊在这一问题上发挥领头作用，宣称要协调盟友共同行动。")
    assert found == [("英国七位前外相", "宣称")]


def test_the_one_urged_is_no_subject_of_the_sentence():
    found = speakers_of("几名议员昨天发表公开信，要求部长李强尽快辞职，声称他隐瞒了事故。")
    assert found == [("几名议员", "声称")]


def test_the_one_spoken_to_after_a_title_is_no_speaker():
    assert speakers_of("会谈中，美方代表对中国外长王毅表示，双方应当管控分歧。") == [("美方代表", "表示")]
    assert speakers_of("会谈中，美国代表团向俄罗斯外长拉夫罗夫表示，双方应当管控分歧。") == [("美国代表团", "表示")]
    assert speakers_of("王毅对美国国务卿布林肯表示，双方应当管控分歧。") == [("王毅", "表示")]


def test_the_one_asked_is_no_speaker_of_the_question():
    assert speakers_of("一名乘客问乘务员小李：“还有多久到站？”") == [("一名乘客", "问乘务员小李")]
    assert all("发言人" not in (speaker or "") for speaker, _ in speakers_of("一名记者问发言人：“谈判何时恢复？”"))


def test_role_before_its_own_verb_and_colon():
    found = speakers_of("市场消息称，该平台被警方调查。一名从业者感慨：“整顿还在继续，谁也不知道下一个是谁。”")
    assert found[-1][0] == "一名从业者"


def test_report_credited_with_a_time_word_names_the_outlet_only():
    assert speakers_of("据新流财经此前报道，该公司的营业收入持续增长。") == [("新流财经", "报道")]
