"""Shared test helpers."""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial

import pytest


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


@pytest.fixture
def modules_after() -> Callable[[str], set[str]]:
    return _modules_after


def best_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The best of ``runs`` timings of ``work()``, with the garbage collector out of them.

    A collection triggered by objects earlier tests left behind would otherwise land
    inside one timed call (a full collection over a large heap takes longer than a
    1 MB parse); a busy machine slows a run and never speeds one up, so the minimum is
    the figure closest to the code's own cost.
    """
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


#: The smaller of two timed inputs takes at least this long, so that timer resolution
#: and scheduler noise stay small next to what is measured.
MIN_SECONDS = 0.05


def growth_ratio(run: Callable[[str], object], unit: str, size: int = 250_000, factor: int = 4) -> float:
    """How many times longer ``run`` takes on ``factor`` times the text.

    The text is ``unit`` repeated to about ``size`` characters, doubled until one run
    takes at least :data:`MIN_SECONDS`. The two sizes are timed in turn (small, large,
    small, large, ...: a burst of load on a shared machine then slows both, not one),
    three rounds and, while the ratio looks worse than linear, up to three more; each
    size keeps its best time (:func:`best_seconds`). A linear reader gives about ``factor``.
    """
    small = unit * max(1, size // len(unit))
    while (small_time := best_seconds(partial(run, small))) < MIN_SECONDS:
        small *= 2
    large = small * factor
    large_time = best_seconds(partial(run, large), runs=1)
    for round_ in range(6):
        if round_ >= 3 and large_time / small_time < 1.25 * factor:
            break
        small_time = min(small_time, best_seconds(partial(run, small), runs=1))
        large_time = min(large_time, best_seconds(partial(run, large), runs=1))
    return large_time / small_time


@pytest.fixture
def growth() -> Callable[..., float]:
    """:func:`growth_ratio`, for timing-ratio tests."""
    return growth_ratio


#: What a table of sentences compares: (count, outcome, role, party kind) of a statement.
StatementRow = tuple[str, str, str, str]


def _statement_rows(text: str) -> tuple[StatementRow, ...]:
    from casualties.build import read

    return tuple(
        (str(s.count), s.outcome.value, s.role.value, s.party_kind.value) for s in (r.statement for r in read(text))
    )


@pytest.fixture
def statement_rows() -> Callable[[str], tuple[StatementRow, ...]]:
    """(count, outcome, role, party kind) of every statement the cascade reads in a text,
    in text order: what the end-to-end sentence tables compare."""
    return _statement_rows
