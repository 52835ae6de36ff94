"""The Python API and the entity stage, end to end on a short article written for the tests."""
from __future__ import annotations

import json

import pytest

import newsfacts
from newsfacts.errors import InputError
from newsfacts.pipeline import STAGES


def test_analyze_text_returns_a_json_serialisable_analysis(article_text):
    doc = newsfacts.analyze_text(article_text)
    record = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert record["title"] == "突发！两国外长深夜通话，局势或将出现转机"
    assert record["quotes"] == [] or isinstance(record["quotes"], list)


def test_analyze_a_path(tmp_path, article_text):
    path = tmp_path / "story.txt"
    path.write_text(article_text, encoding="utf-8")
    doc = newsfacts.analyze_file(path, published_at="2025-03-08")
    assert doc.article.id == "story"
    assert doc.article.published_at.isoformat() == "2025-03-08T00:00:00+08:00"


def test_entities_are_typed_and_grouped(article_text):
    doc = newsfacts.analyze_text(article_text)
    found = {(e.name, e.type) for e in doc.entities}
    assert ("王毅", "PER") in found
    assert ("法国", "GPE") in found
    assert ("巴黎", "GPE") in found
    wang = next(e for e in doc.entities if e.name == "王毅")
    assert len(wang.mentions) == 2
    for e in doc.entities:
        for m in e.mentions:
            assert doc.article.text[m.start:m.end] == m.text


def test_chrome_is_never_an_entity(article_text):
    doc = newsfacts.analyze_text(article_text)
    assert all("观海听涛" not in e.name for e in doc.entities)


def test_traditional_names_are_found():
    doc = newsfacts.analyze_text("國務卿發言\n\n美國國務卿盧比歐週五在華盛頓表示，希望看到進展。")
    names = {e.name: e.type for e in doc.entities}
    assert names.get("盧比歐") == "PER"
    assert names.get("華盛頓") == "GPE"


def test_region_words_are_loc_and_weekdays_are_not_people():
    doc = newsfacts.analyze_text("标题甲乙丙\n\n美国官员周五与欧洲同僚在中东问题上进行了会谈。")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("欧洲") == "LOC"
    assert "周五" not in types


def test_empty_text_is_an_input_error():
    with pytest.raises(InputError):
        newsfacts.analyze_text("   ")


def test_pipeline_is_a_readable_list_of_named_stages():
    names = [name for name, _ in STAGES]
    assert names[0] == "text" and "entities" in names


# --- issue 13 / 19: an API that says what it takes ---------------------------------------------

def test_analyze_text_never_takes_its_text_for_a_path(tmp_path):
    long_line = "外交部发言人表示欢迎各方对话" * 30  # 420 characters, no newline: once 'File name too long'
    assert newsfacts.analyze_text(long_line).article.text == long_line
    doc = newsfacts.analyze_text("/etc/passwd")
    assert doc.article.text == "/etc/passwd" and doc.article.source is None


def test_analyze_refuses_a_plain_string_and_names_the_two_functions(tmp_path):
    with pytest.raises(TypeError, match="analyze_text.*analyze_file"):
        newsfacts.analyze("标题\n\n正文内容写在这里。")


def test_analyze_takes_a_path_object(tmp_path, article_text):
    path = tmp_path / "story.txt"
    path.write_text(article_text, encoding="utf-8")
    assert newsfacts.analyze(path).article.id == "story"


def test_analyze_file_refuses_a_file_of_several_records(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "标题\\n\\n正文甲。"}\n{"text": "标题\\n\\n正文乙。"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="holds 2 articles"):
        newsfacts.analyze_file(path)


def test_analyze_an_article_honours_published_at(article_text):
    article = newsfacts.analyze_text(article_text).article
    doc = newsfacts.analyze(article, published_at="2025-03-08T09:00:00")
    assert doc.article.published_at.isoformat() == "2025-03-08T09:00:00+08:00"
    assert doc.article.published_at_origin == "option"
    assert article.published_at.isoformat() == "2025-03-07T21:30:00+08:00"  # the caller's Article is left as it was


@pytest.mark.parametrize("text", ["美国\ud800表示欢迎。", "标题\n\n美國國務卿\udfff表示"])
def test_a_lone_surrogate_is_an_input_error_not_an_opencc_crash(text):
    with pytest.raises(InputError, match="lone surrogate"):
        newsfacts.analyze_text(text)
    with pytest.raises(InputError, match="lone surrogate"):
        newsfacts.analyze(newsfacts.Article(text=text))
