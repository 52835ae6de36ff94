"""Speed and memory of `ingest` against `analyze` alone, in the same run, on a generated corpus.

The corpus is made here by recombining sentences written for this benchmark (actors, places,
numbers and dates drawn at random; one article in twenty rewrites an earlier one), written as
JSON Lines shards to a temporary folder and removed afterwards: nothing is committed. Each phase
runs in a fresh process so each peak RSS is its own: analyze alone (read + analyse, one core),
ingest -j 1 (read + analyse + store + near-duplicates, one core), and ingest -j N. RSS is sampled
at each quarter of the corpus, so a flat memory profile shows as four equal numbers. "analyze alone" is what
`newsfacts analyze --format jsonl > /dev/null` does per article: read, analyse, serialise.
Run: .venv/bin/python benchmarks/ingest.py [--articles 10000] [--jobs 2] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNTRIES = ["美国", "伊朗", "俄罗斯", "乌克兰", "法国", "德国", "日本", "印度", "巴西", "土耳其", "以色列", "埃及", "韩国", "英国"]
PEOPLE = ["王毅", "卢比奥", "泽连斯基", "佩斯科夫", "阿拉格齐", "威特科夫", "费丹", "马克龙"]
CITIES = ["伊斯坦布尔", "日内瓦", "维也纳", "开罗", "多哈", "罗马", "柏林", "新德里", "首尔", "布鲁塞尔"]
TOPICS = ["停火", "贸易", "能源合作", "核问题", "难民安置", "粮食出口", "航运安全", "气候融资", "关税", "边境管控"]
DAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
TITLES = [
    "{A}与{B}在{C}就{T}举行会谈", "{P}：{A}不会在{T}问题上让步", "突发！{A}宣布对{B}实施新一轮制裁",
    "{A}{B}{T}谈判陷入僵局", "{C}会谈结束，{A}称取得{N}项共识", "{A}指责{B}破坏{T}协议",
]
SENTENCES = [
    "{A}和{B}代表团{D}在{C}举行会谈，双方就{T}问题交换了意见。",
    "{P}{D}对记者表示，{A}愿意继续对话，但不会接受任何附加条件。",
    "“我们希望看到实际行动，而不是空洞的承诺，”{P}说。",
    "{A}外交部发表声明，谴责{B}在{T}问题上的单方面做法。",
    "据{C}方面消息，双方同意在{N}周内成立联合工作组。",
    "{A}军队{D}对{B}边境地区发动袭击，造成{N}人死亡，{M}人受伤。",
    "{B}呼吁国际社会对{A}施加更大压力，推动{T}谈判尽快恢复。",
    "分析人士认为，{A}与{B}在{T}上的分歧短期内难以弥合。",
    "{P}还透露，下一轮会谈可能在{C}举行，但具体日期尚未确定。",
    "{A}宣布向{B}提供{N}亿美元援助，用于{T}相关项目。",
    "{B}政府发言人说，{A}的提议“缺乏诚意”，{B}将保留回应的权利。",
    "市场对{T}前景保持谨慎，{C}股市{D}小幅下跌{N}个百分点。",
    "{A}总统与{B}领导人{D}通电话，双方同意加强在{T}领域的沟通。",
    "{P}警告说，如果{B}继续升级局势，{A}将采取对等措施。",
    "联合国秘书长对{C}会谈表示欢迎，并呼吁各方保持克制。",
    "{A}议会以{N}票赞成通过了一项关于{T}的决议。",
    "{C}当地时间{D}晚间，数千名民众走上街头，要求政府尽快就{T}作出决定。",
    "{B}央行宣布将基准利率下调{N}个基点，以缓解{T}带来的经济压力。",
    "一名不愿透露姓名的官员说，{A}内部对是否继续参与{T}谈判存在分歧。",
    "{P}在社交媒体上发文，称{B}“正在玩一场危险的游戏”。",
    "据当地媒体报道，{A}已向{C}增派{N}名安全人员，以保障会谈顺利进行。",
    "{B}反对党领袖批评政府在{T}问题上“过于软弱”，要求举行议会辩论。",
    "国际原子能机构总干事表示，将在{N}天内向{A}派出核查小组。",
    "{A}卫生部门通报，{C}附近一处难民营已累计收治伤员{M}人。",
    "欧洲联盟发表声明，敦促{A}和{B}保持对话，避免局势进一步恶化。",
    "{A}国防部长{D}视察边境部队，强调军队已做好应对一切情况的准备。",
    "{B}外长与{P}举行视频会议，讨论了双边关系和地区热点问题。",
    "{C}港口{D}恢复运营，首批{N}艘货轮已完成装卸。",
    "{A}能源部表示，今年冬季天然气储备足以满足国内需求，价格将保持稳定。",
    "多家国际评级机构下调了{B}的主权信用前景，理由是{T}前景不明。",
    "{A}前总统在接受采访时说，现任政府在{T}问题上“错失了良机”。",
    "红十字国际委员会呼吁各方允许人道主义物资进入{B}受灾地区。",
    "{B}驻{A}大使{D}被召见，{A}方就近期事件提出严正交涉。",
    "{C}大学的一项民调显示，{N}%的受访者支持政府在{T}上的立场。",
    "{A}和{B}的外长同意在{C}设立热线，防止误判引发冲突。",
    "{P}强调，任何解决方案都必须尊重各国的主权和领土完整。",
    "{B}农业部称，受{T}影响，今年小麦出口量可能减少{N}万吨。",
    "{A}海军在{C}附近海域举行了为期{N}天的联合演习。",
    "世界银行预计，{T}问题若得不到解决，地区经济增速将放缓{N}个百分点。",
    "{A}总理办公室说，总理将于下月出访{B}，双方预计签署多项合作文件。",
]
ADDED = "消息传出后，{C}多家媒体以“重大转折”为题作了报道，引发广泛关注。"


def _fill(template: str, rng: random.Random, slots: dict) -> str:
    return template.format(**slots)


def _slots(rng: random.Random) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    return {"A": a, "B": b, "P": rng.choice(PEOPLE), "C": rng.choice(CITIES), "T": rng.choice(TOPICS),
            "D": rng.choice(DAYS), "N": rng.randint(2, 90), "M": rng.randint(2, 400)}


def generate(n: int, seed: int = 7):
    """n article records, in publication order over a year; about one in twenty is a rewrite."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 8, 0)
    made: list[dict] = []
    for i in range(n):
        when = start + timedelta(minutes=int(i * 525600 / max(n, 1)) + rng.randint(0, 50))
        if made and rng.random() < 0.05:
            source = rng.choice(made[-200:])
            paragraphs = source["paragraphs"][:]
            rng.shuffle(paragraphs)
            paragraphs.insert(rng.randint(0, len(paragraphs)), _fill(ADDED, rng, _slots(rng)))
            title = "重磅！" + source["title"]
        else:
            slots = _slots(rng)
            title = _fill(rng.choice(TITLES), rng, slots)
            chosen = rng.sample(SENTENCES, rng.randint(11, 16))  # news length: about 500 characters
            cuts = sorted(rng.sample(range(1, len(chosen)), len(chosen) // 3))
            paragraphs = ["".join(_fill(t, rng, slots | {"N": rng.randint(2, 90)}) for t in chosen[a:b])
                          for a, b in zip([0] + cuts, cuts + [len(chosen)])]
        record = {"id": f"gen-{i:06d}", "title": title, "paragraphs": paragraphs, "published_at": when.isoformat()}
        made.append(record)
        if len(made) > 400:
            made.pop(0)
        yield {"id": record["id"], "published_at": record["published_at"], "title": title,
               "content": "\n\n".join(paragraphs)}


def write_corpus(folder: Path, n: int, shard: int = 1000) -> list[str]:
    """JSON Lines shards of `shard` records (each read whole, so memory is bound by a shard)."""
    paths, handle = [], None
    for i, record in enumerate(generate(n)):
        if i % shard == 0:
            if handle:
                handle.close()
            paths.append(str(folder / f"shard-{i // shard:04d}.jsonl"))
            handle = open(paths[-1], "w", encoding="utf-8")
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return paths


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb() -> float:
    """RSS of this process and its children (the ingest workers)."""
    me, total = os.getpid(), rss_mb()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == me:
                    total += rss_mb(entry.name)
            except (OSError, IndexError, ValueError):
                continue
    return total


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Quarters:
    """RSS at each quarter of the corpus."""

    def __init__(self, total: int, tree: bool = False):
        self.total, self.tree, self.seen, self.samples = total, tree, 0, []

    def __call__(self, *_: object) -> None:
        self.seen += 1
        if self.seen * 4 >= self.total * (len(self.samples) + 1):
            self.samples.append(round(tree_rss_mb() if self.tree else rss_mb(), 1))


def _analyze_all(paths: list[str], options, out, on_article=None) -> int:
    """What `newsfacts analyze --format jsonl` does per article: read, analyse, serialise."""
    from newsfacts.ingest import Failure, read_inputs
    from newsfacts.pipeline import analyze_article

    n = 0
    for item in read_inputs(paths, options):
        if not isinstance(item, Failure):
            out.write(json.dumps(analyze_article(item, options).to_dict(), ensure_ascii=False) + "\n")
        n += 1
        if on_article:
            on_article()
    return n


def _warm_up(paths: list[str], options, corpus: bool = True) -> None:
    """Load the models (and the corpus libraries) before any clock starts."""
    from newsfacts.ingest import read_inputs
    from newsfacts.pipeline import analyze_article

    doc = analyze_article(next(iter(read_inputs(paths[:1], options))), options)
    if corpus:
        from newsfacts.corpus.payload import build

        build(doc)


def phase_paired(paths: list[str], total: int, db: str) -> dict:
    """Throughput: analyze alone and ingest -j 1 take turns shard by shard in one process (ABBA
    order), so load from other work on the machine falls on both alike."""
    from newsfacts.corpus.ingest import ingest
    from newsfacts.corpus.stories import rebuild
    from newsfacts.corpus.store import counts, open_store
    from newsfacts.model import Options

    options, quarters = Options(), Quarters(2 * total)
    store = open_store(db)
    _warm_up(paths, options)
    spent = {"analyze": 0.0, "ingest": 0.0}
    done = {"analyze": 0, "ingest": 0}
    with open(os.devnull, "w", encoding="utf-8") as out:
        for i, path in enumerate(paths):
            for mode in (("analyze", "ingest") if i % 2 == 0 else ("ingest", "analyze")):
                began = time.perf_counter()
                if mode == "analyze":
                    done[mode] += _analyze_all([path], options, out, quarters)
                else:
                    done[mode] += ingest([path], store, options, build_stories=False, on_outcome=quarters).inputs
                spent[mode] += time.perf_counter() - began
    stories_began = time.perf_counter()
    n_stories = rebuild(store)
    rates = {mode: round(done[mode] / spent[mode], 2) for mode in spent}
    return {"analyze_articles_per_s": rates["analyze"], "ingest_articles_per_s": rates["ingest"],
            "ingest_to_analyze": round(rates["ingest"] / rates["analyze"], 3),
            "seconds": {k: round(v, 1) for k, v in spent.items()}, "rss_mb_by_quarter": quarters.samples,
            "peak_rss_mb": round(peak_mb(), 1), "stories": n_stories,
            "stories_seconds": round(time.perf_counter() - stories_began, 1),
            "near_duplicate_copies": _copies(store), "rows": counts(store)}


def phase_analyze(paths: list[str], total: int) -> dict:
    """Memory of analyze alone, in a process of its own."""
    from newsfacts.model import Options

    options, quarters = Options(), Quarters(total)
    _warm_up(paths, options, corpus=False)
    began = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        n = _analyze_all(paths, options, out, quarters)
    seconds = time.perf_counter() - began
    return {"articles": n, "articles_per_s": round(n / seconds, 2), "rss_mb_by_quarter": quarters.samples,
            "peak_rss_mb": round(peak_mb(), 1)}


def phase_ingest(paths: list[str], total: int, jobs: int, db: str) -> dict:
    """Memory (and, with jobs > 1, speed) of ingest, in a process of its own."""
    from newsfacts.corpus.ingest import ingest
    from newsfacts.corpus.store import open_store
    from newsfacts.model import Options

    options, quarters = Options(), Quarters(total, tree=jobs > 1)
    store = open_store(db)
    if jobs == 1:
        _warm_up(paths, options)
    began = time.perf_counter()
    report = ingest(paths, store, options, jobs=jobs, build_stories=False, on_outcome=quarters)
    seconds = time.perf_counter() - began
    return {"articles": report.inputs, "stored": report.stored, "failed": report.failed,
            "articles_per_s": round(report.inputs / seconds, 2), "rss_mb_by_quarter": quarters.samples,
            "peak_rss_mb_main": round(peak_mb(), 1)}


def _copies(store) -> int:
    import sqlalchemy as sa

    from newsfacts.corpus.store import articles

    with store.engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).where(articles.c.duplicate_of.is_not(None)))


