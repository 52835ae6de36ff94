"""Round 24: acts in pages of the 2022-2023 Tencent and Sina style (blind batteries qL and evH): meetings
called off, stances defied, acts only opposed, the doer of an act a stance is shown on, a pronoun's verb
and its titled objects, a country's name that opens a longer word, a historical state as a time, the
agent of a passive that is no target of its own act, demands that run on over clauses. Each case is a
short sentence written for the test."""
from __future__ import annotations

from conftest import events_of, quote_triples as _quotes, record_of, untold_of


def _mentions(body: str) -> list[str]:
    return [e["name"] for e in record_of(body)["entities"] if e["type"] in ("GPE", "LOC")]


def test_meetings_and_talks_called_off_are_not_held():
    body = "中方宣布取消中美两军战区领导通话，暂停中美禁毒合作以及中美气候变化商谈。"
    assert not any(e[0] in ("CONSULT", "AGREE", "COOPERATE") for e in events_of(body))
    assert not any(e[0] == "CONSULT" for e in events_of("原定4日举行的中日外长会谈因此取消。"))
    # a meeting told as held stays one
    assert ("CONSULT", "CHN", "JPN") in events_of("中日外长4日在金边举行会谈。")


def test_a_field_named_before_cooperation_is_no_act_of_its_own():
    # 遣返合作: cooperation on returns, no return done
    assert not any(e[0] == "RETREAT" for e in events_of("中美两国恢复了非法移民遣返合作。"))


def test_a_stance_the_doer_defies_is_background():
    assert not any(e[0] == "REJECT" for e in events_of("美方不顾中方坚决反对，执意向台湾出售武器。"))
    assert ("REJECT", "CHN", "USA") in events_of("中方坚决反对美方向台湾出售武器。")


def test_an_act_opposed_with_no_doer_of_its_own_is_only_proposed():
    assert not any(e[0] in ("AID", "COOPERATE", "AGREE") for e in events_of("部分美国议员一直反对向土耳其出售这批战机。"))
    assert not any(e[0] == "THREATEN" for e in events_of("美国和英国都反对在乌克兰使用或威胁使用核武器。"))
    # an act with its own doer inside the object is told as done
    assert ("SANCTION", "USA", "CHN") in events_of("中方坚决反对美方制裁中国企业。")


def test_the_doer_of_an_act_a_stance_is_shown_on_is_the_party_inside_the_object():
    assert ("ASSAULT", "RUS", "UKR") in events_of("古特雷斯表示，他对俄方大规模打击乌克兰城市深感震惊。")
    events = events_of("日本大使对中方暂停进口日本水产品的决定表示“极其遗憾”。")
    assert ("SANCTION", "CHN", "JPN") in events and ("SANCTION", "JPN", "CHN") not in events


def test_a_persons_title_and_a_party_joined_to_an_object_stay_in_the_object():
    events = events_of("乌克兰总统泽连斯基说，他已致信土耳其总统埃尔多安和古特雷斯，提议三方继续推动粮食外运。")
    assert ("REQUEST", "UKR", "TUR") in events and not any(e[1] == "TUR" for e in events)


def test_a_countrys_own_name_opening_a_longer_word_is_no_run_of_one_character_names():
    names = _mentions("纳卡地区亚美尼亚族武装与阿方达成停火协议。")
    assert "美" not in names and "亚" not in names
    # 对华非法制裁: China, and the word 非法 (no Africa, no France)
    names = _mentions("美方取消对华非法单边制裁。")
    assert "非" not in names and "法" not in names
    # a run of one-character names still splits
    assert {"美", "日"} <= set(_mentions("美日两国举行会谈。"))


def test_a_historical_state_before_an_era_and_a_persons_name_on_a_base_are_no_parties():
    events = events_of("俄罗斯国防部称，乌克兰使用苏联时期的无人机袭击了俄罗斯的恩格斯空军基地。")
    assert ("ASSAULT", "UKR", "RUS") in events
    assert not any("SUN" in e or "DEU" in e for e in events)


def test_the_agent_of_a_passive_is_not_the_target_of_its_own_act():
    assert not any(e[0] == "ASSAULT" for e in events_of("无人机在低空飞行时被俄防空系统拦截并击落。"))


