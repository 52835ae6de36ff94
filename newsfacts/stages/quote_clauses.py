"""Clauses around a speech cue: those that report no one's statement (如果她说, 都说, 你说,
the writer's reporter, 有记者问 set in a scene, 宣布一项新政策), and those that name the source or the
one told (正如X所说, 多名X, 告诉该机构，)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..doc import per_stage, tokens_in
from ..model import Analysis, Quote
from ..nlp.chinese import CLAUSE_BREAKS
from ..nlp.speaker_names import is_person_role
from ..nlp.timex import TIME_RE
from ..nlp.words import BRACKETED_ALIAS
from .quote_cues import wanted_verbs

# 如果她说… / 假如有人问 / 万一对方表示: speech supposed, not made
_SUPPOSED = re.compile(r"^(?:但是|但|可是|而|那么|那)?(?:如果|假如|假若|假使|倘若|要是|若是|万一|即使|即便|哪怕)")
# 而不是挥舞拳头叫嚣，…… / 而非空喊口号: an act set aside as the one not taken, no statement
_REJECTED = re.compile(r"^(?:而|却|但|也)?(?:不是|并非|而非|绝非|并不是)")
# 你说…… / 您想想: the writer turning to the reader, not reporting anyone (你们 names a group of people addressed)
_READER = re.compile(r"^(?:那|但|可)?(?:你|您)(?!们|方)(?:也|还|就|倒|再|又)?$")
# 都说兴趣是最好的老师 / 人们常说: a saying everyone repeats, the writer's own claim (but after a subject in
# the clause before, 两国，都表态…… reports both)
_SAYING = re.compile(r"^(?:大家|人们|人人|世人)?(?:都|常|总)$")
# 《每日经济新闻》记者注意到 / 本报记者获悉: the publisher's reporter states the writer's own findings
_OWN_REPORTER = re.compile(r"(?:^|[\s】）)])(?:本报|本台|本刊|本网|《[^》]{1,12}》)?记者$")


_THESE_WORDS = re.compile(r"(?:这|那|此)(?:番|些|句|段)?话")


def states_nothing(text: str, zone_start: int, cue_start: int, cue_end: int) -> bool:
    """The clause text[zone_start:cue_start] before the cue makes the cue report no one's statement."""
    zone = text[zone_start:cue_start].strip(" \t\u3000")
    cue = text[cue_start:cue_end]
    if _SUPPOSED.match(zone) or _READER.match(zone) or _REJECTED.match(zone) or cue == "说" and _SAYING.match(zone):
        return True
    if cue.endswith("说") and _THESE_WORDS.match(text, cue_end):
        return True  # 他说这番话的用意是…… / 说这些话时: the act of saying, its words are not given
    if cue.startswith(_NAMING_CUES) and _AGENTLESS_DISPOSAL.match(zone):
        return True  # ……，但将孔子视为楷模: no agent names the thing, the writer's narration goes on
    if _named_act(zone, text, zone_start, cue, cue_end):
        return True  # 是去年宣布启动的， / 说它“行”的是他们: the cue sits in a 是……的 or 的是 phrase, a named act
    return bool(_OWN_REPORTER.search(zone)) and not zone.startswith("据")


# 将X视为Y / 把X称作Y with no agent before 将/把: a designation that continues the writer's clause.
_NAMING_CUES = ("视为", "称为", "称作", "称之为", "描述为", "形容为", "定位为", "看作", "当作")
_AGENTLESS_DISPOSAL = re.compile(r"^(?:但|而|并|也|还|则|即|更|又|却|因此|所以)*[将把]")
# 是在去年宣布启动的，: a cleft (是……的) focuses when or who did the act; the cue and a verb end in 的.
_CLEFT_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}的(?=[，,。；;！!])")
# 说它“行”的是他们: a subjectless cue opening a headless relative (说……的 "those who say"), then 是.
_HEADLESS_TAIL = re.compile(r"[^，,。；;：:！!？?]{1,12}?的(?:也|就|都|还)?是")
_CONNECTIVES_ONLY = re.compile(r"^(?:而|但|可|却|也|又|还|并且|可是|但是|然而)?$")


