"""StrEnum members that carry their Swedish label: ``DONE = "done", "Klar"``."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members are declared as ``value, label``; ``member.label`` is the label
    shown to the user, the value is what is stored and exported."""

    _label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        return self._label
