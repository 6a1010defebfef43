"""A guard that makes any attempt to reach the network fail loudly (shared with tests/ui)."""

from __future__ import annotations

import socket

import pytest


class NetworkAttempt(AssertionError):
    """Lägesbild tried to open a network connection or resolve a host name."""


def forbid_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Patch every way out; returns the list the attempts are recorded in (for the message)."""
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise NetworkAttempt(f"Lägesbild försökte använda nätverket: {what} {args!r}")

        return blocked

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts
