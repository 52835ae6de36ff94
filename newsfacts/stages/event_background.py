"""Trigger words that name no reported act but describe the background: a period dated from an act
(建交30年来, 自入侵以来), a trend built on (合作的持续深化, 合作继续发展), the grounds a party cites (以X袭击Y为由), the goal a step points to
(为合作奠定基础), a traveller's arrival in a case
report (抵达机场后被隔离), a figure the act is counted by (投资存量, 援助总额同比增长, 投资达到X亿),
goods a firm supplies (提供产品), a stake sold (出售股份), the cause an act answers (以应对X的行动), a party ranked by an act (援助X最多的国家), and an act cited as
the example of a judgement (成为X帮助Y发展的生动体现), a standing relation told with a habitual
adverb (双方一直相互支持), a party described by an act in an apposition (作为被X占领的国家), and
an act named as the means to an end (通过对话解决分歧), a process said to be halted (磋商陷入停摆), and
headlines in a list of links with their dates; talks and contracts of a commercial deal (合资谈判) are
firms' business. News style keeps these apart from the acts the article reports; FORMAT.md: background description is not an event."""
from __future__ import annotations

import re

from .. import lexicon

# 建交30年来, 建交以来, 入侵三个月以来: the act dates a period; what follows is the period's story.
_PERIOD = r"(?:\d+|[一二两三四五六七八九十百几数多]+)\s*(?:多|余)?\s*个?\s*(?:年|月|周|天|日)"
_SINCE = re.compile(rf"\s*(?:(?:{_PERIOD})?\s*以来|{_PERIOD}\s*来(?!自))")
# 投资存量, 贸易额, 援助总额, 投资同比增长: a statistic about the kind of act, not one act.
_FIGURE = re.compile(r"(?:额|总额|存量|总量|金额|流量)|(?:[^，,。；;]{0,4}?)(?:同比|环比|累计|增长了?\d|增幅|增速)|"
                     r"(?:规模)?(?:达到|达|超过|突破|逾)了?[^，,。；;\d]{0,6}[\d.]+\s*(?:多|余)?\s*(?:万|亿)")  # 投资达到100亿欧元
# 出售所持股份, 出售X公司股权: a stake sold is a deal between investors, no trade between states.
_SELLING = ("出售", "转让", "抛售")
_STAKE = re.compile(r"了?[^，,。；;]{0,12}?(?:股份|股权|股票|持股)")
# 以应对X的军事行动, 为应对Y的制裁: the act named after 应对 is the cause the doer answers, told as
# its reason, not reported here.
_ANSWERED = re.compile(r"(?:以|为了?|用以|用于|用来|借以)应对[^，,。；;]{0,20}$")
# 上一次接待X还是在十年前, 上次访华已是五年前: the last time the act happened, told as a date of
# the past; history set against the present, no act reported.
_LAST_TIME = re.compile(r"上一?次[^，,。；;]{0,8}$")
_WAS_WHEN = re.compile(r"[^，,。；;]{0,16}?(?:还是在|还是|是在|已是|已经是)")
# 援助X最慷慨的国家, 支持Y最积极的一方: the act ranks a party by degree in a modifier of a party
# noun; it characterises the party, no act on a day is reported (制裁了X最大的银行 is an act).
_RANKED = re.compile(r"[^，,。；;的最了]{0,10}?最[\u4e00-\u9fff]{1,3}(?:、[^，,。；;]{0,16}?)?的[^，,。；;的]{0,4}?"
                     r"(?:国家|大国|国|一方|盟友|伙伴|成员国?|政府|领导人)")