def test_demands_after_a_modal_of_obligation_run_on_over_clauses():
    body = "王毅强调，美方必须停止炒作中国威胁论，取消对华非法单边制裁。"
    assert not any(e[0] == "RETREAT" for e in events_of(body))
    assert any(e[1:] == ("USA", "CHN", "advisory") for e in untold_of(body))
    # a lifting told as done stays one
    assert ("RETREAT", "USA", "IRN") in events_of("美国财政部10日宣布，取消对伊朗三名官员的制裁。")


def test_fighting_terrorism_is_no_armed_attack():
    assert not any(e[0] == "ASSAULT" for e in events_of("瑞典将在打击恐怖主义方面与土方全面合作。"))


def test_an_answer_is_the_hosts_not_a_titled_person_an_announcement_names():
    text = ("2023年7月12日外交部发言人毛宁主持例行记者会\n\n毛宁：应印度尼西亚政府邀请，中央外办主任王毅将出席东亚峰会外长会。\n"
            "问：北约峰会发表公报。中方有何评论？\n答：北约是冷战的产物。\n问：朝鲜发射了导弹。中方有何评论？\n答：我们注意到有关报道。")
    import newsfacts
    quotes = [(q["speaker"], q["cue"], q["content"]) for q in newsfacts.analyze_text(text).to_dict()["quotes"]]
    assert ("毛宁", "答", "北约是冷战的产物。") in quotes and ("毛宁", "答", "我们注意到有关报道。") in quotes
    assert not any(q[0] == "王毅" for q in quotes)


def test_a_document_is_the_channel_its_issuer_speaks_through_unless_it_opens_the_clause():
    assert _quotes("中国外交部24日发布《关于政治解决危机的中国立场》文件，呼吁各方尽快恢复对话。") == [
        ("中国外交部", "呼吁", "各方尽快恢复对话")]
    assert _quotes("日本外务省在新版《外交蓝皮书》中再次声称对该岛拥有主权。") == [
        ("日本外务省", "声称", "对该岛拥有主权")]
    # a document that opens the clause says what it says; an outlet in 《》 still speaks
    assert _quotes("新版《国家安全保障战略》称，中国是最大战略挑战。") == [("国家安全保障战略", "称", "中国是最大战略挑战")]
    assert _quotes("《纽约时报》称，谈判陷入僵局。") == [("纽约时报", "称", "谈判陷入僵局")]


def test_a_promise_a_verb_takes_as_its_object_is_no_cue():
    assert _quotes("据《华盛顿邮报》分析，这份宣言虽然强化了安全承诺，但并未满足韩国的要求。") == [
        ("华盛顿邮报", "分析", "这份宣言虽然强化了安全承诺，但并未满足韩国的要求")]


def test_the_head_of_a_delegation_speaks_not_the_delegation():
    assert _quotes("俄方代表团团长梅金斯基会后说，俄方向乌方递交了一份备忘录。") == [
        ("梅金斯基", "说", "俄方向乌方递交了一份备忘录")]


def test_a_quoted_name_of_an_operation_is_no_speaker():
    assert _quotes("欧盟随后在2月启动“阿斯皮德斯”护航行动，但明确表示只执行防御性任务。") == [
        ("欧盟", "明确表示", "只执行防御性任务")]


def test_a_party_that_reacts_inside_what_was_told_goes_on_speaking():
    assert _quotes("知情人士说，哈马斯代表团看到地图后当场表示拒绝，称这等于把占领合法化。") == [
        ("知情人士", "说", "哈马斯代表团看到地图后当场表示拒绝"), ("哈马斯代表团", "称", "这等于把占领合法化")]
    # a side in a spokesman's own words is his own; no reaction, the teller goes on
    assert ("外交部发言人", "称", "美方应停止挑衅") in _quotes("外交部发言人说，中方对此表示强烈不满，称美方应停止挑衅。")
    assert ("普京", "称", "目标一定会实现") in _quotes("普京说，俄罗斯将继续行动，称目标一定会实现。")


def test_leaders_listed_with_their_titles_each_act_and_their_stance_goes_to_the_one_they_called():
    events = events_of("越共中央总书记阮富仲、柬埔寨首相洪森、巴基斯坦总理夏巴兹等外国领导人纷纷致电习近平，表示祝贺。")
    assert {("CONSULT", c, "CHN") for c in ("VNM", "KHM", "PAK")} <= set(events)
    assert {("SUPPORT", c, "CHN") for c in ("VNM", "KHM", "PAK")} <= set(events)
    assert not any(e[0] == "SUPPORT" and e[2] in ("KHM", "PAK") for e in events)
    # partners named together still agree with each other
    assert ("AGREE", "RUS", "UKR") in events_of("俄罗斯人权专员和乌克兰议会人权专员在安卡拉举行会晤，就交换战俘达成协议。")


