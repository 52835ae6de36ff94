"""Reporting conventions of Chinese news prose (issue 14, round 4): statements inside an outlet's
report, collective unnamed sources, a view stated without a comma, another outlet's reporter who
speaks, and a speaker named only after the quotation. Short passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def _pairs(body: str) -> list[tuple]:
    return [(s, c) for s, c, _, _ in quotes_of(body)]


def test_each_inner_statement_of_a_report_is_its_speakers():
    found = quotes_of("据新华社报道，外交部长王毅表示，中方愿意推动对话，并称各方应保持克制。")
    assert [(s, c) for s, c, _, _ in found] == [("王毅", "表示"), ("王毅", "称")]
    assert all("报道" not in content for _, _, content, _ in found)


def test_report_runs_on_across_sentences_with_the_inner_speaker():
    found = _pairs("据路透社报道，德国总理默茨说，欧洲需要自己的防务。他还表示，德国将提高军费。")
    assert found == [("默茨", "说"), ("默茨", "表示")]


def test_outlet_report_with_two_speakers_in_a_row():
    found = _pairs("据路透社报道，德国总理默茨说，欧洲需要自己的防务，法国总统马克龙则表示，法国支持这一立场。")
    assert found == [("默茨", "说"), ("马克龙", "表示")]


def test_people_in_number_are_an_unnamed_source():
    assert quotes_of("很多人都认为，这场比赛的结果早已注定。") == [
        ("很多人", "认为", "这场比赛的结果早已注定", "indirect")]
    assert _pairs("不少人表示，房价还会下跌。") == [("不少人", "表示")]


def test_quantity_of_people_sets_the_description():
    import newsfacts
    doc = newsfacts.analyze_text("标题\n\n有些人认为，这件事不值得做。很多人说，这件事值得一试。")
    assert [q.speaker_canonical for q in doc.quotes] == ["some people", "many people"]


def test_view_with_a_copula_and_no_comma_is_reported():
    assert quotes_of("李明认为是美国挑起了这场贸易战。") == [("李明", "认为", "是美国挑起了这场贸易战", "indirect")]


def test_passive_view_is_no_statement():
    assert quotes_of("这座桥被普遍认为是城市的象征。") == []
    assert quotes_of("他被广泛认为是最好的球员之一。") == []


def test_view_inside_a_relative_clause_is_no_statement():
    assert quotes_of("她总在做一件自己认为是对的工作，这点没人怀疑。") == []


def test_reporter_of_another_outlet_speaks_with_the_desk():
    assert _pairs("美联社记者史密斯表示，现场已经被警方封锁。") == [("美联社记者史密斯", "表示")]
    assert _pairs("《纽约时报》记者约翰在节目中说，白宫内部存在分歧。") == [("《纽约时报》记者约翰", "说")]


def test_reporter_named_inside_a_report_and_her_later_pronoun():
    found = _pairs("据CNN报道，该台记者安娜称，边境的局势仍然紧张。她还说，当地居民正在撤离。")
    assert found == [("该台记者安娜", "称"), ("该台记者安娜", "说")]


def test_own_byline_and_the_reporter_told_never_speak():
    assert quotes_of("本报记者王伟报道，边境地区的局势仍然紧张。") == []
    assert _pairs("李四对美联社记者王五说，谈判仍在继续。") == [("李四", "说")]


def test_speaker_named_after_the_quotation():
    assert quotes_of("“我们不会放弃。”李明在接受采访时说。") == [("李明", "说", "我们不会放弃。", "direct")]
    assert quotes_of("“局势依然紧张”，俄罗斯总统发言人佩斯科夫称。") == [("佩斯科夫", "称", "局势依然紧张", "direct")]


def test_source_cited_by_an_outlet_speaks():
    assert _pairs("路透社援引知情人士称，双方已经接近达成协议。") == [("知情人士", "称")]
    assert _pairs("美媒援引一名美国官员的话称，美军将增派部队。") == [("一名美国官员", "称")]


def test_outlet_citing_data_speaks_itself():
    found = _pairs("《东方日报》援引最新数据报道称，本月的出口增长了三成。")
    assert found and found[0][0] == "东方日报"


def test_frame_noun_before_a_report_verb_leaves_the_cue_to_the_verb():
    found = quotes_of("据塔斯社援引俄罗斯国防部的消息报道，俄军击落了两架无人机。")
    assert found == [("俄罗斯国防部", "报道", "俄军击落了两架无人机", "indirect")]


def test_name_inside_a_quotation_is_no_subject_of_a_later_clause():
    found = _pairs("国防部当晚发表声明称，“部队（路透社注：指某部队）继续作战”，并表示，伞兵提供了援助。")
    assert found == [("国防部", "发表声明称"), ("国防部", "表示")]


def test_sentence_goes_on_past_a_quoted_title():
    found = _pairs("网友表示，这是好事。近日有韩媒刊登了一篇“游客不来，商家认栽。”的文章，称首尔一家商场将于九月关门。")
    assert found[-1] == ("韩媒", "称")


def test_body_the_tagger_left_out_is_named_with_its_state():
    assert _pairs("美国联邦航空管理局同时表示，暂未收到类似报告。") == [("美国联邦航空管理局", "同时表示")]
    assert _pairs("美国总统特朗普表示，关税将继续。") == [("特朗普", "表示")]


def test_doubt_that_arises_is_a_noun_and_leaves_the_view_to_its_holder():
    assert _pairs("有人读完这篇报道以后，对他的专业水平产生了质疑，认为他夸大其词。") == [("有人", "认为")]


def test_a_view_with_no_holder_is_described():
    import newsfacts
    doc = newsfacts.analyze_text("标题\n\n有观点称，关税政策将损害全球经济。也有声音认为，这一政策有利于本国工业。")
    assert [q.speaker_canonical for q in doc.quotes] == ["commentators", "commentators"]