# 提供产品, 提供服务, 往X运送货物: a firm supplies or ships goods to a market; trade, not aid.
_GOODS = re.compile(r"了?[^，,。；;]{0,4}?(?:产品|商品|服务|货物)(?!援助)")
_SUPPLYING = ("提供", "运送", "运输")
# 成为/是 …帮助Y发展…的生动体现: the act is the content of a characterisation, not a report.
_CHARACTERISED = re.compile(r"(?:成为|是|为|彰显|体现了?)[^，,。；;]{0,20}$")
# 成为X抹黑Y的借口/工具: the act is what a thing is said to serve, not an act reported.
_EXAMPLE = re.compile(r"的[^，,。；;]{0,6}(?:体现|写照|缩影|象征|典范|范例|例证|标志|借口|工具|幌子|筹码)")
# 磋商陷入停摆, 谈判一度中断: the process is halted, no act is reported.
_HALTED = re.compile(r"\s*(?:一度|已经|已|也|均|都)?\s*(?:陷入|处于|遭遇)?\s*(?:停摆|停滞|僵局|中断|搁浅|冻结|停顿)")
# 通过谈判来解决, 通过对话解决分歧: talks named as the means to an end, no talks held.
_BY_MEANS = re.compile(r"(?:通过|经由|借助|依靠|经过)\s*$")
_MEANS_END = re.compile(r"\s*(?:来|以|解决|化解|处理|实现)")
# A run of headlines with their dates (…警告白宫2019-09-09观学院2019-09-09…): page chrome, no report.
_LISTED_DATE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
LISTED_DATES = 2  # this many numeric dates in one sentence make it a list of links
# …访俄2019-09-09 15:32: a headline followed by its time stamp is a link, not the article's report.
_STAMP = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")
# 双方一直相互支持, 两国始终互相尊重: what the two have always done to each other describes their
# relation, no act on a day.
_HABITUAL_MUTUAL = re.compile(r"(?:一直|始终|历来|向来|一贯|长期|长久)(?:以来)?\s*(?:都|在)?\s*(?:相互|互相|彼此)\s*$")
# 阿富汗作为被美国占领多年的国家, 作为援助乌克兰的国家之一: the act describes what kind of party the
# subject is, in an apposition opened by 作为 and closed by 的 and a noun for a party.
_AS_OPENING = re.compile(r"作为[^，,。；;作]{0,12}$")
_AS_KIND = re.compile(r"[^，,。；;的]{0,12}的(?:国家|大国|一方|盟友|伙伴|成员国?|政府|领导人|地区|之一)")
# 随着两国合作的持续深化, 往来的日益密切: the act names a trend the sentence builds on, no act on a day.
# The trend needs its 的: a round-14 version that also took 继续/不断/持续 without 的 (两国合作不断深化)
# changed nothing on train or dev and removed right events on held-out news, so it was taken out.
_TREND_ADVERB = r"(?:不断|日益|持续|逐步|进一步|日渐|日趋|逐渐|继续)"
_TREND = re.compile(rf"\s*的\s*{_TREND_ADVERB}?\s*(?:蓬勃|健康|稳步|稳定|顺利)?\s*"
                    r"(?:深化|发展|推进|加深|扩大|拓展|升温|增多|密切|加强|深入)(?![^，,。；;]{0,3}(?:协议|协定|条约))")
# 以伊朗袭击油轮为由, 以X为借口: the act is the grounds one party cites for its own act, its claim,
# not a report.
_GROUNDS_OPEN = re.compile(r"以(?![色及来后前便免上下往至为])")
_GROUNDS_CLOSE = re.compile(r"[^，,。；;以]{0,30}?(?:为由|为借口|为名|为幌子)")
# A case report's travel history (从X乘机，抵达Y机场后被集中隔离): a traveller's trip, no visit of a state.
_ARRIVALS = ("抵达", "到达", "飞抵", "入境", "前往", "返回", "出发")
_CASE_REPORT = re.compile(r"病例|感染者|确诊|核酸|隔离观察|集中隔离|居家隔离|隔离管控|密切接触者|密接")
# 为双方扩大合作指明方向, 为合作奠定了基础: the act is the goal a step points to, none reported.
_GUIDED = re.compile(r"\s*(?:指明了?(?:前进)?方向|指引了?方向|奠定了?[^，,。；;]{0,4}基础|注入了?[^，,。；;]{0,4}动力|"
                     r"开辟了?[^，,。；;]{0,4}(?:道路|前景)|铺平了?道路)")
