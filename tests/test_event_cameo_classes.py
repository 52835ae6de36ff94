"""Trigger words added by going through the CAMEO verb classes code by code (data/event_triggers.tsv,
round 6): one short sentence per word, written for the test, with the act it must give; sentences
where the word has another sense, or the act is negated, asked for or only a question, give none."""
from __future__ import annotations

import pytest

import newsfacts


def events_of(body: str, hypothetical: bool = False) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"], e["trigger"])
            for e in record["hypothetical_events" if hypothetical else "events"]]


@pytest.mark.parametrize("body, expected", [
    # CONSULT 040-043
    ("印度外长昨天约见了英国驻印度大使。", ("CONSULT", "IND", "GBR", "约见")),
    ("泰国政府与缅甸政府进行对话。", ("CONSULT", "THA", "MMR", "进行对话")),
    ("墨西哥与美国就移民问题举行磋商。", ("CONSULT", "MEX", "USA", "磋商")),
    ("越南国家主席拜会了老挝总理。", ("CONSULT", "VNM", "LAO", "拜会")),
    # SUPPORT 051, 052, 056
    ("肯尼亚总统盛赞中国的援助。", ("SUPPORT", "KEN", "CHN", "盛赞")),
    ("埃及外长高度肯定沙特的斡旋努力。", ("SUPPORT", "EGY", "SAU", "高度肯定")),
    ("智利政府对阿根廷表示谢意。", ("SUPPORT", "CHL", "ARG", "表示谢意")),
    ("匈牙利总理为俄罗斯开脱。", ("SUPPORT", "HUN", "RUS", "开脱")),
    ("乌干达总统赞许坦桑尼亚的做法。", ("SUPPORT", "UGA", "TZA", "赞许")),
    # AGREE 030, 057
    ("菲律宾与日本续签了防务协议。", ("AGREE", "PHL", "JPN", "续签")),
    ("挪威与瑞典达成谅解。", ("AGREE", "NOR", "SWE", "达成谅解")),
    # COOPERATE 061-063
    ("老挝与泰国在边境联合执法。", ("COOPERATE", "LAO", "THA", "联合执法")),
    ("土耳其与阿塞拜疆共同开发天然气田。", ("COOPERATE", "TUR", "AZE", "共同开发")),
    ("哈萨克斯坦与乌兹别克斯坦联合反恐。", ("COOPERATE", "KAZ", "UZB", "联合反恐")),
    # AID 070
    ("卡塔尔向苏丹捐建了一所医院。", ("AID", "QAT", "SDN", "捐建")),
    ("日本赠与斯里兰卡两艘巡逻船。", ("AID", "JPN", "LKA", "赠与")),
    # RETREAT 0841, 0842, 085, 0872
    ("沙特对卡塔尔解除封锁。", ("RETREAT", "SAU", "QAT", "解除封锁")),
    ("中国恢复进口美国牛肉。", ("RETREAT", "CHN", "USA", "恢复进口")),
    ("法国向塞内加尔返还了一批文物。", ("RETREAT", "FRA", "SEN", "返还")),
    ("亚美尼亚与阿塞拜疆交换人质。", ("RETREAT", "ARM", "AZE", "交换人质")),
    # CONCEDE 080, 081
    ("韩国恢复签发中国公民赴韩短期签证。", ("CONCEDE", "KOR", "CHN", "恢复签发")),
    ("墨西哥最终向美国服软。", ("CONCEDE", "MEX", "USA", "服软")),
    # REQUEST 100, 103, 1031
    ("阿根廷敦请英国归还岛屿。", ("REQUEST", "ARG", "GBR", "敦请")),
    ("法国总统力促德国增加军费。", ("REQUEST", "FRA", "DEU", "力促")),
    ("海地政府向联合国求援。", ("REQUEST", "HTI", "UN", "求援")),
    ("韩国向日本索赔。", ("REQUEST", "KOR", "JPN", "索赔")),
    # ACCUSE 111, 112, 114
    ("伊朗外交部向英国提出交涉。", ("ACCUSE", "IRN", "GBR", "提出交涉")),
    ("澳大利亚总理甩锅新西兰。", ("ACCUSE", "AUS", "NZL", "甩锅")),
    ("古巴外长嘲讽美国的政策。", ("ACCUSE", "CUB", "USA", "嘲讽")),
    ("土耳其总统对以色列发难。", ("ACCUSE", "TUR", "ISR", "发难")),
    ("印度外长攻讦巴基斯坦。", ("ACCUSE", "IND", "PAK", "攻讦")),
    # THREATEN 130
    ("俄罗斯威吓波兰。", ("THREATEN", "RUS", "POL", "威吓")),
    ("美国胁迫墨西哥接受新协议。", ("THREATEN", "USA", "MEX", "胁迫")),
    # SANCTION 161, 163
    ("日本对韩国禁售三种化工材料。", ("SANCTION", "JPN", "KOR", "禁售")),
    ("美国将五家俄罗斯企业拉黑。", ("SANCTION", "USA", "RUS", "拉黑")),
    # COERCE 173, 192, 1723
    ("伊拉克吞并科威特。", ("COERCE", "IRQ", "KWT", "吞并")),
    ("印度侵占尼泊尔领土。", ("COERCE", "IND", "NPL", "侵占")),
    ("斯里兰卡政府宣布实施宵禁。", ("COERCE", "LKA", "LKA", "宵禁")),
    ("伊朗警方审讯了两名英国人。", ("COERCE", "IRN", "GBR", "审讯")),
    # ASSAULT 182-203
    ("以色列战机对叙利亚发动空中打击。", ("ASSAULT", "ISR", "SYR", "空中打击")),
    ("沙特对也门狂轰滥炸。", ("ASSAULT", "SAU", "YEM", "狂轰滥炸")),
    ("缅甸军队击杀了十余名泰国毒贩。", ("ASSAULT", "MMR", "THA", "击杀")),
    ("土耳其无人机攻击叙利亚北部。", ("ASSAULT", "TUR", "SYR", "无人机攻击")),
    ("埃及警察殴打一名苏丹公民。", ("ASSAULT", "EGY", "SDN", "殴打")),
    ("马里士兵扫射布基纳法索村民。", ("ASSAULT", "MLI", "BFA", "扫射")),
    ("俄军猛攻乌克兰东部城市。", ("ASSAULT", "RUS", "UKR", "猛攻")),
])
def test_a_cameo_class_word_names_its_act(body, expected):
    assert expected in events_of(body)


