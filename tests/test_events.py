"""Who did what to whom: each case is a short sentence written for the test and its events."""
from __future__ import annotations

import newsfacts


def events_of(body: str, published_at: str = "2025-04-19T10:00:00", negated: bool = False) -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at)
    record = doc.to_dict()
    out = []
    for e in record["hypothetical_events" if negated else "events"]:
        out.append((e["type"], e["source"], e["target"], e["trigger"]))
    for e in doc.events:
        assert doc.article.text[e.evidence.start:e.evidence.end] == e.evidence.text
    return out


def test_meeting_with_pattern():
    assert events_of("美国官员周四与乌克兰官员在巴黎举行了会谈。") == [("CONSULT", "USA", "UKR", "会谈")]


def test_attack_on_pattern_with_date_place_and_casualties():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯周五对乌克兰发动了无人机袭击，击中了哈尔科夫州一座变电站。州长表示，袭击共造成3人死亡，12人受伤。",
                            published_at="2025-04-19T10:00:00")
    assault = next(e for e in doc.events if e.type == "ASSAULT")
    assert (assault.source, assault.target, assault.date) == ("RUS", "UKR", "2025-04-18")
    assert (assault.killed, assault.injured) == (3, 12)
    assert assault.location.startswith("哈尔科夫")


def test_passive_attack():
    assert events_of("基辅昨晚遭到俄罗斯无人机袭击。") == [("ASSAULT", "RUS", "UKR", "无人机袭击")]


def test_accusation_object_pattern_and_capital_as_state():
    assert events_of("莫斯科方面指责基辅破坏停火。") == [("ACCUSE", "RUS", "UKR", "指责")]


def test_rejection_of_a_proposal():
    assert events_of("俄罗斯拒绝了乌克兰提出的停火提议。") == [("REJECT", "RUS", "UKR", "拒绝")]


def test_signing_between_two_states():
    assert events_of("美国和乌克兰周四签署了一份矿产协议意向书。") == [("AGREE", "USA", "UKR", "签署")]


def test_negated_event_is_not_reported_as_fact():
    assert events_of("美国没有制裁俄罗斯的银行。") == []
    assert events_of("美国没有制裁俄罗斯的银行。", negated=True) == [("SANCTION", "USA", "RUS", "制裁")]


def test_hedged_and_conditional_events_are_marked():
    doc = newsfacts.analyze_text("测试标题\n\n美国可能会制裁伊朗。如果谈判失败，以色列将袭击伊朗。")
    modality = {e.type: e.modality for e in doc.events}
    assert modality == {"SANCTION": "hedged", "ASSAULT": "conditional"}


def test_both_sides_accuse_each_other():
    found = events_of("俄罗斯和乌克兰的停火协议已经到期，双方频繁指责对方违约。")
    assert ("ACCUSE", "RUS", "UKR", "指责") in found and ("ACCUSE", "UKR", "RUS", "指责") in found


def test_threat_said_in_a_quote_is_an_event_linked_to_it():
    doc = newsfacts.analyze_text("测试标题\n\n美国国务卿卢比奥周五在巴黎警告称，如果俄罗斯继续拖延谈判，美方将退出调解。",
                            published_at="2025-04-19T10:00:00")
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert (threat.source, threat.target, threat.date) == ("USA", "RUS", "2025-04-18")
    assert doc.quotes[threat.quote_index].cue.text == "警告称"


def test_event_reported_twice_is_merged_with_both_evidence_spans():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯对乌克兰发动了袭击。稍后，俄罗斯又一次被报道对乌克兰发动了袭击。")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].also_evidence) == 1


