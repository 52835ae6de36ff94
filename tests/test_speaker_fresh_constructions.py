"""Speakers and quotes in constructions seen on unlabelled world-affairs news (round 9): a bare 报道 /
上述文章 speaks for its outlet, never for the person or expert quoted last (but for its author); 援引了X的话称
is X's, and 评论家 ends X. Every passage is made up and written for the test; the checks are those of
test_speaker_discourse_battery."""
from __future__ import annotations

import pytest

from tests.test_speaker_discourse_battery import test_speaker_in_long_passages as _check

REPORT, CITED = "report", "cited"

# (class, passage, expected quotes, phrases that must never be a speaker or a quote's content)
CASES = [
    (REPORT,
     "外交部发言人周明在记者会上说，双方会谈富有成果。报道称，两国将在下月签署协议。",
     [("周明", "说", "双方会谈富有成果", "indirect"),
      ("报道", "报道称", "两国将在下月签署协议", "indirect")], ["周明报道"]),
    (REPORT,
     "央视3日播出一则报道，画面中可以看到新港口。专家李峰认为，这显示港口已经完工。报道提到，港口每年可处理三百万个集装箱。",
     [("李峰", "认为", "这显示港口已经完工", "indirect"),
      ("央视", "提到", "港口每年可处理三百万个集装箱", "indirect")], []),
    (REPORT,
     "作家王林回忆说，那一年很艰难。上述文章还称，他后来去了南方。",
     [("王林", "回忆说", "那一年很艰难", "indirect"),
      ("上述文章", "还称|称", "他后来去了南方", "indirect")], ["上述文章还"]),
    (REPORT,
     "《环球日报》刊文称，出口在增长。作家王林回忆说，那一年很艰难。这篇文章还指出，工厂订单排到了明年。",
     [("环球日报", "称", "出口在增长", "indirect"),
      ("环球日报", "指出", "工厂订单排到了明年", "indirect")], []),
    (REPORT,
     "军事专家认为，这说明训练已经常态化。报道提到，舰队上月完成了远海演练。",
     [("军事专家", "认为", "这说明训练已经常态化", "indirect"),
      ("报道", "提到", "舰队上月完成了远海演练", "indirect")], []),
    (CITED,
     "《海港周报》援引了一位年长评论家的话称，“市场会自己恢复”。",
     [("一位年长评论家", "称", "市场会自己恢复", "direct")], []),
    (CITED,
     "《泰晤士报》还援引了一位经济学家的话称，“通胀还会持续一年”。",
     [("一位经济学家|经济学家", "称", "通胀还会持续一年", "direct")], []),
]


@pytest.mark.parametrize("construction, body, expected, never", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_fresh_constructions(construction, body, expected, never):
    _check(construction, body, expected, never)