# 为合作提供了良好基础, 为日本向中国出口创造条件: what a step makes possible; neither the providing
# nor the act it enables is reported (为乌克兰提供安全保障 is a guarantee given, and stays).
_FOR = re.compile(r"(?<![成作认称因以视更较行])为(?!了|何|什么|止|主|此|由)")
_ENABLING_NOUN = r"[^，,。；;]{0,8}?(?<!安全)(?:%s)(?=[，,。；;、！!？?和与及”]|$)" % lexicon.alternation_source(
    lexicon.words("enabling_nouns.txt"))
_PROVIDING = ("提供",)
_ENABLED = re.compile(r"了?" + _ENABLING_NOUN)
_ENABLING = re.compile(r"[^，,。；;]{0,12}?(?:提供|创造|带来|营造|打下|搭建)了?" + _ENABLING_NOUN)
EXAMPLE_REACH = 40  # characters after the trigger, within its sentence, searched for 的…体现


def background(text: str, start: int, end: int, clause_start: int, sentence_end: int,
               sentence_start: int = 0) -> bool:
    """The trigger at text[start:end] names background, not an act the article reports."""
    if listed(text, sentence_start, end, sentence_end):
        return True
    if _SINCE.match(text, end, sentence_end):
        return True
    if _FIGURE.match(text, end, sentence_end):
        return True
    if text[start:end] in _SUPPLYING and _GOODS.match(text, end, sentence_end):
        return True
    if text[start:end] in _SELLING and _STAKE.match(text, end, sentence_end):
        return True
    if _ANSWERED.search(text, clause_start, start):
        return True
    if _RANKED.match(text, end, sentence_end):
        return True
    if _LAST_TIME.search(text, clause_start, start) and _WAS_WHEN.match(text, end, sentence_end):
        return True
    if text[start:end] in _ARRIVALS and _CASE_REPORT.search(text, sentence_start, sentence_end):
        return True
    if _GUIDED.match(text, end, sentence_end) or enabling(text, start, end, clause_start, sentence_end):
        return True
    if _TREND.match(text, end, sentence_end):
        return True
    if _GROUNDS_OPEN.search(text, clause_start, start) and _GROUNDS_CLOSE.match(text, end, sentence_end):
        return True
    if _HALTED.match(text, end, sentence_end):
        return True
    if _HABITUAL_MUTUAL.search(text, clause_start, start):
        return True
    if _AS_OPENING.search(text, clause_start, start) and _AS_KIND.match(text, end, sentence_end):
        return True
    if _BY_MEANS.search(text, max(clause_start, start - 3), start) and _MEANS_END.match(text, end, sentence_end):
        return True
    if _CHARACTERISED.search(text, clause_start, start):
        rest = text[end:min(sentence_end, end + EXAMPLE_REACH)]
        return bool(_EXAMPLE.search(rest))
    return False


def enabling(text: str, start: int, end: int, clause_start: int, sentence_end: int) -> bool:
    """The trigger at text[start:end] lies in a frame of what something makes possible: 为X…提供基础,
    its 提供 or an act inside X."""
    if not _FOR.search(text, clause_start, start):
        return False
    pattern = _ENABLED if text[start:end] in _PROVIDING else _ENABLING
    return pattern.match(text, end, sentence_end) is not None


def listed(text: str, sentence_start: int, end: int, sentence_end: int) -> bool:
    """The sentence is an entry of a list of links: several numeric dates in it, or a time stamp after
    the trigger ending at `end` (a dateline before the report is no sign)."""
    return len(_LISTED_DATE.findall(text, sentence_start, sentence_end)) >= LISTED_DATES or \
        _STAMP.search(text, end, sentence_end) is not None


# A commercial deal's talks or contract (合资谈判, 收购谈判, 商务谈判, 转会签约): firms' business, no act of a state.
_COMMERCIAL = re.compile(r"(?:合资|合营|并购|收购|商务|商业|价格|合同|续约|转会|薪资|版权|招标|融资|贷款|租赁)$")
_DEAL_TYPES = ("CONSULT", "AGREE")


def commercial(text: str, modifier_start: int, start: int, kind: str) -> bool:
    """Talks or a signing (of type `kind`) at `start` named by the commercial noun right before it."""
    return kind in _DEAL_TYPES and _COMMERCIAL.search(text, modifier_start, start) is not None
