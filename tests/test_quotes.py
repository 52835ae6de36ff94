"""Who said what: each case is a short passage written for the test and the quotes expected."""
from __future__ import annotations

import pytest

import newsfacts


def quotes_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at)
    for q in doc.quotes:
        assert doc.article.text[q.content.start:q.content.end] == q.content.text
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text, q.kind)
            for q in doc.quotes]


def test_direct_quote_after_cue_and_colon():
    assert quotes_of("外交部长王毅周五表示：“对话是唯一出路。”") == [("王毅", "表示", "对话是唯一出路。", "direct")]


def test_reported_speech_with_title_and_name():
    assert quotes_of("美国国务卿卢比奥周三警告称，倘若会谈毫无成果，华盛顿会放弃斡旋。") == [
        ("卢比奥", "警告称", "倘若会谈毫无成果，华盛顿会放弃斡旋", "indirect")]


def test_quote_split_by_its_attribution_is_two_quotes_of_one_speaker():
    found = quotes_of("“我们会继续努力，”卢比奥说，“但时间不多了。”")
    assert found == [("卢比奥", "说", "我们会继续努力，", "direct"), ("卢比奥", "说", "但时间不多了。", "direct")]


def test_quote_before_attribution_with_pronoun():
    found = quotes_of("总统泽连斯基周四抵达伦敦。“我们需要更多防空系统，”他在机场对记者表示。")
    assert found == [("泽连斯基", "表示", "我们需要更多防空系统，", "direct")]


def test_corner_brackets_and_straight_quotes():
    assert quotes_of("发言人林剑说：「中方反对任何单边制裁。」") == [("林剑", "说", "中方反对任何单边制裁。", "direct")]
    assert quotes_of('佩斯科夫说："谈判仍在继续。"') == [("佩斯科夫", "说", "谈判仍在继续。", "direct")]


def test_pronoun_resolves_to_the_subject_not_a_person_mentioned_in_passing():
    found = quotes_of("佩斯科夫还被问及卢比奥的言论。他表示，这个问题应由华盛顿回答。")
    assert found == [("佩斯科夫", "表示", "这个问题应由华盛顿回答", "indirect")]


def test_second_cue_in_a_sentence_keeps_the_subject():
    found = quotes_of("当局周五表示，袭击造成两人死亡，并称救援仍在进行。")
    assert found == [("当局", "表示", "袭击造成两人死亡", "indirect"), ("当局", "称", "救援仍在进行", "indirect")]


def test_unnamed_sources_are_speakers():
    assert quotes_of("消息人士透露，双方将于下周再次会面。") == [("消息人士", "透露", "双方将于下周再次会面", "indirect")]
    assert quotes_of("俄罗斯官员称，目前停火并不现实。") == [("俄罗斯官员", "称", "目前停火并不现实", "indirect")]


def test_outlet_after_ju_is_the_speaker():
    found = quotes_of("据路透社报道，两国代表已在日内瓦举行秘密会谈。")
    assert found == [("路透社", "报道", "两国代表已在日内瓦举行秘密会谈", "indirect")]
    found = quotes_of("据日本《朝日新闻》3日报道，政府计划增加防卫预算。")
    assert found[0][:2] == ("朝日新闻", "报道")


def test_refused_or_negated_speech_is_not_a_statement():
    assert quotes_of("卢比奥拒绝透露谈判的具体内容。") == []
    assert quotes_of("白宫尚未宣布最终决定的内容和时间表。") == []


def test_scare_quotes_and_book_titles_are_not_quotes():
    assert quotes_of("所谓的“空前制裁”并没有吓倒对方，《经济伙伴关系协定》仍未签署。") == []


def test_naming_cue_with_a_short_quoted_phrase():
    found = quotes_of("马克龙只是称其为一个“粗略的草案”。")
    assert found == [("马克龙", "称其为", "粗略的草案", "direct")]


