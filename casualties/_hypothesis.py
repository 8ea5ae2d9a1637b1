"""Hypothesis' entry point: ``st.from_type(Count)`` and ``st.from_type(Statement)`` draw
from :mod:`casualties.strategies`.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (the
``hypothesis`` entry point in setup.cfg); the strategies module loads only when a value
is first drawn.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from .count import Count
    from .statements import Statement

    def counts() -> st.SearchStrategy[Count]:
        from .strategies import counts

        return counts()

    def statements() -> st.SearchStrategy[Statement]:
        from .strategies import statements

        return statements()

    st.register_type_strategy(Count, st.deferred(counts))
    st.register_type_strategy(Statement, st.deferred(statements))
