"""Credited outlets beyond the plain 据X报道: short forms and English names, a place's press, numbered
channels, credit lines inside the body, a foreign agency's reporter, and what is not credited (the
publisher's own field reporters, an official body's website, a question put at a news conference);
the translation verdict by the language an outlet writes in. Sentences written for these tests."""
from __future__ import annotations

import pytest

import newsfacts


def analysed(body: str, title: str = "测试标题") -> dict:
    return newsfacts.analyze_text(f"{title}\n\n{body}").to_dict()


def sources_of(body: str) -> list[str]:
    return analysed(body)["sources"]


@pytest.mark.parametrize("body, expected", [
    ("据纽时报道，两国部长周二见面。", ["纽时"]),
    ("路透援引一名官员的话说，会谈已经结束。", ["路透"]),
    ("Bloomberg报道称，这家工厂将停产。", ["Bloomberg"]),
    ("据Reuters报道，这家工厂将停产。", ["Reuters"]),
    ("《经济学人》杂志报道称，通胀仍在上升。", ["《经济学人》"]),
    ("据阿联酋通讯社报道，两国签署了贸易协议。", ["阿联酋通讯社"]),
])
def test_short_forms_and_english_names_of_outlets(body, expected):
    assert sources_of(body) == expected


def test_a_latin_outlet_name_inside_a_longer_word_is_not_the_outlet():
    assert sources_of("这款TRTX应用报道称，用户增加了。") == []


@pytest.mark.parametrize("body, expected", [
    ("据台湾地区媒体报道，这位歌手已经出院。", ["台湾地区媒体"]),
    ("沙特阿拉伯媒体报道，王储将出访。", ["沙特阿拉伯媒体"]),
    ("据多家美国媒体报道，参议院将于下周表决。", ["美国媒体"]),
    ("据以色列第12频道报道，内阁将开会。", ["以色列第12频道"]),
])
def test_the_press_of_a_place_and_numbered_channels(body, expected):
    assert sources_of(body) == expected


def test_a_conjunction_inside_a_known_name_does_not_split_the_list():
    assert sources_of("据消费者新闻与商业频道报道，这家银行将裁员。") == ["消费者新闻与商业频道"]


@pytest.mark.parametrize("body, expected", [
    ("部长告诉美联社，他不会辞职。", ["美联社"]),
    ("据路透社看到的一份文件，政府将削减开支。", ["路透社"]),
    ("《卫报》在一篇题为“寒冬”的文章中说，能源价格还会上涨。", ["《卫报》"]),
    ("首相正式就任。美媒当时报道，总统当天与他通了电话。", ["美媒"]),
    ("路透社记者在现场看到，数十辆卡车驶过。", ["路透社"]),
    ("据共同社东京5月3日电，首相将出访。", ["共同社"]),
    ("在法国24电视台看来，德国面临两大难题。", ["法国24电视台"]),
])
def test_more_credit_patterns(body, expected):
    assert sources_of(body) == expected


def test_a_source_line_glued_to_the_body():
    body = "来源：直新闻据外电报道，两国将举行会谈。一位官员表示，日程尚未确定。"
    assert sources_of(body)[0] == "直新闻"


def test_a_question_put_by_a_foreign_reporter_credits_the_answer_to_the_speaker():
    assert sources_of("发言人在回答法新社记者提问时表示，中方反对单边制裁。") == []


def test_credit_lines_inside_the_body():
    body = "今天全市开展核酸检测。来源 | 央视新闻、市卫健委官网、江南日报、新华社"
    assert sources_of(body) == ["央视新闻", "江南日报", "新华社"]
    assert sources_of("据@央视新闻，该市将调整防控措施。") == ["央视新闻"]
    body = "全文完。综合整理自：江南日报（ID：jnrb）、南方都市报（ID：nddaily）、网友评论"
    assert sources_of(body) == ["江南日报", "南方都市报"]


def test_the_publishers_own_field_reporters_and_official_websites_are_not_credited():
    body = "有居民向《江南经济报》记者透露，工地已停工。《江南经济报》记者注意到，附近还有三栋楼。"
    assert sources_of(body) == []
    assert sources_of("据某市政府官网介绍，他分管科技工作。") == []
    assert sources_of("另据全国人大网站消息，会议将于下周召开。") == []


def test_a_word_ending_in_ju_is_not_according_to():
    assert sources_of("占据头条的常常是类似GDP等数据。") == []


def test_translation_follows_the_outlets_language():
    # 联合早报 writes Chinese though published abroad; 南华早报 writes English in Hong Kong
    assert analysed("据《联合早报》报道，两国将举行会谈。会谈将在下周举行。")["translated"] is False
    assert analysed("据《南华早报》报道，两国将举行会谈。报道称，会谈将在下周举行。")["translated"] is True


def test_an_editorial_is_the_writers_own_piece():
    body = "世行行长在接受彭博社采访时表示，经济将放缓。彭博社还称，多国面临压力。"
    assert analysed(body, title="某报社评：这种说法站不住脚")["translated"] is False


def test_according_to_foreign_wires_marks_a_translation():
    result = analysed("据外电报道，两国部长周二会面。双方讨论了贸易问题。")
    assert result["translated"] is True


def test_a_nested_credit_list_and_its_items():
    body = "这一习俗由此流传开来。（来源：某报综合整理自新华社报道、央视网、@央视新闻、网友留言）"
    assert sources_of(body) == ["新华社", "央视网", "央视新闻"]


def test_a_communique_in_book_marks_is_not_an_outlet():
    assert sources_of("《2021年统计公报》显示，全年增长8%。另据公报发布，出口增加。") == []


def test_only_a_person_telling_us_makes_an_outlet_speak_as_we():
    assert analysed("这处遗址告诉我们，八千年前已有音乐。专家认为这很重要。")["translated"] is False
    assert analysed("一位消息人士告诉我们，谈判已经破裂。另一位官员也证实了这一点。")["translated"] is True


def test_a_work_titled_in_book_marks_before_a_series_of_reports_is_not_an_outlet():
    assert sources_of("获奖作品包括《山村调查》系列报道。") == []
    assert sources_of("《解读者》近日刊文称，总理将出访。") == ["《解读者》"]