def test_a_press_office_credited_is_named_whole():
    assert record_of("据白俄罗斯总统新闻处消息，卢卡申科同普里戈任进行了谈判。")["sources"] == ["白俄罗斯总统新闻处"]
    assert record_of("据央视新闻报道，普京当天发表讲话。")["sources"] == ["央视新闻"]


def test_a_negation_before_the_means_and_the_frame_of_an_act():
    assert not any(e[0] == "SUPPORT" for e in events_of("中方认为，美国更不能以共同防御条约为菲方的侵权行为背书。"))
    assert ("SANCTION", "USA", "IRN") in events_of("美国以人权为由对伊朗实施制裁。")


def test_a_place_after_progressive_zhengzai_is_where_a_visitor_is():
    assert ("CONSULT", "RUS", "CHN") in events_of("正在北京访问的俄罗斯外交部副部长与中国外交部长举行会见。")
    assert ("AID", "USA", "UKR") in events_of("美国正在向乌克兰提供武器。")


def test_a_person_met_inside_a_frame_that_closes_at_the_cue_does_not_speak():
    assert _quotes("布林肯18日到访北京。他在会见王毅时表示，双方同意保持沟通。") == [("布林肯", "表示", "双方同意保持沟通")]
    assert _quotes("雷蒙多到访北京。她在与中国商务部部长王文涛会谈后表示，双方同意建立工作组。") == [
        ("雷蒙多", "表示", "双方同意建立工作组")]
    assert _quotes("王毅在会见布林肯时表示，中方反对。") == [("王毅", "表示", "中方反对")]


def test_a_pronoun_subject_goes_on_past_the_people_it_thanks_or_the_document_it_criticises():
    assert ("泽连斯基", "称", "乌克兰还需要远程导弹") in _quotes(
        "泽连斯基当然很高兴。他在当晚的讲话中感谢了朔尔茨和拜登，但马上又提出新要求，称乌克兰还需要远程导弹。")
    assert ("金与正", "称", "这只会让和平面临更严重的危险") in _quotes(
        "金与正通过朝中社发表谈话，痛批《华盛顿宣言》是敌对政策的产物，称这只会让和平面临更严重的危险。")
    # an outlet in 《》 opening its clause still speaks
    assert _quotes("《消息报》还发布了一张照片，照片显示导弹残骸中有零部件。") == [("消息报", "显示", "导弹残骸中有零部件")]


def test_a_known_name_the_tagger_cut_between_a_preposition_and_a_verb_of_saying():
    assert _quotes("布林肯抵达特拉维夫，他对内塔尼亚胡说：“我来了。”") == [("布林肯", "说", "我来了。")]
    assert _quotes("内塔尼亚胡说，以色列将赢得战争。") == [("内塔尼亚胡", "说", "以色列将赢得战争")]


def test_the_opposition_party_after_its_country_speaks():
    assert _quotes("韩国在野党共同民主党则批评这是屈辱外交。") == [("共同民主党", "批评", "这是屈辱外交")]


def test_a_verb_and_its_directional_complement_after_a_title_are_no_name():
    assert _quotes("消息一出，不少美国议员跳出来质问：出口管制为什么失灵了？") == [
        ("不少美国议员", "质问", "出口管制为什么失灵了")]


def test_a_person_who_acts_inside_what_was_told_goes_on_speaking_after_bing():
    assert ("普京", "表示", "参战人员将获得嘉奖") in _quotes("克里姆林宫网站随后发布消息，普京祝贺瓦格纳部队，并表示参战人员将获得嘉奖。")
    # a state that acts inside a spokesman's words does not take them over
    assert ("外交部发言人", "称", "中方将反制") in _quotes("外交部发言人说，美国发动了制裁，并称中方将反制。")


def test_an_agency_credited_with_a_statement_reports_it():
    assert ("沃森", "发表声明", "谴责朝方发射卫星违反安理会决议") in _quotes(
        "据韩联社报道，美国国家安全委员会发言人沃森21日发表声明，谴责朝方发射卫星违反安理会决议。")
    assert ("拜登", "发表声明", "祝贺卢拉获胜") in _quotes("据白宫消息，当地时间30日，拜登发表声明，祝贺卢拉获胜。")


