"""Round 34: from new blind batteries. Each case is a short text written for the test."""
from __future__ import annotations

import newsfacts
from conftest import events_of


def test_members_of_one_named_group_are_no_parties_of_an_act_among_themselves():
    # 中亚 stands for its five members; the summit is China's with each, never one member's with another
    body = "中国－中亚峰会19日在西安举行。峰会期间，各方表示，中亚－中国合作机制已成为地区合作的重要平台。"
    found = events_of(body)
    assert ("CONSULT", "CHN", "KAZ") in found and ("CONSULT", "CHN", "UZB") in found
    assert not [e for e in found if e[1] != "CHN" and e[2] != "CHN"]
    # members the sentence names one by one are parties of their own
    assert events_of("哈萨克斯坦和乌兹别克斯坦13日在塔什干举行会谈。") == [("CONSULT", "KAZ", "UZB")]


def test_an_official_introduced_with_several_offices_serves_the_state_before_the_first():
    # 国务大臣兼国家安全顾问: the state before the first office is the person's, also when he is named again
    body = "沙特国务大臣兼国家安全顾问艾班6日抵达北京。王毅10日会见了艾班。"
    assert ("CONSULT", "CHN", "SAU") in events_of(body)
    body = "沙特国务大臣、内阁成员兼国家安全顾问穆萨伊德·艾班6日抵达北京。王毅10日会见了艾班。"
    assert ("CONSULT", "CHN", "SAU") in events_of(body)
    # one office alone already did
    assert ("CONSULT", "CHN", "SAU") in events_of("沙特国家安全顾问艾班6日抵达北京。王毅10日会见了艾班。")


def test_a_sentence_that_counts_the_visit_just_told_is_no_visit_of_its_own():
    # 这是…首次访华 says what the visit was; the gold never lists it apart
    assert events_of("美国国务卿布林肯18日抵达北京。这是近5年来美国国务卿首次访华。") == [("CONSULT", "USA", "CHN")]
    # a later visit told anew stays its own
    assert len(events_of("美国国务卿布林肯18日抵达北京。布林肯此前曾于2019年访华。")) == 2


def test_both_sides_inside_a_phrase_of_time_are_no_subject():
    # 在双方方便的时候: when he visits, not who visits (no visit of the host to the guest)
    found = events_of("秦刚已接受布林肯的邀请，同意在双方方便的时候访问华盛顿。")
    assert ("CONSULT", "CHN", "USA") in found and ("CONSULT", "USA", "CHN") not in found


def test_blame_of_ones_own_government_named_before_the_words_is_domestic():
    # the one named between the cue and the quoted words is the speaker's own government: not the state the words name
    found = events_of("韩国最大在野党共同民主党党首李在明19日发表讲话，批评尹锡悦政府“在为日本背书”。")
    assert ("ACCUSE", "KOR", "KOR") in found and ("ACCUSE", "KOR", "JPN") not in found
    # another state named there is the one blamed
    assert ("ACCUSE", "USA", "CHN") in events_of("美国国务卿布林肯批评中方“向俄罗斯提供支持”。")


def test_demonstrations_that_break_out_at_home_and_the_arrests_of_protesters_are_domestic():
    # crowds in a state's cities protest against their own state; the police hold people of no other state
    body = "俄罗斯总统普京21日宣布实施部分动员。莫斯科、圣彼得堡等38个城市爆发了反对动员的抗议活动，已有超过1300人被警方拘留。"
    found = events_of(body)
    assert ("PROTEST", "RUS", "RUS") in found and ("COERCE", "RUS", "RUS") in found
    assert ("PROTEST", "ARM", "ARM") in events_of("亚美尼亚首都埃里温连日爆发抗议，数千名示威者聚集在政府大楼前。")
    # a crowd gathering in a state's capital (大楼外集会, the tagger's 外集会) is of that state
    assert ("PROTEST", "ARM", "ARM") in events_of("19日晚，数千名抗议者在亚美尼亚首都埃里温政府大楼外集会，要求帕希尼扬辞职。")
    # a state's own protest to another stays an accusation of that state
    assert events_of("中方就此向日方提出抗议。") == [("ACCUSE", "CHN", "JPN")]


def test_an_act_named_as_what_a_meeting_is_about_is_no_act_of_the_meeting():
    # 就X举行紧急会议: the attack is the matter of the meeting, the council attacks no one
    assert not [e for e in events_of("联合国安理会14日就伊朗袭击以色列举行紧急会议。") if e[0] == "ASSAULT"]
    assert ("ASSAULT", "IRN", "ISR") in events_of("伊朗13日晚对以色列发动导弹袭击。")


def test_a_call_on_all_sides_names_no_party():
    # 呼吁有关各方…: an appeal to whoever is involved, no act aimed at a state
    body = "以色列和伊朗的冲突持续升级。以色列14日空袭伊朗。中国外交部发言人表示，中方呼吁有关各方保持冷静克制。"
    assert not [e for e in events_of(body) if e[0] == "REQUEST"]
    # 呼吁双方 after the two are named is a call on the two
    body = "以色列和伊朗的冲突持续升级。中方呼吁双方保持冷静克制。"
    assert ("REQUEST", "CHN", "ISR") in events_of(body) and ("REQUEST", "CHN", "IRN") in events_of(body)


