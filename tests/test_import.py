"""`import casualties` stays cheap: no quantulum3, no pandas on the common path."""

from __future__ import annotations

import subprocess
import sys

PHRASES = [
    "at least 11",
    "more than 380,000",
    "up to 23",
    "between ten and twenty",
    "dozens",
    "almost a million",
    "3.8m",
    "half a million",
    "no one",
    "a soldier",
]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_import_loads_neither_quantulum3_nor_pandas():
    loaded = _modules_after("import casualties")
    assert "quantulum3" not in loaded
    assert "pandas" not in loaded
    assert "hypothesis" not in loaded


def test_reading_the_design_table_does_not_load_quantulum3():
    code = "import casualties\n" + "".join(f"casualties.parse({p!r})\n" for p in PHRASES)
    assert "quantulum3" not in _modules_after(code)