@pytest.mark.parametrize("body", [
    "立陶宛召回驻中国大使。",
    "澳大利亚召回了驻法国大使。",
])
def test_an_envoy_recalled_from_a_post_reduces_relations_with_the_host(body):
    # the host state stands between the verb and 大使, after 驻
    host = "CHN" if "中国" in body else "FRA"
    assert [(t, target) for t, _, target, _ in events_of(body)] == [("SANCTION", host)]


def test_an_envoy_recalled_with_own_state_named():
    assert events_of("加拿大撤回本国驻沙特大使。") == [("SANCTION", "CAN", "SAU", "撤回")]


def test_a_disposal_of_a_partys_firms_is_done_to_that_party():
    # 将X的企业列入…: X owns the object of the disposal; the subject acts on it
    assert events_of("美国商务部将俄罗斯的五家企业列入实体清单。") == \
        [("SANCTION", "USA", "RUS", "列入实体清单")]
    assert events_of("美国商务部将俄罗斯的五家企业拉黑。") == [("SANCTION", "USA", "RUS", "拉黑")]


def test_an_attack_possessed_by_its_doer_still_names_the_doer():
    # X的 before an act with no 将/把 before X: X is still the one who acts
    assert events_of("格鲁吉亚顶住了俄罗斯的第一轮进攻。") == [("ASSAULT", "RUS", "GEO", "进攻")]


def test_an_act_asked_for_by_a_new_demand_verb_is_only_requested():
    assert events_of("阿根廷敦请英国归还岛屿。") == [("REQUEST", "ARG", "GBR", "敦请")]
    assert ("RETREAT", "GBR", "ARG", "归还") not in events_of("阿根廷敦请英国归还岛屿。")


def test_an_act_under_a_new_threat_verb_is_only_threatened():
    assert events_of("俄罗斯威吓要对波兰实施制裁。") == []
    assert events_of("俄罗斯威吓要对波兰实施制裁。", hypothetical=True) == [("SANCTION", "RUS", "POL", "实施制裁")]


@pytest.mark.parametrize("body", [
    "他低头看着手机。",                      # 低头: bowing the head, left out of the lexicon
    "律师为被告进行了无罪辩护。",            # 辩护: a defence in court, left out
    "阿根廷队在比赛中攻入两球。",            # 攻入: a goal scored, left out
    "两支球队在决赛中激战三个小时。",        # 激战: a hard game, left out
    "教练调兵遣将，准备决赛。",              # 调兵遣将: picking a team
    "运动员努力促进训练水平提高。",          # 力促 inside 努力|促进: no word of its own
    "工厂实施压产措施。",                    # 施压 inside 实施|压产
    "这家公司被指在广告中丑化了消费者。",    # no state on either side
    "校方决定向学生返还多收的学费。",        # no state on either side
    "他在书中盛赞家乡的美食。",              # praise of no state
    "法国没有撤销对伊朗的制裁。",            # negated
    "朝鲜是否会恢复进口韩国商品尚不清楚。",  # an open question
    "苏丹政府对是否向邻国求援仍未表态。",    # an open question
])
def test_a_word_with_another_sense_or_an_act_not_done_gives_no_event(body):
    assert events_of(body) == []
