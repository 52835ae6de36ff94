"""Round 21: statements issued and then told (发表声明，……), and person names the tagger cut at a character
that is also a function word (和, 则). Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of, quote_triples as _quotes, record_of as _analysed


def test_a_statement_issued_then_a_comma_tells_what_it_says():
    assert _quotes("某国总统李华发表声明，祝贺王明在选举中获胜。") == [("李华", "发表声明", "祝贺王明在选举中获胜")]
    assert _quotes("俄罗斯外交部当天发表声明，对美国的决定表示遗憾。") == [
        ("俄罗斯外交部", "发表声明", "对美国的决定表示遗憾")]
    # a cue of what the words were about (谴责X) leaves the statement the cue
    assert _quotes("伊朗外交部发表声明，谴责以色列对大马士革的袭击。")[0][:2] == ("伊朗外交部", "发表声明")
    # the act told stays an act of the issuer
    assert ("ACCUSE", "IRN", "ISR") in events_of("伊朗外交部发表声明，谴责以色列对大马士革的袭击。")


def test_a_statement_issued_keeps_the_cue_of_the_words_after_it_and_names_no_second_act():
    # 发表讲话，指责……: the accusing cue takes its own words; 发表声明称 is one cue
    assert _quotes("李华当天发表讲话，指责某国破坏和平。") == [("李华", "指责", "某国破坏和平")]
    assert [q[1] for q in _quotes("李华发表声明称，政府不会让步。")] == ["发表声明称"]
    # 还/并 opens a second act of the issuer, not the statement's words
    assert _quotes("某国海警发表了一个简短声明，还附上了两张照片。") == []
    # a statement given in a time clause or a relative clause is no statement made here
    assert _quotes("他在发表讲话时，提到了这个问题。") == []


def test_a_joint_statement_issued_is_both_a_quote_and_an_agreement():
    record = _analysed("厄瓜多尔总统访华，中厄发表联合声明，同意推动渔业领域合作。")
    assert [(q["speaker"], q["cue"]) for q in record["quotes"]] == [("中厄", "发表联合声明")]
    assert ("AGREE", "CHN", "ECU") in [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_a_known_name_with_an_adverb_glued_to_its_last_sound_is_the_name():
    assert _quotes("以色列总理内塔尼亚胡则表示，以色列不会停火。")[0][0] == "内塔尼亚胡"
    assert _quotes("以色列总理内塔尼亚胡也表示，以色列不会停火。")[0][0] == "内塔尼亚胡"


def test_he_between_a_name_and_a_verb_ends_the_name():
    assert _quotes("日本经团联会长十仓雅和表示，企业需要稳定的环境。他说，日本将继续投资。") == [
        ("十仓雅和", "表示", "企业需要稳定的环境"), ("十仓雅和", "说", "日本将继续投资")]
    # between two names 和 is the conjunction, and before a noun the cue word is a noun
    assert [q[0] for q in _quotes("李明和王芳表示，他们支持这一计划。")] == ["李明", "王芳"]
    assert _quotes("两国的理念和表示都不同。") == []


def test_another_holder_of_a_title_is_a_new_source():
    speakers = [q[0] for q in _quotes("美国国务院发言人米勒表示，美方欢迎这一决定。国务院另一名发言人表示，美方将继续观察。")]
    assert speakers == ["米勒", "国务院另一名发言人"]
    # the title alone, or with 这位, still names the one who held it
    speakers = [q[0] for q in _quotes("美国国务院发言人米勒表示，美方欢迎这一决定。这位发言人还表示，美方将继续观察。")]
    assert speakers == ["米勒", "米勒"]


def test_the_outlet_that_interviews_a_pronoun_is_not_the_speaker():
    quotes = _quotes("巴西总统卢拉9日会见了记者。他在接受《民族报》专访时称，巴西不会参加这一联盟。")
    assert quotes == [("卢拉", "称", "巴西不会参加这一联盟")]
    assert "民族报" not in [q[0] for q in _quotes("他在接受《民族报》专访时称，巴西不会参加这一联盟。")]


def test_a_counted_holder_described_by_a_place_is_the_whole_phrase():
    assert _quotes("一名欧洲国家的财长表示，欧盟需要更多资金。")[0][0] == "一名欧洲国家的财长"
    assert _quotes("一名欧洲国家的官员表示，欧盟需要更多资金。")[0][0] == "一名欧洲国家的官员"
    assert _quotes("一名美国官员9日表示，谈判没有进展。")[0][0] == "一名美国官员"


def test_the_last_character_of_a_ministers_title_read_into_the_name_after_it():
    # 外长|沙阿, not the city 长沙; the adverb 都 before the cue is no part of the name
    speakers = [q[0] for q in _quotes("印度外长辛格与巴基斯坦外长沙阿都强调，双方应保持克制。")]
    assert speakers == ["辛格", "沙阿"]
    names = [e["name"] for e in _analysed("湖南省长沙市市长表示，长沙将继续发展。")["entities"]]
    assert "长沙" in names


def test_a_joint_act_with_words_between_its_verb_and_its_noun():
    # 与X达成停火协议 / 交换了各自的N名战俘 / 共享了…情报 / 举行第N轮…对话: the lexicon's verb-object rows apart
    assert ("AGREE", "ISR", "LBN") in events_of("以色列与黎巴嫩26日达成停火协议。")
    assert {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")} <= set(events_of("俄罗斯和乌克兰19日交换了各自的246名战俘。"))
    assert ("COOPERATE", "USA", "GBR") in events_of("美国与英国共享了有关俄罗斯军队调动的情报。")
    assert ("CONSULT", "CHN", "PAK") in events_of("中国与巴基斯坦5日在北京举行第五轮外交部长战略对话。")


def test_an_act_spoken_of_for_its_prospect_is_no_act():
    assert events_of("俄罗斯官员对与乌克兰达成停火协议的可行性表示怀疑。") == []
    assert ("AGREE", "CHN", "RUS") in events_of("中俄签署的协议已经生效。")


def test_hit_drills_and_acts_ended_or_completed():
    assert events_of("基辅一处儿童医院被俄罗斯导弹击中。") == [("ASSAULT", "RUS", "UKR")]
    assert ("CONSULT", "PHL", "JPN") in events_of("菲律宾总统马科斯结束对日本的访问后返回马尼拉。")
    assert ("RETREAT", "FRA", "TCD") in events_of("法国完成了从乍得的撤军。")
    # a capability is no attack
    assert events_of("该部队具备可以击中舰船的远程火力能力。") == []


def test_a_state_barred_in_the_passive_and_a_state_recognised():
    assert events_of("两名俄罗斯驻美外交官被美方宣布为“不受欢迎的人”。") == [("SANCTION", "USA", "RUS")]
    assert _quotes("两名俄罗斯驻美外交官被美方宣布为“不受欢迎的人”。") == []
    assert set(events_of("西班牙和挪威承认巴勒斯坦国。")) == {("SUPPORT", "ESP", "PSE"), ("SUPPORT", "NOR", "PSE")}
    assert ("SUPPORT", "RUS", "AFG") in events_of("俄罗斯正式承认了阿富汗塔利班政府。")
    # admitting a fault is a statement, recognising a state is not
    assert events_of("他承认美国政府犯了错误。") == []
    assert _quotes("阿巴斯感谢法国承认巴勒斯坦国。") == []
    assert _quotes("李华承认，美国的政策失败了。") == [("李华", "承认", "美国的政策失败了")]


def test_a_foreign_reporter_is_a_source_and_the_publishers_own_is_a_byline():
    assert _quotes("墨西哥记者卡门·阿里斯特吉报道说，墨西哥政府计划加征关税。")[0][0] == "卡门·阿里斯特吉"
    assert _quotes("本报驻墨西哥记者王伟报道，墨西哥政府计划加征关税。") == []


def test_a_leader_named_after_the_body_he_leads():
    assert _quotes("尼日尔军政府领导人奇亚尼周三在讲话中说，尼日尔将收回采矿许可证。")[0][0] == "奇亚尼"
    assert _quotes("两国领导人表示，双方将加强合作。")[0][0] == "两国领导人"


def test_an_outlet_described_then_named_in_latin_letters():
    assert "Axios" in _quotes("美国政治新闻网站Axios报道称，特朗普政府正在考虑新的制裁。")[0][0]


def test_a_document_named_again_speaks_for_the_one_who_spoke_in_it():
    speakers = [q[0] for q in _quotes("美国国务院在一份声明中说，美方支持停火。声明还说，美方将提供援助。")]
    assert speakers == ["美国国务院", "美国国务院"]
    speakers = [q[0] for q in _quotes("一名熟悉内情的沙特官员透露，利雅得正在考虑增产。该人士说，最终决定将在下月作出。")]
    assert speakers == ["一名熟悉内情的沙特官员", "一名熟悉内情的沙特官员"]


def test_an_attribution_closing_the_sentence_may_say_where_it_was_said():
    assert _quotes("两位领导人同意加强在北极安全领域的合作，唐宁街在一份声明中说。") == [
        ("唐宁街", "在一份声明中说", "两位领导人同意加强在北极安全领域的合作")]


def test_they_after_a_sentence_opened_by_a_group_of_people():
    quotes = _quotes("巴西前总统博索纳罗的律师周三向最高法院提交了上诉。他们认为，对博索纳罗的审判存在程序问题。")
    assert quotes[0][0] == "巴西前总统博索纳罗的律师"
    # a leader named after his title is one person, no group for 他们
    assert _quotes("朝鲜领导人金正恩视察了工厂。他们表示，生产进展顺利。") == []


def test_the_host_who_meets_a_visitor_speaks_not_the_visitor():
    assert _quotes("习近平在会见来访的法国总统马克龙时指出，中法应加强合作。")[0][0] == "习近平"
    assert _quotes("习近平会见来访的法国总统马克龙时指出，中法应加强合作。")[0][0] == "习近平"
    assert _quotes("本周参与谈判的一名美国官员称，谈判没有进展。")[0][0] == "一名美国官员"


def test_a_known_name_with_a_preposition_glued_to_its_last_character():
    assert _quotes("日本外务大臣林芳正在记者会上表示，日方将继续对话。")[0][0] == "林芳正"


def test_titles_of_japanese_and_korean_offices_name_the_holder_after_them():
    assert _quotes("日本外务省事务次官船越健裕则说，日方不会让步。")[0][0] == "船越健裕"
    assert _quotes("韩国外交部第一次官朴允珠表示，韩方将加强合作。")[0][0] == "朴允珠"


def test_a_former_holder_referred_to_is_not_the_sitting_one():
    body = "澳大利亚前总理陆克文访问了北京。总理阿尔巴尼斯也在堪培拉发表讲话。这位前总理表示，两国关系正在改善。"
    assert _quotes(body)[-1][0] == "陆克文"
    assert _quotes("澳大利亚总理阿尔巴尼斯访问了北京。这位总理表示，两国关系正在改善。")[0][0] == "阿尔巴尼斯"


def test_a_reaction_then_a_comma_and_its_own_saying_verb_is_one_statement():
    quotes = _quotes("北约秘书长斯托尔滕贝格发表声明回应，称任何暗示北约挑衅的说法都是错误的。")
    assert quotes == [("斯托尔滕贝格", "称", "任何暗示北约挑衅的说法都是错误的")]


def test_a_document_opening_a_clause_inside_a_statement_is_its_subject():
    assert _quotes("张军社指出，报告刻意回避了美国自身的问题。") == [("张军社", "指出", "报告刻意回避了美国自身的问题")]


def test_a_name_the_tagger_cut_into_words_after_a_title_is_a_person_at_every_mention():
    body = ("韩国外交部第一次官赵显都当天会见了随访的日本外务审议官船越健裕。赵显都表示，两国应加强沟通协调。"
            "船越健裕则说，日方重视日韩美三边合作。")
    assert [q[0] for q in _quotes(body)] == ["赵显都", "船越健裕"]
    assert "船越健裕" in [e["name"] for e in _analysed(body)["entities"] if e["type"] == "PER"]
    # named once, but speaking right after its title: a person for a later 他
    quotes = _quotes("韩国共同民主党发言人权七承当天发表评论称，政府令人失望。他说：“国民需要的是真诚的道歉。”")
    assert [q[0] for q in quotes] == ["权七承", "权七承"]


def test_a_reference_naming_a_state_points_to_that_states_person():
    body = ("韩国外交部第一次官赵显都当天会见了日本外务审议官船越健裕。赵显都表示，两国应加强沟通。船越健裕则说，日方重视合作。"
            "这名韩国外交官还透露，两国将于下月举行对话。")
    assert _quotes(body)[-1][0].startswith("赵显")  # (the tagger may end the name before 都, as at its other mentions)
    # with no person of that state described, the title decides (a Chinese expert need not be called one)
    body = "巴西问题专家周志伟认为，两国关系将改善。卢拉曾表示，中国很重要。这名中国专家认为，巴西将成为美国争取的对象。"
    assert _quotes(body)[-1][0] == "周志伟"


def test_he_after_a_clause_opened_by_a_demonstrative_is_the_one_it_points_to():
    body = ("匈牙利总理欧尔班5日抵达莫斯科。欧洲理事会主席米歇尔强调，欧尔班没有授权。"
            "面对批评，这位匈牙利领导人回到布达佩斯后接受了采访。他说：“和平不会自己到来。”")
    assert _quotes(body) == [("米歇尔", "强调", "欧尔班没有授权"), ("欧尔班", "说", "和平不会自己到来。")]


def test_a_dateline_names_where_the_report_was_filed_not_who_acts():
    assert events_of("新华社北京10月5日电 美国国务卿布林肯5日在巴黎会见了法国外长。") == [("CONSULT", "USA", "FRA")]
    assert events_of("新华社伦敦10月5日电 英国首相斯塔默5日会见了德国总理。") == [("CONSULT", "GBR", "DEU")]


def test_a_body_named_after_its_state_acts_for_it_and_a_known_person_after_a_joiner():
    assert ("SANCTION", "CHN", "USA") in events_of("中国国务院关税税则委员会宣布对美国商品加征关税。")
    assert events_of("美方同泽连斯基举行了会谈。") == [("CONSULT", "USA", "UKR")]


def test_a_threat_posed_an_act_postponed_and_a_matter_discussed_are_no_acts():
    assert events_of("这将对中国的安全构成重大威胁。") == []
    assert ("THREATEN", "PRK", "JPN") in events_of("朝鲜威胁对日本发动打击。")
    assert events_of("欧盟决定推迟对美国实施反制关税。") == []
    assert ("SANCTION", "USA", "CHN") in events_of("美国对中国加征关税。")
    assert events_of("埃及与卡塔尔讨论恢复加沙停火。") == [("CONSULT", "EGY", "QAT")]
    assert ("RETREAT", "UKR", "USA") not in events_of("乌方同意了美方提出的30天临时停火建议。")
    assert ("RETREAT", "ISR", "PSE") in events_of("以色列与哈马斯实现停火。")


def test_words_after_a_title_are_no_name_and_a_known_name_ends_where_it_ends():
    names = [e["name"] for e in _analysed("外交部发言人在接受记者采访时表示，中方反对制裁。记者采访时也问到此事。")["entities"]]
    assert "采访时" not in names
    body = "俄罗斯防长绍伊古当天分别与法国防长勒科尔、英国防长华莱士通电话。"
    people = [e["name"] for e in _analysed(body)["entities"] if e["type"] == "PER"]
    assert "华莱士" in people and "华莱士通" not in people


def test_counter_attacks_anti_dumping_raised_and_waived_tariffs():
    assert events_of("伊朗对以色列进行了反击。") == [("ASSAULT", "IRN", "ISR")]
    assert events_of("商务部决定对原产于美国的进口聚甲醛采取反倾销措施。") == [("SANCTION", "CHN", "USA")]
    assert events_of("美国将对中国商品的关税提高至145%。") == [("SANCTION", "USA", "CHN")]
    assert ("RETREAT", "CHN", "USA") in events_of("中方宣布暂免对美国部分商品加征关税。")
    # a sanctions package adopted is a sanction, a proposal named is none
    assert events_of("欧盟理事会23日通过了对俄罗斯的第十六轮制裁方案。") == [("SANCTION", "EU", "RUS")]


def test_an_act_asked_about_is_not_told():
    assert events_of("届时，中国是否再次出兵，同朝鲜一起反击美韩联军？") == []
    assert events_of("美国是否会对中国加征关税？") == []


def test_a_person_glued_to_a_joiner_and_to_the_person_before_is_read_apart():
    assert ("CONSULT", "CHN", "RUS") in events_of("4月1日，王毅在莫斯科同拉夫罗夫举行会谈。")
    assert events_of("王毅同拉夫罗夫举行会谈，两国外长就中美关系交换意见。") == [("CONSULT", "CHN", "RUS")]


def test_that_state_opening_a_sentence_is_the_topic_of_the_sentence_that_named_it():
    body = "委内瑞拉外交部发表公报，谴责美方的决定。该国副总统罗德里格斯还指责美国关押移民。"
    people = {e["name"]: e.get("country") for e in _analysed(body)["entities"] if e["type"] == "PER"}
    assert people.get("罗德里格斯") == "VEN"
    assert ("ACCUSE", "USA", "VEN") not in events_of(body)


def test_a_statement_issued_whose_cue_quotes_words_is_one_quote():
    quotes = _quotes("委内瑞拉外交部随即发表公报，谴责美方的决定是“经济侵略”，并宣布暂停接收遣返航班。")
    assert [q[1] for q in quotes] == ["谴责", "宣布"]


def test_a_pair_after_dui_is_aimed_at_together_and_firms_counted_in_the_object_are_its_states():
    events = events_of("韩国外交部召见俄罗斯驻韩大使，对朝俄合作提出抗议。")
    assert {("ACCUSE", "KOR", "PRK"), ("ACCUSE", "KOR", "RUS")} <= set(events)
    assert ("ACCUSE", "RUS", "PRK") not in events
    events = events_of("中国商务部将美国多家军工企业列入不可靠实体清单，并对包括洛克希德·马丁公司在内的美国企业实施反制。")
    assert ("SANCTION", "USA", "CHN") not in events and ("SANCTION", "CHN", "USA") in events


def test_a_joint_drill_of_two_states_written_together():
    assert events_of("美日两国在冲绳举行联合军事演习。") == [("COOPERATE", "USA", "JPN")]
    # cooperation spoken of with no act told stays out
    assert events_of("中俄两国深化合作。") == []


def _sources(body: str) -> tuple[list[str], bool]:
    record = _analysed(body)
    return record["sources"], record["translated"]


def test_credit_lines_that_translate_or_reprint_and_outlets_only_named():
    assert _sources("美国政府宣布新的关税措施。本文译自彭博社。") == (["彭博社"], True)
    assert _sources("美国政府宣布新的关税措施。\n\n本文来自微信公众号“国际观察”")[0] == ["国际观察"]
    assert _sources("路透社在社交平台X上发布消息称，美国将提高关税。")[0] == ["路透社"]
    # 称 inside 名称, and the outlet's owner speaking for himself, credit no outlet
    assert _sources("美联社因拒绝使用“美国湾”这一名称，被白宫禁止进入椭圆形办公室。")[0] == []
    assert _sources("《华盛顿邮报》老板贝索斯表示，报纸将调整评论版方向。")[0] == []
    assert _sources("《华盛顿邮报》报道称，白宫将调整政策。")[0] == ["《华盛顿邮报》"]


def test_an_act_under_a_stance_or_spoken_of_as_the_matter_is_not_the_critics():
    assert events_of("卢拉对以色列在加沙的军事行动提出强烈批评。") == [("ACCUSE", "BRA", "ISR")]
    assert events_of("法国就阿尔及利亚驱逐法国外交官一事向阿方提出抗议。") == [("ACCUSE", "FRA", "DZA")]


def test_a_reference_naming_a_state_finds_a_person_the_knowledge_base_gives_that_state():
    body = ("外长阿拉格齐会见了到访的俄罗斯副外长里亚布科夫。阿拉格齐表示，双方将加强合作。"
            "里亚布科夫说，俄方支持伊朗。这位伊朗外交官还说，伊方愿意继续谈判。")
    assert _quotes(body)[-1][0] == "阿拉格齐"


def test_he_after_a_connective_and_a_demonstrative_clause_that_does_not_speak():
    body = ("美国前总统特朗普在集会上说，他会鼓励俄罗斯。白宫发言人贝茨则批评这番言论令人震惊。"
            "不过这位前总统并不买账。他在另一场集会上再次表示，美国不能再为别人的安全买单了。")
    assert _quotes(body)[-1][0] == "特朗普"


def test_a_statement_issued_whose_words_after_a_threat_are_a_clause_stays_the_statements():
    quotes = _quotes("法国、英国和加拿大领导人发表联合声明，威胁将对以色列采取“具体行动”。")
    assert quotes == [("法国、英国和加拿大领导人", "发表联合声明", "威胁将对以色列采取“具体行动”")]


def test_a_body_referred_to_by_its_head_acts_for_its_state():
    body = "印度陆军北方司令部11日发表声明，称巴方无端开火。该司令部发言人称，是巴方首先违反停火协议。他还指责伊斯兰堡支持恐怖分子。"
    events = events_of(body)
    assert ("ACCUSE", "IND", "PAK") in events and events.count(("ACCUSE", "IND", "PAK")) >= 1
    assert "IND" in {e["country"] for e in _analysed(body)["entities"] if e["name"] == "印度陆军北方司令部"}


def test_reserving_the_right_to_respond_is_a_threat():
    assert events_of("伊朗外交部表示，伊朗保留对以色列作出回应的权利。") == [("THREATEN", "IRN", "ISR")]
    assert ("THREATEN", "RUS", "USA") in events_of("俄方对美国的制裁表示不满，并保留回应的权利。")


def test_cooperation_halted_is_a_sanction_and_resumed_is_cooperation():
    assert events_of("美国随后又停止了与基辅的情报共享。") == [("SANCTION", "USA", "UKR")]
    assert events_of("中国暂停与美国的军事合作。") == [("SANCTION", "CHN", "USA")]
    assert events_of("中方恢复与美方的军事合作。") == [("COOPERATE", "CHN", "USA")]


def test_a_publishers_dateline_on_the_credit_line_is_no_speaker():
    assert _quotes("参考消息网5月15日报道 据法新社5月14日报道，俄罗斯代表团已于当天抵达伊斯坦布尔。")[0][0] == "法新社"
    assert _quotes("观察者网讯 据路透社7月4日报道，俄罗斯当天凌晨对基辅发动了大规模空袭。")[0][0] == "路透社"


def test_the_outlet_that_cited_someone_is_the_one_its_report_or_paper_refers_back_to():
    body = "据彭博社报道，以色列将扩大军事行动。路透社援引以色列官员的话说，行动将持续数周。报道还称，以军已调集两个旅。"
    assert [q[0] for q in _quotes(body)] == ["彭博社", "以色列官员", "路透社"]
    body = "以色列军方表示，行动将持续数周。《国土报》援引军方消息人士的话说，以军已调集两个旅。该报指出，这是今年最大规模的调动。"
    assert _quotes(body)[-1][0] == "国土报"


def test_an_outlet_in_latin_letters_right_before_a_date():
    assert _quotes("观察者网讯 据Politico6月20日报道，北约秘书长吕特正在推动成员国提高国防开支。")[0][0] == "Politico"


def test_what_an_outlet_observed_holds_a_verb_of_saying_without_its_own_attribution():
    quotes = _quotes("半岛电视台还注意到，以色列近期多次警告将对伊朗核设施采取单方面行动。")
    assert quotes == [("半岛电视台", "注意到", "以色列近期多次警告将对伊朗核设施采取单方面行动")]
    assert _quotes("某网注意到，美国国务院发言人表示，美方将继续对话。")[0][0] == "美国国务院发言人"


def test_a_cue_that_opens_inside_a_known_name_is_none():
    assert _quotes("国务院总理李强调研时指出，要加快发展新质生产力。") == [("李强", "指出", "要加快发展新质生产力")]
    # a name the tagger ran into the cue, unknown to the knowledge base, still leaves the cue
    quotes = _quotes("据《以色列时报》报道，以色列国防部长卡茨警告称，如果真主党继续重建军事能力，以方将采取行动。")
    assert quotes[-1][1] == "警告称"


def test_a_drug_named_whole_is_no_person_for_a_later_he():
    record = _analysed("美方以芬太尼问题为由加征关税。林剑表示，芬太尼是美国的问题。他说：“中方已经采取了大量措施。”")
    assert "芬太尼" not in [e["name"] for e in record["entities"]]
    assert [q["speaker"] for q in record["quotes"]] == ["林剑", "林剑"]


def test_a_reporters_question_that_opens_on_someone_elses_words_leaves_them_theirs():
    quotes = _quotes("有记者追问，美国财政部长贝森特称，美方愿意同中方谈一谈。郭嘉昆回应说，中方对话的大门始终是敞开的。")
    assert [q[0] for q in quotes] == ["贝森特", "郭嘉昆"]


def test_a_statement_issued_under_a_title_in_book_marks_speaks_for_its_issuers():
    body = "会谈后，两国元首签署并发表《中俄联合声明》。声明指出，双方反对任何国家损害别国利益。"
    assert _quotes(body)[0][0] == "两国元首"


def test_a_persons_answer_described_before_a_colon_is_his():
    quotes = _quotes("中国外交部发言人林剑的回应很简洁：“关税战没有赢家。”")
    assert quotes == [("林剑", "回应", "关税战没有赢家。")]
