"""The rewritings the robustness benchmark scores (newsfacts/eval/rewritings.py), on a record written
for the test: the text changes, and the gold follows it."""
from __future__ import annotations

from newsfacts.eval.rewritings import REWRITINGS, rewritten

TEXT = ("测试标题\n\n王明周三抵达东京，与日本首相会晤。王明表示：“两国关系将更加紧密。”"
        "随后，王明表示，双方同意加强合作。日本外务省谴责了邻国的导弹试射。")
RECORD = {
    "id": "t1", "title": "测试标题", "text": TEXT,
    "entities": [{"name": "王明", "type": "PER", "canonical": "Wang Ming"}],
    "quotes": [
        {"speaker": "王明", "speaker_canonical": "Wang Ming", "cue": "表示", "content": "两国关系将更加紧密。",
         "kind": "direct"},
        {"speaker": "王明", "speaker_canonical": "Wang Ming", "cue": "表示", "content": "双方同意加强合作",
         "kind": "indirect"},
    ],
    "events": [{"type": "ACCUSE", "source": "JPN", "target": None, "trigger": "谴责",
                "evidence": "日本外务省谴责了邻国的导弹试射"},
               {"type": "CONSULT", "source": "CHN", "target": "JPN", "trigger": "会晤", "evidence": "与日本首相会晤"}],
}


def test_every_rewriting_is_listed_and_leaves_the_gold_in_its_text():
    assert {"synonyms", "pronouns", "said_after"} <= set(REWRITINGS)
    for name in ("synonyms", "pronouns", "said_after"):
        (record,) = rewritten([RECORD], name)
        for quote in record["quotes"]:
            assert quote["content"] in record["text"], name
        for event in record["events"]:
            assert event["evidence"] in record["text"] and event["trigger"] in event["evidence"], name


def test_synonyms_swap_the_gold_cue_and_trigger_where_they_stand():
    (record,) = rewritten([RECORD], "synonyms")
    assert [q["cue"] for q in record["quotes"]] == ["指出", "指出"]
    assert [e["trigger"] for e in record["events"]] == ["抨击", "会谈"]
    assert "王明指出：“两国关系" in record["text"] and "日本外务省抨击了" in record["text"]
    assert record["text"].startswith("测试标题\n\n王明周三抵达东京")  # words that are no gold cue stay


def test_pronouns_name_a_speaker_again_by_he_and_keep_the_gold_speaker():
    (record,) = rewritten([RECORD], "pronouns")
    assert "。他表示：“两国关系" in record["text"] and "随后，他表示" in record["text"]
    assert record["text"].startswith("测试标题\n\n王明周三")  # the first mention stays a name
    assert [q["speaker"] for q in record["quotes"]] == ["王明", "王明"]


def test_said_after_moves_the_speaker_and_cue_after_a_direct_quote():
    (record,) = rewritten([RECORD], "said_after")
    assert "会晤。“两国关系将更加紧密。”王明表示。随后" in record["text"]
    assert record["quotes"][0]["cue"] == "表示" and record["quotes"][1]["content"] in record["text"]
