"""Round 30: who speaks, in compiled foreign-media reports and commentaries (blind batteries qA, qE, evA): two people
listed with a title before the second (国务卿甲和国防部长乙) whom a later 他们 names, a counted demonstrative (这两名人士) that
points back to the sources counted the same way, a subject whose cue carries its medium (该公司发表声明称), a Japanese
leader's family name alone (高市) once the article has named her in full, a spokesperson named by title alone (这位发言人)
after the one named with that title, a counted group (多名分析师) that a later 他们 names while one unnamed person (一名…人士)
does not, 该人士 after one unnamed person of another noun (一名…人员), and attacks condemned by a plural demonstrative
(谴责这些袭击, 上述袭击) that accuse the doer of the attack just told, a wish addressed to both sides (希望双方保持克制) that asks
each, as 呼吁双方 and 敦促双方 do; and, from the pages modelled on Tencent and Sina news (qG, qH): an answer after a
question paragraph (问：…？ then 答：…), also of a spokesperson the text does not name, a common word the tagger calls a
name once (纪要), one unnamed official of a body (法国总统府一名官员) that a later 该人士 names, 这名官员 for the commissioner cited
last, and 该新闻处 for the body named with that head; an act that only heads a noun of intent or risk (动武的企图) and a
blame the speaker doubts (不认为…有…企图), which tell no act, an act not allowed (不允许X向Y出售), and 次日 counted from the day
named before it, not from itself, and a meeting one side proposed (提出在…安排…会晤) or not held past a light verb
(没有举行实质性会谈), and a view some hold (也有观点指出) that is not the last speaker's. Each case is a short text
written for the test."""
from __future__ import annotations

import pytest

import newsfacts
from conftest import quote_triples


# A reference back to a speaker (这位发言人, 他们, 该人士, 这名官员) and the one it names: (case, text, quote).
_POINTED_BACK = [
    ("this_spokesperson_is_the_last_named_with_that_title",
     "商务部新闻发言人此前表示，中方将坚决反制。外交部发言人林剑周一回应称，出路在于平等对话。"
     "这位发言人强调，施压不是同中国打交道的正确方式。",
     ("林剑", "强调", "施压不是同中国打交道的正确方式")),
    ("they_name_a_counted_group_not_one_unnamed_person",
     "多名能源分析师认为，接连遇袭已造成压力。"
     "一名乌克兰安全部门消息人士称，袭击由无人机完成。他们指出，部分加油站已出现汽油限购。",
     ("多名能源分析师", "指出", "部分加油站已出现汽油限购")),
    ("this_person_after_one_unnamed_source_of_another_noun",
     "一名参与搜救的安保公司人员向记者透露，至少还有十余名船员失踪。该人士称，袭击持续了两天。",
     ("一名参与搜救的安保公司人员", "称", "袭击持续了两天")),
    ("one_unnamed_official_of_a_body_then_this_person",
     "面对外界质疑，法国总统府一名官员对法国媒体解释说，马克龙的立场并没有改变。"
     "该人士补充称，法国支持维持台海现状。",
     ("法国总统府一名官员", "补充称", "法国支持维持台海现状")),
    ("this_official_is_the_commissioner_cited_last",
     "国务卿布林肯4日宣布暂停部分援助。他表示，美方将继续支持恢复宪法秩序的努力。"
     "路透社引述西共体政治事务与安全专员穆萨的话说，各国国防参谋长已敲定出兵所需的全部要素。这名官员同时强调，军事行动是最后的选择。",
     ("穆萨", "强调", "军事行动是最后的选择")),
]


@pytest.mark.parametrize("case, body, quote", _POINTED_BACK, ids=[c[0] for c in _POINTED_BACK])
def test_a_reference_back_names_the_speaker_meant(case, body, quote):
    assert quote in quote_triples(body)


