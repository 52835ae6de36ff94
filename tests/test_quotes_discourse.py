"""Who said what on text no rule was fitted to: general mechanisms of attribution (discourse
context, subjects and heads, official formats, what is no statement), each with short passages
written for the test."""
from __future__ import annotations

from test_quotes import quotes_of


def test_subjectless_clause_after_a_statement_goes_on_with_its_speaker():
    found = quotes_of("代表团在会上发言，指出边境问题属于内政，反对外部干涉，主张各方遵守国际法。")
    assert [(s, c) for s, c, _, _ in found] == [("代表团", "指出"), ("代表团", "主张")]


def test_report_of_an_outlet_leaves_a_subjectless_clause_to_the_issuers():
    found = quotes_of("据法新社报道，几国的代表周二发表一份联合声明，声称将联合开发一处气田。")
    assert ("法新社", "声称") not in [(s, c) for s, c, _, _ in found]


def test_time_clause_opened_by_zi_is_no_statement():
    assert quotes_of("自马克龙宣布访华之后，一些国家颇为不满。") == []


def test_outlet_credits_the_person_who_speaks_inside_its_report():
    found = quotes_of("新华社称，在周二的会谈中，李强也向德方提出，希望德方为中国企业提供公平的环境。")
    assert found == [("李强", "提出", "希望德方为中国企业提供公平的环境", "indirect")]


def test_head_after_a_relative_clause_is_the_speaker():
    found = quotes_of("昨天参加谈判的一名美国高级官员称，双方的分歧仍然很大。")
    assert found == [("一名美国高级官员", "称", "双方的分歧仍然很大", "indirect")]
    found = quotes_of("在议会中占多数的保守党表示，不能依赖外国能源。")
    assert found == [("保守党", "表示", "不能依赖外国能源", "indirect")]


def test_noun_phrase_object_of_the_cue_is_no_statement():
    assert quotes_of("国防部发言人强调美俄双方保持联络的价值。") == []
    assert quotes_of("专家强调和平、合作、共赢等理念。") == []


def test_document_named_by_a_demonstrative_speaks_for_its_issuing_body():
    found = quotes_of("美国国务院发布了一份新的战略。这份文件称，海上合作将继续扩大。")
    assert found == [("美国国务院", "文件称", "海上合作将继续扩大", "indirect")]


def test_cue_before_a_name_opening_with_zhong_is_a_statement():
    found = quotes_of("卢比奥称赞中国有可能发挥有益的作用。")
    assert found == [("卢比奥", "称赞", "中国有可能发挥有益的作用", "indirect")]
    assert quotes_of("王毅在声明中表示，双方应加强合作。")[0][0] == "王毅"


def test_words_holding_a_cue_character_are_no_cues():
    assert quotes_of("两人都是矮小的后卫，不以防守著称，只能担任替补。") == []
    assert quotes_of("乘坐电梯时避免说话，回家后先洗手。") == []


def test_rhetorical_question_and_the_writers_own_view_are_no_statements():
    assert quotes_of("他们此前不是还宣称这种导弹有质量问题吗？") == []
    found = quotes_of("王明说，他讲课不好。但是笔者却认为，这是一种谦虚的说法。")
    assert found == [("王明", "说", "他讲课不好", "indirect")]


def test_some_of_a_group_introduced_by_you_are_the_speakers():
    found = quotes_of("记者采访了多位经销商，有黄牛表示，这款手机太贵了；还有黄牛说，不会去抢购。")
    assert [(s, c) for s, c, _, _ in found] == [("黄牛", "表示"), ("黄牛", "说")]


def test_writer_hedges_and_back_references_are_no_statements():
    assert quotes_of("前文提到，今年的销量大幅下降。") == []
    assert quotes_of("球队的状态起伏不定，只能说现在的阵容还需要磨合。") == []


def test_agent_after_bei_is_the_person_a_later_pronoun_means():
    found = quotes_of("张明说，成都发展很快。这一项目被建设部总经济师李华点赞。他认为，城市更新是成功的。")
    assert [s for s, _, _, _ in found] == ["张明", "李华"]