def _named_act(zone: str, text: str, zone_start: int, cue: str, cue_end: int) -> bool:
    if "是" in zone and _CLEFT_TAIL.match(text, cue_end):
        return True
    if not _CONNECTIVES_ONLY.match(zone) or _HEADLESS_TAIL.match(text, cue_end) is None:
        return False
    if zone_start == 0 or text[zone_start - 1] in "。！？!?\n":
        return True  # 说它好的是他们。 opening its sentence (……，直言X的是Y shares the subject before it)
    before = zone_start - 1  # ……的是他们，说它不好的也是他们: a second relative parallel to the first
    while before > 0 and text[before - 1] not in _SENTENCE_BREAKS:
        before -= 1
    return text.startswith(cue, before) and _HEADLESS_TAIL.match(text, before + len(cue)) is not None


_SENTENCE_BREAKS = set("，,；;。！？!?\n")
WANTED_REACH = 14  # 计划利用这次论坛的机会提醒: a verb of wanting this close before the cue governs it


def wanted_speech(doc: Analysis, zone_start: int, cue_start: int) -> bool:
    """想让菲律宾表态 / 迫使对方承认 / 正计划利用这次机会提醒: a verb of causing, urging or planning
    (data/speech_wanted.txt) governs the cue, so the speech is wanted, not made."""
    wanted, words = wanted_verbs(), tokens_in(doc, max(zone_start, cue_start - WANTED_REACH), cue_start)
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        if tag.startswith("v") and (word.text in wanted or word.text in _CAUSATIVES and i > 0 and words[i - 1][0].text in wanted):
            if any(c in _SENTENCE_BREAKS or c in "“”" for c in doc.norm_text[word.end:cue_start]):
                return False
            head = [w for w in words[i + 1:] if w[0].text == "的"][-1:]
            return not head or not any(t in _NAMED or is_person_role(w.text) for w, t in words[i + 1:]
                                       if w.start > head[0][0].start)  # 准备买房的小李介绍: the planner speaks
    return False


_NAMED = frozenset({"PER", "ORG", "nr", "nt"})
_CAUSATIVES = ("让", "使", "叫")  # 想|让 / 希望|使: the tagger's two words for a wish that someone speak


# 在德国企业家看来: the whole noun phrase framed by 在……看来 holds the view.
_VIEW_FRAME = re.compile(r"^(?:[^在]{0,4}?在)?([^，,。：:；;“”「」《》\s]{2,12})$")
_WRITER_WORDS = ("我", "笔者", "记者", "本报", "小编")
_REFERRING = ("他", "她", "它", "其", "该", "这", "那", "此", "上述", "前述")  # 在他看来 / 在这位专家看来: resolved elsewhere


def view_holder(text: str, zone_start: int, cue_start: int, cue: str, speaker_end: Optional[int]) -> Optional[tuple[int, int]]:
    """(start, end) of the holder of the view in 在X看来 when the speaker the rules chose is only a
    modifier inside X (德国 of 德国企业家); a name that ends X (在美国总统拜登看来) stays the speaker."""
    if cue != "看来":
        return None
    framed = _VIEW_FRAME.match(text[zone_start:cue_start])
    if framed is None or any(w in framed.group(1) for w in _WRITER_WORDS):
        return None
    start, end = zone_start + framed.start(1), zone_start + framed.end(1)
    if speaker_end is not None and speaker_end <= zone_start and not framed.group(1).startswith(_REFERRING):
        return start, end  # 但在于渌看来: a name the tagger missed holds the view, not an earlier subject
    if speaker_end is None or not start < speaker_end < end:  # none found: a persona (在海叔看来) is no source
        return None
    return start, end


