"""Round 33: from new blind batteries. Each case is a short text written for the test."""
from __future__ import annotations

import newsfacts
from conftest import events_of, untold_of


def test_an_act_asked_about_with_a_verb_and_its_negation_is_not_told():
    # 会不会 / 能不能 / 要不要 ask whether, as 是否 does, also in a clause that ends in no question mark
    assert events_of("至于甲国总统会不会主动给乙国领导人打电话，目前还不清楚。".replace("甲国", "美国").replace("乙国", "中国")) == []
    assert ("CONSULT", "USA", "CHN", "hedged") in untold_of("至于美国总统会不会主动给中国领导人打电话，目前还不清楚。")
    assert events_of("外界关注美国能不能对伊朗实施新的制裁。") == []
    # told outright, the call is an event
    assert events_of("美国总统拜登13日给中国国家主席习近平打了电话。") == [("CONSULT", "USA", "CHN")]


def test_an_act_judged_premature_is_not_told():
    assert events_of("克里姆林宫发言人表示，普京与泽连斯基会面“目前为时尚早”。") == []
    assert events_of("分析人士认为，俄乌和谈遥遥无期。") == []
    assert events_of("普京与泽连斯基13日在伊斯坦布尔会面。") == [("CONSULT", "RUS", "UKR")]


def quotes_of(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(q["speaker"], q["cue"], q["content"]) for q in record["quotes"]]


def test_urging_a_party_in_words_is_a_quote():
    assert quotes_of("外交部发言人毛宁13日敦促日方停止在钓鱼岛问题上制造事端。") == [
        ("毛宁", "敦促", "日方停止在钓鱼岛问题上制造事端")]
    # after a statement of the same speaker, the urging is a statement of its own
    assert quotes_of("毛宁强调，中方不接受日方所谓抗议，并敦促日方停止炒作。") == [
        ("毛宁", "强调", "中方不接受日方所谓抗议"), ("毛宁", "敦促", "日方停止炒作")]


def test_this_spokesperson_is_the_body_spokesperson_named_before_though_he_said_nothing_yet():
    # 中国海警局新闻发言人 is named only as issuing a statement; 该发言人 refers back to him, not to nobody
    body = "中国海警局新闻发言人13日发表声明。该发言人敦促菲方立即停止侵权挑衅行为。"
    assert [q[0] for q in quotes_of(body)] == ["中国海警局新闻发言人"]
    assert events_of(body) == [("REQUEST", "CHN", "PHL")]
    # a person named after the body's spokesperson is the one referred to
    later = "中国海警局新闻发言人13日发表声明。随后，菲律宾海警发言人塔里埃拉说，菲方不会撤离。这位发言人还表示，菲方将继续巡逻。"
    assert [q[0] for q in quotes_of(later)] == ["塔里埃拉", "塔里埃拉"]


def test_the_one_a_cited_source_reports_speaks_when_set_off_by_a_comma():
    body = "美联社援引一名在场官员的话说，阿巴斯在会见中表示，强行迁移居民将是又一场灾难。"
    assert [(q[0], q[1]) for q in quotes_of(body)] == [("阿巴斯", "表示")]
    # a view the source itself retells, running on with no comma, stays the source's
    kept = quotes_of("某社援引军方消息人士的话报道称，韩方评估认为朝方近期可能再次试射导弹。")
    assert [q[0] for q in kept] == ["军方消息人士"]


def test_a_body_an_act_goes_through_is_no_target_borrowed_from_the_sentence():
    # 通过联合国: the channel of the notice; those told to leave (他们) are the ones asked
    assert events_of("以色列国防军13日通过联合国通知加沙居民，要求他们在24小时内撤离。") == [("REQUEST", "ISR", "PSE")]
    assert events_of("美国通过世界粮食计划署向苏丹提供援助。") == [("AID", "USA", "SDN")]


def test_what_is_most_urgent_is_advice_not_an_act():
    assert events_of("王毅表示，当务之急是以色列尽快在加沙停火止战。") == []
    assert events_of("以色列与哈马斯13日宣布停火。") == [("RETREAT", "ISR", "PSE")]  # a ceasefire told as done


def test_figures_a_body_releases_tell_a_toll_not_an_accusation():
    body = "加沙卫生部门13日晚发布的数据显示，以军对加沙的空袭已造成至少1799人死亡。"
    assert events_of(body) == [("ASSAULT", "ISR", "PSE")]  # the strikes, told as fact; no ACCUSE by the publisher
    # words of blame the same body says are still its accusation
    assert ("ACCUSE", "PSE", "ISR") in events_of("加沙卫生部门13日指责以军蓄意轰炸医院。")


