"""Modality of an act from the words before it: predictions, aims and comparisons."""
from __future__ import annotations

from newsfacts.stages.event_modality import modality


def _of(sentence: str, trigger: str) -> str:
    clause_start = sentence.rfind("，", 0, sentence.index(trigger)) + 1
    return modality(sentence, 0, clause_start, sentence.index(trigger))


def test_a_prediction_is_hedged():
    assert _of("会谈期间两国肯定会签署几份文件。", "签署") == "hedged"
    assert _of("外界预计两国元首下月举行会晤。", "会晤") == "hedged"


def test_an_aim_is_an_intent():
    assert _of("他们为了抹黑邻国，四处散布谣言。", "抹黑") == "intended"


def test_a_comparison_with_ruyi_is_no_condition():
    assert _of("如果联想到上个月两国签署的协定，这次会晤并不意外。", "会晤") == "asserted"
    assert _of("如果谈判失败，甲国将袭击乙国。", "袭击") == "conditional"


def test_a_plain_report_is_asserted():
    assert _of("甲国外长昨天会见了乙国大使。", "会见") == "asserted"


def test_an_ability_is_hedged():
    assert _of("新型导弹能够打击千里之外的目标。", "打击") == "hedged"


def test_a_feared_act_is_hedged():
    assert _of("邻国担心甲国入侵乙国。", "入侵") == "hedged"
    assert _of("双方同意防止冲突升级，避免发生袭击。", "袭击") == "hedged"


def test_at_someones_request_is_no_advice():
    assert _of("乙国将军曾应甲国要求与甲国官员通话。", "要求") == "asserted"
    assert _of("甲国应向乙国提供援助。", "提供") == "advisory"


def test_an_act_in_the_object_of_a_refusal_is_not_done():
    from newsfacts.stages.event_modality import refused

    assert refused("甲国拒不加入针对乙国的国际")
    assert refused("甲国拒绝响应丙国发出的")
    assert not refused("甲国拒绝停火并")  # 拒绝停火并袭击了乙国: the attack is reported
    assert not refused("甲国拒绝停止对乙国的")  # 拒绝停止袭击: the attacks go on
    assert not refused("甲国宣布加入针对乙国的国际")


def test_an_act_someone_is_told_not_to_do_is_not_reported_as_done():
    import newsfacts

    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯警告美国不要向乌克兰提供导弹。", published_at="2025-04-19T10:00:00")
    facts = [(e.type, e.source, e.target) for e in doc.events if e.is_fact]
    assert facts == [("REQUEST", "RUS", "USA")]


def test_a_wish_for_what_another_party_does_is_a_request_not_an_intent():
    from newsfacts.stages.event_modality import modality
    asked = "中方希望越方为中国公司投资"  # what the other side is to do: asked, not the doer's intent
    assert modality(asked, 0, 0, len(asked)) == "requested"
    own = "中方希望同越方加强合作"  # the speaker's own act: an expressed intent
    assert modality(own, 0, 0, len(own)) == "advisory"


def test_an_act_wished_of_the_other_side_is_no_event_of_its_own():
    from tests.test_event_background import events_of
    assert [e[:3] for e in events_of("中方希望越方为中国公司来越投资创造良好条件。")] == [("REQUEST", "CHN", "VNM")]


def test_an_act_someone_is_invited_to_do_is_not_reported():
    from tests.test_event_background import events_of
    assert _of("加拿大外长将邀请墨西哥外长访加。", "访加") == "requested"
    assert _of("菲律宾计划邀请日本在吕宋岛部署导弹。", "部署") == "requested"
    assert events_of("加拿大外长将邀请墨西哥外长访加。") == []
    # invited to join the host's own act: the host's act, as before
    assert _of("法国邀请意大利参加联合军演。", "联合军演") == "asserted"
    assert ("COOPERATE", "FRA", "ITA") in [e[:3] for e in events_of("法国邀请意大利参加联合军演。")]
    # at someone's invitation the visit is reported
    assert _of("应墨西哥总统邀请，加拿大总理将访问墨西哥。", "访问") == "future"
