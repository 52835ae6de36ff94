"""Which trigger words name an act the narrator reports: the checks that turn a trigger that fires
into an act (not a thing, an occasion, a title, background or a quote's cue), and the negation and
commentator patterns of the words before the verb."""
from __future__ import annotations

import re
from typing import Iterator

from .. import lexicon
from ..doc import quoted
from ..model import Analysis, Span
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK, forward_to as _forward_to, quoted_segments
from ..nlp.speech import issuing_cue
from ..nlp.words import ZHONG_NAMES, titles
from . import event_parties as parties
from .event_args import CLAUSE_BREAK as _CLAUSE_BREAK, RECEIVING as _RECEIVING, back_to as _back_to, codes as _codes
from .event_background import background as _background, commercial as _commercial
from .event_modality import ignored_objection
from .event_relative import has_partner as _has_partner, relative as _relative
from .event_statements import is_term as _is_term
from .event_types import is_drill
from .event_triggers import LIGHT_VERBS, Trigger, Words, figurative, find as find_triggers, is_nominal, light_framed

# A negation just before the verb, or a few characters before it (没有为其提供, 迟迟无法提供); not 不断/不仅, nor
# the second 不 of a double negation (不得不要求, 不能不回应: must).
NEGATION = re.compile(r"(?:未能|未|没有|没(?!少)|不会|不能|不愿|并未|尚未|无意|无法|并无|毫无|无可|(?<![得能可])不)"
                      r"(?![断仅少但过久管同满安论]|点名|得不|能不|可不)"
                      r"(?:举行|进行|发动|实施|作出|采取|发起)?[^，,。；;]{0,4}$")  # 没有举行实质性会谈: past the light verb
# A negation before the preposition that opens the verb's frame (并未就…作出让步, 没有对…实施制裁), also
# over an intent (没有计划向乌克兰提供导弹, 不打算对X实施制裁: no intent, so no act and no AGREE).
# Also past a time, place or topic phrase (没有在周末对X发动空袭, 不会在领土问题上向X让步), and over the
# object of a verb of joining (没有参与对X的制裁, 未加入对X的抵制: the act is not joined).
NEGATED_FRAME = re.compile(r"(?:未能|并未|尚未|未|没有|没|不会|不能|不应|不愿|无意|拒绝)(?:计划|打算|准备|意图|考虑|想|要)?"
                           r"(?:宣布|决定|公布)?"  # 双方并未宣布就…达成协议: the act is not announced
                           r"(?:在[^，,。；;“”就对向同与给为]{1,12}?(?:上|中|时|期间|里|内)?)?"
                           r"(?:以[^，,。；;“”以]{1,16}?)?"  # 不能以条约为X背书: the means before the frame
                           r"(?:就|对|向|同|与|给|为)"
                           r"|(?:未能|并未|尚未|未|没有|没|不会|不愿|无意|不)(?:参与|参加|加入)[^，,。；;]{0,14}$")
# Consent never obtained (未经X同意, 没有获得X批准): the consent is denied, not the act done without it.
WITHOUT = re.compile(r"(?:未经|未获|未得到|没有获得|没有得到|没有征得|未征得)[^，,。；;就便而]{0,12}$")
# 重启所谓“自动回弹制裁”程序: a verb of doing governs the disputed label, so the act was done; the
# writer disputes only its name (not 所谓“中国威胁” alone).
_DONE_UNDER_LABEL = re.compile(r"(?:启动|重启|发起|发动|实施|采取|进行|展开|开展|推行|搞)了?所谓$")
_ANNIVERSARY = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百]+)?\s*周年")
_VERB_ONLY = {"COOPERATE", "AGREE", "SUPPORT", "THREATEN"}  # as nouns (深化合作, 核威胁) they name no act
_NOUN_BEFORE = ("的", "以下", "这些", "一些", "上述", "该", "此次", "这次", "假")  # 假袭击: a staged one
# People who comment rather than act for a state, as the doer right before the verb (and ordinary
# people, sportsmen, entertainers and businessmen, whose praise, anger, trips or refusal to join a club
# is no act of their state).
COMMENTATOR = re.compile(r"(?:专家|学者|网友|网民|分析人士|分析师|评论员|观察人士|观察家|律师|当地人|民众|居民|市民|商界人士|"
                         r"村民|百姓|游客|农民|农场主|工人|学生|学员|难民|志愿者|球员|球星|球迷|球队|俱乐部|教练|主帅|运动员|选手|"
                         r"商人|企业家|富豪|歌手|演员|明星|艺人|主持人|偶像|乐队|导演|作家|艺术家|模特|网红|博主|粉丝)们?"
                         r"[^，,。；;]{0,6}$")
