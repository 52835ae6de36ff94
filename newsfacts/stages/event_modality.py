"""How an event is told (asserted, future, intended, negated, hedged, advisory, conditional, threatened,
requested, prescribed, alleged), from the words before its trigger; only asserted, future and intended acts are facts
(model.Event.is_fact)."""
from __future__ import annotations

import re

from ..doc import per_stage
from ..model import Analysis

# Predictions (肯定会签署, 预计将举行), abilities (能够打击), open questions (能否达成, 是否会制裁),
# suppositions (假设X动武, 不排除派兵) and what a step would help (有利于双方换俘) are not reports of an act; nor is
# what someone is suspected of (涉嫌向X出售武器): alleged, not asserted (疑似遭X袭击 doubts the doer, not the act).
_WHETHER = r"是否|能否|会否|可否|会不会|能不能|要不要"  # words that ask whether (是否会制裁, 会不会打电话)
_HEDGE = re.compile(r"不排除|涉嫌|可能|或将|或许|也许|有望|据称|传闻|或会|恐将|肯定会|一定会|势必|预计|预期|料将|能够|有能力|"
                    + _WHETHER + r"|肯不肯|愿不愿|假设|假定|有利于|有助于|考虑|酝酿|(?<!经过)研究(?![所院员中机报人成表显])|任何")
# (正在考虑对X实施制裁, 酝酿新制裁, 将研究对X实施制裁: weighed, not decided; 对X的任何制裁都将…: any act, none reported)
# A feared, prevented or forbidden act (担心俄罗斯入侵, 防止冲突升级, 禁止企业投资X, 阻止X获取技术) has not
# happened; not the noun of a ban (投资禁令 is no verb before the act).
_FEARED = re.compile(r"担心|担忧|害怕|恐惧|忧虑|防止|避免|以免|以防|防范|禁止|严禁|阻止|阻挠|制止|不准")
# Advice and wishes (应该制裁, 希望支持) and provisions of a text (允许双方部署) are not acts.
_ADVISORY = re.compile(r"须经|需经|尚需|尚须|仍需|仍须|有待|应该|应当|(?<![回响反相适供答顺呼效])应(?![对邀用急变战约])|希望|不希望|必须|需要|允许|有权|可以|呼吁|当务之急")
# An aim (为了渲染…, 旨在打压) is an intent, like a plan.
_INTENT = re.compile(r"为了|旨在|以便|计划|拟|准备|打算|愿意|(?<![意自志])愿(?!望)|寻求|决心|承诺|有意|原本要|本来要|原定|原计划")
# 应X要求, 应X邀请: at X's request or invitation, no advice.
_AT_REQUEST = re.compile(r"应[^，,。；;应]{1,12}的?$")
_REQUEST_WORDS = ("要求", "请求", "邀请")
_STOPPED = re.compile(r"停止|不再|放弃|暂停")
_STOPPED_TOWARD = re.compile(r"(?:停止|暂停|中止|切断)(?:[^，,。；;]{0,10}?)[向给][^，,。；;向对给]{1,10}$")  # 暂停经管道向波兰输送
_POSTPONED = re.compile(r"(?:推迟|暂缓|延迟|延缓|推后|搁置)[^，,。；;：:]{0,16}$")
# An act someone is told not to do (警告美国不要向乌克兰提供导弹, 切勿干涉): not done, and no intent.
_PROHIBITED = re.compile(r"不要|切勿|别再|不得(?!不)|不允许|不许|不准")  # 决定不允许X向Y出售: not done
_UNTIL = re.compile(r"(?:直至|直到)[^，,。；;才后]{0,4}$")
_FUTURE = re.compile(r"将要|将会|即将|将(?![军领士])")
# 如果说/如果联想到/如果看… introduce a comparison, not a condition on the act.
_CONDITION = re.compile(r"如果(?!说|联想|看|从|把|对比|比较)|若|一旦|假如|倘若|要是|就算|即使|哪怕|即便|除非|没有[^，。]{0,12}条件下")

# A rule or a text that says what shall be done (协议规定美国向乌克兰提供援助, 宪法规定，…由副总统继任):
# what it prescribes is a norm, not an act. Not the noun of a rule cited or broken (根据规定, 违反规定,
# 规定的天数), nor a rule cited as the basis (根据《X法》规定).
_PRESCRIBES = re.compile(r"(?<![据照按反背守合关])规定(?![的中下之])")
_BASIS = re.compile(r"(?:根据|按照|依据|依照|遵照|依法)[^，,。；;]{0,30}$")


