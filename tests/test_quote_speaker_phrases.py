"""Speaker phrases on text no rule was fitted to: a source noun phrase kept whole (驻外使馆的发言人,
a place with a count and a title), the source an outlet cites, the one spoken to or urged (never the
speaker), and a later 他 for one unnamed person; short passages written for the test."""
from __future__ import annotations

from test_quotes import quotes_of


def speakers_of(body: str) -> list[tuple]:
    return [(speaker, cue) for speaker, cue, _, _ in quotes_of(body)]


def test_embassy_spokesperson_is_one_phrase():
    assert speakers_of("中国驻法国大使馆发言人5日回应称，台湾问题纯属中国内政。") == [("中国驻法国大使馆发言人", "回应称")]
    assert speakers_of("美国驻华大使馆一名官员表示，签证业务将于下月恢复。") == [("美国驻华大使馆一名官员", "表示")]
    assert speakers_of("欧盟驻华使团发言人表示，双方会继续对话。") == [("欧盟驻华使团发言人", "表示")]


def test_causative_still_opens_the_speaker_phrase():
    assert speakers_of("这番话引来多位观众批评说，他不尊重对手。")[0] == ("多位观众", "批评说")


def test_outlet_citing_someones_words_credits_that_source():
    assert speakers_of("《泰晤士报》引用一名前外交官的话说，这是因为双方缺乏信任。") == [("一名前外交官", "说")]
    assert speakers_of("美联社引述两名美国官员说，这批物资将在下月运抵。") == [("两名美国官员", "说")]


def test_person_citing_a_saying_still_speaks():
    assert speakers_of("张明在演讲中引用一位诗人的话说，路漫漫其修远兮。") == [("张明", "说")]


def test_later_pronoun_refers_to_one_unnamed_executive():
    found = speakers_of("在一家电子企业，某高管表示，新技术不会带来太大冲击。当然，他承认，部分产品可能受到影响。")
    assert found == [("某高管", "表示"), ("某高管", "承认")]


def test_place_count_and_title_name_an_unnamed_source():
    found = speakers_of("英国七位前外相搞了一个联署，敦促首相约翰逊在这一问题上发挥领头作用，宣称要协调盟友共同行动。")
    assert found == [("英国七位前外相", "敦促"), ("英国七位前外相", "宣称")]


def test_the_one_urged_is_no_subject_of_the_sentence():
    found = speakers_of("几名议员昨天发表公开信，要求部长李强尽快辞职，声称他隐瞒了事故。")
    assert found == [("几名议员", "声称")]


def test_the_one_spoken_to_after_a_title_is_no_speaker():
    assert speakers_of("会谈中，美方代表对中国外长王毅表示，双方应当管控分歧。") == [("美方代表", "表示")]
    assert speakers_of("会谈中，美国代表团向俄罗斯外长拉夫罗夫表示，双方应当管控分歧。") == [("美国代表团", "表示")]
    assert speakers_of("王毅对美国国务卿布林肯表示，双方应当管控分歧。") == [("王毅", "表示")]


def test_the_one_asked_is_no_speaker_of_the_question():
    assert speakers_of("一名乘客问乘务员小李：“还有多久到站？”") == [("一名乘客", "问乘务员小李")]
    assert all("发言人" not in (speaker or "") for speaker, _ in speakers_of("一名记者问发言人：“谈判何时恢复？”"))


def test_role_before_its_own_verb_and_colon():
    found = speakers_of("市场消息称，该平台被警方调查。一名从业者感慨：“整顿还在继续，谁也不知道下一个是谁。”")
    assert found[-1][0] == "一名从业者"


def test_report_credited_with_a_time_word_names_the_outlet_only():
    assert speakers_of("据新流财经此前报道，该公司的营业收入持续增长。") == [("新流财经", "报道")]


def test_someones_reporter_who_speaks_is_quoted_not_a_byline():
    assert speakers_of("湖人队的记者麦克-琼斯表示，詹姆斯下周可能复出。") == [("麦克-琼斯", "表示")]
    assert speakers_of("新华社记者王伟报道，会议在北京举行。") == []


def test_a_common_noun_counted_as_one_is_the_later_pronoun():
    found = speakers_of("市长王刚上周视察了工地。一名工作人员说，工程将在年底完工。他还表示，工人们每天加班。")
    assert found == [("一名工作人员", "说"), ("一名工作人员", "表示")]