# A journal or outlet as the doer right before the verb, with at most a date and a verb of writing
# between (《自然》杂志6月发文警告说, 美媒指责): its words are comment, no act of its state; not
# 美媒报道说美军袭击…, where the outlet only reports the act.
WRITER = re.compile(r"(?:媒|媒体|杂志|期刊|周刊|月刊|日报|时报|晚报|邮报|报》|电视台|通讯社|社论)》?"
                    r"(?:近日|日前|此前|最近|\d+月\d+日|\d+月|\d+日)?(?:发文|撰文|刊文|刊发文章|发表文章|发表社论|发表评论)?$")
# A scholar who writes (专家约翰·史密斯23日在某网站撰文指出): the piece is comment, whatever it names.
SCHOLAR_WRITING = re.compile(r"(?:专家|学者|教授|研究员|研究人员|分析人士|分析师|评论员|观察人士)[^，,。；;]{0,30}"
                             r"(?:撰文|发文|刊文|著文|发表文章|发表评论)")


def commentator(before: str, word: str) -> bool:
    """The doer named in `before`, the clause text up to the verb `word`, comments on events
    rather than acting for a state: an expert or ordinary person, an outlet, a writing scholar."""
    found = COMMENTATOR.search(before)
    if found is not None and _PREPOSITION_OPEN.search(before, 0, found.start()):
        found = None  # 对12名俄罗斯商人实施制裁: the people after 对 are acted on, the state acts
    return bool(found or WRITER.search(before) or SCHOLAR_WRITING.search(before + word))


_PREPOSITION_OPEN = re.compile(r"[对向与同给跟][^，,。；;对向与同给跟]{0,10}$")  # a preposition whose object runs on


# Verbs that take an act as their object and speak of it (深化…合作, 评价…合作, 影响…合作).
_STANCE_ON = re.compile(r"(?:深化|加强|推进|推动|促进|拓展|扩大|巩固|评价|赞赏|影响|阻碍|破坏|离间|重视)[^，,。；;、]{0,10}$")
# A text or act cited as the basis of what follows (根据…联合声明, 按照…协议), no verb in between.
# A document named after the act it provides for (全面战略合作五年规划, 合作协议): the word is part of
# the document's name; signing it is the act.
# 签署(了)(一项)行政命令: a decree signed alone, no agreement with the party its content names.
_SIGNING = ("签署", "签订", "签发")
_DECREE_AFTER = re.compile(r"了?(?:一项|一份|这项|该项|多项|两项|一系列)?(?:新的?)?(?:%s)"
                           r"(?=[，,。；;：:！？!?、]|并|后|使|以|$)"  # the noun ends there: not 法案文本, 命令链
                           % lexicon.alternation_source(lexicon.words("decree_nouns.txt")))
_DOCUMENT_AFTER = re.compile(r"(?:[一二两三四五六七八九十\d]+年)?(?:规划|协议|协定|备忘录|计划|条约|路线图|纲要|文件)")
_TALKS_AFTER = re.compile(r"谈判|磋商|会谈|方案|提议|安排|倡议")
# A predicate of judgement right after the verbal noun (三国合作严重违反…, 两国合作是…, 双方合作加剧了…):
# the act is the subject the speaker judges, as in 合作互利共赢; not 合作开发 (a joint act).
_JUDGED_AFTER = re.compile(r"(?:也|都|还|则|更|却|并|就|既)?(?:(?:严重|公然|明显|显然|完全|已经|已|进一步|正在|必将|势必|将会|只会)?"
                           r"(?:违反|违背|破坏|损害|危害|威胁|加剧|冲击|挑战|背离|构成|引发|导致|暴露|损及)"
                           r"|是(?!否)|不是|并非|属于|具有|有利于|有助于|符合|卓有成效|富有成效|成效显著|成果丰硕|硕果累累)")
# What a verbal noun is said to bring (科技合作为两国企业提供动力, 合作给游客带来便利, 合作惠及…):
# the act is the subject of its effects, told as a judgement, not reported.
_EFFECT_AFTER = re.compile(r"(?:也|都|还|则|更|却|并|既|不仅|已经|已|必将|将)?"
                           r"(?:给[^，,。；;]{1,10}?带来|为[^，,。；;]{1,16}?(?:提供|带来|创造|注入|增添|奠定)|带来了?|造福|惠及)")
# A title in 《》 counts as one word there, whatever its length (依据《…国防授权法》有关要求); a
# preposition opening a verb phrase (根据该法将X列入清单, 向X交付) starts the act, no longer the basis.
ACCORDING_REACH = 60  # characters before the trigger searched for 根据/依据 (titles included)
_ACCORDING_TO = re.compile(r"(?:根据|按照|依据|依照|遵照|援引)(?:[^，,。；;、《》将把对向给]|《[^》，,。；;]{1,40}》){0,12}$")
# The head noun that closes the basis (依据…有关要求列入黑名单: 列入 is the act done on that basis).
_BASIS_HEAD = re.compile(r"要求|规定|精神|原则|条款|决定")