def prescribed(text: str, start: int) -> bool:
    """The unquoted sentence text before the act, `text[:start]`, has a text or a rule prescribe it."""
    found = None
    for found in _PRESCRIBES.finditer(text, 0, start):
        pass
    return found is not None and not _BASIS.search(text, 0, found.start())


def modality(text: str, sentence_start: int, clause_start: int, start: int, named=None) -> str:
    """The modality of the act named at `start`, from its clause (and the sentence for conditions,
    leaving out what is inside quotation marks); with `named` (where text[a:b] names parties), a
    wish carried over from an earlier clause of the sentence (wished_over)."""
    told = _modality(text, sentence_start, clause_start, start)
    if told == "asserted" and INTENT_NOUN_AFTER.match(text, start):
        return "hedged"  # 不认为X有对台动武的企图 / 没有发动进攻的迹象: the act only names an intent or a risk
    if told == "asserted" and _PREMATURE_AFTER.match(text, start):
        return "hedged"  # 两国元首会面“目前为时尚早”: the act is judged not yet near, not told
    if told == "asserted" and _asked(text, sentence_start, start):
        return "hedged"  # 届时，中国是否再次…同朝鲜一起反击美韩联军？: an act asked about, not told
    if told == "asserted" and named is not None:
        return wished_over(text, sentence_start, clause_start, start, named) or told
    return told


# 动武的企图, 签署协议的计划, 爆发冲突的风险: the act heads a noun of intent, chance or risk; it is not told as done
INTENT_NOUN_AFTER = re.compile(r"[^，,。；;的“”]{1,6}?的(?:企图|意图|图谋|野心|打算|计划|可能性?|风险|危险|迹象|意愿)")
# the act is the subject of a judgement that it is not near (会面为时尚早, 和谈遥遥无期)
_PREMATURE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:为时尚早|为时过早|言之过早|遥遥无期|无从谈起)")
_QUESTION_WORDS = re.compile(_WHETHER + "|是不是")
_QUESTION_END = "？?"
_SENTENCE_STOP = "。！？!?\n"


def _asked(text: str, sentence_start: int, start: int) -> bool:
    """The act stands in a question: its sentence ends in a question mark and asks whether (是否, 会不会)
    before the act."""
    end = start
    while end < len(text) and text[end] not in _SENTENCE_STOP:
        end += 1
    return end < len(text) and text[end] in _QUESTION_END and _QUESTION_WORDS.search(text, sentence_start, start) is not None


# A wish or an intent whose object runs on over clauses that name no party of their own (日方期待借助
# 这次会议梳理分歧，再就渔业问题同韩国协商: the talks are hoped for, not held), up to a clause
# that opens anew (但, 随后, 同时) or with a party of its own as the subject (美国随后…).
# 美方必须停止A，取消B: the clauses after a modal of obligation go on with what is demanded, not done
_WISH = re.compile(r"(?P<verb>希望|期待|期望|盼望|必须|应当|应该|务必|(?<![意自志])愿意?(?!望)|计划|打算|准备)(?P<scope>[^，,。；;：:]*)$")
_WISHES = ("希望", "期待", "期望", "盼望", "必须", "应当", "应该", "务必")
_NEW_CLAUSE = re.compile(r"\s*(?:但|而|却|并且|随后|然后|接着|之后|同时|此外|另外|因此|所以|不过|可是)")
_DONE = re.compile(r"已经|已|曾经|曾")  # 已对X实施限制: told as done, not wished
WISH_CLAUSES = 3  # clauses back that a wish is looked for


def wished_over(text: str, sentence_start: int, clause_start: int, start: int, named) -> str | None:
    """"advisory" (a wish) or "intended" when the act at `start` lies in a clause with no subject of
    its own that continues the object of a wish told in an earlier clause, else None."""
    if clause_start <= sentence_start or _subject(text, clause_start, start, named) or \
            _NEW_CLAUSE.match(text, clause_start) or _DONE.search(text, clause_start, start):
        return None
    position = clause_start
    for _ in range(WISH_CLAUSES):
        if position <= sentence_start or text[position - 1] in "；;：:":
            return None
        begin = _clause_start(text, sentence_start, position - 1)
        found = _WISH.search(text, begin, position - 1)
        if found is not None:
            if _NOUN_BEFORE.search(text, begin, found.start()) or _COORDINATED.search(found.group("scope")):
                return None
            return "advisory" if found.group("verb") in _WISHES else "intended"
        if _subject(text, begin, position, named) or _NEW_CLAUSE.match(text, begin):
            return None
        position = begin
    return None


