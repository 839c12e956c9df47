"""Throughput and memory of kg against the bare spaCy pipeline, in one run.

Builds a corpus of N articles from the seed and the team's annotated wire-style articles
(tests/devset/, varied by rotating their sentences and actors), then, each in a fresh
process so that peak memory is its own:

- bare:    nlp.pipe over the same passages, same batch size (the cost floor)
- extract: kg.iter_statements (everything kg extract does, without printing)
- build:   kg.build (all three outputs)
- extract with --jobs 2

and prints a table of articles/second, the ratio to the bare pipeline and peak memory.

    .venv/bin/python benchmarks/throughput.py --sizes 100 1000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def run_case(case: str, folder: str, jobs: int) -> dict:
    """Run one case in this process and report seconds and peak memory."""
    sys.path.insert(0, str(ROOT))
    import kg
    from kg.clean import clean_article
    from kg.ingest import read_articles
    from kg.parse import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    if case == "bare":
        passages = (p.text for a in read_articles([folder]) for p in clean_article(a).passages)
        for _ in nlp.pipe(passages, batch_size=64, n_process=jobs):
            pass
    elif case == "extract":
        for _ in kg.iter_statements([folder], jobs=jobs):
            pass
    else:
        with tempfile.TemporaryDirectory() as out:
            kg.build([folder], out, jobs=jobs)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.folder, args.jobs)))
        return
    print("| articles | case | seconds | articles/s | ratio to bare | peak memory |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            make_corpus(Path(folder), size)
            results = {}
            for case, jobs in (("bare", 1), ("extract", 1), ("build", 1), ("extract", 2)):
                run = subprocess.run([sys.executable, __file__, "--case", case, "--folder", folder,
                                      "--jobs", str(jobs)], capture_output=True, text=True, check=True)
                result = json.loads(run.stdout.strip().splitlines()[-1])
                results[(case, jobs)] = result
                bare = results[("bare", 1)]["seconds"]
                label = case if jobs == 1 else f"{case} --jobs {jobs}"
                print(f"| {size} | {label} | {result['seconds']:.1f} | {size / result['seconds']:.1f} | "
                      f"{bare / result['seconds']:.2f} | {result['peak_mib']:.0f} MiB |", flush=True)


if __name__ == "__main__":
    main()
