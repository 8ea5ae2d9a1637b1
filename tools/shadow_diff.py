"""Shadow mode: the cascade reader (``casualties.build.read``) beside ``casualties.extract``.

Run by hand while the cascade is migrated (CASCADE.md, "Migration"):

    python tools/shadow_diff.py [JSONL ...] [--show 5]   statement differences by frame
    python tools/shadow_diff.py --score [--check]        score.py with the cascade as extract
    python tools/shadow_diff.py --score --suite articles --show 20   one suite, its misses
    python tools/shadow_diff.py --rows pitf [--show 30]  rows only one reader gets right

Texts come from JSON-lines files with a "text" field (by default the evaluation dev sets
next to the project, ../shared/eval/data/dev/*.jsonl, which stay outside it). Statements
of the two readers are aligned by span; each difference is listed under the frame that
made the new statement ("only in the cascade", "changed") or under "only in extract"
(grouped by outcome: the old reader names no frames), with a few example sentences.
``--score`` runs ../shared/eval/score.py in this process with ``casualties.extract``
replaced by the cascade, so that both readers are scored by the same code.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import runpy
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import casualties

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "eval" / "data" / "dev"
Key = tuple[int, int]


def load(paths: Iterable[pathlib.Path]) -> list[str]:
    """The distinct texts of JSON-lines files, in file order."""
    seen: dict[str, None] = {}
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["text"], None)
    return list(seen)


def cascade_extract(text: str, **kwargs: Any) -> list[casualties.Statement]:
    """The cascade's statements, shaped as ``casualties.extract`` returns them."""
    from casualties.build import read

    return [r.statement for r in read(text, **kwargs)]


def _fields(s: casualties.Statement) -> tuple[object, ...]:
    return (s.count, str(s.outcome), str(s.party_kind), str(s.role))


def _sentence(text: str, span: Key) -> str:
    start = text.rfind(". ", 0, span[0]) + 1
    end = text.find(". ", span[1])
    return " ".join(text[start : len(text) if end < 0 else end + 1].split())[:200]


def diff(texts: list[str]) -> tuple[Counter[str], dict[str, list[str]]]:
    """Counts of agreements and differences, and example lines for each difference."""
    from casualties.build import read

    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        old = {s.span: s for s in casualties.extract(text)}
        new = {r.statement.span: r for r in read(text)}
        for span in old.keys() | new.keys():
            o, n = old.get(span), new.get(span)
            if o is not None and n is not None and _fields(o) == _fields(n.statement):
                counts["same"] += 1
                continue
            if n is None:
                key = f"only in extract: {o.outcome if o else '?'}"
                line = f"{o and _fields(o)} | {_sentence(text, span)}"
            elif o is None:
                key = f"only in the cascade: {n.frame}"
                line = f"{_fields(n.statement)} | {_sentence(text, span)}"
            else:
                key = f"changed: {n.frame}"
                line = f"{_fields(o)} -> {_fields(n.statement)} | {_sentence(text, span)}"
            counts[key] += 1
            examples[key].append(line)
    return counts, examples


def report(counts: Counter[str], examples: dict[str, list[str]], show: int, out: Callable[[str], None]) -> None:
    """Print the agreement and each kind of difference, largest first, with examples."""
    total = sum(counts.values())
    out(f"statements: {total}; same in both: {counts['same']} ({counts['same'] / max(total, 1):.1%})")
    for key, n in counts.most_common():
        if key == "same":
            continue
        out(f"\n{n:6d}  {key}")
        for line in examples[key][:show]:
            out(f"        {line}")


def score(check: bool, suites: Sequence[str] = (), show: int = 0) -> None:
    """score.py's figures with the cascade in place of ``casualties.extract``."""
    casualties.extract = cascade_extract  # this process only
    argv = [str(SHARED / "eval" / "score.py"), *(["--check"] if check else [])]
    argv += [f"--suite={name}" for name in suites]
    if show and not check:
        argv.append(f"--show={show}")
    sys.argv = argv
    runpy.run_path(sys.argv[0], run_name="__main__")


def rows(suite: str, show: int) -> None:
    """Event rows of a dev suite where exactly one reader gives the coded figure (or neither)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    old = casualties.extract
    groups: dict[str, list[str]] = {"only the old reader right": [], "only the cascade right": [], "both wrong": []}
    for r in scorer.load(DEFAULT / f"{suite}.jsonl"):
        got = []
        for reader in (old, cascade_extract):
            casualties.extract = reader
            got.append(scorer._event_total(casualties, r["text"], r["outcome"], r["parties"], r.get("policy"))[1])
        casualties.extract = old
        hits = [g == r["gold"] for g in got]
        if hits == [True, True]:
            continue
        key = "both wrong" if not any(hits) else list(groups)[0 if hits[0] else 1]
        text = " ".join(r["text"].split())[:300]
        groups[key].append(f"{r['id']} {r['outcome']}: gold {r['gold']}, old {got[0]}, cascade {got[1]} :: {text}")
    for key, lines in groups.items():
        print(f"\n{len(lines):6d}  {key}")
        for line in lines[: show or None]:
            print(f"        {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=pathlib.Path)
    ap.add_argument("--show", type=int, default=5, help="example sentences per difference")
    ap.add_argument("--limit", type=int, default=0, help="read at most this many texts (0: all)")
    ap.add_argument("--score", action="store_true", help="score.py with the cascade as extract")
    ap.add_argument("--check", action="store_true", help="with --score: the check split (figures only)")
    ap.add_argument("--suite", action="append", default=[], help="with --score: score only this suite")
    ap.add_argument("--rows", metavar="SUITE", help="dev rows of an event suite that the readers score differently")
    args = ap.parse_args()
    if args.score:
        score(args.check, args.suite, args.show if "--show" in sys.argv else 0)
        return
    if args.rows:
        rows(args.rows, args.show if "--show" in sys.argv else 0)
        return
    paths = args.files or sorted(p for p in DEFAULT.glob("*.jsonl") if p.name != "phrases.jsonl")
    texts = load(paths)
    if args.limit:
        texts = texts[: args.limit]
    counts, examples = diff(texts)
    report(counts, examples, args.show, print)


if __name__ == "__main__":
    main()
