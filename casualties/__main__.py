"""Command line: ``python -m casualties [FILE ...]`` prints the figures each text holds.

With no file it reads an embedded sample report.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .errors import ParseError
from .policy import POLICIES
from .quantifiers import find_figures
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
    sources = [(p, None) for p in args.files] or [("<sample>", SAMPLE_TEXT)]
    found_any = False
    for name, text in sources:
        try:
            body = text if text is not None else _read(name)
        except (OSError, UnicodeDecodeError) as e:
            print(f"casualties: {name}: {e}", file=sys.stderr)
            continue
        found_any = True
        print(f"== {name}")
        for fig in find_figures(body, policy=args.policy):
            if fig.ordinal:
                continue
            c = fig.count
            high = "inf" if c.high is None else c.high
            words = " ".join(body[fig.start:fig.end].split())
            print(f"{fig.start:>6}  {words!r:36} low={c.low} best={c.best} high={high}")
    return 0 if found_any else 1


if __name__ == "__main__":  # pragma: no cover
    try:
        sys.exit(main())
    except ParseError as e:
        print(f"casualties: {e}", file=sys.stderr)
        sys.exit(1)
