"""Errors that carry a message meant for the user (Swedish) and for the CLI's stderr."""

from __future__ import annotations


class LagesbildError(Exception):
    """Base for every error that should reach the user as a clear Swedish message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(LagesbildError):
    """Input that breaks a domain rule; ``problems`` lists every broken rule, in Swedish."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class NotFoundError(LagesbildError):
    """A named organisation, assessment or record does not exist."""


class ReadOnlyError(LagesbildError):
    """A write to a finalised (fastställd) record, or to a store opened read-only."""