def _speakers(body: str) -> list[tuple[str, str]]:
    record = newsfacts.analyze_text("测试标题\n\n" + body).to_dict()
    return [(q["speaker"], q["content"]) for q in record["quotes"]]


def test_they_after_two_people_with_a_title_before_the_second():
    found = quote_triples("美国国务卿鲁比奥和国防部长赫格塞思10日会见了日本外相。他们表示，美日同盟是地区和平的基石。")
    assert {speaker for speaker, _, content in found if content.startswith("美日同盟")} == {"鲁比奥", "赫格塞思"}


def test_a_counted_demonstrative_points_back_to_those_counted_the_same_way():
    found = quote_triples("两名知情人士透露，白宫已经叫停了这笔交易。这两名人士表示，白宫担心芯片性能过强。")
    assert ("两名知情人士", "表示", "白宫担心芯片性能过强") in found
    cited = quote_triples("该报援引几名接近政府的人士的话称，内阁将撤回命令。这几位人士认为，威慑作用已经达到。")
    assert any(speaker == "几名接近政府的人士" and content == "威慑作用已经达到" for speaker, _, content in cited)
    # two people named before, then two sources counted: 这两名人士 are the sources
    later = quote_triples("维特科夫与德米特里耶夫在迈阿密会面时拟定了计划。《金融时报》援引两名知情人士的话称，美方要求基辅接受。"
                          "这两名人士说，华盛顿可能减少情报分享。")
    assert ("两名知情人士", "说", "华盛顿可能减少情报分享") in later
    # two sources of different kinds are not "these two people" one by one
    pair = quote_triples("一名美国官员和一名欧洲外交官透露，谈判陷入僵局。这两名人士说，双方分歧很大。")
    assert not any(speaker == "一名美国官员" for speaker, _, content in pair if content == "双方分歧很大")


def test_the_medium_of_the_cue_is_not_part_of_the_speaker():
    found = _speakers("闻泰科技21日表示，荷方应纠正错误做法。该公司发表声明称，公司的控制权没有恢复。")
    assert ("闻泰科技", "公司的控制权没有恢复") in found
    ministry = _speakers("外交部21日表示，荷方应纠正错误做法。该部在声明中称，有关做法违反国际法。")
    assert ("外交部", "有关做法违反国际法") in ministry


def test_a_family_name_alone_after_the_full_name():
    record = newsfacts.analyze_text("测试标题\n\n日本首相高市早苗上任还不到一个月。11月7日，高市在众议院答辩时声称，"
                                    "台湾有事可能构成存亡危机事态。高市10日在国会表示，不打算撤回。").to_dict()
    found = {(q["speaker"], q["speaker_canonical"]) for q in record["quotes"]}
    assert found == {("高市", "Sanae Takaichi")}
    # the two characters inside a common word are no name
    names = {m["name"] for m in record["entities"]}
    other = newsfacts.analyze_text("测试标题\n\n日本首相高市早苗表示，企业要提高市场份额。").to_dict()
    assert "高市" not in [q["speaker"] for q in other["quotes"]] and "高市早苗" in names


def test_these_attacks_condemned_accuse_their_doer():
    from conftest import events_of
    found = events_of("俄军10日空袭了基辅。法国外交部强烈谴责上述袭击。德国政府也谴责这些袭击。")
    assert ("ACCUSE", "FRA", "RUS") in found and ("ACCUSE", "DEU", "RUS") in found
    # a demonstrative before a thing that is no deed blames no one
    calm = events_of("俄军10日空袭了基辅。德国政府谴责这些人。")
    assert not any(kind == "ACCUSE" and target == "RUS" for kind, _, target in calm)


def test_a_wish_addressed_to_both_sides_asks_each():
    from conftest import events_of
    found = events_of("印度10日对巴基斯坦发动导弹袭击。中方希望双方保持冷静克制。")
    assert ("REQUEST", "CHN", "IND") in found and ("REQUEST", "CHN", "PAK") in found
    # a wish that names no one asks no one
    assert not any(kind == "REQUEST" for kind, _, _ in events_of("印度10日对巴基斯坦发动导弹袭击。中方希望局势尽快缓和。"))


