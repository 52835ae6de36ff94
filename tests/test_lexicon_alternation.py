"""lexicon.alternation: one regex over a word list that finds the longest entry at each position."""
import re

from newsfacts import lexicon


def _flat(entries):
    return re.compile("|".join(re.escape(w) for w in sorted(set(entries), key=len, reverse=True)))


def test_the_longest_entry_at_a_position_wins():
    pattern = lexicon.alternation(["警告", "警告称", "警"])
    assert [m.group(0) for m in pattern.finditer("他警告称，又警示，再警告")] == ["警告称", "警", "警告"]


def test_same_matches_as_a_flat_longest_first_list():
    entries = ["美国", "美国之音", "美联社", "联合早报", "联合", "早报", "之音", "社"]
    text = "据美国之音报道，美联社和联合早报也报道了；美国社会各界关注。"
    assert [m.span() for m in lexicon.alternation(entries).finditer(text)] == \
        [m.span() for m in _flat(entries).finditer(text)]


def test_latin_entries_match_only_as_whole_words():
    pattern = lexicon.alternation(["CNN", "BBC中文网", "路透社"], latin_words=True)
    found = [m.group(0) for m in pattern.finditer("据CNN报道，XCNN不算，CNNs也不算，BBC中文网和路透社都提到")]
    assert found == ["CNN", "BBC中文网", "路透社"]


def test_an_empty_list_matches_nothing():
    assert lexicon.alternation([]).search("任何文字") is None


def test_a_latin_entry_at_the_very_start_of_the_text_is_a_whole_word():
    pattern = lexicon.alternation(["CNN"], latin_words=True)
    assert [m.span() for m in pattern.finditer("CNN说")] == [(0, 3)]
    assert pattern.search("aCNN说") is None