def test_a_body_named_by_its_state_and_a_guard_or_troops_acts_for_that_state():
    # 尼日尔总统卫队, unknown to the knowledge base, is Niger's: its coup is an act of the state on itself
    assert ("COERCE", "NER", "NER") in events_of("尼日尔总统卫队7月26日发动政变，扣押总统巴祖姆。")


def test_a_signing_that_describes_the_text_is_no_agreement_reported():
    # 与法国签署的协议: the text annulled, signed long before; the annulment is the act
    assert events_of("尼日尔军政府3日宣布废除与法国签署的多项军事合作协议。") == [("REJECT", "NER", "FRA")]
    assert events_of("印方此举违背了中印1993年签署的相关协定精神。") == []
    # a signing told as done stays an agreement
    assert ("AGREE", "CHN", "KAZ") in events_of("中国和哈萨克斯坦17日签署了互免签证协定。")


def test_a_preposition_the_tagger_glued_to_a_known_body_opens_the_phrase_of_its_act():
    # the tagger reads 胡塞武装向 as one name; the group launches at the ships named after 向
    found = events_of("9日晚，胡塞武装向红海南部的美英军舰和商船发射了18架无人机。")
    assert ("ASSAULT", "YEM", "USA") in found and ("ASSAULT", "YEM", "GBR") in found


def test_the_two_sides_of_a_fight_inside_one_state_act_on_each_other_as_that_state():
    # an armed group and the state's army or the state itself: their acts on each other are the state's on itself
    assert ("AGREE", "SDN", "SDN") in events_of("苏丹武装部队和快速支援部队的代表20日在吉达签署短期停火协议。")
    assert ("ACCUSE", "SDN", "SDN") in events_of("快速支援部队20日发表声明，指责苏丹武装部队当天出动战机轰炸喀土穆。")
    assert ("ASSAULT", "RUS", "RUS") in events_of("瓦格纳集团24日控制了罗斯托夫的南部军区司令部，并与俄罗斯军队交火。")
    # a withdrawal of one's own is no act on the other side
    assert ("RETREAT", "RUS", "RUS") not in events_of("瓦格纳集团称，位于其侧翼的俄罗斯军队擅自撤离。")


def quotes_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()
    return [(q["speaker"], q["cue"], q["content"]) for q in record["quotes"]]


def test_the_periodical_just_named_speaks_as_itself():
    # 该刊 / 该报 after a periodical the text named: that periodical, not the words 该刊
    assert quotes_of("这一计划最早由《日经亚洲》在5月初披露。该刊称，北约正与日方商讨开设联络处。")[0][0] == "日经亚洲"


def test_a_body_named_right_after_its_kind_speaks_under_its_name():
    # 美国智库战争研究所则认为: the institute, not 美国智库 (the quoted form 智库“战争研究所” already did)
    assert quotes_of("美国智库战争研究所则认为，乌军仍在试探俄军防线。")[0][0] == "战争研究所"


def test_repeating_is_a_cue_and_what_stands_before_it_is_no_speaker():
    # 这位发言人只是重复说: the spokesperson, not 只是重复 (in 2023, while she held the post)
    body = "白宫新闻秘书让-皮埃尔23日称，白宫不会置评。当被追问时，这位发言人只是重复说：“请去问司法部。”"
    assert [(s, c) for s, c, _ in quotes_of(body, "2023-01-24T10:00:00")] == [("让-皮埃尔", "称"), ("让-皮埃尔", "重复说")]
    # unresolved, the words before the adverb still name who speaks
    assert [s for s, _, _ in quotes_of("这位发言人只是重复说：“请去问司法部。”")] == ["这位发言人"]


def test_a_counter_accusation_is_a_cue():
    # 反指: blames back, as 指责 does
    said = quotes_of("佩斯科夫则反指这是基辅方面的“蓄意破坏”，目的是切断克里米亚的供水。")
    assert said and said[0][:2] == ("佩斯科夫", "反指")


def test_the_head_of_a_ministrys_department_serves_the_ministrys_state():
    # 中国外交部亚洲司司长X: the department stands between the ministry and the title; 日本外务省亚洲大洋洲局 is Japan's
    body = "中国外交部亚洲司司长刘劲松14日同日本外务省亚洲大洋洲局局长金井正彰举行磋商。刘劲松在磋商中要求日方撤回错误言论。"
    assert ("REQUEST", "CHN", "JPN") in events_of(body)
    body = "日本外务省亚洲大洋洲局局长金井正彰14日同中国外交部亚洲司司长刘劲松举行磋商。金井正彰要求中方立即释放日本公民。"
    assert ("REQUEST", "JPN", "CHN") in events_of(body)
