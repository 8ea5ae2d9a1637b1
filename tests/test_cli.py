"""The command line: files, standard input, the sample, formats, totals keys, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import subprocess
import sys

import pytest

import casualties.__main__ as cli
import casualties.frame
from casualties.__main__ import main

#: An invented wire report (ours): a sourced toll with a part, the wounded, the missing, a running total.
REPORT = pathlib.Path(__file__).resolve().parent / "data" / "report.txt"
NOTE = "Gunmen killed six farmers in Kanda on Monday, police said. Two soldiers were wounded."
HUGE = "10,000,000,000,000,000,000 people were killed."


class Terminal(io.StringIO):
    """Standard input that is a terminal: nothing is piped in."""

    def isatty(self) -> bool:
        return True


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    """``python -m casualties ARGS`` in a fresh interpreter (stdin /dev/null unless given)."""
    kwargs.setdefault("stdin", None if "input" in kwargs else subprocess.DEVNULL)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "casualties", *args], capture_output=True, env=env, **kwargs)


def totals_of(data: dict) -> dict[tuple, tuple]:
    """JSON totals as {key values: (low, best, high)}."""
    return {tuple(r[k] for k in data["by"]): (r["low"], r["best"], r["high"]) for r in data["totals"]}


@pytest.fixture
def note(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text(NOTE, encoding="utf-8")
    return f


def test_sample_prints_statements_and_totals(capsys):
    assert main([], stdin=Terminal()) == 0
    out = capsys.readouterr().out
    assert "'At least 14 villagers'" in out and "killed" in out
    assert "-- totals by outcome, party_kind" in out


def test_table_names_each_file_and_its_statements(note, capsys):
    assert main([str(note)]) == 0
    out = capsys.readouterr().out
    assert f"== {note}: 2 statements" in out
    assert "'six farmers'" in out and "source=police" in out and "period=Monday" in out
    assert "killed / civilian" in out and "injured / state_forces" in out


def test_json_loads_back_with_statements_and_totals(note, capsys):
    assert main([str(note), "--format", "json", "--by", "outcome"]) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert [s["text"] for s in doc["statements"]] == ["six farmers", "Two soldiers"]
    assert doc["statements"][0]["high"] == 6
    assert {r["outcome"]: r["best"] for r in data["totals"]} == {"killed": 6, "injured": 2}
    assert data["totals"][0]["sources"] == ["police"]


def test_csv_has_one_row_per_statement(note, capsys):
    assert main([str(note), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["text"], r["best"], r["outcome"]) for r in rows] == [
        ("six farmers", "6", "killed"),
        ("Two soldiers", "2", "injured"),
    ]


def test_standard_input_and_policy(capsys):
    stdin = io.StringIO("Dozens of villagers were killed in the raid.")
    assert main(["-", "--policy", "acled", "--format", "json"], stdin=stdin) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["doc"] == "<stdin>"
    assert data["totals"][0]["best"] == 12


def test_unreadable_files_are_named_on_stderr(tmp_path, note, capsys):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00\x01killed")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owner killed".encode("latin-1"))
    assert main([str(tmp_path / "missing.txt"), str(binary), str(latin), str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err
    assert "image.bin: binary file" in err
    assert "latin.txt: not UTF-8 text" in err
    assert "is a directory" in err
    # one readable file among unreadable ones: the run succeeds, the errors are still told
    assert main([str(tmp_path / "missing.txt"), str(note)]) == 0
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err and "six farmers" in captured.out


def test_usage_errors_exit_2(capsys):
    assert main(["--format", "xml"]) == 2
    assert main(["--by", "colour"]) == 2
    assert "--by" in capsys.readouterr().err


def test_a_text_without_figures_is_read(tmp_path, capsys):
    f = tmp_path / "calm.txt"
    f.write_text("The market reopened on Tuesday.", encoding="utf-8")
    assert main([str(f), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"] == []


@pytest.mark.parametrize(
    ("extra", "killed"),
    [([], (23, 23, None)), (["--include-cumulative"], (23 + 3001, 23 + 3001, None))],
)
def test_report_in_the_repository_statements_and_totals(extra, killed, capsys):
    assert main([str(REPORT), "--format", "json", "--by", "outcome", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert doc["doc"] == str(REPORT)
    got = [
        (" ".join(s["text"].split()), s["low"], s["best"], s["high"], s["outcome"], s["role"], s["cumulative"])
        for s in doc["statements"]
    ]
    assert got == [
        ("At least 23 people", 23, 23, None, "killed", "figure", False),
        ("seven police officers", 7, 7, 7, "killed", "part", False),
        ("41 others", 41, 41, 41, "injured", "figure", False),
        ("Four children", 4, 4, 4, "injured", "part", False),  # "were among the wounded"
        ("about 15 people", 13, 15, 17, "missing", "figure", False),
        ("more than 3,000 people", 3001, 3001, None, "killed", "figure", True),
    ]
    assert "health ministry" in doc["statements"][0]["source"]
    assert doc["statements"][5]["period"] == "since 2019"
    # the part stays inside its total; the war's running toll only with --include-cumulative
    assert totals_of(data) == {("killed",): killed, ("injured",): (41, 41, 41), ("missing",): (13, 15, 17)}


def test_console_entry_points_run():
    out = run_cli("--by", "outcome")  # standard input is /dev/null: nothing piped, the sample
    assert out.returncode == 0
    assert b"== <sample>" in out.stdout and b"villagers" in out.stdout and b"-- totals by outcome" in out.stdout
    bad = run_cli("--nope")
    assert bad.returncode == 2 and b"usage" in bad.stderr


def test_progress_bar_covers_reading_and_extraction(tmp_path, monkeypatch, capsys):
    pytest.importorskip("tqdm")
    events: list[str] = []
    real_extract, real_to_frame = cli.extract, casualties.frame.to_frame

    def extract(text, **kw):
        events.append("extract")
        return real_extract(text, **kw)

    def to_frame(stmts, **kw):
        events.append("frame")
        return real_to_frame(stmts, **kw)

    monkeypatch.setattr(cli, "extract", extract)
    monkeypatch.setattr(casualties.frame, "to_frame", to_frame)
    files = []
    for k in range(5):
        f = tmp_path / f"n{k}.txt"
        f.write_text(f"Gunmen killed {k + 2} farmers.", encoding="utf-8")
        files.append(str(f))
    assert main([*files, "--progress", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "5/5" in captured.err
    assert len(captured.out.strip().splitlines()) == 6
    # every file is read and extracted under the bar; one frame is built for all of them, after
    assert events == ["extract"] * 5 + ["frame"]


def test_broken_pipe_into_head_exits_quietly():
    # about 600 kB of JSON: far more than a pipe holds, so the writer meets the closed pipe
    args = " ".join([f"'{REPORT}'"] * 300)
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; '{sys.executable}' -m casualties --format json {args} | head -1"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout == b"{\n"
    assert b"Traceback" not in proc.stderr and b"BrokenPipeError" not in proc.stderr, proc.stderr
    assert b"Exception ignored" not in proc.stderr
    assert proc.returncode == cli.EXIT_BROKEN_PIPE == 141


def test_broken_pipe_in_process_returns_141(note):
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    assert main([str(note)], stdout=Closed()) == 141


def test_a_text_that_breaks_the_reader_is_named_and_the_others_printed(tmp_path, monkeypatch, capsys):
    real_extract = cli.extract

    def extract(text, **kw):
        if "BOOM" in text:
            raise RuntimeError("reader broke")
        return real_extract(text, **kw)

    monkeypatch.setattr(cli, "extract", extract)
    first, bad, last = tmp_path / "first.txt", tmp_path / "bad.txt", tmp_path / "last.txt"
    first.write_text("Gunmen killed six farmers.", encoding="utf-8")
    bad.write_text("BOOM. Two soldiers were killed.", encoding="utf-8")
    last.write_text("Three traders were wounded.", encoding="utf-8")
    assert main([str(first), str(bad), str(last), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert f"{bad}: figures cannot be read (RuntimeError: reader broke)" in captured.err
    data = json.loads(captured.out)
    assert [d["doc"] for d in data["documents"]] == [str(first), str(last)]
    assert {r["outcome"]: r["best"] for r in data["totals"]} == {"killed": 6, "injured": 3}
    # the only file breaks: nothing was read
    assert main([str(bad)]) == 1
    assert "bad.txt: figures cannot be read" in capsys.readouterr().err


def test_a_figure_beyond_any_population_does_not_lose_the_other_files(tmp_path, note, capsys):
    huge = tmp_path / "huge.txt"
    huge.write_text(HUGE, encoding="utf-8")
    assert main([str(huge), str(note), "--format", "json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    docs = {d["doc"]: d["statements"] for d in data["documents"]}
    # refused by the reader (no statement) or named on stderr, never a figure in the output
    assert docs.get(str(huge), []) == []
    assert str(huge) in docs or f"{huge}: figures cannot be read" in captured.err
    assert [s["text"] for s in docs[str(note)]] == ["six farmers", "Two soldiers"]
    assert "Traceback" not in captured.err


def test_a_repeated_file_is_another_document(tmp_path, note, capsys):
    assert main([str(note), "--format", "json", "--by", "outcome,party_kind"]) == 0
    once = json.loads(capsys.readouterr().out)
    assert main([str(note), str(note), "--format", "json", "--by", "outcome,party_kind"]) == 0
    twice = json.loads(capsys.readouterr().out)
    assert [d["doc"] for d in twice["documents"]] == [str(note), f"{note}#2"]
    one = totals_of(once)
    assert one == {("killed", "civilian"): (6, 6, 6), ("injured", "state_forces"): (2, 2, 2)}
    # two copies add up (disjoint documents), they are not restatements of one figure
    assert totals_of(twice) == {k: tuple(2 * v for v in vals) for k, vals in one.items()}


def test_repeated_names_never_collide(tmp_path, note, capsys):
    named_like_a_repeat = tmp_path / "note.txt#2"
    named_like_a_repeat.write_text("Three traders were wounded.", encoding="utf-8")
    assert main([str(note), str(note), str(named_like_a_repeat), "-", "-", "--format", "json"],
                stdin=io.BytesIO(b"")) == 0  # fmt: skip
    docs = [d["doc"] for d in json.loads(capsys.readouterr().out)["documents"]]
    assert docs == [str(note), f"{note}#2", f"{note}#2#2", "<stdin>", "<stdin>#2"]
    assert len(set(docs)) == len(docs)


def test_help_explains_document_names(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "PATH#2" in out and "141" in out


def test_piped_standard_input_is_read_without_a_file_argument():
    piped = run_cli("--format", "json", input=NOTE.encode("utf-8"))
    assert piped.returncode == 0, piped.stderr
    (doc,) = json.loads(piped.stdout)["documents"]
    assert doc["doc"] == "<stdin>"
    assert [s["text"] for s in doc["statements"]] == ["six farmers", "Two soldiers"]
    latin = run_cli("-", input="Caf\xe9 owner killed".encode("latin-1"))
    assert latin.returncode == 1
    assert b"<stdin>: not UTF-8 text (byte 3" in latin.stderr and b"owner" not in latin.stdout


def test_a_terminal_on_standard_input_reads_the_sample():
    master, slave = os.openpty()
    try:
        out = run_cli("--format", "json", stdin=slave, timeout=60)
    finally:
        os.close(slave)
        os.close(master)
    assert out.returncode == 0, out.stderr
    assert [d["doc"] for d in json.loads(out.stdout)["documents"]] == ["<sample>"]


@pytest.mark.parametrize(
    "stdin",
    [io.BytesIO(NOTE.encode("utf-8")), io.StringIO(NOTE), io.TextIOWrapper(io.BytesIO(NOTE.encode("utf-8")))],
    ids=["bytes", "text", "text-with-buffer"],
)
def test_standard_input_in_process_without_a_file(stdin, capsys):
    assert main(["--format", "json"], stdin=stdin) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert doc["doc"] == "<stdin>" and [s["best"] for s in doc["statements"]] == [6, 2]


def test_standard_input_bytes_are_decoded_like_a_file(capsys):
    # read from .buffer as UTF-8 (the byte-order mark dropped), whatever the text layer's encoding says
    wrapper = io.TextIOWrapper(io.BytesIO("\ufeffSix soldiers were killed in Montréal.".encode()), encoding="latin-1")
    assert main(["-", "--format", "json"], stdin=wrapper) == 0
    (s,) = json.loads(capsys.readouterr().out)["documents"][0]["statements"]
    assert (s["start"], s["text"]) == (0, "Six soldiers")
    assert main(["-"], stdin=io.BytesIO("Caf\xe9 owner killed".encode("latin-1"))) == 1
    assert "<stdin>: not UTF-8 text" in capsys.readouterr().err
    assert main(["-"], stdin=io.BytesIO(b"\x00\x01 killed")) == 1
    assert "<stdin>: binary file" in capsys.readouterr().err


@pytest.mark.parametrize("by", ["location", "location,outcome"])
def test_totals_by_location_keep_outcomes_apart(tmp_path, by, capsys):
    f = tmp_path / "kanda.txt"
    f.write_text("Gunmen killed six farmers in Kanda on Monday. Four traders were wounded in Kanda on Monday.")
    assert main([str(f), "--format", "json", "--by", by]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = ["outcome", "location"] if by == "location" else ["location", "outcome"]
    assert data["by"] == keys
    rows = {(r["outcome"], r["location"]): r["best"] for r in data["totals"]}
    assert rows == {("killed", "Kanda"): 6, ("injured", "Kanda"): 4}  # two rows, never one of 10
    assert main([str(f), "--by", by]) == 0
    out = capsys.readouterr().out
    assert f"-- totals by {', '.join(keys)}" in out
    first, second = ("killed / Kanda", "injured / Kanda") if by == "location" else ("Kanda / killed", "Kanda / injured")
    assert first in out and second in out


def test_sample_flag_reads_the_sample_whatever_stdin_holds(capsys):
    assert main(["--sample"], stdin=io.BytesIO(b"Two soldiers were killed.")) == 0
    out = capsys.readouterr().out
    assert "== <sample>" in out and "<stdin>" not in out


def test_sample_flag_with_files_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Two soldiers were killed.", encoding="utf-8")
    assert main(["--sample", str(path)]) == 2
    assert "--sample" in capsys.readouterr().err
