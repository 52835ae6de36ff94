"""Headlines checked against their bodies: each case is a short article written for the test and
the verdict, reasons and evidence expected of it, then the clickbait score of its title."""
from __future__ import annotations

import json
from importlib import resources

import pytest

import newsfacts
from newsfacts.stages import evidence, headlines
from newsfacts.model import Options

BYLINE = "观海听涛 2025年4月19日 10:00"


def check(title: str, *body: str, published_at: str = "2025-04-19T10:00:00"):
    text = "\n\n".join([title, BYLINE, *body])
    doc = newsfacts.analyze_text(text, published_at=published_at)
    return headlines.check(doc, Options())


def verdict(title: str, *body: str, **options) -> tuple[str, list[str]]:
    doc = check(title, *body, **options)
    head = doc.headlines[0]
    assert head.role == "title" and head.text.text == title
    if head.evidence:
        assert doc.article.text[head.evidence.start:head.evidence.end] == head.evidence.text
    return head.verdict, head.reasons


# --- verdicts and reasons ---------------------------------------------------------------------

def test_headline_the_body_states_is_supported():
    assert verdict("外交部：中方愿与各方加强合作",
                   "外交部发言人林剑周五表示，中方愿与各方加强合作，共同维护地区和平稳定。") == ("supported", [])


def test_supported_headline_points_at_its_evidence():
    doc = check("外交部：中方愿与各方加强合作",
                "今天北京天气晴朗。", "外交部发言人林剑周五表示，中方愿与各方加强合作，共同维护地区和平稳定。")
    assert "加强合作" in doc.headlines[0].evidence.text


def test_hedge_dropped_when_the_body_only_says_it_may_happen():
    assert verdict("美国将退出和谈",
                   "美国国务卿卢比奥周五表示，如果谈判没有进展，美国可能会退出和谈。") == ("overstated", ["hedge_dropped"])


def test_hedge_in_the_heading_itself_keeps_it_supported():
    assert verdict("美国或将退出和谈",
                   "美国国务卿卢比奥周五表示，如果谈判没有进展，美国可能会退出和谈。") == ("supported", [])


def test_hedge_outside_the_clauses_that_carry_the_claim_is_not_counted():
    assert verdict("台北故宫公布文物毁损报告",
                   "台北故宫周一公布文物毁损报告，声称原因不排除人为因素。") == ("supported", [])


def test_attribution_shift_when_another_person_says_it_of_the_headline_actor():
    assert verdict("特朗普宣布退出谈判",
                   "特朗普上周在白宫会见了来访的外国领导人。",
                   "美国国务卿卢比奥周五表示，总统已经决定退出谈判。") == ("overstated", ["attribution_shift"])


def test_no_attribution_shift_when_the_person_is_quoted_saying_it():
    assert verdict("特朗普宣布退出谈判",
                   "特朗普周五在白宫表示，美国已经决定退出谈判。") == ("supported", [])


def test_no_attribution_shift_for_a_speaker_reporting_the_act_by_name():
    assert verdict("特朗普决定退出谈判",
                   "特朗普上周在白宫会见了来访的外国领导人。",
                   "卢比奥周五表示，特朗普已经决定退出谈判。") == ("supported", [])


def test_a_quoted_title_holds_when_the_body_quotes_that_speaker():
    assert verdict("李明：“我们不会退出谈判”",
                   "外交部长李明周五表示：“我们不会退出谈判，但需要更多时间。”") == ("supported", [])


def test_a_quoted_title_given_to_the_wrong_speaker_is_an_attribution_shift():
    assert verdict("李明：“我们不会退出谈判”",
                   "外交部长李明周五会见了来访的外国代表团。",
                   "发言人王强周五表示：“我们不会退出谈判，但需要更多时间。”") == ("overstated", ["attribution_shift"])


def test_a_question_title_is_checked_as_a_question():
    assert verdict("李明会退出谈判吗？", "外交部长李明周五表示，我们不会退出谈判。") == ("supported", [])


def test_certainty_inflated_for_a_deal_that_is_only_a_letter_of_intent():
    assert verdict("两国矿产协议已谈妥",
                   "乌克兰经济部长周四表示，两国签署了一份矿产协议意向书，接下来将敲定协议文本。"
                   ) == ("overstated", ["certainty_inflated"])


def test_certainty_inflated_for_a_stronger_word_than_the_body_uses():
    assert verdict("超市鸡蛋断供",
                   "受寒潮影响，本市多家超市鸡蛋短缺，部分门店开始限购。") == ("overstated", ["certainty_inflated"])


