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

from casualties.__main__ import main

SEED = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "seed_article.txt"
NOTE = "Gunmen killed six farmers in Kanda on Monday, police said. Two soldiers were wounded."


@pytest.fixture
def note(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text(NOTE, encoding="utf-8")
    return f


def test_sample_prints_statements_and_totals(capsys):
    assert main([]) == 0
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


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives outside the project")
def test_seed_article_statements_and_totals(capsys):
    assert main([str(SEED), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    killed = {(r["outcome"], r["party_kind"]): r for r in data["totals"]}
    assert killed[("killed", "civilian")]["low"] == 11


def test_console_entry_points_run():
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run(
        [sys.executable, "-m", "casualties", "--by", "outcome"], capture_output=True, text=True, check=True, env=env
    )
    assert "villagers" in out.stdout and "-- totals by outcome" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "casualties", "--nope"], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and "usage" in bad.stderr


def test_progress_bar_over_many_files(tmp_path, capsys):
    pytest.importorskip("tqdm")
    files = []
    for k in range(3):
        f = tmp_path / f"n{k}.txt"
        f.write_text(f"Gunmen killed {k + 2} farmers.", encoding="utf-8")
        files.append(str(f))
    assert main([*files, "--progress", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "3/3" in captured.err
    assert len(captured.out.strip().splitlines()) == 4