def _subject(text: str, begin: int, end: int, named) -> bool:
    """The clause text[begin:end] opens with a party's name (its subject)."""
    opening = begin + len(text[begin:end]) - len(text[begin:end].lstrip())
    return any(at <= opening + SUBJECT_REACH for at in named(begin, end))


SUBJECT_REACH = 1  # characters after a clause's opening where its subject's name may start (而美国…)


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    at = max(text.rfind(mark, sentence_start, position) for mark in "，,；;：:")
    return max(at + 1, sentence_start)


# The reason an act is done for (以涉嫌受贿为由逮捕, 因涉嫌受贿被逮捕): what it says is alleged is the
# reason, a closed phrase before the act, not the act; the act itself is told as it is.
_REASON = re.compile(r"以[^，,。；;以]{1,20}?为由|因为?[^，,。；;因]{1,20}?(?=被|遭)")


def _modality(text: str, sentence_start: int, clause_start: int, start: int) -> str:
    before = _REASON.sub("", text[clause_start:start])
    semicolon = text.rfind("；", sentence_start, start)  # 如果…，那么…；第八，X签署…: the condition ends at ；
    unquoted = re.sub(r"“[^”]*”|「[^」]*」", "", text[max(sentence_start, semicolon + 1):start])
    condition = None
    for condition in _CONDITION.finditer(unquoted):
        pass
    if condition is not None:
        if not re.search(r"[，,]", unquoted[condition.end():]) and condition.group() != "除非":
            return "hedged"  # 如果X威胁美军，……: the act is the condition itself, supposed, not done nor threatened
        return "conditional"
    if prescribed(unquoted, len(unquoted)):
        return "prescribed"
    if _STOPPED.search(before[-4:]) or _PROHIBITED.search(before) or _POSTPONED.search(before) \
            or _STOPPED_TOWARD.search(before):
        return "negated"  # 停止 / 不要 / 推迟对X实施反制关税: the act is not done (now)
    if denied(before):
        return "negated"
    if alleged(before):
        return "alleged"
    if governed(before):
        return governed(before)
    if advised(before):
        return advised(before)
    if text.startswith(_REQUEST_WORDS, start) and _AT_REQUEST.search(before):
        before = before[:_AT_REQUEST.search(before).start()]
    if _UNTIL.search(before):
        return "hedged"  # 将继续军事行动，直至彻底摧毁X: the aim the act goes on until (直到被包围后才投降 is told)
    for name, pattern in (("hedged", _HEDGE), ("hedged", _FEARED), ("advisory", _ADVISORY), ("intended", _INTENT),
                          ("future", _FUTURE)):
        if pattern.search(before):
            return name
    return "asserted"


# A refusal opens a verb phrase whose object holds the act (拒不加入对X的制裁, 拒绝响应谴责X的呼吁):
# the act in it is not done. Not across a coordinated verb (拒绝停火并袭击了X), and not where the
# refused verb stops an act (拒绝停止袭击: the attacks go on). An act evaded (绕开制裁, 规避对X的制裁)
# is not done by the one who evades it either.
_REFUSAL = re.compile(r"(?:拒绝|拒不|不愿意?|不肯|无意|不打算|不准备|绕开|绕过|规避|逃避|躲避|否决|驳回|阻止|阻挠)(?P<scope>[^，,。；;：:]*)$")
_COORDINATED = re.compile(r"并|而且|随后|然后|接着|之后|后又|还")
_ENDING = re.compile(r"停止|放弃|结束|暂停|中止|撤销|取消|撤回|减少")


# 反对向土耳其出售战机, 反对在乌克兰使用核武器: an act opposed with no doer of its own (its object opens on a
# preposition or on the act) is only proposed, not done; 反对美方制裁中国企业 tells the sanction as done.
_OPPOSED = re.compile(r"(?:反对|不支持|不赞成|不赞同)(?:继续|再次?|进一步|任何|一切)?(?P<scope>[在向对给与同为把][^，,。；;：:]*)?$")


# 不顾中方严重关切和坚决反对: a concession naming whose objection the doer ignores (its parties are no party of the
# act, event_args), and the tail of one before the opposing word (the act is not opposed, ignored_objection)
IN_SPITE = re.compile(r"不顾[^，,。；;]{0,24}?(?:反对|关切|劝阻|警告|抗议|谴责|压力|呼吁|要求|批评)")
_IGNORED = re.compile(r"不顾[^，,。；;]{0,20}$")


