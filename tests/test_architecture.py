"""The architecture's contracts (issue 13), checked on the source: the import graph, what the web
layer may import, where the environment is read, one constant per limit, and the stage graph doc."""
from __future__ import annotations

import ast
import inspect

import pytest

import import_graph
from newsfacts import Options, architecture
from newsfacts.pipeline import KEYS, STAGES, PipelineError, Stage, build, select

STAGES_PACKAGE = "newsfacts.stages"
# What a stage module may import besides the helper modules of its own stage (issue 13): the records,
# the document's read API, the shared Chinese text layer, the knowledge base, the word lists and the
# context with the caller's settings and resources.
STAGE_MAY_IMPORT = ("newsfacts.model", "newsfacts.doc", "newsfacts.nlp", "newsfacts.kb", "newsfacts.lexicon",
                    "newsfacts.context")

# Each module of newsfacts/stages with the stage it belongs to: the stage's own module, or a helper
# private to it (named after it where that reads well: quote_cues, event_args, headline_claims …).
STAGE_OF = {
    "text": "text",
    "entities": "entities", "adapted": "entities", "entity_edges": "entities", "place_phrases": "entities",
    "name_ends": "entities", "titled_names": "entities",
    "actors": "actors", "incontext": "actors", "entity_filter": "actors", "entity_words": "actors",
    "entity_variants": "actors",
    "entity_forms": "actors",
    "quotes": "quotes", "quote_cues": "quotes", "quote_formats": "quotes", "quote_runs": "quotes",
    "quote_speakers": "quotes", "quote_clauses": "quotes", "quote_extent": "quotes", "quote_marks": "quotes",
    "quote_objects": "quotes",
    "events": "events", "event_args": "events", "event_parties": "events", "event_officers": "events", "event_lists": "events", "event_merge": "events", "event_triggers": "events",
    "event_modality": "events", "event_filter": "events", "event_relative": "events", "event_modifiers": "events", "event_statements": "events",
    "event_background": "events", "event_types": "events", "event_acts": "events", "event_quotes": "events",
    "event_circumstances": "events", "event_subjects": "events", "event_targets": "events", "event_anaphors": "events", "event_sides": "events", "event_counted": "events",
    "event_references": "events", "event_formulas": "events", "event_visitors": "events", "event_owners": "events",
    "event_nonacts": "events",
    "headlines": "headlines", "headline_claims": "headlines", "headline_numbers": "headlines", "clickbait": "headlines",
    "evidence": "headlines",
    "agreements": "agreements", "agreement_parties": "agreements", "agreement_states": "agreements",
    "agreement_deals": "agreements",
    "agreement_facts": "agreements", "agreement_mentions": "agreements", "agreement_names": "agreements",
    "agreement_identity": "agreements",
    "sources": "sources", "translation": "sources", "source_names": "sources", "source_outlets": "sources",
    "source_lines": "sources",
    "timeline": "timeline",
}


def _short(module: str) -> str:
    return module.removeprefix("newsfacts.")


def _stage_module(module: str) -> str | None:
    """`quote_cues` of newsfacts.stages.quote_cues (STAGE_OF says whose it is); None outside newsfacts/stages."""
    return module.removeprefix(STAGES_PACKAGE + ".") if module.startswith(STAGES_PACKAGE + ".") else None


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_no_import_circles():
    assert import_graph.circles() == []


def test_the_graph_sees_function_level_imports():
    # store.py imports dedup inside a function: the graph must see it, or a circle could hide there
    assert "newsfacts.corpus.dedup" in import_graph.edges()["newsfacts.corpus.store"]


def test_every_stage_module_belongs_to_a_declared_stage():
    found = {_stage_module(m) for m in import_graph.modules() if _stage_module(m)}
    assert found == set(STAGE_OF)
    assert set(STAGE_OF.values()) == {s.name for s in STAGES}


def _stage_import_violations(edges: dict[str, frozenset[str]]) -> list[str]:
    """`a imports b` for each import of a stage module outside what a stage may import."""
    wrong = []
    for module, targets in sorted(edges.items()):
        name = _stage_module(module)
        if name is None:
            continue
        for target in sorted(targets):
            other = _stage_module(target)
            if _within(target, STAGE_MAY_IMPORT) or (other is not None and STAGE_OF.get(other) == STAGE_OF[name]):
                continue
            wrong.append(f"{_short(module)} imports {_short(target)}")
    return wrong


def test_a_stage_imports_only_model_doc_nlp_kb_lexicon_context_and_its_own_helpers():
    """What one stage needs of another's output it reads from the document (doc.py), never from the
    stage that wrote it; shared text machinery lives in nlp/."""
    assert _stage_import_violations(import_graph.edges()) == []


def test_the_stage_contract_names_an_import_of_another_stage_or_of_the_pipeline():
    edges = {"newsfacts.stages.events": frozenset({"newsfacts.stages.quotes", "newsfacts.stages.event_args",
                                                   "newsfacts.doc", "newsfacts.nlp.timex"}),
             "newsfacts.stages.quote_cues": frozenset({"newsfacts.pipeline", "newsfacts.lexicon"})}
    assert _stage_import_violations(edges) == ["stages.events imports stages.quotes",
                                               "stages.quote_cues imports pipeline"]


