"""Credited sources, the translation verdict and headline checks on constructions met in fresh
world-news articles (reprint origins, accounts glued to a date, hedges the body does not keep),
on short passages written for the tests."""
from __future__ import annotations

import newsfacts


def record(body: str, title: str = "测试标题") -> dict:
    return newsfacts.analyze_text(f"{title}\n\n{body}").to_dict()


def title_check(title: str, body: str):
    return newsfacts.analyze_text(f"{title}\n\n{body}").headlines[0]


# --- sources -----------------------------------------------------------------------------------

def test_a_reprint_note_naming_the_magazine_issue_credits_the_magazine():
    body = "这座港口城市正在扩建码头，专家认为前景可观，投资者也很乐观。”发于2023.5.8总第1100期《东方周刊》杂志杂志标题：港口的新机会"
    assert record(body)["sources"] == ["《东方周刊》"]


def test_a_reprint_note_first_run_in_a_paper_credits_the_paper():
    assert record("河道整治进入第二阶段。原载于《江城日报》")["sources"] == ["《江城日报》"]


def test_an_outbreak_in_a_place_is_no_reprint_note():
    assert record("疫情爆发于《某小说》描写的小镇附近。")["sources"] == []


def test_a_source_line_glued_to_a_date_credits_the_account_before_it():
    body = "来源：平安江南2023年3月2日0时至24时，全省报告新增病例3例。"
    assert record(body)["sources"] == ["平安江南"]


def test_a_source_line_naming_an_official_body_before_a_date_credits_no_outlet():
    body = "来源：江南省卫健委3月2日0时至24时，全省报告新增病例3例。"
    assert record(body)["sources"] == []


def test_a_source_line_glued_to_the_body_credits_a_radio_brand():
    body = "来源：江南之声近日，一场寒潮将影响本省。气象台提醒市民注意保暖。"
    assert record(body)["sources"] == ["江南之声"]


def test_a_news_programme_that_reported_is_credited():
    body = "昨晚新闻联播一则报道显示，新建成的大桥已经通车。"
    assert record(body)["sources"] == ["新闻联播"]


def test_press_a_commentary_takes_to_task_is_not_credited():
    body = "英国《卫报》称，会谈没有结果。而这些西方媒体反复拿这件事说事，只是在制造噱头。"
    assert record(body)["sources"] == ["《卫报》"]


# --- translation -------------------------------------------------------------------------------

def test_a_headline_asking_why_without_a_question_mark_marks_the_writers_own_piece():
    body = ("综合《卫报》、路透社等媒体的报道可看出，这家工厂已经停工。"
            "根据《经济学人》披露，项目一开始就缺少资金。笔者认为，这是政治决定的结果。")
    assert record(body, title="那座海外工厂为何停工了")["translated"] is False


def test_a_headline_stating_the_same_without_asking_keeps_the_foreign_outlets_signal():
    body = ("综合《卫报》、路透社等媒体的报道可看出，这家工厂已经停工。"
            "根据《经济学人》披露，项目一开始就缺少资金。")
    found = record(body, title="那座海外工厂停工了")
    assert found["translated"] is True and any(s.startswith("foreign_outlets:") for s in found["translation_signals"])


# --- headlines ---------------------------------------------------------------------------------

def test_a_hedged_sentence_does_not_overstate_a_claim_another_sentence_asserts():
    body = ("有人说，如果没有这笔投资，这座老港可能会衰落。"
            "这座老港衰落了，码头如今大多闲置。")
    check = title_check("这座老港衰落了", body)
    assert check.verdict == "supported" and "hedge_dropped" not in check.reasons


def test_a_claim_the_body_only_hedges_is_still_overstated():
    body = "分析人士说，如果资金断裂，这座老港可能会衰落。码头的货运量今年有所下降。"
    check = title_check("这座老港衰落了", body)
    assert check.verdict == "overstated" and "hedge_dropped" in check.reasons


def test_if_one_says_then_grants_the_point_rather_than_hedging_it():
    body = "如果说过去的港口靠航运，那么如今的港口已经靠数据运转。"
    check = title_check("如今的港口已经靠数据运转", body)
    assert "hedge_dropped" not in check.reasons


def test_a_plus_line_whose_numbers_come_in_running_sentences_is_in_the_body():
    body = ("河港队中锋本场拿下28分，上半场得到15分，多为篮下强攻；下半场得到13分，多为中距离跳投。"
            "他还抢下11个篮板，其中进攻篮板4个。")
    check = title_check("河港队中锋砍下“28+11”", body)
    assert "missing_in_body" not in check.reasons and check.verdict == "supported"


def test_a_plus_line_with_a_number_the_body_lacks_is_still_missing():
    body = "河港队中锋本场拿下28分。他还抢下7个篮板。"
    check = title_check("河港队中锋砍下“28+11”", body)
    assert "missing_in_body" in check.reasons