def test_number_inflated_when_the_headline_count_exceeds_every_body_count():
    assert verdict("地震已致300人死亡",
                   "当地政府周五表示，地震已造成120人死亡，另有80人受伤。") == ("overstated", ["number_inflated"])


def test_a_headline_total_of_body_parts_is_not_inflated():
    assert verdict("顺义新增5例感染者",
                   "顺义区周三报告本土确诊2例，另有无症状感染者3例。") == ("supported", [])


def test_separate_amounts_do_not_add_up_to_one_larger_amount():
    assert verdict("警方悬赏30万缉凶",
                   "警方周二发出两份悬赏通告，赏金分别为20万元和10万元。") == ("overstated", ["number_inflated"])


def test_an_amount_the_body_gives_is_not_inflated():
    assert verdict("警方悬赏20万缉凶",
                   "警方周二发出两份悬赏通告，赏金分别为20万元和10万元。") == ("supported", [])


def test_a_score_line_the_body_never_gives_is_missing_from_an_otherwise_true_title():
    assert verdict("湖人108-95击败森林狼 迎来两连胜",
                   "湖人周五主场以108-103击败森林狼，迎来两连胜。") == ("overstated", ["missing_in_body"])


def test_a_score_line_the_body_gives_in_other_words_is_there():
    assert verdict("湖人108-103击败森林狼 迎来两连胜",
                   "湖人周五主场以108比103击败森林狼，迎来两连胜。") == ("supported", [])


def test_a_stat_line_is_there_when_one_sentence_gives_both_numbers():
    assert verdict("李明26+7带队取胜",
                   "李明周五全场拿下26分7个篮板，带队取胜。") == ("supported", [])


def test_stale_urgency_for_breaking_news_that_is_days_old():
    assert verdict("刚刚！两国外长举行会谈",
                   "两国外长周三在北京举行会谈，双方就双边关系交换了意见。") == ("overstated", ["stale_urgency"])


def test_urgency_about_todays_news_is_not_stale():
    assert verdict("刚刚！两国外长举行会谈",
                   "两国外长今天在北京举行会谈，双方就双边关系交换了意见。") == ("supported", [])


def test_vague_referent_withholds_the_subject_but_the_claim_still_holds():
    # a withheld referent baits a click; what the title asserts is as true as the body makes it
    assert verdict("这个国家宣布加入金砖",
                   "印尼政府周一宣布，印尼正式加入金砖国家。") == ("supported", ["vague_referent"])


def test_this_one_with_the_thing_withheld_is_vague():
    assert verdict("公司的这一决定，引发员工不满",
                   "公司周五决定取消年终奖，此举引发员工不满。") == ("supported", ["vague_referent"])


def test_a_withheld_referent_with_another_reason_is_overstated():
    assert verdict("这个国家地震已致300人死亡",
                   "印尼政府周五表示，地震已造成120人死亡，另有80人受伤。") == ("overstated", ["number_inflated", "vague_referent"])


def test_a_speech_verb_with_nothing_said_withholds_the_content():
    assert verdict("日本鸡蛋价格上涨，专家警告！",
                   "日本鸡蛋价格本月继续上涨。", "专家警告，价格上涨可能持续到明年。") == ("supported", ["vague_referent"])


def test_an_office_that_speaks_up_is_named_not_withheld():
    assert verdict("多地暴雨成灾，应急管理部部长发声",
                   "多地本周遭遇暴雨，农田和道路被淹。",
                   "应急管理部部长周五表示，多地暴雨成灾，各地要全力做好救援。") == ("supported", [])


def test_a_named_office_speaking_up_alone_is_not_vague():
    assert verdict("应急管理部部长发声",
                   "应急管理部部长周五发声，表示各地要全力做好暴雨救援。") == ("supported", [])


def test_a_response_to_the_question_the_title_asks_withholds_nothing():
    assert verdict("今年冬天会更冷吗？气象专家回应",
                   "气象专家周五表示，今年冬天气温总体偏高，但仍有可能出现寒潮。") == ("supported", [])


def test_a_pronoun_after_the_name_it_stands_for_is_not_vague():
    assert verdict("教练：李明又快又壮 他带来了韧性",
                   "教练表示，李明速度很快，而且非常强壮。", "他给球队带来了韧性。") == ("supported", [])


def test_emotional_intensifier_the_body_does_not_echo():
    assert verdict("央行狠狠降息",
                   "央行周五宣布降息，将一年期贷款市场报价利率下调10个基点。") == ("overstated", ["emotional_intensifier"])


