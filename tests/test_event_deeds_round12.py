"""Deeds on compC-style reports (round 12): talks named only as a topic, a condition that ends at a
semicolon, and an agreement on a condition. Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of
from newsfacts.stages.event_modality import modality


def test_talks_as_a_topic_are_no_meeting():
    assert events_of("由英国和挪威牵头的奥斯陆谈判去年多次陷入停滞。") == []
    assert events_of("由德国和瑞士主持的日内瓦谈判今年两度陷入僵局。") == []
    assert ("CONSULT", "CHL", "PER") in events_of("智利和秘鲁昨天在利马举行谈判。")


def test_a_condition_ends_at_a_semicolon():
    text = "第一，如果甲方退出，那么乙方也会退出；第二，智利与秘鲁本月签署了渔业协定。"
    at = text.index("签署")
    assert modality(text, 0, text.rindex("，", 0, at) + 1, at) == "asserted"
    assert modality("如果智利退出，那么秘鲁也会签署。", 0, 7, 13) == "conditional"


def test_an_agreement_on_a_condition_is_not_reported():
    assert events_of("英国外交官透露，如果挪威同意，这一安排将纳入北约框架。") == []
    assert ("AGREE", "PER", "CHL") in events_of("秘鲁官员称，智利方面已经同意与秘鲁启动新机制。") or \
        ("AGREE", "CHL", "PER") in events_of("秘鲁官员称，智利方面已经同意与秘鲁启动新机制。")


def test_a_strike_on_rebels_at_home_is_domestic():
    assert ("ASSAULT", "PER", "PER") in events_of("秘鲁军方当天出动战机轰炸了北部山区的多处叛军据点。")
    assert ("ASSAULT", "PER", "PER") not in events_of(
        "秘鲁军方当天出动战机轰炸了多处叛军据点。厄瓜多尔政府对此表示关切。厄瓜多尔外长说，厄瓜多尔将加强边境巡逻。")


def test_the_broker_is_no_signer():
    assert events_of("此后挪威又促成哥伦比亚与厄瓜多尔在奥斯陆签署了一份框架协议。") == [("AGREE", "COL", "ECU")]
    assert events_of("挪威促成哥伦比亚政府与叛军在奥斯陆签署了停火协议。") == []


def test_a_ratification_still_needed_is_not_done():
    assert events_of("协定仍须经欧洲议会表决和秘鲁国会批准才能生效。") == []
    assert modality("该条约尚需两国议会批准。", 0, 0, 9) == "advisory"


def test_an_airdrop_to_a_place_is_aid():
    assert events_of("秘鲁空军向智利北部空投了一批食品包。") == [("AID", "PER", "CHL")]


def test_the_locals_a_mission_gives_to_are_of_its_host_state():
    assert events_of("秘鲁驻智利使馆昨天向当地几所小学捐赠了两百台电脑。") == [("AID", "PER", "CHL")]
    assert events_of("秘鲁昨天向当地几所小学捐赠了两百台电脑。") == []
