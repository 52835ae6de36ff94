"""Words around a speaker phrase: the one spoken to or asked (对X / 问X, past a title and its place),
the object a clause-opening verb governs (敦促首相X), one unnamed person a later 他 refers to, counted
people of a place (英国七位前外相), and the sentence that published a piece with its author.
Read by nlp/speakers.py."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..model import Analysis, Span
from .chinese import CLAUSE_BREAKS, back_to
from .subjects import JOINERS
from .words import NAMED_KINDS, SAID_IN, person_titles, titles

ADDRESSEE = set("对向与和跟同给")
_CLAUSE_OR_QUOTE = CLAUSE_BREAKS | set("“”")  # a topic frame stays inside its clause and quotation
# 就X一事 / 就X问题 before the cue: the matter spoken about, never its speaker
# 就X的说法 / 就X的报道: the claim spoken about, named by a noun for what others said (data/speaker_topic_nouns.txt)
_TOPIC_FRAME_SOURCE = (r"就[^，,。；;：:“”]{{1,30}}?(?:一事|问题|事宜|一案|议题|的(?:{nouns}))"
                       r"|对[^，,。；;：:“”]{{2,30}}?(?=表示|表达)")  # 对X宣布复交表示欢迎: the matter of an attitude
TELLING = ("告诉", "告知", "提醒", "叮嘱", "嘱咐", "通知")  # verbs of telling, whose object is the hearer
# 科技与战略研究中心 / 化学与分子工程学院 / 外交与对外经济部: 与 (和) between two fields inside a research body's or
# a ministry's name, right before its title
_FIELD_JOINED = re.compile(r"[\u4e00-\u9fff]与[\u4e00-\u9fff]{1,10}(?:研究中心|研究所|研究院|研究室|研究会|中心|学院|学系|系|实验室)$"
                           r"|[\u4e00-\u9fff]{2}[与和][\u4e00-\u9fff]{1,10}(?:部|委员会|委|局|署|厅)$")
_NOT_ASKING = set("顾访学疑提")  # 顾问李明 / 访问 / 学问: no one is asked (问小李 / 追问他: the one asked)
_ONE_PERSON_HEADS = ("官员", "人士", "指挥官", "分析师", "发言人", "专家", "学者", "研究员", "外交官", "议员", "法官",
                     "高管", "军官", "司令", "司令员", "母亲", "父亲", "妻子", "丈夫", "妈妈", "爸爸")
# 一名工作人员说 / 某网友称: a common noun that names one person only when counted as one (医生都说: many)
_COUNTED_ONE = re.compile(r"^(?:另)?(?:一[名位个]|某)")
_ONE_IF_COUNTED = ("主管", "负责人", "工作人员", "男子", "女子", "律师", "医生", "网友", "目击者", "居民", "村民", "市民")
_SEVERAL = re.compile(r"^(?:多|数|几|些|部分|不少|许多|很多|一些|有些|两|三)")

# 英国七位前外相 / 美国两名参议员: a place, a count and a title: people of that place, unnamed
COUNTED = re.compile(r"(?:[一二三四五六七八九十两几多数\d]+[位名个]|多位|多名|数名|几位)(?:前|现任|资深|高级)?")


def long_titles() -> tuple[str, ...]:
    """The titles of two characters or more, longest first."""
    return person_titles()


# 发表了一篇文章 / 刊发李明撰写的署名文章 / 发表题为《……》的新年献词: a piece published, and its author
PUBLISHED = re.compile(r"(?:发表|刊发|刊登|刊载|撰写|撰文|发布)[^。！？!?\n]{0,40}?(?:文章|社论|献词|评论)")
AUTHOR_REACH = 3000  # a bare 文章 this close after the sentence that published it is that piece

# 一个女的 / 一位四十多岁的女顾客 / 一名男生: one person the text counts but does not name
SOMEONE_COUNTED = re.compile(r"一[个位名][^，,。：:“”「」对向问说称]{0,8}?(?:人|者|员|客|女|男|的|子|士|生|孩|妇|汉|友|主|民|工|师)(?=$|[问对向])")
ASKS = ("问", "对", "向")
# 王明的一位朋友 / 某镇的一名女士: a counted person after X的 is the one meant, X only its possessor
_COUNTED_AFTER_DE = re.compile(r"的(?:一|两|几|数|多)[位名个]")


def owns_counted_person(text: str, name_end: int, nouns: re.Pattern) -> bool:
    counted = _COUNTED_AFTER_DE.match(text, name_end)
    return counted is not None and nouns.match(text, counted.end()) is not None

_ADVERBS = re.compile(r"^(?:还|也|又|并|再次|同时|随即|随后|则|曾|已|更|一再|多次|公开|当面)*")


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset:
    """Verbs that take a person or body as their object (敦促, 会见, 批评, 邀请): the trigger lexicon's
    X<V>Y frames and the pivot verbs (data/event_triggers.tsv, data/pivot_verbs.txt)."""
    framed = (row[0] for row in lexicon.rows("event_triggers.tsv") if len(row) > 3 and row[3].strip() == "obj")
    return frozenset(framed) | frozenset(lexicon.words("pivot_verbs.txt"))


def takes_object(verb: str) -> bool:
    """The verb takes a person or body as its object (禁止X飞越, 敦促X): see _object_verbs."""
    return verb in _object_verbs()


def governed(text: str, begin: int, at: int) -> bool:
    """敦促首相约翰逊 / 并会见了王毅: a clause opening on a verb, whose name (after a title) is its object."""
    before = _ADVERBS.sub("", text[begin:at])
    title = max((t for t in titles() if before.endswith(t)), key=len, default="")
    verb = before[:len(before) - len(title)].removesuffix("了")
    return verb in _object_verbs()


ONE_COUNTED = ("一名", "一位")  # 一名…消息人士: one person counted, never a group a later 他们 names


def one_unnamed_person(phrase: str) -> bool:
    """有美国官员说 / 一名乌军指挥官称: one unnamed person, whom a later 他 refers back to."""
    if (phrase.endswith(_ONE_IF_COUNTED) and _COUNTED_ONE.match(phrase)) or SOMEONE_COUNTED.fullmatch(phrase):
        return True
    return phrase.endswith(_ONE_PERSON_HEADS) and not phrase.endswith("们") and not _SEVERAL.match(phrase)


def coordinated(text: str, end: int, start: int) -> bool:
    """Two names joined (甲和乙 / 甲、乙), a title after the first allowed (王明主席和李华总统) or before the
    second (国务卿甲和国防部长乙)."""
    gap = text[end:start]
    title = next((t for t in titles() if gap.startswith(t) and len(t) >= 2), "") if len(gap) > 1 else ""
    gap = gap[len(title):]
    if not title and len(gap) > 3:
        title = next((t for t in titles() if gap.endswith(t) and len(t) >= 2), "")
        gap = gap[:len(gap) - len(title)]
    return 0 < len(gap) <= 3 and all(c in JOINERS for c in gap)


_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}[国方]")
_ASKED_ROLE = re.compile(r"问([\u4e00-\u9fff]{1,2}(?:主|员|长|师|生))")  # 问店主 / 问售货员 / 问医生: the one asked


_DUI_WORDS = frozenset(("反对", "针对", "相对", "绝对", "面对", "应对", "核对", "比对", "敌对"))


def is_addressee(text: str, at: int, floor: int, places: tuple[Span, ...] = ()) -> bool:
    """对他 / 向记者 / 问小李: the one spoken to (not 顾问李明, 访问, 学问)."""
    if at <= floor:
        return False
    title = next((t for t in long_titles() if text.startswith(t, at - len(t)) and at - len(t) > floor), "")
    if title and _FIELD_JOINED.search(text, floor, at - len(title)):
        return False  # 某大学科技与战略研究中心主任X: 与 joins two fields of one institution's name
    role = _ASKED_ROLE.search(text, floor, at) if not title else None
    if title or (role is not None and role.end() == at):  # 问店主小王 / 对美方特使某某: a title between
        at -= len(title) if title else len(role.group(1))
        place = next((n for n in (2, 3, 4) if title and at - n >= floor and _PLACE_BEFORE.fullmatch(text, at - n, at)), 0)
        at -= place  # 对中国外长王毅: a place before the title
        at = next((p.start for p in places if title and p.end == at and p.start > floor), at)  # 向俄罗斯外长拉夫罗夫
    if text[max(floor, at - 2):at] in _DUI_WORDS:
        return False  # 反对党领袖, 针对…: 对 ends a word, no one is spoken to
    asked = text[at - 1] == "问" and (at - 2 < floor or text[at - 2] not in _NOT_ASKING)
    told = text.endswith(TELLING, floor, at)  # “王警官”告诉徐阿婆，声称……: the one told hears, not speaks
    return text[at - 1] in ADDRESSEE or asked or told


def opens_last_clause(text: str, pronoun: re.Match, end: int) -> bool:
    """A pronoun that opens the clause of the cue (……，他称): that clause's subject."""
    return pronoun.start() > 0 and text[pronoun.start() - 1] in "，,；;" and not any(
        c in "，,；;" for c in text[pronoun.end():end])