# 有记者问 / 一名外国记者提问道: a question announced, its words in the next clause
_ASKED = re.compile(r"^(?:有|一名|一位|另有)?[^\s，,。：:“”]{0,10}?记者(?:提问|追问|问)(?:道)?$")


def only_sets_a_question(text: str, start: int, end: int, scene_only: Callable[[str], bool]) -> bool:
    """据X消息，在记者会上，有记者问: a credited stretch that only sets the scene of a question asked
    after it (each clause `scene_only`, the last 有记者问) carries no one's words."""
    clauses = [c.strip(" \t\u3000") for c in re.split(r"[，,]", text[start:end])]
    return bool(_ASKED.match(clauses[-1])) and all(scene_only(c) for c in clauses[:-1])


def coordinated_act(text: str, cue_end: int) -> bool:
    """立即报告并转运至医院: the cue is the first of two coordinated acts, and nothing is said (but
    表示并不知情 says something)."""
    return text.startswith("并", cue_end) and not text.startswith(("并不", "并非", "并没", "并未", "并无"), cue_end)


# 正如王毅所说， / 正如许林在发布会上说的那样， / 用周健的话来说，: the source is named inside a frame, and
# what follows the comma is what that source said (or what the writer says with the source's words)
_AS_SAID_LEAD = re.compile(r"(?:正如|诚如|恰如|就像|如同|如(?![果何今此下上同期实若是]))")  # 如专家所言，
_IN_WORDS_LEAD = re.compile(r"(?:借用|套用|引用|用)")
_IN_WORDS_TAIL = re.compile(r"的话(?:来)?$")
_EVERYONE = re.compile(r"(?:大家|人们|人人|众人|世人|大伙|很多人|许多人|不少人)")
_AS_SAID_TAIL = re.compile(r"(?:的那样|的一样|那样|的)?[，,：:]")  # (正如X指出的，; 正如X所言：“……”)


def as_said(text: str, zone_start: int, cue_start: int, cue_end: int) -> Optional[tuple[int, int, int]]:
    """(source start, source end, where what was said starts) for 正如X所说， / X说的那样， / 用X的话来说，."""
    zone = text[zone_start:cue_start]
    tail = _AS_SAID_TAIL.match(text, cue_end)
    if tail is None:
        return None
    lead = _AS_SAID_LEAD.match(zone)
    if lead is not None and _EVERYONE.match(zone, lead.end()):
        return None  # 正如大家所说: a common opinion, the writer's own claim
    if lead is not None:
        end = cue_start - 1 if zone.endswith("所") else cue_start
        return (zone_start + lead.end(), end, tail.end()) if end - zone_start - lead.end() >= 2 else None
    lead, words = _IN_WORDS_LEAD.match(zone), _IN_WORDS_TAIL.search(zone)
    if lead is not None and words is not None and text[cue_start:cue_end] == "说" and tail.group(0) in "，,":
        start, end = zone_start + lead.end(), zone_start + words.start()
        return (start, end, tail.end()) if end - start >= 2 else None
    return None


# 多名黄牛对记者表示 / 一位业内人士告诉记者 / 几名球员赛后说: people counted, and the noun saying who they are
_COUNTED = re.compile(r"(?:而|但|此外|另外|同时)?(?:还有|也有|另有|有)?((?:一|两|三|几|数|多|十多|部分)(?:名|位)"
                      r"[^\s，,。：:“”\"他她其年月日天时后前内里的和与及]{1,5}?|"
                      # 一些共和党人 / 不少业内人士 / 部分学者: people counted without a measure word
                      r"(?:一些|不少|许多|很多|部分|多数|大批)(?:共和|[^\s，,。：:“”\"他她其年月日天时后前内里的和与及]){0,4}?(?:人士|人|者|家|员))"
                      r"(?:(?:对|向|跟|在|接受|于)[^，,。]*|也|都|均|还|则|纷纷|赛后|会后|随后|当天|日前|近日)?$")


