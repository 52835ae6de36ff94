"""Gold articles rewritten the ways unseen articles are written (meaning kept; codes and dates
unchanged), to measure how the figures hold: benchmarks/robustness.py prints them, and the quality
gate (tests/test_quality_gate.py) keeps the rewritings of dev.jsonl close to the articles as they are.

- `traditional`: characters to traditional (OpenCC s2t), as Hong Kong and overseas media write;
- `taiwan`: Taiwan characters and words (OpenCC s2twp; its word table also puts some mainland words
  that Taiwan writes the same way into Taiwan forms, so this is a harsher test than real text);
- `corner`: 「」『』 for “”‘’; `straight`: "…" for “…”;
- `wrapped`: the text hard-wrapped at 30 characters a line (a PDF or e-mail copy);
- `spaced`: a space typed after every Chinese comma, colon, semicolon and sentence end;
- `new_names`: every person named in the gold entities renamed to a made-up name of the same
  length (seeded), so no knowledge-base entry can help: what the text alone says about a person;
- `synonyms`: each gold quote's speech verb and each gold event's trigger swapped, where it stands,
  for another word of the same meaning and length (表示 -> 指出, 会晤 -> 会谈, 谴责 -> 抨击): whether
  a rule holds for the words of its class or only for the words the articles it was written on use.
"""
from __future__ import annotations

import random
import re
from typing import Callable

# Fields whose values are codes, ids, dates or labels: never rewritten.
_KEEP = {"id", "published_at", "type", "source", "target", "date", "speaker_canonical", "canonical", "state",
         "kind", "label", "verdict", "role", "wikidata"}
_SPACED = re.compile(r"([，：；。])")
_WRAP = 30
# Made-up names: syllables of transliterated names, and common surnames and given-name characters.
_FOREIGN = "卡尔维纳托斯里奥德克莫塔兰诺贝利安吉洛菲萨帕伦丹森格罗赫西拉米亚"
_SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施"
_GIVEN = "明华建国志强文军伟芳秀英玉兰德宏晓东海波立新"


def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def _corner(text: str) -> str:
    return text.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))


def _straight(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"'}))


def _wrapped(text: str) -> str:
    return "\n".join(line[i:i + _WRAP] for line in text.split("\n") for i in range(0, max(len(line), 1), _WRAP))


def _spaced(text: str) -> str:
    return _SPACED.sub(r"\1 ", text)


def _rewrite(value, change: Callable[[str], str], key: str = ""):
    if isinstance(value, str):
        return value if key in _KEEP else change(value)
    if isinstance(value, list):
        return [_rewrite(v, change, key) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, change, k) for k, v in value.items()}
    return value


def _renamer(record: dict, rng: random.Random) -> Callable[[str], str]:
    """A change that renames every person of the record's gold entities, part by part (唐纳德·特朗普
    and 特朗普 alike), to a made-up name of the same length."""
    parts: dict[str, str] = {}
    for entity in record.get("entities") or []:
        name = entity.get("name") or ""
        if entity.get("type") != "PER" or not re.fullmatch(r"[\u4e00-\u9fff·•]{2,}", name):
            continue
        for part in re.split(r"[·•]", name):
            if len(part) >= 2 and part not in parts:
                pool = _FOREIGN if "·" in name or len(part) > 3 else None
                parts[part] = ("".join(rng.choice(pool) for _ in part) if pool else
                               rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in part[1:]))
    if not parts:
        return lambda text: text
    pattern = re.compile("|".join(map(re.escape, sorted(parts, key=len, reverse=True))))
    return lambda text: pattern.sub(lambda m: parts[m.group()], text)


# Same-length swaps that keep the meaning and the grammar of the clause (speech verbs, event triggers).
_CUES = {"表示": "指出", "指出": "表示", "称": "说", "说": "称", "认为": "坦言", "宣布": "宣称", "强调": "重申",
         "透露": "披露", "披露": "透露", "承认": "坦承", "声称": "宣称", "宣称": "声称", "报道称": "报道说",
         "警告称": "警告说", "呼吁": "敦促", "提到": "谈到", "坦言": "直言"}
_TRIGGERS = {"会晤": "会谈", "会谈": "会晤", "访华": "来华", "签署": "签订", "签订": "签署", "指责": "批评",
             "批评": "指责", "抨击": "谴责", "谴责": "抨击", "拒绝": "回绝", "呼吁": "敦促", "敦促": "呼吁",
             "袭击": "攻击", "攻击": "袭击", "空袭": "轰炸", "支援": "援助", "援助": "支援", "会见": "接见"}