def test_document_named_by_a_demonstrative_with_no_issuer_speaks_itself():
    found = quotes_of("网上流传着一张截图，该行政处罚决定书称，这家餐馆被责令停业整顿。")
    assert found == [("该行政处罚决定书", "称", "这家餐馆被责令停业整顿", "indirect")]


def test_title_and_let_alone_hold_no_cue():
    assert quotes_of("球队目前只排第九，照这个成绩别说夺冠，连保级都悬。") == []
    assert quotes_of("《工程系列专业职称评价标准》已经印发。") == []


def test_source_noun_before_a_verb_and_a_name_is_the_speaker():
    found = quotes_of("网友批评王明提示的内容，称他是一个很正直的人。")
    assert found == [("网友", "称", "他是一个很正直的人", "indirect")]
    found = quotes_of("美国官员在会见王毅后表示，双方会继续对话。")
    assert found[0][0] == "美国官员"
    assert quotes_of("外交部副部长马朝旭表示，双方会继续对话。")[0][0] == "马朝旭"


def test_body_not_its_channel_and_people_not_the_remark_that_moved_them():
    found = quotes_of("南方理工学院15日通过官方微信公众号发布通知称，校园将暂停对外开放。")
    assert found[0][:2] == ("南方理工学院", "发布通知称")
    found = quotes_of("这番言论随即引来众多网友不满，纷纷留言：“这话谁会信？”")
    assert found == [("众多网友", "留言", "这话谁会信？", "direct")]


def test_plural_pronoun_refers_back_to_a_group_opening_a_sentence():
    found = quotes_of("乌克兰官员们12日抵达华盛顿。王明表示欢迎。他们表示，希望获得更多援助。")
    assert found == [("乌克兰官员们", "表示", "希望获得更多援助", "indirect")]


def test_official_formats_tongbao_and_learned_from():
    found = quotes_of("中国海警局网站通报，海警船依法驱离了菲律宾船只。")
    assert found == [("中国海警局网站", "通报", "海警船依法驱离了菲律宾船只", "indirect")]
    found = quotes_of("记者从国家卫健委获悉，全国新增病例继续下降。")
    assert found == [("国家卫健委", "获悉", "全国新增病例继续下降", "indirect")]
    assert quotes_of("记者获悉，全国新增病例继续下降。") == []


def test_each_titled_person_of_a_joint_subject_speaks():
    found = quotes_of("美国防长奥斯汀和英国防长华莱士都认为，乌克兰需要更多防空系统。")
    assert [s for s, _, _, _ in found] == ["奥斯汀", "华莱士"]


def test_quoted_name_inside_reported_speech_does_not_hold_back_its_quoted_tail():
    found = quotes_of("多名专家27日对记者表示，俄方此举意在增强其看法的“能见度”，“平台越多，声音传得越远。”")
    assert found == [("多名专家", "表示", "俄方此举意在增强其看法的“能见度”", "indirect"),
                     ("多名专家", "表示", "平台越多，声音传得越远。", "direct")]


def test_title_before_a_compound_noun_names_nobody():
    found = quotes_of("美国一位高级官员在吹风会上表示，9日的会晤是应美方要求安排的。")
    assert found == [("美国一位高级官员", "表示", "9日的会晤是应美方要求安排的", "indirect")]


def test_a_piece_of_writing_speaks_for_its_outlet():
    found = quotes_of("据Politico报道，美国外交遇到困难。这篇文章认为，巴拿马是一个例子。Politico的文章称，美国大使职位空缺了很久。")
    assert [s for s, _, _, _ in found] == ["Politico", "Politico", "Politico"]
    found = quotes_of("美联社的报道开篇便试图为这一做法辩护。王明说，局势很紧张。文章后半部分也特意提到，“演习是事先周密安排的。”")
    assert found[-1][:2] == ("美联社", "提到")


def test_a_view_the_statement_says_was_caused_stays_in_it():
    found = quotes_of("据Politico报道，英国的外交陷入僵局。文章认为，这进一步使得智利方面认为英国根本不重视自己。")
    assert found[-1] == ("Politico", "认为", "这进一步使得智利方面认为英国根本不重视自己", "indirect")


