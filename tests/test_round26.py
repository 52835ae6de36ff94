"""Round 26: speakers and acts in pages of the 2023 Tencent, Sina and self-media style (blind batteries qZ,
evP): a known person glued to a title that carries a modifier (代理副国务卿某某), and 她 after a person of
unknown gender named in the sentence before. Each case is a short sentence written for the test."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from conftest import events_of, quote_triples as _quotes

import newsfacts
from newsfacts.nlp.timex import resolve_day


def _speakers(body: str) -> list[str]:
    return [speaker for speaker, _, _ in _quotes(body)]


def test_a_known_person_after_an_acting_title_is_a_person():
    body = "美国代理副国务卿纽兰5日访问了该国首都。她事后透露，对方拒绝了她的会面请求。"
    assert _speakers(body) == ["纽兰"]
    # the same with the title's modifier left out
    assert _speakers("美国副国务卿纽兰5日访问了该国首都。她事后透露，对方拒绝了她的会面请求。") == ["纽兰"]


def test_she_goes_on_with_the_person_of_unknown_gender_named_just_before():
    body = ("外交部发言人毛宁表示，中方高度关注当地局势。某大学副教授钱慕白对记者表示，冲突可能长期化。"
            "“任何一方都难以取胜。”钱慕白说。她还指出，邻国将承受难民压力。")
    assert _quotes(body)[-1] == ("钱慕白", "指出", "邻国将承受难民压力")
    # a man the knowledge base knows named just before does not take 她 from the woman
    body = "外交部发言人毛宁周二出席了记者会。美国国务卿布林肯上周访问了北京。她表示，中方欢迎各国加强交流。"
    assert _speakers(body) == ["毛宁"]


def test_three_parties_speak_as_a_side():
    body = "中方代表强调，中方将继续发挥建设性作用。三方声明称，两国重申尊重彼此主权。"
    assert _quotes(body)[-1] == ("三方", "声明称", "两国重申尊重彼此主权")


def test_a_name_holding_zai_opens_no_occasion():
    # 李在明在集会上: the 在 of the name is no preposition, the occasion is 在集会上
    body = "韩国在野党共同民主党党首李在明在集会上批评称，政府对此放任不管。"
    assert _speakers(body) == ["李在明"]
    assert _speakers("韩国前总统文在寅在会上表示，政府对此放任不管。") == ["文在寅"]


def test_an_attitude_that_biao_shi_expresses_is_no_cue():
    # 表示强烈反对和严厉谴责，已…: what follows the comma is a deed, not what was said
    assert _quotes("中方对此表示强烈反对和严厉谴责，已就此向对方提出严正交涉。") == []
    assert _quotes("中方对此表示谴责，已召见对方大使。") == []
    # a cue of its own after the attitude still speaks
    assert _quotes("中方对此表示强烈谴责，称对方的行为极不负责任。") == [("中方", "称", "对方的行为极不负责任")]


def test_a_source_cited_after_a_cue_is_part_of_that_statement():
    body = "该国政府发言人则表示，根据本国专家的分析，邻国的排放计划没有问题。"
    assert _quotes(body) == [("该国政府发言人", "表示", "根据本国专家的分析，邻国的排放计划没有问题")]
    # a credit line opening its own sentence still credits the source
    assert _quotes("根据本国专家的分析，邻国的排放计划没有问题。") == [("本国专家", "分析", "邻国的排放计划没有问题")]


def test_a_statement_welcomed_is_no_statement_of_its_own():
    body = "联合国秘书长通过发言人发表声明，欢迎两国宣布恢复外交关系，并感谢调解方发挥的作用。"
    assert _quotes(body) == [("联合国秘书长", "发表声明", "欢迎两国宣布恢复外交关系，并感谢调解方发挥的作用")]
    # 对X宣布……表示欢迎: the announcement is the matter of the welcome
    assert _quotes("古特雷斯对两国宣布恢复外交关系表示欢迎。") == []
    # a statement issued that goes on to say something of its own keeps that cue
    assert _quotes("伊朗外交部发表声明，指责美方破坏了协议。") == [("伊朗外交部", "指责", "美方破坏了协议")]


def test_an_announced_office_taken_is_what_was_announced():
    # 宣布出任: 出任 is a verb of its own, not the complement of 宣布 (as 透露出 is)
    assert _quotes("卫队司令甘巴宣布出任过渡委员会主席。") == [("甘巴", "宣布", "出任过渡委员会主席")]
    assert _quotes("这位部长的讲话透露出一个重要信号。") == []


def test_the_two_sides_of_a_fight_inside_one_state_are_that_states():
    found = events_of("苏丹冲突双方同意从25日零时起实施全国停火。")
    assert found and all(source == target == "SDN" for _, source, target in found)
    # a conflict between two states keeps its two sides
    found = events_of("俄乌冲突双方同意交换战俘。")
    assert ("AGREE", "RUS", "UKR") in found and ("AGREE", "UKR", "RUS") in found


def test_a_day_still_to_come_is_the_nearer_of_this_month_and_the_next():
    tz = timezone(timedelta(hours=8))
    # told the day before publication: this month's 7th
    assert resolve_day("代表团将于7日抵达开罗", datetime(2024, 5, 8, 10, tzinfo=tz)) == "2024-05-07"
    # published late in the month, an early day still to come is next month's
    assert resolve_day("代表团将于3日抵达开罗", datetime(2024, 5, 28, 10, tzinfo=tz)) == "2024-06-03"


def test_a_journalist_by_trade_speaks_and_a_report_issued_voices_the_accusation():
    body = "美国知名奖项得主、调查记者西摩·赫什8日发表长文称，爆炸事件由他国一手策划。"
    assert _speakers(body) == ["西摩·赫什"]
    # the article's own reporter stays a byline
    assert _quotes("（本报记者王伟）爆炸发生后，现场一片狼藉。") == []
    body = "美国国务院上月曾发布报告，指责俄方拒绝美方核查人员入境视察。"
    assert _quotes(body) == [("美国国务院", "指责", "俄方拒绝美方核查人员入境视察")]


def test_a_hyphened_name_whose_first_character_the_tagger_glued_to_the_title():
    body = "以色列国家安全部长本-格维尔在社交平台上写道，接受这份方案就等于投降。"
    assert _speakers(body) == ["本-格维尔"]


def test_a_clause_of_detail_is_no_doer_for_the_clause_after():
    body = ("1日，美国总统签署行政令，宣布对从加拿大和墨西哥进口的商品加征25%的关税，其中加拿大能源产品的税率为10%；"
            "同时对中国商品加征10%的关税。")
    found = events_of(body)
    assert ("SANCTION", "USA", "CHN") in found and not any(source == "CAN" for _, source, _ in found)


def test_the_explanation_someone_gave_is_what_they_said():
    assert _quotes("对此，该国总统的解释是，这些基地不是用来进攻任何国家的。") == [
        ("该国总统", "的解释是", "这些基地不是用来进攻任何国家的")]
    assert _speakers("印度外交部当时给出的解释是，总理因日程冲突无法成行。") == ["印度外交部"]
    # a reason judged, with no comma after the copula, is no statement
    assert _quotes("美方的理由是站不住脚的。") == []


def test_a_deed_named_in_quotation_marks_is_said_but_a_term_is_not():
    # 称其为“挑衅升级”: the quoted words end on a verb, a deed described; a term's name says nothing
    assert _quotes("菲律宾方面此前曾对此表示不满，称其为“挑衅升级”。") == [("菲律宾", "称其为", "挑衅升级")]
    assert _quotes("他将这种手法称之为“空城计”。") == []
    # a name passively given to a plan stays a term
    assert _quotes("这一方案被该国舆论称为“第三方代赔”。") == []


def test_an_executive_secretary_is_a_title():
    body = "不过，菲律宾总统府执行秘书贝尔萨明19日对记者表示，菲方暂不认为此次事件构成武装攻击。"
    assert _speakers(body) == ["贝尔萨明"]


def test_a_dispatch_line_does_not_date_what_its_article_tells():
    body = "中新网1月12日电 综合外媒报道，当地时间11日深夜至12日凌晨，美国和英国对也门胡塞武装控制的多个目标发动空袭。"
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2024-01-12T18:00:00+08:00").to_dict()
    dates = {e["date"] for e in record["events"] if e["type"] == "ASSAULT"}
    assert dates == {"2024-01-11"}


def test_a_protest_about_a_matter_is_made_by_the_subject_before():
    body = "外交部副部长约见美国驻华大使，就美国众议长窜台提出严正交涉和强烈抗议。"
    assert not any(source == "TWN" for _, source, _ in events_of(body))


def test_a_chinese_region_named_after_china_is_the_party():
    found = events_of("美国国会众议长2日晚窜访中国台湾地区。")
    assert ("CONSULT", "USA", "TWN") in found and ("CONSULT", "USA", "CHN") not in found


def test_an_accusation_after_an_act_of_its_subject_is_said():
    # X突然发难，指责Y…: the subject of the clause before accuses; no cue opened the clause before
    body = "瓦格纳创始人普里戈津23日晚突然发难，指责俄国防部对瓦格纳营地发动导弹袭击，扬言要讨回公道。"
    assert ("普里戈津", "指责", "俄国防部对瓦格纳营地发动导弹袭击") in _quotes(body)


def test_a_named_doer_the_tagger_takes_for_a_place_word_opens_the_accused_deed():
    body = "尼日尔军方30日发表声明，指责西共体正在策划对尼日尔的军事干预。"
    assert _quotes(body) == [("尼日尔军方", "指责", "西共体正在策划对尼日尔的军事干预")]


def test_speaking_out_then_an_accusation_with_an_adjective_predicate():
    body = "绿党议员也发声，指责总理在人权问题上态度软弱。"
    assert _quotes(body) == [("绿党议员", "指责", "总理在人权问题上态度软弱")]


def test_a_name_after_a_firm_head_is_a_person():
    body = "该国水电公司负责人西罗塔随后证实，电站的一台机组严重受损。他表示，目前无法判断能否修复。"
    assert _speakers(body) == ["西罗塔", "西罗塔"]
    # the role alone still speaks as written
    assert _speakers("该公司负责人表示，工厂将停产。") == ["该公司负责人"]


def test_an_accusation_names_every_state_of_a_list_and_its_pronoun_the_doer_before():
    found = events_of("中国指责美国、英国和澳大利亚组建军事同盟。")
    assert {("ACCUSE", "CHN", t) for t in ("USA", "GBR", "AUS")} <= set(found)
    # a list of regions is no list of states accused
    assert ("ACCUSE", "CHN", "HKG") not in events_of("中方批评美方干涉新疆、香港事务。")
    # 指责其…: 其 is the doer of the act told before
    assert ("ACCUSE", "SYR", "ISR") in events_of("以色列空袭了叙利亚首都。叙利亚指责其侵犯主权。")