_CUE_REACH = 25  # characters before a quote (or after it) where its speech verb is looked for


def _swap_positions(record: dict) -> tuple[dict[int, tuple[str, str]], set[int], set[int]]:
    """Where each gold cue and trigger stands in the text, with its swap ({start: (word, synonym)}), and
    the numbers of the quotes and events whose word is swapped."""
    text = record.get("text") or ""
    edits: dict[int, tuple[str, str]] = {}
    quotes, events = set(), set()
    for number, quote in enumerate(record.get("quotes") or []):
        cue, content = quote.get("cue") or "", quote.get("content") or ""
        at = text.find(content) if content else -1
        if cue not in _CUES or at < 0:
            continue
        before = text.rfind(cue, max(0, at - _CUE_REACH), at)
        after = text.find(cue, at + len(content), at + len(content) + _CUE_REACH)
        where = before if before >= 0 else after
        if where >= 0:
            edits[where] = (cue, _CUES[cue])
            quotes.add(number)
    for number, event in enumerate(record.get("events") or []):
        trigger, evidence = event.get("trigger") or "", event.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        where = text.find(trigger, at, at + len(evidence)) if at >= 0 and trigger in _TRIGGERS else -1
        if where >= 0:
            edits[where] = (trigger, _TRIGGERS[trigger])
            events.add(number)
    return edits, quotes, events


def _synonyms(record: dict) -> dict:
    """The record with its gold cues and triggers swapped in the text."""
    edits, quotes, events = _swap_positions(record)
    out = _edited(record, {start: (len(word), other) for start, (word, other) in edits.items()})
    for number in quotes:
        out["quotes"][number]["cue"] = _CUES[record["quotes"][number]["cue"]]
    for number in events:
        out["events"][number]["trigger"] = _TRIGGERS[record["events"][number]["trigger"]]
    return out


_BOUNDARY = "。，,；;！？!?：:\n”"
_NAME_REACH = 40  # characters before a quote where its speaker's name is looked for


def _pronouns(record: dict) -> dict:
    """The record with a person who speaks again named by a pronoun at the cue (王明表示 -> 他表示), where
    the text named the person before and no other person since, as a writer would; 她 for a woman the
    knowledge base knows. The gold speaker stays the name, as FORMAT.md asks of a pronoun."""
    text = record.get("text") or ""
    people = {part for e in record.get("entities") or [] if e.get("type") == "PER"
              for n in [e.get("name"), *(e.get("aliases") or [])] if n
              for part in {n, *re.split(r"[-·•]", n)} if len(part) >= 2}
    edits: dict[int, tuple[int, str]] = {}
    for quote in record.get("quotes") or []:
        name, content = quote.get("speaker") or "", quote.get("content") or ""
        at = text.find(content) if content else -1
        if name not in people or at < 0:
            continue
        where = text.rfind(name, max(0, at - _NAME_REACH), at)
        before = text.rfind(name, 0, where) if where > 0 else -1
        if before < 0 or text[where - 1] not in _BOUNDARY:
            continue  # the first mention, or a name after a title (发言人王明): left as it is
        if any(c in "。！？!?\n" for c in text[where:at]) or text[where + len(name):where + len(name) + 1] in "、和与及：:":
            continue  # the cue's clause is not the quote's, the name is one of several speakers or a transcript's label
        opening = max(text.rfind(c, 0, before) for c in "。！？!?\n") + 1
        since = text[opening:where]  # the earlier mention's sentence and what came after it
        if any(other in since for other in people if other not in name and name not in other) \
                or since.count("“") != since.count("”") or _quoted(text, before):
            continue  # another person named since or beside it, or the name only said by someone: named again
        edits[where] = (len(name), "她" if "她" in since and "他" not in since else _pronoun_of(name))
    return _edited(record, edits)


def _quoted(text: str, at: int) -> bool:
    """Whether the place is inside quotation marks opened in its paragraph."""
    opening = text.rfind("\n", 0, at) + 1
    return text.count("“", opening, at) > text.count("”", opening, at)


