"""Sentence splitting: closing quotes and brackets, abbreviations, decimals, line breaks."""

from __future__ import annotations

import pytest

from casualties import sentences

SPLITS = [
    # a closing quote or bracket after the full stop belongs to the sentence it closes
    (
        'The mayor said: "Nine people died." Police arrived later.',
        ['The mayor said: "Nine people died."', "Police arrived later."],
    ),
    ("(Two guards were hurt.) The gate was shut.", ["(Two guards were hurt.)", "The gate was shut."]),
    ("She wrote “Four are missing.” The search goes on.", ["She wrote “Four are missing.”", "The search goes on."]),
    # what does not end a sentence
    (
        "Dr. Amin treated 3.5 percent of them in the U.S. Army clinic.",
        ["Dr. Amin treated 3.5 percent of them in the U.S. Army clinic."],
    ),
    ("Capt. J. Osei said 12 died.", ["Capt. J. Osei said 12 died."]),
    # a short line of wrapped prose that ends with a preposition goes on; a headline ends
    (
        "Troops killed at least six marchers on\nSunday, four of them in Lorvan.",
        ["Troops killed at least six marchers on\nSunday, four of them in Lorvan."],
    ),
    (
        "Flood kills nine in Lorvan\nNine people died on Sunday.",
        ["Flood kills nine in Lorvan", "Nine people died on Sunday."],
    ),
    # question and exclamation marks do
    ("Who fired? Nobody knows! Six were hurt.", ["Who fired?", "Nobody knows!", "Six were hurt."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected
