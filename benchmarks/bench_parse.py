"""Throughput of casualties.parse against quantulum3's parser on the same phrases.

Run by hand:  python benchmarks/bench_parse.py [--n 3000]

Prints phrases per second for both and their ratio, measured in one process on two
lists of phrases:

- ``dev``: the spans of the evaluation's dev phrases (``--dev``, by default
  ``../shared/eval/data/dev/phrases.jsonl`` next to the project; skipped when the
  file is absent);
- ``mixed``: every row of the README's phrase table plus phrases built from our own
  templates: the lexicon's qualifiers x numbers in digits and words x vague words x
  ranges ("10 to 20", "between ... and ...", "two or three").

quantulum3 is warmed up first (its first call loads its models, about 1.5-3.5 s,
reported separately).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import time
import warnings

import casualties
from casualties.lexicon import en
from casualties.numbers import number_to_words

DESIGN_ROWS = [
    "11",
    "eleven",
    "a dozen",
    "at least 11",
    "no fewer than 11",
    "11 or more",
    "a minimum of 11",
    "more than 11",
    "over 11",
    "upwards of 11",
    "in excess of 11",
    "up to 23",
    "as many as 23",
    "at most 23",
    "no more than 23",
    "fewer than 10",
    "less than 10",
    "under 10",
    "between 10 and 20",
    "10 to 20",
    "10-20",
    "10 or 20",
    "about 100",
    "around 100",
    "approximately 100",
    "some 100",
    "an estimated 100",
    "nearly 100",
    "almost 100",
    "close to 100",
    "just under 100",
    "almost a million",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "more than a dozen",
    "dozens more",
    "several",
    "a few",
    "a couple of",
    "a handful of",
    "many",
    "numerous",
    "a number of",
    "a soldier",
    "one person",
    "a man",
    "no one",
    "nobody",
    "no casualties",
    "1.2 million",
    "3.8m",
    "half a million",
    "380 000",
]


# The evaluation's dev phrases, next to the project (they stay outside it).
DEV_PHRASES = pathlib.Path(__file__).resolve().parents[2] / "shared" / "eval" / "data" / "dev" / "phrases.jsonl"


def _numeral(rng: random.Random, value: int) -> str:
    """``value`` in digits, digits with commas, or words."""
    shape = rng.random()
    if shape < 0.4:
        return number_to_words(value, use_and=rng.random() < 0.5, hyphen=rng.random() < 0.7)
    if shape < 0.7:
        return f"{value:,}"
    return str(value)


def build_phrases(n: int, seed: int = 0) -> list[str]:
    """The phrase table's rows, then template phrases up to ``n`` (a fixed seed: the same list
    on every run)."""
    rng = random.Random(seed)
    out = list(DESIGN_ROWS)
    prefixes = [" ".join(p) for ps in en.PREFIX_QUALIFIERS.values() for p in ps if all(w.isalpha() for w in p)]
    suffixes = [" ".join(p) for ps in en.SUFFIX_QUALIFIERS.values() for p in ps if all(w.isalpha() for w in p)]
    vague = sorted(" ".join(k) for k in en.VAGUE_INTERVAL)
    nouns = ["", "", "", " people", " civilians", " soldiers", " rebels"]
    while len(out) < n:
        value = rng.choice([rng.randint(1, 99), rng.randint(100, 9_999), rng.randint(10_000, 10**7)])
        number = _numeral(rng, value)
        shape = rng.random()
        if shape < 0.35:
            phrase = f"{rng.choice(prefixes)} {number}"
        elif shape < 0.45:
            phrase = f"{number} {rng.choice(suffixes)}"
        elif shape < 0.55:
            phrase = f"between {number} and {_numeral(rng, value * 2)}"
        elif shape < 0.65:
            joiner = rng.choice([" to ", "-", " or ", "–"])
            phrase = f"{number}{joiner}{_numeral(rng, value + rng.randint(1, 50))}"
        elif shape < 0.8:
            phrase = rng.choice(vague)
            if rng.random() < 0.3:
                phrase = f"{rng.choice(prefixes)} {phrase}"
        else:
            phrase = number
        out.append(phrase + rng.choice(nouns))
    return out


def dev_phrases(path: pathlib.Path) -> list[str]:
    """The ``span`` of every row of a phrases.jsonl file; [] when there is none."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["span"] for line in f if line.strip()]


def rate(fn, phrases: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in phrases:
            fn(p)
        best = min(best, time.perf_counter() - t0)
    return len(phrases) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000, help="how many mixed phrases")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dev", type=pathlib.Path, default=DEV_PHRASES, help="a phrases.jsonl file")
    args = ap.parse_args()
    sets = {"dev": dev_phrases(args.dev), "mixed": build_phrases(args.n)}

    def ours(p: str) -> object:
        try:
            return casualties.parse(p)
        except casualties.ParseError:
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        from quantulum3 import parser

        parser.parse("at least 11 people")
        first_call = time.perf_counter() - t0
        print(f"quantulum3 first import + call: {first_call:.2f} s")
        for name, phrases in sets.items():
            if not phrases:
                print(f"{name}: no phrases (skipped)")
                continue
            for p in phrases:  # warm both up: the quantulum3 fallback, caches
                ours(p)
            theirs_rate = rate(parser.parse, phrases, args.repeat)
            ours_rate = rate(ours, phrases, args.repeat)
            print(
                f"{name}: {len(phrases)} phrases; casualties.parse {ours_rate:,.0f}/s, "
                f"quantulum3 parser.parse {theirs_rate:,.0f}/s, ratio {ours_rate / theirs_rate:.1f}x"
            )


if __name__ == "__main__":
    main()
