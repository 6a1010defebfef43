"""The storage layer's notion of 'now', in one place so timestamps share one format."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_timestamp() -> str:
    """UTC, ISO 8601 with seconds ('2026-03-01T09:15:00+00:00'): sortable as text."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
