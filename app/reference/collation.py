"""Swedish ordering and accent-insensitive matching of names.

Python's default ordering puts å, ä, ö after z only by accident of code points
(and puts upper case first); Swedish users expect a–z, then å, ä, ö, case
ignored. Matching needs the opposite: ignore diacritics so that 'Orebro'
finds Örebro.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letters Swedish collation files with another letter.
_EQUIVALENT = {"æ": "ä", "ø": "ö", "ü": "y"}
_SEPARATOR = 0
_DIGIT_BASE = 1
_LETTER_BASE = 20


def _primary(ch: str) -> int | None:
    ch = _EQUIVALENT.get(ch, ch)
    if ch in _RANK:
        return _LETTER_BASE + _RANK[ch]
    if ch in "0123456789":
        return _DIGIT_BASE + int(ch)
    base = unicodedata.normalize("NFD", ch)[0]
    if base in _RANK:  # é → e, á → a …
        return _LETTER_BASE + _RANK[base]
    if ch.isspace() or ch in "-–":
        return _SEPARATOR
    return None  # other punctuation is ignored


def swedish_sort_key(text: str) -> tuple[tuple[int, ...], str, str]:
    """Sort key: a–z, then å, ä, ö; case and accents (é) only break ties."""
    folded = text.casefold()
    primary = tuple(p for p in (_primary(ch) for ch in folded) if p is not None)
    return primary, folded, text


def fold(text: str) -> str:
    """Lower-case letters and digits only, diacritics removed ('Upplands-Bro' → 'upplandsbro')."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("ø", "o").replace("æ", "ae"))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def words(text: str) -> tuple[str, ...]:
    """Folded words of a name ('Malung-Sälen' → ('malung', 'salen'))."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text)
    return tuple(w for w in (fold(part) for part in cleaned.split()) if w)


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insert, delete, substitute, swap neighbours = 1."""
    if a == b:
        return 0
    rows = len(a) + 1
    cols = len(b) + 1
    d = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]
