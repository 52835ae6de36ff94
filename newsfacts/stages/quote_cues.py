"""Speech cues of the quote stage: the cues found in a paragraph, and where a cue as written begins.
The cue lexicon itself (data/speech_cues.txt, its regex and flags) is shared text machinery, nlp/speech.py."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..nlp import common_words, names
from ..nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAK
from ..nlp.speaker_phrases import FUSED_PASSIVE, inside_topic_frame
from ..nlp.speech import ISSUING as _ISSUING, cue_lexicon, flags as _flags, has_flag  # noqa: F401 (quotes reads has_flag here)
from ..nlp.words import ZHONG_NAMES

_DETERMINERS = set("份项篇条则该这此")
_NOT_AFTER_CUE = set("的下出着中里得")  # 说得很直白 / 称得上: how, not what, was said
_COUNTS = set("一两几数每这那该此")
_AS_SAID = ("的那样，", "的那样,", "的一样，", "的一样,")
_AS_SAID_FRAME = re.compile(r"(?:正如|诚如|恰如)[^，,。；;：:“”]*$")
_AFTER_PREPOSITION = set("对因为于如由据借就至自")
# A cue word after one of these is a noun (欧方有关表态 / 此前的声明 / 产生了质疑), not a speech act.
_NOUN_MODIFIERS = ("有关", "相关", "这一", "此番", "这番", "上述", "前述", "一番", "遭到", "受到", "引发", "面临", "面对",
                   "和", "及", "与", "或", "被", "以示", "充满", "满了", "引来", "招致", "引起",
                   "所谓")  # 以示警告 / 充满了质疑 / 招致批评 / 所谓报告: a noun
# 表示(强烈)谴责 / 表达强烈不满和严厉谴责: the cue word is the attitude the verb before expresses.
_ATTITUDE_OBJECT = re.compile(r"(?:表示|表达)(?:[^，,。；;：:“”]{0,6}?[和与及、])?(?:强烈|严厉|坚决|严正|高度|深切|极大)?的?$")
# A count or a demonstrative with its classifier makes the cue word a noun that refers back (美方的这一连串警告，
# 一系列声明 / 种种质疑): statements already told, not a new one.
_COUNTED_NOUN = re.compile(r"(?:一连串|一系列|连串|系列|这些|那些|种种|这种|那种|这类|此类|那番|该番|诸如此类的?)$")
# After 所 + cue, a noun head (not 的, an aspect mark or punctuation: 正如他所说， / 所说的那样 stay frames).
_RELATIVE_HEAD = re.compile(r"[\u4e00-\u9fff](?<![的之过了那一])")
_WORDS_OF_DAO = frozenset(("道德", "道理", "道路", "道义"))
# 一边说…一边… / 一方面声称…另一方面… / 前脚说…后脚… / 嘴上说…: the cue opens a claim set against what is done
_CONTRASTED = re.compile(r"(?:一边|一方面|前脚|嘴上|口头上|表面上)(?:又|还|却|也)?(?:口口声声|一再|不断|反复)?$")
_FRANCE_HEADS = ("国", "方", "军", "媒", "总统", "外长", "政府")  # after 法: France (法国, 法方), not the noun 说法
FRAMES = ("据", "按照", "按", "根据", "依据", "用")  # 按照 before 按: the frame word is skipped by its length
ZAI_LEADS = ("而", "但")  # 而在X看来: a connective before the frame
# The person told, which 告诉 runs over: 告诉《环球人物》记者 / 告诉在场的CNN报道团队.
_ADDRESSEE = re.compile(r"《[^》]{1,12}》(?:记者|(?![的所]))|[^\s，,。：:“]{0,10}?(?:记者|媒体|团队|本报|我们)(?:记者)?")  # 告诉本报记者 / 告诉《X》。
_ISSUED = re.compile(r"发表|发布|作出|出台|公布")
# 的 and a qualifier that names no one (鹰派 / 美好 / 一贯, data/cue_noun_qualifiers.txt), before a cue that is as often a noun
_SAYING_AFTER_COMMA = ("称", "说", "表示", "指出", "强调")
_NOUN_LIKE_CUES = frozenset(("表态", "回忆", "评论", "承诺", "声明", "讲话", "发言", "警告", "主张", "描述", "评价", "预测"))
# Verbs whose object is only ever words: 说了，… / 指出了，… go on with what was said (回应了，/ 报道了， need not).
_SUBJECT_ADVERBS = set("也都还则仍已又就才便")  # adverbs after a subject, never right after a verb of saying
_WORDS_ONLY = ("说", "讲", "表示", "指出", "强调", "直言", "坦言", "写")
_DONE_AS_NOUN = ("做了", "作了", "进行了")  # a light verb with 了 makes the cue word its object, a finished act
# A cue denied or declined in its own clause says nothing: 未对此作出回应 / 拒绝透露 / 暂未就此发表评论.
_DENIED = re.compile(r"(?:未|没有|没|拒绝|不愿|无意|不予)(?:(?:对|就|向)[^，,。；;：:“”]{1,12}?)?"
                     r"(?:作出|做出|发表|予以|进行|公开)?$")
# 被 and a short agent before a cue that ends its clause: the subject was criticised or reported on, and what
# follows is what the subject did (被观众批评，在演出中多次致歉); 被X指责是… takes its content with no comma.
_PASSIVE_AGENT = re.compile(r"被[^，,。；;：:“”\s]{0,8}$")
_ASKED_WHEN = re.compile(r"问[^，,。]*时[只仅也还则就又]?$")  # 被问及此事时(只)表示，: asked, the subject answers


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset:
    return frozenset(lexicon.words("cue_noun_qualifiers.txt"))


@lru_cache(maxsize=1)
def _modifiers() -> tuple[tuple[str, frozenset], ...]:
    """(modifier, the cues it joins), longest modifier first (data/speech_cue_modifiers.txt)."""
    rows = [(row[0].strip(), frozenset(row[1].split())) for row in lexicon.rows("speech_cue_modifiers.txt")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_DEFIED = re.compile(r"(?:无视|不顾|漠视|罔顾|置若罔闻于?)[^，,。；;：:“”]{0,8}$")
_MADE_INTO = re.compile(r"(?:描绘|描述|塑造|渲染|说|看|视|当|定性|列|变|打造)(?:成|为|作)$")  # 描绘成 / 视为 / 看作


def cue_start_with_modifier(text: str, floor: int, s: int, e: int) -> int:
    """Where the cue as written begins: 评论称 / 分析认为 / 发表声明称 take the word before them."""
    cue = text[s:e]
    for modifier, joined in _modifiers():
        if cue in joined and s - len(modifier) >= floor and text.startswith(modifier, s - len(modifier)):
            return s - len(modifier)
    return s


_EXPLAINED = ("是在", "只是在", "其实是在")
_NEWS_OBJECT = re.compile(r"(?:[^，,。；;：:“”]|“[^“”，,。]{1,12}”){1,30}?的(?:消息|报道|新闻|说法|传闻|传言)(?=[，,。；;！？!?]|$)")


def paragraph_cues(text: str, start: int, end: int, inside_quote, names_end: frozenset = frozenset(),
                   inside_name=lambda at: False) -> list[tuple[int, int]]:
    """The (start, end) of every speech cue of text[start:end] outside quotation marks; `names_end` holds
    where person names end (十仓雅和|表示: the 和 is the name's, no conjunction before a noun), and
    `inside_name` tells a position inside a person's name (李强|调研: no 强调)."""
    pattern, not_cues = cue_lexicon()
    cues: list[tuple[int, int]] = []
    for match in pattern.finditer(text, start, end):
        s, e = match.start(), match.end()
        if cues and s < cues[-1][1]:
            continue  # 告诉在场的CNN报道团队: a word inside the one told, which the cue before ran over
        if e - s > 2 and text[e - 1:e + 1] in _WORDS_OF_DAO and text[s:e - 1] in _flags():
            e -= 1  # 视为道德的榜样: the 道 of a generated form (说道, 写道) opens the word 道德
        if text[s:e] == "说法" and text.startswith(_FRANCE_HEADS, e) and not text.startswith(("国际", "国家"), e):
            e -= 1  # 说法国…, 说法方…: 说 and France's one-character form, not the noun 说法
        if e - s > 1 and _inside_not_cue(text, s, e, not_cues) and pattern.fullmatch(text, s + 1, e) is not None \
                and not _inside_not_cue(text, s + 1, e, not_cues):
            s += 1  # 发表演说称: 演说 is a noun, the cue is the 称 after it
        if inside_quote(s) or inside_name(s) or _inside_not_cue(text, s, e, not_cues) and not _in_words(text, s, e) \
                or _in_title(text, start, s) \
                or inside_topic_frame(text, s, e):
            continue  # ……；就X指责Y一事提出抗议: the accusation is the matter, not a statement made here
        if text[e:e + 1] == "了" and text[e + 1:e + 2] in "，,。；;！!" and not (
                text[s:e] in _WORDS_ONLY and text[e + 1:e + 2] in "，,") \
                or text[max(start, s - 3):s].endswith(_DONE_AS_NOUN) and text[e:e + 1] in "，,。；;！!":
            continue  # 各大媒体都报道了，有疑虑…… / 他也回应了，…… / 为来宾做了介绍，……: a finished act with no words of its own
        if _CONTRASTED.search(text, max(start, s - 8), s):
            continue  # 美方一边声称…，一边…: a claim the writer sets against deeds, no statement reported
        if _MADE_INTO.search(text, max(start, s - 4), s) or _DEFIED.search(text, max(start, s - 10), s):
            continue  # 把中国描绘成威胁: what something is made out to be; 无视中方多次警告: the warnings ignored
        if text.endswith(_EXPLAINED, max(start, s - 3), s):
            continue  # 他是在否认X: an explanation of what someone meant, no statement made here
        if _NEWS_OBJECT.match(text, e, end):
            continue  # 频繁报告击落X的消息: the cue takes the news as its object, nothing is said
        if text[e:e + 1] == "地" and pattern.match(text, e + 1, end):
            continue  # 直言不讳地说: the first word says how, the cue is the verb after 地
        told = _ADDRESSEE.match(text, e, end) if has_flag(text[s:e], "addressee") else None
        if told is None and _postposition_after(text, e) \
                or _after_determiner(text, s) and not _document_says(text[s:e]) \
                or text[max(0, s - 2):s] == "联合" and text[s:e] in _NOUN_LIKE_CUES:  # 该报告称 / 一份声明称: the document
            # says it; 发表联合声明说 is said, but 一份联合声明 alone is a noun
            continue  # 报道的观点 / 一份联合声明 / 在…的介绍下 / 透露出: not a speech act here
        if _framed_in_time(text, _clause_start(text, start, s), s, e, end):
            continue  # 在宣布表决结果后发表讲话 / 距离X宣布戒严仅过去11天: the cue names when, it reports nothing
        if has_flag(text[s:e], "document") and _EVIDENCE_SHOWS.fullmatch(text, _clause_start(text, start, s), s):
            continue  # ，显示平壤仍在… / 有证据显示…: a finding within what is said, no source of its own
        if text[s:e] in ("表示", "提出", "表达") and _quoted_attitude(text, e, end):
            continue  # 向中方提出“强烈抗议”: the protest is the act, its words are not given
        if text[s:e] == "表示" and _shows_attitude(text, e, end):
            continue  # 对死难者表示深切哀悼，…… / 对这种做法表示强烈不满和坚决反对: an attitude shown, no words said
        if has_flag(text[s:e], "frame") and not _framed(text, start, s, e):
            continue  # 消息 / 数据 are cues only in 据塔斯社消息 / 按照商务部的数据 / X公众号消息：
        if told is not None:  # 告诉中青报记者: the one told, whose name may open with 中
            e = told.end()
        if _is_noun(text, start, s, e) and s not in names_end:
            continue  # 我们充分肯定日方有关表态 / 发布了一份书面声明 / 她的表态颇耐人寻味
        if _modifies_speaker(text, e, end) and s - _clause_start(text, start, s) <= 4 \
                and "被" not in text[_clause_start(text, start, s):s]:
            continue  # 最早报道此事的路透社，…… / 报道他上任的一家美媒，……: the cue's clause describes the one who speaks
        if _denied(text, start, s) or _passive_without_words(text, start, s, e):
            continue  # 甲公司未对此作出回应，乙公司表示…… / 他被网友批评，随后道歉
        if cues and cues[-1][1] + 1 == s and text[s - 1] in "，," and text[s:e] in _SAYING_AFTER_COMMA \
                and has_flag(text[cues[-1][0]:cues[-1][1]], "topic"):
            cues.pop()  # 发表声明回应，称……: the reaction's words follow its own 称, one statement
        if cues and cues[-1][1] == s:
            first = text[cues[-1][0]:cues[-1][1]]
            if has_flag(first, "source") or first.startswith("据") and text[e:e + 1] in "，,：:" \
                    or has_flag(first, "frame") and has_flag(text[s:e], "source"):
                cues.pop()  # 报道声称 / 声明指出 / 根据统计显示， / 的消息报道: the second verb is the cue, the first names the source
            else:
                continue  # 表示预计 / 宣布承诺: the first verb is the cue, the second is said
        cues.append((s, e))
    cues = sorted(cues + _issued_statements(text, start, end, inside_quote, cues))
    return [c for i, c in enumerate(cues) if not _addressed_before(text, c, cues[i + 1] if i + 1 < len(cues) else None)]


# X发表声明，祝贺…… / X发表电视讲话，宣布……: the statement issued (_ISSUING) is the cue, what follows the comma its content
_NEXT_ACT = ("还", "并", "又", "另", "同时", "随后", "随即", "之后", "此后", "但", "而", "却")  # 发表声明，还附上……: a second act
_QUOTING = re.compile(r"(?![将要会])[^，,。；;！!？?“]{0,30}“")  # (威胁将对X采取“…”: a clause follows, the statement's)
_CLAUSE_STOP = re.compile(r"[，,。；;！!？?：:“]")


_STILL_TO_COME = re.compile(r"(?:将要|将会|将于|还将|也将|(?<![必])将|计划|准备|拟|打算|有望|预计)[^，,。；;]*$")


def _issued_statements(text: str, start: int, end: int, inside_quote, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """发表声明， with a subject before it and a clause after the comma that holds no cue of its own
    (发表声明，指责…… and 发表声明称 take their own cue): the issuing phrase is the cue."""
    found = []
    for match in _ISSUING.finditer(text, start, end):
        s, e = match.start(), match.end()
        clause_start = _clause_start(text, start, s)
        after = e + 1
        stop = _CLAUSE_STOP.search(text, after, end)
        clause_end = stop.start() if stop else end
        if _STILL_TO_COME.search(text, clause_start, s):
            continue  # 双方还将在未来几周内发表一份联合声明，……: a statement still to come says nothing yet
        own_cue = not text.startswith(_wanting(), after) and any(  # 发表声明，欢迎X宣布……: the 宣布 is welcomed
            clause_start <= cs < clause_end and not _topic_only(text, cs, ce) for cs, ce in cues)
        if inside_quote(s) or s - clause_start < 2 or clause_end - after < 2 or text[clause_start:s].startswith(("在", "于")) \
                or text[s - 1:s] in ("的", "所") or text.startswith(_NEXT_ACT, after) or own_cue:
            continue  # 在发表讲话时 / 所发表的声明 / 发表声明，指责……: no statement of this phrase's own
        found.append((s, e))
    return found


@lru_cache(maxsize=1)
def wanted_verbs() -> frozenset:
    """Verbs that make a later cue of their clause wanted or welcomed, not made (data/speech_wanted.txt)."""
    return frozenset(lexicon.words("speech_wanted.txt"))


@lru_cache(maxsize=1)
def _wanting() -> tuple[str, ...]:
    return tuple(sorted(wanted_verbs(), key=len, reverse=True))


def _topic_only(text: str, s: int, e: int) -> bool:
    """谴责以色列的袭击: a cue of what the words were about, with no words of its own after it."""
    if not has_flag(text[s:e], "topic") or has_flag(text[s:e], "deed") or text[e:e + 1] in "，,：:“":
        return False
    quoting = _QUOTING.match(text, e)
    if quoting is None:
        return True
    close = text.find("”", quoting.end())
    # 谴责美方的决定是“经济侵略”: the cue quotes words of its own; 谴责中方“危险和非法”行动: a quoted modifier of its object
    return close >= 0 and text[close + 1:close + 2] not in "，,。；;！!？?）)" and close + 1 < len(text)


@lru_cache(maxsize=1)
def _speaker_head() -> re.Pattern:
    """的 + a source noun (data/speaker_nouns.txt) or an outlet's name ending, at the end of a clause."""
    nouns = "|".join(sorted((re.escape(w) for w in lexicon.words("speaker_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"的(?:一[家名位个]|这[家名位个]|该)?(?:[\u4e00-\u9fff]{{0,6}}(?:{nouns})|[\u4e00-\u9fff]{{1,8}}"
                      rf"(?:通讯社|新闻社|电视台|日报|时报|邮报|美媒|外媒|社|报|网))$")


def _modifies_speaker(text: str, cue_end: int, end: int) -> bool:
    """报道此事的路透社，……: the cue's object runs with no break into 的 and a source noun that ends the clause, so
    the cue opens a relative clause on the one who then speaks; it says nothing itself."""
    if text[cue_end:cue_end + 1] in "，,。；;：:“\"「" or text.startswith(("是", "为", "了"), cue_end):
        return False  # 指责是…的幕后指挥官: a statement of what someone is
    clause_end = cue_end
    while clause_end < end and text[clause_end] not in "，,。；;：:！？!?“”":
        clause_end += 1
    return text[clause_end:clause_end + 1] in "，," and clause_end - cue_end <= 24 \
        and _speaker_head().search(text, cue_end, clause_end) is not None


@lru_cache(maxsize=1)
def _addressing_verbs() -> frozenset:
    return frozenset(lexicon.words("speaker_addressing_verbs.txt"))


def _addressed_before(text: str, cue: tuple[int, int], nxt: Optional[tuple[int, int]]) -> bool:
    """一些人批评王明称，…… / 警告美方说，……: the verb names the one addressed; the cue after that object
    (称/说 before a comma or a colon) carries the statement."""
    if nxt is None or text[cue[0]:cue[1]] not in _addressing_verbs() or not 0 < nxt[0] - cue[1] <= 12:
        return False
    return not any(c in _CLAUSE_BREAK or c in "“”" for c in text[cue[1]:nxt[0]]) \
        and text[nxt[0]:nxt[1]].endswith(("称", "说", "道")) and text[nxt[1]:nxt[1] + 1] in "，,：:"


@lru_cache(maxsize=1)
def _attitude_phrase() -> re.Pattern:
    """表示 + (了) + (a word of degree, 的) + a feeling or stance (data/speech_attitudes.txt) that ends
    its clause or is joined to another (不满和坚决反对, 慰问并提供协助)."""
    degree = lexicon.alternation_source(lexicon.words("speech_attitude_degrees.txt"))
    attitude = lexicon.alternation_source(lexicon.words("speech_attitudes.txt"))
    return re.compile(rf"了?(?:{degree})?的?(?:{attitude})(?=$|[，,。；;！!、）)\s]|和|与|及|并|之意)")


def _shows_attitude(text: str, e: int, end: int) -> bool:
    return _attitude_phrase().match(text, e, end) is not None


def _quoted_attitude(text: str, e: int, end: int) -> bool:
    """提出“强烈抗议” / 表达“严重关切”: a stance in quotation marks as the cue's object, an act, no words said."""
    if text[e:e + 1] != "“":
        return False
    close = text.find("”", e + 1, end)
    return close > e + 1 and _attitude_phrase().fullmatch(text, e + 1, close) is not None \
        and text[close + 1:close + 2] in ("", "，", ",", "。", "；", ";", "！", "!")


def _denied(text: str, floor: int, s: int) -> bool:
    return _DENIED.search(text, _clause_start(text, floor, s), s) is not None


def _passive_without_words(text: str, floor: int, s: int, e: int) -> bool:
    after = e + 1 if text[e:e + 1] == "了" else e
    passive = _PASSIVE_AGENT.search(text, _clause_start(text, floor, s), s)
    return text[after:after + 1] in "，,。；;！!" and passive is not None and not _ASKED_WHEN.search(passive.group()) \
        and not FUSED_PASSIVE.match(passive.group())  # 巴祖姆被扣押后表示，: the one held speaks


def _in_words(text: str, s: int, e: int) -> bool:
    """用他的话来说，……: 来说 is no cue of its own (一般来说), but after 的话 it gives someone's words."""
    return text[s:e] == "说" and (text[max(0, s - 3):s] == "的话来" or text[max(0, s - 2):s] == "的话") \
        and text[e:e + 1] in "，,"


# 奥斯汀宣布前两天，…… / 拜登宣布后，……: the cue dates the clause that follows, it reports nothing
_BEFORE_OR_AFTER = re.compile(r"(?:之前|之后|以前|以后|前|后)(?:[一二两三四五六七八九十几数\d]{1,3}(?:天|日|小时|周|个月|年))?[，,]")


def _postposition_after(text: str, e: int) -> bool:
    """报道的观点 / 声明中 / 透露出: the cue word is a noun or a verb of another sense; but in
    表示中国… / 称赞中方… the 中 opens a name (中国, 中方, 中美, 中东) that begins what was said."""
    if _BEFORE_OR_AFTER.match(text, e):
        return True
    after = text[e:e + 1]
    if text.startswith(_AS_SAID, e) or text.startswith(("的，", "的,"), e) and _AS_SAID_FRAME.search(text, max(0, e - 24), e):
        return False  # 正如他说的那样，…… / 正如王毅指出的，……: what follows the comma was said
    return after in _NOT_AFTER_CUE and not (after == "中" and text[e + 1:e + 2] in ZHONG_NAMES) \
        and not (after == "出" and _opens_verb(text[e:e + 2]))  # 宣布出任主席: 出任 is what was announced


def _opens_verb(word: str) -> bool:
    entry = common_words.entry(word)
    return entry is not None and entry[1].startswith("v") and word not in ("出来", "出去")


def _in_title(text: str, floor: int, s: int) -> bool:
    """《消费者报告》 / 亚细亚洲（又称亚洲）: a word inside a title in 《》 or a parenthesis is part of a
    name or an aside, no speech act."""
    return text.rfind("《", floor, s) > text.rfind("》", floor, s) \
        or max(text.rfind("（", floor, s), text.rfind("(", floor, s)) > max(text.rfind("）", floor, s), text.rfind(")", floor, s))


def _after_determiner(text: str, s: int) -> bool:
    """一份声明 / 该报道 / 这则消息; but 对此表示 and 姜云则表示 are speech acts."""
    before = text[s - 1:s]
    if before in "个番" and text[s - 2:s - 1] in "这那一" and text[s - 3:s - 2] != "第":
        return True  # 这个表态 / 这番表态: the statement named, nothing said here (第一个宣布: the first to say)
    if before not in _DETERMINERS:
        return False
    if before == "则":
        return text[s - 2:s - 1] in _COUNTS
    if before == "此":
        return text[s - 2:s - 1] not in _AFTER_PREPOSITION
    return True


# A cue inside a frame of time: 在…宣布…后/时 (the occasion of the clause's own verb) or 距离…宣布…仅过去 (a span of
# time counted from the act).
_TIME_OPENING = re.compile(r"(?:在|距离|距今|距|自从|自)(?:[^，,。；;：:“”]{0,12})$")
_TIME_CLOSING = re.compile(r"[^，,。；;：:]{0,16}?(?:之后|以后|后(?![来者果面续台方])|的时候|时(?![间候代期刻])|之际|"
                           r"(?:仅|只|已经|已)?过去(?:了)?|以来)")


def _framed_in_time(text: str, clause: int, s: int, e: int, end: int) -> bool:
    """The cue at text[s:e] stands inside a time frame that opens in its clause before it and closes after it."""
    opening = _TIME_OPENING.search(text, clause, s)
    if opening is None or text[opening.start():opening.start() + 1] == "自" and not text.startswith("自从", opening.start()):
        return False  # 自 alone is also 'self' (自称): only 自从 opens a time
    closing = _TIME_CLOSING.match(text, e, end)  # 在…时/后 closes any frame; a span counted (距离…) only 过去/以来
    return closing is not None and ("在" in opening.group() or closing.group().endswith(("过去", "过去了", "以来")))


# What opens the clause of a finding that is no source of its own (，显示… inside what someone says; 有证据显示):
# nothing, or evidence that someone claims there is. Data, records and pictures that show something are
# the source's (数据显示, 照片显示: the one who published them speaks).
_EVIDENCE_SHOWS = re.compile(r"\s*(?:(?:也|都|更|则|均|有)?(?:相关|种种|新的?)?证据(?:也|都|均)?)?\s*")


def _document_says(cue: str) -> bool:
    """该报告称 / 一份声明称: a document noun with its verb is a statement, whatever determiner names the
    document (一份声明 alone is a noun)."""
    return cue.endswith(("称", "说")) and has_flag(cue[:-1], "source")  # 该报道称: the report, its outlet's


def _framed(text: str, floor: int, s: int, e: int) -> bool:
    """据塔斯社消息 / 按照X的数据; or a source's notice heading its content (X公众号消息，……)."""
    clause = _clause_start(text, floor, s)
    if has_flag(text[s:e], "zai"):
        close = max(text.rfind("”", clause, s), text.rfind("」", clause, s))
        clause = close + 1 if close >= 0 else clause  # “……”在X看来
        clause += next((len(w) for w in ZAI_LEADS if text.startswith(w, clause)), 0)
        return text.startswith("在", clause)  # 在观察人士看来 / 而在X看来: the view is framed by 在……看来
    if text.startswith(FRAMES, clause):
        return True
    return text[s:e] == "消息" and text[e:e + 1] in "，,：:" and s > floor and text[s - 1].isalnum() \
        and text[s - 1] not in "的有条则该此这"


def _clause_start(text: str, floor: int, s: int) -> int:
    clause = s
    while clause > floor and text[clause - 1] not in _CLAUSE_BREAK:
        clause -= 1
    while clause < s and text[clause] in " \t\u3000":
        clause += 1
    return clause


def _is_noun(text: str, floor: int, s: int, e: int) -> bool:
    """The cue word names a statement (有关表态, 理念和主张, 遭到质疑, 被说) instead of making one."""
    if text[max(floor, s - 2):s].endswith(_NOUN_MODIFIERS) or text[max(floor, s - 3):s].endswith(("产生了", "产生")) \
            or _COUNTED_NOUN.search(text, max(floor, s - 3), s):
        return True
    if _ATTITUDE_OBJECT.search(text[max(floor, s - 12):s]) and not text[s:e].endswith(("称", "说", "道")):
        return True  # 表示强烈反对和严厉谴责，已就此…: the attitude 表示 expresses, not a cue
    if text[s - 1:s] == "有" and (s - 2 < floor or text[s - 2] in _CLAUSE_BREAK) and text[e:e + 1] in "，,、。；;" \
            and text[s:e] in _flags() \
            and not text[s:e].endswith(("称", "说", "道")):
        return True  # 有疑虑，有嘲讽，…: a list of reactions, nouns (but 有报道称，… and 张灿有表示， are cues)
    if text[s - 1:s] == "所" and s - 1 >= floor and _RELATIVE_HEAD.match(text, e):
        return True  # 通报中所说部件 / 他所称情况: 所 makes the cue a relative clause before a noun
    if text[e:e + 1] in "：:" or text[s:e] not in _flags():
        return False  # 发布通知： / 报道称: a generated form or a colon makes it a speech act
    if (text[s:e] in _NOUN_LIKE_CUES or has_flag(text[s:e], "clauseonly")) and text[e:e + 1] in _SUBJECT_ADVERBS \
            and s > floor and text[s - 1] not in _CLAUSE_BREAK:
        return True  # 粮食倡议也能够继续运转 / 他的声明还提到: the noun is the subject of what follows
    if has_flag(text[s:e], "source") and text[e:e + 1] == "为" and text[e + 1:e + 2] not in "，,":
        return True  # 大会报告为改革指明了方向: a document with the preposition 为 is the subject of another verb
    clause = _clause_start(text, floor, s)
    if has_flag(text[s:e], "source") and s == clause and text[e:e + 1] not in "，,：:“" \
            and not cue_lexicon()[0].match(text, e):
        return True  # ，报告刻意回避了……: a document opening the clause is the subject of another verb
    if text[s - 1:s] == "的" and not text.startswith(FRAMES, clause) and not text[s:e].endswith(("称", "说")):
        return True  # 他在采访时的表态也很有意思 (but 据路透社的报道，… and 援引官员的消息称，…)
    window = text[max(floor, s - 6):s]
    if text[s:e] in _NOUN_LIKE_CUES and any(window.endswith("的" + q) for q in _qualifiers()) \
            and not text.startswith(FRAMES, clause):
        return True  # 主席的鹰派表态意味着 / 一代人的美好回忆: a qualified noun (but 负责此事的吕舟回忆: a person)
    return has_flag(text[s:e], "source") and bool(_ISSUED.search(text, clause, s))


def _inside_not_cue(text: str, s: int, e: int, not_cues: frozenset) -> bool:
    for word in not_cues:
        at = text.find(word, max(0, s - len(word) + 1), e + len(word) - 1)
        if at >= 0 and at <= s and at + len(word) >= min(e, s + 1) and not (at == s and len(word) < e - s) \
                and not (at < s and word in _NAME_TAIL_WORDS and _ends_foreign_name(text, s)):
            return True
    return False


_NAME_TAIL_WORDS = ("胡说",)  # not-cue words whose first syllable also ends foreign names (内塔尼亚胡); 来说 and 听说 never do
FOREIGN_NAME = 4  # 内塔尼亚胡说: this many characters before the cue that read as a transliterated name end it


def _ends_foreign_name(text: str, s: int) -> bool:
    """内塔尼亚胡说: the characters before the cue are the end of a transliterated name, so the word that
    seems to hold the cue (胡说) is a name's last syllable and the verb."""
    return s >= FOREIGN_NAME and names.looks_transliterated(text[s - FOREIGN_NAME:s])


_NOUN_TAGS = ("n", "vn", "nz", "nw", "an", "PER", "ORG", "LOC")
_MANNER_TAGS = ("a", "ad", "d")


def cut_word(tokens: list, s: int, e: int) -> bool:
    """补充说|明 / 明|确认|识: the cue ends inside a noun the tagger opens within it (说明), or starts inside
    an adverb or adjective the tagger closes within it (明确), so it is no speech verb here (讥笑|为是,
    the tagger's verb: still one)."""
    i = bisect_left(tokens, e, key=lambda t: t[0].start) - 1
    if i >= 0 and s < tokens[i][0].start < e < tokens[i][0].end and (
            tokens[i][1] in _NOUN_TAGS or tokens[i][1] == "v" and tokens[i][0].text.startswith("说")):
        return True  # (表态说|明: the verb 说明 the tagger opens inside the cue, no saying)
    j = bisect_left(tokens, s + 1, key=lambda t: t[0].start) - 1
    if j >= 0 and tokens[j][0].start < s and tokens[j][0].end == e and tokens[j][1] in _NOUN_TAGS \
            and j + 1 < len(tokens) and tokens[j + 1][0].start == e and tokens[j + 1][1] == "v":
        return True  # 调查|报告|送至: the cue closes a noun that is the subject of the verb after it
    if j >= 1 and tokens[j][0].start == s and tokens[j][0].end == e and tokens[j][1] == "n" \
            and tokens[j - 1][0].end == s and tokens[j - 1][1] == "vn" \
            and j + 1 < len(tokens) and tokens[j + 1][0].start == e and tokens[j + 1][1] == "v":
        return True  # 把综合评估|报告|交到: the noun heads a phrase that a verb after it acts on, nothing said
    return j >= 0 and tokens[j][0].start < s < tokens[j][0].end < e and tokens[j][1] in _MANNER_TAGS  # not 只说


_KEPT = ("了", "过")  # 兑现了承诺: aspect words between the verb and the noun it takes


def object_noun(tokens: list, s: int, e: int) -> bool:
    """兑现了承诺 / 违背承诺: the cue is one word the tagger reads as a noun (vn, n) and a verb that keeps or
    breaks a statement (data/statement_keeping_verbs.txt) takes it as its object, so a thing promised or said
    before is named, none said here (撰文回忆 / 给出了回应 stay: there the words follow)."""
    i = bisect_left(tokens, s, key=lambda t: t[0].start)
    if i >= len(tokens) or tokens[i][0].start != s or tokens[i][0].end != e or tokens[i][1] not in ("vn", "n"):
        return False
    j = i - 1
    while j >= 0 and tokens[j][0].text in _KEPT:
        j -= 1
    if j >= 0 and tokens[j][1] == "v" and tokens[j][0].text in _keeping_verbs():
        return True
    if i >= 2 and tokens[i - 1][1] in ("n", "an") and tokens[i - 1][0].end == s and tokens[i - 2][0].text in _KEPT \
            and i >= 3 and tokens[i - 3][1] == "v":
        return True  # 强化了安全承诺: a verb's object, a noun glued to its modifier; nothing said follows
    modified = False  # 兑现对X的安全承诺: the verb's object is a 的-phrase that ends on the cue
    for k in range(i - 1, max(-1, i - 1 - KEEPING_REACH), -1):
        word, tag = tokens[k]
        if word.text in _CLAUSE_BREAK or tag == "v" and word.text not in _keeping_verbs():
            return False
        modified = modified or word.text == "的"
        if tag == "v":
            return modified
    return False


KEEPING_REACH = 6  # tokens between a verb of keeping and the promise it keeps (兑现|对|中国|的|安全|承诺)


@lru_cache(maxsize=1)
def _keeping_verbs() -> frozenset:
    return frozenset(lexicon.words("statement_keeping_verbs.txt"))