def _child(args: argparse.Namespace) -> int:
    paths = sorted(str(p) for p in Path(args.corpus).glob("shard-*.jsonl"))
    paths = paths[: args.shards] if args.shards else paths
    total = sum(1 for p in paths for _ in open(p, encoding="utf-8"))
    if args.phase == "paired":
        result = phase_paired(paths, total, args.db)
    elif args.phase == "analyze":
        result = phase_analyze(paths, total)
    else:
        result = phase_ingest(paths, total, args.jobs, args.db)
    print(json.dumps(result))
    return 0


def _run_phase(corpus: Path, shards: int, phase: str, jobs: int = 1, db: str = "") -> dict:
    argv = [sys.executable, __file__, "--phase", phase, "--corpus", str(corpus), "--shards", str(shards),
            "--jobs", str(jobs), "--db", db]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000, help="corpus size (at least 10000 for the record)")
    parser.add_argument("--memory-articles", type=int, default=2000,
                        help="articles for the separate memory phases of analyze and ingest -j 1 (0: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers for the parallel ingest phase")
    parser.add_argument("--skip-parallel", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phase", choices=["paired", "analyze", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--shards", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        return _child(args)
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder, args.articles)
        chars = sum(len(json.loads(line)["content"]) for p in paths for line in open(p, encoding="utf-8"))
        memory_shards = -(-(args.memory_articles or args.articles) // 1000)
        result = {"articles": args.articles, "mean_chars": round(chars / args.articles), "cores": os.cpu_count(),
                  "load_average_at_start": round(os.getloadavg()[0], 2),
                  "paired": _run_phase(folder, 0, "paired", db=str(folder / "paired.db")),
                  "memory_analyze": _run_phase(folder, memory_shards, "analyze"),
                  "memory_ingest_j1": _run_phase(folder, memory_shards, "ingest", 1, str(folder / "j1.db"))}
        if not args.skip_parallel and args.jobs > 1:
            result[f"ingest_j{args.jobs}"] = _run_phase(folder, 0, "ingest", args.jobs, str(folder / "jn.db"))
        result["load_average_at_end"] = round(os.getloadavg()[0], 2)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    p, a, i = result["paired"], result["memory_analyze"], result["memory_ingest_j1"]
    print(f"{args.articles} articles, {result['mean_chars']} chars each on average, {result['cores']} cores, "
          f"load average {result['load_average_at_start']} at start and {result['load_average_at_end']} at end")
    print(f"analyze alone : {p['analyze_articles_per_s']:8.2f} articles/s (one core, taking turns with ingest)")
    print(f"ingest -j 1   : {p['ingest_articles_per_s']:8.2f} articles/s  = {p['ingest_to_analyze']:.1%} of analyze (floor 80%)")
    print(f"that process  : RSS by quarter {p['rss_mb_by_quarter']} MB, peak {p['peak_rss_mb']:.0f} MB")
    print(f"memory alone  : analyze peak {a['peak_rss_mb']:.0f} MB {a['rss_mb_by_quarter']}, "
          f"ingest -j 1 peak {i['peak_rss_mb_main']:.0f} MB {i['rss_mb_by_quarter']} ({a['articles']} articles)")
    print(f"stories: {p['stories']} in {p['stories_seconds']}s; near-duplicate copies found: {p['near_duplicate_copies']}")
    for key in [k for k in result if k.startswith("ingest_j")]:
        q = result[key]
        print(f"ingest -j {key[8:]}   : {q['articles_per_s']:8.2f} articles/s  RSS of all processes by quarter {q['rss_mb_by_quarter']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
