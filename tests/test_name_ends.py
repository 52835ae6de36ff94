"""Body names LAC cut one character short, grown to their ending word (stages/name_ends.py). Sentences
written for these tests."""
from __future__ import annotations

import newsfacts


def names(text: str) -> set[str]:
    doc = newsfacts.analyze_text(text, published_at="2023-01-15", stages=["entities"])
    return {e.name for e in doc.entities}


def test_a_body_cut_one_character_short_runs_on_to_its_ending():
    found = names("联合国贸发会议周三发布了一份新报告。")
    assert "联合国贸发会议" in found and "联合国贸" not in found


def test_a_known_body_before_a_meeting_stays_itself():
    found = names("北约外长会议周二在布鲁塞尔举行。")
    assert "北约" in found and not any(n.endswith("会议") for n in found)


def test_a_word_of_grammar_between_a_body_and_a_meeting_joins_nothing():
    found = names("欧盟和会议代表当天见面。")
    assert "欧盟" in found and not any(n.endswith("会议") for n in found)


def test_the_short_form_of_a_grown_name_runs_on_as_far_as_the_name():
    found = names("联合国贸发报告周三出炉。联合国贸发会议称，全球增长放缓。")
    assert "联合国贸" not in found and "联合国贸发" not in found and "联合国贸发会议" in found


def test_a_known_body_and_a_body_named_after_it_stay_two():
    found = names("欧盟委员会周一提出新方案，欧盟成员国将讨论。")
    assert {"欧盟", "欧盟委员会"} <= found
