"""Round 22: names and states the tagger or the rules lost on blind batteries of world news (a state body
after a one-character state name, a known name glued to the verb after it, a state's long official
name), people acted on at home, and 她 after a newly introduced speaker. Each case is a short sentence
written for the test."""
from __future__ import annotations

import newsfacts
from conftest import events_of, quote_triples as _quotes, record_of as _analysed


def test_a_state_body_after_a_one_character_name_is_the_state_the_article_names_in_full():
    # 阿 stands for several states: the one named in full decides
    assert ("CONSULT", "AFG", "PAK") in events_of(
        "阿富汗临时政府发言人称边境发生冲突。阿外交部召见巴基斯坦驻阿大使。")
    assert ("CONSULT", "ARG", "GBR") in events_of("阿根廷总统发表讲话。阿外交部召见英国驻阿大使。")
    # with no state named in full the abbreviation stays unread, not guessed
    assert not any(e[0] == "CONSULT" and e[1] in ("AFG", "ARG", "DZA", "ARE")
                   for e in events_of("阿外交部召见英国大使。"))


def test_a_known_name_glued_to_the_verb_after_it_is_read_whole():
    # 内|塔尼亚|胡警|告说 and 内|塔尼亚|胡扬言: the tagger cut the name and glued its end to the verb
    assert _quotes("以色列总理内塔尼亚胡警告说，对方将付出代价。") == [
        ("内塔尼亚胡", "警告说", "对方将付出代价")]
    assert _quotes("以色列总理内塔尼亚胡扬言，对方将付出代价。") == [("内塔尼亚胡", "扬言", "对方将付出代价")]
    assert ("THREATEN", "ISR", "IRN") in events_of("内塔尼亚胡扬言将对伊朗作出回应。")
    # a name whose end is no verb of saying stays as it was read
    assert _quotes("李强调研时指出，要加快发展。") == [("李强", "指出", "要加快发展")]


def test_a_state_named_by_its_long_official_name_is_a_party():
    # 阿拉伯联合酋长国: the words of a state's form (阿拉伯, 联合, 酋长国) are its whole name here
    assert ("SANCTION", "SDN", "ARE") in events_of("苏丹与阿拉伯联合酋长国断绝外交关系。")
    assert not any(e[2] for e in events_of("某国与共和国断绝外交关系。") if e[0] == "SANCTION")


def test_people_counted_loosely_and_held_at_home_are_the_doers_own():
    assert ("COERCE", "COD", "COD") in events_of("刚果（金）安全部队随后拘留了数十名示威者。")
    assert ("COERCE", "KOR", "KOR") in events_of("韩国警方逮捕了3名抗议者。")
    # another state's people named with them are that state's
    assert ("COERCE", "RUS", "USA") in events_of("俄罗斯警方拘留了两名美国记者。")


def test_she_continues_the_speaker_just_introduced_not_an_earlier_woman():
    # a woman spokesperson spoke first; a scholar of unknown gender is introduced and then 她 speaks on
    quotes = _quotes("外交部发言人毛宁表示，双方应加强合作。\n某某大学研究中心主任钱慕白对记者表示，"
                     "新政府的首要任务是发展经济。谈到对外政策，她认为新政府会更加务实。")
    assert quotes[-1] == ("钱慕白", "认为", "新政府会更加务实")
    # with no one introduced since, 她 is still the woman who spoke
    quotes = _quotes("外交部发言人毛宁表示，双方应加强合作。她强调，中方的立场是一贯的。")
    assert quotes[-1][0] == "毛宁"


def test_goods_named_by_where_they_come_from_are_that_states():
    # 对从X进口的商品: the act is aimed at X; the doer is the subject of the clause before
    assert ("SANCTION", "USA", "CAN") in events_of("美国总统签署行政令，宣布对从加拿大进口的商品征收关税。")
    both = events_of("美国总统签署行政令，对从加拿大和墨西哥进口的商品征收关税。")
    assert ("SANCTION", "USA", "CAN") in both and ("SANCTION", "USA", "MEX") in both
    assert not any(e[1] in ("CAN", "MEX") for e in both)