def test_quote_running_on_into_the_next_paragraph_keeps_its_speaker():
    found = quotes_of("斯维里坚科写道：“这套方案凝聚了大家的心血。”\n\n“下一步要交给议会表决。”")
    assert [f[0] for f in found] == ["斯维里坚科", "斯维里坚科"]
    assert found[1][2] == "下一步要交给议会表决。"


def test_cue_that_names_an_occasion_is_not_a_statement():
    found = quotes_of("在卢比奥发出警告之前，两国已接近达成协议。")
    assert found == []


def test_percentage_of_respondents_as_speaker():
    found = quotes_of("调查显示，56%的受访者表示物价上涨明显，33%表示收入下降了。")
    assert found == [("56%的受访者", "表示", "物价上涨明显", "indirect"), ("33%", "表示", "收入下降了", "indirect")]


def test_weekday_is_resolved_against_publication_date():
    doc = newsfacts.analyze_text("测试标题\n\n佩斯科夫周五表示，谈判困难重重。", published_at="2025-04-19T10:00:00")
    assert doc.quotes[0].date == "2025-04-18"


def test_role_is_kept_with_the_speaker():
    doc = newsfacts.analyze_text("测试标题\n\n美国国务卿卢比奥表示，谈判困难重重。")
    assert (doc.quotes[0].speaker.text, doc.quotes[0].speaker_role) == ("卢比奥", "国务卿")
    doc = newsfacts.analyze_text("测试标题\n\n克里姆林宫发言人佩斯科夫表示，谈判困难重重。")
    assert (doc.quotes[0].speaker.text, doc.quotes[0].speaker_role) == ("佩斯科夫", "克里姆林宫发言人")


@pytest.mark.parametrize("body", ["他的小说很受欢迎，销量很好。", "这个名称听说很早就有了。"])
def test_words_containing_cues_are_not_cues(body):
    assert quotes_of(body) == []


def test_person_appealed_to_is_not_the_speaker():
    found = quotes_of("然而普京没有让步。拜登的态度软了下来，他再三向普京呼吁，两国绝不能爆发冲突，强调对话才是出路。")
    assert [f[:2] for f in found] == [("拜登", "呼吁"), ("拜登", "强调")]


def test_a_contrast_with_a_new_subject_ends_reported_speech():
    found = quotes_of("拜登扬言，如果对方进攻，西方将果断反应，然而普京毫不退让，反而警告称，制裁将带来严重后果。")
    assert [f[:2] for f in found] == [("拜登", "扬言"), ("普京", "警告称")]
    assert found[0][2] == "如果对方进攻，西方将果断反应"


def test_press_conference_transcript_turns_are_the_spokesperson_s():
    found = quotes_of("发言人林剑主持例行记者会。林剑：中方对此表示欢迎。林剑：我们希望各方保持克制。")
    assert ("林剑", "：", "中方对此表示欢迎。", "direct") in found
    assert ("林剑", "：", "我们希望各方保持克制。", "direct") in found


def test_a_single_name_and_colon_is_a_headline_not_a_transcript():
    assert [q for q in quotes_of("林剑：中方对此表示欢迎。") if q[1] == "："] == []


def test_reported_findings_and_unnamed_sources_without_a_speaker():
    assert quotes_of("据悉，两国将于下月举行新一轮会谈。") == [(None, "据悉", "两国将于下月举行新一轮会谈", "indirect")]
    assert quotes_of("一份报告显示，该国出口连续三个月下降。")[0][:2] == ("一份报告", "显示")


def test_a_cue_named_as_a_noun_is_not_a_statement():
    found = quotes_of("发言人林剑表示，我们赞赏欧方这一表态，中方也支持开放合作。")
    assert found == [("林剑", "表示", "我们赞赏欧方这一表态，中方也支持开放合作", "indirect")]