def _pronoun_of(name: str) -> str:
    from ..kb import KnowledgeBase, normalize

    women = [a for a in KnowledgeBase.load().lookup(normalize(name)) if a.kind == "person" and a.gender == "f"]
    return "她" if women else "他"


def _said_after(record: dict) -> dict:
    """The record with each direct quote that follows its speaker and cue at a sentence's start told the
    other way round (王明表示：“……。” -> “……。”王明表示。), as translated wire copy often is."""
    text = record.get("text") or ""
    edits: dict[int, tuple[int, str]] = {}
    for quote in record.get("quotes") or []:
        content, cue, name = quote.get("content") or "", quote.get("cue") or "", quote.get("speaker") or ""
        at = text.find("“" + content + "”") if quote.get("kind") == "direct" and content and cue and name else -1
        if at < 0:
            continue
        found = re.search(r"(?:^|(?<=[。！？!?\n]))([^。！？!?\n“”，,；;]{1,30})[：:，,]?$", text[max(0, at - 32):at])
        if found is None or not found.group(1).rstrip("：:，,").endswith(cue) or name not in found.group(1):
            continue
        start = max(0, at - 32) + found.start()
        end = at + len(content) + 2
        closing = text[end:end + 1] in "。"
        said = found.group(1).rstrip("：:，,")
        stop = "" if content[-1:] in "。！？!?…" else "。"  # “……。”王明说。: the quotation ends its own sentence
        edits[start] = (end + closing - start, "“" + content + stop + "”" + said + "。")
    return _edited(record, edits, moved_words=True)


def _edited(record: dict, edits: dict[int, tuple[int, str]], moved_words: bool = False) -> dict:
    """The record with its text edited ({start: (length replaced, new words)}) and every other string of
    the text (evidence, content, headline, speaker) taken again from the same place of the new text; codes,
    labels and names that are not in the text stay as they are. `moved_words`: the edits move words
    around, so a string still found in the new text is kept as it is."""
    text = record.get("text") or ""
    if not edits:
        return record
    pieces, shifts, last = [], [], 0
    for start in sorted(edits):
        length, words = edits[start]
        if start < last:
            continue  # overlapping edits: the first wins
        pieces += [text[last:start], words]
        shifts.append((start + length, len(words) - length))
        last = start + length
    new = "".join(pieces) + text[last:]

    def moved(position: int) -> int:
        return position + sum(delta for end, delta in shifts if end <= position)

    def change(value: str) -> str:
        if moved_words and value in new:
            return value
        at = text.find(value) if value else -1
        return new[moved(at):moved(at + len(value))] if at >= 0 else value

    out = _rewrite({k: v for k, v in record.items() if k != "text"}, change)
    out["text"] = new
    for key, word in (("quotes", "cue"), ("events", "trigger")):  # words, not places: kept as they were
        for item, original in zip(out.get(key) or [], record.get(key) or []):
            if isinstance(item, dict) and word in original:
                item[word] = original[word]
    return out


def rewritten(gold: list[dict], name: str) -> list[dict]:
    """The gold records rewritten one way (the text only, for `wrapped`: the scorer ignores line breaks)."""
    if name == "as_is":
        return gold
    if name == "wrapped":
        return [dict(r, text=_wrapped(r.get("text") or "")) for r in gold]
    if name == "said_after":
        return [_said_after(r) for r in gold]
    if name == "pronouns":
        return [_pronouns(r) for r in gold]
    if name == "synonyms":
        return [_synonyms(r) for r in gold]
    if name == "new_names":
        rng = random.Random(7)
        return [_rewrite(r, _renamer(r, rng)) for r in gold]
    change = {"traditional": lambda: _opencc("s2t"), "taiwan": lambda: _opencc("s2twp"), "corner": lambda: _corner,
              "straight": lambda: _straight, "spaced": lambda: _spaced}[name]()
    return [_rewrite(r, change) for r in gold]


REWRITINGS = ("as_is", "traditional", "taiwan", "corner", "straight", "wrapped", "spaced", "new_names", "synonyms", "pronouns", "said_after")


def figures(metrics: dict) -> dict:
    q, e = metrics["quotes"], metrics["events"]
    return {"quotes e2e F1": q["end_to_end"]["f1"], "speaker acc": q["speaker"]["accuracy"],
            "events strict F1": e["strict"]["f1"], "agreements F1": metrics["agreements"]["match"]["f1"],
            "sources F1": metrics["sources"]["outlets"]["f1"]}
