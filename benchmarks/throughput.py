"""Throughput and memory of kg against the bare spaCy pipeline, in one run.

Builds a corpus of N articles from the seed and the team's annotated wire-style articles
(tests/devset/, varied by rotating their sentences), then runs each case in a fresh process
so that peak memory is its own, with --jobs 1 and --jobs 2:

- bare:    nlp.pipe over the same passages, same batch size (the cost floor; n_process=jobs)
- extract: kg.iter_statements (everything kg extract does, without printing)
- build:   kg.build (all three outputs)

Every case loads the pipeline before the clock starts. It prints a table of articles/second,
the ratio to the bare pipeline with the same --jobs, the speed-up of --jobs 2 over --jobs 1,
the CPU seconds the case used (main process and workers) and those other processes of the
machine used meanwhile (from /proc/stat: a speed-up needs the second core to be free), and
peak memory: the largest resident set of the main process plus that of its largest child
(worker processes are alike, so a worker's peak times the number of workers bounds what they
held together; pages shared with the main process since the fork count in both).

    .venv/bin/python benchmarks/throughput.py                 # N = 100, 1,000 and 5,000
    .venv/bin/python benchmarks/throughput.py --sizes 100 1000 --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ("bare", "extract", "build")


def make_corpus(folder: Path, size: int) -> None:
    """N .txt articles: the seed and the annotated items, rotated so that texts differ."""
    texts = [(ROOT / "seeds" / "000_b160ab26da3c4602.txt").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests" / "devset").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    for number in range(size):
        base = texts[number % len(texts)]
        sentences = base.split(". ")
        shift = (number // len(texts)) % max(len(sentences), 1)
        body = ". ".join(sentences[shift:] + sentences[:shift])
        (folder / f"a{number:06d}.txt").write_text(body, encoding="utf-8")


def _busy_seconds() -> float | None:
    """CPU seconds every process of the machine has used since boot (Linux ``/proc/stat``)."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    """CPU seconds of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_case(case: str, folder: str, jobs: int) -> dict:
    """Run one case in this process; seconds, statements, CPU seconds of this process and its
    children, CPU seconds other processes of the machine used meanwhile, and peak memory (MiB)
    of this process and of its largest child."""
    sys.path.insert(0, str(ROOT))
    import kg
    from kg.clean import clean_article
    from kg.ingest import read_articles
    from kg.parse import load_pipeline

    nlp = load_pipeline()
    statements = 0
    busy, cpu = _busy_seconds(), _own_seconds()
    started = time.perf_counter()
    if case == "bare":
        passages = (p.text for a in read_articles([folder]) for p in clean_article(a).passages)
        for _ in nlp.pipe(passages, batch_size=64, n_process=jobs):
            pass
    elif case == "extract":
        statements = sum(1 for _ in kg.iter_statements([folder], jobs=jobs))
    else:
        with tempfile.TemporaryDirectory() as out:
            statements = len(kg.build([folder], out, jobs=jobs).statements)
    seconds = time.perf_counter() - started
    cpu = _own_seconds() - cpu
    others = max(_busy_seconds() - busy - cpu, 0.0) if busy is not None else float("nan")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "statements": statements, "cpu": cpu, "others": others, "main_mib": own,
            "child_mib": child if jobs > 1 else 0.0}


def measure(folder: Path, case: str, jobs: int, repeat: int = 1) -> dict:
    """The fastest of ``repeat`` runs of a case, each in a fresh process."""
    runs = []
    for _ in range(repeat):
        run = subprocess.run([sys.executable, __file__, "--case", case, "--folder", str(folder),
                              "--jobs", str(jobs)], capture_output=True, text=True, check=True)
        runs.append(json.loads(run.stdout.strip().splitlines()[-1]))
    return min(runs, key=lambda result: result["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2],
                        help="--jobs values to measure (default: 1 2)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each case, the fastest kept (default 1; more on a busy machine)")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.folder, args.jobs[0])))
        return
    print("| articles | case | jobs | seconds | articles/s | statements | ratio to bare | "
          "speed-up over --jobs 1 | CPU s | others' CPU s | peak memory (main + largest worker) |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            make_corpus(Path(folder), size)
            results: dict[tuple[str, int], dict] = {}
            for jobs in args.jobs:
                for case in CASES:
                    result = results[(case, jobs)] = measure(Path(folder), case, jobs, args.repeat)
                    bare = results[("bare", jobs)]["seconds"]
                    single = results.get((case, 1))
                    speedup = f"{single['seconds'] / result['seconds']:.2f}" if single and jobs > 1 else ""
                    memory = f"{result['main_mib']:.0f} MiB"
                    if result["child_mib"]:
                        memory += f" + {result['child_mib']:.0f} MiB"
                    statements = result["statements"] if case != "bare" else ""
                    print(f"| {size:,} | {case} | {jobs} | {result['seconds']:.1f} | "
                          f"{size / result['seconds']:.1f} | {statements} | {bare / result['seconds']:.2f} | "
                          f"{speedup} | {result['cpu']:.1f} | {result['others']:.1f} | {memory} |", flush=True)


if __name__ == "__main__":
    main()