# 两国外长在会后表示 / 双方领导人一致认为 / 三国防长: office holders of the countries or sides counted,
# speaking together (the noun after 国/方 names them; 两国都表示 names the countries, left to the speakers)
_GROUP = re.compile(r"((?:两|三|四|五|几|多|各|双)(?:国|方|党|军)[^\s，,。：:“”\"他她其年月日天时后前内里的和与及在对向跟于都也均还则将已曾就]{1,4}?)"
                    r"(?:(?:在|对|向|跟|接受|于)[^，,。]*|也|都|均|还|则|纷纷|一致|共同|会后|随后|当天|日前|近日)*$")
_OFFICE_END = re.compile(r"(?:长|人|总统|总理|首相|元首|主席|代表|官员|领导人|发言人|大使|特使|部长|团)$")


def counted_source(text: str, zone_start: int, cue_start: int) -> Optional[tuple[int, int]]:
    """(start, end) of the people the clause before the cue counts (多名黄牛对时代财经, 两国外长), when
    that is all that names the source."""
    counted = _COUNTED.match(text, zone_start, cue_start)
    if counted is None:
        counted = _GROUP.match(text, zone_start, cue_start)
        if counted is not None and not _OFFICE_END.search(counted.group(1)):
            counted = None
    return (counted.start(1), counted.end(1)) if counted is not None else None


_PRESS_TOLD = re.compile(r"(?:当地|本地|国内|外国|多家|[\u4e00-\u9fff]{1,3}国)?(?:电视台|电台|媒体|记者|通讯社|报社|报纸)[，,：:]")  # 告诉当地电视台，
_ADDRESSEE_THEN = re.compile(r"(?:他们|她们|我们|你们|他|她|我|你|[该这那此][\u4e00-\u9fff]{1,4})[，,：:]")  # 告诉该机构，


def told_end(doc: Analysis, cue_end: int) -> Optional[int]:
    """告诉该机构，…… / 告诉美国国会：……: where what was said starts after the one told, a pronoun, a
    thing pointed back to, or a name (告诉孩子错在哪里 tells two things, and names no one)."""
    text = doc.norm_text
    told = _ADDRESSEE_THEN.match(text, cue_end) or _PRESS_TOLD.match(text, cue_end)
    if told is not None:
        return told.end()
    named = next((m for m in doc.mentions if m.span.start == cue_end), None)
    if named is None:
        return None
    after = _ALIAS_AFTER.match(text, named.span.end)  # 告诉美国有线电视新闻网（CNN），: the alias belongs to the one told
    after = after.end() if after else named.span.end
    return after + 1 if text[after:after + 1] in ("，", ",", "：", ":") else None


_ALIAS_AFTER = re.compile(BRACKETED_ALIAS)


_SENTENCE_BREAKS = "。！？!?；;\n"
# The verbs of an attribution placed after what was said (……，他说。): a headline's 最新回应！ is none
_POSTPOSED_CUES = ("说", "道", "表示", "指出", "认为", "强调", "介绍", "透露", "称")
POSTPOSED_GAP = 4  # 何亚东周一说 / 他也说: what may stand between the speaker and a cue closing the sentence
_SAID_IN = re.compile(r"[^，,。；;：:]{0,4}?在[^，,。；;：:在]{1,12}?[中上里]")  # 唐宁街在一份声明中说: where it was said