def test_a_stance_verb_with_a_bare_object_is_not_a_statement():
    assert quotes_of("美国总统承诺一天内结束冲突。") == []
    assert quotes_of("军方发言人已承诺，军方不会干预选举。") == [("军方发言人", "承诺", "军方不会干预选举", "indirect")]


def test_finished_quote_before_a_new_source_with_its_own_reported_speech():
    found = quotes_of("工作人员称，调查正在进行。“我们会尽快公布结果。”学校官网显示，该校建于1953年。")
    assert ("学校官网", "显示", "该校建于1953年", "indirect") in found
    assert not any(q[2] == "我们会尽快公布结果。" and q[0] == "学校官网" for q in found)


def test_the_official_refers_back_to_the_unnamed_source_not_the_nearest_name():
    found = quotes_of("一名日本政府高级官员称，谈判取得进展。国务卿卢比奥表示，美方将继续努力。"
                      "该官员会后告诉记者，合同或将在月底敲定。")
    assert found[-1] == ("一名日本政府高级官员", "告诉记者", "合同或将在月底敲定", "indirect")


def test_this_expert_refers_back_to_the_titled_speaker():
    found = quotes_of("巴西问题专家周志伟认为，两国关系将改善。卢拉曾表示，中国很重要。"
                      "这名中国专家认为，巴西将成为美国争取的对象。")
    assert found[-1][:2] == ("周志伟", "认为")


def test_the_company_refers_back_to_the_named_company():
    found = quotes_of("莱茵金属公司的股价连日上涨。德国国防部长皮斯托里乌斯表示，将追加采购。"
                      "该公司在声明中说：“明年的形势值得期待。”")
    assert found[-1] == ("莱茵金属公司", "在声明中说", "明年的形势值得期待。", "direct")


def test_unnamed_sources_get_an_english_description():
    doc = newsfacts.analyze_text("测试标题\n\n有消息称，两军将于明日换防。据悉，换防已准备多日。")
    assert [q.speaker_canonical for q in doc.quotes] == ["unnamed sources", "unnamed sources"]


def test_a_term_in_quotation_marks_inside_a_phrase_is_not_a_quote():
    found = quotes_of("美日又渲染所谓“中国威胁”，外交部发言人林剑表示，美日合作不应损害第三方利益。")
    assert found == [("林剑", "表示", "美日合作不应损害第三方利益", "indirect")]


def test_statement_nouns_are_not_cues():
    assert quotes_of("消防部门发布了一则简短声明，另外配发了三张图片。") == []
    assert quotes_of("她在发布会上的表态同样耐人寻味。") == []
    assert quotes_of("特使将阐述中国的理念和主张，也会听取各方的意见。") == []
    assert quotes_of("他的水平受到质疑，还遭到一些队友的孤立。") == []


def test_outlet_named_with_de_after_a_frame_still_reports():
    found = quotes_of("用《读卖新闻》的报道来说，大陆正在该地区增强存在。")
    assert found[0][:2] == ("读卖新闻", "报道")


def test_official_frames_name_the_source():
    assert quotes_of("据塔斯社消息，俄军指挥层进行了调整。") == [("塔斯社", "消息", "俄军指挥层进行了调整", "indirect")]
    assert quotes_of("按照商务部的数据，今年外资增长了一成。")[0][:2] == ("商务部", "数据")
    assert quotes_of("据赵磊观察，“他格外看重乡村孩子的阅读”。") == [("赵磊", "观察", "他格外看重乡村孩子的阅读", "direct")]


def test_the_person_told_belongs_to_the_cue():
    assert quotes_of("“我们不会放弃。”赵磊告诉《环球人物》记者。") == [
        ("赵磊", "告诉《环球人物》记者", "我们不会放弃。", "direct")]


def test_dui_ci_and_ze_before_a_cue_do_not_make_it_a_noun():
    assert quotes_of("朔尔茨对此表示，德方愿意交换意见。") == [("朔尔茨", "表示", "德方愿意交换意见", "indirect")]
    assert quotes_of("研究员姜云则表示，此访是重新接触的一部分。")[0][:2] == ("姜云", "表示")


