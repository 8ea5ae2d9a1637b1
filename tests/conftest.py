"""Shared test helpers."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


@pytest.fixture
def modules_after() -> Callable[[str], set[str]]:
    return _modules_after
