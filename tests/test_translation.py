"""Translation verdict: explicit markers, the foreign outlets an article is built on and the share of
its body that reports them, on short passages written for the tests."""
from __future__ import annotations

import newsfacts


def verdict(body: str, title: str = "测试标题") -> tuple[bool, list[str]]:
    found = newsfacts.analyze_text(f"{title}\n\n{body}").to_dict()
    return found["translated"], found["translation_signals"]


def test_an_article_mostly_reporting_one_foreign_agency_is_compiled_from_it():
    body = ("据塔斯社报道，俄军在前线继续推进。报道称，乌军已经撤出两个村庄。"
            "塔斯社援引俄罗斯国防部的话说，行动仍在继续。")
    translated, signals = verdict(body)
    assert translated and any(s.startswith("foreign_body:") for s in signals)


def test_one_foreign_agency_cited_once_in_the_writers_own_piece_is_not_translation():
    body = ("据塔斯社报道，俄军在前线继续推进。\n\n这场冲突已经持续很久，双方都付出了沉重代价。"
            "前线的局势依然复杂，后勤补给的压力越来越大。冬季来临之后，作战条件会更加艰苦。"
            "不少观察人士在国内的研讨会上提醒，和谈的窗口正在缩小，局势可能继续恶化。")
    assert verdict(body) == (False, [])


def test_one_foreign_agency_behind_half_the_body_of_a_leaders_visit_report_is_not_translation():
    # about half the body reports the agency or foreigners; the rest is the writer's own account
    body = ("两国外长周二在河内会谈，这是他们今年第二次会面。\n\n"
            "据共同社报道，双方讨论了渔业合作和海上救援。报道称，日方希望扩大捕捞配额。\n\n"
            "会谈在河内市中心的一座宾馆举行，随后双方共进午餐。")
    translated, signals = verdict(body)
    assert not any(s.startswith("foreign_body:") for s in signals)
    assert translated is False


def test_a_press_reference_that_only_holds_an_opinion_still_counts_as_foreign_reporting():
    body = "澳大利亚广播公司报道称，部长的访问取得了进展。澳媒则认为，这是一个积极信号。"
    translated, signals = verdict(body)
    assert translated and "foreign_outlets:2" in signals


def test_a_commentary_citing_foreign_outlets_is_the_writers_own():
    body = "据路透社报道，部长的访问取得了进展。彭博社称，双方还会继续会谈。"
    assert verdict(body, title="访问能否改变两国关系？") == (False, [])


def test_compiled_marker_decides_alone():
    translated, signals = verdict("本文编译自外国媒体。部长的访问取得了进展。")
    assert translated and any(s.startswith("marker:") for s in signals)


def test_a_headline_crediting_a_foreign_outlet_marks_a_compilation():
    translated, signals = verdict("部长的访问取得了进展。双方还会继续会谈。", title="韩媒：两国部长会谈取得进展")
    assert translated and "title_credit:韩媒" in signals


def test_a_headline_crediting_a_chinese_outlet_does_not():
    assert verdict("部长的访问取得了进展。双方还会继续会谈。", title="新华社：两国部长会谈取得进展") == (False, [])


def _quoted(*lines: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + "\n".join(lines)).to_dict()


def test_only_foreigners_quoted_with_no_outlet_is_translated():
    found = _quoted("美国国务卿鲁比奥说：“我们会继续谈判。”", "俄罗斯外长拉夫罗夫说：“我们欢迎对话。”",
                    "乌克兰总统泽连斯基说：“我们需要和平。”")
    assert found["translated"] and found["translation_signals"][0].startswith("foreign_speakers")


def test_two_foreigners_of_three_quoted_stay_below_the_fitted_share():
    found = _quoted("美国国务卿鲁比奥说：“我们会继续谈判。”", "俄罗斯外长拉夫罗夫说：“我们欢迎对话。”",
                    "中国外交部发言人毛宁说：“中方支持对话。”")
    assert found["translated"] is False


def test_an_unknown_outlet_named_after_a_foreign_city_is_foreign():
    body = "据《开罗晨报》报道，埃及政府当天宣布了新的补贴计划。报道称，计划将于下月实施。"
    translated, signals = verdict(body)
    assert translated and any(s.startswith("foreign_body:") for s in signals)


def test_a_lesson_told_us_is_not_an_outlet_spoken_to():
    assert verdict("历史告诉我们，和平来之不易。经验也告诉我们，合作才能共赢。") == (False, [])


def test_a_writer_asking_readers_is_not_an_outlet_spoken_to():
    assert verdict("你怎么看这件事？欢迎在评论区告诉我们。") == (False, [])


def test_one_foreign_speaker_quoted_twice_does_not_make_a_translation():
    body = ("心理学家黛安娜·琼斯曾说：“孩子的情绪需要出口。”"
            "她还说：“父母要学会倾听。”我们身边有很多这样的家庭，值得每位家长反思。")
    assert verdict(body)[0] is False


def test_a_report_whose_lead_credits_a_foreign_agency_and_goes_on_reporting_it_is_compiled():
    body = ("据路透社报道，这家汽车公司当天宣布召回一批电动汽车，原因是摄像头存在缺陷。"
            "报道称，车主将通过邮件收到通知。维修将在各地服务中心免费进行，预计需要一小时。"
            "分析人士指出，这一事件可能影响公司今年的销量，市场对此反应平淡，股价变化不大。"
            "过去一年里，这家公司的车型多次出现类似问题，引起了监管部门的关注和调查。"
            "监管机构表示将继续跟踪召回进展，并在必要时采取进一步措施，保障车主的安全。")
    translated, signals = verdict(body)
    assert translated and signals == ["foreign_lead:路透社"]


