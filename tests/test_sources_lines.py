"""Credit lines, roundup tags and lists of outlets sharing one cue: each origin a page names is credited,
and what readers or pictures supplied is not. Sentences written for these tests."""
from __future__ import annotations

import newsfacts


def sources_of(body: str) -> list[str]:
    return newsfacts.analyze_text(f"测试标题\n\n{body}").to_dict()["sources"]


def test_a_credit_line_alone_on_its_line_credits_every_origin_it_lists():
    body = "新码头下月开通。\n\n来源|某城参考、某区发布、江南晚报"
    assert sources_of(body) == ["某城参考", "某区发布", "江南晚报"]


def test_a_credit_line_naming_a_news_app_before_the_editor_field():
    assert sources_of("新码头下月开通。\n\n来源：冰川+客户端责任编辑：张三") == ["冰川+客户端"]
    assert sources_of("新码头下月开通。\n\n来源：某某TIME客户端") == ["某某TIME客户端"]


def test_the_internet_or_readers_comments_are_no_origin():
    assert sources_of("新码头下月开通。\n\n来源：网络") == []
    assert sources_of("新码头下月开通。\n\n来源：微博网友评论") == []


def test_a_credit_line_inside_a_sentence_still_needs_press_names():
    body = "今天全市开展核酸检测。来源 | 央视新闻、市卫健委官网、江南日报、新华社"
    assert sources_of(body) == ["央视新闻", "江南日报", "新华社"]


def test_a_short_paper_name_glued_to_the_body_after_the_credit_mark():
    assert sources_of("来源：北山晨报为稳定物价，市场监管局查处了一批案件。")[0] == "北山晨报"
    assert sources_of("来源 | 野猪财经最近股市波动很大。")[0] == "野猪财经"


def test_tags_heading_the_items_of_a_news_roundup_credit_their_outlets():
    body = "今日要闻如下。\n\n【江南证券报】股市今日小幅上涨。\n\n【某某财经网】债市平稳。\n\n【第一财经】央行发布新规。"
    assert sources_of(body) == ["江南证券报", "某某财经网", "第一财经"]


def test_bracketed_tags_that_name_no_outlet_are_not_credited():
    body = "今日要闻如下。\n\n【每日简报】天气晴朗。\n\n【互联网】新规出台。\n\n【天气预报】明天有雨。"
    assert sources_of(body) == []


def test_outlets_listed_before_a_shared_cue_are_each_credited():
    assert sources_of("台湾TVBS新闻网、联合新闻网等台媒6日报道称，岛内蛋价持续走高。") == ["TVBS新闻网", "联合新闻网"]
    assert sources_of("美联社和路透社报道，两国将举行会谈。") == ["美联社", "路透社"]


def test_an_outlet_only_listed_with_no_cue_is_not_credited():
    assert sources_of("他订阅了美联社和路透社的服务。") == []


def test_a_title_before_its_news_site_is_credited():
    assert sources_of("美国《政客》新闻网报道称，参议院将休会。") == ["《政客》"]


def test_outlets_of_the_wider_world_are_known_by_name():
    assert sources_of("《今日巴基斯坦》这样说，合作前景广阔。") == ["《今日巴基斯坦》"]
    assert sources_of("据香港东网报道，一名男子在旺角被捕。") == ["东网"]


def test_an_outlet_that_ran_a_survey_is_credited_not_one_that_was_investigated():
    assert sources_of("英国《金融时报》对多家银行进行了调查，结果显示利率将保持不变。") == ["《金融时报》"]
    assert sources_of("警方对某某日报进行了调查。") == []


def test_compiling_code_is_no_compiled_report():
    body = "该团队在编译技术和编译环境方面有深厚积累。"
    assert newsfacts.analyze_text(f"测试标题\n\n{body}").to_dict()["translated"] is False
    body = "据路透社报道，两国将举行会谈。（本文由张三编译）"
    assert newsfacts.analyze_text(f"测试标题\n\n{body}").to_dict()["translated"] is True


def test_an_outlet_the_subject_publishes_through_is_not_credited():
    assert sources_of("各部门将在某某专题网站发布面试成绩。") == []
    assert sources_of("警方在江门电视台《平安之声》栏目播出专题节目十期。") == []
    assert sources_of("江门电视台播出的画面显示，现场一片狼藉。") == ["江门电视台"]


def test_an_unknown_outlet_is_read_to_its_last_media_word():
    assert sources_of("据德国新闻电视台报道，柏林发生停电。") == ["德国新闻电视台"]


def test_a_known_agency_after_its_country_with_no_cue():
    assert sources_of("据英国路透社，油价上涨。") == ["路透社"]


def test_an_outlet_that_published_a_survey_the_article_reports_is_credited():
    assert sources_of("在《某某周刊》发布的幸福城市排行里，这座城市位居第一。") == ["《某某周刊》"]


def test_a_countrys_press_with_how_many_or_whose_between_is_credited():
    assert sources_of("据美国多家媒体报道，总统将出访。") == ["美国多家媒体"]
    assert sources_of("据伊朗国家媒体报道，德黑兰举行集会。") == ["伊朗国家媒体"]
    assert sources_of("美国一些媒体认为，这项政策不会成功。") == []


def test_a_known_outlet_whose_name_ends_in_xiaoxi_is_credited_whole_in_a_list():
    assert sources_of("新码头下月开通。\n\n综合自：环球网、参考消息") == ["环球网", "参考消息"]
    assert sources_of("新码头下月开通。\n\n综合自：参考消息、环球网") == ["参考消息", "环球网"]


def test_a_reprint_line_naming_an_account_credits_the_account_not_its_platform():
    assert sources_of("新码头下月开通。\n\n本文转载自微信公众号“某城观察”") == ["某城观察"]
    assert sources_of("新码头下月开通。\n\n转载自：某城观察微信公众号") == ["某城观察"]
    assert sources_of("新码头下月开通。\n\n本文转自“某城观察”微信公众号") == ["某城观察"]


def test_a_bare_according_to_an_outlets_account_or_wire_credits_the_outlet():
    assert sources_of("据人民日报微博，新码头下月开通。") == ["人民日报"]
    assert sources_of("据央视新闻微信公众号，新码头下月开通。") == ["央视新闻"]
    assert sources_of("据新华社电，新码头下月开通。") == ["新华社"]
    assert sources_of("据有关部门微博，新码头下月开通。") == []  # no outlet named


def test_a_credit_line_names_the_origin_after_how_the_page_took_it():
    assert sources_of("新码头下月开通。\n\n来源：综合新华社、央视新闻") == ["新华社", "央视新闻"]
    assert sources_of("新码头下月开通。\n\n来源：编译自路透社") == ["路透社"]
    assert sources_of("新码头下月开通。\n\n来源：据路透社") == ["路透社"]