def test_kin_of_a_named_person_speaks_not_the_person():
    found = speakers_of("王刚的儿子告诉记者，父亲身体一直很好。")
    assert found == [("王刚的儿子", "告诉记者")]
    found = speakers_of("小花的母亲对记者说，孩子的病一直没好。她也承认，这件事很难解释。")
    assert [s for s, _ in found] == ["小花的母亲", "小花的母亲"]


def test_bare_article_speaks_for_the_author_its_sentence_named():
    found = speakers_of("俄罗斯总统普京12日在克里姆林宫网站发表题为《论历史统一》的文章。文章说，两国人民拥有共同的历史。")
    assert found == [("普京", "说")]
    found = speakers_of("某报发表李明撰写的评论。文章指出，改革需要耐心。")
    assert found == [("李明", "指出")]


def test_bare_article_of_an_outlet_still_speaks_for_the_outlet():
    found = speakers_of("美联社发表了一篇文章。文章称，谈判已经陷入僵局。")
    assert found == [("美联社", "称")]
    found = speakers_of("某报发表了李明的文章。据路透社报道，会谈没有结果。文章称，谈判已经陷入僵局。")
    assert found == [("路透社", "报道"), ("路透社", "称")]


def test_huanshi_opening_the_clause_is_no_part_of_the_speaker():
    found = speakers_of("无论是普通读者，还是专业人士都认为，这本书值得一读。")
    assert found == [("专业人士", "认为")]


def test_quoted_name_right_before_a_source_noun_is_part_of_the_speaker():
    found = speakers_of("面对外界质疑，“美丽花园”官方微博发文回应称，门店证照齐全。")
    assert found == [("“美丽花园”官方微博", "回应称")]
    found = speakers_of("面对外界质疑，「美丽花园」官博发文回应称门店证照齐全。同时，表示各门店营业如常。")
    assert found == [("「美丽花园」官博", "回应称"), ("「美丽花园」官博", "表示")]


def test_quotation_before_its_speaker_is_still_a_quote():
    assert quotes_of("“对话是唯一出路”，外交部发言人表示。") == [("外交部发言人", "表示", "对话是唯一出路", "direct")]


def test_month_opening_the_clause_is_no_part_of_the_speaker():
    assert speakers_of("早在9月就有媒体报道，该公司注销了多家子公司。") == [("媒体", "报道")]


def test_one_counted_unnamed_person_speaks_and_is_her_later():
    found = speakers_of("前几天我接到一通陌生来电，一个女的，开口就说：“您的包裹被海关扣了！”她接着又说：“请先交一笔保证金。”")
    assert found == [("一个女的", "说"), ("一个女的", "说")]


def test_counted_asker_speaks_the_question():
    found = speakers_of("一个四十多岁的女顾客问店员小李：“这款面霜效果怎么样？”")
    assert found == [("一个四十多岁的女顾客", "问店员小李")]


def test_kin_noun_right_after_a_name_is_the_speaker():
    assert speakers_of("小刚的同桌换了好几个。小刚奶奶直言，小刚太调皮了。") == [("小刚奶奶", "直言")]
    assert speakers_of("特朗普妻子梅拉尼娅表示，她支持丈夫竞选。") == [("梅拉尼娅", "表示")]


def test_on_behalf_of_an_office_is_the_verb():
    assert speakers_of("发言人何平表示，部长对事故深感痛心，并代表部长呼吁各方保持克制。") == [
        ("何平", "表示"), ("何平", "呼吁")]
    assert speakers_of("代表总理出席仪式的何平表示，合作将继续。") == [("何平", "表示")]


def test_a_condition_before_a_quotation_names_no_speaker():
    found = speakers_of("农业部长何平周二表示，补贴会照常发放。他还撂下一句狠话：假如越南政府继续倾销，“我们也会加征关税”。")
    assert [s for s, _ in found] == ["何平", "何平"]


def test_a_ships_captain_speaks_after_the_body_credited():
    found = speakers_of("港务局随后通报称，货轮已经靠港。据该局介绍，船长报告称一处货舱进水。")
    assert [s for s, _ in found] == ["港务局", "船长"]