def test_the_ones_made_to_speak_after_a_causative_are_the_speakers():
    assert _quotes("这几天中东的新闻，让不少人直呼“没想到”。") == [("不少人", "直呼", "没想到")]
    # 使用, 司令, a name opening on 让 are no causatives
    assert _quotes("普京使用了强硬措辞说，俄罗斯不会退让。") == [("普京", "说", "俄罗斯不会退让")]
    assert _quotes("白宫发言人让-皮埃尔表示，美方强烈谴责这次试射。")[0][0] == "让-皮埃尔"
    assert _quotes("韩国国防部长官安圭伯在与驻韩美军司令布伦森通电话时表示，演习将按计划完成。")[0][0] != "布伦森"


def test_a_cue_word_that_is_a_noun_or_takes_a_plain_object_says_nothing():
    assert _quotes("后来俄国防部答应补充弹药，瓦格纳也就没撤。") == []
    assert _quotes("格罗西亲自跑到东京，把综合评估报告交到了岸田手里。") == []
    assert _quotes("佩斯科夫补充称，普京没有时间。") == [("佩斯科夫", "补充称", "普京没有时间")]


def test_ba_beside_yi_is_palestine():
    events = events_of("哈马斯袭击以色列后，巴以双方互相指责。")
    assert ("ACCUSE", "PSE", "ISR") in events and not any("PAK" in e for e in events)
    assert ("SUPPORT", "PAK", "CHN") in events_of("巴基斯坦总理访华。巴方表示支持中国。")


def test_a_party_leader_taking_members_to_the_street_protests_as_a_crowd():
    assert ("PROTEST", "KOR", "JPN") in events_of("在野党党首李在明则带着党员上街抗议日本排海。")


def test_an_act_that_only_dates_another_is_no_event():
    assert events_of("就在换俘当天，美国宣布对伊朗实施新制裁。") == [("SANCTION", "USA", "IRN")]
    assert not any(e[0] == "CONSULT" for e in events_of("在维尔纽斯举行北约峰会前夕，土耳其同意放行。"))


def test_an_act_in_quotation_marks_inside_an_accusation_is_only_alleged():
    assert not any(e[0] == "ASSAULT" for e in events_of("朝鲜指责美韩是在演练对朝鲜“先发制人的核打击”。"))


def test_a_party_with_ze_ends_what_another_reported():
    assert _quotes("沙特指责伊朗是幕后黑手，伊朗则予以否认。") == [("沙特", "指责", "伊朗是幕后黑手")]


def test_an_explanation_of_what_someone_meant_is_no_new_statement():
    assert _quotes("该办公室发言人尼基福罗夫称，总统的话被曲解了，他是在否认该市已被占领。") == [
        ("尼基福罗夫", "称", "总统的话被曲解了，他是在否认该市已被占领")]


def test_one_who_names_another_goes_on_speaking_himself():
    assert ("普京", "表示", "这次胜利是合乎逻辑的结果") in _quotes(
        "据克里姆林宫网站消息，普京28日在贺电中称埃尔多安为“亲爱的朋友”，并表示，这次胜利是合乎逻辑的结果。")
    assert ("普京", "表示", "参战人员将获得嘉奖") in _quotes(
        "克里姆林宫网站随后发布消息，普京祝贺瓦格纳部队以及所有提供支援的俄军部队，并表示参战人员将获得嘉奖。")


def test_nicknames_of_leaders_name_them():
    record = record_of("签字仪式上普大帝的语气相当硬，他说，这些地区的居民永远成为了我们的公民。")
    assert [(q["speaker"], q["speaker_canonical"]) for q in record["quotes"]] == [("普大帝", "Vladimir Putin")]


def test_she_is_the_woman_her_own_sentence_names():
    assert ("金与正", "嘲讽", "美国的看门狗") in _quotes(
        "哈里斯当天召集五国领导人开会。金正恩的妹妹金与正发表谈话，她嘲讽韩国是“美国的看门狗”。")


