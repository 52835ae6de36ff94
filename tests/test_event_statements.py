"""Acts told inside statements (issue 15): a verbal act said in quotation marks is coded (a demand,
a concern, thanks); deeds the speaker tells in quotation marks are his story, not coded; deeds in
reported speech without quotation marks are the inner doer's acts. Each case is a short sentence
written for the test."""
from __future__ import annotations

from conftest import events_of


def test_a_demand_said_in_quotation_marks_is_the_speakers_act():
    found = events_of("法国外长巴罗说：“我们要求俄罗斯立即停止对平民的攻击。”")
    assert ("REQUEST", "FRA", "RUS") in found


def test_a_deed_told_in_quotation_marks_is_no_event():
    # the speaker's account of what others did: reported only as his words
    found = events_of("法国外长巴罗说：“这些年来，德国一直在向波兰提供援助。”")
    assert not [e for e in found if e[0] == "AID"]


def test_a_deed_in_reported_speech_is_the_inner_doers_act():
    found = events_of("法国外长巴罗表示，德国已向波兰提供了大批援助物资。")
    assert ("AID", "DEU", "POL") in found


def test_a_later_clause_with_a_contrasting_subject_lends_no_target():
    # 而俄罗斯…: Russia acts in its own clause, it is not the one refused
    found = events_of("美国召集盟国开会，英国总理拒绝出席这次会议，而俄罗斯则表示支持。")
    assert ("REJECT", "GBR", "RUS") not in found


def test_a_joint_statement_is_each_signatorys_act():
    # 美日…警告: both states say it, each is a source of the threat
    found = events_of("美日在联合声明中警告朝鲜：“任何挑衅都会付出代价。”")
    assert ("THREATEN", "USA", "PRK") in found and ("THREATEN", "JPN", "PRK") in found


def test_a_single_speaker_naming_another_state_speaks_alone():
    found = events_of("美国国务卿在与日本外相会谈后警告朝鲜：“任何挑衅都会付出代价。”")
    assert ("THREATEN", "JPN", "PRK") not in found


# A statement's own words as a verbal act (data/statement_acts.tsv): aimed at the actor it names.

def test_a_demand_on_another_state_as_subject_of_ying():
    # 美方应…: a demand on the United States, whatever the speech verb
    found = events_of("中国外交部发言人毛宁表示，美方应停止向该地区派遣军舰。")
    assert ("REQUEST", "CHN", "USA") in found


def test_a_demand_on_its_own_side_is_no_event():
    # the speaker's own state (and its bloc) as the subject: an intent, not a demand on another
    found = events_of("德国总理朔尔茨表示，德国和欧盟必须与更多国家开展贸易。")
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_rejection_in_the_first_person_is_the_speakers():
    found = events_of("日本外相上川阳子表示，日本不接受韩国的单方面主张。")
    assert ("REJECT", "JPN", "KOR") in found


def test_a_denied_or_supposed_act_is_no_event():
    assert not [e for e in events_of("法国外长巴罗表示，法国并不支持德国的这一提议。") if e[0] == "SUPPORT"]
    found = events_of("英国首相斯塔默表示，如果印度支持这一方案，英国将重新考虑。")
    assert ("SUPPORT", "GBR", "IND") not in found


def test_no_event_without_an_actor_aimed_at():
    # 各方, 和平: no state is named as the one addressed
    found = events_of("美国国务卿卢比奥表示，各方应保持克制，支持和平解决争端。")
    assert not [e for e in found if e[1] == "USA" and e[0] in ("REQUEST", "SUPPORT")]


def test_an_act_of_another_told_by_the_speaker_is_not_his():
    # 日方反对…: Japan's rejection, reported; not a rejection by the speaker's state
    found = events_of("中国外交部发言人毛宁表示，日方反对韩国的这一做法。")
    assert ("REJECT", "CHN", "KOR") not in found


