"""Swedish ordering and forgiving name comparison for organisation names.

Swedish sorts å, ä, ö after z (and treats other accents as the base letter), which Python's
default ordering does not; and a user typing 'demokopings kommun' means 'Demoköpings kommun'.
"""

from __future__ import annotations

import unicodedata

_SWEDISH_TAIL = {"å": "{0", "ä": "{1", "æ": "{1", "ö": "{2", "ø": "{2"}  # '{' sorts after 'z'


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def swedish_sort_key(text: str) -> tuple[str, str]:
    """Sort key for Swedish alphabetical order: ..., y, z, å, ä, ö; case-insensitive."""
    folded = text.casefold()
    primary = "".join(_SWEDISH_TAIL.get(ch) or _strip_accents(ch) for ch in folded)
    return primary, text


def fold_name(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form used to compare names a user typed."""
    folded = _strip_accents(text.casefold()).replace("æ", "a").replace("ø", "o")
    return " ".join(folded.split())
