"""Command line: ``python -m casualties [FILE ...]`` (or ``casualties``) prints each
text's casualty statements and the reconciled totals.

Input: each FILE is read as UTF-8 text; ``-`` reads standard input, decoded like a
file. With no FILE, text piped or redirected into standard input is read; when
standard input is a terminal (or ``/dev/null``, or closed) the embedded sample report
is read instead, as it is with ``--sample``.

Documents: every argument is a document of its own, named by its path (``<stdin>``
for standard input, ``<sample>`` for the sample). A path given again is read again as
another document named with ``#2``, ``#3``... appended (``a.txt``, ``a.txt#2``): two
copies of a story add up, they are not taken for restatements of one another.

Totals are grouped by ``outcome`` and the ``--by`` keys (``outcome`` first when
``--by`` leaves it out): the killed and the injured are never added together.

Exit status: 0 when a text was read (a text without figures too), 1 when no text could
be read, 2 for a usage error, 141 (128 + SIGPIPE, what shell tools report) when the
reader of the output went away early (``casualties ... | head``): the rest of the
output is dropped without a traceback. A file that cannot be read, or whose figures
cannot be read, is named on standard error with the reason; the others are still read.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, TextIO, TypeVar

from .count import Count
from .extract import extract
from .policy import POLICIES
from .sample import SAMPLE_TEXT
from .statements import Statement, check_population

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
_STDIN = "<stdin>"
_SAMPLE = "<sample>"
#: The exit status when the output's reader went away: 128 + SIGPIPE, as for shell tools.
EXIT_BROKEN_PIPE = 141
_T = TypeVar("_T")


class _Unreadable(Exception):
    """A file that cannot be read as text; the message names the file and why."""


def _decode(name: str, data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped), or :class:`_Unreadable` naming ``name``."""
    if b"\x00" in data[:8192]:
        raise _Unreadable(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise _Unreadable(f"{name}: not UTF-8 text (byte {e.start}: {data[e.start : e.start + 1]!r})") from None


def _read_file(path: str) -> str:
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
    return _decode(path, data)


def _read_stdin(stream: IO[Any] | None) -> str:
    """Standard input's bytes decoded like a file's (a text stream without ``.buffer``: its text)."""
    if stream is None:
        raise _Unreadable(f"{_STDIN}: standard input is closed")
    try:
        data = getattr(stream, "buffer", stream).read()
    except (OSError, ValueError) as e:
        raise _Unreadable(f"{_STDIN}: cannot be read ({e})") from None
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes | bytearray):
        raise _Unreadable(f"{_STDIN}: read() gave {type(data).__name__}, not bytes or str")
    return _decode(_STDIN, bytes(data))


def _piped(stream: IO[Any] | None) -> bool:
    """Whether ``stream`` brings text to read: a pipe, a file, a socket or an in-memory stream.

    A terminal, ``/dev/null`` (another character device) and a closed or unreadable
    stream do not: the command line then reads its sample.
    """
    if stream is None:
        return False
    try:
        if not stream.readable() or stream.isatty():
            return False
    except (OSError, ValueError):
        return False
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return True  # io.StringIO / io.BytesIO: in-memory text handed to main()
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _doc_ids(args: Sequence[str]) -> list[str]:
    """Each argument's document id: the path (``<stdin>`` for ``-``), ``#2``, ``#3``... on a repeat."""
    used: set[str] = set()
    last: dict[str, int] = {}
    ids = []
    for arg in args:
        base = _STDIN if arg == "-" else arg
        doc, k = base, last.get(base, 1)
        while doc in used:
            k += 1
            doc = f"{base}#{k}"
        last[base] = k
        used.add(doc)
        ids.append(doc)
    return ids


def _progress(items: list[_T], wanted: bool) -> Iterator[_T]:
    if not wanted or len(items) < 2:
        yield from items
        return
    try:
        from tqdm import tqdm
    except ImportError:
        print("casualties: --progress needs tqdm (pip install tqdm); continuing without it", file=sys.stderr)
        yield from items
        return
    yield from tqdm(items, total=len(items), unit="file", desc="casualties", file=sys.stderr)


def _row(doc: str, s: Statement) -> dict[str, Any]:
    c: Count = s.count
    return {
        "doc": doc, "start": s.span[0], "end": s.span[1], "text": s.text, "low": c.low, "best": c.best,
        "high": c.high, "outcome": str(s.outcome), "party": s.party, "party_kind": str(s.party_kind),
        "source": s.source, "period": s.period, "cumulative": s.cumulative, "location": s.location,
        "role": str(s.role),
    }  # fmt: skip