def test_a_second_measure_on_other_counted_firms_keeps_its_doer():
    found = events_of("中国商务部将美国企业列入清单，并对另外15家美国实体实施出口管制。")
    assert ("SANCTION", "CHN", "USA") in found and ("SANCTION", "USA", "CHN") not in found


def test_a_clause_opening_on_xiang_takes_the_subject_of_the_sentence():
    # ……，向X发射了导弹: the subject left out is the sentence's
    assert ("ASSAULT", "IRN", "ISR") in events_of("伊朗启动报复行动，向以色列发射了导弹。")
    assert ("AID", "JPN", "UKR") in events_of("日本政府作出决定，向乌克兰交付一批防弹衣。")
    # a launch with no 向 stays no attack
    assert not any(e[0] == "ASSAULT" for e in events_of("朝鲜上午从平壤附近发射数枚近程弹道导弹。"))


def test_an_officer_in_charge_of_a_field_heads_the_clause_and_he_continues_them():
    quotes = _quotes("某国总理李华讽刺道：“这份协议毫无意义。”\n"
                     "欧盟委员会负责贸易事务的委员谢夫乔维奇在布鲁塞尔为协议辩护。他坦言，这是最好的协议。")
    assert quotes[-1] == ("谢夫乔维奇", "坦言", "这是最好的协议")


def test_a_title_given_once_describes_the_person_where_they_later_speak():
    # 这位自民党总裁: the one named 自民党总裁 at an earlier mention, not the last man who spoke
    quotes = _quotes("日本公明党党首斋藤铁夫在与自民党总裁高市早苗会谈后宣布，公明党将退出执政联盟。"
                     "斋藤铁夫说，自民党未能作出答复。\n高市早苗随后对记者表示，她对此感到遗憾。"
                     "这位自民党总裁坦言，党内仍需时间讨论。这位公明党党首则表示，不会改变决定。")
    assert quotes[3] == ("高市早苗", "坦言", "党内仍需时间讨论")
    assert quotes[4][0] == "斋藤铁夫"


def test_a_call_whose_verb_the_tagger_glued_to_a_name_is_still_found():
    # 国务卿兰道通|电话: the tagger read the name and the verb's first character as one proper noun
    assert ("CONSULT", "KOR", "USA") in events_of("韩国外交部第一次官朴允柱13日与美国副国务卿兰道通电话。")


def test_the_body_an_act_goes_through_is_its_channel_not_its_doer():
    found = events_of("日本政府宣布，已通过世界粮食计划署向苏丹追加提供300万美元紧急无偿援助。")
    assert ("AID", "JPN", "SDN") in found and not any(e[1] == "UN" for e in found)
    assert ("AID", "UN", "SDN") in events_of("世界粮食计划署向苏丹提供了粮食援助。")


def test_closing_airspace_to_a_states_airlines_is_a_sanction():
    assert ("SANCTION", "PAK", "IND") in events_of("巴基斯坦宣布对所有印度航空公司关闭领空。")


def test_a_clause_opening_on_dui_names_only_the_object_after_it():
    # no doer named: the state inside the object (追随美国) is not made the critic
    assert not any(e[1] == "USA" for e in events_of("他还对日方追随美国提出批评。"))
    assert ("ACCUSE", "CHN", "JPN") in events_of("中方对日方追随美国的做法提出批评。")


def test_a_body_that_issued_a_report_speaks_under_its_own_name():
    assert _quotes("世界粮食计划署22日发布报告，确认某地已出现饥荒。") == [("世界粮食计划署", "确认", "某地已出现饥荒")]
    # a name in quotation marks glossed by an abbreviation in brackets: the name, not the gloss
    assert _quotes("由多家机构参与的“粮食安全阶段综合分类”（IPC）22日发布报告，首次确认某地已出现饥荒。")[0][0] \
        == "粮食安全阶段综合分类"


def test_a_state_inside_a_quoted_term_is_no_speaker_but_a_name_quoted_whole_is():
    quotes = _quotes("美国防长李华31日发表演讲，大肆渲染所谓“中国威胁”，声称对方的威胁迫在眉睫。")
    assert quotes == [("李华", "声称", "对方的威胁迫在眉睫")]
    assert _quotes("据“美国之音”报道，某国政府已经批准了这项计划。")[0][0] == "美国之音"


