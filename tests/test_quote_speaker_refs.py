"""Speakers named through a title or a demonstrative: a time word between a title and the cue is
never the speaker, a one-character transliterated surname after a title is, the person after an
organisation's title speaks rather than the organisation, and 该部 / 该机构 / 该委员会 / 该国外长
refer back to the body or minister named before. Passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of

from newsfacts.nlp.speaker_refs import one_char_surname, time_tail


def speakers(body: str) -> list:
    return [s for s, _, _, _ in quotes_of(body)]


def test_a_weekday_after_a_title_only_speaker_is_not_the_speaker():
    assert speakers("德国外交部发言人周一表示，柏林正在与盟友协调立场。") == ["德国外交部发言人"]


def test_a_weekday_and_an_adverb_after_a_title_are_cut_off():
    assert speakers("法国财政部发言人周三也说，巴黎将削减赤字。") == ["法国财政部发言人"]


def test_a_name_before_a_weekday_is_still_the_speaker():
    assert speakers("国防部发言人李明周二表示，演习按计划进行。") == ["李明"]


def test_time_tail_cuts_dates_and_adverbs_only():
    text = "德国外交部发言人当地时间12日也"
    assert text[:time_tail(text, 0, len(text))] == "德国外交部发言人"
    assert time_tail("外交部发言人", 0, 6) == 6


def test_a_one_character_transliterated_surname_after_a_title():
    assert speakers("罗马尼亚总统丹对此表示，布加勒斯特将加强边境监控。") == ["丹"]


def test_one_character_surnames_come_from_the_knowledge_base():
    assert one_char_surname("丹")
    assert not one_char_surname("府")


def test_the_person_after_an_organisation_title_speaks():
    assert speakers("欧洲央行行长拉加德解释说，通胀仍然偏高。") == ["拉加德"]


def test_this_ministry_is_the_ministry_named_before():
    found = speakers("美国国防部周一发布声明。该部表示，两艘驱逐舰已抵达地中海东部。")
    assert found == ["美国国防部"]


def test_this_body_is_the_body_named_before():
    assert speakers("世界卫生组织发布报告。该机构表示，疫苗覆盖率有所下降。") == ["世界卫生组织"]


def test_this_commission_keeps_its_whole_head_noun():
    assert speakers("欧盟委员会周三公布草案。该委员会表示，新规将于明年生效。") == ["欧盟委员会"]


def test_this_countrys_foreign_minister_is_the_one_named_with_that_country():
    found = speakers("印度外长苏杰生周二抵达莫斯科。该国外长表示，新德里的能源采购不受外部左右。")
    assert found == ["苏杰生"]


def test_this_countrys_foreign_minister_unnamed_is_not_the_ministry():
    found = speakers("巴西外交部召见了阿根廷大使。该国外长表示，双方应通过对话解决分歧。")
    assert found == ["该国外长"]


def test_its_grandmother_is_the_grandmother_named_before():
    assert speakers("记者见到了李明和他的奶奶王秀英。其奶奶说，今年收成很好。") == ["王秀英"]


def test_its_grandmother_unnamed_is_the_kin_phrase_not_the_possessor():
    assert speakers("记者采访了村民张华。其奶奶说，今年收成很好。") == ["其奶奶"]


def test_its_grandmother_is_the_named_childs_grandmother_named_before():
    found = speakers("小刚奶奶说，孩子很调皮。其奶奶还指出，老师很负责。")
    assert found == ["小刚奶奶", "小刚奶奶"]


def test_the_one_told_is_no_speaker_of_what_follows():
    assert speakers("电话那头的“王警官”告诉李华，声称她涉嫌洗钱。") == ["王警官"]
    assert speakers("张明告诉王芳，称会议推迟了。") == ["张明"]


def test_a_first_person_subject_is_the_writer_not_the_last_speaker():
    found = quotes_of("医生说，这个药一天吃三次。我说：“还差一片呢！”")
    assert [s for s, _, c, _ in found if "差一片" in c] in ([], ["我"])  # the writer's, never the doctor's


def test_its_grandmother_belongs_to_the_one_its_refers_to_however_far_back():
    filler = "这件事在村里引起了很多议论。" * 50
    found = speakers("小刚奶奶说，孩子很调皮。" + filler + "小刚称，他想坐第一排。不过，其奶奶指出，老师这是为了方便照看他。")
    assert found[-1] == "小刚奶奶"


# 该官员 / 这位外交官 / 前述高官 / 该消息人士: the unnamed source introduced as the subject of an
# earlier clause that says nothing, even when a named person acts in between.

def test_this_official_is_the_unnamed_official_met_before():
    assert speakers("一名不愿具名的欧盟高级官员周二会见了记者。该官员透露，欧盟将在下月推出新的制裁方案。") \
        == ["一名不愿具名的欧盟高级官员"]


def test_this_diplomat_skips_a_named_leader_in_between():
    assert speakers("一位熟悉谈判进程的外交官上周抵达日内瓦。德国总理朔尔茨随后宣布了新的计划。"
                    "这位外交官说，双方仍存在分歧。") == ["一位熟悉谈判进程的外交官"]


def test_the_aforesaid_senior_official_skips_a_named_president():
    assert speakers("一名法国政府高官周三前往柏林参加会谈。法国总统马克龙当天在巴黎会见了来访的客人。"
                    "前述高官透露，两国将签署新协议。") == ["一名法国政府高官"]


def test_this_source_is_the_unnamed_source_introduced_before():
    assert speakers("一位接近白宫的消息人士上周接受了采访。拜登周四访问了底特律。"
                    "该消息人士称，总统将很快签署法案。") == ["一位接近白宫的消息人士"]


def test_this_person_is_the_unnamed_figure_who_arrived():
    assert speakers("一位欧洲外交人士周五抵达北京。这位人士表示，欧方希望与中方加强合作。") == ["一位欧洲外交人士"]


def test_a_later_named_official_who_spoke_is_still_chosen():
    assert speakers("一名美国官员周二抵达东京。随后，美国国务院官员布林肯表示，会谈很顺利。"
                    "该官员还说，双方将发表声明。") == ["布林肯", "布林肯"]