def postposed_content(text: str, floor: int, zone_start: int, speaker, cue_start: int, cue_end: int,
                      cues: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """中方将继续扩大开放，发言人何亚东说。: the attribution closes the sentence, and the clauses before it
    (up to the comma before the speaker) are what was said; None when the sentence is not so built."""
    if speaker is None or text[cue_end:cue_end + 1] != "。" or zone_start <= floor or text[zone_start - 1] not in "，," \
            or not text[cue_start:cue_end].endswith(_POSTPOSED_CUES):
        return None
    between = text[speaker.span.end:cue_start]
    if len(between) > POSTPOSED_GAP and not _SAID_IN.fullmatch(between) or any(c in between for c in "，,：:"):
        return None
    start = zone_start - 1
    while start > floor and text[start - 1] not in _SENTENCE_BREAKS:
        start -= 1
    while start < zone_start and text[start] in " \t\u3000":
        start += 1
    said = text[start:zone_start - 1]
    if len(said) < 6 or any(c in said for c in "“”\"「」：:"):
        return None  # a quotation is taken by the quotation rules; 据…：… frames something else
    if any(start <= c < zone_start for c, _ in cues):
        return None  # 他表示，A，B说。: the clauses are another cue's
    return start, zone_start - 1


# 宣布 + a noun phrase (宣布一项新政策, 宣布改革的总体架构) makes a thing public and reports no words;
# 宣布 + a clause (宣布对X的定罪无效, 宣布将提高关税) is a statement.
_ANNOUNCING = ("宣布", "公布")
ANNOUNCED_PHRASE = 24  # an announced noun phrase is short; a longer stretch is a clause
# 一项 / 两份 / 这一 / 新的: a counted or demonstrated head opens a noun phrase
_COUNTED_THING = re.compile(r"^(?:[一两几数这该此][项个份条批套轮]|一系列|新的|新一轮)")
# a predicate inside the object makes it a clause (将, 已, 不, 无效, 成立 …)
_THING_PREDICATE = re.compile(r"将|会|应|要|已|不|没|未|无效|有效|为|是|成为|结束|开始|暂停|取消|停止|加入|退出|启动|恢复")


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    heads = sorted(lexicon.words("announced_things.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")


def announces_thing(text: str, cue_start: int, cue_end: int, content: tuple[int, int]) -> bool:
    """The content right after 宣布 is one noun phrase headed by a thing announced (data/announced_things.txt),
    counted (一项新政策) or modified with 的 (改革的总体架构), with no predicate of its own."""
    said = text[content[0]:content[1]]
    if content[0] != cue_end or text[cue_start:cue_end] not in _ANNOUNCING or len(said) > ANNOUNCED_PHRASE \
            or any(c in said for c in "，,：:；;“"):
        return False
    if not _heads().search(said) or not (_COUNTED_THING.match(said) or "的" in said):
        return False
    return not _THING_PREDICATE.search(said.split("的")[0] if not _COUNTED_THING.match(said) else "")


# 预计他可能连任 / 指责是幕后指挥 / 评价士兵是优秀的士兵: a predicate after a subject makes the object a clause
_OBJECT_PREDICATE = re.compile(r"是|将|会(?![合议谈见面晤场上员长])|可能|应该|应当|已经|正在|能够|可以|不会|不能|没有|需要|必须|面临|难以|仍然|仍将")
# 将 / 于 / 在 / 今天 opening the object: no subject of its own (预计将于明年…, 预计今天在上海会合)
_NO_SUBJECT = re.compile(r"[将会于在可能要达已仍再也还都就不被把对从向与到\d]|[今明后本下上近当](?:天|日|年|月|周|晚|早)")


def clause_object(text: str, at: int, end: int, own_subject: bool = True) -> bool:
    """The object right after a cue of view or forecast (预计 / 注意到 / 指责, flag clause) is a clause:
    是/为 opening it (被X指责是……), or a predicate after two characters or more; with `own_subject`, a
    subject of its own must open it (预计将…… is "expected to"); 倡议在五年内…… shares the cue's subject."""
    stop = next((i for i in range(at, end) if text[i] in CLAUSE_BREAKS), end)
    obj = text[at:stop]
    if obj.startswith(("是", "为")) and len(obj) >= 4:
        return True
    if own_subject and _NO_SUBJECT.match(obj):
        return False  # 堪培拉预计将在明年决定: "is expected to", the subject's own act, no view reported
    return len(obj) >= 6 and _OBJECT_PREDICATE.search(obj, 2) is not None


# 指责邻国军队越境抓人 / 批评资方与财团勾结: the doer, then the tagger's verb; 批评美方的霸权行径 names no deed
_MUTUAL_OBJECT = ("对方", "彼此")
_DEED_RELATIVE = re.compile(r"[这那一某各][些种类]$")
_DOER_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "r", "PER", "LOC", "ORG"})
_DOER_LEADS = frozenset({"a", "m", "q", "f", "s"})  # 准 / 多名 / 边境: modifiers before the doer
_DEED_STOPS = ("的", "之", "等")  # 推行的政策 / 违规之举: a verb inside a noun phrase
_AFTER_PLACE_DOER = frozenset({"p", "d"})


