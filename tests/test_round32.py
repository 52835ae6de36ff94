"""Round 32: from new blind batteries in the style of train's opinion articles and of Tencent's world pages: a clause
that goes on from the one before with no subject of its own (……举行会谈，并就…达成了一项协议) is a joint act of the
parties that clause names, even when the topic after 就 names a state of its own. Each case is a short text written
for the test."""
from __future__ import annotations

import newsfacts
from conftest import events_of


def test_a_clause_going_on_from_a_meeting_reaches_the_agreement_of_its_parties():
    body = "甲国与乙国、丙国官员在某地举行会谈，并就限制向丁国出口设备达成了一项三方协议。"
    found = events_of(body.replace("甲国", "美国").replace("乙国", "日本").replace("丙国", "荷兰").replace("丁国", "中国"))
    assert ("AGREE", "USA", "JPN") in found and ("AGREE", "USA", "NLD") in found
    assert ("AGREE", "USA", "CHN") not in found  # the state inside the topic is no party
    # a clause with a subject of its own is not the meeting's: only its own parties agree
    other = events_of("美国与日本举行会谈。韩国随后就此达成了一项协议。")
    assert not any(kind == "AGREE" for kind, _, _ in other)


def test_the_state_that_made_a_weapon_is_no_party_of_the_act():
    assert events_of("乌军摧毁了一辆德国产的坦克。") == []
    assert events_of("俄军用伊朗研制的无人机袭击了基辅。") == [("ASSAULT", "RUS", "UKR")]
    # a ban on a state's weapons is aimed at it: the maker stays a party when nothing uses or hits what it made
    assert events_of("美国国防部禁止采购中国生产的无人机。") == [("SANCTION", "USA", "CHN")]
    assert events_of("乌军发动空袭，使用了两枚英法生产的“风暴阴影”巡航导弹。") == []  # a run of makers


def test_a_state_after_a_word_ending_in_guo_is_the_state_not_a_person():
    # the tagger reads 主席国印尼 as 主席 + 国印尼 (a place), and 国印尼 became a person a later 他 named
    record = newsfacts.analyze_text("峰会闭幕\n\n东盟轮值主席国印尼总统佐科在记者会上坦言，峰会“没有取得重大进展”。"
                                    "他呼吁各方立即停止暴力，“只有停止暴力，才能创造条件”。").to_dict()
    assert {q["speaker"] for q in record["quotes"]} == {"佐科"}
    assert not any(e["name"].startswith("国") for e in record["entities"])


def test_the_date_a_lead_was_filed_does_not_date_the_act():
    page = "标题\n\n2023-11-17 10:26 来源：某某新闻网\n\n某某新闻网11月17日报道 据外媒报道，当地时间11月15日，中国国家主席习近平同美国总统拜登在旧金山举行会晤。"
    dates = {(e["type"], e["date"]) for e in newsfacts.analyze_text(page).to_dict()["events"]}
    assert dates == {("CONSULT", "2023-11-15")}
    # a report told inside the sentence still may date what it reports
    told = newsfacts.analyze_text("标题\n\n2023-11-17 10:26\n\n据路透社15日报道，中国国家主席习近平同美国总统拜登在旧金山举行会晤。")
    assert {e["date"] for e in told.to_dict()["events"]} == {"2023-11-15"}


def test_a_comma_after_places_joined_by_he_closes_the_list():
    # 和 joins the places a verb already took; the clause after the comma has a subject of its own
    found = events_of("法国总统马克龙访问了德国和意大利，西班牙首相桑切斯访问了葡萄牙。")
    assert set(found) == {("CONSULT", "FRA", "DEU"), ("CONSULT", "FRA", "ITA"), ("CONSULT", "ESP", "PRT")}
    drill = events_of("赖清德窜访美国纽约和旧金山，大陆方面随即在台岛周边组织了联合演训。")
    assert ("MOBILIZE", "CHN", "TWN") in drill and ("CONSULT", "TWN", "CHN") not in drill
    # a partner after 和 with no verb yet still opens a list that goes on after the comma
    assert set(events_of("法国总统马克龙还和意大利总理德拉吉，西班牙首相桑切斯通了电话。")) == {
        ("CONSULT", "FRA", "ITA"), ("CONSULT", "FRA", "ESP")}


