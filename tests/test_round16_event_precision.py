"""Event precision on unseen news (round 16): a clause's own subject of no state (a summit, a trade
community, an index, suppliers) takes no doer from the speaker or an earlier clause; an outlet's
report is no act of the outlet's state. Each against a plain report that stays an event.
Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_summit_as_the_subject_takes_no_doer_from_the_speaker():
    assert events_of("伊朗外长表示，本届峰会批准了巴林、科威特成为对话伙伴。") == []
    assert ("AGREE", "IRN", "BHR") in events_of("伊朗外长表示，伊朗批准了巴林成为对话伙伴。")


def test_a_summit_as_a_time_adjunct_leaves_the_doer_carried_over():
    assert ("AGREE", "IRN", "BHR") in events_of("伊朗总统会见了俄罗斯总统。峰会期间还批准了巴林加入协议。")
    assert ("AGREE", "IRN", "BHR") in events_of("伊朗总统会见了俄罗斯总统。随后批准了巴林加入协议。")


def test_a_trade_community_is_no_state():
    assert events_of("法国总统这次访华，两国百姓表示欢迎；工商界自然也欢迎。") == []
    assert ("SUPPORT", "CHN", "FRA") in events_of("法国总统这次访华，两国百姓表示欢迎；中国政府自然也欢迎。")


def test_suppliers_are_no_state():
    assert events_of("联合国官员表示，因为美方设限，海外供应商向伊朗提供医疗物资受到影响。") == []
    assert ("AID", "CHN", "IRN") in events_of("中国外长表示，中国向伊朗提供了药品援助。")


def test_an_index_is_no_state():
    assert events_of("印度外交部发表声明称，该指数多年来一直对印度进行抹黑。") == []
    assert ("ACCUSE", "IND", "USA") in events_of("印度外交部发表声明称，美国多年来一直对印度进行抹黑。")


def test_an_outlets_report_is_no_act_of_its_state():
    # the press of Japan reports what a summit held there will ask: no demand of Japan's
    assert events_of("日本媒体报道说，下月在日本举行的七国集团峰会将要求中国遵守规则。") == []
    # what the report tells of a state is still that state's act
    assert ("REQUEST", "KOR", "JPN") in events_of("韩国媒体报道称，韩国将要求日本道歉。")


def test_a_demand_on_china_governs_the_act_it_asks_for():
    # 要求中方…: 中 opens the name of the one asked, not 要求中 (in the demand); the act asked is not done
    assert ("CONSULT", "CHN", "JPN") not in events_of("美国敦促中方与日本举行会谈。")
    assert not [e for e in events_of("美方提出几个领域，同时还要求中方全面合作。") if e[0] == "COOPERATE"]
    assert ("REQUEST", "USA", "CHN") in events_of("美方提出几个领域，同时还要求中方全面合作。")
    # the demand as a noun still leaves the act reported as done
    assert ("SANCTION", "JPN", "RUS") in events_of("在美国的要求下，日本对俄罗斯实施制裁。")