def deed_object(doc: Analysis, floor: int, cue_start: int, at: int, end: int) -> bool:
    """The object right after an accusing cue (flag deed) is a clause: it opens with a doer the tagger
    tags a noun, name or pronoun (after modifiers, 准军事组织), and a verb follows in the same clause, not
    inside a noun phrase; not 对方 / 彼此 (the other side, paired by the events stage), nor a cue in a relative
    clause after 这些 / 一些 (这些批评某人的言论)."""
    text = doc.article.text
    if _DEED_RELATIVE.search(text, floor, cue_start):
        return False
    stop = next((i for i in range(at, end) if text[i] in CLAUSE_BREAKS), end)
    words = tokens_in(doc, at, stop)
    named = {m.span.start for m in doc.mentions if m.type != "TIME" and at <= m.span.start < stop}
    lead = next((i for i, (word, tag) in enumerate(words) if tag not in _DOER_LEADS or word.start in named), len(words))
    if 0 < lead < len(words) and words[lead - 1][1] == "s" and words[lead][1] in _AFTER_PLACE_DOER:
        lead -= 1  # 西方在X问题上搞…: a place word (西方, 外界) that a preposition or adverb follows is the doer
    if len(words) < lead + 2 or words[0][0].start != at or (words[lead][1] not in _DOER_TAGS | {"s"}
                                                             and words[lead][0].start not in named):
        return False  # (西共体, which the tagger takes for a place word, is a named doer)
    if text.startswith(_MUTUAL_OBJECT, at):
        return False  # 双方都指责对方违约: a quarrel between sides (events pair the two sides)
    for i, (word, tag) in enumerate(words[lead + 1:], lead + 1):
        if tag == "v" or tag == "a" and i > lead + 1 and all(t == "w" for _, t in words[i + 1:]):
            # (指责总理在人权问题上态度软弱: an adjective that ends the clause is its predicate)
            after = words[i + 1][0].text if i + 1 < len(words) else ""
            if not after.startswith(_DEED_STOPS):
                return True  # 欧盟派驻的观察团“只会制造紧张”: past a verb inside the noun phrase, the predicate's
    return False


# 发表声明，指责…… / 发表联名信，批评……: the clause before the comma issues the statement the cue reports;
# so does a protest lodged (提出严正交涉，批评…… / 表示强烈不满，指责……)
_ISSUED = re.compile(r"(?:(?:发表|发布|发出|公布|连发)了?[^，,。；;]{0,6}(?:声明|讲话|谈话|公开信|联名信|文章|评论|视频|帖文|音频|录音|推文|帖子|长文|社论|报告)|"
                     r"(?:提出|进行)了?[^，,。；;]{0,4}(?:交涉|抗议)|表示了?[^，,。；;]{0,4}(?:不满|抗议)"
                     r"|上街抗议|举行抗议|发起抗议|发声)[，,]\s*$")  # 带着党员上街抗议，指责……: the protest voices it


def issued_before(text: str, floor: int, cue_start: int) -> bool:
    """The clause before the cue's own (from floor) ends by issuing a statement, then a comma."""
    return _ISSUED.search(text[max(floor, cue_start - 40):cue_start]) is not None