def test_shared_modules_import_no_stage():
    shared = [m for m in import_graph.modules()
              if _within(m, ("newsfacts.nlp", "newsfacts.lexicon", "newsfacts.kb", "newsfacts.model", "newsfacts.doc",
                             "newsfacts.context", "newsfacts.active", "newsfacts.index"))]
    assert len(shared) > 10
    for module in shared:
        stages = sorted(_short(t) for t in import_graph.edges()[module] if _stage_module(t))
        assert stages == [], f"{_short(module)} imports the stage modules {stages}"


def test_the_pipeline_runs_the_stage_modules():
    for stage in STAGES:
        assert stage.run.__module__ == f"{STAGES_PACKAGE}.{stage.name}", stage.name


ALLOWED_IN_WEB = {"newsfacts", "newsfacts.corpus.queries", "newsfacts.workers", "newsfacts.csvsafe"}


def test_the_web_layer_imports_the_library_api_and_corpus_queries_only():
    for module, targets in import_graph.edges().items():
        if not module.startswith("newsfacts.web"):
            continue
        outside = {t for t in targets if not t.startswith("newsfacts.web")}
        assert outside <= ALLOWED_IN_WEB, f"{module} imports {sorted(outside - ALLOWED_IN_WEB)}"


def _reads_environment(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "os" and any(
                a.name in ("environ", "getenv") for a in node.names):
            return True
    return False


def test_only_the_cli_reads_environment_variables():
    readers = sorted(_short(m) for m, path in import_graph.modules().items()
                     if _reads_environment(ast.parse(path.read_text(encoding="utf-8"))))
    assert readers == ["cli", "corpus.commands"]  # corpus.commands: the corpus subcommands of the CLI


def test_the_input_size_limit_is_written_once():
    found = [_short(module) for module, path in import_graph.modules().items()
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and type(node.value) is int and node.value == 20_000_000]
    assert found == ["model"]


def test_the_cli_limit_defaults_are_the_library_defaults():
    from newsfacts.cli import _parser
    from newsfacts.corpus import queries

    parser = _parser()
    for command, function, extra in [("quotes", queries.quotes, ["--speaker", "王毅"]),
                                     ("events", queries.events, ["--actor", "CHN"]),
                                     ("stories", queries.stories, []), ("search", queries.search, ["停火"])]:
        args = parser.parse_args([command, *extra])
        assert args.limit == inspect.signature(function).parameters["limit"].default, command
    assert parser.parse_args(["ingest", "x"]).max_bytes == parser.parse_args(["analyze", "x"]).max_bytes \
        == Options().max_bytes


# --- the stage graph ------------------------------------------------------------------------------

def test_every_stage_declares_keys_of_the_analysis():
    from dataclasses import fields

    from newsfacts.model import Analysis

    assert set(KEYS) - {"actors"} <= {f.name for f in fields(Analysis)}
    for stage in STAGES:
        assert stage.writes and set(stage.reads) | set(stage.writes) <= set(KEYS), stage.name


def test_the_shipped_pipeline_builds():
    assert [s.name for s in build(STAGES)] == [s.name for s in STAGES]


def test_a_read_without_an_earlier_write_is_refused_by_name():
    without_quotes = [s for s in STAGES if s.name != "quotes"]
    with pytest.raises(PipelineError, match="stage 'events' reads 'quotes'.*written by quotes"):
        build(without_quotes)


def test_a_stage_reading_what_no_stage_writes_is_refused():
    with pytest.raises(PipelineError, match="reads 'mood'.*no stage writes it"):
        build([*STAGES, Stage("tone", lambda doc, options: doc, reads=("mood",), writes=("timeline",))])


def test_a_subset_pulls_in_the_stages_it_reads_from():
    assert [s.name for s in select(["events"])] == ["text", "entities", "actors", "quotes", "events"]
    assert [s.name for s in select(["text"])] == ["text"]


def test_an_unknown_stage_name_says_which_there_are():
    with pytest.raises(PipelineError, match="unknown stage 'event'.*text, entities"):
        select(["event"])


def test_stages_unpack_as_name_and_function_pairs():
    name, run = STAGES[0]
    assert name == "text" and run is STAGES[0].run


def test_architecture_doc_is_generated_from_the_declarations():
    assert architecture.DOC.read_text(encoding="utf-8") == architecture.render(), \
        "docs/architecture.md drifted: run `python -m newsfacts.architecture --write`"


def test_spans_of_the_original_text_are_made_by_one_helper():
    """A function that only wraps Span(start, end, text[start:end]) lives in nlp/chinese.py alone
    (quotes, events, agreements, speakers and gazetteer each had their own). Ingest is apart: it
    makes the Article's own spans (title, paragraphs) from the input, before there is a document."""
    helpers = []
    for module, path in import_graph.modules().items():
        if module.startswith("newsfacts.ingest"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call) \
                    and getattr(body[0].value.func, "id", None) == "Span":
                helpers.append(f"{_short(module)}.{node.name}")
    assert helpers == ["nlp.chinese.span"]