def _cited_as_basis(text: str, begin: int, start: int) -> bool:
    """The trigger at `start` lies in the basis that 根据/依据 cites, before its head noun."""
    found = _ACCORDING_TO.search(text, begin, start)
    return found is not None and not _BASIS_HEAD.search(re.sub(r"《[^》]*》", "", found.group(0)))
# (_NOUN_AFTER: 指控错误, 指责毫无根据, 合作互利共赢, 会谈成果: the verbal noun is the subject of a
# judgement or names a thing the act has)
_IN = ("中", "上")  # 在…会谈中, 在…峰会上: the occasion, only after 在 or 于
_NOUN_AFTER = ("错误", "不实", "属实", "毫无根据", "纯属", "互利", "共赢", "前景", "潜力", "成果", "势头", "者", "的", "方面", "国家", "力度", "对象", "措施", "名单", "问题", "进程", "代表", "上", "中",
               "之初", "期间", "结束", "桌", "共识", "精神", "机制", "渠道", "框架", "建议", "提议", "安排")  # 会晤共识, 对话机制: a thing named
_LIGHT_VERB_OBJECT = re.compile(LIGHT_VERBS + r"了?[^，,。；;的]{0,10}的$")  # 结束了对日本为期三天的访问: the visit was made;
# 启动代号为“某某”的联合军事演习: the drill began
LIGHT_VERB_REACH = 15  # 举行了长达五个多小时的会谈: the light verb, 了, ten characters and 的 before the act
# 加强与X的合作, 深化同X的对话: a tie with the partner named before 的 that the subject builds up is its act
# with that partner (the stance check of `acts` still wants the partner named).
_PARTNER_OBJECT = re.compile(r"(?:加强|深化|扩大|拓展|推进|推动|促进|巩固|密切|开展|恢复|重启|暂停|停止|中止|终止|切断|冻结|叫停)了?(?:与|同|跟)"
                             r"[^，,。；;的与同跟]{1,40}的$")
_PARTNER_REACH = 48  # characters back to the verb: a list of partners (与X、Y、Z等机构的合作) may be long
# 对X采取新的制裁措施, 宣布对X实施反制措施: measures taken on a party are the act they name.
_MEASURE_TAKEN = re.compile(r"对[^，,。；;]{1,24}?(?:采取|实施|出台|推出|祭出)了?[^，,。；;对]{0,6}$")
# 中方随即宣布采取反制措施: measures announced as taken, though against no one named in the clause
_MEASURE_DECIDED = re.compile(r"(?:随即|旋即|当即|宣布|决定)(?:采取|实施|出台|推出|祭出)了?[^，,。；;对]{0,6}$"
                              r"|(?:采取|实施|出台|推出|祭出)了?(?:针对|对)[^，,。；;]{1,20}?的[^，,。；;的]{0,6}$")  # 出台了针对中国的…管制措施
# 遭到X的批评: an act done by X to the subject, reported as done (the doer named before 的); the same
# with a verb of receiving (得到X的援助, 获得X的支持): X gives, the subject receives.
_SUFFERED = re.compile(r"(?:遭到|受到|遭受|%s)了?(?P<doer>[^，,。；;的]{1,12})的$" % "|".join(_RECEIVING))
_ASKED_BY = re.compile(r"(?<![回反响适相供答呼对])应(?P<doer>[^，,。；;的应]{1,12})的$")
_ON_FRAME = re.compile(r"对(?P<target>[^，,。；;的对]{1,12})的[^，,。；;的]{0,6}$")
_SPEECH_AFTER = ("透露", "评论", "置评", "回答", "说明", "表态", "回应", "发表评论")
VOLITIONAL = re.compile(r"(?:不会|不愿|不肯|不能|无意|拒绝)$")
# (_AMOUNT: 给X总统发去贺电, 给X大使馆写信 name an addressee's title, no amount given)
_AMOUNT = re.compile(r"(?:军队|军方|政府)?(?!总统|总理|总书记|总司令|总干事|总督|总领事|大使|大臣|大会)(?:\d|[一二两三四五六七八九十百千万几数多大许整批价总]|大量|更多|先进|武器|弹药|援助|资金)")
# 赴华签证, 赴美的留学生: the trip describes travellers or their papers, no visit of a state.
# 的 and a private person's noun after an act: the act is a relative clause that describes the person
# (长期从事中美合作的学者, 参与援助的医生); officials and states named after 的 still act (访华的美国总统).
_DESCRIBES_PERSON = re.compile(r"[^，,。；;：:“”、]{0,10}?的[^，,。；;：:“”、的]{0,8}?"
                               r"(?:专家|学者|教授|博士|医生|商人|企业家|研究员|华裔|华人|侨胞|留学生|学生|网友|作家|艺术家)")