def test_finished_quote_then_cue_and_more_reported_speech_are_both_the_speaker_s():
    found = quotes_of("“合作空间会更大。”研究员周志伟认为，两国关系将明显改善。")
    assert found == [("周志伟", "认为", "合作空间会更大。", "direct"), ("周志伟", "认为", "两国关系将明显改善", "indirect")]


def test_a_quotation_that_runs_on_keeps_the_speaker():
    found = quotes_of("研究员杨建民表示，卢拉会展现出更加务实的风格。“左翼依然会反对霸权，但有关主义的争论会减少。”")
    assert found[-1] == ("杨建民", "表示", "左翼依然会反对霸权，但有关主义的争论会减少。", "direct")


def test_a_latin_script_outlet_is_the_speaker():
    found = quotes_of("公开资料显示，运河由美国建成。“中国增加了外交上的投入。”Politico的文章写道，“他们接受了更好的培训。”")
    assert [q[0] for q in found] == ["公开资料", "Politico", "Politico"]


def test_a_document_s_finding_takes_no_quotation_before_it():
    found = quotes_of("工作人员称，调查正在进行。“我们会尽快公布结果。”学校官网显示，该校建于1953年。")
    assert ("工作人员", "称", "我们会尽快公布结果。", "direct") in found


def test_a_quotation_after_a_colon_belongs_to_the_clause_s_source():
    found = quotes_of("澳大利亚等待核潜艇已久，美国方面近日又出了新招：“在获得核潜艇之前，轰炸机将帮助澳大利亚。”")
    assert found == [("美国方面", "出了新招", "在获得核潜艇之前，轰炸机将帮助澳大利亚。", "direct")]  # the cue: the words before the colon


def test_a_cue_inside_what_was_said_stays_part_of_it():
    found = quotes_of("国际关系学院教授陈立告诉记者，第一，莫斯科想借此提醒有关国家早日平息争端。")
    assert found == [("陈立", "告诉记者", "第一，莫斯科想借此提醒有关国家早日平息争端", "indirect")]


def test_outlet_credit_gives_way_to_the_speaker_it_reports():
    found = quotes_of("据韩联社报道，韩国总统尹锡悦11日对此表示，韩方将继续保持沟通。")
    assert found == [("尹锡悦", "表示", "韩方将继续保持沟通", "indirect")]


def test_a_survey_reported_by_an_outlet_stays_the_outlet_s():
    found = quotes_of("据《卫报》报道，一项调查显示，英国民众经历短缺的可能性更高。")
    assert found[0][:2] == ("卫报", "报道")


def test_several_speakers_at_once_give_one_quote_each():
    found = quotes_of("专家何瑞恩和凯恩都认为，谈判仍有希望。")
    assert found == [("何瑞恩", "认为", "谈判仍有希望", "indirect"), ("凯恩", "认为", "谈判仍有希望", "indirect")]
    found = quotes_of("“战争研究所”和德国国防部都推测，撤换指挥官意味着攻势受挫。")
    assert [q[0] for q in found] == ["战争研究所", "德国国防部"]


def test_a_scene_setting_clause_is_not_what_was_said():
    found = quotes_of("据路透社报道，当地时间9日，乌军发言人表示，部队在东线夺回了3个村庄。")
    assert found == [("乌军发言人", "表示", "部队在东线夺回了3个村庄", "indirect")]


def test_a_topic_cue_with_a_bare_object_after_le_is_not_a_statement():
    assert quotes_of("关于海洋污染，法方提出了海洋塑料治理合作倡议。") == []


def test_a_title_alone_refers_back_to_the_person_who_spoke_under_it():
    found = quotes_of("车臣领导人卡德罗夫称，部队已经出发。俄罗斯总统普京表示，局势稳定。"
                      "车臣领导人补充说：“我们已经制定了行动战略。”")
    assert found[-1] == ("卡德罗夫", "补充说", "我们已经制定了行动战略。", "direct")


