"""A short news-style report, written for this project, that the command line reads
when it is given no file."""

from __future__ import annotations

from typing import Final

SAMPLE_TEXT: Final = """\
KANDAL, March 3: At least 14 villagers were killed and up to 30 others wounded when
gunmen attacked a market on Sunday, a provincial official said.

The official said between 8 and 10 of the wounded were children, and that dozens of
families had fled to the district town. A police spokesman put the number of missing
at about 200, though he said nearly two hundred had since been found.

No one was arrested. Local monitors say the violence has displaced more than 12,000
people since January and killed several hundred in the province this year.
"""
