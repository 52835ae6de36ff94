"""Parties of an agreement: the states its own name runs together (中德, 美日韩, 日美安保条约), else the
states of the clause that makes it, before the name (X与Y签署…), never every country of the sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..doc import actor_mentions, codes_in, mentions_in, tokens_in
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from ..nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAKS
from ..nlp.words import state_abbreviations

RUN_REACH = 10  # characters before a name searched for the run naming its parties (将中坦关系提升为…)
_NOT_A_STATE = {"IGO"}
NOT_A_STATE = frozenset(_NOT_A_STATE)  # codes that name no state (an organisation of unnamed members)
_BUSINESS_KINDS = ("company", "media", "sports", "research")
_BROKER = re.compile(r"由(?P<who>[^，,。的]{1,10}?)(?:居中|从中|出面)?(?:促成|斡旋|调停|调解|起草|主导|牵头|提出)"
                     r"|(?P<mediator>[^，,。在]{1,8}?)在[^，,。]{1,10}?之?间(?:进行)?(?:斡旋|调停|调解)"  # 甲在乙丙之间斡旋
                     r"|(?:在|经)(?P<via>[^，,。在]{1,12}?)的?(?:斡旋|调停|调解|撮合|(?:推动|主持|协调|见证)下)"
                     r"|(?P<helper>[^，,。]{1,8}?)(?:成功)?(?:帮助|协助|撮合|推动|促成)(?![与同和跟])(?=[^，,。]{2,20}(?:实现|达成|签署|签订|缔结))")
_PARTY_NAME = re.compile(r"(?:党|党团|阵线|国民大会)$")  # a political party (自民党, 绿党, 非洲人国民大会)
_COALITION = re.compile(r"(?:执政|联合政府|竞选|选举|政党|在野党?|反对派|(?:民族|人民|民主|国民|解放|革命|工人|社会)[^，,。；;国]{0,4})(?:联盟|同盟)$")  # not 民主国家联盟
_REGION_ENDINGS = ("洋", "海", "洲")
_BY_AGENT = re.compile(r"[^，,。；;]{0,3}?(?:遭到|遭|被|受到)")
_CRITICISED = re.compile(r"[^，,。；;]{0,4}?(?:谴责|批评|指责|抨击|质疑|反对|关切)")
# The bodies through which a state acts (data would be the actors' organisation types: legislature, ministry).
_STATE_BODY = re.compile(r"(?:议会|国会|参议院|众议院|上院|下院|议院|政府|内阁|外交部|国防部|商务部|总统府|中央银行|央行)$")
_CRITIC_AFTER = re.compile(r"[^，,；;。]{0,6}?(?:谴责|批评|指责|抨击|抗议|反对|表示|声称|称|认为|指出|强调|警告|说|欢迎|赞赏|祝贺|敦促|期待|"
                           r"支持|质疑|关切)")
# 土耳其表示，将续签与俄罗斯的…协议: a reported clause with no subject of its own, naming a partner after
# 与/同/跟 (after a modal, verb or clause break, not 甲与乙 as its own subject), has the speaker as the other side.
_PARTNER_AFTER_SPEECH = re.compile(r"[，,：:](?:将|要|会|愿意?|已经?|拟|不会|不再|同意|决定|计划|准备|希望|正在|还|也|正式|尚未|没有){0,3}"
                                   r"(?:签署|签订|续签|延长|达成|缔结|落实|执行|退出|暂停|终止|废除|恢复)?了?(?:与|同|跟)")
# 甲乙两国表示将签署…协定: speakers announcing a step of their own, with no other subject, take it themselves.
_OWN_STEP_AFTER_SPEECH = re.compile(r"[^，,；;。]{0,6}?(?:表示|宣布|称|声称|说)[，,：:]?(?:将|要|会|愿意?|拟|计划|准备|希望|决定|同意|有意"
                                    r"|打算|正式|已经?|尽快|尽早|早日){1,3}(?:签署|签订|缔结|达成|续签|延长|谈判|磋商|商谈|启动|重启"
                                    r"|落实|执行|退出|暂停|终止|废除|恢复)")
_WELCOMES_PARTNER = re.compile(r"[^，,；;。]{0,6}?(?:欢迎|期待|支持)(?:与|同|跟)")  # 中方欢迎同巴西签署…: its own step
# 依附于美国的计划, 受制于某国: 于 closing a verb of dependence introduces whom one depends on, not a place.
_BOUND_TO = re.compile(r"(?:依附|依赖|有赖|隶属|从属|受制|屈从|服从|听命|臣服|效忠|求助|取决)于$")
# 在巴拉圭首都亚松森: the city after a venue state, through its capital or a part, is the same venue.
_PLACE_LINK = re.compile(r"的?(?:首都|首府|港口城市|港口|港城|城市|[东南西北中]部|[东西][南北]部)?")
_TRAVEL_TO = re.compile(r"(?:前往|赴|抵达|飞抵|来到)$")  # 前往多哈参加谈判: where one goes to talk is a venue
# Verbs whose object an arrangement is aimed at (针对中国的同盟): the object is no party to it.
_AIMED_AT = re.compile(r"(?:针对|遏制|对抗|应对|围堵|抗衡|制衡|防范|反制|对付|孤立|谴责|指责|抨击|制裁|打压)$")
_LIKENED = re.compile(r"(?:类似|似|仿照|效仿|像|如同|比照)$")
_TOPIC = re.compile(r"就[^，,。；;就]*$")
# The talks a topic of 就 ends in (就丙国局势举行会谈, 就丁国问题交换意见), followed by a clause break.
_TALKS_CLOSED = re.compile(r"[^，,。；;]*?(?:举行|进行|展开|开展)?了?[^，,。；;]{0,6}?(?:会谈|会晤|磋商|谈判|商谈|交换意见|交换看法|"
                           r"讨论|对话|通话)[^，,。；;]{0,4}?[，,。；;]")
_REACHED_AFTER = re.compile(r"[^，,。；;]*(?:达成|签署|签订|谈妥|敲定)了?[^，,。；;]{0,8}$")
# A speaker's label opening a turn of a transcript (赵立坚：, 答：).
_TURN = re.compile(r"(?:^|(?<=[。！？\n]))(?![^，,。：:\n]*(?:说|称|表示|指出|强调|写道|认为)[：:])[^，,。；;：:！？\n“”\d]{1,6}[：:]")
PARAGRAPH_REACH = 200  # characters before a 双方 searched for the run naming the two sides


@lru_cache(maxsize=1)
def group_members() -> dict[str, tuple[str, ...]]:
    """Surface form of a grouping (七国集团, 四边机制, 奥库斯) → its member states (data/group_members.tsv,
    names from data/actors/organizations.tsv)."""
    names = {row[0]: row[3].split("|") for row in lexicon.rows("actors/organizations.tsv") if len(row) > 3}
    out = {}
    for row in lexicon.rows("group_members.tsv"):
        members = tuple(row[1].split(","))
        for name in names.get(row[0], []) + (row[2].split("|") if len(row) > 2 and row[2] else []):
            out[name] = members
    return out


@lru_cache(maxsize=1)
def business_names() -> frozenset[str]:
    """Names of companies, outlets, clubs and institutes (data/actors/organizations.tsv kinds): a deal one of
    them signs (某公司与某国政府签署投资协议) is a contract, and the company stands for no state party."""
    return frozenset(name for row in lexicon.rows("actors/organizations.tsv") if len(row) > 4 and row[4] in _BUSINESS_KINDS
                     for name in row[3].split("|"))


def group_in(text: str) -> tuple[str, ...]:
    """Members of the grouping named in the text (the longest name found), else ()."""
    found = [name for name in group_members() if name in text]
    return group_members()[max(found, key=len)] if found else ()


def name_run(doc: Analysis, name: Span) -> tuple[list[str], bool]:
    """States of the abbreviation run in the name, or just before it in the same clause (日本已与
    美澳签署…: the clause's subject joins them); and whether the run is the name's own."""
    text = doc.norm_text
    inside = _runs(doc, name.start, name.end)
    if inside:
        return inside[0], True
    lo = name.start
    while lo > max(0, name.start - RUN_REACH) and text[lo - 1] not in _CLAUSE_BREAKS:
        lo -= 1
    before = _runs(doc, lo, name.start)
    return (before[-1] if before else []), False


def run_before(doc: Analysis, position: int) -> list[str]:
    """The states of the nearest run before a 双方 / 两国 (中泰发表了联合声明。声明指出，双方…)."""
    lo = max(0, position - PARAGRAPH_REACH)
    turn = list(_TURN.finditer(doc.norm_text, lo, position))
    lo = turn[-1].end() if turn else lo  # 赵立坚：…双方: a new speaking turn opens a new topic
    found = [(start, run) for start, run in _runs_at(doc, lo, position)]
    mentions = actor_mentions(doc, lo, position)
    chain: list[tuple[Span, str]] = []
    for (first, a), (second, b) in zip(mentions, mentions[1:]):
        if a != b and a not in _NOT_A_STATE and b not in _NOT_A_STATE and \
                re.fullmatch(r"与|和|同|跟|及|、", doc.norm_text[first.end:second.start]):
            chain = (chain if chain and chain[-1][0] == first else [(first, a)]) + [(second, b)]
            # 英国与日本…。两国…: a pair joined by 与; 甲、乙和丙三国领导人…，三方: a list
            found.append((chain[0][0].start, list(dict.fromkeys(code for _, code in chain))))
    for start, run in list(found):
        end = start + len(doc.norm_text[start:start + 2]) if len(run) == 1 else -1
        partner = next((code for span, code in mentions if end >= 0 and span.start > end and code not in run
                        and re.fullmatch(r"与|和|同|跟|及", doc.norm_text[end:span.start])), None)
        if partner:
            found.append((start, [run[0], partner]))  # 埃塞与索马里…。两国…: a two-character abbreviation and a state
    if not found and turn:  # 巴基斯坦总理访华…访问期间双方: the two states the turn names
        codes = list(dict.fromkeys(code for _, code in mentions if code not in _NOT_A_STATE))
        return codes if len(codes) == 2 else []
    return max(found, key=lambda pair: (pair[0], len(pair[1])))[1] if found else []


def _runs(doc: Analysis, start: int, end: int) -> list[list[str]]:
    """Runs of two or more abbreviation characters that are not part of a longer place name
    (新加坡, 加德满都) nor of a region (中美洲)."""
    return [run for _, run in _runs_at(doc, start, end)]


def _runs_at(doc: Analysis, start: int, end: int) -> list[tuple[int, list[str]]]:
    """_runs with where each run starts."""
    text = doc.norm_text
    table = state_abbreviations()
    runs, i = [], start
    while i < end:
        j = i
        while j < end and (text[j] in table or text[j:j + 2] in table):
            j += 2 if text[j:j + 2] in table else 1
        lo, hi = _within_words(doc, i, j)
        # (a run that opens a longer place name, 巴塞|罗那 or 新德|里 in a treaty's title, is no list of states)
        if hi - lo >= 2 and text[hi:hi + 1] != "洲" and not _inside_longer_place(doc, lo, hi) \
                and not _a_place(text[lo:hi]) and not any(_a_place(text[lo:hi + k]) for k in (1, 2, 3)):
            runs.append((lo, list(dict.fromkeys(_resolve(doc, table[c], lo) for c in _members(text[lo:hi], table)))))
        i = max(j, i + 1)
    return runs


def _members(run: str, table: dict) -> list[str]:
    """The run's abbreviations, a two-character one (印尼 of 中印尼) before its first character."""
    members, i = [], 0
    while i < len(run):
        size = 2 if run[i:i + 2] in table else 1
        members.append(run[i:i + size])
        i += size
    return members


def _a_place(run: str) -> bool:
    """A run that is itself a name of the knowledge base: a city or region (加沙 is Gaza, not 加 + 沙), a
    state (古巴), a body (哈马斯) or a person."""
    return any(actor.kind in ("place", "country", "org", "person") for actor in KnowledgeBase.load().lookup(run))


def _within_words(doc: Analysis, start: int, end: int) -> tuple[int, int]:
    """The run without an end character that belongs to a word running out of it (中俄新时代: 新 of
    新时代; 新中国: 新 and 中 of 新中国)."""
    for span, _ in tokens_in(doc, max(0, start - 4), min(len(doc.norm_text), end + 4)):
        if span.start < end < span.end and span.start > start:
            end = span.start  # a word starting inside the run and running past its end
        if span.start < start < span.end:
            start = min(span.end, end)  # a word starting before the run and reaching into it
    return start, end


def _inside_longer_place(doc: Analysis, start: int, end: int) -> bool:
    """The run is part of a longer name (加德满都, 哈马斯, 马斯克) or of a longer word the tagger found."""
    if any(m.start < end and start < m.end and m.end - m.start > 1 and not (start <= m.start and m.end <= end)
           for entity in doc.entities for m in entity.mentions):
        return True
    return any(span.start <= start and end <= span.end and span.end - span.start > end - start
               and tag in ("PER", "ORG", "LOC", "nr", "ns", "nt", "nz") for span, tag in tokens_in(doc, start, end))


def _resolve(doc: Analysis, codes: tuple[str, ...], at: int) -> str:
    """The state an ambiguous character means here: the one the article names nearest, else the
    likeliest (中巴 beside 巴西 is Brazil)."""
    if len(codes) == 1:
        return codes[0]
    distance = {}
    table = state_abbreviations()
    for entity in doc.entities:
        # 新方, 伊方: a short form opening with an ambiguous character is as ambiguous as the run itself
        named = [m for m in entity.mentions if not (re.fullmatch(r".[方侧军]?", m.text) and len(table.get(m.text[:1], ())) > 1)]
        if entity.country in codes and entity.type == "GPE" and named:
            nearest = min(abs(m.start - at) for m in named)
            distance[entity.country] = min(nearest, distance.get(entity.country, nearest))
    return min(codes, key=lambda code: (distance.get(code, 10 ** 9), codes.index(code)))


def clause_parties(doc: Analysis, clause: Span, name: Span) -> list[str]:
    """States of the clause before the name, or after it when none comes before (see clause_sides)."""
    before, after = clause_sides(doc, clause, name)
    return before or after


def clause_sides(doc: Analysis, clause: Span, name: Span) -> tuple[list[str], list[str]]:
    """States of the clause before the name (its subject, X与Y), or after it when none comes
    before; not a place after 在/于 (在土耳其安卡拉) nor part of a person's title (常驻联合国代表)."""
    text = doc.norm_text
    before, after, place_end = [], [], -1
    for mention, code in state_mentions(doc, clause.start, clause.end):
        if name.start <= mention.start < name.end and not _STATE_BODY.search(mention.text):
            continue  # 海警合作协议: a word inside the name names its topic; its parties come from name_run
        lead = text[max(clause.start, mention.start - 2):mention.start]
        if lead[-1:] in ("在", "于") and not _BOUND_TO.search(text, clause.start, mention.start) \
                or place_end >= 0 and _PLACE_LINK.fullmatch(text, place_end, mention.start) \
                or _TRAVEL_TO.search(text, max(clause.start, mention.start - 2), mention.start):
            place_end = mention.end
            continue  # where a talk took place is not a party
        if mention.end - mention.start == 1 and _opens_place(text, mention.start):
            continue  # 巴 of 巴黎协定: a one-character form opening a place name is no state
        if lead.endswith(("驻", "常驻")) or text[mention.end:mention.end + 2] in ("大使", "特使"):
            continue  # 常驻联合国代表, 驻华大使: part of a person's title
        if mention.end <= name.start and _TOPIC.search(text, clause.start, mention.start) and lead[-1:] not in "与和同跟" \
                and _REACHED_AFTER.match(text, mention.end, name.start):
            continue  # 甲乙两国就恢复丙国航运达成共识: a state in the topic is no party
        if mention.end <= name.start and _TOPIC.search(text, clause.start, mention.start) \
                and _TALKS_CLOSED.match(text, mention.end, name.start):
            continue  # 甲乙两国就丙国局势举行会谈，双方签署…: the talks' topic, closed before the name, is no party
        if mention.text in business_names():
            continue  # 某公司与某国签署合作协议: a company is no state party
        if aimed_at(text, clause.start, mention) or _LIKENED.search(lead):
            continue  # 应对中国的威胁: the state aimed at; 类似北约的同盟: a model, neither is a party
        if mention.end <= name.start and _CRITIC_AFTER.match(text, mention.end, name.start) \
                and not _PARTNER_AFTER_SPEECH.search(text, mention.end, name.start) \
                and not _OWN_STEP_AFTER_SPEECH.match(text, mention.end, name.start) \
                and not _WELCOMES_PARTNER.match(text, mention.end, name.start):
            continue  # 朝鲜谴责称，《某某宣言》…: who speaks of it is not party to it
        if _PARTY_NAME.search(mention.text) and not _state_named(doc, code) \
                and code not in state_abbreviations().get(mention.text[:1], ()):
            continue  # 自民党 in a German article (not 日本自民党): a party's state comes from the article, not the linker
        if code in _NOT_A_STATE or mention.text.endswith(_REGION_ENDINGS) or text[mention.end:mention.end + 1] in "洋洲" or \
                text[mention.end:mention.end + 2] in ("会晤", "会谈", "峰会", "会议"):
            continue  # 巴厘岛会晤: a meeting's place; 印度洋: a sea; IGO: members unnamed
        if mention.start >= name.end and _BY_AGENT.fullmatch(text, name.end, mention.start):
            if not _CRITICISED.match(text, mention.end):
                before.append(code)  # 草案遭匈牙利拒绝: the agent of a passive acts on it as a subject does
            continue  # (协议遭到俄罗斯谴责: a critic, no party)
        (after if mention.start >= name.end else before).append(code)
    return talked_over(doc, clause, name) or before, after


# X与Y就Z举行会谈 / 交换意见: the talk verb after an agreement that is the topic of talks.
_TALKS_ON_IT = re.compile(r"(?:问题|事宜)?(?:进行|举行|展开|开展|开始|启动|重启)?了?[^，,。；;]{0,8}?"
                          r"(?:谈判|磋商|协商|商谈|会谈|会晤|对话|通话|讨论|交换意见|交换看法)")


def talked_over(doc: Analysis, clause: Span, name: Span) -> list[str]:
    """States before an agreement that is the topic of talks (甲国与乙国就丙国停火协议举行会谈): where the
    topic names states and none of the talkers, the talkers only discuss it; the topic's states are its
    parties. Talks on their own agreement (甲乙两国就甲乙自贸协定举行会谈) keep the talkers (empty list)."""
    text = doc.norm_text
    topic = _TOPIC.search(text, clause.start, name.start)
    if topic is None or not _TALKS_ON_IT.match(text, name.end):
        return []
    # (inside the name only a state opening it or its run of abbreviations: 丙国停火协议, not 海警 of 海警合作协定)
    topic_states = [code for m, code in state_mentions(doc, topic.start(), name.end)
                    if code not in _NOT_A_STATE and (m.start < name.start or m.start == name.start
                                                      and KnowledgeBase.load().country(m.text))]
    inside, own = name_run(doc, name)
    topic_states += inside if own else []
    talkers = [code for m, code in state_mentions(doc, clause.start, topic.start())]
    if not topic_states or not talkers or set(talkers) & set(topic_states):
        return []
    return list(dict.fromkeys(topic_states))


_LISTED_SIDES = re.compile(r"(?<![\u4e00-\u9fff])(?P<run>[\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)(?:[两三四五]国|双方|三方|各方)")


def _listed_abbreviations(doc: Analysis, start: int, end: int, found: list) -> list[tuple[Span, str]]:
    """巴、阿两国, 中、俄、蒙三方: one-character forms listed with 、 before the count of sides, each a state."""
    table, taken = state_abbreviations(), {span.start for span, _ in found}
    listed = []
    for match in _LISTED_SIDES.finditer(doc.norm_text, start, end):
        chars = match.group("run")[::2]
        if all(c in table for c in chars):
            listed.extend((Span(match.start() + 2 * i, match.start() + 2 * i + 1, c), _resolve(doc, table[c], match.start()))
                          for i, c in enumerate(chars) if match.start() + 2 * i not in taken)
    return listed


def state_mentions(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """Coded actor mentions, and an uncoded organisation opening with a state's full name: a state's own
    body (哥伦比亚议会, 秘鲁国会) acts for that state; a name with a short tail the tagger ran on (乌克兰局部 of
    乌克兰局部停火协议) is the state itself."""
    found = actor_mentions(doc, start, end)
    kb = KnowledgeBase.load()
    for mention, entity in mentions_in(doc, start, end):
        if entity.country or entity.type != "ORG":
            continue
        prefix = next(((size, country.iso3) for size in range(min(6, len(mention.text) - 1), 1, -1)
                       for country in [kb.country(mention.text[:size])] if country), None)
        if prefix is None:
            continue
        size, code = prefix
        if _STATE_BODY.search(mention.text):
            found.append((mention, code))
        elif len(mention.text) - size <= 2:
            found.append((Span(mention.start, mention.start + size, mention.text[:size]), code))
    found.extend(_listed_abbreviations(doc, start, end, found))
    found.sort(key=lambda pair: pair[0].start)
    # 秘鲁国会: a body right after a state's name is that state's, whatever the linker made of it alone
    return [pair for index, pair in enumerate(found) if not (index and found[index - 1][0].end == pair[0].start
                                                            and _STATE_BODY.fullmatch(pair[0].text))]


def programme_owner(doc: Analysis, agreement, runs: list[tuple[list[str], bool]], parties: list[str]) -> list[str]:
    """A plan named after one state (“中国行动计划”) that one other state acts on (美国宣布中止…) is that
    state's programme aimed at the named one: its sole party is the state running it."""
    named = {code for run, in_name in runs if in_name and len(set(run)) == 1 for code in run} | \
        {code for _, code in actor_mentions(doc, agreement.name.start, agreement.name.end)}
    others = [code for code in parties if code not in named]
    return others if agreement.kind == "plan" and len(named) == 1 and len(others) == 1 else parties


def _state_named(doc: Analysis, code: str) -> bool:
    """The article names the state itself (日本, 日方), not only something linked to it."""
    return any(e.country == code and e.type == "GPE" for e in doc.entities)


# A partner and a verb of concluding after the state (美国与乌克兰签署的…): it is a signer in a relative
# clause that is what the verb before it is aimed at, not the state aimed at.
_SIGNS_AFTER = re.compile(r"(?:与|和|同|跟)[^，,。；;的]{1,12}?(?:签署|签订|达成|缔结|订立)(?:了)?的")


def aimed_at(text: str, floor: int, mention: Span) -> bool:
    """The state is the target of the clause (针对中国, 遏制俄罗斯, 对华 / 反美 as a one-character
    form), not an actor in it."""
    lead = text[max(floor, mention.start - 3):mention.start]
    if _AIMED_AT.search(lead):
        return not _SIGNS_AFTER.match(text, mention.end)  # 谴责美国与乌克兰签署的协议: the signers are parties
    return mention.end - mention.start == 1 and lead[-1:] in ("对", "反", "抗") \
        and not re.match(r"[方国]", text[mention.end:mention.end + 1])


def _opens_place(text: str, start: int) -> bool:
    """A city or region of the knowledge base starts here (巴黎, 加沙)."""
    kb = KnowledgeBase.load()
    return any(a.kind == "place" for size in range(2, 5) for a in kb.lookup(text[start:start + size]))


def an_organisation(text: str, floor: int, end: int) -> bool:
    """The text ending at `end` names an organisation of the knowledge base (非洲联盟)."""
    if _COALITION.search(text, max(floor, end - 6), end):
        return True  # 德国执政联盟, 非洲民族联盟, 基督教民主联盟: political parties, no alliance of states
    kb = KnowledgeBase.load()
    return any(a.kind == "org" for size in range(3, 11) if end - size >= floor
               for a in kb.lookup(text[end - size:end]))


def pair_before(doc: Analysis, floor: int, start: int) -> list[str]:
    """Two states joined by 和/与/同/及 right before a name, through 的 or 之间的 or directly (朝鲜和俄罗斯的条约,
    美伊之间的协议, 以色列和哈马斯停火方案 are named by their parties); else none."""
    lead = re.search(r"(?:(?:之间|间|两国|双方)?的)?$", doc.norm_text[max(floor, start - 4):start])
    end = start - len(lead.group(0))
    found = [(m, code) for m, code in state_mentions(doc, floor, end) if code not in _NOT_A_STATE and not _PARTY_NAME.search(m.text)]
    if len(found) < 2 or found[-1][0].end != end:
        return []
    (first, a), (second, b) = found[-2:]
    return [a, b] if a != b and re.fullmatch(r"和|与|同|及|跟", doc.norm_text[first.end:second.start]) else []


def brokers(doc: Analysis, mentions: list) -> list[str]:
    """The states that brokered the agreement (由某国促成, 在某国斡旋下, 某国在双方之间斡旋) in its mentions' sentences."""
    found = []
    for mention in mentions:
        for match in _BROKER.finditer(doc.norm_text, mention.sentence.start, mention.name.end):
            group = next(g for g in ("who", "mediator", "via", "helper") if match.group(g))
            found.extend(codes_in(doc, match.start(group), match.end(group)))
    return sorted(set(found))


def violations(doc: Analysis, mentions: list) -> list[str]:
    """Who accuses whom of breaking it: accusation events in the agreement's sentences."""
    sentences = {(m.sentence.start, m.sentence.end) for m in mentions}
    accusers = set()
    for event in doc.events:
        if event.type == "ACCUSE" and event.source and any(s <= event.trigger.start < e for s, e in sentences):
            accusers.add(event.source)
    return sorted(accusers)


# 美国已与英国、日本和欧盟分别达成协议 / 日本和韩国分别与美国签署了协议: one agreement per partner.
_RESPECTIVELY = (re.compile(r"(?P<one>[^，,。；;]{1,12}?)(?:已经?|还|也|先后)?(?:与|同|和|跟)(?P<many>[^，,。；;]{2,30}?)分别"),
                 re.compile(r"(?P<many>[^，,。；;]{2,30}?)分别(?:与|同|和|跟)(?P<one>[^，,。；;]{1,12}?)(?:达成|签署|签订|缔结|谈妥|草签|续签)"))


def respective_pairs(doc: Analysis, mention) -> list[list[str]]:
    """The party pairs of an agreement its clause tells each partner made apart with one state (分别), else none."""
    text = doc.norm_text
    clause_from = max(mention.sentence.start, max(text.rfind(c, mention.sentence.start, mention.name.start) for c in "，,；;") + 1)
    for pattern in _RESPECTIVELY:
        match = pattern.search(text, clause_from, mention.name.start)
        if match is None:
            continue
        one = {c for _, c in state_mentions(doc, match.start("one"), match.end("one")) if c not in _NOT_A_STATE}
        many = [c for _, c in state_mentions(doc, match.start("many"), match.end("many")) if c not in _NOT_A_STATE]
        if len(one) == 1 and len(set(many) - one) >= 2:
            return [sorted(one | {c}) for c in dict.fromkeys(many) if c not in one]
    return []
