"""totals() over a large statement frame against a plain pandas groupby-sum.

Run by hand:  python benchmarks/bench_totals.py [--rows 1000000] [--docs 100000] [--repeat 3]

Builds a synthetic frame in casualties' schema (seeded, so runs are comparable): every
document has about ten statements; some are parts of a total, some restate an earlier
figure of their document (some with another source and a disagreeing count), some are
running totals. Times ``totals(frame, by=("outcome", "party_kind"))`` and
``frame.groupby(["outcome", "party_kind"])[["low", "best", "high"]].sum()`` in the same
process, and reports the ratio and each one's peak memory (tracemalloc).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np
import pandas as pd

from casualties.frame import empty_frame
from casualties.reconcile import totals


def build(rows: int, docs: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    doc = np.sort(rng.integers(0, docs, rows))
    low = rng.integers(0, 200, rows)
    width = rng.choice([0, 0, 0, 5, 50, -1], rows)  # -1: no upper bound
    high = np.where(width < 0, np.inf, low + np.maximum(width, 0)).astype("float64")
    best = low + (rng.random(rows) * np.where(np.isinf(high), 3, high - low)).astype("int64")
    start = np.arange(rows, dtype="int64") * 10
    kinds = np.array(["civilian", "state_forces", "armed_group", "perpetrator", "unknown"])
    outcomes = np.array(["killed", "injured", "missing", "abducted", "detained", "displaced"])
    sources = np.array(["police", "a monitor", "Reuters", "the ministry", None], dtype=object)
    role = np.where(rng.random(rows) < 0.10, "part", "figure")
    # a restatement points at the statement before it, in the same document
    restated = (rng.random(rows) < 0.05) & np.r_[False, doc[1:] == doc[:-1]]
    rs = pd.array(np.where(restated, np.r_[0, start[:-1]], 0), dtype="Int64")
    rs[~restated] = pd.NA
    frame = pd.DataFrame(
        {
            "doc_id": doc.astype(object),
            "low": low,
            "best": best,
            "high": high,
            "outcome": pd.Categorical(outcomes[rng.integers(0, 6, rows)], categories=list(outcomes)),
            "party": "people",
            "party_kind": pd.Categorical(kinds[rng.integers(0, 5, rows)], categories=list(kinds)),
            "source": sources[rng.integers(0, 5, rows)],
            "period": None,
            "cumulative": rng.random(rows) < 0.05,
            "location": None,
            "start": start,
            "end": start + 8,
            "text": np.where(rng.random(rows) < 0.1, "dozens of people", "12 people").astype(object),
            "role": pd.Categorical(role, categories=["figure", "part"]),
            "restates_start": rs,
            "restates_end": rs + 8,
        }
    )
    # restated rows share outcome and party kind with what they restate
    prev = np.flatnonzero(restated) - 1
    for col in ("outcome", "party_kind"):
        values = frame[col].to_numpy().copy()
        values[restated] = values[prev]
        frame[col] = pd.Categorical(values, categories=frame[col].cat.categories)
    schema = empty_frame().dtypes.to_dict()  # to_frame's dtypes (object strings, not pandas' "str")
    return frame[list(schema)].astype(schema)


def timed(fn, repeat: int) -> tuple[float, int]:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    frame = build(args.rows, args.docs)
    by = ["outcome", "party_kind"]
    print(
        f"frame: {len(frame):,} rows, {frame['doc_id'].nunique():,} documents, "
        f"{frame.memory_usage(deep=True).sum() / 2**20:.0f} MiB"
    )
    t_ours, m_ours = timed(lambda: totals(frame, by=by), args.repeat)
    t_pd, m_pd = timed(lambda: frame.groupby(by, observed=True)[["low", "best", "high"]].sum(), args.repeat)
    print(f"casualties.totals:    {t_ours * 1000:8.1f} ms   peak {m_ours / 2**20:7.1f} MiB")
    print(f"pandas groupby-sum:   {t_pd * 1000:8.1f} ms   peak {m_pd / 2**20:7.1f} MiB")
    print(f"ratio: {t_ours / t_pd:.1f}x (goal <= 10x, aim 3x)")


if __name__ == "__main__":
    main()