# 古巴代表66个国家发言 / 代表中国政府和人民表示哀悼: 代表 followed by those it speaks for is the verb
# "on behalf of", no noun "representative" (美国代表表示 / 俄罗斯代表涅边贾说: the noun)
_ON_BEHALF_OF = re.compile(r"(?:[\d一二三四五六七八九十两几多数]+(?:个|名|位|家)|全体|各|所有)")
ON_BEHALF = "代表"


def on_behalf(text: str, verb_end: int, mentions) -> bool:
    """代表 ending at verb_end is the verb: a count, 全体/各/所有, an office (代表秘书长呼吁), or a state or
    body named right after it."""
    return text[verb_end - 2:verb_end] == ON_BEHALF and (
        bool(_ON_BEHALF_OF.match(text, verb_end)) or text.startswith(titles(), verb_end)
        or any(m.span.start == verb_end and m.type in ("GPE", "ORG") for m in mentions))


@lru_cache(maxsize=1)
def _office_heads() -> re.Pattern:
    return lexicon.alternation(lexicon.words("speaker_office_heads.txt"))


def office_after(text: str, name_end: int) -> int:
    """佩洛西办公室 / 约翰逊发言人 / 特朗普竞选团队: where the office or aide named after a person ends,
    or -1 (data/speaker_office_heads.txt)."""
    head = _office_heads().match(text, name_end)
    return head.end() if head is not None else -1