def test_adverbs_after_a_title_and_places_after_zai_are_no_speakers():
    assert _quotes("一些民主党议员甚至提出，要暂停对沙特的一切军售。") == [("一些民主党议员", "提出", "要暂停对沙特的一切军售")]
    assert _quotes("“欧佩克+”在维也纳宣布，将原油日产量削减200万桶。") == [("欧佩克+", "宣布", "将原油日产量削减200万桶")]
    assert _quotes("以沙特和俄罗斯为首的“欧佩克+”宣布，将原油日产量削减200万桶。")[0][0] == "欧佩克+"


def test_protesters_who_demand_a_leaders_resignation_speak_not_the_leader():
    assert _quotes("埃里温街头的抗议者则要求帕希尼扬下台，指责他“出卖了卡拉巴赫”。") == [
        ("埃里温街头的抗议者", "指责", "出卖了卡拉巴赫")]


def test_a_party_inside_a_jiu_phrase_is_the_matter_not_the_speaker():
    assert not any(q[0] == "圭亚那" for q in _quotes("委政府就与邻国圭亚那争议领土举行全民公投，宣称绝大多数选民支持。"))


def test_a_statement_named_by_a_demonstrative_and_the_news_a_cue_takes_say_nothing():
    assert _quotes("汪文斌说，中方坚持劝和促谈。这个表态，老周觉得分寸拿捏得相当到位。") == [("汪文斌", "说", "中方坚持劝和促谈")]
    assert _quotes("到了9月，乌克兰军方开始频繁报告击落“见证者-136”的消息。") == []
    # 第一个宣布: the first to say it
    assert _quotes("菲律宾总统杜特尔特第一个宣布：菲律宾不会帮助美国。") == [("杜特尔特", "宣布", "菲律宾不会帮助美国")]


def test_the_writers_inference_is_no_quote():
    assert _quotes("有分析人士指出，中国的朋友圈热闹起来，这说明国际社会普遍认为，同中国打交道绕不过去。") == [
        ("分析人士", "指出", "中国的朋友圈热闹起来")]


def test_the_opposition_is_no_act_of_opposing():
    events = events_of("美国承认反对派领导人瓜伊多为临时总统，随即对委内瑞拉实施全面制裁。")
    assert ("SANCTION", "USA", "VEN") in events and not any(e[0] == "REJECT" for e in events)
    assert ("REJECT", "CHN", "USA") in events_of("中方表示，坚决反对美方的做法。")


def test_an_act_a_party_insists_another_did_is_only_alleged():
    assert not any(e[0] == "AID" for e in events_of("土耳其一口咬定瑞典“庇护恐怖分子”。"))


def test_an_expert_who_tells_the_writer_speaks():
    assert ("一位欧洲问题专家", "说", "这样深的海底爆破作业，需要专业潜水员") in _quotes(
        "一位欧洲问题专家对笔者说，这样深的海底爆破作业，需要专业潜水员。")
    assert _quotes("笔者认为，这是错误的。") == []


def test_a_quoted_modifier_inside_the_object_of_a_condemnation_leaves_the_statement_its_own():
    assert _quotes("美国国务院当天发表声明，谴责中方“危险和非法”行动。") == [
        ("美国国务院", "发表声明", "谴责中方“危险和非法”行动")]
    assert _quotes("外交部发表声明，批评特朗普“不负责任”。") == [("外交部", "批评", "不负责任")]


def test_an_act_before_the_cue_is_the_cues_not_the_speakers_name():
    assert _quotes("老周注意到，有日本学者分析认为，岸田此行有三个目的。")[0][0] == "日本学者"


def test_a_title_with_a_demonstrative_refers_to_the_person_titled_so_though_no_subject():
    assert _quotes("金正恩视察了导弹试射。这就要说到韩国总统尹锡悦了。这位总统上台前就表态要修复韩日关系。") == [
        ("尹锡悦", "表态", "要修复韩日关系")]


def test_a_clause_that_only_places_the_cue_and_tells_the_press_goes_on_with_the_sentences_subject():
    assert _quotes("卢拉16日访问阿联酋，在阿布扎比又对记者表示，美国应该停止鼓励战争。") == [
        ("卢拉", "表示", "美国应该停止鼓励战争")]


def test_an_accusation_after_an_audio_or_a_post_is_the_posters_statement():
    assert _quotes("普里戈任在社交媒体上发布音频，指责俄国防部下令对瓦格纳营地发动导弹袭击。") == [
        ("普里戈任", "指责", "俄国防部下令对瓦格纳营地发动导弹袭击")]
