"""casualties: casualty figures in news text, read as integer intervals.

>>> import casualties as cas
>>> cas.parse("at least 11")
Count(low=11, high=None, best=11)
>>> cas.parse("between ten and twenty") | cas.parse("up to 23")
Count(low=0, high=23, best=10)
"""

from __future__ import annotations

from .count import Count
from .errors import CasualtiesError, InvalidCountError, ParseError
from .policy import ACLED, INTERVAL, Policy, get_policy
from .quantifiers import Figure, find_figures, parse

__all__ = [
    "ACLED",
    "INTERVAL",
    "CasualtiesError",
    "Count",
    "Figure",
    "InvalidCountError",
    "ParseError",
    "Policy",
    "find_figures",
    "get_policy",
    "parse",
]

__version__ = "0.1.0.dev0"
