"""Speakers on international news (issue 14, round 6): a bare 报道称 refers back to the outlet brought in
last, 代表 as the verb "on behalf of", a person's office or aide, an office holder of a body in 《》,
a mission or outlet named after its place, and a credit phrase that ends before its date.
Passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def speakers(body: str) -> list:
    return [s for s, _, _, _ in quotes_of(body)]


def test_a_bare_report_refers_to_the_outlet_whose_piece_was_introduced_last():
    found = speakers("据路透社报道，美国将提高关税。报道称，新关税将于下月生效。\n\n"
                     "美国《纽约时报》网站在5日发表题为《关税来了》的报道。\n\n报道指出，许多企业已经开始囤货。")
    assert found == ["路透社", "路透社", "纽约时报"]


def test_a_roundup_section_head_names_the_outlet_of_the_next_report():
    found = speakers("据路透社报道，美国将提高关税。\n\n西班牙《国家报》：\n\n欧洲企业受到冲击\n\n报道称，欧洲企业也受到影响。")
    assert found[-1] == "国家报"


def test_an_outlet_that_only_interviews_is_no_antecedent():
    found = speakers("据路透社报道，美国将提高关税。一位部长接受《国家报》采访时发表了看法。报道称，欧洲企业也受到影响。")
    assert found[-1] == "路透社"


def test_represent_before_those_spoken_for_is_a_verb():
    found = speakers("在人权理事会上，巴基斯坦代表80个国家做共同发言，强调各国应尊重彼此的文化传统。")
    assert found == ["巴基斯坦"]


def test_a_clause_opening_on_represent_takes_the_subject_of_its_sentence():
    found = speakers("日前该国遭遇洪灾。李强总理向该国总统发去慰问电，代表中国政府表示，中方愿提供紧急援助。")
    assert found == ["李强"]


def test_the_noun_representative_still_speaks():
    assert speakers("美国代表在会上表示，各方应保持克制。") == ["美国代表"]
    assert speakers("俄罗斯代表涅边贾在会上表示，各方应保持克制。") == ["涅边贾"]


def test_a_persons_office_or_spokesman_speaks_not_the_person():
    assert speakers("约翰逊发言人当天也表示，首相身体状况良好。") == ["约翰逊发言人"]
    assert speakers("英国首相约翰逊办公室周三发表声明称，首相将按计划出访。") == ["英国首相约翰逊办公室"]
    assert speakers("普京发言人佩斯科夫表示，会谈将在下周举行。") == ["佩斯科夫"]


def test_the_office_holder_of_a_body_in_book_title_marks_speaks():
    assert speakers("《防治荒漠化公约》秘书长蒂奥表示，非洲的治沙经验值得推广。") == ["蒂奥"]


def test_a_mission_or_an_outlet_named_after_its_place():
    assert speakers("中国驻秘鲁使馆连夜派人赶往医院看望伤员，表示会尽力提供帮助。") == ["中国驻秘鲁使馆"]
    assert speakers("据香港东网4日报道，一名律师在街头被人围殴。") == ["香港东网"]
    assert speakers("台湾TVBS新闻网、联合新闻网等台媒2日消息称，一艘渔船在外海失联。") == ["台湾TVBS新闻网"]


def test_a_credit_phrase_ends_before_its_date_and_after_the_dispatch_line():
    assert speakers("台湾联合新闻网等台媒3日消息称，一艘渔船在外海失联。") == ["台湾联合新闻网等台媒"]
    assert speakers("晨报讯据领事服务官微消息，5月8日，中国驻阿曼使馆发布出行提醒。") == ["领事服务官微"]


def test_a_document_with_a_determiner_still_says_what_it_says():
    assert speakers("世界银行发布了一份新报告。该报告称，全球经济增速将放缓。") == ["世界银行"]
    assert speakers("白宫发表一份声明称，总统将出访。") == ["白宫"]


def test_a_source_inside_an_outlets_report_speaks():
    assert speakers("据外媒报道，一家环保组织5日称，这家公司排放的污水超过了标准。") == ["一家环保组织"]
    assert speakers("据外媒报道，一家监管机构8日发布一份报告称，这家工厂雇佣的临时工超过一半。") == ["一家监管机构"]


def test_an_outlet_before_an_adverb_is_still_the_outlet():
    assert speakers("中时新闻网则称，男子仍在医院。") == ["中时新闻网"]


def test_a_place_after_a_preposition_in_an_earlier_clause_is_no_subject():
    found = speakers("例如CECC特意在上周抛出一份报告，指责我们在香港事务上的政策，还呼吁华盛顿拉拢盟友。")
    assert found == ["CECC"]
    assert speakers("现在韩国似乎突然意识到这片海域的重要性，态度变得暧昧，强调要与英国加强合作。") == ["韩国"]  # 现在: no 在


def test_time_words_and_noting_verbs_open_the_clause_but_never_speak():
    assert speakers("之前报告显示，嗅觉丧失是潜在的预测因素。") == ["报告"]
    found = speakers("发言人说，我也注意到了这些数字，也注意到国家统计局网站消息表示，上年研发投入增长较快。")
    assert found[-1].startswith("国家统计局")


def test_counted_people_and_untagged_stations_speak():
    assert speakers("其中刘某承认参与斗殴。其余4人则承认参与寻衅滋事。")[-1] == "其余4人"
    found = speakers("据联合新闻网等台媒报道，一艘渔船在外海失联。又据台湾“中央社”消息，台中航空站表示，三架航班延误。")
    assert found[-1] == "台中航空站"


def test_here_we_remind_is_the_writers_own_we_not_the_last_speaker():
    found = speakers("发言人表示，韩方表示将提供便利。在此我们也提醒海外公民提升安全意识。")
    assert found[-1] == "我们"


def test_a_minister_written_as_body_plus_head():
    assert speakers("德国外交部长表示，朔尔茨总理下月将出访日本。") == ["德国外交部长"]
    assert speakers("德国外交部表示，朔尔茨总理下月将出访日本。") == ["德国外交部"]


def test_a_body_the_tagger_named_is_not_cut_at_a_person_noun_inside_it():
    assert speakers("有媒体称，台空军司令部5日上午发布新闻稿称，演训已经结束。")[-1] == "台空军司令部"


def test_a_speaker_phrase_never_reaches_back_over_a_comma():
    found = speakers("因为几位签名者来自不同党派的历届内阁，英国媒体渲染道，“这样的联名信非常少见”。")
    assert found == ["英国媒体"]


def test_the_source_an_outlet_mentions_after_talking_of_speaks():
    found = speakers("日本时报报道，这家公司将于明年上市，并谈到有投资者表示，希望尽快买入。")
    assert found == ["日本时报", "投资者"]


def test_a_body_named_in_quotation_marks_keeps_its_closing_mark():
    assert speakers("据台媒报道，台“外交部”当天发表声明称，对此表示遗憾。") == ["台“外交部”"]
