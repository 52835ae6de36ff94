"""Where an outlet's name starts and ends in the sources stage: the clause words before a media-suffix
name, a country before a paper's name, a place whose name a known outlet is matched from inside, what a
known name may carry after it, and when a known name is only part of an ordinary word."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..nlp.words import outlets

MEDIA_SUFFIX = r"(?:通讯社|新闻社|社|日报|晚报|早报|时报|邮报|周刊|杂志|新闻网|网站|网|电视台|广播电台|电台|新闻频道|广播公司|卫视|新闻)"
# A name in subject position needs a suffix that only media carry (not 网 of 互联网, 社 of 合作社).
STRICT_SUFFIX = r"(?:通讯社|新闻社|日报|晚报|早报|时报|邮报|周刊|杂志|新闻网|网站|电视台|广播电台|电台|频道|新闻台|广播公司)"


# Words before a media-suffix name that belong to the clause, not the name (这段视频经|湖北电视台播出,
# 他曾接受|某台采访): the name starts after the last of them.
_CLAUSE_WORD = re.compile(r"^.*(?:名为|名叫|叫做|叫作|经过|通过|接受|经(?![济营贸典])|曾|被|在|于|他|她|其|的|了|着|把|将|让|给|是|向|对|从)")
# A suffix name that is no name (某些网站, 一些报刊, 全国各地报刊电台): a determiner or a common noun.
_NOT_A_NAME = re.compile(r"^(?:某|一些|有些|一家|多家|各|部分|全国|其他|其它|相关|有关|这些|那些|这|那|该|本|此|每|很多|许多|"
                         r"不少|少数|个别|主流|官方|境外|海外|重点|主要|知名|大型|国内|国外|境内|各类|门户|商业|正规)|(?:报刊|报纸|各地|各大|媒体)")


def trimmed(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """A media-suffix name (see _SUBJECT) without the clause words before it, or None when what is
    left is no name (see _NOT_A_NAME) or only the suffix."""
    lead = _CLAUSE_WORD.match(text[start:end])
    if lead and re.fullmatch(rf"[\u4e00-\u9fffA-Za-z]{{2,}}?{STRICT_SUFFIX}", text[start + lead.end():end]):
        start += lead.end()
    if _NOT_A_NAME.search(text[start:end]) or re.fullmatch(STRICT_SUFFIX, text[start:end]):
        return None
    return start, end


# A paper named after its country and followed by a cue (法国星期天报说, 德国某某报称): 报 alone is
# no media suffix elsewhere (年报, 简报), so the country before it and the cue after it must both be there.
COUNTRY_PAPER = re.compile(r"(?<=[。，,；;：:！？!?“”、\s])(?P<name>[\u4e00-\u9fff]{4,12}?报)"
                            r"(?=(?:\d{1,2}日)?(?:说|称|报道|写道|指出|援引|发文|刊文|披露|评论说|社论))")
_PAPER_ENDS = ("报", "刊", "志")
# What is left after the country: a short name ending in 报 that is not a kind of report (战报, 公报, 年报)
# nor a body's (国防部发布战报).
PAPER_NAME = re.compile(r"(?![^报]*(?:部|局|委|厅|署|府|院|军|发布|发表|公布|的))[\u4e00-\u9fff]{2,5}"
                         r"(?<![战简年通公情电快汇举预警捷喜海画季月周])报")


def without_country(text: str, start: int, end: int) -> tuple[int, int]:
    """A paper's name without the foreign country before it (法国|星期日报, 德国|商报 as 英国《卫报》 is
    credited 《卫报》); broadcasters keep it (韩国广播公司 is the name), and so does a Chinese paper."""
    from ..kb import KnowledgeBase

    if not text[start:end].endswith(_PAPER_ENDS):
        return start, end
    kb = KnowledgeBase.load()
    for size in range(min(6, end - start - 3), 1, -1):
        countries = [a for a in kb.lookup(text[start:start + size]) if a.kind == "country"]
        if countries and all(a.country not in ("CHN", "TWN", "HKG", "MAC") for a in countries):
            return start + size, end
    return start, end


def without_place(name: str) -> str:
    """A name without the country or place written before it (英国|路透社, 美国|《时代》周刊)."""
    from ..kb import KnowledgeBase

    for size in range(min(6, len(name) - 2), 1, -1):
        if any(a.kind in ("country", "place") for a in KnowledgeBase.load().lookup(name[:size])):
            return name[size:]
    return name


def place_across(text: str, at: int, floor: int) -> int:
    """Where an outlet's name starts when a known outlet is matched from inside a place's name (沙特|阿拉伯电视台
    read as 阿拉伯电视台): the start of that place, which is part of the name; else `at`."""
    from ..kb import KnowledgeBase

    kb = KnowledgeBase.load()
    for back in range(min(4, at - floor), 0, -1):
        for ahead in range(1, 4):
            if any(a.kind in ("country", "place") for a in kb.lookup(text[at - back:at + ahead])):
                return at - back
    return at


# An official body's own website (西安市政府官网, 国防部网站): the body speaks, not the press.
_NOT_PRESS = re.compile(r"(?:官网|(?:政府|部|委|委员会|局|厅|署|办公室|办|法院|检察院|白宫|国会|议会|总统府|司令部|军方|"
                        r"大使馆|领事馆|纪检监察|监委|纪委|人大|政协)(?:官方网站|网站|网|官方微博|微博|公众号))$")
_SITE_END = re.compile(r"(?:官方网站|官网|网站|官方微博|微博|公众号)$")


def body_site(name: str) -> bool:
    """An official body's website or account (国防部网站, 某市政府官网), not a known outlet's own
    (美国有线电视新闻网官网, 某台网站)."""
    if not _NOT_PRESS.search(name):
        return False
    return _SITE_END.sub("", name.strip("《》")) not in outlets()


# 网 of a known outlet that runs on into another word (海外网友, 中国网民): not the outlet's name.
# What a known name may carry after it: its Chinese edition, website or news service (某报中文网, 某台网站,
# 某广播公司新闻台); a Latin name the kind of broadcaster it is (MBN电视台).
_WORD_AFTER_NET = "友民络红购页店点址上格吧游课速球约联信站管警银赌贷剧综"
# (a name ending in 新闻 carries the 网 of its news site: 天空新闻网, not 天空新闻 of it)
TAIL = re.compile(r"中文网|网站|官网|客户端|新闻网(?!站)|新闻台|新闻频道|(?<=[A-Za-z0-9])(?:电视台|电台)"
                  rf"|(?<=新闻)网(?![{_WORD_AFTER_NET}])")


def runs_on(text: str, end: int, start: Optional[int] = None) -> bool:
    """Whether a known name ending at `end` is only the start of a longer word (海外网|友), a press
    reference whose 媒 starts 媒体 (除另有规定外|媒体注意到: 外 ends the clause before), or a short
    name inside an ordinary word (3日经|国务院批准, 日经|指数) or a name that is an ordinary phrase outside
    《》 (外交政策委员会): see data/outlet_bounds.tsv."""
    after = text[end:end + 1]
    if start is not None and text[start:end] in _bounds():
        before_chars, after_chars = _bounds()[text[start:end]]
        if before_chars == "《》":  # an ordinary phrase (外交政策): a title only inside 《》
            return text[start - 1:start] != "《"
        if text[start - 1:start] and text[start - 1:start] in before_chars or after and after in after_chars:
            return True
    if not after:
        return False
    return (text[end - 1:end] == "网" and after in _WORD_AFTER_NET) or (text[end - 1:end] == "媒" and after == "体")


@lru_cache(maxsize=1)
def _bounds() -> dict[str, tuple[str, str]]:
    """data/outlet_bounds.tsv: name → (characters not before it, characters not after it)."""
    return {row[0]: (row[1].strip("-") if len(row) > 1 else "", row[2] if len(row) > 2 else "")
            for row in lexicon.rows("outlet_bounds.tsv")}
