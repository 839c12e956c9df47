"""Profile ``kg extract`` and ``kg build`` with py-spy over a corpus from ``throughput.make_corpus``.

Each case runs in a child process under ``py-spy record`` (samples of every process, so
``--jobs 2`` workers count too); the script prints the functions with the largest share of
samples, by own time (the sampled function itself) and cumulative time (anywhere on the stack)::

    .venv/bin/python benchmarks/profile_run.py --size 1000 > profile.txt
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import make_corpus  # noqa: E402


def _function(frame: str) -> str:
    """``name (file:line)`` -> ``name (file)``: samples of one function at any line count together."""
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rsplit(':', 1)[0]})" if where else name


def top_entries(raw: str, count: int) -> str:
    """The ``count`` functions with the most own and cumulative samples of py-spy's raw output."""
    own: Counter[str] = Counter()
    cumulative: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, samples = line.rpartition(" ")
        if not stack or not samples.isdigit():
            continue
        frames = [_function(frame) for frame in stack.split(";")]
        frames = [frame for frame in frames if not frame.startswith("process ")]
        number = int(samples)
        total += number
        if frames:
            own[frames[-1]] += number
        for frame in set(frames):
            cumulative[frame] += number
    lines = [f"{total} samples", "", "own time (share of samples, function):"]
    lines += [f"  {n / total:6.1%}  {key}" for key, n in own.most_common(count)]
    lines += ["", "cumulative time:"]
    lines += [f"  {n / total:6.1%}  {key}" for key, n in cumulative.most_common(count)]
    lines += ["", "cumulative time of kg's own functions:"]
    lines += [f"  {n / total:6.1%}  {key}" for key, n in cumulative.most_common()
              if "(kg/" in key][:count]
    return "\n".join(lines)


def run_case(case: str, folder: str, jobs: int) -> None:
    import kg

    if case == "extract":
        for _ in kg.iter_statements([folder], jobs=jobs):
            pass
    else:
        with tempfile.TemporaryDirectory() as out:
            kg.build([folder], out, jobs=jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--cases", nargs="+", default=["extract", "build"])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        run_case(args.case, args.folder, args.jobs)
        return
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as work:
        make_corpus(Path(folder), args.size)
        for case in args.cases:
            raw = Path(work) / f"{case}.txt"
            subprocess.run([py_spy, "record", "--rate", "100", "--subprocesses", "--format", "raw",
                            "--output", str(raw), "--", sys.executable, __file__, "--case", case,
                            "--folder", folder, "--jobs", str(args.jobs)],
                           check=True, capture_output=True)
            print(f"## kg {case}, {args.size} articles, --jobs {args.jobs} (py-spy, 100 samples/s)\n")
            print(top_entries(raw.read_text(encoding="utf-8"), args.top))
            print(flush=True)


if __name__ == "__main__":
    main()
