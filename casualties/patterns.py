"""Every regular expression casualties uses, compiled in one place.

They are deliberately simple (no nested quantifiers), so matching is linear in the
length of the text whatever it holds.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["SPACE_GROUP_SEPARATORS", "TOKEN"]

# One token: a run of digits, a run of letters, or any other single visible character.
TOKEN: Final = re.compile(r"(\d+)|([^\W\d_]+)|(\S)")

# Characters that may separate digit groups of three ("380 000", "40\u202f000").
SPACE_GROUP_SEPARATORS: Final = frozenset(" \u00a0\u2009\u202f")
