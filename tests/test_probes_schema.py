"""benchmarks/probes.jsonl and the held-out set benchmarks/probes_heldout.jsonl are well formed, and the probe checker judges outputs as documented.

These tests check the probe set's schema and the checker, never the pass rate of the stages.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import probes  # noqa: E402

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KINDS = {"treaty", "agreement", "deal", "ceasefire", "memorandum", "plan", "partnership", "other"}
STATES = {"proposed", "negotiating", "agreed_in_principle", "signed", "ratified", "in_force", "expired",
          "suspended", "rejected", "terminated"}
CODE = re.compile(r"^(?:[A-Z]{3}|UN|EU|NATO)$")
GOLD = ROOT.parent / "shared" / "gold"
# Names and fixed diplomatic terms may be shared with real articles (facts, not wording).
SHARED_TERMS = ("商务部新闻发言人", "全面战略伙伴关系", "俄罗斯卫星通讯社", "乌克兰总统泽连斯基", "美国有线电视新闻网（CNN）")

PROBES = probes.load_probes()
# Written independently of probes.jsonl and never tuned on: it measures robustness on unseen wording.
HELDOUT = probes.load_probes(probes.PROBES.parent / "probes_heldout.jsonl")


def test_probe_ids_are_unique_and_areas_known():
    ids = [p["id"] for p in PROBES]
    assert len(ids) == len(set(ids))
    assert {p["area"] for p in PROBES} <= set(probes.AREAS)
    assert len(PROBES) >= 150


def test_heldout_ids_are_unique_prefixed_and_apart_from_the_tuned_set():
    ids = [p["id"] for p in HELDOUT]
    assert len(ids) == len(set(ids)) and all(i.startswith("h-") for i in ids)
    assert not set(ids) & {p["id"] for p in PROBES}
    assert {p["area"] for p in HELDOUT} == set(probes.AREAS)
    assert len(HELDOUT) >= 120


@pytest.mark.parametrize("probe", PROBES + HELDOUT, ids=[p["id"] for p in PROBES + HELDOUT])
def test_probe_schema(probe):
    assert set(probe) >= {"id", "area", "text", "expected", "construction"}
    assert probe["construction"].strip() and probe["text"].strip()
    text, expected = probe["text"], probe["expected"]
    assert probe["area"] in expected
    for quote in expected.get("quotes", []):
        assert quote["kind"] in ("direct", "indirect")
        for field in ("speaker", "cue", "content"):
            assert quote[field] is None and field == "speaker" or quote[field] in text
        assert "date" not in quote or re.fullmatch(r"\d{4}-\d{2}-\d{2}", quote["date"])
    for event in expected.get("events", []):
        assert event["type"] in PLOVER
        assert CODE.match(event["source"]) and CODE.match(event["target"])
    for agreement in expected.get("agreements", []):
        assert agreement["name"] in text
        assert agreement["kind"] in KINDS and agreement["state"] in STATES
        assert agreement["parties"] and all(CODE.match(c) for c in agreement["parties"])
        assert all(step in text for step in agreement.get("next_steps", []))
    for outlet in expected.get("sources", []):
        assert outlet in text
    assert expected.get("translated") in (None, True, False)


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold not found")
def test_probes_do_not_copy_gold_wording():
    articles = "\n".join(json.loads(line)["text"] for name in ("train.jsonl", "dev.jsonl")
                         for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip())
    copied = []
    for probe in PROBES + HELDOUT:
        text = probe["text"]
        for i in range(len(text) - 7):
            run = text[i:i + 8]
            if run in articles and not any(run in term for term in SHARED_TERMS):
                copied.append((probe["id"], run))
    assert copied == []


def test_checker_needs_speaker_cue_and_content():
    probe = {"area": "quotes", "expected": {"quotes": [
        {"speaker": "王五", "cue": "表示", "content": "会议将推迟", "kind": "indirect"}]}}
    right = {"quotes": [{"speaker": "王五", "cue": "表示", "content": "会议将推迟", "kind": "indirect"}]}
    wrong_speaker = {"quotes": [{"speaker": "周一", "cue": "表示", "content": "会议将推迟", "kind": "indirect"}]}
    assert probes.check(probe, right) == []
    assert probes.check(probe, wrong_speaker) == ["speaker '周一'"]
    assert probes.check(probe, {"quotes": []}) == ["quote missing"]


def test_checker_empty_expectation_forbids_output():
    probe = {"area": "agreements", "expected": {"agreements": []}}
    assert probes.check(probe, {"agreements": []}) == []
    found = probes.check(probe, {"agreements": [{"name": "宪章", "kind": "treaty", "parties": [], "state": "in_force"}]})
    assert found and found[0].startswith("spurious agreements")


def test_checker_event_order_only_when_allowed():
    want = {"type": "CONSULT", "source": "FRA", "target": "DEU"}
    reversed_output = {"events": [{"type": "CONSULT", "source": "DEU", "target": "FRA"}]}
    assert probes.check({"area": "events", "expected": {"events": [want]}}, reversed_output)
    assert probes.check({"area": "events", "expected": {"events": [dict(want, either_order=True)]}},
                        reversed_output) == []


def test_checker_sources_are_a_set_without_extras():
    probe = {"area": "sources", "expected": {"sources": ["金融时报"]}}
    assert probes.check(probe, {"sources": ["《金融时报》"]}) == []
    assert probes.check(probe, {"sources": ["《金融时报》", "英国"]}) == ["extra 英国"]


def test_extras_are_records_no_expected_one_accounts_for():
    probe = {"area": "events", "expected": {"events": [{"type": "ASSAULT", "source": "ISR", "target": "LBN"}]}}
    output = {"events": [{"type": "ASSAULT", "source": "ISR", "target": "LBN"},
                         {"type": "ACCUSE", "source": "LBN", "target": "ISR"}]}
    assert probes.check(probe, output) == []
    assert probes.extras(probe, output) == [{"type": "ACCUSE", "source": "LBN", "target": "ISR"}]