def test_strikes_halted_are_a_de_escalation_not_an_attack_or_a_threat():
    assert events_of("美国将停止对胡塞武装的轰炸。") == [("RETREAT", "USA", "YEM")]
    assert ("THREATEN", "USA", "YEM") not in events_of("特朗普宣布，美国将停止对胡塞武装的轰炸。")
    assert ("RETREAT", "RUS", "UKR") in events_of("俄军暂停了对乌克兰能源设施的打击。")
    # refusing to halt them is no de-escalation
    assert not any(e[0] == "RETREAT" for e in events_of("以色列拒绝停止对加沙的轰炸。"))


def test_an_act_alleged_in_an_accusation_is_not_told_as_fact():
    found = events_of("美国指责伊朗向胡塞武装提供武器。")
    assert ("ACCUSE", "USA", "IRN") in found and not any(e[0] == "AID" for e in found)
    assert not any(e[0] == "AID" for e in events_of("苏丹国防部长指控阿联酋向快速支援部队提供无人机。"))
    # an act condemned is what happened
    assert ("ASSAULT", "ISR", "SYR") in events_of("伊朗谴责以色列空袭叙利亚。")
    hypothetical = newsfacts.analyze_text("测试标题\n\n美国指责伊朗向胡塞武装提供武器。").to_dict()["hypothetical_events"]
    assert [(e["type"], e["modality"]) for e in hypothetical] == [("AID", "alleged")]


def test_a_double_negation_is_no_negation():
    assert ("REQUEST", "USA", "ISR") in events_of("特朗普不得不公开要求以方把飞机开回来。")
    assert not events_of("美国不会对伊朗实施制裁。")


def test_a_call_told_with_its_length_and_a_name_glued_to_its_verb():
    # 普京通|了…电话: the tagger glued the verb's first character onto a known foreign name
    assert events_of("特朗普与普京通了两个多小时的电话。") == [("CONSULT", "USA", "RUS")]
    assert ("CONSULT", "USA", "RUS") in events_of("美国总统与俄罗斯总统通了一次长时间的电话。")


def test_a_finding_inside_what_is_said_and_an_idiom_of_saying_are_no_statements():
    quotes = _quotes("分析人士指出，此次发射距离上一次不到一年，显示某国仍在加快导弹研发。")
    assert quotes == [("分析人士", "指出", "此次发射距离上一次不到一年，显示某国仍在加快导弹研发")]
    assert _quotes("美国防长李华23日表示，有证据显示某国军人已在境外。") == [
        ("李华", "表示", "有证据显示某国军人已在境外")]
    assert _quotes("说句不客气的话，某国如今的处境很危险。") == []
    # data and records that show something still speak for whoever published them
    assert _quotes("外交部官网显示，王毅将于下周访问法国。")[0][:2] == ("外交部官网", "显示")


def test_the_object_of_a_pivot_verb_is_no_subject_a_later_cue_goes_on_with():
    quotes = _quotes("巴基斯坦针锋相对，关闭领空禁止印度航空公司飞越，并警告称，任何截断河水的行为都将被视为战争行为。")
    assert quotes[0][:2] == ("巴基斯坦", "警告称")


def test_a_person_acting_in_an_outlets_report_is_who_he_refers_to():
    quotes = _quotes("日本外相岩屋毅与王毅举行会谈。日媒称，石破茂对此表示欢迎，他认为这是两国关系向前迈出的一步。")
    assert quotes[-1] == ("石破茂", "认为", "这是两国关系向前迈出的一步")


def test_a_claim_holding_a_quoted_word_is_said_and_a_charge_is_a_cue():
    assert _quotes("五角大楼称这是“高度挑衅”的举动。") == [("五角大楼", "称", "这是“高度挑衅”的举动")]
    assert _quotes("他被媒体称为“沙皇”的商人。") == []  # a nickname modifying a noun
    assert _quotes("美国司法部指控马杜罗是世界上最大的毒贩之一。") == [
        ("美国司法部", "指控", "马杜罗是世界上最大的毒贩之一")]
    # a charge as a noun says nothing
    assert _quotes("特朗普面临刑事指控，而现在，拜登也遇到了麻烦。") == []


