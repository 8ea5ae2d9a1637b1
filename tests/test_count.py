"""Count: construction, validation, algebra and canonical English."""

from __future__ import annotations

import copy
import pickle

import pytest

from casualties import Count, InvalidCountError


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((11,), {}, (11, 11, 11)),
        ((11, None), {}, (11, None, 11)),
        ((10, 20), {}, (10, 20, 10)),
        ((0, 23), {"best": 23}, (0, 23, 23)),
        ((0, 0), {}, (0, 0, 0)),
    ],
)
def test_construction_and_defaults(args, kwargs, expected):
    c = Count(*args, **kwargs)
    assert (c.low, c.high, c.best) == expected


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "needle"),
    [
        ((1.5,), {}, TypeError, "low"),
        (("11",), {}, TypeError, "low"),
        ((True,), {}, TypeError, "bool"),
        ((1, 2.0), {}, TypeError, "high"),
        ((1, 5), {"best": "3"}, TypeError, "best"),
        ((-1,), {}, InvalidCountError, "low must be >= 0"),
        ((5, 4), {}, InvalidCountError, "high must be >= low"),
        ((5, 10), {"best": 11}, InvalidCountError, "best"),
        ((5, None), {"best": 4}, InvalidCountError, "best"),
    ],
)
def test_invalid_bounds_name_the_argument(args, kwargs, error, needle):
    with pytest.raises(error, match=needle):
        Count(*args, **kwargs)


def test_invalid_count_error_is_a_value_error():
    assert issubclass(InvalidCountError, ValueError)


def test_numpy_integers_are_accepted():
    np = pytest.importorskip("numpy")
    c = Count(np.int64(3), np.int32(5))
    assert (c.low, c.high) == (3, 5) and type(c.low) is int
    with pytest.raises(TypeError):
        Count(np.bool_(True))


def test_constructors():
    assert Count.exactly(4) == Count(4, 4, 4)
    assert Count.at_least(11) == Count(11, None, 11)
    assert Count.at_most(23) == Count(0, 23, 23)
    assert Count.between(10, 20) == Count(10, 20, 10)
    assert Count.between(10, 20, best=15).best == 15


def test_frozen_slotted_hashable():
    c = Count(3, 5)
    with pytest.raises(AttributeError):
        c.low = 4  # type: ignore[misc]
    assert not hasattr(c, "__dict__")
    assert len({Count(3, 5), Count(3, 5), Count(3, 6)}) == 2


def test_zero_is_truthy_and_there_is_no_length_or_order():
    assert bool(Count(0, 0))
    with pytest.raises(TypeError):
        len(Count(1, 2))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _ = Count(1) < Count(2)  # type: ignore[operator]


def test_pickle_and_copy_round_trip():
    for c in (Count(3), Count(11, None), Count(0, 23, 23)):
        assert pickle.loads(pickle.dumps(c)) == c
        assert copy.deepcopy(c) == c


@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        (Count(9), Count(2), Count(11)),
        (Count(11, None), Count(3), Count(14, None, 14)),
        (Count(10, 20), Count(0, 5, 5), Count(10, 25, 15)),
    ],
)
def test_sum_of_disjoint_counts(a, b, total):
    assert a + b == total
    assert sum([a, b]) == total


def test_sum_of_nothing_is_not_a_count():
    assert sum([]) == 0
    with pytest.raises(TypeError):
        Count(1) + 1  # type: ignore[operator]


@pytest.mark.parametrize(
    ("a", "b", "both"),
    [
        (Count(11, None), Count(0, 23, 23), Count(11, 23, 11)),
        (Count(90, 110, 100), Count(95), Count(95)),
        (Count(10, 20), Count(30, 40), None),
        (Count(5, None), Count(7, None), Count(7, None)),
    ],
)
def test_consensus(a, b, both):
    assert (a & b) == both
    assert (b & a) == both


def test_hull():
    assert Count(10, 20) | Count(30, 40) == Count(10, 40, 10)
    assert Count(3) | Count(5, None) == Count(3, None, 3)


def test_membership():
    c = Count(10, 20)
    assert 10 in c and 20 in c and 15 in c
    assert 9 not in c and 21 not in c
    assert 10**9 in Count(0, None)
    assert "10" not in c and 10.5 not in c and True not in c


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (Count(11), "11"),
        (Count(11, None), "at least 11"),
        (Count(380_001, None), "at least 380,001"),
        (Count(0, 23, 23), "up to 23"),
        (Count(10, 20), "between 10 and 20"),
        (Count(90, 110, 100), "between 90 and 110, best estimate 100"),
        (Count(0, 23, 5), "up to 23, best estimate 5"),
        (Count(0, None), "at least 0"),
    ],
)
def test_canonical_english(count, text):
    assert str(count) == text


def test_predicates():
    assert Count(3).is_exact and Count(3).is_bounded
    assert not Count(3, None).is_bounded and not Count(3, None).is_exact
    assert not Count(3, 4).is_exact
