"""Throughput of casualties.extract against quantulum3's parser on the same texts.

Run by hand:  python benchmarks/bench_extract.py [JSONL ...] [--limit 1500] [--clock cpu]

Texts come from JSON-lines files with a "text" field (by default the evaluation dev
sets next to the project, ../shared/eval/data/dev/*.jsonl, which stay outside it).
Prints texts/s and MB/s for both in one process, and the ratio (``--clock cpu`` counts
this process's CPU time only; ``--batch N`` times the two in turn, N texts at a time).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import time
import warnings

from collections.abc import Callable

import casualties

DEFAULT = pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "dev"


def load(paths: list[pathlib.Path], limit: int) -> list[str]:
    seen: set[str] = set()
    texts: list[str] = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line)["text"]
                if t not in seen:
                    seen.add(t)
                    texts.append(t)
    return texts[:limit]


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def rate(fn: Callable[[str], object], texts: list[str], clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds ``fn`` takes over ``texts``."""
    t0 = clock()
    for t in texts:
        fn(t)
    return clock() - t0


def timed(
    ours: Callable[[str], object],
    theirs: Callable[[str], object],
    texts: list[str],
    clock: Callable[[], float],
    batch: int = 0,
) -> tuple[float, float]:
    """Seconds of both over ``texts``: theirs then ours (``batch`` 0), or batch by batch
    in turn, so that a change in the machine's load during the run weighs on both alike
    (each batch of ours then starts with caches that quantulum3 filled)."""
    if batch <= 0:
        other = rate(theirs, texts, clock)
        return rate(ours, texts, clock), other
    mine = other = 0.0
    for k in range(0, len(texts), batch):
        part = texts[k : k + batch]
        mine += rate(ours, part, clock)
        other += rate(theirs, part, clock)
    return mine, other


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall: elapsed time; cpu: this process's CPU time (steadier on a busy machine)",
    )
    ap.add_argument("--batch", type=int, default=0, help="time the two in turn, this many texts at a time")
    args = ap.parse_args()
    paths = args.files or sorted(p for p in DEFAULT.glob("*.jsonl") if p.name != "phrases.jsonl")
    texts = load(paths, args.limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 11 people")
        casualties.extract("warm up: 11 people were killed")
        ours, theirs = timed(casualties.extract, parser.parse, texts, CLOCKS[args.clock], args.batch)
    name = "casualties.extract"
    print(f"texts: {len(texts)} ({mb:.2f} MB)")
    print(f"{name}: {len(texts) / ours:,.0f} texts/s, {mb / ours:.2f} MB/s, {1e6 * ours / len(texts):.0f} us/text")
    print(f"quantulum3 parser.parse: {len(texts) / theirs:,.0f} texts/s, {mb / theirs:.3f} MB/s")
    print(f"ratio: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
