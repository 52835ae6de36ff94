"""Bytes to text: detect UTF-8, GBK/GB18030 and Big5, refuse binary and undecodable input."""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")

# Tried in order after UTF-8; each must decode strictly and look like Chinese text.
_CANDIDATES = ("gb18030", "big5")
_COMMON = set("的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切尔官")
_NUL_LIMIT = 0.01
_CONTROL_LIMIT = 0.05
_REPLACEMENT_RATE = 1000  # at most one undecodable character in this many (and 2 at least)


def decode_bytes(data: bytes, source: str | None = None, declared: str | None = None) -> str:
    """Decode raw input bytes to str, or raise InputError saying why it cannot be read."""
    if not data or not data.strip():
        raise InputError(source, "empty input")
    if data.count(b"\x00") > max(1, len(data) * _NUL_LIMIT):
        raise InputError(source, "binary data, not text (contains NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    encodings = ["utf-8"]
    if declared:
        encodings.insert(0, _normalise_name(declared))
    for name in encodings + list(_CANDIDATES):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name != "utf-8" and not _looks_like_chinese(text):
            continue  # a declared or guessed codec that turns Chinese into mojibake
        return _finish(text, source)
    for name in ["utf-8", *_CANDIDATES]:
        # One cut character (a truncated GBK pair) must not make a whole page unreadable.
        text = data.decode(name, errors="replace")
        if text.count("\ufffd") <= max(2, len(text) // _REPLACEMENT_RATE) and _looks_like_chinese(text):
            return _finish(text, source)
    guess = _detect(data)
    if guess:
        return _finish(guess, source)
    controls = sum(1 for b in data if b < 32 and b not in b"\n\r\t\f\v")
    if controls > len(data) * _CONTROL_LIMIT:
        raise InputError(source, "binary data, not text")
    raise InputError(source, "cannot decode: not valid UTF-8, GBK/GB18030 or Big5 text")


def refuse_surrogates(value: str, source: str | None, field: str = "text") -> None:
    """A lone surrogate (a JSON \\ud800 escape, a bad str from a caller) is not text: refuse it
    here, with its place, rather than fail later in OpenCC, hashing or the JSON output."""
    found = _SURROGATE.search(value)
    if found:
        raise InputError(source, f"{field} is not valid Unicode: lone surrogate U+{ord(found.group()):04X} "
                                 f"at character {found.start()}")


def refuse_bad_article(article, where: str | None = None) -> None:
    """Every string of an Article that is stored, hashed or printed must be valid Unicode."""
    where = where or article.source or article.id
    for field in ("text", "id", "source", "url", "author"):
        value = getattr(article, field)
        if isinstance(value, str):
            refuse_surrogates(value, where if field != "source" else None, field)


def _finish(text: str, source: str | None) -> str:
    _check_text(text, source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _normalise_name(name: str) -> str:
    name = name.strip().lower()
    if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
        return "gb18030"  # superset: GB2312 pages often use GBK-only characters
    return name


def _looks_like_chinese(text: str) -> bool:
    """True when the decoded text reads as Chinese rather than mojibake."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return not any(0x80 <= ord(c) for c in text)
    common = sum(1 for c in han if c in _COMMON)
    return common / len(han) >= 0.15


def _check_text(text: str, source: str | None) -> None:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(2, len(text) * _CONTROL_LIMIT):
        raise InputError(source, "binary data, not text (too many control characters)")


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency is pinned
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return text if _looks_like_chinese(text) else None