def test_talks_cancelled_or_halted_under_a_pair_name_are_a_sanction():
    # 中美 names both sides of the talks halted; a longer name of the talks still lets the halt reach them
    assert events_of("外交部5日宣布取消中美两军战区领导通话。") == [("SANCTION", "CHN", "USA")]
    assert events_of("中方5日宣布暂停中美气候变化商谈。") == [("SANCTION", "CHN", "USA")]
    assert events_of("中方5日宣布暂停与美方的气候变化商谈。") == [("SANCTION", "CHN", "USA")]
    assert events_of("中美两军战区领导5日举行通话。") == [("CONSULT", "CHN", "USA")]  # held, not halted


def test_a_statement_condemning_the_attack_just_told_accuses_its_doer():
    body = "伊朗13日袭击了以色列。卡塔尔外交部发言人安萨里发表声明，强烈谴责这一袭击。"
    assert events_of(body) == [("ASSAULT", "IRN", "ISR"), ("ACCUSE", "QAT", "IRN")]
    # the statement names the one it condemns: that one, as before
    assert events_of("卡塔尔外交部发言人安萨里发表声明，强烈谴责伊朗。") == [("ACCUSE", "QAT", "IRN")]


def test_calling_a_leader_a_dictator_is_an_accusation():
    assert events_of("拜登在回答提问时再次把中国领导人称为“独裁者”。") == [("ACCUSE", "USA", "CHN")]
    assert events_of("美国总统拜登20日称俄罗斯是“侵略者”。") == [("ACCUSE", "USA", "RUS")]
    assert events_of("拜登称布林肯是一位出色的外交官。") == []  # no hostile label, no accusation


def test_words_that_put_the_blame_on_the_one_named_make_a_statement_an_accusation():
    assert events_of("外交部发言人毛宁表示，以色列的行为已超出自卫范畴。") == [("ACCUSE", "CHN", "ISR")]
    assert events_of("美国财长13日称，中国的报复是“一个大错误”。") == [("ACCUSE", "USA", "CHN")]
    assert events_of("外交部发言人毛宁表示，中美关系遭遇困难，美方应对此负责。") == [("ACCUSE", "CHN", "USA")]


def test_a_second_listed_speaker_described_by_state_and_portfolio_title_speaks_in_person():
    body = "美国国务卿布林肯和英国外交大臣克莱弗利当天先后表示，俄方的袭击再次暴露了普京的“残忍”。"
    assert [q[0] for q in quotes_of(body)] == ["布林肯", "克莱弗利"]


def test_a_role_and_a_cue_the_tagger_joined_to_a_transliterated_name_are_taken_off_it():
    # the tagger reads 顾问格拉先 | 科 | 称: the role is no part of the name, and 科 is its last character
    assert [q[0] for q in quotes_of("乌克兰内政部长顾问格拉先科称，哈尔科夫的热电厂遭到导弹袭击。")] == ["格拉先科"]


def test_a_states_short_name_and_a_posting_verb_are_no_person():
    # the tagger reads 阿常驻 as a person; the envoy named after the title speaks
    body = "阿常驻联合国代表亚沙尔·阿利耶夫在会上表示，所谓“封锁”根本不存在。"
    assert [q[0] for q in quotes_of(body)] == ["亚沙尔·阿利耶夫"]


def test_the_quotation_after_an_object_and_a_place_is_said_when_nothing_else_is():
    # 拜登政府 is the speaker's own government, no clause of its own: the quotation is what he said
    assert quotes_of("此前，众议院议长麦卡锡就曾指责拜登政府在此事上“软弱无力”。") == [("麦卡锡", "指责", "软弱无力")]
    # a quoted term the object's 的 leads into is still the thing criticised, nothing said
    assert quotes_of("众议院议长麦卡锡批评拜登政府的所谓“新政”。") == []


def test_a_meeting_with_ones_own_official_borrows_no_foreign_target():
    body = "普京9日在与俄罗斯调查委员会主席巴斯特雷金会面时表示，这是乌克兰特工部门策划的恐怖袭击。"
    assert ("CONSULT", "RUS", "UKR") not in events_of(body)
    assert events_of("普京9日与土耳其总统埃尔多安会面。") == [("CONSULT", "RUS", "TUR")]


def test_the_head_a_verb_phrase_describes_is_the_subject_not_the_place_inside_it():
    body = "正在印尼巴厘岛出席峰会的美国总统拜登，当天凌晨先与波兰总统杜达通电话。"
    assert events_of(body) == [("CONSULT", "USA", "POL")]
    # a subject that opens its clause keeps it (美方已收到欧盟转交的伊朗回复, not Iran)
    assert events_of("美方已收到欧盟转交的伊朗回复，并将向伊朗作出回应。") == [("THREATEN", "USA", "IRN")]


def test_tickets_or_flights_to_a_place_are_no_visit():
    assert events_of("普京宣布部分动员后，飞往伊斯坦布尔、埃里温等地的单程机票迅速售罄。") == []
    assert events_of("马克龙13日飞往北京，开始对中国的国事访问。") == [("CONSULT", "FRA", "CHN")]