def test_events_csv_has_gdelt_like_columns_with_coordinates(tmp_path, capsys):
    from newsfacts.cli import main

    path = tmp_path / "a.txt"
    path.write_text("测试标题\n\n俄罗斯周五对乌克兰发动了无人机袭击，击中了哈尔科夫州一座变电站。", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "events-csv", "--published-at", "2025-04-19T10:00:00"]) == 0
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert header.startswith("date,source,target,type,cameo,location,lat,lon,killed,injured")
    fields = row.split(",")
    assert fields[:4] == ["2025-04-18", "RUS", "UKR", "ASSAULT"]
    assert fields[5].startswith("哈尔科夫") and float(fields[6]) > 49 and float(fields[7]) > 36


def test_casualties_from_chinese_numerals_and_vague_counts_left_out():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯周五对乌克兰发动空袭，造成三人死亡，数十人受伤。", published_at="2025-04-19T10:00:00")
    assault = next(e for e in doc.events if e.type == "ASSAULT")
    assert (assault.killed, assault.injured) == (3, None)


def test_quotes_and_events_refer_to_actors_by_the_entity_id():
    doc = newsfacts.analyze_text("测试标题\n\n美国国务卿卢比奥周五在巴黎警告称，如果俄罗斯继续拖延谈判，美方将退出调解。",
                            published_at="2025-04-19T10:00:00")
    rubio = next(e for e in doc.entities if e.name == "卢比奥")
    assert rubio.id == "Q324546"
    assert doc.quotes[0].speaker_id == rubio.id
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert threat.source_actor == rubio.id and threat.target_actor == "RUS"


def test_a_coordinated_subject_gives_one_event_per_party():
    assert events_of("美国和日本周二对朝鲜实施新一轮制裁。") == [("SANCTION", "USA", "PRK", "制裁"),
                                                           ("SANCTION", "JPN", "PRK", "制裁")]
    assert [e[1] for e in events_of("美国、英国和法国联合谴责伊朗的导弹试射。")] == ["USA", "GBR", "FRA"]


def test_parties_on_both_sides_of_with_stay_source_and_target():
    # a drill held with a partner is military cooperation (PLOVER COOPERATE, as the gold codes it)
    assert events_of("俄罗斯与白俄罗斯在边境举行联合军演。") == [("COOPERATE", "RUS", "BLR", "联合军演")]
    assert events_of("印度与日本在东京附近举行军演。") == [("COOPERATE", "IND", "JPN", "军演")]


def test_the_party_after_xiang_is_the_target_and_an_event_needs_its_actor():
    assert events_of("美国向乌克兰提供了新一轮军事援助。") == [("AID", "USA", "UKR", "援助")]
    assert events_of("三国政府随后向基里巴斯提供援助。") == []


def test_a_trigger_inside_a_longer_word_is_not_an_event():
    assert events_of("俄罗斯展示了一架新型轰炸机。") == []
    assert events_of("美国为乌克兰官员办理访问签证。") == []


def test_a_verb_modifying_a_noun_is_not_an_event():
    assert events_of("中国和巴西是重要的合作伙伴。") == []


def test_hedged_and_advisory_acts_are_hypothetical_not_events():
    assert events_of("日本可能制裁朝鲜。") == []
    assert events_of("日本可能制裁朝鲜。", negated=True) == [("SANCTION", "JPN", "PRK", "制裁")]
    assert events_of("专家认为，日本应该制裁朝鲜。") == []


def test_an_act_stopped_is_negated():
    assert events_of("德国停止援助乌克兰。") == []


def test_a_planned_visit_is_still_reported():
    assert events_of("法国总统计划下月访问印度。") == [("CONSULT", "FRA", "IND", "访问")]


def test_a_passive_reverses_direction():
    assert events_of("一架乌克兰战机被俄罗斯击落。") == [("ASSAULT", "RUS", "UKR", "击落")]


def test_several_parties_after_with_give_one_event_each():
    found = events_of("俄罗斯防长分别与法国防长、英国防长通电话。")
    assert found == [("CONSULT", "RUS", "FRA", "通电话"), ("CONSULT", "RUS", "GBR", "通电话")]