def test_intensity_the_body_shares_is_not_added():
    assert verdict("央行狠狠降息",
                   "央行周五宣布大幅降息，降幅之大非常罕见，将一年期利率下调50个基点。") == ("supported", [])


def test_a_copy_of_the_title_in_the_body_does_not_echo_its_intensifier():
    assert verdict("央行狠狠降息",
                   "导语：央行狠狠降息", "央行周五宣布降息，将一年期贷款市场报价利率下调10个基点。"
                   ) == ("overstated", ["emotional_intensifier"])


def test_necessity_the_body_never_claims_is_certainty_inflated():
    assert verdict("技工必然越来越吃香",
                   "多地出台新政，技工与本科生享有同等的购房补贴，越来越吃香。") == ("overstated", ["certainty_inflated"])


def test_all_where_the_body_reports_a_lead_is_certainty_inflated():
    assert verdict("这家公司拿下所有订单",
                   "这家公司周五表示，公司今年拿下了多数订单，在行业中领先。") == ("overstated", ["certainty_inflated"])


def test_necessity_the_body_shares_is_not_inflated():
    assert verdict("技工必然越来越吃香",
                   "专家认为，随着制造业升级，技工将必然变得越来越吃香。") == ("supported", [])


def test_contradiction_when_the_body_negates_the_headline():
    assert verdict("两国签署自贸协定",
                   "两国周五并未签署自贸协定，谈判将于下月继续。") == ("unsupported", ["contradiction"])


def test_contradiction_when_the_body_denies_it():
    assert verdict("某明星宣布退出娱乐圈",
                   "某明星的经纪公司周五否认该明星宣布退出娱乐圈，称相关消息不实。") == ("unsupported", ["contradiction"])


def test_missing_in_body_when_the_body_is_about_something_else():
    assert verdict("火星发现外星文明",
                   "今天北京天气晴朗，最高气温25度，空气质量良好。") == ("unsupported", ["missing_in_body"])


def test_a_question_headline_asserts_nothing_that_could_be_missing():
    assert verdict("金价还会涨吗？", "今天北京天气晴朗，最高气温25度。") == ("supported", [])


# --- headings and sections --------------------------------------------------------------------

ARTICLE = """谈判陷入僵局，美国准备放弃

观海听涛 2025年4月19日 10:00

美国国务卿卢比奥周五表示，如果没有进展，美国可能会放弃调停努力。

协议已谈妥！两国达成矿产交易

乌克兰经济部长周四表示，两国签署了一份矿产交易意向书。

俄方表态：停火目前不现实

俄罗斯外交部发言人周五表示，目前实现停火不现实。
"""


def test_one_check_per_title_and_subheading_in_order():
    doc = headlines.check(newsfacts.analyze_text(ARTICLE), Options())
    assert [(h.role, h.text.text, h.verdict) for h in doc.headlines] == [
        ("title", "谈判陷入僵局，美国准备放弃", "overstated"),
        ("subheading", "协议已谈妥！两国达成矿产交易", "overstated"),
        ("subheading", "俄方表态：停火目前不现实", "supported"),
    ]
    assert doc.headlines[1].reasons == ["certainty_inflated"]
    assert "意向书" in doc.headlines[1].evidence.text
    for h in doc.headlines:
        assert doc.article.text[h.evidence.start:h.evidence.end] == h.evidence.text
        assert 0 < h.confidence <= 1


def test_to_dict_carries_the_checks_and_the_clickbait_verdict():
    out = headlines.check(newsfacts.analyze_text(ARTICLE), Options()).to_dict()
    assert [h["verdict"] for h in out["headlines"]] == ["overstated", "overstated", "supported"]
    assert isinstance(out["clickbait"], bool) and 0 <= out["clickbait_score"] <= 1
    json.dumps(out, ensure_ascii=False)


def test_an_article_without_body_sentences_is_checked_without_error():
    doc = headlines.check(newsfacts.analyze_text("只有标题的文章"), Options())
    assert [h.verdict for h in doc.headlines] in ([], ["supported"], ["unsupported"])


# --- clickbait --------------------------------------------------------------------------------

def clickbait_of(title: str, *body: str) -> tuple[bool, list[str]]:
    doc = check(title, *body)
    return doc.clickbait, headlines.clickbait(doc)[1]


def test_bait_title_is_clickbait_with_its_signals():
    bait, signals = clickbait_of("震惊！这个国家竟然做了这件事", "印尼政府周一宣布，将提高最低工资标准。")
    assert bait is True
    assert {"bait:震惊", "exclamation"} <= set(signals)
    assert any(s.startswith("forward_reference:") for s in signals)