def test_an_act_a_body_will_study_is_weighed_not_done():
    assert events_of("欧盟将研究对俄罗斯实施新一轮制裁。") == []
    assert events_of("战略与国际研究中心报告称，美国对俄罗斯实施了制裁。") == [("SANCTION", "USA", "RUS")]


def test_a_known_party_the_tagger_read_with_a_title_names_the_speakers_state():
    # the tagger reads 朝鲜劳动党中央书记 as one body the knowledge base does not know: the party, then the title
    body = "朝鲜劳动党中央书记朴正天警告说，美韩将付出“史上最可怕的代价”。"
    assert events_of(body) == [("THREATEN", "PRK", "USA"), ("THREATEN", "PRK", "KOR")]


def test_a_name_is_cut_before_a_cue_only_where_its_last_character_opens_the_cue():
    # 索伊 is a known transliteration, but 卢指 opens no cue: 索伊卢 is the whole name
    assert [q[0] for q in quotes_of("土耳其内政部长索伊卢指责美国长期向库尔德武装提供支持。")] == ["索伊卢"]
    # 卡茨警|告称: the tagger ran the name into the cue 警告, which is cut off again
    assert [q[0] for q in quotes_of("以色列国防部长卡茨警告称，以军将继续打击。")] == ["卡茨"]


def test_the_speakers_own_side_speaking_inside_his_statement_is_still_his_statement():
    body = "外交部发言人汪文斌18日表示，红海是重要的贸易通道，中方呼吁停止对民用船只的袭扰。"
    assert quotes_of(body) == [("汪文斌", "表示", "红海是重要的贸易通道，中方呼吁停止对民用船只的袭扰")]
    # another party speaking after the comma still opens a statement of its own
    other = "外交部发言人汪文斌18日表示，红海是重要的贸易通道，美方则称将继续护航。"
    assert [q[0] for q in quotes_of(other)] == ["汪文斌", "美方"]


def test_a_statement_that_tells_who_spoke_gives_the_words_to_that_person():
    body = "伊朗总统办公室发表声明称，莱希在会见中表示，伊朗一贯重视同邻国发展关系。"
    assert [(q[0], q[1]) for q in quotes_of(body)] == [("莱希", "表示")]
    assert [q[0] for q in quotes_of("伊朗外交部发表声明称，伊朗一贯重视同邻国发展关系。")] == ["伊朗外交部"]


def test_a_body_named_in_quotation_marks_after_its_kind_speaks_though_unknown():
    assert [q[0] for q in quotes_of("俄罗斯人权组织“纪念”称，莫斯科等38个城市爆发了抗议活动。")] == ["纪念"]
    assert [q[0] for q in quotes_of("人权组织“OVD-Info”称，莫斯科等38个城市爆发了抗议活动。")] == ["OVD-Info"]


BRIEFING = "外交部发言人赵立坚3日主持例行记者会。\n\n问：美方称将加强部署，中方有何回应？\n\n答：中方注意到有关报道。中方始终认为，对话协商是唯一正确途径。"


def test_a_reporters_question_after_what_he_reports_is_no_part_of_it():
    found = quotes_of(BRIEFING)
    assert ("美方", "称", "将加强部署") in found


def test_the_spokespersons_own_side_inside_an_answer_is_his_answer():
    found = quotes_of(BRIEFING)
    assert [q[0] for q in found if q[1] == "答"] == ["赵立坚"]
    assert not any(q[0] == "中方" for q in found)


def test_approving_aid_is_aid_not_an_agreement():
    assert events_of("美国6日批准了价值超过30亿美元的新一轮对乌军援。") == [("AID", "USA", "UKR")]
    assert events_of("美国国会批准了对乌克兰的400亿美元援助。") == [("AID", "USA", "UKR")]
    assert events_of("土耳其议会批准了芬兰的入约申请。") == [("AGREE", "TUR", "FIN")]  # approval of a request


def test_its_after_a_verb_is_the_verbs_object_not_a_subject_the_next_clause_goes_on_with():
    body = "迪雅里克13日表示，人口转移“是不可能的”。哈马斯则拒绝了以方的撤离令，称其为“心理战”，并呼吁加沙居民“坚守家园”。"
    assert [(q[0], q[1]) for q in quotes_of(body)][-1] == ("哈马斯", "呼吁")
    # 其 opening the clause is its subject, the one who spoke before
    other = "迪雅里克13日表示，人口转移“是不可能的”。其还表示，联合国将继续提供援助。"
    assert [q[0] for q in quotes_of(other)] == ["迪雅里克", "迪雅里克"]


def test_a_body_named_in_quotation_marks_after_what_describes_it_speaks():
    body = "叙利亚库尔德武装主导的“叙利亚民主力量”（SDF）则称，土军战机空袭了村庄。"
    assert [q[0] for q in quotes_of(body)] == ["叙利亚民主力量"]
    # a quoted term inside what was said is no speaker
    assert [q[0] for q in quotes_of("外交部发言人称，美方的“印太战略”是在制造对抗。")] == ["外交部发言人"]