def test_a_chinese_article_reprinted_after_yi_xia_wei_yuan_wen_is_no_translation():
    body = "某周刊曾刊发一篇长文，以下为原文：那天是城市恢复正常秩序的第一天，街上的人渐渐多了起来。"
    assert verdict(body) == (False, [])


def test_the_original_title_in_a_foreign_language_marks_a_translation():
    translated, signals = verdict("原文标题：Why the market keeps falling\n\n市场本周继续下跌，投资者观望。")
    assert translated and any(s.startswith("marker:") for s in signals)


def test_compiling_code_is_no_translation_marker():
    body = "这门课教你用高级语言写程序，你不必自己去写编译器，也不必关心机器码。"
    assert verdict(body) == (False, [])


def test_a_columnist_citing_two_foreign_outlets_in_their_own_voice_is_no_translation():
    body = ("据路透社报道，这家球队正在寻找新的后卫。英国媒体也称，主教练还想引进一名中场。\n\n"
            "可是这支球队的战绩实在太差了！花了这么多钱，换来的只是联赛第七。"
            "管理层真的还愿意继续砸钱吗？笔者认为，球队最需要的不是新球员，而是一套稳定的打法。"
            "球迷们已经等了太久，耐心也快耗尽了。")
    assert verdict(body) == (False, [])


def test_a_compilation_of_two_foreign_outlets_without_the_writers_voice_stays_translated():
    body = ("据路透社报道，这家球队正在寻找新的后卫。英国媒体也称，主教练还想引进一名中场。\n\n"
            "报道说，球队本赛季战绩不佳，目前排名联赛第七。路透社援引知情人士的话说，转会谈判仍在进行。")
    translated, signals = verdict(body)
    assert translated and "foreign_outlets:2" in signals


def test_many_foreign_outlets_reported_through_the_body_outweigh_a_few_exclamations():
    body = ("据路透社报道，两国贸易部长举行了会谈。路透社称，双方同意恢复部分商品的进口。"
            "彭博社报道说，会谈持续了两个小时。彭博社援引一名官员的话说，下一轮会谈将在明年举行。"
            "这是一个好消息！可谁又能想到呢？")
    translated, signals = verdict(body)
    assert translated and "foreign_outlets:2" in signals


def test_a_foreign_newspapers_survey_in_the_opening_paragraph_makes_the_body_its_findings():
    body = ("利率持续走低，债券价格还会上涨吗？英国《金融时报》对五家大型基金公司进行了调查，"
            "询问它们的投资主管如何看待债市。\n\n一家公司的主管：估值已经偏高，但短期内不会崩盘。\n\n"
            "另一家公司的主管：低利率还会持续一段时间，我们会继续持有长期债券。")
    translated, signals = verdict(body)
    assert translated and signals == ["foreign_survey:《金融时报》"]


def test_a_chinese_outlets_survey_is_no_translation():
    body = ("利率持续走低，债券价格还会上涨吗？《经济日报》对五家大型基金公司进行了调查，"
            "询问它们的投资主管如何看待债市。\n\n一家公司的主管认为，估值已经偏高，但短期内不会崩盘。")
    translated, signals = verdict(body)
    assert not any(s.startswith("foreign_survey") for s in signals)


def test_quotes_by_people_from_abroad_count_as_reporting_foreigners():
    from newsfacts.stages.translation import speaker_country
    from newsfacts.model import Span

    doc = newsfacts.analyze_text("测试标题\n\n一位海外网友说，这里的公园很热闹。")
    for text in ("海外网友", "一位海外网友", "外国专家", "John Smith", "Gweilo"):
        assert speaker_country(doc, Span(0, len(text), text)) == "foreign", text
    for text in ("海外华人", "BBC", "他"):
        assert speaker_country(doc, Span(0, len(text), text)) != "foreign", text


def test_a_report_mostly_quoting_a_foreign_vlogger_after_one_foreign_outlet_is_compiled():
    body = ("英国广播公司报道称，这座城市的公园很受欢迎。\n\n"
            "Gweilo在视频里说：“这里的公园真热闹，老人们都很有活力。”\n\n"
            "“我们家乡的公园几乎没有人。”Gweilo补充道。\n\n"
            "海外网友纷纷留言：“每座城市都有这样的大公园，真让人羡慕。”")
    translated, signals = verdict(body)
    assert translated and any(s.startswith("foreign_body:") for s in signals)


def test_a_person_named_the_chinese_way_counts_as_a_chinese_voice():
    found = _quoted("美国国务卿鲁比奥说：“我们会继续谈判。”", "俄罗斯外长拉夫罗夫说：“我们欢迎对话。”",
                    "乌克兰总统泽连斯基说：“我们需要和平。”", "学者艾明远说：“和平需要实力。”",
                    "评论员高天翔说：“局势不会很快缓和。”")
    assert not any(s.startswith("foreign_speakers") for s in found["translation_signals"])


def test_own_correspondents_dispatch_citing_foreign_press_is_not_translation():
    body = ("新华社利马5月3日电（记者周立新）秘鲁总统周二在总统府会见智利外长。\n\n"
            "据秘鲁《商报》报道，双方讨论了边境口岸的通关问题。路透社援引一名智利官员的话说，两国有望年内恢复渔业对话。"
            "美联社称，会谈持续了两个小时。")
    assert verdict(body) == (False, [])


def test_foreign_agency_dateline_with_reporter_is_still_translation():
    body = ("路透社利马5月3日电（记者约翰）秘鲁总统周二在总统府会见智利外长。\n\n"
            "据秘鲁《商报》报道，双方讨论了边境口岸的通关问题。美联社称，会谈持续了两个小时。")
    assert verdict(body)[0]
