"""parse(): every row of the README's phrase table, number notations, errors, policies."""

from __future__ import annotations

import pytest

import casualties as cas
from casualties import Count, ParseError, parse

INF = None

# The README's "How phrases read" table (the design's contract): phrase -> (low, high, best) under the interval policy.
DESIGN_TABLE = [
    ("11", 11, 11, 11),
    ("eleven", 11, 11, 11),
    ("a dozen", 12, 12, 12),
    ("at least 11", 11, INF, 11),
    ("no fewer than 11", 11, INF, 11),
    ("11 or more", 11, INF, 11),
    ("a minimum of 11", 11, INF, 11),
    ("more than 11", 12, INF, 12),
    ("over 11", 12, INF, 12),
    ("upwards of 11", 12, INF, 12),
    ("in excess of 11", 12, INF, 12),
    ("up to 23", 0, 23, 23),
    ("as many as 23", 0, 23, 23),
    ("at most 23", 0, 23, 23),
    ("no more than 23", 0, 23, 23),
    ("fewer than 10", 0, 9, 9),
    ("less than 10", 0, 9, 9),
    ("under 10", 0, 9, 9),
    ("between 10 and 20", 10, 20, 10),
    ("10 to 20", 10, 20, 10),
    ("10-20", 10, 20, 10),
    ("10 or 20", 10, 20, 10),
    ("about 100", 90, 110, 100),
    ("around 100", 90, 110, 100),
    ("approximately 100", 90, 110, 100),
    ("some 100", 90, 110, 100),
    ("an estimated 100", 90, 110, 100),
    ("nearly 100", 90, 100, 100),
    ("almost 100", 90, 100, 100),
    ("close to 100", 90, 100, 100),
    ("just under 100", 90, 100, 100),
    ("almost a million", 900_000, 1_000_000, 1_000_000),
    ("dozens", 24, 99, 24),
    ("scores", 40, 99, 40),
    ("hundreds", 200, 999, 200),
    ("thousands", 2_000, 9_999, 2_000),
    ("tens of thousands", 20_000, 99_999, 20_000),
    ("hundreds of thousands", 200_000, 999_999, 200_000),
    ("more than a dozen", 13, INF, 13),
    ("dozens more", 24, 99, 24),
    ("several", 3, 9, 3),
    ("a few", 2, 5, 2),
    ("a couple of", 2, 3, 2),
    ("a handful of", 2, 5, 2),
    ("many", 2, INF, 2),
    ("numerous", 2, INF, 2),
    ("a number of", 2, INF, 2),
    ("a soldier", 1, 1, 1),
    ("one person", 1, 1, 1),
    ("a man", 1, 1, 1),
    ("no one", 0, 0, 0),
    ("nobody", 0, 0, 0),
    ("no casualties", 0, 0, 0),
    ("1.2 million", 1_200_000, 1_200_000, 1_200_000),
    ("3.8m", 3_800_000, 3_800_000, 3_800_000),
    ("half a million", 500_000, 500_000, 500_000),
    ("380 000", 380_000, 380_000, 380_000),
]


@pytest.mark.parametrize(("phrase", "low", "high", "best"), DESIGN_TABLE)
def test_design_table(phrase, low, high, best):
    assert parse(phrase) == Count(low, high, best)


@pytest.mark.parametrize(("phrase", "low", "high", "best"), DESIGN_TABLE)
def test_case_and_surrounding_space_do_not_matter(phrase, low, high, best):
    assert parse(f"  {phrase.upper()}\n") == Count(low, high, best)
    assert parse(phrase.title()) == Count(low, high, best)


# Number notations, as they appear in reports we wrote for the purpose.
NUMBERS = [
    ("4,312", 4312),
    ("4\u202f312", 4312),
    ("4\u00a0312", 4312),
    ("1,250,000", 1_250_000),
    ("2.5bn", 2_500_000_000),
    ("100K", 100_000),
    ("100k", 100_000),
    ("3.8 m", 3_800_000),
    ("1.2 million", 1_200_000),
    ("12 lakh", 1_200_000),
    ("1.000.000", 1_000_000),
    ("seventy-three", 73),
    ("seventy three", 73),
    ("one hundred and four", 104),
    ("one hundred four", 104),
    ("two thousand and nine", 2009),
    ("four million, three hundred thousand", 4_300_000),
    ("nineteen hundred", 1900),
    ("a hundred", 100),
    ("a thousand", 1000),
    ("two dozen", 24),
    ("half a dozen", 6),
    ("two point five million", 2_500_000),
    ("one and a half million", 1_500_000),
    ("2 and a half thousand", 2500),
    ("a million", 1_000_000),
    ("twelve thousand five hundred", 12_500),
    ("6.0", 6),
    ("1e4", 10_000),
    ("zero", 0),
    ("none", 0),
]


