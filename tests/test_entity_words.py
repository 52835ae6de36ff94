"""Ordinary words are no names: the general word list (jieba's dictionary) against LAC's place and body readings
and one-character country forms inside words. Sentences written for these tests."""
import pytest

from newsfacts.nlp import common_words

pytest.importorskip("jieba")  # a pinned dependency (pyproject); its dictionary is the word list

from newsfacts.pipeline import analyze_text  # noqa: E402
from newsfacts.stages.entity_words import common_noun, inside_word  # noqa: E402


def _entities(text: str) -> set[tuple[str, str]]:
    doc = analyze_text(text, stages=["actors"], input_format="text")
    return {(e.name, e.type) for e in doc.entities}


def test_word_list_reads_tags_from_the_installed_package():
    assert common_words.available()
    assert common_words.entry("中国")[1] == "ns"
    assert common_words.common_word("中药") and not common_words.common_word("中国")
    assert [piece for piece, _ in common_words.segment("洗浴中心")] == ["洗浴", "中心"]


def test_common_nouns_and_names():
    assert common_noun("日照", "GPE") and common_noun("大本营", "LOC") and common_noun("洗浴中心", "GPE")
    assert not common_noun("德国", "GPE") and not common_noun("朝天门", "GPE")
    assert not common_noun("自强路街道", "GPE")  # a place suffix: a named place
    assert not common_noun("市科学技术局", "ORG")  # a body named by common words is still a body


@pytest.mark.parametrize("text,start,inside", [
    ("病例日增三千", 2, True), ("他们买中药", 3, True), ("喜欢美食", 2, True), ("学习英语", 2, True),
    ("中美关系", 0, False), ("中美关系", 1, False), ("她哈哈大笑", 1, True), ("她哈哈大笑", 2, True), ("中方表示", 0, False), ("美军撤离", 0, False),
])
def test_one_character_forms_inside_words(text, start, inside):
    assert inside_word(text, start) is inside


def test_one_character_form_inside_a_word_is_no_country():
    assert ("中", "GPE") not in _entities("药店里中药和退烧药都卖完了。")
    assert not any(name == "洗浴中心" for name, _ in _entities("网吧、洗浴中心等场所暂停营业。"))


def test_pairs_of_states_and_context_places_stay():
    found = _entities("中美关系出现缓和，中方对此表示欢迎。")
    assert ("中", "GPE") in found and ("美", "GPE") in found
    assert ("平凉", "GPE") in _entities("他是甘肃平凉人，今年三十岁。")


def test_sunshine_is_no_city():
    assert not any(name == "日照" for name, _ in _entities("这里夏季日照长，冬季日照短。"))


def test_words_around_a_common_word_make_it_a_place():
    assert not common_noun("参议院", "ORG")  # a body named by what it is
    assert any(name == "故宫" for name, _ in _entities("代表团周二上午参观故宫，随后举行会谈。"))


def test_characters_of_the_next_word_glued_to_a_name_return_to_it():
    from newsfacts.model import Mention
    from newsfacts.stages import entity_edges

    text = "记者见到了罗德里。罗德里商讨续约一事，对阵马丁内斯时状态很好。马丁内斯没有回应。"
    doc = analyze_text(text, stages=["entities"], input_format="text")
    start = doc.norm_text.index("罗德里商")
    glued = Mention(span=entity_edges._moved(doc, doc.mentions[0], start, start + 4).span, type="PER", confidence=0.8)
    alone = [m for m in doc.mentions if m.type == "PER" and m.span.text == "罗德里"][:1]
    front = doc.norm_text.index("阵马丁内斯")
    glued_front = Mention(span=entity_edges._moved(doc, glued, front, front + 5).span, type="PER", confidence=0.8)
    other = [m for m in doc.mentions if m.type == "PER" and m.span.text == "马丁内斯"][-1:]
    assert alone and other  # the article writes both names alone
    out = entity_edges._people_by_their_usual_form(doc, alone + [glued, glued_front] + other)
    assert [m.span.text for m in out] == ["罗德里", "罗德里", "马丁内斯", "马丁内斯"]
    assert common_words.common_word_at(text, start + 3) and common_words.common_word_ending(text, front + 1)