# 上市公司广达科技也宣布 / 中国生物制药曾表示 / 药企东方制药发布公告称: the body's own name the tagger left
# untyped, right after a kind of body or a place that opens it, then only adverbs (or 发布公告) before the cue.
_BODY_KINDS = ("公司", "企业", "药企", "车企", "集团", "厂商")
_COMPANY_TAILS = ("生物制药", "制药", "药业", "生物", "科技", "集团", "控股", "股份", "电子", "能源", "汽车", "银行",
                  "证券", "保险", "航空", "通信", "电力", "化工", "医药")
# 乌克兰战俘待遇协调总部 / 伊朗最高国家安全委员会: a place, then the untyped name of one of its bodies
_PLACE_BODY_TAILS = ("总部", "中心", "委员会", "理事会", "办公室", "司令部", "指挥部", "协会", "当局", "部", "局", "署", "院", "厅")
_NAME_RUN = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8}?)(?:也|还|则|又|曾|均|都|已|亦|此前|日前|近日|随后|同日|当天)*"
                       rf"(?:(?:发布|发出|发表)(?:公告|声明|消息|通告)|{SAID_IN})?$")
_VERB_LEADS = ("开始", "一直", "正在", "继续", "再次", "仍然", "进一步", "已经", "随即", "特别", "尤其", "多次", "公开",
               "正式", "专门", "首次", "同时", "明确", "坚持", "积极", "不断", "纷纷", "相继", "先后", "共同", "联合",
               "曾经", "目前", "近期", "最近", "本周", "上周", "今天", "昨天", "今年", "去年", "周一", "周二", "周三",
               "周四", "周五", "周六", "周日", "方面", "内部", "高层", "官方", "负责", "对此", "随后", "表态")
_NOT_IN_NAME = re.compile(r"[的在对向与和跟同给把被从于将据是称说表示认为]|发布|发表|接受|通过|旗下")