@pytest.mark.parametrize(("phrase", "value"), NUMBERS)
def test_number_notations(phrase, value):
    assert parse(phrase) == Count.exactly(value)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between one hundred and two hundred", Count(100, 200)),
        ("between two thousand and three thousand", Count(2000, 3000)),
        ("two or three", Count(2, 3)),
        ("from 40 to 60", Count(40, 60)),
        ("between 1 and 2 million", Count(1_000_000, 2_000_000)),
        ("two to three million", Count(2_000_000, 3_000_000)),
        ("between 20 and 10", Count(10, 20)),
        ("15–20", Count(15, 20)),
        ("more than 10 and fewer than 20", Count(11, 19, 11)),
        ("at least 5 but no more than 9", Count(5, 9, 5)),
        ("20 or fewer", Count(0, 20, 20)),
        ("less than or equal to 40", Count(0, 40, 40)),
        ("fewer than 40 or equal", Count(0, 40, 40)),
        ("300 or so", Count(270, 330, 300)),
        ("about a dozen", Count(10, 14, 12)),
        ("several hundred", Count(300, 900, 300)),
        ("a few thousand", Count(2000, 5000, 2000)),
        ("more than 470", Count(471, None, 471)),
        ("10,000-plus", Count(10_000, None)),
        ("no-one", Count(0)),
        ("another 12", Count(12)),
        ("between 90 and 110, best estimate 100", Count(90, 110, 100)),
    ],
)
def test_ranges_bounds_and_combinations(phrase, expected):
    assert parse(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("the village was shelled", "no number"),
        ("21 rebels and 11 soldiers", "2 separate figures"),
        ("-4", "negative"),
        ("minus four", "negative"),
        ("2.5", "whole number"),
        ("the 10th", "ordinal"),
        ("9" * 200, "too long"),
    ],
)
def test_parse_errors_carry_text_and_reason(phrase, reason):
    with pytest.raises(ParseError) as info:
        parse(phrase)
    assert info.value.text == phrase
    assert reason in info.value.reason
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [None, 11, b"eleven", ["11"]])
def test_parse_refuses_non_strings(bad):
    with pytest.raises(TypeError, match="phrase must be a str"):
        parse(bad)


def test_unknown_policy_is_named():
    with pytest.raises(ValueError, match="'ucdp'"):
        parse("11", policy="ucdp")
    with pytest.raises(TypeError, match="policy"):
        parse("11", policy=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "figure"),
    [
        ("tens", 10),
        ("dozens", 12),
        ("hundreds", 100),
        ("tens of thousands", 10_000),
        ("at least 11", 11),
        ("between 10 and 20", 10),
        ("up to 23", 23),
        ("about 100", 100),
        ("several", 10),
        ("7", 7),
        ("more than 20", 20),
    ],
)
def test_acled_policy_gives_one_conservative_figure(phrase, figure):
    assert parse(phrase, policy="acled") == Count.exactly(figure)
    assert parse(phrase, policy=cas.ACLED) == Count.exactly(figure)


def test_a_derived_policy_changes_readings_without_code():
    wide = cas.INTERVAL.derive(
        name="wide",
        approx_tolerance=0.2,
        near_tolerance="0.05",
        vague={"dozens": (24, 48, 30), "a great many": (50, None, 50)},
    )
    assert parse("about 100", policy=wide) == Count(80, 120, 100)
    assert parse("nearly 100", policy=wide) == Count(95, 100, 100)
    assert parse("dozens", policy=wide) == Count(24, 48, 30)
    assert parse("a great many", policy=wide) == Count(50, None, 50)
    assert parse("several", policy=wide) == parse("several")  # the rest is inherited
    assert parse("dozens") == Count(24, 99, 24)  # the original is untouched


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"approx_tolerance": 1.5}, ValueError),
        ({"approx_tolerance": "wide"}, TypeError),
        ({"up_to_floor": -1}, TypeError),
        ({"vague": {"dozens": (50, 10, 20)}}, ValueError),
        ({"name": ""}, TypeError),
    ],
)
def test_bad_policy_data_is_refused(change, error):
    with pytest.raises(error):
        cas.INTERVAL.derive(**change)


