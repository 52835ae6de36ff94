"""Accounts in quotes whose news an article passes on, a writer before the outlet in a credit line, and a
report's title that is no press title. Sentences written for these tests."""
from __future__ import annotations

import newsfacts


def sources_of(body: str) -> list[str]:
    return newsfacts.analyze_text(f"测试标题\n\n{body}").to_dict()["sources"]


def test_a_quoted_account_whose_news_is_passed_on_is_credited():
    assert sources_of("“青山发布”微信公众号消息，本周全区新增确诊病例两例。") == ["青山发布"]
    assert sources_of("据“健康北川”公众号的官方消息，新建的医院下周开诊。") == ["健康北川"]
    # a firm's or body's own account, or an announcement an account posts, is not credited
    assert sources_of("“北川农商银行”微信公众号消息，部分网点暂停营业。") == []
    assert sources_of("“北川长跑”微信公众号3月2日发布公告，比赛延期举行。") == []


def test_a_source_line_naming_a_wechat_account_credits_the_account():
    assert sources_of("来源：微信公众号“江南晚报”近日，有关停课的传言在网上流传。") == ["江南晚报"]


def test_a_writer_before_the_slash_of_a_credit_line_is_not_an_origin():
    assert sources_of("渔船全部回港避风。来源：周小川李默/江南日报责任编辑：张三") == ["江南日报"]
    assert sources_of("新码头下月开通。\n\n来源|某城参考/某区发布") == ["某城参考", "某区发布"]


def test_a_title_followed_by_report_is_no_press_title():
    assert sources_of("某某研究院发布的《青年就业十年观察》报告显示，起薪略有上升。") == []
    assert sources_of("《江城日报》报道，新桥下月通车。") == ["《江城日报》"]


def test_a_person_of_a_body_named_with_a_press_suffix_speaks_for_it():
    assert sources_of("据江南省果农合作总社理事会主任、秘书长王立透露，销售额增长一成。") == []
    assert sources_of("据南山出版社社长李明介绍，新书下月上市。") == []
    assert sources_of("据江南新闻社报道，新桥下月通车。") == ["江南新闻社"]
    assert sources_of("来源：江南新闻社编者按外交部部长昨日表示，两国关系稳定。") == ["江南新闻社"]
