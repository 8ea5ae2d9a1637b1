"""Where the cascade reader's time goes: each layer's share of ``casualties.build.read``.

Run by hand:  python benchmarks/bench_layers.py [JSONL ...] [--limit 1500] [--runs 7]

Texts come from JSON-lines files with a "text" field (by default the evaluation dev sets
next to the project, as for ``bench_extract.py``). The layers are timed in the pipeline,
not apart: each stage runs the layers before it again, and a layer's share is the
difference of two stages (the best of ``--runs`` runs each, CPU time of this process),
so that each layer works on fresh values as it does inside ``read``. L1 is
``classify_triggered`` (the prefilter included); "statements" is the frame matches made
statements; "document" the sources, periods and document passes.
"""

from __future__ import annotations

import argparse
import gc
import pathlib
import time
from collections.abc import Callable

from bench_extract import DEFAULT, load

from casualties import build
from casualties.chunks import chunk
from casualties.frames import frames
from casualties.phrases import phrase
from casualties.wordclass import classify_triggered


def _words(text: str) -> object:
    return classify_triggered(text)


def _chunks(text: str) -> object:
    c = classify_triggered(text)
    return None if c is None else chunk(c)


def _phrases(text: str) -> object:
    c = classify_triggered(text)
    return None if c is None else phrase(chunk(c))


def _frames(text: str) -> object:
    c = classify_triggered(text)
    return None if c is None else frames(phrase(chunk(c)))


def _statements(text: str) -> object:
    c = classify_triggered(text)
    return None if c is None else build._found(phrase(chunk(c)), None)


STAGES: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("L1 words", _words),
    ("L2 chunks", _chunks),
    ("L3 phrases", _phrases),
    ("L4 frames", _frames),
    ("statements", _statements),
    ("document", build.read),
)


def best_time(fn: Callable[[str], object], texts: list[str], runs: int) -> float:
    """The least CPU seconds of ``runs`` runs of ``fn`` over ``texts`` (no garbage collection inside)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
        gc.enable()
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    paths = args.files or sorted(p for p in DEFAULT.glob("*.jsonl") if p.name != "phrases.jsonl")
    texts = load(paths, args.limit)
    build.read("warm up: 11 people were killed")
    before = 0.0
    for name, fn in STAGES:
        total = 1e6 * best_time(fn, texts, args.runs) / len(texts)
        print(f"{name:12s} {total - before:6.1f} us/text")
        before = total
    print(f"{'read':12s} {before:6.1f} us/text ({len(texts)} texts)")


if __name__ == "__main__":
    main()