def test_a_party_named_with_its_standing_speaks_in_its_own_name():
    # the tagger reads 在野党共同民主党 as one body of no state, and the state before it became the speaker
    record = newsfacts.analyze_text("标题\n\n韩国最大在野党共同民主党当天在首尔举行集会，谴责日本“把太平洋当作下水道”。").to_dict()
    assert [(q["speaker"], q["speaker_canonical"]) for q in record["quotes"]] == [("共同民主党", "Democratic Party of Korea")]
    ruling = newsfacts.analyze_text("标题\n\n日本执政党自民党谴责中国“无视规则”。").to_dict()
    assert [q["speaker"] for q in ruling["quotes"]] == ["自民党"]


def test_an_attack_on_a_village_at_home_is_a_domestic_act():
    assert events_of("缅甸军方对实皆省一个村庄发动空袭，造成约170人死亡。") == [("ASSAULT", "MMR", "MMR")]
    assert events_of("缅甸军方空袭了实皆省的一个村庄。") == [("ASSAULT", "MMR", "MMR")]
    # a village of another state named in the paragraph is that state's
    assert events_of("以色列对加沙的一个村庄发动空袭。") == [("ASSAULT", "ISR", "PSE")]


def test_blame_of_the_opposition_falls_on_the_critics_own_state():
    body = "土耳其总统埃尔多安同时批评反对派在竞选期间“与恐怖组织站在一起”。"
    assert events_of(body) == [("ACCUSE", "TUR", "TUR")]
    assert events_of("美国总统拜登指责俄罗斯反对派。") == [("ACCUSE", "USA", "RUS")]  # another state's opposition


def test_the_origin_on_the_time_line_stays_credited_when_the_lead_compiles_others():
    page = ("外方宣布新措施\n\n2023-05-30 10:47 来源：南方新闻网\n\n南方新闻网5月30日电 综合外媒报道，"
            "土耳其选举委员会28日宣布了第二轮投票结果。")
    assert newsfacts.analyze_text(page).to_dict()["sources"][:1] == ["南方新闻网"]
    # with no time line the lead is the publisher's own and no credit
    plain = newsfacts.analyze_text("外方宣布新措施\n\n南方新闻网5月30日电 综合外媒报道，土耳其选举委员会28日宣布了第二轮投票结果。")
    assert "南方新闻网" not in plain.to_dict()["sources"]


def test_an_outlet_that_speaks_is_credited_whatever_its_verb():
    page = "标题\n\n美国《纽约时报》形容，这一幕让白宫精心营造的“缓和气氛”大打折扣。"
    assert newsfacts.analyze_text(page).to_dict()["sources"] == ["《纽约时报》"]
    # an outlet's name inside another speaker is no credit (中国网 of 中国网友)
    fans = newsfacts.analyze_text("标题\n\n据多名中国网友近日曝光，入境后在机场遭遇歧视性对待。").to_dict()
    assert fans["sources"] == []


def test_the_parties_of_other_states_are_known_with_their_state():
    record = newsfacts.analyze_text("标题\n\n巴基斯坦正义运动党随即谴责这是一次“出于政治动机的绑架”。").to_dict()
    assert [(q["speaker"], q["speaker_canonical"]) for q in record["quotes"]] == [
        ("巴基斯坦正义运动党", "Pakistan Tehreek-e-Insaf")]
    congress = newsfacts.analyze_text("标题\n\n国大党主席卡尔格批评莫迪政府“一再隐瞒真相”。").to_dict()
    assert ("国大党", "IND") in {(e["name"], e["country"]) for e in congress["entities"]}


def test_a_view_framed_after_a_connective_is_held_by_a_source_noun_not_a_persona():
    record = newsfacts.analyze_text("标题\n\n但在不少岛内学者看来，赖清德的支持率始终在三成多徘徊，“并没有过半的把握”。").to_dict()
    assert [q["speaker"] for q in record["quotes"]] == ["不少岛内学者"]
    # a nickname of 老 and a noun is the writer's persona, no source
    assert newsfacts.analyze_text("标题\n\n但在老司机看来，这条路不好走。").to_dict()["quotes"] == []


