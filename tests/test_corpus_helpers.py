"""Fixtures for the corpus tests: short articles written for them (one story told three times,
followed up a week later, and unrelated news), and corpora on SQLite and PostgreSQL."""
from __future__ import annotations

# PostgreSQL runs when NEWSFACTS_TEST_PG_URL is set (.ci/run starts a server and sets it); each
# test then gets a schema of its own, dropped afterwards. Without the variable those runs skip.

import json
import os
import uuid
from pathlib import Path

import pytest

pytest.importorskip("sqlalchemy")
pytest.importorskip("datasketch")

PG_URL = os.environ.get("NEWSFACTS_TEST_PG_URL")

# The story: talks in Oman, told by an agency (A), rewritten twice (B: new headline, paragraphs
# reordered; C: a day later, a sentence added), and followed up a week later (G, new text).
TALKS = [
    "伊朗外长阿拉格齐与美国特使威特科夫周六在阿曼首都马斯喀特举行间接会谈，双方围绕伊朗核计划交换了意见。",
    "阿曼外交大臣布赛义迪在两国代表团之间传递信息。他表示，会谈气氛积极，双方同意下周继续接触。",
    "阿拉格齐会后对记者说：“我们已经接近一个讨论框架，但道路仍然漫长。”",
    "美国白宫发表声明称，这次会谈是朝着达成互利结果迈出的一步。",
    "分析人士认为，两国能否在短期内达成协议，仍取决于制裁问题能否得到解决。",
]
ADDED = "伊朗国内媒体对会谈结果普遍持谨慎乐观态度，德黑兰街头的汇率当天小幅回升。"


def _article(title: str, byline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, byline, *paragraphs]) + "\n"


ORIGINAL = _article("伊朗与美国在阿曼举行核问题间接会谈", "新华视点 2025-04-12 20:15", TALKS)
REWRITE_REORDERED = _article("重磅！美伊终于坐到一起，结果出乎所有人意料", "环球快评 2025-04-12 23:40",
                             [TALKS[2], TALKS[0], TALKS[3], TALKS[1], TALKS[4]])
REWRITE_ADDED = _article("阿曼斡旋下美伊会谈释放积极信号", "国际观察员 2025-04-13 09:05",
                         [TALKS[0], TALKS[1], TALKS[2], ADDED, TALKS[3], TALKS[4]])
FOLLOW_UP = _article("美伊第二轮核问题会谈在罗马举行", "新华视点 2025-04-19 21:30", [
    "伊朗外长阿拉格齐与美国特使威特科夫周六在意大利罗马举行第二轮核问题间接会谈，阿曼继续居中斡旋。",
    "阿拉格齐会后表示，双方在核计划的若干原则问题上取得进展，同意下周在阿曼举行技术层面会谈。",
    "美国国务院发言人说，华盛顿希望通过谈判解决伊朗核问题，但制裁将继续有效。",
])
PHONES = _article("华为在深圳发布新款折叠屏手机", "科技日报 2025-04-12 10:00", [
    "华为公司周六在深圳举行新品发布会，推出一款更轻薄的折叠屏手机，起售价比上一代下调一千元。",
    "发布会上，华为终端负责人介绍说，新机采用自研芯片，续航时间比上一代延长两成。",
    "业内人士预计，折叠屏手机今年在国内市场的销量将继续保持较快增长。",
])
DUST = _article("北京迎来今年首场沙尘天气", "京城生活 2025-04-13 08:00", [
    "受冷空气影响，北京周日迎来今年首场沙尘天气，城区能见度一度不足五公里。",
    "北京市气象台提醒市民减少户外活动，外出时佩戴口罩，关好门窗。",
    "气象专家表示，随着冷空气东移，沙尘天气预计将在周一夜间结束。",
])
TARIFFS = _article("美国宣布对加拿大钢铝产品加征关税", "财经前线 2025-04-13 11:20", [
    "美国商务部周日宣布，将对从加拿大进口的钢铁和铝产品加征百分之二十五的关税。",
    "加拿大总理在渥太华表示，加方将采取对等反制措施，保护本国工人和企业的利益。",
    "经济学家警告，关税升级可能推高北美汽车制造业的成本。",
])

STORY = {"original.txt": ORIGINAL, "rewrite_reordered.txt": REWRITE_REORDERED,
         "rewrite_added.txt": REWRITE_ADDED, "follow_up.txt": FOLLOW_UP}
UNRELATED = {"phones.txt": PHONES, "dust.txt": DUST, "tariffs.txt": TARIFFS}


def write_corpus(folder: Path, names: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_records(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def corpus_db(request, tmp_path):
    """A fresh corpus location: a SQLite path, or a PostgreSQL URL with a schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    url, drop = _postgres_schema()
    yield url
    drop()


def _postgres_schema():
    """A PostgreSQL URL with a fresh schema, and the function that drops it."""
    if not PG_URL:
        pytest.skip("NEWSFACTS_TEST_PG_URL is not set (.ci/run starts PostgreSQL and sets it)")
    pytest.importorskip("psycopg")
    import sqlalchemy as sa

    from newsfacts.corpus.store import database_url

    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(database_url(PG_URL))
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()

    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}", drop


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def story_corpus(request, tmp_path_factory):
    """The story and the unrelated articles, ingested once per module and backend: an open Store."""
    from newsfacts.corpus.ingest import ingest
    from newsfacts.corpus.store import open_store

    folder = write_corpus(tmp_path_factory.mktemp("in"), {**STORY, **UNRELATED})
    drop = None
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("db") / "corpus.db")
    else:
        db, drop = _postgres_schema()
    store = open_store(db)
    ingest([str(folder)], store)
    yield store
    store.dispose()
    if drop:
        drop()
