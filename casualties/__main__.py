"""Command line: ``python -m casualties [FILE ...]`` (or ``casualties``) prints each
text's casualty statements and the reconciled totals.

With no file it reads an embedded sample report; ``-`` reads standard input.
Exit status: 0 when a text was read (a text without figures too), 1 when no text could
be read, 2 for a usage error. Problems with a file go to standard error, naming it.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .count import Count
from .extract import extract
from .policy import POLICIES
from .sample import SAMPLE_TEXT
from .statements import Statement

if TYPE_CHECKING:
    import pandas as pd

_FIELDS = (
    "doc",
    "start",
    "end",
    "text",
    "low",
    "best",
    "high",
    "outcome",
    "party",
    "party_kind",
    "source",
    "period",
    "cumulative",
    "location",
    "role",
)
_BY_CHOICES = ("outcome", "party_kind", "source", "period", "location", "party", "doc_id", "role")


class _Unreadable(Exception):
    """A file that cannot be read as text; the message names the file and why."""


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise _Unreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise _Unreadable(f"{path}: is a directory") from None
    except PermissionError:
        raise _Unreadable(f"{path}: permission denied") from None
    except OSError as e:
        raise _Unreadable(f"{path}: cannot be read ({e.strerror or e})") from None
    if b"\x00" in data[:8192]:
        raise _Unreadable(f"{path}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _Unreadable(f"{path}: not UTF-8 text (byte {e.start}: {data[e.start : e.start + 1]!r})") from None


def _progress(names: list[str], wanted: bool) -> Iterator[str]:
    if not wanted or len(names) < 2:
        yield from names
        return
    try:
        from tqdm import tqdm
    except ImportError:
        print("casualties: --progress needs tqdm (pip install tqdm); continuing without it", file=sys.stderr)
        yield from names
        return
    yield from tqdm(names, unit="file", desc="casualties", file=sys.stderr)


def _row(doc: str, s: Statement) -> dict[str, Any]:
    c: Count = s.count
    return {
        "doc": doc, "start": s.span[0], "end": s.span[1], "text": s.text, "low": c.low, "best": c.best,
        "high": c.high, "outcome": str(s.outcome), "party": s.party, "party_kind": str(s.party_kind),
        "source": s.source, "period": s.period, "cumulative": s.cumulative, "location": s.location,
        "role": str(s.role),
    }  # fmt: skip


def _total_rows(table: pd.DataFrame, by: list[str]) -> list[dict[str, Any]]:
    rows = []
    for key, r in table.iterrows():
        keys = key if isinstance(key, tuple) else (key,)
        row: dict[str, Any] = dict(zip(by, keys, strict=True))
        high = float(r["high"])
        row.update(
            low=int(r["low"]),
            best=int(r["best"]),
            high=None if math.isinf(high) else int(high),
            n=int(r["n"]),
            sources=list(r["sources"]),
            conflict=bool(r["conflict"]),
        )
        rows.append(row)
    return rows


def _print_table(
    out: TextIO, docs: list[tuple[str, list[Statement]]], totals: list[dict[str, Any]], by: list[str]
) -> None:
    for name, stmts in docs:
        print(f"== {name}: {len(stmts)} statement{'s' if len(stmts) != 1 else ''}", file=out)
        for s in stmts:
            c = s.count
            flags = " (part)" if s.role == "part" else " (cumulative)" if s.cumulative else ""
            high = "inf" if c.high is None else c.high
            print(
                f"{s.span[0]:>6}  {' '.join(s.text.split())!r:34} {s.outcome.value:9} {s.party_kind.value:12} "
                f"low={c.low} best={c.best} high={high} source={s.source or '-'} "
                f"period={s.period or '-'}{flags}",
                file=out,
            )
    print(f"-- totals by {', '.join(by)} (parts, restatements and running totals reconciled)", file=out)
    if not totals:
        print("(nothing to add up)", file=out)
    for row in totals:
        key = " / ".join(str(row[k]) or "-" for k in by)
        high = "inf" if row["high"] is None else row["high"]
        flag = "  CONFLICT" if row["conflict"] else ""
        sources = "; ".join(row["sources"]) or "-"
        print(
            f"{key:32} low={row['low']} best={row['best']} high={high} n={row['n']} sources={sources}{flag}", file=out
        )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="casualties", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("files", nargs="*", metavar="FILE", help="text files to read ('-' for standard input)")
    ap.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default): for people; csv: one row per statement; json: statements and totals",
    )
    ap.add_argument("--policy", default="interval", choices=sorted(POLICIES), help="how to read uncertain figures")
    ap.add_argument(
        "--by",
        default="outcome,party_kind",
        help=f"comma-separated totals keys among {', '.join(_BY_CHOICES)} (default: outcome,party_kind)",
    )
    ap.add_argument("--include-cumulative", action="store_true", help="add running totals to the totals")
    ap.add_argument("--progress", action="store_true", help="a progress bar over many files (needs tqdm)")
    return ap


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 read, 1 nothing readable, 2 usage)."""
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse has printed the usage error
        return int(e.code or 0)
    by = [k.strip() for k in args.by.split(",") if k.strip()]
    bad = [k for k in by if k not in _BY_CHOICES]
    if not by or bad:
        ap.print_usage(sys.stderr)
        print(
            f"casualties: error: --by: unknown key(s) {', '.join(bad) or '(none)'}; "
            f"choose among {', '.join(_BY_CHOICES)}",
            file=sys.stderr,
        )
        return 2
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    names = list(args.files) or ["<sample>"]
    docs: list[tuple[str, list[Statement]]] = []
    for name in _progress(names, args.progress):
        try:
            body = SAMPLE_TEXT if name == "<sample>" and not args.files else _read(name, stdin)
        except _Unreadable as e:
            print(f"casualties: {e}", file=sys.stderr)
            continue
        docs.append(("<stdin>" if name == "-" else name, extract(body, policy=args.policy)))
    from .frame import to_frame
    from .reconcile import totals

    import pandas as pd

    frame = pd.concat([to_frame(stmts, doc_id=name) for name, stmts in docs], ignore_index=True) if docs else None
    table = totals(frame if frame is not None else [], by=by, include_cumulative=args.include_cumulative)
    total_rows = _total_rows(table, by)
    if args.format == "json":
        payload = {
            "documents": [{"doc": name, "statements": [_row(name, s) for s in stmts]} for name, stmts in docs],
            "totals": total_rows,
            "by": by,
            "policy": args.policy,
        }
        json.dump(payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(_FIELDS), lineterminator="\n")
        writer.writeheader()
        for name, stmts in docs:
            for s in stmts:
                writer.writerow({k: ("" if v is None else v) for k, v in _row(name, s).items()})
    else:
        _print_table(out, docs, total_rows, by)
    return 0 if docs else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
