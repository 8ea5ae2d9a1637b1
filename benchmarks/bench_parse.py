"""Throughput of casualties.parse against quantulum3's parser on the same phrases.

Run by hand:  python benchmarks/bench_parse.py [--n 3000]

Prints phrases per second for both and their ratio, measured in one process on one
list of phrases: every row of DESIGN.md's phrase table plus phrases built from the
lexicon's qualifiers around numbers in digits and words. quantulum3 is warmed up
first (its first call loads its models, about 1.5-3.5 s, reported separately).
"""

from __future__ import annotations

import argparse
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


def build_phrases(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = list(DESIGN_ROWS)
    prefixes = [" ".join(p) for ps in en.PREFIX_QUALIFIERS.values() for p in ps if all(w.isalpha() for w in p)]
    while len(out) < n:
        value = rng.choice([rng.randint(1, 99), rng.randint(100, 9_999), rng.randint(10_000, 10**7)])
        if rng.random() < 0.4:
            number = number_to_words(value, use_and=rng.random() < 0.5)
        elif rng.random() < 0.5:
            number = f"{value:,}"
        else:
            number = str(value)
        shape = rng.random()
        if shape < 0.5:
            out.append(f"{rng.choice(prefixes)} {number}")
        elif shape < 0.7:
            out.append(f"between {number} and {value * 2:,}")
        else:
            out.append(number)
    return out


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
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    phrases = build_phrases(args.n)

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
        theirs_rate = rate(parser.parse, phrases, args.repeat)
    ours_rate = rate(ours, phrases, args.repeat)
    print(f"phrases: {len(phrases)}")
    print(f"quantulum3 first import + call: {first_call:.2f} s")
    print(f"casualties.parse: {ours_rate:,.0f} phrases/s")
    print(f"quantulum3 parser.parse: {theirs_rate:,.0f} phrases/s")
    print(f"ratio: {ours_rate / theirs_rate:.1f}x")


if __name__ == "__main__":
    main()