def test_a_firm_named_after_its_state_is_a_party_when_no_entity_was_kept_for_it():
    from newsfacts import index
    from newsfacts.stages import event_parties
    doc = newsfacts.analyze_text("测试标题\n\n巴基斯坦针锋相对，关闭领空禁止印度航空公司飞越。")
    doc.entities = [e for e in doc.entities if e.name != "印度航空公司"]  # as the article-level filter may leave it
    index.forget(doc)
    event_parties._built.clear()
    at = doc.norm_text.find("印度航空公司")
    assert [code for _, code in event_parties.mentions(doc, at, at + 6)] == ["IND"]


def test_objects_after_a_quantifier_or_a_relative_clause_are_the_ones_acted_on():
    found = events_of("特朗普致信巴西总统卢拉，宣布从8月1日起对所有巴西输美商品征收50%的关税。")
    assert ("SANCTION", "USA", "BRA") in found and ("SANCTION", "BRA", "USA") not in found
    # a court named after its state is that state's body; the head after a relative clause is the one sanctioned
    assert ("SANCTION", "USA", "BRA") in events_of(
        "美国财政部宣布，对负责审理某案的巴西最高法院大法官李华实施制裁。")


def test_an_act_inside_the_condition_is_supposed_not_done():
    found = events_of("特朗普放话，如果委内瑞拉战机威胁美军，美军将把它们击落。")
    assert ("THREATEN", "USA", "VEN") in found and ("THREATEN", "VEN", "USA") not in found
    assert ("THREATEN", "CHN", "USA") in events_of("如果美国对中国加征关税，中方将坚决反制。")
    assert ("SANCTION", "USA", "CHN") not in events_of("如果美国对中国加征关税，中方将坚决反制。")


def test_a_word_quoted_as_a_term_is_no_act():
    assert events_of("根子在于双方对“停火”的理解完全不同。") == []
    assert ("RETREAT", "RUS", "UKR") in events_of("俄乌双方宣布“停火”。")


def test_this_minister_is_the_person_the_knowledge_base_gives_that_office():
    quotes = _quotes("《华尔街日报》援引一名参与会谈的美国官员的话说，谈判持续到深夜。这名官员说，双方已形成初步共识。\n"
                     "贝森特12日上午与格里尔在日内瓦共同会见记者。“双方都不希望脱钩，”这位财政部长说。")
    assert quotes[-1][:2] == ("贝森特", "说")
    # a press conference is no meeting of states
    assert events_of("贝森特12日上午与格里尔在日内瓦共同会见记者。") == []


def test_one_of_a_counted_group_speaks_for_the_group():
    quotes = _quotes("该报援引两名了解谈判情况的人士称，美方要求中方采取更多行动。其中一人说，双方只迈出了第一步；"
                     "另一人则认为，后续谈判会难得多。")
    assert [q[0] for q in quotes] == ["两名了解谈判情况的人士"] * 3


def test_an_outlet_brought_in_as_a_subject_is_the_one_its_article_speaks_for():
    quotes = _quotes("日本共同社则报道，东京股市13日早盘延续涨势。\n不过，英国《金融时报》对这份安排持保留态度。"
                     "该报援引两名知情人士称，美方提出了更多要求。文章写道，缓冲期能否延长取决于双方的信任。")
    assert quotes[-1][:2] == ("金融时报", "写道")
    # an outlet only named as the one giving an interview is no such subject
    quotes = _quotes("路透社报道，谈判仍在继续。他在接受《华盛顿邮报》采访时说，双方分歧很大。报道称，下一轮会谈将在下月举行。")
    assert quotes[-1][0] == "路透社"


def test_a_person_acting_in_an_outlets_piece_speaks_on_in_the_next_clause():
    quotes = _quotes("格里尔在记者会上称，美国对华逆差接近3000亿美元。路透社的报道提到，格里尔拒绝透露具体承诺，"
                     "只表示相关讨论“还会继续”。")
    assert quotes[-1] == ("格里尔", "表示", "相关讨论“还会继续”")


