"""Round 23: speakers of long compiled reports (blind battery qG): the one spoken to is no speaker, a
protest lodged before the cue, a 的-clause that opens on its preposition, a body's untyped name after its
state, 该机构, 后者 in one sentence, a body's name in quotation marks, 时间 that is no 时, a counted title.
Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of, quote_triples as _quotes, record_of


def test_the_one_spoken_to_after_a_quoted_place_or_a_hearing_is_no_speaker():
    # “政府专机”上对记者说: 记者 after 对 is told, not a role speaking; nor 议员们 after a 的-clause's 对
    assert _quotes("石破茂在返回东京的“政府专机”上对记者说，谈判仍很艰难。") == [("石破茂", "说", "谈判仍很艰难")]
    assert _quotes("贝森特在参议院财政委员会的听证会上对议员们表示，谈判取得进展。") == [
        ("贝森特", "表示", "谈判取得进展")]
    # 反对者 and 一名记者 still speak: the 对 of 反对 addresses no one
    assert _quotes("反对者表示，这项法案不公平。") == [("反对者", "表示", "这项法案不公平")]
    assert _quotes("一名记者说，现场很混乱。") == [("一名记者", "说", "现场很混乱")]


def test_a_protest_lodged_before_the_cue_carries_the_statement():
    assert _quotes("中方提出严正交涉，批评美方无理撤销签证。") == [("中方", "批评", "美方无理撤销签证")]
    assert _quotes("外交部表示强烈不满，指责日方歪曲事实。") == [("外交部", "指责", "日方歪曲事实")]


def test_a_pronoun_refers_to_the_head_after_a_de_clause_opening_on_its_preposition():
    # 一度与普京关系密切的梅德韦杰夫: 普京 is inside the description; the head is the new paragraph's subject
    body = "普京说：“谈判大门是敞开的。”\n\n一度与普京关系密切的梅德韦杰夫则批评这一决定。他随后发文称，西方不会罢手。"
    assert ("梅德韦杰夫", "发文称", "西方不会罢手") in _quotes(body)
    # the one who opens the clause stays its subject
    assert ("拜登", "说", "民主面临威胁") in _quotes("拜登在演讲中抨击特朗普。他说，民主面临威胁。")


def test_a_body_that_writes_to_an_administration_speaks_not_its_leader():
    assert _quotes("欧洲汽车制造商协会此前致函欧盟委员会警告称，工厂可能停产。") == [
        ("欧洲汽车制造商协会", "警告称", "工厂可能停产")]
    # 特朗普 known as a person from the sentence before: 特朗普政府 after 致信 is still the one written to
    assert ("美国零售商联合会", "警告称", "物价可能上涨") in _quotes(
        "特朗普说，关税不会取消。美国零售商联合会此前致信特朗普政府警告称，物价可能上涨。")


def test_a_bodys_untyped_name_after_its_state_and_the_agency_that_refers_back_to_it():
    body = "克里姆林宫表示，交换已经完成。乌克兰战俘待遇协调总部在一份声明中说，伤员已送往医院。该机构同时承认，交换并不顺利。"
    assert _quotes(body) == [("克里姆林宫", "表示", "交换已经完成"),
                             ("乌克兰战俘待遇协调总部", "在一份声明中说", "伤员已送往医院"),
                             ("乌克兰战俘待遇协调总部", "承认", "交换并不顺利")]
    # a title after the state is the person's, not a body's name
    assert _quotes("乌克兰总统说，交换分多个阶段进行。") == [("乌克兰总统", "说", "交换分多个阶段进行")]


def test_the_latter_of_two_people_in_one_sentence():
    assert _quotes("拜登曾在竞选集会上公开点名批评参议员曼钦，后者随即宣布退出民主党。") == [
        ("曼钦", "宣布", "退出民主党")]


def test_a_bodys_name_in_quotation_marks_opens_its_clause_before_an_occasion():
    assert _quotes("“全球卫生观察组织”在一份报告中呼吁各国“加大投入”。") == [
        ("全球卫生观察组织", "呼吁", "各国“加大投入”")]
    # 浪费时间 in what is said makes no 在…时 frame of the cue
    assert _quotes("莫迪在讲话中呼吁各方不要再浪费时间。") == [("莫迪", "呼吁", "各方不要再浪费时间")]
    assert _quotes("王毅在会见布林肯时表示，中方反对。") == [("王毅", "表示", "中方反对")]


def test_a_counted_spokesperson_is_a_new_source_not_the_one_named_before():
    body = "总统府发言人金明浩表示，会议已经结束。最大反对党一名发言人在声明中说，政府应当道歉。"
    assert _quotes(body) == [("金明浩", "表示", "会议已经结束"),
                             ("最大反对党一名发言人", "在声明中说", "政府应当道歉")]


def test_a_speech_verb_made_into_a_noun_opens_no_statement():
    # 把中国描绘成威胁: 威胁 is what China is made out to be; the statement before runs on over it
    assert _quotes("胡钢锋对媒体说，美方的演讲“充满对抗色彩”，把中国描绘成威胁，目的是制造借口。") == [
        ("胡钢锋", "说", "美方的演讲“充满对抗色彩”，把中国描绘成威胁，目的是制造借口")]
    assert _quotes("美方一再把中国视为威胁。") == []


def test_an_outlet_told_with_its_alias_in_brackets():
    assert _quotes("贝森特告诉美国有线电视新闻网（CNN），会谈进展良好。") == [("贝森特", "告诉", "会谈进展良好")]


def test_a_passive_fused_with_its_verb_names_no_agent():
    # 在被捕前: 被捕 has no agent, the one who opens the clause speaks
    assert _quotes("伊马姆奥卢在被捕前通过社交媒体发文称：“我不会屈服。”") == [("伊马姆奥卢", "发文称", "我不会屈服。")]
    assert _quotes("他被西方媒体讥笑为“软弱”。") == [("西方媒体", "讥笑为", "软弱")]


def test_a_manner_in_quotation_marks_between_speaker_and_cue():
    assert _quotes("普京“非常强烈地”表示，俄罗斯将不得不作出回应。") == [("普京", "表示", "俄罗斯将不得不作出回应")]


def test_its_officer_is_an_unnamed_source_of_its_own():
    body = "世界粮食计划署已经向塔维拉运送了一批粮食，但其苏丹项目负责人表示，物资只够维持几周。"
    assert _quotes(body) == [("其苏丹项目负责人", "表示", "物资只够维持几周")]


def test_warnings_ignored_are_no_cue_and_the_quotation_after_goes_on_with_the_speaker():
    body = "甘羽说，菲方船只无视中方多次警告，故意制造冲突。“我们正告菲方立即停止挑衅。”"
    assert _quotes(body) == [("甘羽", "说", "菲方船只无视中方多次警告，故意制造冲突"),
                             ("甘羽", "说", "我们正告菲方立即停止挑衅。")]


def test_a_meeting_called_off_is_no_meeting():
    assert not any(e[0] == "CONSULT" for e in events_of("原定在布达佩斯举行的美俄元首会晤已被取消。"))
    assert not any(e[0] == "CONSULT" for e in events_of("拜登对日本的访问被迫推迟。"))
    assert ("CONSULT", "USA", "RUS") in events_of("美俄元首在布达佩斯举行会晤。")


def test_a_welcome_of_others_talks_leaves_the_talks_to_them():
    found = events_of("马方乐见中美双方在吉隆坡举行磋商。")
    assert ("CONSULT", "CHN", "USA") in found and ("SUPPORT", "MYS", "CHN") in found
    assert not any(e[0] == "CONSULT" and e[1] == "MYS" for e in found)


def test_a_list_named_in_quotation_marks_still_reads_as_the_measure():
    assert ("SANCTION", "USA", "CHN") in events_of("美国商务部将23家中国实体列入“实体清单”。")


def test_places_listed_after_zai_are_where_the_talks_were_held():
    found = events_of("中美双方先后在瑞士日内瓦、英国伦敦、瑞典斯德哥尔摩和西班牙马德里举行会谈。")
    assert found == [("CONSULT", "CHN", "USA")]
    assert ("CONSULT", "CHN", "RUS") in events_of("王毅在北京和俄罗斯外长拉夫罗夫举行会谈。")


def test_an_act_told_inside_the_object_of_a_reaction_is_done_by_the_party_after_dui():
    assert ("ASSAULT", "UKR", "RUS") in events_of("俄方的打击是对乌方此前袭击俄军机场的“回应”。")
    assert ("ASSAULT", "RUS", "UKR") not in events_of("俄方的打击是对乌方此前袭击俄军机场的“回应”。")
    assert ("ASSAULT", "ISR", "IRN") in events_of("以色列对伊朗发动空袭。")


def test_a_person_named_by_another_states_office_acts_for_that_state():
    # 约翰逊 alone is Boris Johnson to the knowledge base; 美国众议院议长 names the American
    assert ("REQUEST", "USA", "GBR") in events_of("美国众议院议长约翰逊在一份声明中呼吁英国政府加大投入。")
    assert ("CONSULT", "USA", "GBR") in events_of("美国国务卿布林肯会见英国外交大臣克莱弗利。")


def test_this_decision_is_each_deciders_after_a_sentence_that_only_explains_it():
    body = ("据外媒报道，英国、法国和德国28日致函安理会，启动对伊朗的制裁机制。根据这一机制，如果安理会不通过决议，"
            "联合国对伊朗的制裁将自动恢复。伊朗随即强烈谴责这一决定。")
    found = events_of(body)
    assert {("ACCUSE", "IRN", c) for c in ("GBR", "FRA", "DEU")} <= set(found)
    assert ("ACCUSE", "IRN", "UN") not in found
    assert ("ACCUSE", "JPN", "PRK") in events_of("朝鲜发射了导弹。日本对此提出抗议。")


def test_a_quotation_after_reported_words_is_the_reporters_not_a_cue_inside_them():
    body = "苏浩表示，美方一边高喊竞争，一边又希望保持沟通。“中美两国合则两利，这个道理迟早会被明白。”"
    assert _quotes(body)[-1] == ("苏浩", "表示", "中美两国合则两利，这个道理迟早会被明白。")
    # a whole attribution that opens the words (专家认为，…) still speaks on
    assert _quotes("报道强调，专家认为，经济正在复苏。“这是一个好兆头。”")[-1] == ("专家", "认为", "这是一个好兆头。")


def test_the_one_cited_with_his_analysis_speaks():
    assert _quotes("《联合早报》援引学者分析称，中国将推进经济复苏。") == [("学者", "分析称", "中国将推进经济复苏")]
    assert _quotes("《联合早报》援引最新分析称，中国将推进经济复苏。") == [("联合早报", "分析称", "中国将推进经济复苏")]


def test_an_aide_is_an_unnamed_source_and_this_aide_refers_back_to_him():
    body = "一名共和党众议院助手透露，共和党人已经准备好了材料。这名助手还称，调查的目标是让选民看清真相。"
    assert _quotes(body) == [("一名共和党众议院助手", "透露", "共和党人已经准备好了材料"),
                             ("一名共和党众议院助手", "还称", "调查的目标是让选民看清真相")]
    assert _quotes("美国助理国务卿表示，双方将继续沟通。") == [("美国助理国务卿", "表示", "双方将继续沟通")]


def test_a_title_of_another_body_is_another_source():
    body = "白宫国家安全委员会战略沟通协调员柯比称，巴西“完全不看事实”。美国国务院发言人也表示，美方“深感不安”。"
    assert _quotes(body)[-1] == ("美国国务院发言人", "表示", "美方“深感不安”")
    assert _quotes("外交部发言人毛宁表示，中方坚决反对。外交部发言人还表示，美方应停止挑衅。")[-1] == (
        "毛宁", "表示", "美方应停止挑衅")


def test_the_day_of_an_announcement_dates_what_follows():
    assert _quotes("特朗普宣布参选当晚，连一向支持他的报纸都只简单报道了这件事。") == []
    assert _quotes("特朗普宣布，当天将举行集会。") == [("特朗普", "宣布", "当天将举行集会")]


def test_as_someone_pointed_out_frames_what_follows_as_said():
    assert _quotes("正如王毅指出的，中澳关系来之不易。") == [("王毅", "指出", "中澳关系来之不易")]
    assert _quotes("这是王毅指出的，也是事实。") == []


def test_a_lament_is_a_statement():
    assert _quotes("《华尔街日报》曾撰文哀叹，美国的影响力正在下降。") == [("华尔街日报", "哀叹", "美国的影响力正在下降")]


def _sources(body: str) -> list[str]:
    return record_of(body)["sources"]


def test_no_outlet_is_made_of_a_person_or_of_social_media():
    assert _sources("据特朗普事后在社交媒体上透露，普京表示，俄罗斯将作出回应。") == []
    assert _sources("据美国政治新闻网报道，一名众议院共和党助手向该网站透露，材料已经准备好。") == ["美国政治新闻网"]
    assert _sources("据新华社报道，双方举行会谈。") == ["新华社"]


def test_an_outlet_told_with_its_alias_in_brackets_is_credited():
    assert _sources("贝森特告诉美国消费者新闻与商业频道（CNBC），会谈进展良好。") == ["美国消费者新闻与商业频道"]


def test_the_writers_pen_name_from_the_byline_is_his_own_voice():
    body = "海叔说天下 2022-11-06 09:15\n海叔注意到，出发前两天，朔尔茨发表了一篇署名文章。文章称，中国仍然是德国重要的贸易伙伴。"
    record = record_of(body)
    assert record["author"] == "海叔说天下"
    assert [(q["speaker"], q["cue"]) for q in record["quotes"]] == [("朔尔茨", "称")]


def test_an_unnamed_source_and_a_cited_rank_speak_not_the_outlet():
    assert _quotes("《纽约时报》援引一名未具名乌克兰高级官员的话报道称，乌克兰参与策划了这次行动。") == [
        ("一名未具名乌克兰高级官员", "报道称", "乌克兰参与策划了这次行动")]
    assert _quotes("《观点报》援引一名退役上校的话说，河左岸地形有利于防守。") == [
        ("一名退役上校", "说", "河左岸地形有利于防守")]


def test_a_bodys_name_in_quotation_marks_after_its_kind_speaks():
    assert _quotes("美国智库“战争研究所”则评估认为，俄军撤退相对有序。") == [("战争研究所", "认为", "俄军撤退相对有序")]


def test_a_time_alone_or_staff_credits_say_nothing():
    assert _quotes("据阿纳多卢通讯社报道，当地时间2023年5月28日晚，选举委员会主席耶内尔宣布，埃尔多安获胜。") == [
        ("耶内尔", "宣布", "埃尔多安获胜")]
    assert _quotes("据新华社报道，5月28日，双方举行会谈。") == [("新华社", "报道", "5月28日，双方举行会谈")]
    assert _quotes("外交部表示，局势稳定。红星新闻记者 刘晨 综合报道 编辑 郭宇 责编 任志明") == [("外交部", "表示", "局势稳定")]


def test_strong_regret_at_another_is_an_accusation():
    assert ("ACCUSE", "KOR", "CHN") in events_of("韩国外交部对中方的表态表示强烈遗憾。")


def test_the_publishers_dateline_report_is_no_quote():
    assert _quotes("中新网11月15日电 综合报道，当地时间14日下午，习近平同拜登举行会晤。") == []
    assert _quotes("据路透社报道，双方举行会谈。") == [("路透社", "报道", "双方举行会谈")]


def test_a_familiar_form_of_the_bylines_name_is_the_writer():
    assert record_of("铁血观察室 2025-06-06 19:40\n在铁血君看来，这次行动证明了无人机的价值。")["quotes"] == []
    assert record_of("芯事观察 2025-09-16 10:05\n老芯认为，这一连串动作的意思很清楚。")["quotes"] == []
    # another familiar name is someone the writer quotes
    assert [q["speaker"] for q in record_of("芯事观察 2025-09-16 10:05\n老王认为，这一连串动作的意思很清楚。")["quotes"]] == ["老王"]


def test_a_quotation_closing_a_sentence_with_no_cue_goes_on_with_the_speaker_before():
    body = ("海警局发言人甘羽16日表示，菲方多艘公务船闯入相关海域。海警依法对菲船采取了必要管控措施，"
            "“现场操作专业规范、正当合法”。")
    assert _quotes(body)[-1] == ("甘羽", "表示", "现场操作专业规范、正当合法")


def test_a_withdrawal_from_a_place_is_by_the_sentences_subject():
    assert ("RETREAT", "USA", "SDN") in events_of("美国军方22日出动特种部队，从苏丹撤离了美国驻苏丹使馆人员。")
    assert ("RETREAT", "RUS", "UKR") in events_of("俄军从赫尔松撤出。")


def test_a_supply_stopped_through_a_named_route_is_withheld_not_given():
    found = events_of("俄方还宣布暂停经“友谊”管道向波兰输送石油。")
    assert ("SANCTION", "RUS", "POL") in found and ("AID", "RUS", "POL") not in found
    assert ("AID", "USA", "UKR") in events_of("美国向乌克兰输送武器。")
    # a strike halted on someone is still a de-escalation
    assert ("RETREAT", "USA", "YEM") in events_of("美国将停止对也门胡塞武装的轰炸。")


def test_he_who_calls_two_leaders_asks_them_not_the_other_way_round():
    body = ("乌克兰总统泽连斯基发文称，俄罗斯正试图毁灭乌克兰。他当天分别与法国总统马克龙、德国总理朔尔茨通电话，"
            "并要求两国尽快向乌方提供更多防空系统。")
    found = events_of(body)
    assert ("REQUEST", "UKR", "FRA") in found and ("REQUEST", "UKR", "DEU") in found
    assert ("REQUEST", "FRA", "UKR") not in found


def test_a_government_body_named_after_its_state_acts_for_it():
    assert ("SANCTION", "CHN", "JPN") in events_of("中国海关总署宣布，暂停进口原产地为日本的水产品。")
    assert events_of("国际刑警组织表示，拒绝台湾参会。") == []  # a body of no state still does nothing for one


def test_an_occasion_named_in_quotation_marks_is_no_act():
    found = events_of("伊朗安全部门在“骚乱”中逮捕了来自德国、法国的9名外国公民。")
    assert ("COERCE", "IRN", "DEU") in found and not any(e[0] == "PROTEST" for e in found)


def test_a_bare_title_goes_on_with_the_unnamed_holder_just_heard():
    body = "外交部发言人毛宁表示，中方坚决反对。中国商务部新闻发言人22日表示，日方此举是滥用。发言人还表示，中方已表达关切。"
    assert _quotes(body)[-1] == ("中国商务部新闻发言人", "表示", "中方已表达关切")
    assert _quotes("外交部发言人毛宁表示，中方坚决反对。发言人还表示，美方应停止挑衅。")[-1] == ("毛宁", "表示", "美方应停止挑衅")


def test_a_name_after_its_title_is_no_run_of_state_abbreviations():
    found = events_of("尼日尔军政府下令驱逐法国驻尼日尔大使伊泰，限其48小时内离境，但法国政府拒绝执行。")
    assert ("REJECT", "FRA", "NER") in found
    assert not any("IRN" in e or "THA" in e for e in found)  # 伊泰 is the ambassador, not 伊 and 泰