def test_a_possessive_pronoun_is_not_the_speaker():
    found = quotes_of("王某被判罚款，尽管他的支持者坚持认为，那份判决带有偏见。")
    assert found == [("他的支持者", "坚持认为", "那份判决带有偏见", "indirect")]


def test_the_source_cited_after_yuanyin_is_the_speaker():
    assert quotes_of("路透社援引美国国务卿布林肯的话称，双方会谈富有成果。")[0][:2] == ("布林肯", "称")


def test_the_outlet_told_is_not_the_speaker():
    assert quotes_of("多名学者9日对《新京报》记者表示，这项安排意在试探市场。")[0][:2] == ("多名学者", "表示")


def test_bylines_are_never_speakers():
    assert quotes_of("【本报驻意大利特派记者谢亚宏】意大利总理梅洛尼表示，意方愿意合作。")[0][:2] == ("梅洛尼", "表示")
    assert quotes_of("本报记者王伟报道，两国签署了协议。") == []
    assert quotes_of("（记者李明）外交部发言人林剑表示，中方欢迎此举。")[0][:2] == ("林剑", "表示")
    assert quotes_of("新华社上海8月14日电（记者林小舟、陈默）专家认为，论坛成果丰硕。")[0][:2] == ("专家", "认为")


def test_the_cue_takes_its_manner_or_medium():
    assert quotes_of("有评论称，这次访问意义重大。")[0][1] == "评论称"
    assert quotes_of("张伟分析认为，两国贸易将继续增长。")[0][:2] == ("张伟", "分析认为")
    assert quotes_of("外交部发言人林剑明确表示，中方反对任何单边制裁。")[0][:2] == ("林剑", "明确表示")
    assert quotes_of("俄罗斯国防部发表声明称，部队已经完成轮换。")[0][1] == "发表声明称"
    assert quotes_of("海关数据显示，今年出口增长了三成。")[0][1] == "数据显示"


def test_a_modifier_only_joins_the_cues_it_is_listed_with():
    assert quotes_of("张伟表示，局势稳定。他还说，谈判会继续进行下去。")[-1][:2] == ("张伟", "说")
    assert quotes_of("报告还称，军费开支将大幅增加。")[0][1] == "还称"


def test_a_quoted_sentence_closing_reported_speech_is_a_direct_quote():
    found = quotes_of("李强表示，两国合作潜力巨大，“我们愿意同各方一道推进合作。”")
    assert found == [("李强", "表示", "两国合作潜力巨大", "indirect"),
                     ("李强", "表示", "我们愿意同各方一道推进合作。", "direct")]


def test_a_quoted_clause_that_goes_on_with_the_sentence_stays_reported():
    found = quotes_of("李强表示，两国合作潜力巨大，“但仍需克服许多困难和障碍”。")
    assert found == [("李强", "表示", "两国合作潜力巨大，“但仍需克服许多困难和障碍”", "indirect")]


def test_a_name_in_quotation_marks_before_the_cue_is_the_speaker_not_a_quote():
    found = quotes_of("“东方和平研究中心”12日宣布，在过去一周里，双方共交换了三十名战俘。")
    assert found == [("东方和平研究中心", "宣布", "在过去一周里，双方共交换了三十名战俘", "indirect")]


def test_an_alias_given_with_yixiacheng_is_not_a_quote():
    found = quotes_of("“东方和平研究中心”（以下称“中心”）在其网站发布消息称，双方共交换了三十名战俘。")
    assert [q[2] for q in found] == ["双方共交换了三十名战俘"]


def test_a_pronoun_skips_names_that_are_objects_or_modifiers():
    assert quotes_of("闫瑾认为，两国关系正在回暖。这为“后默克尔时代”的中德关系指明了方向。"
                     "她进一步指出，地区局势正在好转。")[-1][:2] == ("闫瑾", "进一步指出")
    assert quotes_of("拜登在演讲中抨击特朗普，并将佩洛西的遭遇与骚乱作对比。"
                     "他称，袭击者的问题与暴徒相同。")[-1][:2] == ("拜登", "称")