_DISCUSSED = re.compile(r"(?:讨论|商讨|探讨|研讨|谈及|涉及|聚焦)了?[^，,。；;讨商探研谈涉聚]{0,10}$")
_TALKS = frozenset(("会谈", "会晤", "磋商", "谈判", "对话", "协商"))
_POSED = re.compile(r"(?:构成|形成|造成|带来|成为)了?[^，,。；;构形造带成]{0,6}$")
_TRIPS = frozenset(("去", "赴", "前往", "前去", "远赴", "奔赴"))
_MEETING_WORDS = re.compile(r"会|访|谈|出席|参加|考察|协调|磋商|商讨|见")
_TRAVELLERS = re.compile(r"的?[^，,。；;、]{0,6}?(?:签证|航班|机票|旅客|游客|旅游|留学|务工|人员|公民|签注|入境)")
# 在…问题上/议题上: a trigger inside the frame names the matter at issue, not an act (在抵制X渗透的问题上).
_TOPIC_FRAME_OPEN = re.compile(r"(?<![正现存所实还都])在")
_TOPIC_FRAME_CLOSE = re.compile(r"[^，,。；;在]{0,24}?(?:问题|议题|事务|事宜|条件|方面|立场)上")
# 签署关于X的备忘录: what lies between 关于 and 的+a document is the document's subject matter
_ABOUT_OPEN = re.compile(r"关于")
_ABOUT_CLOSE = re.compile(r"[^，,。；;关]{0,24}?的(?:谅解)?(?:备忘录|协议|协定|文件|声明|决议|法案|报告|条约|公约|草案)")
# 就Z举行会谈, 就Z交换意见, 就Z达成一致: Z, between 就 (about) and a verb of talks, is what is talked
# about; an act it names is not reported (not the adverb 早就, 也就, 这就, nor 就是, 就在).
_TALK_TOPIC_OPEN = re.compile(r"(?<![早也这那成将却便就造迁只])就(?![是在要会连算此近地])")
_TALK_VERB = lexicon.alternation(lexicon.words("talk_verbs.txt"))
_TALK_BREAK = re.compile(r"并|随后|然后|之后|以后|后又")  # 就…讨论并实施制裁: a second verb, an act of its own
# 写给X, 寄给X, 发了一封信给X: a letter sent to X is a message, no gift (its content may be an act).
_LETTER_BEFORE = re.compile(r"(?:[写寄]|[写寄回发致递](?:了|过)?[^，,。；;给]{0,6}?(?:信|函|电报|贺电|贺卡))$")
# X同意Y的看法, 赞同Y这一判断: assent to what another said, no agreement or support between parties.
_ASSENT_WORDS = ("同意", "赞同", "赞成", "认同")
_ASSENTED = re.compile(r"了?[^，,。；;]{0,20}?(?:的|这一|这种|这个|此)(?:%s)"
                       % lexicon.alternation_source(lexicon.words("opinion_nouns.txt")))
# 反对使用或威胁使用核武器, 谴责一切形式的袭击: an act named with no doer in the object of an
# opposition is the kind of act opposed, not one reported (谴责以色列袭击加沙 names its doer).
_OPPOSED = re.compile(r"(?:反对|谴责|抵制|不赞成|不支持|反对任何|摒弃)(?P<scope>[^，,。；;：:]*)$")
_OPPOSED_BREAK = re.compile(r"并|而|后|同时|还")
# 反对动员的抗议活动: the demonstration is the head the opposition describes, not what is opposed (反对对X的制裁)
_AGAINST_WHAT = re.compile(r"反对(?![对向与同和]|针对)[^，,。；;：:的]{1,12}的$")
# 帮助A和B达成和解, 协助双方达成停火: help to reach a settlement is brokering; the parties' agreement is
# the act reported, and no aid is given to either.
_HELPING = ("帮助", "协助")
_BROKERED_AFTER = re.compile(r"[^，,。；;]{1,16}?(?:实现|达成|签署|完成)[^，,。；;]{0,6}?(?:和解|协议|停火|和平|共识|谅解|一致)")
# 党内仍在商讨, 内阁讨论: a state's own deliberation, no talks with another party.
_TALKS_AT_HOME = ("讨论", "商讨", "协商", "磋商")
_AT_HOME = re.compile(r"(?:国内|内部|党内|内阁|政府内部|朝野)[^，,。；;]{0,6}$")
DIRECT_REACH = 1  # a party follows a direct-frame trigger within this many characters (赴法国, 给了乌克兰)
FIGURATIVE_REACH = 30  # 释放了…的重视: the figurative object may follow a long modifier


