"""The command line reads files or the embedded sample."""

from __future__ import annotations

import subprocess
import sys

from casualties.__main__ import main


def test_sample_prints_statements_and_totals(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "'At least 14 villagers'" in out and "killed" in out
    assert "-- totals" in out


def test_files_and_missing_files(tmp_path, capsys):
    f = tmp_path / "note.txt"
    f.write_text("Gunmen killed six farmers in Kanda on Monday, police said.", encoding="utf-8")
    assert main([str(f)]) == 0
    assert "'six farmers'" in capsys.readouterr().out
    assert main([str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_module_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "casualties"], capture_output=True, text=True, check=True)
    assert "villagers" in out.stdout