# 某网10月29日电（记者X）: the dateline that opens the body names the outlet that publishes the article
_DATELINE = re.compile(r"\s*(?:[【\[（(]\s*)?(?P<name>[^\s，,。【\[（(\d据]{2,24}?)(?:\d{1,2}月)?\d{1,2}日(?:电|讯)")
# what a publisher finds out itself (某网注意到 / 据某网统计): the writer's own findings, no one's statement
_FINDINGS = ("注意到", "获悉", "了解到", "发现", "统计", "梳理", "查询", "观察到", "看到")
DATELINE_PARAGRAPHS = 3  # the dateline opens one of the body's first paragraphs (after the title)


def publisher_voice(doc: Analysis, speaker: str, cue: str) -> bool:
    """中新经纬注意到 in an article whose dateline is 中新经纬10月29日电: the publisher itself (or its
    reporter) finds something out, which is the writer's claim, not a quoted source."""
    if not cue.startswith(_FINDINGS):
        return False
    outlet = per_stage(doc, "dateline outlet", lambda: _dateline_outlet(doc))
    name = speaker.removesuffix("记者").strip("《》")
    return bool(outlet) and len(name) >= 2 and (name == outlet or name.startswith(outlet))


def _dateline_outlet(doc: Analysis) -> str:
    from ..nlp.words import outlet_prefix

    for paragraph in [p for p in doc.article.paragraphs if p.text.strip()][:DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(paragraph.text)
        if match:
            name = match.group("name").strip("《》")
            known = outlet_prefix(name)
            return known or (name if len(name) <= 6 else "")
    return ""


_SINCE = re.compile(r"自从|自(?![民卫治由])|从")  # 自X宣布访华之后: the clause dates something else
_AFTER_SAYING = re.compile(r"[了过完]?(?:之)?(?:后|以后)(?:不久|没多久|没几天|不到[^，,。]{1,4})?[，,]")  # 宣布后不久，
_DAY_OF_SAYING = re.compile(r"[^，,。；;“”]{0,8}?(?:当晚|当天|当日|那天|那晚|之夜)[，,]")
_WHEN_WORD = r"时(?![间期代刻局事政空效])"  # 在…时, not 浪费时间 / 时代


# A short object and 时 that close the cue's clause (宣布“对等关税”时，): the saying dates what follows; not 及时/同时.
_OBJECT_THEN_WHEN = re.compile(r"(?:“[^“”，,。]{1,10}”|[^“”，,。；;：:]{1,8}?)(?<![及准同随按临暂届当有适顿小平那此彼])时[，,]")


def in_time_clause(text: str, zone_start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """在回答记者提问时说 / 在卢比奥发出警告之前: the cue names the occasion, not the statement."""
    if _AFTER_SAYING.match(text, cue_end) or _DAY_OF_SAYING.match(text, cue_end):
        return True  # 确认后，他走出校门 / 表示之后，/ 宣布参选当晚，: the saying only dates what follows
    if "在" not in text[zone_start:cue_start] and not _SINCE.match(text, zone_start):
        return bool(_OBJECT_THEN_WHEN.match(text, cue_end, end))  # 特朗普宣布“对等关税”时，: when he announced it
    tail = text[cue_end:min(end, cue_end + 12)]
    cut = next((i for i, c in enumerate(tail) if c in CLAUSE_BREAKS), len(tail))
    following = text[cue_end + cut:cue_end + cut + 1]
    clause = tail[:cut] + ("" if following in CLAUSE_BREAKS else following)  # (时|间 cut at the twelfth character)
    return bool(re.search(rf"(?:{_WHEN_WORD}|之时|之前|之后|前|后|之际)$", tail[:cut]) and not clause.endswith("时", 0, -1)
                or re.match(rf"^[^，,。]{{0,8}}(?:{_WHEN_WORD}|之前|之后|之际)", clause))


_STAFF_CREDITS = re.compile(r"(?:编辑|责编|责任编辑|校对|审核|审校|监制|编审)[\s：:]")
_WORDLESS = re.compile(r"[\s\W_]*")  # “” / “……” / “？”: quotation marks around no words


def says_words(quote: Quote) -> bool:
    """A quote says something: its content is more than punctuation and space, a time alone (据X报道，当地时间
    28日晚，Y宣布…: Y speaks) or a page's staff credits (记者 某某 报道 编辑 某某 责编 某某)."""
    content = quote.content.text.strip()
    return not _WORDLESS.fullmatch(content) and not _STAFF_CREDITS.match(content) and not _only_time(content)


def _only_time(content: str) -> bool:
    rest, at = re.sub(r"^(?:当地时间|北京时间)", "", content), 0
    while at < len(rest):
        found = TIME_RE.match(rest, at)
        if found is None or found.end() == at:
            return False
        at = found.end() + len(re.match(r"[早晚夜间]*", rest[found.end():]).group(0))
    return bool(rest)


CITATIONS = ("据", "根据", "依据", "按照")


def cited_inside(text: str, zone_start: int, cues: list[tuple[int, int]]) -> bool:
    """表示，根据韩方专家的分析，……: a framed citation that opens right after another cue and its comma is part
    of that statement (its speaker cites the source), not a statement of its own."""
    return text.startswith(CITATIONS, zone_start) and text[zone_start - 1:zone_start] in "，," \
        and any(e == zone_start - 1 and not text.startswith(CITATIONS, c) for c, e in cues)


def ends_on_verb(doc: Analysis, start: int, end: int) -> bool:
    """The words text[start:end] end on a verb (挑衅升级): they describe what is done, no term's name."""
    words = tokens_in(doc, start, end)
    return bool(words) and words[-1][1] in ("v", "vd")


# 报道还称，谈及中欧经贸，X称，……: what follows the outer cue only names the topic of the statement the next
# speaker makes; the report says nothing of its own.
_TOPIC_ONLY = re.compile(r"(?:在|而)?(?:谈及|谈到|提及|提到|说到|论及|问及|关于|对于|针对|就)[^，,。；;：:“”]{1,30}")
_NEXT_SPEAKER_REACH = 12  # characters between the topic's comma and the next speaker


def topic_before_speaker(text: str, quote: Quote, speaker_spans: set) -> bool:
    """谈及中欧经贸，X称: an indirect quote that only names the topic of the next speaker's statement."""
    content = quote.content
    if quote.kind != "indirect" or not _TOPIC_ONLY.fullmatch(text, content.start, content.end) \
            or text[content.end:content.end + 1] not in ("，", ","):
        return False
    return any(content.end < start <= content.end + _NEXT_SPEAKER_REACH for start, _ in speaker_spans)


def urged_to_say(quote: Quote) -> bool:
    """乌方要求俄方承认…: the speaker phrase holds a pivot verb whose object is the one said to speak;
    what follows is demanded of him, not said."""
    if quote.speaker is None:
        return False
    phrase = quote.speaker.text
    return any(0 < phrase.find(verb) and len(phrase) - phrase.find(verb) - len(verb) >= 2
               for verb in _URGING)


# Pivot verbs that ask or make someone act; not those that also end titles and names (组织, 领导, 大使's 使).
_URGING = frozenset({"要求", "请求", "敦促", "敦请", "力促", "督促", "胁迫", "促使", "迫使", "逼迫", "强迫", "呼吁",
                     "号召", "鼓励", "鼓动", "怂恿", "唆使", "煽动", "允许", "准许", "说服", "劝说", "命令", "邀请", "指使"})


def names_its_speaker(quote: Quote) -> bool:
    """“东方研究中心”12日宣布: a name in quotation marks is the subject, not a quote."""
    speaker, content = quote.speaker, quote.content
    return quote.kind == "direct" and speaker is not None and content.start <= speaker.start \
        and speaker.end <= content.end and 2 * (speaker.end - speaker.start) >= content.end - content.start
