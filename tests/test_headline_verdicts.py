"""Unsupported only when the body lacks the heading's key claim: its actors, numbers and
predicate. A body that tells the same thing in other words is no missing claim."""
from __future__ import annotations

import newsfacts

TITLE = "布林肯再度拜访王毅 长谈化解分歧"


def title_check(body: str):
    return newsfacts.analyze_text(f"{TITLE}\n\n{body}").headlines[0]


def test_a_paraphrase_naming_both_actors_is_not_called_unsupported():
    check = title_check("王毅周五在雅加达会见了到访的美国国务卿布林肯，两人谈了一个多小时。")
    assert check.verdict != "unsupported" and "missing_in_body" not in check.reasons


def test_a_body_about_something_else_leaves_the_title_unsupported():
    check = title_check("周五，印尼政府宣布将最低工资上调5%，新标准从明年1月起执行。")
    assert check.verdict == "unsupported" and check.reasons == ["missing_in_body"]


def test_a_heading_that_reports_a_rebuttal_is_not_contradicted_by_the_denial_it_reports():
    doc = newsfacts.analyze_text("中方驳斥美方指责 称其毫无道理\n\n外交部发言人周二说，美方对中方的指责纯属捏造，中方坚决反对。")
    assert doc.headlines[0].verdict != "unsupported" and "contradiction" not in doc.headlines[0].reasons


def test_a_denial_of_the_heading_s_claim_contradicts_it():
    doc = newsfacts.analyze_text("两国外长将于下周会晤\n\n两国外交部周二均否认了外长将于下周会晤的消息。")
    assert doc.headlines[0].verdict == "unsupported" and "contradiction" in doc.headlines[0].reasons


def test_a_lead_that_says_the_headline_and_more_is_evidence_not_a_copy():
    doc = newsfacts.analyze_text("东湖区新增确诊病例8例\n\n"
                                 "区卫健委周二通报，东湖区新增确诊病例8例，均为集中隔离人员。")
    assert doc.headlines[0].verdict == "supported"


def test_a_labelled_copy_of_the_title_is_still_no_evidence():
    doc = newsfacts.analyze_text("东湖区新增确诊病例8例\n\n导语：东湖区新增确诊病例8例\n\n今天天气晴朗，适合出游。")
    assert doc.headlines[0].verdict == "unsupported"


def test_a_double_negation_affirms_the_heading_s_words():
    doc = newsfacts.analyze_text("乙方承认延误\n\n乙方负责人周三不得不承认延误，并向客户道歉。")
    assert "contradiction" not in doc.headlines[0].reasons and doc.headlines[0].verdict == "supported"


BRIEFING = "毛宁主持外交部例行记者会"


def test_a_briefing_heading_holds_when_the_body_quotes_the_person_who_gave_it():
    doc = newsfacts.analyze_text(f"{BRIEFING}\n\n毛宁：中方敦促有关各方保持冷静克制。毛宁：关于你提到的问题，我没有可以发布的消息。")
    assert doc.headlines[0].verdict == "supported"


def test_a_briefing_heading_is_missing_when_the_body_quotes_someone_else():
    doc = newsfacts.analyze_text(f"{BRIEFING}\n\n当地时间周二，一名农民在田里发现了一块陨石。他说：“我从没见过这样的石头。”")
    assert doc.headlines[0].verdict == "unsupported"


def test_a_country_is_named_in_the_body_by_its_capital():
    doc = newsfacts.analyze_text("拜登签署法案，向乌克兰提供援助\n\n2023年5月3日 10:00\n\n"
                                 "美国总统周五在白宫签署了一项新的拨款法律，其中包括对基辅的一揽子军事支持。")
    assert doc.headlines[0].verdict != "unsupported" and "missing_in_body" not in doc.headlines[0].reasons


def test_a_count_in_chinese_numerals_is_the_count_the_body_gives_in_digits():
    doc = newsfacts.analyze_text("三名游客被困山顶 消防连夜救援\n\n昨晚，3名外地游客在登山途中迷路，被困在山顶。"
                                 "当地消防部门接到报警后立即出动，连夜将他们带下山。")
    assert doc.headlines[0].verdict == "supported"


def test_a_count_in_chinese_numerals_larger_than_the_body_s_is_inflated():
    doc = newsfacts.analyze_text("五名游客被困山顶 消防连夜救援\n\n昨晚，3名外地游客在登山途中迷路，被困在山顶。"
                                 "当地消防部门接到报警后立即出动，连夜将他们带下山。")
    assert "number_inflated" in doc.headlines[0].reasons


def test_numerals_that_count_nothing_are_no_quantities():
    from newsfacts.stages.headline_numbers import quantities
    assert [q.value for q in quantities("两万人和二十五岁")] == [20000.0, 25.0]
    assert quantities("一个国家十分重要，百家争鸣，第三次，三五个人") == []


OPENING = "国务院总理李强出席开幕式并致辞\n\n2024年3月5日 10:00\n\n"


def test_a_speech_heading_holds_when_a_sentence_naming_the_speaker_gives_the_occasion():
    doc = newsfacts.analyze_text(OPENING + "李强在开幕式上发表讲话说，中国将继续扩大对外开放，欢迎各国企业来华投资。")
    assert doc.headlines[0].verdict == "supported"


def test_a_speech_heading_is_missing_when_the_body_quotes_the_speaker_on_another_occasion():
    doc = newsfacts.analyze_text(OPENING + "李强周二在一家工厂考察时说，要加快推动产业升级。")
    assert doc.headlines[0].verdict == "unsupported"


def test_an_office_in_the_heading_is_the_person_the_body_names():
    doc = newsfacts.analyze_text("联合国秘书长呼吁加沙停火\n\n2024年3月5日 10:00\n\n"
                                 "古特雷斯周一在纽约对记者说，加沙地带的局势已经到了崩溃边缘，他敦促各方立即停止敌对行动。")
    assert doc.headlines[0].verdict == "supported"


MISSILE = "朝鲜试射洲际导弹\n\n2024年3月5日 10:00\n\n"


def test_an_actor_the_body_names_in_another_form_is_no_missing_word():
    doc = newsfacts.analyze_text(MISSILE + "韩国军方称，朝方周四向东部海域发射了一枚远程弹道导弹，飞行距离约1000公里。")
    assert doc.headlines[0].verdict == "supported"


def test_an_actor_named_in_another_form_doing_something_else_leaves_the_heading_unsupported():
    doc = newsfacts.analyze_text(MISSILE + "朝方周四宣布，将在首都举办一场大型文艺演出，庆祝节日。")
    assert doc.headlines[0].verdict == "unsupported"


def test_a_score_the_body_writes_in_chinese_numerals_is_there():
    doc = newsfacts.analyze_text("中国女排3比0横扫日本\n\n在昨晚进行的比赛中，中国队以三比零战胜日本队，取得三连胜。")
    assert "missing_in_body" not in doc.headlines[0].reasons


def test_a_briefing_word_the_segmenter_cuts_up_is_still_a_briefing():
    doc = newsfacts.analyze_text("国防部发言人张晓刚答记者问\n\n张晓刚：中方始终坚持和平发展道路。张晓刚：我们对有关报道表示坚决反对。")
    assert doc.headlines[0].verdict == "supported"
