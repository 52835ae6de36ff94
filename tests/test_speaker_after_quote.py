"""Speakers in constructions seen on unlabelled world-affairs news (round 12): a quotation right after
one source's cue that ends on a comma and is followed by another cue (X预测，“……，”Y说。) is Y's words,
not X's; “……”X的话 / X的这番话 credits the quotation to X (not to a list of names before it); 据此前报道 names no source (此前 says when); 媒体人 / 院士 / 教授 / 朋友 end an unnamed source's phrase (一位资深媒体人称: not 媒体);
上市公司X / 中国X制药 take the body's untyped name X (not 上市公司, not 中国), and
X发布公告表示 is X's, not the notice's; 他接受媒体采访时表示 is 他's (the one interviewed), not 他接受媒体; 说得很直白 tells how something was said, not what; 的鹰派表态 / 的美好回忆 name a stance or a memory, no statement; a name inside a 在……中/上 occasion just before the cue is no subject. Every passage is made
up and written for the test; the checks are those of test_speaker_discourse_battery."""
from __future__ import annotations

import pytest

from tests.test_speaker_discourse_battery import quotes_of, test_speaker_in_long_passages as _check

AFTER, NOUN, INTERVIEWED, BODY, QUALIFIED = "named-after", "speaker-noun", "interviewed", "body-name", "qualified-noun"
WORDS = "words-of"

# (class, passage, expected quotes, phrases that must never be a speaker or a quote's content)
CASES = [
    (AFTER,
     "欧洲在电池领域的差距显而易见。美国一家咨询公司预测，“需要补的课还很多，”在法国开采锂矿的公司总裁马丁说。",
     [("马丁", "说", "需要补的课还很多，", "direct")], ["美国一家咨询公司"]),
    (AFTER,
     "一家研究机构分析称，“港口的吞吐量还会下降，”航运学者赵立说，“明年才会好转。”",
     [("赵立", "说", "港口的吞吐量还会下降，", "direct"), ("赵立", "说", "明年才会好转。", "direct")],
     ["一家研究机构"]),
    (NOUN,
     "杭州一位资深媒体人称，以前只知道这位局长爱写诗。",
     [("杭州一位资深媒体人", "称", "以前只知道这位局长爱写诗", "indirect")], []),
    (NOUN,
     "一位不愿具名的工程院院士指出，日本有好几个研究院。",
     [("工程院院士", "指出", "日本有好几个研究院", "indirect")], []),
    (NOUN,
     "南京一位大学教授认为，这项收费改革来得太晚。",
     [("南京一位大学教授", "认为", "这项收费改革来得太晚", "indirect")], []),
    (INTERVIEWED,
     "周立新当选为镇长。当晚，他接受媒体采访时表示：“我先去村里看看。”",
     [("周立新", "表示", "我先去村里看看。", "direct")], ["他接受媒体"]),
    (BODY,
     "此前一天，上市公司海天科技也宣布，旗下子公司的新型电池获批上市。",
     [("上市公司海天科技", "宣布", "旗下子公司的新型电池获批上市", "indirect")], []),
    (BODY,
     "9月6日，中国远航制药也曾宣布，旗下一款流感药获批开展试验。",
     [("中国远航制药", "宣布", "旗下一款流感药获批开展试验", "indirect")], []),
    (BODY,
     "10月12日，上市公司青禾药业发布公告表示，新药完成首批受试者给药。",
     [("上市公司青禾药业", "表示|发布公告表示", "新药完成首批受试者给药", "indirect")], ["发布公告"]),
    (QUALIFIED,
     "在年会上，财政部长的强硬表态意味着明年还会加税。",
     [], ["意味着明年还会加税", "财政部长"]),
    (QUALIFIED,
     "这个口号暗合了美国工人家庭过上好日子的美好回忆，强烈吸引着工业区选民的目光。",
     [], ["强烈吸引着工业区选民的目光", "美国"]),
    (QUALIFIED,
     "海关署的发言人表示，新规下月起施行。",
     [("海关署的发言人", "表示", "新规下月起施行", "indirect")], []),
    (QUALIFIED,
     "在短片中，这个同盟把自己成立的初衷说得很直白，比如要让成员国一起对抗制裁。",
     [], ["得很直白，比如要让成员国一起对抗制裁", "这个同盟"]),
    (BODY,
     "公司开始强调以稳健经营为主，不再盲目扩张门店。",
     [], ["公司开始"]),
    (QUALIFIED,
     "在南京负责整理档案的周启明回忆，最初，“我们只有两间小屋。”",
     [("周启明", "回忆", "最初，“我们只有两间小屋。”", "indirect")], []),
    (WORDS,
     "这几年，王芳、李娜、赵丽等新人得到了锻炼的机会。“遇强不怯，遇弱不骄。”国家队前队长张敏的话，正是队员们在场上的写照。",
     [("张敏", "的话", "遇强不怯，遇弱不骄。", "direct")], ["王芳", "国家队"]),
    (WORDS,
     "大桥终于通车了。“明天一定会更好。”村支书刘强的这番话让大家很振奋。",
     [("刘强", "的这番话", "明天一定会更好。", "direct")], []),
    (WORDS,
     "“明天一定会更好。”他的话音刚落，掌声就响了起来。",
     [], ["他"]),
]


@pytest.mark.parametrize("construction, body, expected, never", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_after_quote_constructions(construction, body, expected, never):
    _check(construction, body, expected, never)


def test_report_credited_to_a_time_has_no_speaker():
    found = quotes_of("书店将停售这套丛书。据此前报道，从9月1日开始，这套丛书的各卷都将停止印刷。")
    assert [(s, c) for s, _, c, _ in found] == [(None, "从9月1日开始，这套丛书的各卷都将停止印刷")]