def test_a_joint_statement_speaks_for_its_issuers():
    found = quotes_of("6月9日，中泰发表了联合声明。声明指出，双方在铁路合作上达成一致。双方也认为，加强人文交流十分必要。")
    assert found == [("中泰", "声明指出", "双方在铁路合作上达成一致", "indirect"),
                     ("中泰", "认为", "加强人文交流十分必要", "indirect")]
    assert quotes_of("俄罗斯和白俄罗斯发表联合声明。声明称，两国将加强协调。")[0][:2] == ("俄罗斯和白俄罗斯", "声明称")


def test_a_transliterated_name_after_a_title_is_the_cited_source():
    found = quotes_of("新加坡《联合早报》援引新西兰防务分析师艾伦·莫里斯的话称，新西兰应保持中立。")
    assert found[0][:2] == ("艾伦·莫里斯", "称")


def test_answers_of_a_press_conference_transcript_are_the_spokespersons():
    found = quotes_of("外交部发言人毛宁20日下午主持了例行记者会。\n问：中方对此有何评论？\n答：中方欢迎各方为和平作出努力。\n"
                      "问：中方是否会派特使？\n答：我们会继续同各方保持沟通。")
    assert found == [("毛宁", "答", "中方欢迎各方为和平作出努力。", "indirect"),  # 答 is the cue; no quotation marks
                     ("毛宁", "答", "我们会继续同各方保持沟通。", "indirect")]


def test_a_transcript_label_with_the_name_keeps_the_colon_as_cue():
    found = quotes_of("外交部发言人毛宁20日下午主持了例行记者会。\n毛宁：中方欢迎各方为和平作出努力。\n"
                      "毛宁：我们会继续同各方保持沟通。")
    assert found == [("毛宁", "：", "中方欢迎各方为和平作出努力。", "direct"),
                     ("毛宁", "：", "我们会继续同各方保持沟通。", "direct")]


def test_an_adverb_after_a_title_is_no_name():
    found = quotes_of("英国和加拿大学者普遍认为，加拿大的舰艇航程有限。")
    assert found == [("英国和加拿大学者", "普遍认为", "加拿大的舰艇航程有限", "indirect")]


def test_the_company_is_the_one_named_last():
    found = quotes_of("蒂森克虏伯公司表示，今年的订单明显上升。英国航空航天系统公司早些时候公布的年报显示，其营收创下新高。"
                      "该公司在声明中说：“前景十分乐观。”")
    assert [q[0] for q in found] == ["蒂森克虏伯公司", "英国航空航天系统公司", "英国航空航天系统公司"]


def test_the_body_that_published_a_document_speaks_through_it():
    found = quotes_of("世界卫生组织发布的年度报告显示，全球结核病发病率有所下降。")
    assert found[0][:2] == ("世界卫生组织", "显示")


def test_the_authors_of_an_earlier_report_are_a_source_of_their_own():
    found = quotes_of("一份报告显示，军火商获利颇丰。上述报告的作者称，莱茵金属公司获利最多。")
    assert found[-1][:2] == ("上述报告的作者", "称")


def test_baodao_cheng_is_the_outlet_credited_last_not_the_publishers_tag():
    found = quotes_of("[环球网报道]据路透社报道，英国首相办公室3日发表声明称，首相已经康复出院。"
                      "报道称，首相上周因病入院治疗。")
    assert found[-1][:2] == ("路透社", "报道称")


def test_a_sentence_opening_with_erqie_continues_the_last_speaker():
    found = quotes_of("日本首相岸田文雄说他很难表态。而且还为美国辩解，认为美国此举情有可原。")
    assert found[-1][:2] == ("岸田文雄", "认为")


