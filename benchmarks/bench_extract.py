"""Throughput of casualties.extract against quantulum3's parser on the same texts.

Run by hand:  python benchmarks/bench_extract.py [JSONL ...] [--limit 1500] [--reader cascade]

Texts come from JSON-lines files with a "text" field (by default the evaluation dev
sets next to the project, ../shared/eval/data/dev/*.jsonl, which stay outside it).
Prints texts/s and MB/s for both in one process, and the ratio. ``--reader`` chooses
ours: ``extract`` (:func:`casualties.extract`, the default) or ``cascade``
(:func:`casualties.build.read`, statements only, as ``extract`` will return them once it
switches to the cascade).
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


def cascade(text: str) -> list[casualties.Statement]:
    """The cascade's statements, as :func:`casualties.extract` will return them."""
    from casualties.build import read

    return [r.statement for r in read(text)]


READERS: dict[str, Callable[[str], object]] = {"extract": casualties.extract, "cascade": cascade}


def rate(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*", type=pathlib.Path)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--reader", choices=sorted(READERS), default="extract")
    args = ap.parse_args()
    paths = args.files or sorted(p for p in DEFAULT.glob("*.jsonl") if p.name != "phrases.jsonl")
    texts = load(paths, args.limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 11 people")
        theirs = rate(parser.parse, texts)
    fn = READERS[args.reader]
    fn("warm up: 11 people were killed")
    ours = rate(fn, texts)
    name = "casualties.extract" if args.reader == "extract" else "casualties.build.read"
    print(f"texts: {len(texts)} ({mb:.2f} MB)")
    print(f"{name}: {len(texts) / ours:,.0f} texts/s, {mb / ours:.2f} MB/s, {1e6 * ours / len(texts):.0f} us/text")
    print(f"quantulum3 parser.parse: {len(texts) / theirs:,.0f} texts/s, {mb / theirs:.3f} MB/s")
    print(f"ratio: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