def body_name_after(text: str, speaker_start: int, speaker_end: int, end: int, is_place: bool) -> int:
    """Where a body speaker's phrase really ends: past its untyped own name, or speaker_end."""
    run = _NAME_RUN.match(text, speaker_end, end)
    if run is None or _NOT_IN_NAME.search(run.group(1)):
        return speaker_end
    if run.group(1).startswith(_VERB_LEADS):
        return speaker_end  # 公司开始强调 / 企业一直认为: the verb phrase, not a name
    phrase = text[speaker_start:speaker_end]
    kind = phrase.endswith(_BODY_KINDS) and phrase not in _BODY_KINDS and not is_place  # 上市公司X (公司 alone: no kind)
    return run.end(1) if kind or is_place and run.group(1).endswith(_COMPANY_TAILS + _PLACE_BODY_TAILS) else speaker_end


@lru_cache(maxsize=1)
def topic_frame() -> re.Pattern:
    """就X一事 / 就X的说法 / 对X表示: the matter a clause speaks about."""
    return re.compile(_TOPIC_FRAME_SOURCE.format(nouns=lexicon.alternation_source(lexicon.words("speaker_topic_nouns.txt"))))


def inside_topic_frame(text: str, start: int, end: int) -> bool:
    """The word text[start:end] lies inside a 就……一事 frame of its clause (甲国就乙国将军指责其政策一事提出
    抗议): it names the matter at issue, and says nothing itself."""
    begin = back_to(text, 0, start, _CLAUSE_OR_QUOTE)
    return any(f.start() < start and end <= f.end() for f in topic_frame().finditer(text, begin, min(len(text), end + 40)))


BOOK = re.compile(r"《([^》]{1,30})》")  # a title in 《》 (an outlet, a document)
# A title in 《》 that names a document (宣言, 白皮书, 立场文件), and the verbs and prepositions that make it the
# paper something is said in (发布《…》文件, 在《…》中): then its issuer speaks, not the document
_DOCUMENT_TITLE = re.compile(r"(?:宣言|立场|文件|蓝皮书|白皮书|报告|声明|协议|协定|条约|公报|法案|战略|计划|决议|备忘录|倡议|规划|纲要|指南|清单|公约|章程|方案|纪要|框架)$")
_DOCUMENT_CHANNEL = re.compile(r"[在于据按依]|发布|公布|发表|通过|出台|提交|援引|引用")
HIS_WORDS = ("的话", "的原话", "的这番话", "的这句话", "的那句话", "的这段话",  # “……”X的话: X's own words, X no possessor
             "的回应", "的表态", "的回答", "的答复")  # X的回应很简洁：“……”: X answered
KIN = ("奶奶", "爷爷", "外婆", "外公", "姥姥", "妈妈", "爸爸", "母亲", "父亲", "妻子", "丈夫", "儿子", "女儿")


def document_channel(text: str, start: int, book: re.Match) -> bool:
    """The title in 《》 matched by `book` names a document that a verb or preposition after `start` makes the
    channel of what is said (发布《…立场》文件，呼吁; 在《外交蓝皮书》中声称)."""
    return bool(_DOCUMENT_TITLE.search(book.group(1))) and _DOCUMENT_CHANNEL.search(text, start, book.start()) is not None


# An outlet or its text named by a demonstrative (该报, 这家媒体, 该文) that opens the zone as its subject.
OUTLET_REFERENCE = re.compile(r"(?:该|此|这家|这篇|该篇|那家)(?:报纸|报道|报|周刊|刊|媒体|网站|杂志|通讯社|社|电视台|台|文章|文)")
THE_PERIODICAL = re.compile(r"该(?:报纸|报|周刊|刊|杂志)")  # 该报 / 该刊: the paper just named, which speaks as it


# verbs whose object is a person met, received or summoned (外务省召见X大使, 总统会见了X): he listens
_MEETS_PERSON = re.compile(r"(?:于|在)?(?:\d{1,2}[月日]|[一二三四五六七八九十]{1,3}日|当天|当日|同日|随即|随后|还|也|又|再次|紧急)*(?:召见|约见|会见|接见|会晤|宴请|拜会|致电)")