def test_the_subject_before_jiang_names_not_its_object():
    assert quotes_of("欧洲舆论将这次峰会称为“近年来分量最重的”会晤。") == [
        ("欧洲舆论", "称为", "近年来分量最重的", "direct")]


def test_future_jiang_is_no_disposal_marker():
    assert quotes_of("美国政府或将宣布，对进口钢铁加征关税。") == [
        ("美国政府", "宣布", "对进口钢铁加征关税", "indirect")]
    assert quotes_of("日本政府把这项计划称为“新时代的开端”。")[0][:2] == ("日本政府", "称为")


def test_an_inner_statement_speaks_when_the_outer_one_only_credits_a_report():
    found = quotes_of("某防务杂志网站刊发文章。报道强调，英国和加拿大学者普遍认为，加拿大的舰艇航程有限。")
    assert found == [("英国和加拿大学者", "普遍认为", "加拿大的舰艇航程有限", "indirect")]


def test_that_report_speaks_for_the_body_that_published_it():
    found = quotes_of("3月初，一个所谓“海洋数据观察联盟”发布了一份关于远洋渔船的报告。"
                      "那份报告承认，它只能追踪到三成渔船的航迹。")
    assert found == [("海洋数据观察联盟", "承认", "它只能追踪到三成渔船的航迹", "indirect")]


def test_zai_x_kanlai_frames_a_view():
    assert quotes_of("在分析人士看来，法国政府的这番举措显示出其务实。") == [
        ("分析人士", "看来", "法国政府的这番举措显示出其务实", "indirect")]
    assert quotes_of("看来，这件事情并不简单。") == []


def test_anzhao_x_de_shuofa_frames_a_statement():
    found = quotes_of("马克·冈辛格提出，无人机能够成为远程侦察体系的一环。按照他的说法，无人机还能承担反潜巡逻等任务。")
    assert found[-1][:3] == ("马克·冈辛格", "说法", "无人机还能承担反潜巡逻等任务")
    assert quotes_of("按照印度方面的说法，此次空袭的地点位于印度境内。")[0][1] == "说法"


def test_delegates_at_a_meeting_are_a_source():
    found = quotes_of("日前一场论坛在智利召开。与会嘉宾表示要延续两国民间往来，加深中智情谊。")
    assert found == [("与会嘉宾", "表示", "要延续两国民间往来，加深中智情谊", "indirect")]


def test_ta_refers_back_to_an_unnamed_official_who_just_spoke():
    found = quotes_of("耶伦表示，她会继续关注此事。虽然有美国官员说，新规定并非针对特定国家。"
                      "但他同时称，印度是违规排放最多的国家之一。")
    assert found[-1][:2] == ("美国官员", "同时称")


def test_tamen_still_refers_back_to_officials():
    found = quotes_of("以色列官员对协议的执行前景表示担忧，他们称哈马斯仍在拖延释放人质。")
    assert found[0][:2] == ("以色列官员", "称")


def test_a_joint_statement_is_said_by_its_issuers_not_by_a_name_inside_it():
    found = quotes_of("哈马斯和伊斯兰圣战组织发表联合声明，称以色列总理内塔尼亚胡必须为袭击负责。")
    assert found == [("哈马斯和伊斯兰圣战组织", "称", "以色列总理内塔尼亚胡必须为袭击负责", "indirect")]


def test_several_speakers_at_once_give_one_quote_each():
    found = quotes_of("何瑞恩和凯恩都认为，这场冲突不会很快结束。")
    assert [(q[0], q[1]) for q in found] == [("何瑞恩", "认为"), ("凯恩", "认为")]


def test_an_unnamed_official_is_referred_back_to_by_gai_guanyuan():
    found = quotes_of("一名美国政府高级官员称，会谈取得了进展。该官员会后告诉记者，双方将于下月再次会面。")
    assert [q[0] for q in found] == ["一名美国政府高级官员", "一名美国政府高级官员"]


