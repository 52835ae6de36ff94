"""Articles in traditional characters: the stages read a simplified copy, the output keeps the
article's own script (newsfacts/script.py). Texts written for these tests."""
from __future__ import annotations

import pytest

import newsfacts
from newsfacts.ingest import parse_html, parse_text
from newsfacts.model import Article, Span
from newsfacts.nlp.chinese import to_simplified
from newsfacts.script import Script, canonical_view, is_traditional, restore, simplified

PUBLISHED = "2025-04-19T10:00:00+08:00"

TRADITIONAL = (
    "美國國務卿盧比歐：將與中方舉行會談\n\n"
    "據路透社報導，美國國務卿盧比歐18日在華盛頓表示，美方將於下週與中方舉行會談，討論關稅問題。\n\n"
    "盧比歐說：「我們希望雙方能夠達成協議。」他還指出，美國不會放棄對盟友的承諾。\n\n"
    "中國外交部發言人毛寧19日回應稱，中方願意與美方保持溝通，但美方應停止對中國企業的打壓。\n\n"
    "來源：中央社\n"
)
SIMPLIFIED = to_simplified(TRADITIONAL)


def _plain(doc) -> dict:
    return doc.to_dict()


def test_traditional_text_is_read_as_its_simplified_copy():
    assert is_traditional(TRADITIONAL) and not is_traditional(SIMPLIFIED)
    view = canonical_view(TRADITIONAL)
    assert view is not None and len(view) == len(TRADITIONAL)
    assert "国务卿卢比欧" in view and "“我们希望" in view


def test_a_canonical_text_has_no_copy():
    assert canonical_view("美国国务卿卢比欧表示：“我们希望双方达成协议。”") is None


def test_a_simplified_text_quoting_a_few_traditional_words_keeps_its_characters():
    text = "报道说，台湾媒体用的写法是“盧比歐”，其余内容照常是简体字写成的一段相当长的新闻稿件，共计几十个字。"
    assert not is_traditional(text)
    assert canonical_view(text) is None


def test_corner_brackets_and_paired_straight_quotes_become_curly():
    assert canonical_view("他说：「我们会『认真』考虑。」") == "他说：“我们会‘认真’考虑。”"
    assert canonical_view('他说："我们会考虑。"但"另一方"没有回应。') == "他说：“我们会考虑。”但“另一方”没有回应。"
    assert canonical_view('只有一个"引号，没有配对。') is None  # a lone straight quote is left as it is


def test_a_lone_surrogate_is_left_for_the_input_check():
    assert canonical_view("美國\ud800國務卿") is None


def test_empty_text_has_no_view():
    assert canonical_view("") is None


def test_taiwan_variant_characters_take_their_mainland_form():
    view = canonical_view("他說，這意味著兩國關係正在改變，隨著談判推進，雙方在會議裡達成了共識。")
    assert view is not None
    assert "意味着" in view and "随着" in view and "会议里" in view


def test_the_analysis_of_a_traditional_article_matches_its_simplified_twin():
    trad = _plain(newsfacts.analyze_text(TRADITIONAL, published_at=PUBLISHED))
    simp = _plain(newsfacts.analyze_text(SIMPLIFIED, published_at=PUBLISHED))
    assert len(trad["quotes"]) == len(simp["quotes"]) >= 3
    for a, b in zip(trad["quotes"], simp["quotes"]):
        assert to_simplified(a["content"]) == b["content"]
        assert to_simplified(a["speaker"] or "") == (b["speaker"] or "")
        assert a["speaker_canonical"] == b["speaker_canonical"]
    assert [(e["type"], e["source"], e["target"]) for e in trad["events"]] == \
           [(e["type"], e["source"], e["target"]) for e in simp["events"]]
    assert [to_simplified(s) for s in trad["sources"]] == simp["sources"]


def test_the_output_is_in_the_article_s_own_script():
    doc = _plain(newsfacts.analyze_text(TRADITIONAL, published_at=PUBLISHED))
    assert doc["text"] in TRADITIONAL and "據路透社報導" in doc["text"]
    assert doc["title"] == "美國國務卿盧比歐：將與中方舉行會談"
    speakers = {q["speaker"] for q in doc["quotes"]}
    assert "盧比歐" in speakers and "毛寧" in speakers
    rubio = next(q for q in doc["quotes"] if q["speaker"] == "盧比歐")
    assert rubio["speaker_canonical"] == "Marco Rubio"
    names = {e["name"] for e in doc["entities"]}
    assert "盧比歐" in names and "卢比欧" not in names
    for quote in doc["quotes"]:
        assert quote["content"] in doc["text"]


def test_traditional_page_chrome_goes_to_boilerplate():
    article = parse_text(TRADITIONAL)
    assert [s.text for s in article.boilerplate] == ["來源：中央社"]
    assert all("來源" not in p.text for p in article.paragraphs)
    assert article.text == TRADITIONAL


def test_traditional_html_byline_and_chrome():
    html = ("<html><head><title>雙方同意恢復對話</title></head><body><h1>雙方同意恢復對話</h1>"
            "<div>記者陳大文／台北報導 2025-04-19 10:12</div><article>"
            "<p>兩國外長18日在新加坡舉行會談，雙方同意恢復中斷多年的外交對話機制，並將於下個月再次會面。</p>"
            "<p>一名官員在會後表示，這次會談氣氛良好，雙方都表現出解決分歧的誠意，外界普遍樂觀看待。</p>"
            "</article><div>責任編輯：林小華</div></body></html>")
    article = parse_html(html)
    assert article.published_at is not None and article.published_at.day == 19
    assert all("責任編輯" not in p.text for p in article.paragraphs)
    assert "舉行會談" in article.text  # the text as written, not simplified


def test_surface_strings_come_back_as_written_where_the_copy_holds_them():
    original = Article(text="皇后抵達之後，王后發表談話。")
    copy, script = simplified(original)
    assert script is not None and isinstance(script, Script)
    assert script.surface("之后") == "之後"  # 后 stands for 後 here ...
    assert script.surface("王后") == "王后"  # ... and for 后 here: each as written


def test_restore_recuts_every_span_from_the_original():
    original = Article(text="美國總統川普表示，關稅將於下週生效。", title=Span(0, 4, "美國總統"))
    copy, script = simplified(original)
    assert copy.text.startswith("美国总统") and copy.title.text == "美国总统"
    doc = newsfacts.model.Analysis(article=copy)
    doc.sentences = [Span(0, len(copy.text), copy.text)]
    back = restore(doc, script)
    assert back.article.text == original.text and back.article.title.text == "美國總統"
    assert back.sentences[0].text == original.text


@pytest.mark.parametrize("text", ["", "   "])
def test_simplified_leaves_an_article_without_chinese_alone(text):
    article = Article(text=text or "No Chinese here at all, only Latin letters and digits 123.")
    copy, script = simplified(article)
    assert script is None and copy is article


def test_a_full_stop_inside_a_latin_name_is_its_dot_and_ends_no_sentence():
    text = "次年，助理部长马克·韦恩（MarkT。Wayne）宣布中止该计划，并表示该计划助长了偏见。"
    view = canonical_view(text)
    assert view is not None and len(view) == len(text) and "MarkT.Wayne" in view
    doc = newsfacts.analyze_text("测试标题\n\n该计划由部长李安在前一年推出。" + text, published_at=PUBLISHED)
    assert [q.speaker.text for q in doc.quotes] == ["马克·韦恩"]
    assert "（MarkT。Wayne）" in doc.article.text  # the output keeps the article's own characters
    assert canonical_view("他说。Yes。") is None  # a stop after Chinese, or before Latin after Chinese, stays
