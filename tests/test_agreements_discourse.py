"""A second battery of short passages written for the tests, in the styles of unseen articles: an
agreement named again by a generic head (该协议, 上述声明, bare 协定), names with and without 《》, the
latest state told around any mention, parties from the agreement's own clause or name (not every
state in the sentence), brokers, plans and letters of intent that are not signed, and words that
name no agreement (共识 in general talk, a press statement, cooperation, an organisation)."""
from __future__ import annotations

import pytest

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-08-19T10:00:00").to_dict()["agreements"]
    return [(a["name"], a["parties"], a["state"]) for a in found]


# (class, text, [(part of the name, parties or None, state or None or "!state")]); [] means no agreement.
CASES = [
    # one record across a generic head after the first mention
    ("anaphor", "菲律宾和越南周二签署了海上搜救合作协定。该协定将于明年生效。",
     [("海上搜救合作协定", ["PHL", "VNM"], "signed")]),
    ("anaphor", "智利与秘鲁签署了渔业资源共享协议。智利外长表示，这份协议对两国都有利。",
     [("渔业资源共享协议", ["CHL", "PER"], "signed")]),
    ("anaphor", "肯尼亚和埃塞俄比亚去年签署了边境贸易协议。然而，埃塞俄比亚本周宣布暂停履行上述协议。",
     [("边境贸易协议", ["ETH", "KEN"], "suspended")]),
    ("anaphor", "巴西和阿根廷签署了核能合作协定。根据协定，两国将共享研究设施。",
     [("核能合作协定", ["ARG", "BRA"], "signed")]),
    ("anaphor", "挪威与冰岛签署了一项渔业协议。这项协议规定了双方的捕捞配额。",
     [("渔业协议", ["ISL", "NOR"], "signed")]),
    ("anaphor", "哈萨克斯坦和乌兹别克斯坦签署了水资源管理协定。两国外长称，协定的签署标志着合作进入新阶段。",
     [("水资源管理协定", ["KAZ", "UZB"], "signed")]),
    ("anaphor", "塞浦路斯和希腊签署了海底电缆协议。这份协定预计耗资数十亿欧元。",
     [("海底电缆协议", ["CYP", "GRC"], "signed")]),
    ("anaphor", "美国和菲律宾于1951年签署《美菲共同防御条约》。菲律宾总统表示，该条约仍然有效。",
     [("美菲共同防御条约", ["PHL", "USA"], "in_force")]),
    ("anaphor", "土耳其与阿塞拜疆签署了能源合作备忘录。备忘录规定，双方将共享管道数据。",
     [("能源合作备忘录", ["AZE", "TUR"], "signed")]),
    ("anaphor", "2019年，亚美尼亚与格鲁吉亚签署了过境运输协议。但亚美尼亚去年宣布中止该协议。",
     [("过境运输协议", ["ARM", "GEO"], "suspended")]),
    ("anaphor", "埃及和苏丹此前就水资源分配协议进行了多轮谈判。两国上月正式签署了这一协议。",
     [("水资源分配协议", ["EGY", "SDN"], "signed")]),
    ("anaphor", "以色列和黎巴嫩达成停火协议。但以色列周五指责黎巴嫩违反该协议。",
     [("停火协议", ["ISR", "LBN"], None)]),
    ("anaphor", "泰国和老挝发表了联合声明。上述声明提出，两国将共同打击跨境犯罪。",
     [("联合声明", ["LAO", "THA"], "agreed_in_principle")]),
    ("anaphor", "越南和老挝签署了电力贸易协议和铁路合作协定。越南总理表示，上述协议将于年内生效。",
     [("电力贸易协议", ["LAO", "VNM"], "signed"), ("铁路合作协定", ["LAO", "VNM"], "signed")]),
    ("anaphor", "美国宣布与越南达成“互惠贸易协议”，这是美方今年宣布的第二份关税协议。",
     [("互惠贸易协议", ["USA", "VNM"], "agreed_in_principle")]),
    ("anaphor", "智利和秘鲁签署了港口合作协议。两国随后还签署了渔业合作备忘录。",
     [("港口合作协议", ["CHL", "PER"], "signed"), ("渔业合作备忘录", ["CHL", "PER"], "signed")]),
    ("anaphor", "加拿大和墨西哥签署了能源协议。此外，加拿大还与巴西签署了农业合作备忘录。",
     [("能源协议", ["CAN", "MEX"], "signed"), ("农业合作备忘录", ["BRA", "CAN"], "signed")]),
    ("anaphor", "欧盟提议与挪威缔结青年交流协议，挪威政府拒绝了这一提议。", [("青年交流协议", ["EU", "NOR"], "rejected")]),
    ("anaphor", "日本与越南在稀土问题上达成共识。越南总理称，该共识有利于两国经济。",
     [("共识", ["JPN", "VNM"], "agreed_in_principle")]),
    # names without 《》 and with 《》
    ("name", "美日同盟近年来不断强化。", [("美日同盟", ["JPN", "USA"], "in_force")]),
    ("name", "美英澳三边安全伙伴关系引发地区国家担忧。", [("美英澳三边安全伙伴关系", ["AUS", "GBR", "USA"], "in_force")]),
    ("name", "俄罗斯今年2月宣布暂停履行新削减战略武器条约。", [("新削减战略武器条约", ["RUS", "USA"], "suspended")]),
    ("name", "俄罗斯2023年7月宣布退出黑海粮食协议。", [("黑海粮食协议", None, "terminated")]),
    ("name", "伊朗外长称，伊核协议仍然有效。", [("伊核协议", None, "in_force")]),
    ("name", "韩美两国签署的《防卫费分担特别协定》将于明年生效。", [("防卫费分担特别协定", ["KOR", "USA"], "signed")]),
    ("name", "《中俄睦邻友好合作条约》签署至今已有二十多年。", [("中俄睦邻友好合作条约", ["CHN", "RUS"], "in_force")]),
    ("name", "澳大利亚与斐济签署了《海上安全合作协定》。", [("海上安全合作协定", ["AUS", "FJI"], "signed")]),
    ("name", "中美关税协议为两国的贸易摩擦按下了暂停键。", [("中美关税协议", ["CHN", "USA"], None)]),
    ("name", "美日贸易协定于2020年1月生效。", [("美日贸易协定", ["JPN", "USA"], "in_force")]),
    ("name", "德国和波兰签署的睦邻友好条约至今有效。", [("睦邻友好条约", ["DEU", "POL"], "in_force")]),
    ("name", "英国和欧盟的安全与防务伙伴关系协议于5月签署。", [("安全与防务伙伴关系协议", ["EU", "GBR"], "signed")]),
    ("name", "土耳其代表团将前往多哈参加与叙利亚的停火谈判。", [("停火", ["SYR", "TUR"], "negotiating")]),
    ("name", "印度外长说，印度与美国的贸易谈判正在进行，双方希望年底前完成第一阶段协议。",
     [("第一阶段协议", ["IND", "USA"], "negotiating")]),
    ("name", "中美两国于2020年1月签署第一阶段协议。", [("第一阶段协议", ["CHN", "USA"], "in_force")]),
    ("name", "巴林与摩洛哥签署了关系正常化协议。", [("关系正常化协议", ["BHR", "MAR"], "signed")]),
    # the state told by the verbs around a mention, the latest one winning
    ("state", "智利和阿根廷正在就跨境天然气管道协议进行磋商。", [("天然气管道协议", ["ARG", "CHL"], "negotiating")]),
    ("state", "土耳其与伊拉克的石油管道协议谈判进入最后阶段。", [("石油管道协议", ["IRQ", "TUR"], "negotiating")]),
    ("state", "英国和挪威草签了能源合作协定。", [("能源合作协定", ["GBR", "NOR"], "agreed_in_principle")]),
    ("state", "欧盟和墨西哥原则上达成了贸易协定。", [("贸易协定", ["EU", "MEX"], "agreed_in_principle")]),
    ("state", "巴西提议与阿根廷缔结一项共同货币协定。", [("共同货币协定", ["ARG", "BRA"], "proposed")]),
    ("state", "越南宣布中止与柬埔寨的电力合作协议。", [("电力合作协议", ["KHM", "VNM"], "suspended")]),
    ("state", "萨尔瓦多宣布退出与洪都拉斯签署的边境贸易协定。", [("边境贸易协定", ["HND", "SLV"], "terminated")]),
    ("state", "玻利维亚新政府宣布废除前政府与巴西签订的天然气协议。", [("天然气协议", ["BOL", "BRA"], "terminated")]),
    ("state", "朝鲜宣布撕毁与韩国签署的军事协议。", [("军事协议", ["KOR", "PRK"], "terminated")]),
    ("state", "印度与尼泊尔的过境条约已于上月到期。", [("过境条约", ["IND", "NPL"], "expired")]),
    ("state", "秘鲁和厄瓜多尔的渔业协定已经失效。", [("渔业协定", ["ECU", "PER"], "expired")]),
    ("state", "阿根廷拒绝了英国提出的资源共享协议。", [("资源共享协议", ["ARG", "GBR"], "rejected")]),
    ("state", "印度和斯里兰卡签署的渔业协定已正式生效。", [("渔业协定", ["IND", "LKA"], "in_force")]),
    ("state", "依据《印度河水条约》，印度和巴基斯坦分享六条河流的水资源。", [("印度河水条约", ["IND", "PAK"], "in_force")]),
    ("state", "老挝和泰国的电力贸易协议仍然有效。", [("电力贸易协议", ["LAO", "THA"], "in_force")]),
    ("state", "马来西亚总理呼吁与新加坡缔结水供应协议。", [("水供应协议", ["MYS", "SGP"], "proposed")]),
    ("state", "美国与俄罗斯的新削减战略武器条约将于明年2月到期。俄方提议双方在条约到期后继续遵守其限额一年。",
     [("新削减战略武器条约", ["RUS", "USA"], "in_force")]),
    ("state", "肯尼亚和坦桑尼亚的渔业协议去年到期后，双方再未续签。", [("渔业协议", ["KEN", "TZA"], "expired")]),
    ("state", "苏丹和南苏丹在埃塞俄比亚的斡旋下同意立即停火。", [("停火", ["SDN", "SSD"], "agreed_in_principle")]),
    ("state", "卡塔尔和埃及表示，苏丹和南苏丹的新一轮停火谈判已进入最后阶段。", [("停火", ["SDN", "SSD"], "negotiating")]),
    ("state", "日本和印度签署《防务合作协定》已有二十多年。", [("防务合作协定", ["IND", "JPN"], "in_force")]),
    ("state", "秘鲁和智利签署了渔业协定和港口协议。秘鲁国会上周否决了港口协议。",
     [("渔业协定", ["CHL", "PER"], "signed"), ("港口协议", ["CHL", "PER"], "rejected")]),
    ("state", "挪威和冰岛恢复了渔业合作协定。挪威此前曾宣布终止该协定。", [("渔业合作协定", ["ISL", "NOR"], "in_force")]),
    ("state", "越南和菲律宾正在谈判海警合作协议。两国外长表示，协议有望年内签署。",
     [("海警合作协议", ["PHL", "VNM"], "negotiating")]),
    ("state", "印度和日本一致同意，尽快重启外长战略对话、防务政策对话等安全对话机制。",
     [("安全对话机制", ["IND", "JPN"], "agreed_in_principle")]),
    ("state", "智利和秘鲁签署了贸易协定，还同意恢复每年两次的首脑互访机制。",
     [("贸易协定", ["CHL", "PER"], "signed"), ("首脑互访机制", ["CHL", "PER"], "agreed_in_principle")]),
    ("parties", "去年，挪威又促成哥伦比亚与委内瑞拉签署了边境安全协议。",
     [("边境安全协议", ["COL", "VEN"], "signed")]),
    ("plan", "埃及和苏丹签署了一份水资源原则性协议。", [("水资源原则性协议", ["EGY", "SDN"], "agreed_in_principle")]),
    ("state", "巴西和阿根廷外长会晤。就天然气管道项目，两国也在积极磋商中。",
     [("天然气管道项目", ["ARG", "BRA"], "negotiating")]),
    ("state", "秘鲁和玻利维亚举行了多轮谈判，但未能达成新的天然气协议。", [("天然气协议", ["BOL", "PER"], "negotiating")]),
    ("state", "巴西总统将与阿根廷总统会面，讨论两国的货币协议。", [("货币协议", ["ARG", "BRA"], "negotiating")]),
    # parties from the agreement's own clause or name, not every state in the sentence
    ("parties", "在土耳其的斡旋下，俄罗斯和乌克兰签署了战俘交换协议，美国对此表示欢迎。",
     [("战俘交换协议", ["RUS", "UKR"], "signed")]),
    ("parties", "中美贸易协议的执行情况受到日本和韩国的关注。", [("中美贸易协议", ["CHN", "USA"], None)]),
    ("parties", "俄乌停火协议的谈判陷入僵局，欧盟呼吁双方保持克制。", [("俄乌停火协议", ["RUS", "UKR"], "negotiating")]),
    ("parties", "德国总理访问巴黎期间，法国和西班牙签署了能源互联协议。", [("能源互联协议", ["ESP", "FRA"], "signed")]),
    ("parties", "由卡塔尔促成的以色列和哈马斯停火协议于周日生效。", [("停火协议", ["ISR", "PSE"], "in_force")]),
    ("parties", "印度和日本签署了高铁合作协议，中国和巴基斯坦则在讨论走廊项目。",
     [("高铁合作协议", ["IND", "JPN"], "signed")]),
    ("parties", "美国提出的俄乌和平计划包括二十多点内容。", [("俄乌和平计划", ["RUS", "UKR"], "proposed")]),
    ("parties", "白宫发表声明说，美方欢迎苏丹和南苏丹达成停火。", [("停火", ["SDN", "SSD"], "agreed_in_principle")]),
    ("parties", "土耳其欢迎亚美尼亚和阿塞拜疆签署边界划定协议。", [("边界划定协议", ["ARM", "AZE"], "signed")]),
    ("parties", "加拿大已与英国、日本和欧盟分别达成数字贸易协议。",
     [("数字贸易协议", ["CAN", "GBR"], "agreed_in_principle"), ("数字贸易协议", ["CAN", "JPN"], "agreed_in_principle"),
      ("数字贸易协议", ["CAN", "EU"], "agreed_in_principle")]),
    ("parties", "泰国和越南分别与印度签署了大米贸易协议。",
     [("大米贸易协议", ["IND", "THA"], "signed"), ("大米贸易协议", ["IND", "VNM"], "signed")]),
    # a plan, a letter of intent or a draft is not signed
    ("plan", "泰国和柬埔寨签署了一份停火意向书。", [("停火意向书", ["KHM", "THA"], "agreed_in_principle")]),
    ("plan", "美国和乌克兰签署了一份关于矿产合作的谅解备忘录。", [("谅解备忘录", ["UKR", "USA"], "agreed_in_principle")]),
    ("plan", "印度和阿曼表示计划签署自由贸易协定。", [("自由贸易协定", ["IND", "OMN"], "!signed")]),
    ("plan", "以色列和哈马斯的停火方案仍停留在纸面上，双方尚未签署。", [("停火方案", ["ISR", "PSE"], "!signed")]),
    ("parties", "埃及提出了一份以色列和哈马斯停火方案。", [("停火方案", ["ISR", "PSE"], "proposed")]),
    # words that name no agreement
    ("none", "英国、法国和德国宣布启动核协议中的争端解决机制。", [("核协议", None, None)]),
    ("none", "亚美尼亚宣布冻结参与集体安全条约组织的活动。", []),
    ("none", "南极条约协商会议在意大利举行。", []),
    ("none", "乌克兰总统表示，乌方不会接受任何割让领土的和平协议。", []),
    ("none", "两国领导人在会谈中表示，要凝聚更多共识。", []),
    ("none", "巴西总统府当天发表声明，否认相关报道。", []),
    ("none", "中国和巴西将加强在农业领域的合作。", []),
    ("none", "北约秘书长表示，北约将加强东翼防御。", []),
    ("none", "东南亚国家联盟外长会议周二在雅加达举行。", []),
    ("none", "非洲联盟呼吁苏丹冲突各方停止敌对行动。", []),
    ("none", "欧盟委员会发布声明称，将对进口钢材展开调查。", []),
    ("none", "专家认为，各国在气候问题上存在广泛共识。", []),
    ("none", "日本与澳大利亚的合作日益密切。", []),
    ("none", "伊朗外长说，德黑兰愿意就核问题与美国展开对话。", []),
    # a ceasefire sought, hoped for or supposed is no agreement made
    ("none", "巴西希望发挥影响力，推动埃塞俄比亚和厄立特里亚早日实现停火。", []),
    ("none", "一旦苏丹和南苏丹实现停火，非洲国家将派出观察员。", []),
    ("state", "泰国和柬埔寨周三宣布停火。", [("停火", ["KHM", "THA"], None)]),
    # 该计划 with no agreement named before it refers to a domestic programme, not to an agreement
    ("none", "所谓中国行动计划，指的是2019年11月由华盛顿启动的一个计划，交给美国司法部国家安全司实施，"
             "称该计划“旨在全面清除中国黑客、防止美国数据被中国窃取”。", []),
]


def _agrees(expected, found) -> bool:
    if len(found) != len(expected):
        return False
    for (part, parties, state), (name, got_parties, got_state) in zip(expected, found):
        if part not in name or parties is not None and parties != got_parties:
            return False
        if state is not None and (got_state == state[1:] if state.startswith("!") else got_state != state):
            return False
    return True


@pytest.mark.parametrize("kind,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_battery(kind, text, expected):
    found = summary(text)
    assert _agrees(expected, found), found


def brokers(body: str) -> list[list[str]]:
    return [a["brokers"] for a in newsfacts.analyze_text("测试标题\n\n" + body).to_dict()["agreements"]]


def test_who_mediates_is_a_broker_not_a_party():
    assert brokers("由卡塔尔出面调解，刚果（金）与卢旺达签署了和平协议。") == [["QAT"]]
    assert brokers("在埃及、卡塔尔和美国的共同斡旋下，以色列和哈马斯达成了停火协议。") == [["EGY", "QAT", "USA"]]
    assert summary("由土耳其从中斡旋，叙利亚和约旦签署了边境安全协议。") == [("边境安全协议", ["JOR", "SYR"], "signed")]
