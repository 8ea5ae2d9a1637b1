"""Exceptions raised by casualties."""

from __future__ import annotations

__all__ = ["CasualtiesError", "InvalidCountError", "ParseError"]


class CasualtiesError(Exception):
    """Base class of every error casualties raises on purpose."""


class InvalidCountError(CasualtiesError, ValueError):
    """A :class:`~casualties.Count` was built from bounds that do not form an interval."""


class ParseError(CasualtiesError, ValueError):
    """A phrase holds no figure that casualties can read.

    Attributes
    ----------
    text : str
        The phrase that was given.
    reason : str
        Why it could not be read.
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"cannot read a figure in {shown!r}: {reason}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:
        return (type(self), (self.text, self.reason))