def object_of_subject(doc: Analysis, mentions: list, start: int, at: int) -> bool:
    """The zone opens on a body or outlet (not a person; a title in 《》 too) followed by a verb of the
    tagger before `at`: a person at `at` is in that verb's object."""
    first = mentions[0] if mentions else None
    book = BOOK.match(doc.norm_text, start) or OUTLET_REFERENCE.match(doc.norm_text, start)
    if book is not None and book.end() <= at:
        opening_end = book.end()  # 《某报》 / 该报附上李华的照片
    elif first is None or first.type == "PER" or first.span.start != start or first.span.end > at:
        return False
    else:
        opening_end = first.span.end
    between = doc.norm_text[opening_end:at]
    met = _MEETS_PERSON.match(between) is not None  # 外务省召见中国驻日大使X，声称: X is the one summoned
    if between.endswith(titles()) and not met and "了" not in between:
        return False  # 俄罗斯常驻联合国代表某某: the title's holder speaks (常驻, 驻 are no verbs of the subject)
    if not (met or "了" in between or "过" in between or doc.norm_text.startswith("的", _name_end(doc, at))):
        return False  # 刊登了李华…, 附上李华的照片: an object marked as one; a bare name after a title speaks
    tokens = doc.tokens[bisect_left(doc.tokens, opening_end, key=lambda t: t[0].start):]
    return any(tag == "v" for word, tag in tokens if word.end <= at)


def _name_end(doc: Analysis, at: int) -> int:
    return next((m.end for e in doc.entities for m in e.mentions if m.start == at), at)


def pronoun_then_object(text: str, pronoun: Optional[re.Match], start: int, noun_at: int) -> bool:
    """他批评日本政府，称……: a pronoun opening the clause, then a verb; the noun after it is its object
    (他们公司 / 他所在的公司 stay one phrase)."""
    return pronoun is not None and pronoun.start() == start and noun_at > pronoun.end() \
        and "的" not in text[pronoun.end():noun_at]


def verb_then_object(doc: Analysis, start: int, noun_at: int) -> bool:
    """鼓励孩子… / 作为密接人员…: the clause opens on the tagger's verb and the source noun follows it with no
    的 between, so the noun is the verb's object (参与谈判的官员 is read by _relative_head)."""
    first = next(((w, tag) for w, tag in doc.tokens[bisect_left(doc.tokens, start, key=lambda t: t[0].start):]), None)
    return first is not None and first[0].start == start and first[1] == "v" and first[0].end <= noun_at \
        and not first[0].text.endswith(_SOURCE_OPENERS) and "的" not in doc.norm_text[first[0].end:noun_at]


def actor_acts_on(doc: Analysis, mentions: list, start: int, noun_at: int) -> bool:
    """美国汽车协会此前致信特朗普政府警告称: a body or person opens the clause and a verb of the tagger follows
    it before the source noun, with no 的 between: the noun is the verb's object, the one before it speaks
    (中国驻美使馆发言人: 驻 names a post, no act; a one-character "verb" is too often a word's piece: 反政府武装)."""
    first = next((m for m in mentions if m.span.start == start and m.type in ("PER", "ORG", "GPE")), None)
    if first is None or first.span.end >= noun_at or "的" in doc.norm_text[first.span.end:noun_at]:
        return False
    at = bisect_left(doc.tokens, first.span.end, key=lambda t: t[0].start)
    return any(tag == "v" and len(word.text) >= 2 and word.end <= noun_at and word.text not in _POSTS
               for word, tag in doc.tokens[at:at + 8] if word.start < noun_at)


_POSTS = ("驻", "常驻", "派驻")  # 驻美 / 常驻联合国: where a mission sits, no act
_SOURCE_OPENERS = ("有", "据", "是", "不止", "超过", "包括")  # 已有疾控部门 / 不止一位员工: verbs that open a source's phrase


_NAME_AFTER_KIND = re.compile(r"“([^“”，,。；;：:]{2,14})”")


_BEFORE_CUE = r"(?:则|也|还|随后|当天|日前|此前|近日)?"  # what may stand between a body's name and its cue


