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


def test_a_body_written_with_its_acronym_in_brackets_is_one_name():
    assert "联合国贸易与发展会议" in names("联合国贸易与发展会议(UNCTAD)周三发布报告。")
    found = names("他是美国国会及行政当局中国委员会(CECC)的主席。")
    assert "美国国会及行政当局中国委员会" in found and "中国委员会" not in found


def test_a_name_after_a_conjunction_opens_the_body_before_the_acronym():
    found = names("中国与联合国贸易和发展会议（UNCTAD）签署协议。")
    assert {"中国", "联合国贸易和发展会议"} <= found


def test_a_person_or_a_phrase_with_de_before_an_acronym_is_no_body():
    assert not any(n.endswith("委员会") for n in names("美国的国家安全委员会(NSC)开会。") if n.startswith("美国的"))
    assert "拜登" in names("美国总统拜登(Joe)说。")
