"""casualties: casualty figures in news text, read as integer intervals.

>>> import casualties as cas
>>> cas.parse("at least 11")
Count(low=11, high=None, best=11)
>>> cas.parse("between ten and twenty") | cas.parse("up to 23")
Count(low=0, high=23, best=10)
"""

from __future__ import annotations

import sys as _sys
from typing import TYPE_CHECKING, Any

from .count import MAX_PEOPLE, Count
from .errors import CasualtiesError, InvalidCountError, ParseError
from .policy import ACLED, INTERVAL, Policy, get_policy
from .quantifiers import Figure, find_figures, parse
from .statements import Outcome, PartyKind, Role, Statement
from .extract import extract
from .segment import sentences

if TYPE_CHECKING:
    from . import plot
    from .reconcile import aggregate, totals
    from .frame import extract_frame, from_frame, to_frame

_LAZY = {
    "totals": "reconcile",
    "aggregate": "reconcile",
    "to_frame": "frame",
    "from_frame": "frame",
    "extract_frame": "frame",
}


def __getattr__(name: str) -> Any:
    # the pandas layer loads on first use, so that `import casualties` stays cheap
    if name in _LAZY:
        from importlib import import_module

        from . import accessor  # noqa: F401  (registers df.casualties)

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    if name == "plot":
        from importlib import import_module

        return import_module(".plot", __name__)
    raise AttributeError(f"module 'casualties' has no attribute {name!r}")


if "pandas" in _sys.modules:  # pandas is loaded already: df.casualties costs nothing more
    from . import accessor as _accessor  # noqa: F401

__all__ = [
    "ACLED",
    "INTERVAL",
    "MAX_PEOPLE",
    "CasualtiesError",
    "Count",
    "Figure",
    "InvalidCountError",
    "Outcome",
    "ParseError",
    "PartyKind",
    "Policy",
    "Role",
    "Statement",
    "aggregate",
    "extract",
    "extract_frame",
    "find_figures",
    "from_frame",
    "get_policy",
    "parse",
    "plot",
    "sentences",
    "to_frame",
    "totals",
]

__version__ = "0.1.0"
