"""Round 29: statements and acts of 2025 war and commentary pages (blind batteries qAA, evAA): an accusation said
of the act just told, a list of states closed by 等 that acts as one group, congratulations that go to the one whose
win was just told, an officer named by title alone (这位副总统), aid pledged (承诺…提供) kept as aid, cooperation
under way (正与X合作) kept as cooperation, 说 before France's one-character form (说法国…) read as the cue and not the
noun 说法, a passive with no doer (…，多次遭到炮击和空袭) that takes no side from a place phrase, a claim the writer
sets against deeds (一边声称…，一边…) and idioms of idle talk (说三道四) that report no statement. Each case is a short
sentence written for the test. (A title completed by its kind word, 《明镜》周刊, is tested in test_sources_world.py.)"""
from __future__ import annotations

from conftest import events_of, quote_triples


def test_blame_said_of_the_act_just_told_accuses_its_doer():
    found = events_of("俄军10日用导弹袭击了乌克兰哈尔科夫市中心。德国外长称，这次袭击是严重的战争罪行。")
    assert ("ACCUSE", "DEU", "RUS") in found
    # words that open on the act but blame no one make no accusation
    calm = events_of("俄军10日用导弹袭击了乌克兰哈尔科夫市中心。德国外长称，这次袭击发生在清晨。")
    assert not any(kind == "ACCUSE" for kind, _, _ in calm)


def test_a_list_closed_by_deng_calls_as_one_group():
    found = events_of("新总统宣誓就职后，老挝、柬埔寨、越南等国领导人纷纷致电。")
    assert not any(source in ("LAO", "KHM", "VNM") and target in ("LAO", "KHM", "VNM") for _, source, target in found)
    # two states that meet are still each other's partners
    assert ("CONSULT", "LAO", "KHM") in events_of("老挝和柬埔寨举行了会谈。")


def test_congratulations_go_to_the_winner_just_told():
    found = events_of("土耳其总统埃尔多安28日赢得连任。俄罗斯总统普京当天致电祝贺。美国总统拜登也发文表示祝贺。")
    assert ("SUPPORT", "RUS", "TUR") in found
    assert ("SUPPORT", "USA", "TUR") in found
    # congratulations with no win told go to no one
    assert not any(kind == "SUPPORT" for kind, _, _ in events_of("美国总统拜登发文表示祝贺。"))


def test_an_officer_named_by_title_alone_acts_for_his_state():
    found = events_of("美国副总统万斯14日在慕尼黑发表演讲。这位副总统还点名批评罗马尼亚取消选举结果的做法。")
    assert ("ACCUSE", "USA", "ROU") in found
    # a title never named before stands for no one
    assert not any(kind == "ACCUSE" and source == "USA" for kind, source, _ in
                   events_of("这位副总统批评罗马尼亚取消选举结果的做法。"))


def test_aid_pledged_is_aid_and_aid_planned_an_intent():
    assert ("AID", "GBR", "UKR") in events_of("英国首相承诺将向乌克兰提供更多防空导弹。")
    assert ("AGREE", "GBR", "UKR") in events_of("英国计划向乌克兰提供更多防空导弹。")


def test_cooperation_under_way_in_a_statement_is_cooperation_not_an_intent():
    found = events_of("美方表示，正与埃及和以色列密切合作。")
    assert ("COOPERATE", "USA", "EGY") in found and ("AGREE", "USA", "EGY") not in found
    # cooperation promised for later is still an intent
    assert ("AGREE", "USA", "JPN") in events_of("美方表示，将与日本密切合作。")


def test_shuo_before_france_is_the_cue_not_the_noun_shuofa():
    assert any(cue == "说" and content.startswith("法国") for _, cue, content in
               quote_triples("马伊加说法国动用政治恐怖主义来对付马里政府。"))
    # the noun 说法 still names no statement
    assert not quote_triples("这种说法国际社会并不认可。")


def test_a_passive_with_no_doer_names_no_side_from_a_place_phrase():
    # 紧邻俄罗斯边境 only says where the town lies: Russia is not the one shelled
    found = events_of("乌克兰苏梅州因紧邻俄罗斯边境，多次遭到炮击和空袭。")
    assert ("ASSAULT", "UKR", "RUS") not in found
    # a doer named after the passive still acts on the subject, for both acts joined
    assert ("ASSAULT", "RUS", "UKR") in events_of("乌克兰遭到俄罗斯炮击和空袭。")



def test_a_claim_set_against_deeds_is_no_statement():
    assert not quote_triples("美方一边声称不寻求冲突，一边在中国周边不断强化军事部署。")
    assert not quote_triples("拜登前脚说不打冷战，后脚美国商务部又出台了芯片禁令。")
    # a plain statement is still one
    assert quote_triples("美国总统拜登说，美国将继续支持乌克兰。") == [("拜登", "说", "美国将继续支持乌克兰")]


def test_idioms_of_idle_talk_are_no_cue():
    assert not quote_triples("对于两国的合作，一些人说三道四，恰恰说明他们心里有鬼。")
    assert quote_triples("王毅说三国将加强合作。") == [("王毅", "说", "三国将加强合作")]