def test_the_latter_is_the_one_person_the_clause_before_interviewed():
    quotes = _quotes("该报援引一名现任美国政府官员的话称，白宫并没有具体方案。该报还采访了一名曾在巴拿马任职的前美国外交官，"
                     "后者认为，施压在短期内或许奏效。这名前外交官说：“当地人的记忆并没有消失。”")
    assert [q[0] for q in quotes[1:]] == ["一名曾在巴拿马任职的前美国外交官"] * 2


def test_a_name_is_never_cut_at_its_joiner_and_a_hyphened_given_name_stays_on():
    quotes = _quotes("刚果（金）外长特蕾莎·卡伊宽巴·瓦格纳在签字仪式上发表讲话。她说，这一时刻来之不易。")
    assert quotes == [("特蕾莎·卡伊宽巴·瓦格纳", "说", "这一时刻来之不易")]
    quotes = _quotes("另一名专家、金沙萨大学教授让-皮埃尔·卢孔戈对此却表示担忧。他说：“受益的很可能不是当地人民。”")
    assert quotes[-1][0] == "让-皮埃尔·卢孔戈"


def test_a_name_described_by_a_zuowei_phrase_and_a_comma_is_the_subject_he_refers_to():
    quotes = _quotes("某国总理李华讽刺道：“这份协议毫无意义。”\n面对批评，作为首席谈判代表、数次往返两岸的欧盟贸易委员"
                     "谢夫乔维奇，29日在布鲁塞尔为协议辩护。“这是所能达成的最好协议，”他对记者说。")
    assert quotes[-1][:2] == ("谢夫乔维奇", "说")


def test_a_cue_inside_a_frame_of_time_reports_nothing():
    assert _quotes("此次表决距离总统宣布“紧急戒严”仅过去11天。") == []
    assert _quotes("国会议长李华在宣布表决结果后发表讲话。他说，这是人民的胜利。") == [("李华", "说", "这是人民的胜利")]
    # the frame's own verb still speaks
    assert _quotes("特朗普在宣布关税时表示，这是解放日。") == [("特朗普", "表示", "这是解放日")]


def test_a_senior_member_of_a_group_is_a_source_and_the_one_an_outlet_cited():
    quotes = _quotes("法新社援引M23一名高级成员的话说，协议并不直接约束该组织。这名成员说，任何协议都必须解决根源问题。")
    assert [q[0] for q in quotes] == ["M23一名高级成员"] * 2
    assert _quotes("欧盟成员国表示，将继续支持乌克兰。")[0][0] == "欧盟"  # 成员国 is no member person


def test_a_statement_still_to_come_says_nothing_yet():
    assert _quotes("按照计划，双方还将在未来几周内发表一份联合声明，对协议内容作出更详细的说明。") == []
    assert _quotes("俄罗斯外交部当天发表声明，对美国的决定表示遗憾。")[0][:2] == ("俄罗斯外交部", "发表声明")


def test_an_envoy_recalled_is_a_sanction_on_the_state_it_served_in():
    assert ("SANCTION", "SDN", "ARE") in events_of("苏丹宣布与阿联酋断交，并召回苏丹驻阿联酋大使。")
    assert events_of("美国召回了驻俄罗斯大使。") == [("SANCTION", "USA", "RUS")]


def test_the_zai_of_a_word_opens_no_frame_of_time():
    # 在野党 is the opposition, not 在…后: the party leader after it speaks
    assert _quotes("最大在野党共同民主党党首李在明在表决后对记者说，弹劾只是新的开始。") == [
        ("李在明", "说", "弹劾只是新的开始")]


def test_the_topic_of_a_duiyu_er_yan_sentence_is_who_he_refers_to():
    quotes = _quotes("该刊援引一名非洲联盟官员的话说，外部担保无法替代信任。对于姆维尼而言，未来90天至关重要。"
                     "他提醒，安全机制必须在三个月内运转起来。")
    assert quotes[-1][:2] == ("姆维尼", "提醒")


def test_an_approved_arms_sale_is_the_sale():
    assert events_of("美国国务院前几天批准了一笔对台军售，总额约3.3亿美元。") == [("COOPERATE", "USA", "TWN")]


def test_demanding_money_of_a_state_is_a_request():
    assert events_of("美国向日本索要更多军费。") == [("REQUEST", "USA", "JPN")]
