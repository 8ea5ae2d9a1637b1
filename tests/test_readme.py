"""The README's examples that are not doctests run as tests, so they cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def _block_after(marker: str) -> str:
    """The fenced code block that follows ``<!-- marker -->`` in the README."""
    found = re.search(rf"<!-- {re.escape(marker)} -->\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert found, f"README.md has no python block after <!-- {marker} -->"
    return found.group(1)


def test_the_property_test_example_runs_and_holds():
    namespace: dict[str, object] = {}
    exec(compile(_block_after("readme:property"), "<README.md: property example>", "exec"), namespace)
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    assert len(tests) == 1
    tests[0]()


def test_install_instructions_name_the_checkout_not_the_package_index():
    """``casualties`` is not a name on the package index: every hint installs from the checkout."""
    root = README.parent
    texts = [README, root / "notebooks" / "README.md", *sorted((root / "casualties").rglob("*.py"))]
    for path in texts:
        assert 'install "casualties[' not in path.read_text(encoding="utf-8"), path


def test_the_package_cites_no_file_it_does_not_ship():
    root = README.parent
    for path in [*sorted((root / "casualties").rglob("*.py")), *sorted((root / "tests").glob("*.py"))]:
        if path.name != "test_readme.py":
            assert "DESIGN.md" not in path.read_text(encoding="utf-8"), path