def test_list_before_deng_sources_behind_a_frame_and_unnamed_reports():
    found = quotes_of("“战争研究所”等西方智库将此视为重大转变，认为春季攻势可能提前到来。")
    assert found == [("战争研究所", "认为", "春季攻势可能提前到来", "indirect")]
    found = quotes_of("不过眼下根据各方消息来源证实，参加行动的正是这型舰艇。")
    assert found == [("各方消息来源", "证实", "参加行动的正是这型舰艇", "indirect")]
    found = quotes_of("之前就有报道称，该国军队的兵力严重不足。")
    assert found == [("报道", "报道称", "该国军队的兵力严重不足", "indirect")]


def test_the_reporters_own_findings_are_no_statements():
    assert quotes_of("《新京报》记者注意到，这家工厂去年曾三次被环保部门约谈。") == []
    assert quotes_of("1月2日晚，本报记者来到岛上，获悉工程已经停工很久。") == []
    assert quotes_of("王明对《环球时报》记者表示，工程已经停工很久。")[0][:2] == ("王明", "表示")


def test_a_reported_question_stays_a_statement_of_its_speaker():
    found = quotes_of("陈先生也觉得说不通，他说，如果早就坏了，怎么会等到开封后才闻到异味呢？")
    assert found[0][:2] == ("陈先生", "说")


def test_a_clause_ending_in_a_noun_is_still_a_statement():
    found = quotes_of("黄安在微博公开道歉，表示消息来自一位资深的同行。")
    assert found == [("黄安", "表示", "消息来自一位资深的同行", "indirect")]


def test_the_writer_in_the_first_person_is_no_source_but_our_officials_are():
    assert quotes_of("我看各大媒体都报道了，有人担心，有人期待。") == []
    assert quotes_of("我外长王毅对此表示，中方有理由作出反应。")[0][:2] == ("王毅", "表示")


def test_the_one_interviewed_and_an_untagged_outlet_speak():
    found = quotes_of("一名31岁男子在接受《朝日新闻》采访时说：“我们更像室友。”")
    assert found == [("一名31岁男子", "说", "我们更像室友。", "direct")]
    found = quotes_of("法国星期天报说，马克龙的访问是在与欧洲伙伴协调后进行的。")
    assert found[0][:2] == ("法国星期天报", "说")


def test_subject_after_yinwei_is_the_speaker():
    found = quotes_of("普京提出北约必须放弃东扩，因为莫斯科认为这会威胁俄罗斯的安全。")
    assert found == [("莫斯科", "认为", "这会威胁俄罗斯的安全", "indirect")]


def test_words_inside_a_title_are_no_cues():
    assert quotes_of("这款车最近被美国《消费者报告》评为最可靠的汽车。") == []
    assert quotes_of("随着媒体对这一问题的持续报道和曝光，多数企业着手整改。") == []


def test_demonstratives_resolve_by_kind_not_to_the_last_person():
    found = quotes_of("王明说，局势很紧张。该产品的资料上说，这是一项国际领先的技术。")
    assert found[-1][0] == "该产品的资料上"
    found = quotes_of("巴拿马拒绝了美方的要求。该国认为，这是主权问题。")
    assert found == [("巴拿马", "认为", "这是主权问题", "indirect")]


def test_roles_the_lexicon_lacks_and_heads_after_a_clause():
    assert quotes_of("置业顾问透露，二期房源预计明年三月开盘。")[0][:2] == ("置业顾问", "透露")
    found = quotes_of("一支来自法国和埃及的联合考古队宣布，他们发现了一座古墓。")
    assert found[0][:2] == ("联合考古队", "宣布")
    assert quotes_of("但我们认为，这项改动不太成功。") == []


def test_asides_in_parentheses_and_display_with_no_source_are_no_statements():
    assert quotes_of("这座城市有三条河：一条叫清水河（又称东河），学校就在河边。") == []
    assert quotes_of("他们以种种夸张的姿态显示自己的革命精神。") == []
    assert quotes_of("统计显示，今年的出口增长了百分之五。")[0][0] == "统计"


def test_gai_inside_yinggai_is_no_demonstrative():
    assert quotes_of("我印象最深的应该是这句口号：“红色代表进攻，蓝色代表防守。”") == []
