"""Organisations table <-> ``app.domain.model.Organisation``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.model import Organisation
from app.storage.clock import utc_timestamp
from app.storage.errors import StoreError

if TYPE_CHECKING:
    from app.storage.store import Store


class OrganisationRepository:
    """Reads and writes organisations; rules (names, groups) are checked by the services."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[Organisation]:
        """Every organisation in the store, in creation order."""
        return [
            _from_row(row)
            for row in self._store.db.query("SELECT * FROM organisations ORDER BY id")
        ]

    def get(self, organisation_id: int) -> Organisation | None:
        rows = list(
            self._store.db.query("SELECT * FROM organisations WHERE id = ?", [organisation_id])
        )
        return _from_row(rows[0]) if rows else None

    def add(self, organisation: Organisation) -> Organisation:
        """Insert a new organisation and return it with its id."""
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO organisations (name, municipality_group, municipality, note, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    organisation.name,
                    organisation.group,
                    organisation.municipality,
                    organisation.note,
                    utc_timestamp(),
                ],
            )
            new_id = cursor.lastrowid
        stored = self.get(int(new_id or 0))
        if stored is None:
            raise StoreError(f"Organisationen {organisation.name} kunde inte läsas tillbaka.")
        return stored


def _from_row(row: dict[str, Any]) -> Organisation:
    return Organisation(
        name=row["name"],
        group=row["municipality_group"],
        municipality=row["municipality"],
        id=row["id"],
        note=row["note"],
    )