def name_after_kind(text: str, found: Span, end: int, bodies: Callable[[int, int], list[Span]]
                    ) -> Optional[tuple[int, int]]:
    """美国智库“战争研究所”, 美国智库战争研究所则认为: where the body's own name runs after the kind found, in
    quotation marks or as one of the tagged bodies `bodies(start, end)` gives, right before the cue."""
    if not found.text.endswith(NAMED_KINDS):
        return None
    named = _NAME_AFTER_KIND.match(text, found.end, end)
    if named:
        return named.span(1)
    return next(((b.start, b.end) for b in bodies(found.end, end)
                 if b.start == found.end and re.fullmatch(_BEFORE_CUE, text[b.end:end])), None)


_KIND_THEN_NAME = re.compile(r"(?:%s|的)%s(?:[（(][A-Za-z0-9\-]{2,12}[）)])?%s$"
                             % ("|".join(NAMED_KINDS), _NAME_AFTER_KIND.pattern, _BEFORE_CUE))
_KIND_NAME_REACH = 32  # characters before a cue searched for a body named in quotation marks after its kind


def named_before_cue(text: str, end: int) -> Optional[tuple[int, int]]:
    """人权组织“纪念”称, 库尔德武装主导的“叙利亚民主力量”（SDF）则称: the span of a body's own name in quotation marks
    right after its kind or the 的 of what describes it, closing the zone that ends at `end` before the cue (known to
    the knowledge base or not; also where the zone was cut at the parenthesis), or None."""
    found = _KIND_THEN_NAME.search(text, max(0, end - _KIND_NAME_REACH), end)
    return found.span(1) if found else None


def object_its(text: str, start: int, pronoun: re.Match) -> bool:
    """称其为“心理战”: 其 after a verb of the zone text[start:] is that verb's object, no subject (其表示, 而其称: it is)."""
    return pronoun.group() == "其" and bool(text[start:pronoun.start()].strip("而但并也还则又 "))


_ITS_OFFICER = re.compile(r"(其[^，,。；;“”]{1,8}?(?:负责人|发言人|官员|代表|主管|高官|主任|局长))(?:也|还|则|随后|当天)?")


def its_officer(text: str, start: int, end: int) -> Optional[int]:
    """其苏丹项目负责人表示: where the phrase naming the body's unnamed officer ends, or None."""
    its = _ITS_OFFICER.fullmatch(text, start, end)
    return its.end(1) if its else None


# Zone trimming and subject words of the speaker rules (speakers.py).
ZAI = r"(?<![现正存所实潜好自内外])在"  # 在 as a preposition, not the end of 现在 / 正在 / 存在
VENUE_BEFORE = re.compile(ZAI + r"$|于$")  # 在维也纳 is where (现在日本: no 在)
MODIFIED_LEAD = re.compile(r"[^，,。；;“”]{1,10}的")  # 埃里温街头的 before the source noun
LED_BY = re.compile(r"以[^，,。；;以]{1,20}?为首的")
# 让/令/使得, making someone do something (not 转让, 命令, 司令部, a name 让-皮埃尔)
CAUSATIVE = r"(?:使得|(?<![转出谦忍退礼割])让(?![-·‧－])|(?<![命下指法口禁号政军司勒责明律饬传县条训])令(?![-·‧－]))"
CAUSED = re.compile(CAUSATIVE + r"([^，,。；;让令使]{1,8})$")  # + the ones made to speak
ONLY_BEFORE_CUE = re.compile(r"(?<![一二两三几每这那])(?:只是|仅仅|只|仅)$")  # not the measure word (一只)
# 被捕 / 被俘 / 被扣押后 / 被美军击毙前: a passive inside a time frame (在被捕前通过社交媒体发文称): its subject
# goes on to speak, no agent after 被 does (not 被时任总统称为: 时任 is no frame)
FUSED_PASSIVE = re.compile(r"被(?:[捕俘杀害困拘囚逮罢免选]|[^，,。；;：:“”\s]{2,6}?)[^，,。；;]{0,2}?(?:之前|之后|前|后|时|期间)(?!任)")
ADMINISTRATION = ("政府", "当局", "政权", "内阁", "团队")  # 特朗普政府: a body named after its leader
TOLD_PRESS = re.compile(r"(?:对|向|跟)(?:媒体|记者|外媒|媒体记者)$")  # a clause that only says the press was told