def ignored_objection(before: str) -> bool:
    """The opposing word after `before` is an objection the doer ignores (不顾中方强烈反对窜访台湾): the act is done."""
    return _IGNORED.search(before) is not None


def refused(before: str) -> bool:
    """The act whose clause text before it is `before` lies in the object of a refusal."""
    found = _REFUSAL.search(before) or _OPPOSED.search(before)
    if found is None or ignored_objection(before[:found.start()]):
        return False  # 不顾中方反对窜访台湾: the objection is ignored and the act is done
    scope = found.group("scope")
    return not _COORDINATED.search(scope) and not _ENDING.search(scope)


# A threat, demand, request or invitation governs the verb phrase after it, and the act named there is
# only threatened or asked for (威胁对X加征关税, 放话将对X采取军事行动, 请求美国提供情报, 要求X撤军,
# 邀请X访华: the visit is not reported). Not
# as a noun (在X的威胁下, 遭到威胁, 这一要求), not where the demand is defied or met (不顾X要求,
# 应X要求, 按照…要求), and not across a coordinated verb (威胁X后发动了袭击).
_GOVERNING = re.compile(r"(?P<verb>威胁|扬言|放话|叫嚣|恫吓|威吓|胁迫|请求|恳请|要求|敦促|敦请|力促|促请|吁请|警告|邀请|游说|劝说|说服)"
                        r"(?P<scope>[^，,。；;：:]*)$")
_THREATS = ("威胁", "扬言", "放话", "叫嚣", "恫吓", "威吓", "胁迫")
_NOMINAL_BEFORE = re.compile(r"(?:的|遭|受|到|该|此|这|一|(?<![耳尤])其|种|项|出)$")  # not 土耳其, 尤其
_DEFIED_OR_MET = re.compile(r"(?:不顾|无视|违背|违反|按照|根据|依据|依照|依法|遵照|遵循|遵守|符合|出于|基于|响应|回应|满足|接受|答应|拒绝|拒不|(?<![理])应)"
                            r"[^，,。；;]{0,24}$")
# (在…要求下/中/上: the demand as a noun; not 要求中方/中国…, 敦促上海…, where a party's name opens the object)
_NOMINAL_AFTER = re.compile(r"(?:的|下(?!属)|中(?![方国共华美俄欧日韩德法英印巴越朝非东])|之|后|上(?!海)|声|性|者|信|函)")
_AFTER = re.compile(r"以后|之后|后|随即|同时|与此同时")
# Invited to join the host's own act (邀请X参加联合军演, 邀请X出席峰会): the host's act, told as such.
_JOINING = re.compile(r"参加|参与|出席|加入|列席|观摩")


_DONE_WITH = ("予以", "给予", "进行")  # a light verb that makes the governing verb and the act after it deeds


def governed(before: str) -> str | None:
    """"threatened" or "requested" when the act whose clause text before it is `before` lies in the
    complement of a threat or a demand, else None."""
    found = _GOVERNING.search(before)
    if found is None or _NOMINAL_BEFORE.search(before, 0, found.start()) or \
            _DEFIED_OR_MET.search(before, 0, found.start()) or \
            _NOMINAL_AFTER.match(found.group("scope")) or before.endswith(_DONE_WITH, 0, found.start()):
        return None  # (予以警告驱离: the warning and the expulsion are both done)
    scope = found.group("scope")
    if _COORDINATED.search(scope) or _AFTER.search(scope):
        return None
    if found.group("verb") == "邀请" and _JOINING.search(scope):
        return None
    return "threatened" if found.group("verb") in _THREATS else "requested"


# A denial or rebuttal takes the act it denies as its object (否认曾向X提供援助, 驳斥了关于X袭击Y的说法,
# 辟谣称并未与X会谈): the act is not asserted. Not as a noun (这一否认) and not across a coordinated
# verb (否认指控后袭击了X).
# The denial or advice as a noun (他的否认, 这一建议); not a name ending in 其 (土耳其否认).
_NOUN_BEFORE = re.compile(r"(?:的|这一|此一|这种|这项|该项|一项|此项)$")
_DENIAL = re.compile(r"(?P<verb>否认|矢口否认|驳斥|辟谣|否定了?)(?P<scope>[^，,。；;：:]*)$")


