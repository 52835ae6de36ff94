"""Sources credited and translation signals, on short passages written for the tests."""
from __future__ import annotations

import newsfacts


def record(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()


def test_according_to_an_agency():
    assert record("据路透社报道，两国代表已在日内瓦会面。")["sources"] == ["路透社"]


def test_newspaper_in_book_marks_with_a_cue():
    assert record("英国《金融时报》称，谈判陷入僵局。")["sources"] == ["《金融时报》"]


def test_wire_dateline_opening_the_publishers_own_article_is_not_credited():
    assert record("新华社北京5月12日电 外交部发言人今天表示，中方欢迎这一决定。")["sources"] == []


def test_wire_dateline_of_a_reprint_credits_its_origin():
    body = "新华社北京5月12日电 外交部发言人今天表示，中方欢迎这一决定。\n\n责任编辑：张三"
    assert record(body)["sources"] == ["新华社"]


def test_publishers_tag_is_not_credited_but_the_outlets_it_cites_are():
    assert record("【环球网报道】据路透社报道，两国代表已在日内瓦会面。")["sources"] == ["路透社"]


def test_publishers_own_interviews_are_not_credited():
    body = "【环球时报综合报道】某教授对《环球时报》记者表示，局势正在缓和。"
    assert record(body)["sources"] == []


def test_interview_given_to_an_outlet_in_a_reprint_is_credited():
    body = "某教授对《环球时报》记者表示，局势正在缓和。\n\n责任编辑：张三"
    assert record(body)["sources"] == ["《环球时报》"]


def test_general_press_references_with_a_cue():
    body = "据台媒报道，岛内物价持续上涨。英媒称，会谈没有结果。港媒也在关注。"
    assert record(body)["sources"] == ["台媒", "英媒"]


def test_each_outlet_of_an_according_list_before_etc():
    body = "综合某某网、《晨星报》等当地媒体的报道称，大桥已经通车。"
    assert record(body)["sources"] == ["某某网", "《晨星报》"]


def test_abbreviation_in_brackets_is_the_same_outlet():
    body = "美国有线电视新闻网（CNN）报道，议员们已经离开。CNN还称，投票推迟了。"
    assert record(body)["sources"] == ["美国有线电视新闻网"]


def test_source_line_opening_the_body_is_credited():
    assert record("来源：环球人物记者近日走访了三个村庄。")["sources"] == ["环球人物"]


def test_credit_line_in_the_chrome():
    result = record("市政府发布了新规定，将于下月实施。\n\n来源：某某晚报")
    assert result["sources"] == ["某某晚报"]


def test_own_reporter_is_not_a_credited_source():
    assert record("红星新闻记者拨打了该校电话，无人接听。")["sources"] == []


def test_compiled_from_foreign_media_is_translated():
    result = record("本文编译自外媒报道。美国总统周五表示将访问欧洲。")
    assert result["translated"] is True
    assert any(s.startswith("marker:") for s in result["translation_signals"])


def test_an_outlet_speaking_as_we_in_a_repost_is_translated():
    result = record("消息人士告诉我们，双方将在下周举行新一轮谈判。")
    assert result["translated"] is True
    assert any(s.startswith("first_person_outlet") for s in result["translation_signals"])


def test_report_built_on_foreign_outlets_is_translated():
    body = "据路透社报道，谈判将在下周举行。《卫报》指出，分歧仍然很大。"
    result = record(body)
    assert result["translated"] is True and result["translation_signals"] == ["foreign_outlets:2"]


def test_commentary_citing_foreign_outlets_is_not_translated():
    result = newsfacts.analyze_text("这场会谈意味着什么？\n\n据路透社报道，谈判将在下周举行。《卫报》指出，分歧仍然很大。").to_dict()
    assert result["translated"] is False


def test_a_quoted_we_is_not_an_outlet_speaking():
    result = record("他说，这次访问对我们来说很重要，双方会继续合作。")
    assert result["translated"] is False


def test_a_local_report_is_not_translated():
    result = record("市长张三在会上表示，要做好防汛工作。他说：“各部门要立即行动。”")
    assert result["translated"] is False and result["translation_signals"] == []


def test_read_counter_is_kept_as_metadata():
    doc = newsfacts.analyze_text("标题甲乙丙\n\n正文说了一件事情，而且说得很详细。\n\n12 阅读:345\n感谢大家的关注")
    assert doc.article.counters == {"reads": 345}


def test_short_forms_of_agencies():
    assert record("据俄卫星通讯社报道，会谈已结束。朝中社称，试射获得成功。")["sources"] == ["俄卫星通讯社", "朝中社"]


def test_local_press_credits_but_says_nothing_of_language():
    # the writer's own paragraph keeps the one foreign outlet's share of the body small, so only
    # counting 当地媒体 as foreign would make this a compilation of foreign reporting
    result = record("当地媒体报道，有三人受伤。据路透社报道，救援仍在进行。\n\n"
                    "这一地区多年来饱受洪灾之苦，堤坝年久失修，排水系统也跟不上城市扩张的速度。"
                    "专家在国内的研讨会上多次提醒，防灾投入不能只在灾后才增加。")
    assert result["sources"] == ["当地媒体", "路透社"] and result["translated"] is False


def test_outlet_named_in_quotes_then_a_cue():
    assert record("美国“政治新闻网”报道，参议员反对。台湾“中央社”称，岛内停电。")["sources"] == ["政治新闻网", "中央社"]


def test_outlet_in_quotes_without_a_cue_is_not_credited():
    assert record("他说“路透社”这个名字很响亮。")["sources"] == []


def test_source_line_closing_the_body_and_in_brackets():
    assert record("市政府发布了新规定。\n\n本文来源：某某日报")["sources"] == ["某某日报"]
    assert record("地震造成三人受伤。（来源：某某新闻）")["sources"] == ["某某新闻"]


def test_according_to_an_outlets_poll():
    assert record("根据美国有线电视新闻网的民调，支持率下降。")["sources"] == ["美国有线电视新闻网"]


def test_a_latin_name_of_several_words():
    assert record("据The Athletic报道，这名球员计划签约。")["sources"] == ["The Athletic"]


def test_a_reporter_named_in_latin_is_not_an_outlet():
    assert record("据名记Shams报道，这名球员已经恢复训练。")["sources"] == []


def test_an_outlet_of_the_list_named_by_its_full_chinese_name():
    assert record("据日本放送协会报道，日本首相将出席峰会。")["sources"] == ["日本放送协会"]


def test_compiled_from_a_press_title_after_its_country_credits_the_title_and_marks_translation():
    found = record("市场本周继续波动，投资者观望情绪浓厚。\n\n（本文编译自英国《经济学人》杂志）")
    assert found["sources"] == ["《经济学人》"] and found["translated"]


def test_compiled_according_to_an_outlet_credits_it():
    found = record("据《外交政策》编译，两国代表已在日内瓦会面。")
    assert found["sources"] == ["《外交政策》"] and found["translated"]


def test_an_outlets_editor_speaking_in_their_own_name_is_no_credit():
    assert record("《汽车之友》杂志主编王五表示，新车型的续航明显提升。")["sources"] == []


def test_a_quoted_cooperative_before_a_report_is_no_outlet():
    assert record("各地“重建农村合作社”的报道引起了讨论。")["sources"] == []


def test_a_publishing_houses_account_in_quotes_is_still_credited():
    assert record("“人民出版社”微信公众号近日刊发了一篇纪念文章。")["sources"] == ["人民出版社"]


def test_a_broadcaster_named_after_its_country_keeps_the_whole_country_name():
    assert record("据沙特阿拉伯电视台报道，双方接近达成协议。")["sources"] == ["沙特阿拉伯电视台"]


def test_a_handle_is_credited_whole_or_not_at_all():
    assert record("据@某省网络辟谣举报平台消息，该说法不实。")["sources"] == []


def test_a_governments_press_office_is_no_outlet():
    assert record("根据某市政府新闻办举行的新闻发布会消息，大桥已经通车。")["sources"] == []


def test_a_government_website_in_a_source_line_is_no_outlet_even_with_deng():
    assert record("工程已经开工。\n\n资料来源：某县政府官网等")["sources"] == []


def test_according_to_an_outlets_account_with_anzhao_credits_the_outlet_alone():
    body = "部长当天抵达首都。\n按照马里国家电视台的说法，双方还讨论了边境巡逻。"
    assert record(body)["sources"] == ["马里国家电视台"]


def test_a_leader_speaking_on_national_television_does_not_credit_the_channel():
    body = "总统周日在国家电视台发表讲话，宣布军队进入戒备。他在国家电视台讲话中表示，国家不会让步。"
    assert record(body)["sources"] == []


def test_a_bracketed_source_line_closing_the_article_credits_its_origin():
    body = "部长当天抵达首都，双方签署了合作文件。\n\n（来源：环球视野）"
    assert record(body)["sources"] == ["环球视野"]


def test_a_title_and_its_latin_abbreviation_are_one_source():
    body = "《华尔街日报》（WSJ）周三报道，谈判陷入僵局。此后WSJ又称，双方仍有分歧。"
    assert record(body)["sources"] == ["《华尔街日报》"]


def test_a_known_outlet_in_brackets_closing_the_article_is_its_origin():
    assert record("两国代表在日内瓦会面，双方讨论了贸易问题。（央视）")["sources"] == ["央视"]
    assert record("两国代表在日内瓦会面。（新华社）（完）")["sources"] == ["新华社"]


def test_a_bracketed_outlet_inside_a_sentence_or_a_general_reference_is_no_closing_tag():
    assert record("两国代表在日内瓦会面（央视），双方讨论了贸易问题。")["sources"] == []
    assert record("两国代表在日内瓦会面。（外媒）")["sources"] == []


def test_a_papers_own_opening_tag_is_the_publisher_and_its_closing_tag_too():
    body = "新京报讯（记者 张三）两国代表在日内瓦会面，双方讨论了贸易问题。（新京报）"
    assert record(body)["sources"] == []


def test_a_sites_opening_tag_with_a_programme_in_brackets_is_the_publisher():
    assert record("央视网消息（新闻联播）：两国代表在日内瓦会面。")["sources"] == []