def _total_rows(table: pd.DataFrame, keys: list[str]) -> list[dict[str, Any]]:
    rows = []
    for key, r in table.iterrows():
        values = key if isinstance(key, tuple) else (key,)
        row: dict[str, Any] = dict(zip(keys, values, strict=True))
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
    out: TextIO, docs: list[tuple[str, list[Statement]]], totals: list[dict[str, Any]], keys: list[str]
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
    print(f"-- totals by {', '.join(keys)} (parts, restatements and running totals reconciled)", file=out)
    if not totals:
        print("(nothing to add up)", file=out)
    for row in totals:
        key = " / ".join(str(row[k]) or "-" for k in keys)
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
    ap.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="UTF-8 text files, each one document named by its path ('-': standard input; a repeated path is "
        "another document, named PATH#2, PATH#3...); none: piped standard input, else the embedded sample",
    )
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
        help=f"comma-separated totals keys among {', '.join(_BY_CHOICES)} (default: outcome,party_kind); "
        "outcome is always a key, first when left out",
    )
    ap.add_argument(
        "--sample",
        action="store_true",
        help="read the embedded sample report, whatever standard input holds (no FILE with it)",
    )
    ap.add_argument("--include-cumulative", action="store_true", help="add running totals to the totals")
    ap.add_argument("--progress", action="store_true", help="a progress bar over many files (needs tqdm)")
    return ap


def main(argv: Sequence[str] | None = None, *, stdin: IO[Any] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (default: ``sys.argv[1:]``).
    stdin : binary or text stream, optional
        Standard input (default: ``sys.stdin``): its ``.buffer`` bytes are read when it
        has one, else what its ``read()`` gives (bytes are decoded like a file).
    stdout : text stream, optional
        Where the output goes (default: ``sys.stdout``).

    Returns
    -------
    int
        The exit status: 0 a text was read, 1 none could be, 2 a usage error,
        141 (:data:`EXIT_BROKEN_PIPE`) the output's reader went away early.
    """
    out = stdout if stdout is not None else sys.stdout
    try:
        return _run(argv, stdin if stdin is not None else sys.stdin, out)
    except BrokenPipeError:
        _drop_output(out)
        return EXIT_BROKEN_PIPE


def _drop_output(out: TextIO) -> None:
    """Point a broken standard output at /dev/null: the interpreter's last flush then cannot fail."""
    if out is not sys.stdout:
        return
    try:
        fd = out.fileno()
    except (OSError, ValueError, AttributeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _statements(arg: str | None, doc: str, stdin: IO[Any] | None, policy: str) -> list[Statement] | None:
    """One input's statements, or None after naming it and the reason on standard error."""
    try:
        body = SAMPLE_TEXT if arg is None else _read_stdin(stdin) if arg == "-" else _read_file(arg)
    except _Unreadable as e:
        print(f"casualties: {e}", file=sys.stderr)
        return None
    try:
        stmts = extract(body, policy=policy)
        for s in stmts:  # refused here, so that one file's figure loses no other file
            check_population(s)
    except Exception as e:  # one text that breaks the reader must not lose the other texts
        print(f"casualties: {doc}: figures cannot be read ({type(e).__name__}: {e})", file=sys.stderr)
        return None
    return stmts


def _frame(docs: list[tuple[str, list[Statement]]]) -> pd.DataFrame:
    """One statement frame for every document (one ``to_frame`` call, not one per file)."""
    import pandas as pd

    from .frame import to_frame

    frame = to_frame([s for _, stmts in docs for s in stmts])
    frame["doc_id"] = pd.Series([doc for doc, stmts in docs for _ in stmts], index=frame.index, dtype="object")
    return frame


def _run(argv: Sequence[str] | None, stdin: IO[Any] | None, out: TextIO) -> int:
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse has printed the usage error
        return int(e.code or 0)
    by = list(dict.fromkeys(k.strip() for k in args.by.split(",") if k.strip()))
    bad = [k for k in by if k not in _BY_CHOICES]
    if not by or bad:
        ap.print_usage(sys.stderr)
        print(
            f"casualties: error: --by: unknown key(s) {', '.join(map(repr, bad)) or '(none)'} in {args.by!r}; "
            f"choose among {', '.join(_BY_CHOICES)}",
            file=sys.stderr,
        )
        return 2
    if args.sample and args.files:
        ap.print_usage(sys.stderr)
        print("casualties: error: --sample reads the embedded sample; give it no FILE", file=sys.stderr)
        return 2
    if "outcome" not in by:  # killed and injured never add up
        by.insert(0, "outcome")
    from .reconcile import totals  # pandas loads now, not after the progress bar's 100 %

    inputs: list[tuple[str | None, str]]
    if args.files:
        inputs = list(zip(args.files, _doc_ids(args.files), strict=True))
    else:
        inputs = [("-", _STDIN)] if not args.sample and _piped(stdin) else [(None, _SAMPLE)]
    docs: list[tuple[str, list[Statement]]] = []
    for arg, doc in _progress(inputs, args.progress):
        stmts = _statements(arg, doc, stdin, args.policy)
        if stmts is not None:
            docs.append((doc, stmts))
    table = totals(_frame(docs), by=by, include_cumulative=args.include_cumulative)
    keys = [str(name) for name in table.index.names]  # the keys totals used, whatever --by said
    total_rows = _total_rows(table, keys)
    if args.format == "json":
        payload = {
            "documents": [{"doc": name, "statements": [_row(name, s) for s in stmts]} for name, stmts in docs],
            "totals": total_rows,
            "by": keys,
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
        _print_table(out, docs, total_rows, keys)
    out.flush()  # a reader gone away shows here, inside main's BrokenPipeError handler
    return 0 if docs else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