_BODY_NAMED = re.compile(r"(?:小组|委员会|工作组|机制|中心|组织|联盟|论坛|基金)$")  # a quoted name ending as a body does


def acts(doc: Analysis, words: Words, paragraph: Span) -> Iterator[tuple[int, int, Trigger]]:
    """The trigger words of a paragraph that name an act of the narrator's text."""
    segments = quoted_segments(doc.norm_text, paragraph.start, paragraph.end)
    for start, end, trigger in find_triggers(doc, words, paragraph.start, paragraph.end):
        inside = [s for s in segments if s.open < start < s.close]
        if any(doc.norm_text[max(0, s.open - 2):s.open] == "所谓" and not _DONE_UNDER_LABEL.search(
                   doc.norm_text, max(paragraph.start, s.open - 6), s.open) or
               not _is_term(doc.norm_text, s) and not in_statement(doc, start) for s in inside):
            continue  # 所谓“中国威胁” is a label the writer disputes, no act; quoted words no one is
            # said to have spoken are no report
        if any(_BODY_NAMED.search(doc.norm_text, s.open + 1, s.close) for s in inside if s.closed):
            continue  # 成立“核磋商小组”: the name of a body, not talks held
        if _commercial(doc.norm_text, max(paragraph.start, start - 2), start, trigger.type):
            continue  # 双方进入合资谈判: a business deal, not talks between states
        if _in_title(doc.norm_text, paragraph.start, start):
            continue  # 《中英联合声明》: the name of a text, not an act
        if _cited_as_basis(doc.norm_text, max(paragraph.start, start - ACCORDING_REACH), start):
            continue  # 根据两国联合声明的精神: a text or act cited as a source, not reported as done
        sentence_end = _forward_to(doc.norm_text, end, paragraph.end, _SENTENCE_BREAK)
        if _background(doc.norm_text, start, end, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK),
                       sentence_end, _back_to(doc.norm_text, paragraph.start, start, _SENTENCE_BREAK)):
            continue  # 建交30年来, 投资存量, 成为…帮助Y发展的生动体现: background, not a reported act
        if _in_topic_frame(doc.norm_text, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK), start, end):
            continue  # 在制裁X的问题上分歧: the act is the matter spoken of
        if talk_topic(doc.norm_text, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK), start, end) \
                is not None:
            continue  # 就对伊朗的制裁举行会谈: the sanction is what the talks are about
        if trigger.word == "给" and _LETTER_BEFORE.search(doc.norm_text, max(paragraph.start, start - 10), start):
            continue  # 写给X的信: a letter, no gift
        if trigger.word in _ASSENT_WORDS and _ASSENTED.match(doc.norm_text, end):
            continue  # 同意Y的看法: assent to a view
        if trigger.word in _HELPING and _BROKERED_AFTER.match(doc.norm_text, end):
            continue  # 帮助A和B达成和解: brokering, no aid
        if trigger.word in _TALKS_AT_HOME and _AT_HOME.search(doc.norm_text, max(paragraph.start, start - 12), start):
            continue  # 意大利党内仍在商讨: deliberation at home
        if _opposed_kind(doc, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK), start) \
                and not (trigger.type == "PROTEST" and _AGAINST_WHAT.search(doc.norm_text, paragraph.start, start)):
            continue  # 一致反对动用武力: the kind of act opposed, no act reported
        relative = _relative(doc, start, end, trigger, paragraph.start) is not None  # 美国向乌克兰提供的武器
        suffered = relative or _suffered(doc, start) or trigger.frame == "on" and (
            _framed(doc, paragraph.start, start) or light_framed(doc, paragraph.start, start))  # 对X发出严厉警告
        if _is_quote_cue(doc, start, end) or not relative and not _is_act(doc.norm_text, start, end, paragraph,
                                                         _meeting_held(doc, start, end, trigger),
                                                         _party_at(doc, end), suffered):
            continue
        if trigger.frame == "direct" and not _party_follows(doc, end, trigger.type == "AID") \
                and not (trigger.type == "REQUEST" and doc.norm_text.startswith("双方", end)):  # 希望双方…: the two sides
            continue  # 赴/希望/给 without a party right after: travel, a wish, giving something
        if _DESCRIBES_PERSON.match(doc.norm_text, end):
            continue  # 积极开展美中交流合作的华裔专家: the act describes a private person, no act reported
        if trigger.type == "CONSULT" and trigger.word in _TRIPS and _trip_for_another_end(doc, words, end, paragraph.end):
            continue  # 去日本成立公司, 赴美留学: a trip made for another end, no visit to the state
        if trigger.type in _VERB_ONLY and is_nominal(words, start) and not suffered \
                and not _has_partner(doc, start, listed=is_drill(trigger)):  # 美日两国举行联合军演
            continue  # 深化合作, 面临的威胁: an act spoken of, with no partner named
        if trigger.type in _VERB_ONLY and _STANCE_ON.search(doc.norm_text, max(paragraph.start, start - 12), start) \
                and not _has_partner(doc, start):
            continue  # 深化中德合作, 高度评价两国合作: a stance on the act (加强与X的合作 is still one)
        if trigger.type in _VERB_ONLY and _JUDGED_AFTER.match(doc.norm_text, end):
            continue  # 三国合作严重违反…, 两国合作是…: the act is the subject of a judgement, no act reported
        if trigger.type in _VERB_ONLY and not _has_partner(doc, start) and _EFFECT_AFTER.match(doc.norm_text, end):
            continue  # 科技合作为两国企业提供了动力: what the act brings, no act reported
        if trigger.type == "RETREAT" and (_DOCUMENT_AFTER.match(doc.norm_text, end)
                                          or _TALKS_AFTER.match(doc.norm_text, end)):
            continue  # 停火谈判, 撤军计划: the word names talks or a plan, no one withdraws
        if trigger.word in _SIGNING and _DECREE_AFTER.match(doc.norm_text, end):
            continue  # 签署行政命令，禁止…: the signer's own decree, no agreement
        if trigger.word in _SIGNING and doc.norm_text.startswith("的", end) and _text_described(
                doc, words, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK), start, end):
            continue  # 废除与法国签署的协议, 协议是与X签署的: the text described, signed before
        if trigger.type in _VERB_ONLY and _DOCUMENT_AFTER.match(doc.norm_text, end):
            continue  # 签署合作规划: the signing is the act, 合作 names the document
        yield start, end, trigger


