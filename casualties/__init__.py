"""casualties: casualty figures in news text, read as integer intervals.

>>> import casualties as cas
>>> cas.parse("at least 11")
Count(low=11, high=None, best=11)
>>> cas.parse("between ten and twenty") | cas.parse("up to 23")
Count(low=0, high=23, best=10)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .count import Count
from .errors import CasualtiesError, InvalidCountError, ParseError
from .policy import ACLED, INTERVAL, Policy, get_policy
from .quantifiers import Figure, find_figures, parse
from .statements import Outcome, PartyKind, Role, Statement
from .extract import extract, sentences

if TYPE_CHECKING:
    from .aggregate import totals


def __getattr__(name: str) -> Any:
    # the pandas layer loads on first use, so that `import casualties` stays cheap
    if name == "totals":
        from .aggregate import totals

        return totals
    raise AttributeError(f"module 'casualties' has no attribute {name!r}")

__all__ = [
    "ACLED",
    "INTERVAL",
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
    "extract",
    "find_figures",
    "get_policy",
    "parse",
    "sentences",
    "totals",
]

__version__ = "0.1.0.dev0"