def test_several_objects_of_a_verb_give_one_event_each():
    assert events_of("印度谴责巴基斯坦和阿富汗。") == [("ACCUSE", "IND", "PAK", "谴责"), ("ACCUSE", "IND", "AFG", "谴责")]


def test_a_word_that_names_the_host_gives_the_target():
    assert events_of("法国总统马克龙周三访华。") == [("CONSULT", "FRA", "CHN", "访华")]


def test_a_person_of_the_same_state_is_a_domestic_target():
    assert events_of("美国总统拜登批评前总统特朗普。") == [("ACCUSE", "USA", "USA", "批评")]


def test_support_without_a_counterpart_is_a_stance_not_an_event():
    assert events_of("德国支持自由贸易。") == []


def test_target_from_the_next_clause_of_the_sentence():
    assert events_of("俄罗斯指责称，英国向乌克兰运送导弹。")[0][:3] == ("ACCUSE", "RUS", "GBR")


def test_an_anniversary_and_a_figurative_release_are_not_events():
    assert events_of("今年是中法建交60周年。") == []
    assert events_of("俄罗斯释放了愿意谈判的信号，乌克兰回应。") == []


def test_cooperation_spoken_of_without_a_partner_is_not_an_event():
    assert events_of("美国希望深化合作。") == []
    assert events_of("印度与日本在造船领域开展合作。") == [("COOPERATE", "IND", "JPN", "合作")]


def test_aid_a_speaker_says_was_given_stays_aid():
    assert events_of("德国官员表示，德国已向乌克兰提供防空系统。")[-1][:3] == ("AID", "DEU", "UKR")


def test_event_dates_from_a_day_alone_and_from_same_day_words():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯外长12日会见了土耳其外长。同日，俄罗斯对乌克兰发动空袭。",
                            published_at="2025-04-19T10:00:00")
    dates = {e.type: e.date for e in doc.events}
    assert dates == {"CONSULT": "2025-04-12", "ASSAULT": "2025-04-12"}


def test_without_publication_date_an_event_gets_no_guessed_date():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯外长12日会见了土耳其外长。")
    assert [e.date for e in doc.events] == [None]


def test_a_named_group_of_states_gives_one_event_per_member():
    found = events_of("中国与中亚五国举行会谈。")
    assert [e[2] for e in found] == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_a_bloc_without_a_state_code_gives_no_event():
    assert events_of("西方国家谴责伊朗。") == []
    assert events_of("上合组织批评北约。") == []


def test_we_inside_a_statement_is_its_speaker():
    found = events_of("中国外交部发言人毛宁说，我们敦促美方立即停止挑衅行为。")
    assert ("REQUEST", "CHN", "USA", "敦促") in found


def test_direct_frame_words_need_a_party_right_after():
    assert events_of("德国总理周三赴法国访问。") == [("CONSULT", "DEU", "FRA", "赴")]
    assert events_of("中方希望美方停止挑衅。") == [("REQUEST", "CHN", "USA", "希望")]
    assert events_of("中方希望和平。") == []


def test_a_negation_a_few_characters_before_the_verb():
    assert events_of("印度也没有为缅甸提供零件。") == []


def test_a_call_to_investigate_a_compatriot_is_domestic():
    assert events_of("美国民主党人呼吁对特朗普展开调查。") == [("REQUEST", "USA", "USA", "呼吁")]


def test_a_coup_is_within_the_actor_s_own_state():
    assert events_of("泰国军方发动政变。") == [("COERCE", "THA", "THA", "政变")]


def test_an_act_on_nobody_named_is_not_an_event_between_actors():
    assert events_of("乌克兰军队周三发起了反攻。") == []


def test_the_visitor_not_the_host_visits():
    found = events_of("中国外交部发言人表示，巴基斯坦总理将于下周访华。")
    assert ("CONSULT", "PAK", "CHN", "访华") in found


def test_a_topic_after_a_with_verb_is_not_a_partner():
    assert events_of("俄罗斯官员讨论了乌克兰局势。") == []


