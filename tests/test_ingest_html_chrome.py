"""Page chrome in HTML pages: notes kept as boilerplate, related lists and comments cut, clear reasons for empty pages."""
import pytest

from newsfacts.errors import InputError
from newsfacts.ingest import parse_text
from newsfacts.ingest.html import parse_html

BODY = ("<p>河边的小镇今年春天新修了一条步行道，沿河种了上百棵柳树，傍晚散步的居民明显多了起来。</p>"
        "<p>镇上的管理人员介绍，步行道还会向东延长两公里，预计在入秋以前全部完工并对外开放。</p>")


def page(body: str, title: str = "小镇新修沿河步行道") -> str:
    return (f"<html><head><title>{title}_示例新闻网</title></head><body><h1>{title}</h1>"
            f"<div class='article'>{body}</div></body></html>")


def texts(spans):
    return [s.text for s in spans]


def test_reprint_note_is_boilerplate_not_body():
    note = "发于2021.5.6总第900期《示例周刊》杂志"
    article = parse_html(page(BODY + f"<p>{note}</p>"))
    assert note in texts(article.boilerplate)
    assert len(article.paragraphs) == 2 and note not in texts(article.paragraphs)


def test_original_title_note_is_boilerplate():
    note = "（原题为《柳树下的新步道》）"
    article = parse_html(page(BODY + f"<p>{note}</p>"))
    assert texts(article.boilerplate) == [note]
    assert note not in texts(article.paragraphs)


def test_related_list_items_with_times_are_dropped():
    items = "".join(f"<p>{t}2020-03-0{i} 10:1{i}社会</p>" for i, t in enumerate(["某地新开一家图书馆", "夜市重新开张，人气很旺"], 1))
    article = parse_html(page(BODY + items))
    assert not any("2020-03-0" in p for p in texts(article.paragraphs))


def test_comment_section_ends_the_body():
    third = "<p>不少住在附近的老人说，以前河边只有一条泥路，下雨天根本没法走，现在每天吃过晚饭都会约上老邻居来这里走上几圈，顺便聊聊家常，看看河上来往的小船。</p>"
    comments = third + "<p>目前没有热门跟贴</p><p>这条路我走过，晚上灯光很亮，确实方便了很多人，希望早点修到东边去。</p>"
    article = parse_html(page(BODY + comments))
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("line", ["已收藏!", "关键词 >> 步行道,柳树,小镇", "请支持独立网站，转发请注明本文链接：https://example.cn/a",
                                  "感谢您的反馈，我们将会减少此类文章的推荐"])
def test_page_furniture_lines_are_dropped(line):
    article = parse_html(page(BODY + f"<p>{line}</p>"))
    assert line not in texts(article.paragraphs)


def test_headline_glued_to_body_is_cut():
    glued = "小镇新修沿河步行道最后更新: 2020-04-01 09:30:00" + BODY[3:BODY.index("</p>")]
    article = parse_html(page(f"<p>{glued}</p>" + BODY[BODY.index("</p>") + 4:]))
    assert article.paragraphs[0].text.startswith("河边的小镇")


def test_script_built_page_says_why_it_is_empty():
    with pytest.raises(InputError, match="loaded by JavaScript"):
        parse_html("<html><head><title>空页</title><script>var a = 1;</script></head><body><a href='/'>首页</a></body></html>")


def test_text_dump_reprint_note_is_no_byline_and_keeps_paragraphs():
    dump = "小镇新修沿河步行道\n\n沿河种了上百棵柳树，傍晚散步的居民多了。\n\n原载于2021年第3期《示例月刊》\n"
    article = parse_text(dump)
    assert texts(article.paragraphs) == ["沿河种了上百棵柳树，傍晚散步的居民多了。"]
    assert texts(article.boilerplate) == ["原载于2021年第3期《示例月刊》"]
    assert article.byline is None and article.published_at is None


def test_text_dump_original_title_line_is_chrome():
    dump = "小镇新修沿河步行道\n\n原标题：柳树下的新步道\n\n沿河种了上百棵柳树，傍晚散步的居民多了。\n"
    article = parse_text(dump)
    assert "原标题：柳树下的新步道" in texts(article.boilerplate)
    assert texts(article.paragraphs) == ["沿河种了上百棵柳树，傍晚散步的居民多了。"]
