"""Round 15 (sources and translation): foreign and Chinese reporting weighed by the share of the body
each carries, one outlet under two names credited once, and a news site's 网 kept with its name. Short
passages written for the tests."""
from __future__ import annotations

import newsfacts
from newsfacts.stages.sources import _known_aliases, press_references
from newsfacts.stages.translation import origin_shares


def analysed(body: str, title: str = "测试标题"):
    return newsfacts.analyze_text(f"{title}\n\n{body}")


# Two foreign press references carry most of the body; two Chinese outlets are credited for one short
# sentence each. Counting outlets made it a tie (2 : 2); weighing the body they carry does not.
_MOSTLY_FOREIGN = ("去年以来，西方对俄实施了多轮制裁。据俄媒报道，俄罗斯经济部门本周公布了去年的物价数据，通胀率低于此前预期。"
                   "俄经济部门还预计，今年上半年的物价涨幅将进一步回落。"
                   "据央视新闻报道，莫斯科的超市本周排起长队。"
                   "据美媒报道，西方对俄个人的制裁已让多名富商的资产明显缩水。"
                   "美媒给出的数据显示，多名富商的财富在一年里都有所减少，其中一人损失了近百亿美元。"
                   "另一名富商的资产也缩水了一半以上，其公司股价一路下跌。"
                   "据第一财经报道，国内一家券商也下调了预测。")


def test_body_shares_of_foreign_and_chinese_reporting():
    doc = analysed(_MOSTLY_FOREIGN)
    foreign, chinese = origin_shares(doc, press_references(doc))
    assert foreign > chinese > 0


def test_foreign_reporting_outweighs_chinese_outlets_named_as_often():
    doc = analysed(_MOSTLY_FOREIGN)
    assert doc.translated is True
    assert any(s.startswith("foreign_outlets:") for s in doc.translation_signals)


def test_chinese_reporting_carrying_the_body_is_not_outweighed_by_two_passing_foreign_credits():
    body = ("据新华社报道，某省今年的粮食产量再创新高，秋粮收购工作进展顺利。"
            "新华社报道称，全省已有上千家粮库开秤收粮，收购价格保持稳定。"
            "据央视新闻报道，当地农民的收入也有明显增加，多个县的合作社扩大了种植面积。"
            "央视新闻报道还提到，当地正在推广新的储粮技术。"
            "路透社和彭博社也关注了这一消息。")
    doc = analysed(body)
    assert doc.translated is False


def test_one_outlet_under_its_full_and_latin_names_is_credited_once():
    body = "据英国广播公司报道，首相周二宣布了新的能源计划。BBC称，该计划将在明年实施。"
    names = [s.name for s in analysed(body).sources]
    assert names == ["英国广播公司"]


def test_latin_name_first_keeps_the_latin_surface_form():
    body = "BBC称，首相周二宣布了新的能源计划。据英国广播公司报道，该计划将在明年实施。"
    names = [s.name for s in analysed(body).sources]
    assert names == ["BBC"]


def test_two_different_outlets_are_both_credited():
    body = "据英国广播公司报道，首相周二宣布了新的能源计划。CNN称，该计划将在明年实施。"
    names = [s.name for s in analysed(body).sources]
    assert names == ["英国广播公司", "CNN"]


def test_alias_table_maps_every_name_to_the_full_name():
    aliases = _known_aliases()
    assert aliases["BBC"] == "英国广播公司" and aliases["英国广播公司"] == "英国广播公司"
    assert "ABC" not in aliases  # two broadcasters share it


def test_a_news_site_keeps_its_net():
    body = "英国多家媒体周二发表评论。天空新闻网称，这本书是为了赚钱。"
    assert "天空新闻网" in [s.name for s in analysed(body).sources]


def test_net_running_on_into_another_word_is_not_taken():
    body = "天空新闻报道称，这本书引发了很多网友的讨论。天空新闻网友评论区也很热闹。"
    names = [s.name for s in analysed(body).sources]
    assert "天空新闻网" not in names and "天空新闻" in names


def test_an_agency_under_its_full_and_short_names_counts_once_for_translation():
    body = ("据朝中社报道，朝鲜周二试射了一枚新型导弹。朝鲜中央通讯社称，试射达到了预期目的。"
            "报道还说，朝鲜领导人观看了试射。")
    doc = analysed(body)
    assert [s.name for s in doc.sources] == ["朝中社"]
    assert "foreign_outlets:2" not in doc.translation_signals


def test_a_chinese_reporters_bracketed_byline_makes_the_piece_his_own():
    body = ("[环球时报报道 记者王某]美国国会周二通过了一项法案。据《华尔街日报》报道，法案获得两党支持。"
            "《纽约时报》称，白宫将很快签署法案。")
    doc = analysed(body)
    assert doc.translated is False


def test_the_same_piece_without_the_byline_is_compiled_from_the_two_papers():
    body = ("美国国会周二通过了一项法案。据《华尔街日报》报道，法案获得两党支持。"
            "《纽约时报》称，白宫将很快签署法案。")
    doc = analysed(body)
    assert doc.translated is True