def test_a_threat_spoken_of_as_a_thing_is_not_a_threat_made():
    assert "THREATEN" not in [e[0] for e in events_of("美国炒作中国威胁。")]
    assert events_of("朝鲜威胁韩国。") == [("THREATEN", "PRK", "KOR", "威胁")]


def test_saying_there_is_no_threat_negates_it():
    assert events_of("韩国的举动对中国并无直接威胁。") == []


def test_a_short_quoted_term_names_the_act_but_a_quoted_statement_does_not():
    assert events_of("德国周三同法国举行了“2+2会谈”。") == [("CONSULT", "DEU", "FRA", "会谈")]
    assert events_of("俄罗斯当天对乌克兰发动了“报复性打击”。") == [("ASSAULT", "RUS", "UKR", "打击")]
    assert events_of("他说：“德国明天将同法国举行会谈，并且签署协议。”") == []


def test_commentators_are_no_doers_of_a_state_act():
    assert events_of("德国和法国的能源专家一致同意，天然气价格还会上涨。") == []
    assert events_of("德国和法国一致同意延长天然气协议。") == [("AGREE", "DEU", "FRA", "同意")]


def test_a_visit_to_a_region_is_no_visit_to_each_of_its_states():
    assert events_of("德国外长周二飞往中亚。") == []
    assert {e[2] for e in events_of("德国外长周二访问中亚五国。")} == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_a_meeting_within_one_state_is_no_event_between_parties():
    assert events_of("普京会见了绍伊古。") == []
    assert events_of("普京会见了马克龙。") == [("CONSULT", "RUS", "FRA", "会见")]


def test_an_act_that_dates_another_is_background():
    assert events_of("这是俄罗斯继上月炮轰乌克兰之后，又一次公开表态。") == []
    assert events_of("俄罗斯上月炮轰乌克兰。") == [("ASSAULT", "RUS", "UKR", "炮轰")]


def test_white_space_after_a_clause_break_does_not_stall_the_subject_search():
    # a full-width space after the comma once made the search for the subject's clause stand still
    record = newsfacts.analyze_text("测试标题\n\n美国总统特朗普表示，\u3000他将访问中国。",
                                    published_at="2025-04-19T10:00:00", time_budget=20).to_dict()
    assert [(e["source"], e["target"]) for e in record["events"] + record["hypothetical_events"]] == [("USA", "CHN")]


# --- issue 15, round 3: which acts exist, and how they are told --------------------------------

def test_act_suffered_from_a_named_doer():
    assert events_of("这位法国部长遭到了俄罗斯外交部的批评。") == [("ACCUSE", "RUS", "FRA", "批评")]
    assert events_of("这项计划受到严重的质疑。") == []  # no doer named: no act between parties


def test_drill_others_are_invited_to_join_is_cooperation():
    assert events_of("日本邀请澳大利亚参加在冲绳附近的军事演习。") == [("COOPERATE", "JPN", "AUS", "军事演习")]


def test_praise_cue_cut_by_the_quote_finder_is_still_praise():
    assert events_of("德国总理称赞中国在气候问题上的作用。") == [("SUPPORT", "DEU", "CHN", "称赞")]


def test_praise_of_ordinary_people_is_no_act_of_their_state():
    assert events_of("不少日本民众称赞中国的高铁。") == []


def test_denied_threat_and_feared_invasion_are_not_facts():
    assert events_of("印度对中国并无威胁，“我们只想和平”。") == []
    assert events_of("欧洲国家担心俄罗斯入侵乌克兰。") == []
    assert events_of("欧洲国家担心俄罗斯入侵乌克兰。", negated=True) == [("ASSAULT", "RUS", "UKR", "入侵")]


def test_beyond_reproach_is_no_accusation():
    assert events_of("中方在这个问题上无可指责。") == []


