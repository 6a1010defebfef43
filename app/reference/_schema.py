"""Typed access to parsed JSON with Swedish, location-aware error messages.

Only used by the reference parsers; it exists so every file is validated the
same way and every message says which file and which field is wrong.
"""

from __future__ import annotations

import re
from typing import Any

from app.reference.errors import ReferenceDataError

_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")


def _kind(value: Any) -> str:
    if value is None:
        return "tomt (null)"
    if isinstance(value, bool):
        return "sant/falskt"
    if isinstance(value, int):
        return "ett heltal"
    if isinstance(value, float):
        return "ett decimaltal"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "en lista"
    if isinstance(value, dict):
        return "ett objekt"
    return type(value).__name__


def format_number(value: float) -> str:
    """Swedish decimal comma, as in the SKR report."""
    return f"{value:g}".replace(".", ",")


class Node:
    """A JSON value together with the file name and the path leading to it."""

    def __init__(self, value: Any, file: str, path: str = "") -> None:
        self.value = value
        self.file = file
        self.path = path

    # -- errors -------------------------------------------------------------
    def error(self, message: str) -> ReferenceDataError:
        """An error prefixed with the file name."""
        return ReferenceDataError(f"{self.file}: {message}")

    def _where(self) -> str:
        return f"fältet ”{self.path}”" if self.path else "filens översta nivå"

    def _wrong_type(self, expected: str) -> ReferenceDataError:
        return self.error(f"{self._where()} ska vara {expected}, men är {_kind(self.value)}.")

    # -- navigation ---------------------------------------------------------
    def _child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        """True if the object has the key with a non-null value."""
        return self.as_dict().get(key) is not None

    def field(self, key: str) -> Node:
        """A required member of an object."""
        obj = self.as_dict()
        if key not in obj or obj[key] is None:
            raise self.error(f"fältet ”{self._child_path(key)}” saknas.")
        return Node(obj[key], self.file, self._child_path(key))

    def optional(self, key: str) -> Node | None:
        """An optional member; None if absent or null."""
        obj = self.as_dict()
        if obj.get(key) is None:
            return None
        return Node(obj[key], self.file, self._child_path(key))

    def items(self) -> list[tuple[str, Node]]:
        """Members of an object, in file order."""
        return [(k, Node(v, self.file, self._child_path(k))) for k, v in self.as_dict().items()]

    # -- conversions --------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self._wrong_type("ett objekt")
        return self.value

    def as_list(self, *, non_empty: bool = False) -> list[Node]:
        if not isinstance(self.value, list):
            raise self._wrong_type("en lista")
        if non_empty and not self.value:
            raise self.error(f"{self._where()} får inte vara tom.")
        return [Node(v, self.file, self._child_path(i)) for i, v in enumerate(self.value)]

    def as_str(self, *, max_length: int | None = None) -> str:
        if not isinstance(self.value, str):
            raise self._wrong_type("text")
        text = self.value.strip()
        if not text:
            raise self.error(f"{self._where()} får inte vara tomt.")
        if max_length is not None and len(text) > max_length:
            raise self.error(
                f"{self._where()} får vara högst {max_length} tecken, men ”{text}” har {len(text)}."
            )
        return text

    def as_key(self) -> str:
        """A machine key: lower-case ASCII letters, digits, '_', '.', '-'."""
        text = self.as_str()
        if not _KEY_RE.match(text):
            raise self.error(
                f"{self._where()} har nyckeln ”{text}”; en nyckel får bara innehålla "
                "små bokstäver a–z, siffror, understreck, punkt och bindestreck."
            )
        return text

    def as_bool(self) -> bool:
        if not isinstance(self.value, bool):
            raise self._wrong_type("sant eller falskt (true/false)")
        return self.value

    def as_int(self, *, minimum: int | None = None, maximum: int | None = None) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self._wrong_type("ett heltal")
        self._check_range(self.value, minimum, maximum)
        return self.value

    def as_number(self, *, minimum: float | None = None, maximum: float | None = None) -> float:
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise self._wrong_type("ett tal")
        self._check_range(self.value, minimum, maximum)
        return float(self.value)

    def as_str_list(self, *, non_empty: bool = False) -> tuple[str, ...]:
        return tuple(item.as_str() for item in self.as_list(non_empty=non_empty))

    def _check_range(self, value: float, minimum: float | None, maximum: float | None) -> None:
        too_low = minimum is not None and value < minimum
        too_high = maximum is not None and value > maximum
        if too_low or too_high:
            if minimum is not None and maximum is not None:
                bounds = f"mellan {format_number(minimum)} och {format_number(maximum)}"
            elif minimum is not None:
                bounds = f"minst {format_number(minimum)}"
            else:
                bounds = f"högst {format_number(maximum)}"  # type: ignore[arg-type]
            raise self.error(f"{self._where()} är {format_number(value)} men ska vara {bounds}.")


def check_header(
    root: Node, expected_format: str, supported_versions: tuple[int, ...] = (1,)
) -> None:
    """Reject files of another kind or a newer format version than this code understands."""
    root.as_dict()
    fmt = root.field("format").as_str()
    if fmt != expected_format:
        raise root.error(
            f"filen har formatet ”{fmt}”, men ”{expected_format}” förväntades. "
            "Kontrollera att rätt fil har valts."
        )
    version = root.field("format_version").as_int()
    if version not in supported_versions:
        supported = ", ".join(str(v) for v in supported_versions)
        raise root.error(
            f"formatversion {version} stöds inte av den här versionen av Lägesbild "
            f"(stöds: {supported})."
        )
    root.field("source").as_str()
    notes = root.field("notes")
    notes.as_str_list()
