"""Command line: ``python -m casualties [FILE ...]`` prints each text's casualty
statements and their reconciled totals.

With no file it reads an embedded sample report.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .errors import ParseError
from .policy import POLICIES
from .extract import extract
from .sample import SAMPLE_TEXT


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    ap = argparse.ArgumentParser(prog="casualties", description=__doc__)
    ap.add_argument("files", nargs="*", help="text files to read ('-' for standard input)")
    ap.add_argument("--policy", default="interval", choices=sorted(POLICIES))
    args = ap.parse_args(argv)
    sources: list[tuple[str, str | None]] = [(p, None) for p in args.files] or [("<sample>", SAMPLE_TEXT)]
    found_any = False
    for name, text in sources:
        try:
            body = text if text is not None else _read(name)
        except (OSError, UnicodeDecodeError) as e:
            print(f"casualties: {name}: {e}", file=sys.stderr)
            continue
        found_any = True
        print(f"== {name}")
        stmts = extract(body, policy=args.policy)
        for s in stmts:
            c = s.count
            high = "inf" if c.high is None else c.high
            flags = " (part)" if s.role == "part" else " (cumulative)" if s.cumulative else ""
            print(f"{s.span[0]:>6}  {' '.join(s.text.split())!r:34} {s.outcome.value:9} "
                  f"{s.party_kind.value:12} low={c.low} best={c.best} high={high} "
                  f"source={s.source or '-'}{flags}")
        if stmts:
            from .reconcile import totals

            table = totals(stmts, by=("outcome", "party_kind"))
            print("-- totals (parts, restatements and running totals reconciled)")
            print(table[["low", "best", "high", "n"]].to_string())
    return 0 if found_any else 1


if __name__ == "__main__":  # pragma: no cover
    try:
        sys.exit(main())
    except ParseError as e:
        print(f"casualties: {e}", file=sys.stderr)
        sys.exit(1)
