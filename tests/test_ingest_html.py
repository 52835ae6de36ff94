"""HTML ingestion: encodings, Chinese dates and bylines, chrome removal, errors, and span offsets.

Every page here is a short one written for these tests.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsfacts.errors import InputError
from newsfacts.ingest.html import parse_html

CST = timezone(timedelta(hours=8))

BODY = [
    "本市今年春季植树活动于周六上午在城东湿地公园正式启动，数百名市民带着铁锹和水桶赶到现场。",
    "组织者介绍，此次共栽下银杏、香樟和垂柳等树苗一千二百余株，预计三年后可以形成一片新的林带。",
    "一位带着孩子前来的家长说，让孩子亲手种下一棵树，比在课堂上讲十遍环保道理都管用。",
]


def page(body: list[str], head: str = "", byline: str = "", extra: str = "", charset: str = "utf-8",
         title: str = "城东湿地公园迎来春季植树活动") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_示例新闻网</title>{head}</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/city">本地</a> | <a href="/sport">体育</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">{byline}</div>
{paragraphs}
{extra}
</div>
<div class="footer">Copyright &copy; 2025 示例新闻网 版权所有</div>
</body></html>"""


def assert_offsets(article):
    spans = [article.title, *article.subheadings, *article.paragraphs, *article.boilerplate]
    assert article.title is not None and article.title.start == 0
    for span in spans:
        assert article.text[span.start:span.end] == span.text


def test_utf8_page_layout_and_offsets():
    article = parse_html(page(BODY).encode("utf-8"), source="t.html", url="https://example.cn/a/1.html")
    assert article.input_format == "html"
    assert article.source == "t.html" and article.url == "https://example.cn/a/1.html"
    assert article.title.text == "城东湿地公园迎来春季植树活动"
    assert article.text.startswith(article.title.text + "\n\n")
    assert [p.text for p in article.paragraphs] == BODY
    assert_offsets(article)


SIMPLIFIED = ["今年的春季植树活动吸引了很多家庭参加，大家在湿地公园里一起劳动，场面十分热闹。",
              "工作人员说，新栽的树苗需要定期浇水，志愿者们已经排好了接下来一个月的值班表。"]
TRADITIONAL = ["今年的春季植樹活動吸引了很多家庭參加，大家在濕地公園中一起勞動，場面十分熱鬧。",
               "工作人員說，新栽的樹苗需要定期澆水，志願者們已經排好了接下來一個月的值班表。"]


@pytest.mark.parametrize("charset, codec, title, body", [
    ("gbk", "gbk", "湿地公园植树", SIMPLIFIED),
    ("GB2312", "gb2312", "湿地公园植树", SIMPLIFIED),
    ("big5", "big5", "濕地公園植樹", TRADITIONAL),
])
def test_declared_charset_decodes(charset, codec, title, body):
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}</title></head><body><h1>{title}</h1>{paragraphs}</body></html>")
    article = parse_html(html.encode(codec), source="t.html")
    assert article.title.text == title
    assert [p.text for p in article.paragraphs] == body
    assert_offsets(article)


def test_chinese_date_and_author_from_byline():
    byline = "2025年4月19日 10:12　来源：示例日报　作者：林晓晨"
    article = parse_html(page(BODY, byline=byline))
    assert article.published_at == datetime(2025, 4, 19, 10, 12, tzinfo=CST)
    assert article.published_at_origin == "html"
    assert article.author == "林晓晨"
    assert "来源" not in article.text and "林晓晨" not in article.text
    assert_offsets(article)


@pytest.mark.parametrize("byline, author, when", [
    ("发布时间：2021-12-31 08:03 | 编辑：周明远", "周明远", datetime(2021, 12, 31, 8, 3, tzinfo=CST)),
    ("时间：2023年7月2日 来源：示例晚报", None, datetime(2023, 7, 2, tzinfo=CST)),
    ("本报记者 何雨桐 文/ 2024-03-05", "何雨桐", datetime(2024, 3, 5, tzinfo=CST)),
])
def test_labelled_bylines(byline, author, when):
    article = parse_html(page(BODY, byline=byline))
    assert article.author == author
    assert article.published_at == when


def test_reporter_in_brackets_closing_the_body():
    body = BODY[:-1] + [BODY[-1] + "（记者 顾清源 沈若溪）"]
    article = parse_html(page(body))
    assert article.author == "顾清源、沈若溪"


def test_meta_published_time_wins():
    head = '<meta property="article:published_time" content="2024-11-02T09:30:00+08:00">'
    article = parse_html(page(BODY, head=head, byline="2020年1月1日"))
    assert article.published_at == datetime(2024, 11, 2, 9, 30, tzinfo=CST)


def test_chrome_lines_are_dropped():
    extra = """<p>责任编辑：王子墨</p>
<p>分享到：微信 微博 QQ空间</p>
<p>扫一扫，关注示例新闻网官方微信</p>
<p>上一篇：郊区果园迎来采摘季</p>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/x">湿地公园新增两条步道</a></li>
<li><a href="/y">春季出游注意事项</a></li></ul></div>"""
    article = parse_html(page(BODY, extra=extra))
    assert [p.text for p in article.paragraphs] == BODY
    for chrome in ("责任编辑", "分享到", "扫一扫", "上一篇", "相关阅读", "步道", "版权所有"):
        assert chrome not in article.text
    assert_offsets(article)


def test_subheadings_in_the_body():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[:2]) + "<h2>孩子们的收获</h2>" + f"<p>{BODY[2]}</p>"
    html = f"<html><head><title>植树</title></head><body><article><h1>植树</h1>{paragraphs}</article></body></html>"
    article = parse_html(html)
    assert [s.text for s in article.subheadings] == ["孩子们的收获"]
    assert [p.text for p in article.paragraphs] == BODY
    assert_offsets(article)


@pytest.mark.parametrize("data", [
    b"", "   \n ", "<html><head></head><body></body></html>", "只有文字没有任何标签",
    "<html><head><title>空页面</title></head><body><script>var a = 1;</script></body></html>",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "<html><body><div><<<>>><</div></body",
])
def test_empty_or_malformed_pages_raise_input_error(data):
    with pytest.raises(InputError) as caught:
        parse_html(data, source="bad.html")
    message = str(caught.value)
    assert message.startswith("bad.html: ") and "\n" not in message