def test_a_warning_with_otherwise_is_a_threat():
    found = events_of("英国外交大臣拉米说：“除非伊朗撤回这一计划，否则它将面临更多后果。”")
    assert ("THREATEN", "GBR", "IRN") in found


def test_concern_about_what_another_does_is_an_accusation():
    found = events_of("俄罗斯国防部表示，俄方对乌克兰可能发动新一轮挑衅表示严重担忧。")
    assert ("ACCUSE", "RUS", "UKR") in found


def test_welcoming_a_visit_is_no_separate_support():
    found = events_of("中国外交部发言人表示，我们热烈欢迎巴基斯坦总理访问中国。")
    assert ("SUPPORT", "CHN", "PAK") not in found


def test_must_in_the_sense_of_having_to_is_no_demand():
    # 不得不: had to, no prohibition addressed to anyone
    found = events_of("缅甸军方表示，缅甸空军不得不停飞这批战机，印度对此十分关注。")
    assert not [e for e in found if e[0] == "REQUEST"]


def test_an_accusation_of_a_run_of_states_accuses_each():
    # 日韩…: Japan and South Korea, one accusation each
    found = events_of("中国外交部长表示，日韩对中国公民采取歧视性措施，中方有理由作出回应。")
    assert ("ACCUSE", "CHN", "JPN") in found and ("ACCUSE", "CHN", "KOR") in found


def test_a_list_of_places_is_no_run_of_accused_states():
    found = events_of("古巴代表表示，新疆、香港事务是中国内政，反对以人权为借口干涉别国内政。")
    assert not [e for e in found if e[2] == "HKG"]


def test_ought_to_say_is_the_speakers_phrasing_not_a_demand():
    found = events_of("德国总理朔尔茨表示，中国传出了稳定的信号，应该说德国方面也注意到了。")
    assert ("REQUEST", "DEU", "CHN") not in found


def test_a_statement_may_make_several_acts_each_aimed_once():
    # a demand and a warning to the same state; the state the weapons go to is warned of nothing
    found = events_of("俄罗斯外交部发言人扎哈罗娃表示，美国必须停止向乌克兰提供武器，否则将承担后果。")
    assert ("REQUEST", "RUS", "USA") in found and ("THREATEN", "RUS", "USA") in found
    assert ("THREATEN", "RUS", "UKR") not in found


def test_a_prohibition_and_a_disagreement_are_acts_on_the_other():
    assert ("REQUEST", "CHN", "JPN") in events_of("中国外交部发言人表示，日方不要在这个问题上一错再错。")
    assert ("REJECT", "RUS", "USA") in events_of("俄罗斯外长拉夫罗夫说：“我们不同意美国的这种说法。”")
    assert not [e for e in events_of("中国外交部发言人表示，我们不要忘记历史。") if e[0] == "REQUEST"]


def test_as_a_matter_of_course_is_no_demand():
    found = events_of("中国外交部发言人表示，美国一直把主导这家国际机构看作理所应当。")
    assert not [e for e in found if e[0] == "REQUEST"]


def test_hoping_to_act_with_another_is_no_demand_on_it():
    # 希望同美方一道…: the other is a partner of the speaker's own act, not the one asked
    found = events_of("中国外交部发言人表示，希望同美方一道努力，推动两国关系发展。")
    assert ("REQUEST", "CHN", "USA") not in found


def test_support_for_a_place_of_settlement_is_no_support_of_a_state():
    found = events_of("中国外交部发言人表示，支持在联合国框架内解决这一问题。")
    assert ("SUPPORT", "CHN", "UN") not in found


# A hostile deed told by its victim (data/hostile_deeds.txt): the statement accuses the doer.

def test_a_deed_against_the_speakers_side_accuses_the_doer():
    assert ("ACCUSE", "UKR", "RUS") in events_of("乌克兰外长库列巴5日表示，俄军昨夜再次炮击了我们的港口。")
    # the speaker's own side as the doer, or the deed denied: no accusation
    assert not [e for e in events_of("俄罗斯国防部5日表示，俄军炮击了乌军的仓库。") if e[0] == "ACCUSE"]
    assert not [e for e in events_of("俄罗斯外长表示，乌克兰没有袭击我们的边境。") if e[0] == "ACCUSE"]