# -- figures beyond any population (MAX_PEOPLE = 10**10) --------------------------------
@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("10,000,000,000", 10**10),
        ("ten billion", 10**10),
        ("1e10", 10**10),
        ("10^6", 10**6),
        ("9.9 billion", 9_900_000_000),
    ],
)
def test_figures_up_to_the_population_limit_are_read(phrase, value):
    assert cas.MAX_PEOPLE == 10**10
    assert parse(phrase) == Count.exactly(value)


@pytest.mark.parametrize(
    "phrase",
    [
        "10,000,000,001",
        "eleven billion",
        "1e20",
        "1e308",
        "10^999",
        "10,000,000,000,000,000,000 people",
        "about 10 billion",  # its high bound, 11 billion, is beyond the limit
        "up to 20 billion",
        "more than 10 billion",
        "tens of billions",
        "more than 10 and fewer than 20 billion",
        "seven quadrillion",
    ],
)
def test_figures_beyond_any_population_are_refused(phrase):
    with pytest.raises(ParseError) as info:
        parse(phrase)
    assert "more than any population (limit 10,000,000,000)" in info.value.reason


@pytest.mark.parametrize(
    ("phrase", "figure"),
    [
        ("eleven billion", None),
        ("1e20", None),
        ("up to 20 billion", None),
        # the limit holds the figure the policy records: ACLED's one conservative figure
        ("about 10 billion", 10**10),
        ("more than 10 billion", 10**10),
        ("tens of billions", 10**10),
    ],
)
def test_the_population_limit_under_acled(phrase, figure):
    if figure is None:
        with pytest.raises(ParseError, match="more than any population"):
            parse(phrase, policy="acled")
    else:
        assert parse(phrase, policy="acled") == Count.exactly(figure)


@pytest.mark.parametrize(
    "text",
    [
        "10,000,000,000,000,000,000 people were killed.",
        "Eleven billion people were killed, the hoax claimed.",
        "A post said 1e20 people died.",
        "Up to 10^999 civilians were wounded.",
    ],
)
def test_extract_makes_no_statement_beyond_any_population(text):
    assert cas.extract(text) == []
    assert cas.find_figures(text) == []


def test_a_figure_beyond_the_limit_leaves_the_others_alone():
    figures = cas.find_figures("1e20 people and then 12 more")
    assert [f.count for f in figures] == [Count(12)]


# -- corners: decades, vulgar fractions, ranges written high to low ---------------------
@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("1990s", "decade"),
        ("the 1990s", "decade"),
        ("the 1990's", "decade"),
        ("the '90s", "decade"),
        ("in their 50s", "decade"),
        ("1½", "whole number"),
        ("½", "whole number"),
        ("2¾", "whole number"),
        ("3 ⅓", "whole number"),
        # An end in fewer digits after three digits or more is elided: a span of years.
        ("2010-11", "2 separate figures"),
        ("1990-91", "2 separate figures"),
        # A range written high to low that ends at zero is a score.
        ("3-0", "2 separate figures"),
        ("nine to zero", "2 separate figures"),
    ],
)
def test_corners_are_refused_with_their_reason(phrase, reason):
    with pytest.raises(ParseError) as info:
        parse(phrase)
    assert reason in info.value.reason


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("1½ million", Count(1_500_000)),
        ("½ million", Count(500_000)),
        ("2¾ thousand", Count(2_750)),
        # The rule: a range reads from its lower end to its higher end, whichever order
        # it is written in, with every joiner, and its best is the lower end.
        ("between 20 and 10", Count(10, 20, 10)),
        ("from 20 to 10", Count(10, 20, 10)),
        ("20 to 10", Count(10, 20, 10)),
        ("20-10", Count(10, 20, 10)),
        ("20–10", Count(10, 20, 10)),
        ("20 or 10", Count(10, 20, 10)),
        ("twenty to ten", Count(10, 20, 10)),
        ("300 to 250", Count(250, 300, 250)),
        ("10 to 20", Count(10, 20, 10)),
    ],
)
def test_corners_that_read(phrase, expected):
    assert parse(phrase) == expected


def test_a_decade_is_no_figure_but_the_count_after_it_is():
    text = "In the 1990s, 300 people died."
    assert [f.count for f in cas.find_figures(text)] == [Count(300)]
    assert [(s.text, s.count) for s in cas.extract(text)] == [("300 people", Count(300))]
    assert parse("in the 1990s, 300 people died") == Count(300)