def _text_described(doc: Analysis, words: Words, clause_start: int, start: int, end: int) -> bool:
    """A signing told in a relative clause (…签署的) describes the text signed, no act reported, where the
    clause is the object of another verb (废除与法国签署的协议, 违背1993年签署的协定) or a cleft that ends on
    it (协议是与X签署的，); opening its clause (中俄签署的协议已经生效) it still tells the signing."""
    after = doc.norm_text[end + 1:end + 2]
    if not after or after in _CLAUSE_BREAK:
        return True
    at = clause_start
    while (word := words.after(at)) is not None and word[0].start < start:
        if word[1] == "v":
            return True
        at = word[0].end
    return False


def _in_topic_frame(text: str, clause_start: int, start: int, end: int) -> bool:
    """The trigger stands between 在 and 问题上 (在对X制裁的问题上) or between 关于 and 的+a document
    (关于遣返…的备忘录): it names the matter at issue."""
    return _TOPIC_FRAME_OPEN.search(text, clause_start, start) is not None and \
        _TOPIC_FRAME_CLOSE.match(text, end) is not None or \
        _ABOUT_OPEN.search(text, clause_start, start) is not None and _ABOUT_CLOSE.match(text, end) is not None


def talk_topic(text: str, clause_start: int, start: int, end: int) -> int | None:
    """Where the 就 opens the topic of talks told later in the clause when the trigger at
    text[start:end] lies inside that topic (就对X的制裁交换意见), else None."""
    opened = None
    for found in _TALK_TOPIC_OPEN.finditer(text, clause_start, start):
        opened = found.start()
    if opened is None:
        return None
    clause_end = _forward_to(text, end, len(text), _CLAUSE_BREAK)
    talks = _TALK_VERB.search(text, end, clause_end)
    if talks is None or _TALK_BREAK.search(text, end, talks.start()):
        return None
    return opened


def _opposed_kind(doc: Analysis, clause_start: int, start: int) -> bool:
    """The trigger at `start` lies in the object of an opposition and no party is named between the
    opposing verb and it: a kind of act opposed, no act reported."""
    found = _OPPOSED.search(doc.norm_text, clause_start, start)
    if found is None or _OPPOSED_BREAK.search(found.group("scope")) or \
            ignored_objection(doc.norm_text[clause_start:found.start()]):
        return False  # 不顾中方强烈反对窜访台湾: the objection is ignored, the act done
    return not parties.mentions(doc, found.end() - len(found.group("scope")), start)


def names_in(doc: Analysis, begin: int, end: int) -> list[int]:
    """Where text[begin:end] names a party or a named entity (拜登政府, 某部长): the starts, in any order."""
    return [m.start for m, _ in parties.mentions(doc, begin, end)] + \
        [m.start for e in doc.entities for m in e.mentions if begin <= m.start < end]