def test_question_bait_title_is_clickbait():
    assert clickbait_of("油价为何突然暴涨？真相原来是这样", "国际油价本周上涨5%，分析人士称主要受供应收紧影响。")[0] is True


def test_plain_news_title_is_not_clickbait():
    bait, signals = clickbait_of("外交部：中方愿与各方加强合作",
                                 "外交部发言人林剑周五表示，中方愿与各方加强合作。")
    assert bait is False and "source_prefix" in signals


def test_title_that_the_lead_does_not_tell_counts_against_it():
    _, signals = clickbait_of("一座城市的新选择", "本市周五发布新规，明年起公交票价下调一元。")
    assert "lead_mismatch" in signals and "no_named_actor" in signals


def test_clickbait_signals_are_set_only_where_the_model_has_the_field():
    doc = check("震惊！这个国家竟然做了这件事", "印尼政府周一宣布，将提高最低工资标准。")
    if hasattr(doc, "clickbait_signals"):
        assert "exclamation" in doc.clickbait_signals
    else:
        assert not hasattr(doc, "clickbait_signals")


# --- data and retrieval -----------------------------------------------------------------------

LEXICONS = ["hedges", "certainty", "preliminary", "intensifiers", "degree", "urgency", "vague_referents",
            "withheld", "bait", "questions", "address", "denials", "negations", "paraphrases"]


@pytest.mark.parametrize("name", LEXICONS)
def test_each_lexicon_says_what_it_is_and_has_words(name):
    raw = resources.files("newsfacts.data").joinpath("headlines", f"{name}.txt").read_text(encoding="utf-8")
    assert raw.startswith("# ") and "newsfacts" in raw.splitlines()[0]
    assert len(evidence.lexicon(name)) >= 3


def test_paraphrase_tiers_put_the_strong_word_first():
    tiers = next(t for t in evidence.scales() if "断供" in t[0])
    assert "短缺" in tiers[1]


def test_whole_words_only_where_the_text_is_segmented():
    doc = check("梦天实验舱完成交会对接", "梦天实验舱周二完成交会对接，他说这不可能。", "他可能下周再来。")
    retriever = evidence.Retriever(doc, use_embeddings=False)
    title = doc.article.title
    assert retriever.words(title.start, title.end, ["成交"]) == []
    ruled_out, hedged = doc.sentences
    assert retriever.words(ruled_out.start, ruled_out.end, ["可能"], not_after="不") == []
    assert retriever.words(hedged.start, hedged.end, ["可能"], not_after="不") == ["可能"]


def test_a_title_repeated_in_the_body_is_not_its_own_evidence():
    doc = check("火星发现外星文明", "[#火星发现外星文明#]今天北京天气晴朗，最高气温25度。")
    assert doc.headlines[0].verdict == "unsupported"


def test_embeddings_are_off_unless_asked_for(monkeypatch):
    monkeypatch.delenv(evidence.EMBEDDINGS_ENV, raising=False)
    assert evidence.embeddings_enabled() is False


# --- the seed article (../shared), as FORMAT.md's gold record has it ---------------------------

def test_seed_headlines_match_the_gold_verdicts_and_reasons():
    from conftest import shared_path

    seed = shared_path("examples", "seed.txt")
    gold_path = shared_path("gold", "dev.jsonl")
    gold = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])
    doc = headlines.check(newsfacts.analyze_file(seed), Options())
    assert [(h.verdict, sorted(h.reasons)) for h in doc.headlines] == [
        (g["verdict"], sorted(g["reasons"])) for g in gold["headlines"]]
    assert doc.clickbait is True


def test_a_pronoun_inside_another_word_is_not_vague():
    assert verdict("其他国家也宣布加入金砖",
                   "除印尼外，其他国家也在周一宣布加入金砖国家。") == ("supported", [])


LABELLED = """两国外长会谈，渔业分歧仍在

观海听涛 2025年4月19日 10:00

智利外长和秘鲁外长周五在利马会谈，双方同意加强渔业执法合作。

悬而未决的老账

围绕边境海域的捕捞配额，两国已经争执多年，至今没有定论。

双方将于明年再次会面，继续讨论配额问题。
"""


def test_a_subheading_naming_no_actor_and_no_number_labels_its_section():
    doc = headlines.check(newsfacts.analyze_text(LABELLED), Options())
    head = doc.headlines[1]
    assert (head.role, head.text.text) == ("subheading", "悬而未决的老账")
    assert (head.verdict, head.reasons) == ("supported", [])