def test_trip_that_describes_travellers_is_no_visit():
    assert events_of("中国暂停签发韩国公民赴华签证。") == [("SANCTION", "CHN", "KOR", "暂停签发")]
    assert events_of("法国总统上周赴德国访问。") == [("CONSULT", "FRA", "DEU", "赴")]


def test_disposal_jiang_is_no_future():
    doc = newsfacts.analyze_text("测试标题\n\n美国将两家中国公司列入实体清单。", published_at="2025-04-19T10:00:00")
    assert [(e.type, e.source, e.target, e.modality) for e in doc.events] == [("SANCTION", "USA", "CHN", "asserted")]
    doc = newsfacts.analyze_text("测试标题\n\n日本将对韩国实施制裁。", published_at="2025-04-19T10:00:00")
    assert [e.modality for e in doc.events] == ["future"]


def test_general_news_verbs_of_the_lexicon():
    assert events_of("俄罗斯外长接待了伊朗外长。") == [("CONSULT", "RUS", "IRN", "接待")]
    assert events_of("俄罗斯军队攻占了乌克兰的一座城市。") == [("ASSAULT", "RUS", "UKR", "攻占")]
    assert events_of("英国向乌克兰捐赠了一批药品。") == [("AID", "GBR", "UKR", "捐赠")]


def test_trip_to_hold_another_act_is_that_act():
    found = events_of("印度空军派出战机远赴日本与日本自卫队举行联合演习。")
    assert ("CONSULT", "IND", "JPN", "赴") not in found
    assert ("COOPERATE", "IND", "JPN", "联合演习") in found


def test_welcome_of_a_visitor_is_part_of_the_visit():
    found = events_of("中方热烈欢迎巴基斯坦总理访问中国。")
    assert ("SUPPORT", "CHN", "PAK", "欢迎") not in found


def test_stance_on_cooperation_is_no_act_of_cooperation():
    assert events_of("两国外长表示要深化中德合作。") == []
    # praising the cooperation is praise (SUPPORT), not a second act of cooperating
    assert [kind for kind, *_ in events_of("德国总统高度评价中德经贸合作。")] == ["SUPPORT"]


def test_search_done_suddenly_is_no_assault():
    found = events_of("美国联邦调查局突击搜查了一名俄罗斯外交官的住所。")
    assert all(kind != "ASSAULT" for kind, *_ in found)


def test_trigger_inside_the_name_of_a_text_is_no_act():
    assert events_of("英方称，《中英联合声明》中的义务早已履行完毕。") == []


def test_accusation_judged_false_is_no_new_accusation():
    assert events_of("日本外务省称，韩国的指责毫无根据。") == []


def test_so_called_label_in_quotes_is_no_act():
    assert events_of("美国和日本渲染所谓“中国威胁”。") == [("ACCUSE", "USA", "CHN", "渲染"), ("ACCUSE", "JPN", "CHN", "渲染")]


def test_consent_never_given_is_no_agreement():
    assert events_of("这份报告没有获得中国政府同意。") == []
    # the strike done without consent still happened
    assert events_of("美国未经伊拉克政府同意就空袭了伊拉克境内目标。") == [("ASSAULT", "USA", "IRQ", "空袭")]


def test_at_the_request_of_a_party_that_party_asked():
    found = events_of("土耳其总参谋长应美方要求，同美军高层通了电话。")
    assert ("REQUEST", "USA", "TUR", "要求") in found


def test_act_named_with_both_parties_in_its_frame():
    assert events_of("欧盟宣布延长欧盟对俄罗斯的制裁。") == [("SANCTION", "EU", "RUS", "制裁")]
    assert events_of("美国对乌克兰的援助仍在继续。") == [("AID", "USA", "UKR", "援助")]
    assert events_of("各方都谈到了对俄罗斯的制裁。") == []  # no doer named


def test_endangering_and_staged_attacks_are_no_acts():
    assert events_of("莫斯科认为北约东扩会威胁到俄罗斯的安全。") == []
    assert events_of("美国指责俄罗斯准备拍摄一场假袭击的影片。") == [("ACCUSE", "USA", "RUS", "指责")]