def denied(before: str) -> bool:
    """The act whose clause text before it is `before` lies in the object of a denial."""
    scope = _verb_scope(_DENIAL, before)
    return scope is not None


def _verb_scope(pattern: re.Pattern, before: str) -> str | None:
    """What the verb `pattern` finds last in `before` governs up to the act (its 'scope' group), when the verb
    is no noun (这一否认) and no coordinated verb or 之后 comes between; else None."""
    found = pattern.search(before)
    if found is None or _NOUN_BEFORE.search(before, 0, found.start()):
        return None
    scope = found.group("scope")
    return None if _COORDINATED.search(scope) or _AFTER.search(scope) else scope


# An accusation takes the act it alleges as its object (指控X向Y提供武器, 指责X拖延向加沙运送物资): the act is the
# accuser's claim, not told as fact. Not an act condemned (谴责X空袭Y: the strike is what happened), not a noun
# after 的 (指责X对Y的袭击), not across a coordinated verb, and not the accusation as a noun (这一指责).
_ALLEGING = re.compile(r"(?P<verb>指责|指控|控诉|诬称|诬陷|声称|宣称|咬定|坚称)(?P<scope>[^，,。；;：:”]*)$")  # 指责两国“庇护”X


def alleged(before: str) -> bool:
    """The act whose clause text before it is `before` lies in the verb phrase an accusation governs."""
    scope = _verb_scope(_ALLEGING, before)
    return bool(scope) and not scope.endswith("的")


# Advice and proposals (建议X和Y共享情报, 主张通过谈判解决, 提议与X举行会谈, 呼吁双方停火) govern the verb
# phrase after them: the act is proposed, not done. Proposed by its own doer (提议与X会谈: the verb's
# object opens with a preposition or an adverb) it is "advisory", an expressed intent; proposed by a
# third party for others (专家建议日韩共享情报, 呼吁双方停火) it is "requested", no act of anyone.
_ADVICE = re.compile(r"(?P<verb>建议|主张|提议|倡议|呼吁|倡导|希望|提出(?=[在要让由就把将与同和]))(?P<scope>[^，,。；;：:]*)$")
# The advice as a noun, the subject of what follows (停火建议遭到X拒绝, 这一主张得到X支持).
_ADVICE_AS_NOUN = re.compile(r"(?:遭到|遭|被|受到|得到|获得|赢得|未|没|已经|已|是|也|都)")
_OWN_ACT = re.compile(r"(?:与|同|和|跟|向|对|就|在|通过|以(?!色)|将|把|进一步|尽快|立即|继续|加强|深化|开展|举行|进行|实施|"
                      r"建立|共同|一道|一起|全面|积极|恢复|重启|启动)")


def advised(before: str) -> str | None:
    """"advisory" or "requested" when the act whose clause text before it is `before` lies in the
    complement of advice or a proposal, else None."""
    found = _ADVICE.search(before)
    if found is None or _NOUN_BEFORE.search(before, 0, found.start()) or \
            _DEFIED_OR_MET.search(before, 0, found.start()) or _NOMINAL_AFTER.match(found.group("scope")) or \
            _ADVICE_AS_NOUN.match(found.group("scope")):
        return None
    scope = found.group("scope")
    if _COORDINATED.search(scope) or _AFTER.search(scope):
        return None
    return "advisory" if not scope or _OWN_ACT.match(scope) else "requested"


_NAME_MASK = "某"


_CODE_NAMED = re.compile(r"(?:代号为|代号|名为|称为|命名为|题为)“([^“”]{1,20})”")


def unnamed_text(doc: Analysis) -> str:
    """The document's text with every organisation's name blanked out (same length): a name tells no
    modality (世界粮食计划署 plans nothing, 开发计划署 neither); nor does a name given in quotation marks
    after 代号为/名为 (代号为“准备战争”的联合军演 prepares nothing)."""
    def build() -> str:
        chars = list(doc.norm_text)
        for entity in doc.entities:
            if entity.type == "ORG":
                for mention in entity.mentions:
                    chars[mention.start:mention.end] = _NAME_MASK * (mention.end - mention.start)
        for named in _CODE_NAMED.finditer(doc.norm_text):
            chars[named.start(1):named.end(1)] = _NAME_MASK * (named.end(1) - named.start(1))
        return "".join(chars)
    return per_stage(doc, ("unnamed text", id(doc.entities), len(doc.entities)), build)