def test_a_deed_suffered_in_the_passive_accuses_the_doer():
    assert ("ACCUSE", "PHL", "CHN") in events_of("菲律宾外长表示，菲方补给船遭到中国海警船冲撞。")
    # 轰炸机 names a plane: the Ukrainian plane is no doer
    assert ("ACCUSE", "RUS", "UKR") not in events_of("俄罗斯国防部表示，乌军的轰炸机被俄军击落。")


def test_words_of_a_lie_accuse_the_party_named():
    assert ("ACCUSE", "RUS", "GBR") in events_of("俄罗斯外长表示，不要相信英国的信口雌黄。")
    assert not [e for e in events_of("俄罗斯外长表示，不要相信英国的说法。") if e[0] == "ACCUSE"]


def test_a_call_is_on_whoever_acts_not_on_the_one_pressed():
    # 呼吁X对俄方施压: the call is on X (no state), not on Russia
    found = events_of("乌克兰外长呼吁欧洲盟友加快提供弹药，同时对俄方加大施压力度。")
    assert ("REQUEST", "UKR", "RUS") not in found
    assert ("REQUEST", "CHN", "USA") in events_of("中国外交部发言人呼吁美方停止对台军售。")


def test_a_hostile_deed_the_speakers_side_says_it_will_do_is_a_threat():
    assert ("THREATEN", "IRN", "USA") in events_of("伊朗革命卫队司令5日表示，将打击美国在中东的所有基地。")
    assert ("THREATEN", "RUS", "NATO") in events_of("俄罗斯外长表示，我们随时准备对北约的军事设施发动打击。")
    # another state as the doer, a denial, or 只要 (as long as): no threat of the speaker
    assert not [e for e in events_of("伊朗外长5日表示，美国将打击伊朗的核设施。") if e[0] == "THREATEN"]
    assert not [e for e in events_of("俄罗斯外长表示，俄方不会袭击乌克兰的民用设施。") if e[0] == "THREATEN"]
    assert not [e for e in events_of("俄罗斯官员认为，只要迅速占领乌克兰，西方就会让步。") if e[0] == "THREATEN"]


def test_a_cue_aimed_at_this_act_accuses_its_doer():
    # 批评此举“…”: the act told in the clause before, and its doer the one criticised
    found = events_of("去年，英国政府拒绝派人出席在开罗召开的论坛，埃及外长阿提夫批评此举是“对合作精神的轻视”。")
    assert ("ACCUSE", "EGY", "GBR") in found


def test_a_cue_aimed_at_a_claim_just_told_rejects_its_maker():
    found = events_of("智利外交部长声称秘鲁军队越过了边界。秘鲁国防部长驳斥了这一说法，称“边境一切正常”。")
    assert ("REJECT", "PER", "CHL") in found


def test_a_bare_office_title_serves_the_state_just_spoken_of():
    # 政府发言人X with no state before him: the state the sentences before speak of
    found = events_of("伊朗政府随即否认了这一消息。\n\n政府发言人卡里米安批评以色列“又在散布谎言”。")
    assert ("ACCUSE", "IRN", "ISR") in found



def test_a_pronoun_for_an_official_of_a_bare_title_takes_his_state():
    found = events_of("伊朗政府随即否认了这一消息。政府发言人卡里米安对记者表示，相关报道完全不实。他还指责以色列向反对派提供武器。")
    assert ("ACCUSE", "IRN", "ISR") in found


def test_a_pronoun_for_an_official_takes_the_state_before_his_title():
    # 她 after a quote: the official quoted last, of the state right before his title
    found = events_of("秘鲁政府发言人阿塔瓦尔帕在声明中回应称，秘鲁“从未越界”。她接着批评圣地亚哥与走私团伙勾结。")
    assert ("ACCUSE", "PER", "CHL") in found