def test_cooperation_judged_as_win_win_is_no_act():
    assert events_of("中国和欧盟是重要伙伴，双方合作互利共赢。") == []


def test_a_state_does_not_sanction_itself():
    # the firm hit by tariffs has no code of its own: its state's name nearby is no target
    assert events_of("这家企业一半产品销往美国，受到美国加征关税的影响。") == []
    assert events_of("美国对俄罗斯实施了新的制裁。") == [("SANCTION", "USA", "RUS", "制裁")]


def test_a_text_cited_as_a_basis_is_no_act():
    assert events_of("根据中俄两国领导人联合声明里的原则，两国还要推进能源项目。") == []
    assert events_of("中国和俄罗斯发表了联合声明。") == [("AGREE", "CHN", "RUS", "联合声明")]


def test_people_named_by_an_act_are_no_act():
    assert events_of("按照美俄之间的协议，双方交换了被关押人员。") == []


def test_a_sanction_or_condemnation_refused_is_not_an_event():
    assert ("SANCTION", "CHN", "RUS", "制裁") not in events_of("中国拒不加入针对俄罗斯的国际制裁。")
    assert ("SANCTION", "CHN", "RUS", "制裁") in events_of("中国拒不加入针对俄罗斯的国际制裁。", negated=True)
    assert ("ACCUSE", "CHN", "RUS", "谴责") not in events_of("中国拒绝了西方提出的共同谴责俄罗斯的倡议。")
    assert ("ASSAULT", "RUS", "UKR", "袭击") in events_of("俄罗斯拒绝停火并袭击了乌克兰。")


def test_one_act_told_in_two_clauses_of_a_sentence_is_one_event():
    said = events_of("俄罗斯防长与中国防长举行通话，讨论了朝鲜半岛局势。")
    assert [e[:3] for e in said] == [("CONSULT", "RUS", "CHN")]
    # two sentences, or two items of a list, stay two acts
    two = events_of("中国和越南签署了渔业协定；中国同越南还签订了海关协议。")
    assert [e[:3] for e in two] == [("AGREE", "CHN", "VNM"), ("AGREE", "CHN", "VNM")]


def test_an_act_that_dates_another_after_zai_hou_is_an_occasion():
    # 在…后 / 在…前 like 在…之后: the act only dates what follows
    assert not any(e[0] == "SANCTION" for e in events_of("在美国宣布制裁伊朗两个月后，伊朗外长访问了中国。"))
    assert [e[:3] for e in events_of("在法国总统访问中国前，美国谴责了俄罗斯。")] == [("ACCUSE", "USA", "RUS")]


def test_a_verb_after_a_dative_party_takes_the_next_noun_as_its_object():
    # 向X支援武器: weapons given; 远程打击武器 stays a kind of weapon
    assert [e[:3] for e in events_of("德国向乌克兰支援武器。")] == [("AID", "DEU", "UKR")]
    assert [e[:3] for e in events_of("美国向乌克兰提供远程打击武器。")] == [("AID", "USA", "UKR")]


def test_shooting_and_killing_are_assaults():
    assert [e[:3] for e in events_of("以色列士兵向巴勒斯坦示威者开枪。")] == [("ASSAULT", "ISR", "PSE")]
    assert [e[:3] for e in events_of("以色列军队射杀了三名巴勒斯坦人。")] == [("ASSAULT", "ISR", "PSE")]


def test_a_commercial_deals_talks_are_no_act_of_a_state():
    assert events_of("中国一汽与日本丰田举行合资谈判。") == []
    assert [e[:3] for e in events_of("中美两国举行经贸谈判。")] == [("CONSULT", "CHN", "USA")]


def test_a_verb_after_for_or_towards_a_party_takes_the_weapons_as_its_object():
    assert [e[:3] for e in events_of("德国决定为乌克兰提供武器。")] == [("AID", "DEU", "UKR")]