def test_a_credited_outlet_is_not_the_speaker():
    assert quotes_of("据韩联社报道，韩国总统尹锡悦11日对此表示，韩方将密切关注事态发展。") == [
        ("尹锡悦", "表示", "韩方将密切关注事态发展", "indirect")]


def test_a_short_name_defined_with_yixiacheng_refers_to_the_full_name():
    found = quotes_of("“东方和平研究中心”（以下称“中心”）在其网站发布消息称，双方共交换了三十名战俘。"
                      "据“中心”表示，交换过程十分顺利。")
    assert [q[0] for q in found] == ["东方和平研究中心", "东方和平研究中心"]


def test_gai_daibiaochu_refers_back_to_a_quoted_body():
    found = quotes_of("张伟表示，局势总体稳定。“北部边境联合观察中心代表处”12日宣布，过去一天发生了三次越界。"
                      "该代表处在网站发文写道：“每一次越界都已记录在案。”")
    assert found[-2:] == [("北部边境联合观察中心代表处", "宣布", "过去一天发生了三次越界", "indirect"),
                          ("北部边境联合观察中心代表处", "发文写道", "每一次越界都已记录在案。", "direct")]


def test_baodao_cheng_goes_back_to_the_outlet_credited_with_a_report():
    found = quotes_of("据ABC报道，黄英贤收到了中方的邀请。澳媒则认为，此举释放了积极信号。"
                      "报道称，这将是澳大利亚外长数年来首次访华。")
    assert [q[0] for q in found] == ["ABC", "澳媒", "ABC"]


def test_a_quotation_right_after_a_statement_continues_it_before_a_later_attribution():
    found = quotes_of("杨建民分析表示，新政府可能采取更加灵活的路线。“虽然执政党仍批评强权，但调门会降低。”"
                      "“智利将保持过去与美国的合作姿态。”周志伟认为，智利会更加注重独立。")
    assert [(q[0], q[2][:4]) for q in found] == [("杨建民", "新政府可"), ("杨建民", "虽然执政"),
                                                  ("周志伟", "智利将保"), ("周志伟", "智利会更")]


def test_a_quotation_after_a_short_object_is_what_was_said():
    assert quotes_of("奥巴马那时批评特朗普“鲁莽轻率”。") == [("奥巴马", "批评", "鲁莽轻率", "direct")]
    assert quotes_of("卢卡申科反过来威胁邻国“别越线”，让对方颇为难堪。") == [("卢卡申科", "威胁", "别越线", "direct")]


def test_weixie_with_a_bare_object_is_an_act_not_a_statement():
    assert quotes_of("日本并不威胁韩国，反而是韩国主动挑衅日本。") == []



def test_a_quoted_sentence_ends_the_reported_speech_before_a_new_attribution():
    found = quotes_of("多名学者15日对记者表示，美国此举意在试探各方反应，“动静闹得越大，关注的人越多。”"
                      "据此前法国外交部发布消息称，法德两国外长日前举行会谈，讨论中东局势。"
                      "“科隆纳部长对地区冲突可能扩大表示担忧。”")
    assert [(q[0], q[2]) for q in found] == [
        ("多名学者", "美国此举意在试探各方反应"), ("多名学者", "动静闹得越大，关注的人越多。"),
        ("法国外交部", "法德两国外长日前举行会谈，讨论中东局势"),
        ("法国外交部", "科隆纳部长对地区冲突可能扩大表示担忧。")]


def test_the_statement_issued_earlier_speaks_for_its_issuer_inside_a_credit_line():
    found = quotes_of("据路透社报道，英国首相办公室3日发表声明称，首相已经康复出院。"
                      "据报道，该声明提到，“首相感谢来自各地的支持。”")
    assert found[-1][1:] == ("提到", "首相感谢来自各地的支持。", "direct")
    assert found[-1][0] == found[0][0] != "路透社"  # the issuer of 发表声明称, not the outlet