def test_an_answer_after_a_question_paragraph_is_the_spokespersons():
    body = ("外交部发言人毛宁6日主持例行记者会。\n\n问：美方称这艘飞艇用于收集情报，中方对此有何回应？\n\n"
            "答：这是一艘民用飞艇，进入美国领空完全是意外。\n\n毛宁还说，中方一直同美方保持沟通。")
    found = quote_triples(body)
    assert ("毛宁", "答", "这是一艘民用飞艇，进入美国领空完全是意外。") in found
    unnamed = quote_triples("中国外交部发言人25日就此答记者问。\n\n问：中方对此有何评论？\n\n答：此事属于该国内政。\n\n"
                            "有分析人士指出，这一事件影响深远。")
    assert ("中国外交部发言人", "答", "此事属于该国内政。") in unnamed


def test_a_common_word_the_tagger_also_calls_a_word_is_no_speaker():
    found = _speakers("拜登与习近平14日在巴厘岛会晤。白宫随后发布的会晤纪要称，两国元首同意保持沟通。"
                      "纪要同时提到，拜登向中方提出了关切。")
    assert ("白宫", "拜登向中方提出了关切") in found


def test_this_office_is_the_body_named_with_that_head():
    found = _speakers("事态在傍晚出现转折。白俄罗斯总统新闻处发布消息称，双方进行了谈判。该新闻处还说，已有可以接受的方案。")
    assert ("白俄罗斯总统新闻处", "已有可以接受的方案") in found


def test_an_act_that_only_names_an_intent_or_a_doubted_blame_is_no_event():
    from conftest import events_of
    found = events_of("拜登表示，他不认为中国大陆有在近期对台湾动武的企图。")
    assert not any(kind in ("ASSAULT", "ACCUSE") for kind, _, _ in found)
    # the act itself, told as done, stays
    assert ("ASSAULT", "CHN", "TWN") in events_of("解放军10日对台湾发动攻击。")


def test_an_act_not_allowed_is_not_done():
    from conftest import events_of, untold_of
    body = "据路透社报道，白宫已决定不允许英伟达向中国出售其最新芯片。"
    assert not any(source == "USA" and target == "CHN" for _, source, target in events_of(body))
    assert any(modality == "negated" for *_, modality in untold_of(body))


def test_the_next_day_counts_from_the_day_named_before_it():
    record = newsfacts.analyze_text("测试标题\n\n佩洛西8月2日抵达台北，次日上午与蔡英文会面。",
                                    published_at="2022-08-05T10:00:00").to_dict()
    days = {e["trigger"]: e["date"] for e in record["events"]}
    assert days.get("会面") == "2022-08-03"


def test_a_meeting_one_side_proposed_or_not_held_is_no_meeting():
    from conftest import events_of
    found = events_of("奥斯汀与李尚福2日在晚宴上握手，但两人没有举行实质性会谈。美方此前曾提出在会议期间安排双方防长会晤，"
                      "遭到中方拒绝。")
    assert not any(kind == "CONSULT" for kind, _, _ in found) and ("REJECT", "CHN", "USA") in found
    # a protest lodged (提出 + the act) stays an act
    assert ("ACCUSE", "CHN", "JPN") in events_of("外交部副部长孙卫东当天约见日本驻华大使，就排海问题提出严正交涉。")


def test_a_view_some_hold_is_not_the_last_speakers():
    found = quote_triples("有分析认为，这一事件影响深远。也有观点指出，这一事件的影响被夸大了。")
    assert ("观点", "指出", "这一事件的影响被夸大了") in found
    # a kind of explanation is no one who speaks
    assert not any(content.startswith("这是") for _, _, content in quote_triples("也有一种解释说，这是误会。"))
