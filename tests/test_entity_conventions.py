"""Which names an article's entity list holds (FORMAT.md: named entities; GPE for states): terms of address,
works in 《》, handles, years of the cycle, appositive company nouns, places by the verb after them, states by
their ending, and one kind per name. Sentences written for these tests."""
from __future__ import annotations

import newsfacts
from newsfacts.tagging import tag_sentence


def entities(text: str) -> dict[str, str]:
    doc = newsfacts.analyze_text(text, published_at="2023-01-15")
    return {e.name: e.type for e in doc.entities}


def test_a_surname_with_a_term_of_address_is_no_entity_but_sentence_ner_keeps_the_surname():
    text = "王先生告诉记者，他上周在北京买了一套房。"
    found = entities(text)
    assert not any(name.startswith("王") for name in found)
    assert found["北京"] == "GPE"
    assert tag_sentence(text)[:2] == ["B-PER", "O"]  # the NER sets mark 王 of 王先生


def test_a_one_character_term_of_address_after_a_surname():
    found = entities("张总说，公司今年要扩大生产。张总还表示会在广州建厂。")
    assert "张总" not in found
    assert "广州" in found


def test_a_work_in_title_marks_is_no_entity_but_a_credited_outlet_is():
    assert "白鹿原" not in entities("她认为《白鹿原》这部小说写活了陕西的土地。")
    assert entities("澳大利亚《解读者》杂志网站周二称，两国关系正在改善。").get("解读者") == "ORG"


def test_a_handle_after_an_at_sign_is_no_person():
    assert entities("评论：@读书郑小明：说得好！@晴天张伟：支持！") == {}


def test_a_year_of_the_sexagenary_cycle_is_a_time():
    assert "辛丑" not in entities("辛丑年间，这座城市经历了很多变化。")


def test_a_name_after_the_noun_for_a_company_is_the_company():
    assert entities("美国制药公司莫德纳的高层周四表示，新疫苗即将上市。").get("莫德纳") == "ORG"


def test_a_name_that_falls_is_a_place():
    assert entities("激战三天后，隆维失守，守军向巴黎撤退。")["隆维"] == "GPE"


def test_a_peoples_republic_is_a_state_even_where_the_knowledge_base_lists_a_body():
    assert entities("卢甘斯克人民共和国当局周二宣布，当地供水已经恢复。")["卢甘斯克人民共和国"] == "GPE"


def test_a_name_run_into_a_verb_once_is_the_name_written_alone_three_times():
    found = entities("李响说，公司去年很难。李响认为市场会回暖。李响表示还要再等等。李响笑称自己很乐观。")
    assert found == {"李响": "PER"}


def test_a_full_stop_typed_for_the_middle_dot_joins_a_foreign_name():
    assert entities("画家曾为王后玛丽.安托瓦内特绘制肖像。").get("玛丽.安托瓦内特") == "PER"


def test_the_shore_of_a_lake_and_a_buildings_number_are_not_part_of_the_place():
    found = entities("新的会议中心建在秦皇湖畔。")
    assert "秦皇湖畔" not in found and found.get("秦皇湖") == "LOC"
    assert "海花岛39栋" not in entities("儋州市海花岛39栋楼被认定为违法建筑。")


def test_zhong_gong_you_with_a_count_is_no_party():
    assert "中共" not in entities("这次活动中共有志愿者30人参加。")


def test_a_bare_republic_is_a_common_noun():
    assert entities("当地出现过所谓的“人民共和国”，后来都消失了。") == {}


def test_a_state_inside_a_countrys_name_is_the_place_and_its_short_form_joins_it():
    found = entities("俄罗斯联邦车臣共和国领导人当天表示，部队已经出发。车臣的部队准备好了。")
    assert found.get("车臣共和国") == "GPE"
    assert "车臣" not in found


def test_a_person_cut_out_of_the_place_its_bodies_are_named_after_is_the_place():
    found = entities("她出生在桑给巴尔的一座渔村。后来她考入桑给巴尔商业管理学院深造。")
    assert found.get("桑给巴尔") == "GPE"
    assert "巴尔" not in found


def test_a_place_made_an_adjective_or_a_direction_inside_a_place_is_no_entity():
    found = entities("这种跨大西洋伙伴关系得以恢复，英国和德国都表示赞赏。")
    assert "大西洋" not in found and found["德国"] == "GPE"
    found = entities("俄军连日炮击哈尔科夫州东北重镇库皮扬斯克。")
    assert "东北" not in found and found["库皮扬斯克"] == "GPE"


def test_a_countrys_side_follows_the_country_the_article_names():
    doc = newsfacts.analyze_text("新西兰总理来访。中方愿同新方一道，推动两国合作。", published_at="2023-01-15")
    side = next(e for e in doc.entities if "新方" in [e.name, *e.aliases])
    assert side.canonical == "New Zealand"
    doc = newsfacts.analyze_text("中方愿同新方一道，推动两国合作。", published_at="2023-01-15")
    assert next(e for e in doc.entities if e.name == "新方").canonical == "Singapore"


def test_a_side_keeps_its_country_when_the_article_names_it_in_two_characters():
    """中方 in an article that says 中国 and 香港: 香港 (also called 中国香港) does not take China's side."""
    doc = newsfacts.analyze_text("标题\n\n中方表示，愿与澳方合作。中国的葡萄酒进口下降，香港一家报纸援引专家的话说，前景难料。",
                                 published_at="2023-01-15")
    side = next(e for e in doc.entities if "中方" in [e.name, *e.aliases])
    assert side.id == "CHN"