def test_a_party_named_alone_is_that_of_the_country_named_last_before_it():
    # two countries with a 保守党 in the article: the one named right before the mention decides
    page = ("标题\n\n加拿大总理特鲁多会见了来访的英国客人。\n\n英国方面，是前保守党党魁施志安，他一直力主推动对华强硬政策。")
    found = {(e["name"], e["country"]) for e in newsfacts.analyze_text(page).to_dict()["entities"]}
    assert ("保守党", "GBR") in found
    # a name of a commoners' party in an old Chinese text is no Indian party
    old = newsfacts.analyze_text("标题\n\n和那平民党、维新党，同心合德，共图抵制外国。").to_dict()
    assert not any(e["country"] == "IND" for e in old["entities"])


def test_an_operation_that_names_a_command_is_no_act():
    assert events_of("据报道，俄军特别军事行动联合部队副司令苏罗维金事先知晓普里戈任的计划。") == []
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄军对乌克兰发动特别军事行动。")


def test_the_states_counted_as_speakers_are_those_just_named():
    body = ("美国总统拜登、日本首相岸田文雄和韩国总统尹锡悦18日在戴维营举行会晤。"
            "会后三方发表联合声明，宣布三国领导人今后每年至少举行一次峰会。声明还点名指责中国在南海采取“危险和侵略性行为”。")
    found = events_of(body)
    assert {e for e in found if e[0] == "ACCUSE"} == {("ACCUSE", "USA", "CHN"), ("ACCUSE", "JPN", "CHN"), ("ACCUSE", "KOR", "CHN")}


def test_both_sides_blame_the_party_they_name_not_each_other():
    assert set(events_of("中越两国领导人举行会谈。双方强烈谴责美国的单边制裁。")) >= {
        ("ACCUSE", "CHN", "USA"), ("ACCUSE", "VNM", "USA")}
    mutual = events_of("中越两国领导人举行会谈。双方指责对方违反协议。")
    assert {e for e in mutual if e[0] == "ACCUSE"} == {("ACCUSE", "CHN", "VNM"), ("ACCUSE", "VNM", "CHN")}


def test_both_sides_of_one_states_politics_are_that_state():
    body = "当天，国民党主席朱立伦、民众党主席柯文哲和侯友宜在马英九基金会会面，双方签署了一份六点协议。"
    assert events_of(body) == [("AGREE", "TWN", "TWN")]
    # one state's speaker telling of talks is no list of that state's sides
    told = events_of("据报道，俄罗斯代表团团长梅金斯基会后对记者说，双方同意交换战俘。")
    assert ("AGREE", "RUS", "RUS") not in told
    # two states named before 双方 are the two sides
    assert ("AGREE", "CHN", "USA") in events_of("中国外长王毅同美国国务卿布林肯会谈，双方同意恢复对话。")


def test_the_party_a_measure_is_taken_on_may_stand_before_a_comma():
    body = "国务院关税税则委员会11日发布公告，对原产于美国的进口商品，加征34%关税。"
    assert events_of(body) == [("SANCTION", "CHN", "USA")]


def test_a_commissioner_named_by_his_portfolio_acts_for_the_union():
    # in 2023 the knowledge base holds no office of his at the union, only his own state
    record = newsfacts.analyze_text("测试标题\n\n商务部部长王文涛同欧盟贸易委员谢夫乔维奇举行视频会谈。",
                                    published_at="2023-05-10T10:00:00").to_dict()
    assert [(e["type"], e["source"], e["target"]) for e in record["events"]] == [("CONSULT", "CHN", "EU")]


def test_a_day_alone_goes_on_in_the_month_its_paragraph_just_named():
    page = "标题\n\n2023-11-17 10:26\n\n6月8日，中国驻韩国大使会见韩国在野党党首。韩国外交部第一次官9日召见中国驻韩国大使，表达抗议。"
    dates = {(e["type"], e["date"]) for e in newsfacts.analyze_text(page).to_dict()["events"]}
    assert ("CONSULT", "2023-06-09") in {d for d in dates if d[0] == "CONSULT" and d[1] != "2023-06-08"}
    # a day far from the one named is the publication month's, as news style has it
    later = "标题\n\n2023-11-17 10:26\n\n6月8日，双方签署了协议。美国国务卿布林肯16日同中国外长王毅通电话。"
    assert ("CONSULT", "2023-11-16") in {(e["type"], e["date"]) for e in newsfacts.analyze_text(later).to_dict()["events"]}
