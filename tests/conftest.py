"""Shared test helpers: short articles written for these tests, and the path to ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

ARTICLE = """突发！两国外长深夜通话，局势或将出现转机

观海听涛 2025年3月7日 21:30

外交部长王毅周四与法国外长通了电话，双方就乌克兰局势交换了意见。

王毅表示，中方始终站在和平一边。“对话是唯一出路，”他说，“我们愿意发挥建设性作用。”

法方为何改变态度

法国外长称，巴黎支持一切有助于停火的努力。

0 阅读:0
观海听涛

观海听涛

感谢大家的关注
"""


@pytest.fixture
def article_text() -> str:
    return ARTICLE


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent on this machine)")
    return path