def topic_parties(doc: Analysis, clause_start: int, start: int, word: str) -> set[str]:
    """The parties of talks named by `word` at `start` that the clause names only in their topic,
    after 就 (王毅与布林肯就对伊朗的制裁通电话: Iran is talked about, no party of the call)."""
    if not _TALK_VERB.search(word):
        return set()
    opened = None
    for found in _TALK_TOPIC_OPEN.finditer(doc.norm_text, clause_start, start):
        opened = found.start()
    if opened is None:
        return set()
    return set(_codes(doc, opened, start)) - set(_codes(doc, clause_start, opened))


def _in_title(text: str, paragraph_start: int, start: int) -> bool:
    """`start` lies inside book-title marks (《…》) opened earlier in the paragraph."""
    opened = text.rfind("《", paragraph_start, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and "》" in text[start:start + 40]


def subsumed(text: str, start: int, end: int, trigger: Trigger, found: list[tuple[int, int, Trigger]]) -> bool:
    """A word that is part of another act of its clause: the trip (赴/前往) to hold talks or a drill
    there, or to carry goods (运送…前往); the welcome of a visitor (欢迎X访华) is part of the visit."""
    if trigger.frame != "direct" and trigger.word != "欢迎":
        return False
    clause_start = _back_to(text, 0, start, _CLAUSE_BREAK)
    clause_end = _forward_to(text, end, len(text), _CLAUSE_BREAK)
    others = [t for s, e, t in found if clause_start <= s < clause_end and (s, e) != (start, end)]
    if trigger.word == "欢迎":
        return any(t.type == "CONSULT" for s, e, t in found if end <= s < clause_end)
    if trigger.type != "CONSULT":
        return False
    return any(t.frame == "with" or t.type not in ("CONSULT", "REQUEST") for t in others)


def _meeting_held(doc: Analysis, start: int, end: int, trigger: Trigger) -> bool:
    """A meeting noun that reports the meeting of parties it names: 在中国同中亚五国…峰会上 (a party
    after 在), 此次中德领导人的会晤中 (two parties in its modifier); not 在谈判上拖延."""
    text = doc.norm_text
    if trigger.type != "CONSULT" or not text.startswith(("上", "中"), end):
        return False
    clause_start = _back_to(text, 0, start, _CLAUSE_BREAK)
    if text[start - 1:start] == "的":
        return trigger.frame == "with" and len(_codes(doc, clause_start, start)) >= 2
    at = text.rfind("在", clause_start, start)
    return text.startswith("上", end) and at >= 0 and bool(parties.mentions(doc, at, start))


def _suffered(doc: Analysis, start: int) -> bool:
    """遭到X的批评: the subject suffered the act of a doer named between 遭到 and 的."""
    found = _SUFFERED.search(doc.norm_text, max(0, start - 16), start)
    if found is None and doc.norm_text.startswith(("请求", "要求"), start):
        found = _ASKED_BY.search(doc.norm_text, max(0, start - 16), start)  # 应X的请求: X asked
    return found is not None and bool(parties.mentions(doc, found.start("doer"), found.end("doer")))


def _framed(doc: Analysis, paragraph_start: int, start: int) -> bool:
    """X对Y的制裁, 美国对乌克兰的援助: an act with both parties named in its on-frame before 的."""
    text = doc.norm_text
    clause_start = _back_to(text, paragraph_start, start, _CLAUSE_BREAK)
    found = _ON_FRAME.search(text, clause_start, start)
    return found is not None and bool(parties.mentions(doc, found.start("target"), found.end("target"))) and \
        bool(parties.mentions(doc, clause_start, found.start()))


def _party_at(doc: Analysis, position: int) -> bool:
    """A party's name starts right at `position` (支持中国: 中 is no 在…中 here)."""
    first = next(iter(parties.mentions(doc, position, position + 12)), None)
    return first is not None and first[0].start == position


# 使用冷战时期的无人机袭击了…: 了 after the trigger makes it the verb; the 的 before it modifies the instrument
_ASPECT_AFTER = re.compile(r"了(?!解|结|如|不起|却)")


# 在…换俘当天, 在袭击前通知了X: the act only dates another one (the occasion ends the clause or follows the act).
_OCCASION_END = re.compile(r"(?:时|之?前|之?后|以后|以前|之际|前夕|当天|当日|当晚|期间)$")
_OCCASION_START = re.compile(r"之前|以前|前夕|之际|前(?![任所线往来方者景途提进沿])")


def _is_act(text: str, start: int, end: int, paragraph: Span, held: bool = False, party_after: bool = False,
            suffered: bool = False) -> bool:
    """The trigger names an act here, not a thing (的谈判, 支持者, 以下要求), an occasion
    (在…警告之前), a refusal to speak (拒绝透露) or something done to the subject (被要求);
    `suffered`: a named doer's act the subject suffered (遭到X的批评)."""
    before, after = text[max(paragraph.start, start - 2):start], text[end:end + 2]
    if after[:1] == "中" and after[1:2] in ZHONG_NAMES:
        after = ""  # 会见中共中央外办主任X: 中 opens the name of the one met, it is no 在…中
    if held:
        return True  # 在中德…峰会上, 中德领导人的会晤中: the meeting took place
    clause_start = _back_to(text, paragraph.start, start, _CLAUSE_BREAK)
    taken = after.startswith("措施") and (_MEASURE_TAKEN.search(text, max(clause_start, start - 34), start) is not None
                                        or _MEASURE_DECIDED.search(text, max(clause_start, start - 12), start) is not None)
    if before.endswith(_NOUN_BEFORE) and not _ASPECT_AFTER.match(text, end) and not _LIGHT_VERB_OBJECT.search(text, max(paragraph.start, start - LIGHT_VERB_REACH), start) \
            and not _PARTNER_OBJECT.search(text, max(clause_start, start - _PARTNER_REACH), start) and not suffered or after.startswith(_NOUN_AFTER) and not party_after and not taken and \
            not (after.startswith(_IN) and not re.search(r"[在于]", text[clause_start:start])):
        return False  # 的谈判, 支持者, 在谈判中; but 发出了正式的书面抗议 is protesting, 评价中厄合作 no 在…中
    if after.startswith(_SPEECH_AFTER) or before.endswith("被") and text[start:end] in ("要求", "敦促", "请求"):
        return False
    if _POSED.search(text, max(clause_start, start - 10), start):
        return False  # 对日本构成直接威胁 / 带来严重威胁: what something is judged to pose, not an act
    if _DISCUSSED.search(text, max(clause_start, start - 12), start) and text[start:end] not in _TALKS:
        return False  # 讨论了加沙停火第二阶段安排 / 讨论恢复停火: the matter talked about, not an act
    tail = text[end:_forward_to(text, end, min(paragraph.end, end + FIGURATIVE_REACH), _CLAUSE_BREAK)]
    if _ANNIVERSARY.match(text, end) or figurative(text, start, end, end + len(tail)):
        return False  # 建交50周年 is background; 释放信号 is not a release
    return not (re.search(r"在|继", text[clause_start:start])
                and (_OCCASION_END.search(tail) or _OCCASION_START.match(tail)
                     and not tail[1:].startswith(titles())))  # 就在换俘当天, 在袭击前通知了X; not 在演讲中抨击前总统X


def _trip_for_another_end(doc: Analysis, words: Words, end: int, paragraph_end: int) -> bool:
    """去日本成立公司: the place gone to is followed by a verb of another end that no trigger reads, with no
    meeting, visit or talks in the rest of the clause (赴美出席峰会, 前往北京同X会谈 stay visits)."""
    first = next(iter(parties.mentions(doc, end, end + 20)), None)
    if first is None:
        return False
    after = first[0].end
    word = words.at(after)
    if word is None or word[0].start != after or not word[1].startswith("v"):
        return False
    clause_end = _forward_to(doc.norm_text, after, paragraph_end, _CLAUSE_BREAK)
    return not _MEETING_WORDS.search(doc.norm_text, after, clause_end) and \
        not any(True for _ in find_triggers(doc, words, after, clause_end))


def _party_follows(doc: Analysis, end: int, goods: bool = False) -> bool:
    """A party right after the word; for giving (给乌克兰几千个头盔), an amount right after the party,
    since 给X打电话 and 给了X可乘之机 give nothing."""
    first = next(iter(parties.mentions(doc, end, end + 20)), None)
    if first is None or first[0].start - end > DIRECT_REACH or _TRAVELLERS.match(doc.norm_text, first[0].end) or \
            doc.norm_text[end:first[0].start] in tuple("同与和跟在为对向从"):
        return False  # 希望同美方一道: a partner; 希望为美国做贡献: one served; no addressee
    return not goods or bool(_AMOUNT.match(doc.norm_text, first[0].end))


def in_statement(doc: Analysis, position: int) -> bool:
    return quoted(doc, position, "content")


def _is_quote_cue(doc: Analysis, start: int, end: int) -> bool:
    """The trigger is a quote's cue, coded from the quote; a cue cut inside the word (称 of 称赞)
    leaves the word a trigger of its own; a statement issued (发表联合声明，……) is an act told by the clause."""
    return quoted(doc, start, "cue") and quoted(doc, end - 1, "cue") and not issuing_cue(doc.norm_text, start, end)
