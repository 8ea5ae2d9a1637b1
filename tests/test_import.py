"""`import casualties` stays cheap: no quantulum3, no pandas on the common path."""

from __future__ import annotations


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


def test_import_loads_neither_quantulum3_nor_pandas(modules_after):
    loaded = modules_after("import casualties")
    assert "quantulum3" not in loaded
    assert "pandas" not in loaded
    assert "hypothesis" not in loaded


def test_reading_the_design_table_does_not_load_quantulum3(modules_after):
    code = "import casualties\n" + "".join(f"casualties.parse({p!r})\n" for p in PHRASES)
    assert "quantulum3" not in modules_after(code)
