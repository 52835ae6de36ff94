"""Quotation series, empty quotations and term cues (round 13, h24-q): sentences written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_each_quotation_after_one_cue_is_a_quote():
    assert quotes_of("市长李明说，“我们会加快修路”，“明年春天就能通车”。") == [
        ("李明", "说", "我们会加快修路", "direct"), ("李明", "说", "明年春天就能通车", "direct")]
    assert quotes_of("发言人王芳表示，“公司不会裁员”，“工资照常发放”，“请大家放心”。") == [
        ("王芳", "表示", "公司不会裁员", "direct"), ("王芳", "表示", "工资照常发放", "direct"),
        ("王芳", "表示", "请大家放心", "direct")]


def test_quotation_series_before_the_next_statement():
    assert quotes_of("市长李明表示，“我们会加快修路”，“明年春天就能通车”，他还表示，资金已经到位。") == [
        ("李明", "表示", "我们会加快修路", "direct"), ("李明", "表示", "明年春天就能通车", "direct"),
        ("李明", "表示", "资金已经到位", "indirect")]


def test_quotation_then_more_words_stays_reported():
    assert quotes_of("市长李明说，“我们会加快修路”，并且明年春天就能通车。") != [
        ("李明", "说", "我们会加快修路", "direct")]


def test_empty_quotation_is_no_quote():
    assert quotes_of("市长李明表示：“”") == []
    assert quotes_of("市长李明说：“……”他随后离开了。") == []


def test_term_cue_gives_a_name_not_a_statement():
    assert quotes_of("当地媒体将这种手法称之为“空城计”。") == []
    assert quotes_of("有网友称其为“最美教师”。") == []


def test_term_cue_with_a_description_is_a_statement():
    assert quotes_of("外长王毅则称其为一个“开放的进程”。") == [("王毅", "称其为", "开放的进程", "direct")]
    assert quotes_of("多家外媒将这次选举称为“十年来最激烈的”。") == [
        ("多家外媒", "称为", "十年来最激烈的", "direct")]


def test_news_credited_to_an_outlet_like_a_report():
    assert quotes_of("路透社消息称，美国将对多国加征关税。") == [
        ("路透社", "消息称", "美国将对多国加征关税", "indirect")]
    assert quotes_of("据彭博社消息说，两家公司正在谈判合并。") == [
        ("彭博社", "消息说", "两家公司正在谈判合并", "indirect")]


def test_statement_inside_credited_news_is_the_inner_speaker():
    assert quotes_of("路透社消息称，美国财长贝森特表示，关税将在下月生效。") == [
        ("贝森特", "表示", "关税将在下月生效", "indirect")]


def test_news_with_no_named_source_or_a_cited_one():
    assert quotes_of("有消息称，这支车队绕开了检查站。") == [(None, "称", "这支车队绕开了检查站", "indirect")]
    assert quotes_of("美联社援引一些北约官员的消息称，舰队已经返航。") == [
        ("一些北约官员", "消息称", "舰队已经返航", "indirect")]


def test_rang_before_a_hyphen_opens_a_french_name_not_a_causative():
    assert quotes_of("里昂让-穆兰大学研究员说，这项政策不会改变。") == [
        ("里昂让-穆兰大学研究员", "说", "这项政策不会改变", "indirect")]
    assert quotes_of("这段讲话让多位观众批评说，演出太敷衍。") == [("多位观众", "批评说", "演出太敷衍", "indirect")]


def test_counted_cue_noun_refers_back_to_statements_told():
    assert quotes_of("美军的这一连串警告，意味着局势正在升级。") == []
    assert quotes_of("他此前的一系列表态，都说明他不愿让步。") == []


def test_matter_after_jiu_is_no_speaker():
    assert quotes_of("外交部就美国国务卿布林肯访华一事回应称，中方欢迎他来访。") == [
        ("外交部", "回应称", "中方欢迎他来访", "indirect")]
    assert quotes_of("商务部就特朗普加征关税问题表示，中方将坚决反制。") == [
        ("商务部", "表示", "中方将坚决反制", "indirect")]


def test_quotations_listed_with_a_pause_mark():
    assert quotes_of("老师王梅对学生说，“别着急”、“慢慢来，大家都会的”。") == [
        ("王梅", "说", "别着急", "direct"), ("王梅", "说", "慢慢来，大家都会的", "direct")]


def test_news_source_noun_is_the_whole_speaker():
    assert quotes_of("球队尚未官宣，消息源透露，这是一份短期合同。") == [
        ("消息源", "透露", "这是一份短期合同", "indirect")]


def test_hyphenated_name_after_a_title_is_read_like_a_dotted_one():
    dotted = quotes_of("白宫新闻秘书卡琳·琼斯的副手表示，总统将出席会议。")
    hyphened = quotes_of("白宫新闻秘书让-皮埃尔的副手表示，总统将出席会议。")
    assert dotted[0][0] == "卡琳·琼斯的副手"
    assert hyphened == [("让-皮埃尔的副手", "表示", "总统将出席会议", "indirect")]


def test_cue_closing_a_noun_before_its_verb_is_no_cue():
    assert quotes_of("市文物局将初步调查报告送至议会常务委员会审议。") == []
    assert quotes_of("这份调查报告称，事故原因是司机疲劳驾驶。")[0][1:] == ("报告称", "事故原因是司机疲劳驾驶", "indirect")


def test_subject_inside_credited_news_speaks_after_it():
    found = quotes_of("多家地方媒体消息称，市文物局已将调查结果送交议会，声称损坏原因不排除人为施压。")
    assert found[0][:2] == ("多家地方媒体", "消息称")
    assert found[1] == ("市文物局", "声称", "损坏原因不排除人为施压", "indirect")
