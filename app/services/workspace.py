"""The use cases the GUI and the CLI share: one open store plus the reference data.

Rules live in app.domain, SQL in app.storage; a Workspace composes them, checks input and turns
every problem into a Swedish ``LagesbildError`` (ValidationError, NotFoundError, ReadOnlyError,
StoreError) that either front end can show as it is. Use a Workspace from one thread at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from app.domain.comparison import Comparison, compare, previous_assessment
from app.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from app.domain.model import GROUPS, Assessment, Organisation
from app.domain.validation import validate_assessment, validate_organisation, validate_year
from app.reference import Reference, fold, load_reference, swedish_sort_key

T = TypeVar("T")

if TYPE_CHECKING:  # app.storage (sqlite_utils, numpy) is imported when a store is opened
    from app.storage import Store, locking
    from app.storage.assessments import Reopening


class Workspace:
    """An open store and the reference data, with the operations a CISO performs."""

    def __init__(self, store: Store, reference: Reference) -> None:
        self.store = store
        self.reference = reference
        #: The store lock held while open for writing (one Lägesbild per store).
        self.lock: locking.StoreLock | None = None
        #: Why a store asked for with write access was opened read-only (shown to the user).
        self.read_only_reason: str | None = None
        #: Why the start-up backup could not be made, if it failed.
        self.backup_problem: str | None = None
        #: The chosen backup folder (GUI setting, ``--backup-dir``); None for the default rule.
        self.backup_override: Path | None = None
        # Reads the dashboard repeats on every switch (organisation, history, comparisons),
        # valid while the store is unchanged: see _cached.
        self._cache: dict[tuple[object, ...], object] = {}
        self._cache_token: tuple[object, ...] | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        create: bool = False,
        read_only: bool = False,
        backup_dir: str | os.PathLike[str] | None = None,
    ) -> Workspace:
        """Open the store at ``path`` (created when ``create``); reference data is loaded first.

        For writing, the store is locked first (StoreLockedError if another Lägesbild has it)
        and an existing store gets its daily backup. A file the user may not write opens
        read-only, with ``read_only_reason`` saying why. Backups go to ``backup_dir`` when
        given (see ``app.paths.backup_dir``). A backup folder that cannot be used stops a
        schema upgrade (the store stays unchanged) but not an ordinary open: the daily backup
        is then skipped and ``backup_problem`` says why.
        """
        # Imported here, not at module level: sqlite_utils pulls in numpy (~0.3 s), and the GUI
        # and the CLI's parser import this module before any store is opened.
        from app.storage import locking, open_store
        from app.storage.errors import StoreError
        from app.storage.files import ensure_private_dir

        reference = load_reference()
        path = Path(path)
        reason = None if read_only else _read_only_reason(path)
        read_only = read_only or reason is not None
        existing = path.is_file() and path.stat().st_size > 0
        lock = None
        if not read_only and (create or path.parent.is_dir()):
            ensure_private_dir(path.parent)
            lock = locking.acquire(path)
        try:
            store = open_store(path, create=create, read_only=read_only, backup_dir=backup_dir)
            workspace = cls(store, reference)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        workspace.lock = lock
        workspace.read_only_reason = reason
        workspace.backup_override = Path(backup_dir).expanduser() if backup_dir else None
        if lock is not None and existing:
            try:
                backup_if_due(path, backup_dir=workspace.backup_override)
            except (StoreError, OSError) as exc:
                detail = exc.message if isinstance(exc, StoreError) else str(exc)
                workspace.backup_problem = f"Den dagliga säkerhetskopian hoppades över: {detail}"
        return workspace

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def backup_dir(self) -> Path:
        """Where this store's backups go (the override, else ``LAGESBILD_BACKUP_DIR``, else
        ``backups`` beside the store); set ``backup_override`` to change it for this session."""
        from app.paths import backup_dir

        return backup_dir(self.path, self.backup_override)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.invalidate_cache()
        self.store.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- organisations ---------------------------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        """All organisations in Swedish alphabetical order (å, ä, ö last)."""
        return sorted(self.store.organisations.all(), key=lambda o: swedish_sort_key(o.name))

    def organisation(self, org_id: int) -> Organisation:
        """The organisation with this id; NotFoundError if there is none."""
        return self._organisation(org_id, self._cache_valid())

    def _organisation(self, org_id: int, cache: bool) -> Organisation:
        found = self._cached(
            ("organisation", org_id), lambda: self.store.organisations.get(org_id), cache
        )
        if found is None:
            raise NotFoundError(f"Det finns ingen organisation med id {org_id}.")
        return found

    def add_municipality(self, name: str) -> Organisation:
        """Add one of the 290 municipalities, with SKR's kommungrupp, from a (tolerant) name."""
        self.store.require_writable()
        result = self.reference.municipalities.lookup(name)
        if result.match is None:
            if result.suggestions:
                options = ", ".join(m.name for m in result.suggestions)
                raise ValidationError(
                    f"Hittar ingen kommun som heter «{name.strip()}». Menade du: {options}?"
                )
            raise ValidationError(f"«{name.strip()}» finns inte bland Sveriges 290 kommuner.")
        municipality = result.match
        for existing in self.store.organisations.all():
            if existing.municipality == municipality.name:
                raise ValidationError(f"{municipality.name} finns redan i databasen.")
        organisation = Organisation(
            name=municipality.name, group=municipality.group, municipality=municipality.name
        )
        return self._add(organisation)

    def add_custom_organisation(self, name: str, group: str, note: str = "") -> Organisation:
        """Add a body that is not one of the 290 (e.g. a kommunalförbund) with a chosen group."""
        self.store.require_writable()
        group = group.strip().upper()
        if group not in GROUPS:
            raise ValidationError(f"Kommungruppen måste vara A, B eller C (fick «{group}»).")
        return self._add(Organisation(name=" ".join(name.split()), group=group, note=note.strip()))

    def _add(self, organisation: Organisation) -> Organisation:
        validate_organisation(organisation, self.reference)
        wanted = fold(organisation.name)
        for existing in self.store.organisations.all():
            if fold(existing.name) == wanted:
                raise ValidationError(f"Det finns redan en organisation som heter {existing.name}.")
        added = self.store.organisations.add(organisation)
        self.invalidate_cache()
        return added

    def find_organisation(self, name_or_id: str | int) -> Organisation:
        """Find by id or by name, forgiving case, accents and a missing 'kommun'."""
        organisations = self.organisations()
        if isinstance(name_or_id, int) or str(name_or_id).strip().isdigit():
            wanted_id = int(name_or_id)
            for organisation in organisations:
                if organisation.id == wanted_id:
                    return organisation
        else:
            found = _match_by_name(organisations, str(name_or_id))
            if found is not None:
                return found
        if not organisations:
            raise NotFoundError(
                f"Organisationen «{name_or_id}» finns inte: databasen innehåller inga organisationer ännu."
            )
        names = ", ".join(o.name for o in organisations)
        raise NotFoundError(
            f"Organisationen «{name_or_id}» finns inte i databasen. Tillgängliga: {names}."
        )

    # -- assessments -----------------------------------------------------------------------------

    def assessments(self, org_id: int) -> list[Assessment]:
        """The organisation's assessments, oldest year first."""
        return list(self._history(org_id, self._cache_valid()))

    def assessment(self, org_id: int, year: int) -> Assessment | None:
        history = self._history(org_id, self._cache_valid())
        return next((a for a in history if a.year == year), None)

    def years(self, org_id: int) -> list[int]:
        """The years the organisation has an assessment for, ascending."""
        return [a.year for a in self._history(org_id, self._cache_valid())]

    def _history(self, org_id: int, cache: bool) -> tuple[Assessment, ...]:
        """All of the organisation's assessments (NotFoundError for an unknown organisation),
        read once per store state (see _cached)."""
        self._organisation(org_id, cache)
        return self._cached(
            ("history", org_id),
            lambda: tuple(self.store.assessments.for_organisation(org_id)),
            cache,
        )

    def new_assessment(
        self, org_id: int, year: int, assessed_on: date | None = None, assessor: str = ""
    ) -> Assessment:
        """An unsaved draft for ``year``, starting from the latest earlier year's answers.

        Comments and evidence are carried forward too: they usually still hold and are quicker
        to adjust than to rewrite. The yearly note starts empty.
        """
        validate_year(year)
        history = self.assessments(org_id)
        if any(a.year == year for a in history):
            raise ValidationError(
                f"Det finns redan en bedömning för {year}. Öppna den i stället för att skapa en ny."
            )
        on = assessed_on or date.today()
        previous = previous_assessment(history, year)
        if previous is None:
            return Assessment(organisation_id=org_id, year=year, assessed_on=on, assessor=assessor)
        carried = previous.carried_forward(year, on)
        # Own copies of the answers: the previous year's object is shared with the read cache.
        return replace(
            carried,
            assessor=assessor or previous.assessor,
            note="",
            responses=dict(carried.responses),
            profile=dict(carried.profile),
        )

    def save_assessment(self, assessment: Assessment) -> Assessment:
        """Validate and store a draft (new or existing) with all its answers, all or nothing."""
        self.store.require_writable()
        self.organisation(assessment.organisation_id)
        if assessment.is_final:
            raise ReadOnlyError(_final_message(assessment.year))
        other_years = [
            a.year for a in self.store.assessments.for_organisation(assessment.organisation_id)
        ]
        if assessment.id is not None:
            stored = self._require_assessment(assessment.id)
            if stored.is_final:
                raise ReadOnlyError(_final_message(stored.year))
            if stored.organisation_id != assessment.organisation_id:
                raise ValidationError("En bedömning kan inte flyttas till en annan organisation.")
            other_years.remove(stored.year)
        validate_assessment(assessment, self.reference, other_years)
        saved = self.store.assessments.save(assessment)
        self.invalidate_cache()
        return saved

    def finalise_assessment(self, assessment_id: int, *, at: datetime | None = None) -> Assessment:
        """Make a complete draft final (fastställd): from then on it is read-only.

        ``at`` records when it was adopted, for history entered afterwards (and the demo); the
        default is now.
        """
        self.store.require_writable()
        assessment = self._require_assessment(assessment_id)
        if assessment.is_final:
            raise ValidationError(f"Bedömningen för {assessment.year} är redan fastställd.")
        unanswered = [
            f"{area.number}. {area.name}"
            for area in self.reference.areas
            if not assessment.response(area.key).answer
        ]
        if unanswered:
            raise ValidationError(
                f"Bedömningen för {assessment.year} kan inte fastställas förrän alla områden är "
                f"besvarade. Svar saknas för: {'; '.join(unanswered)}."
            )
        others = [
            a.year
            for a in self.store.assessments.for_organisation(assessment.organisation_id)
            if a.id != assessment.id
        ]
        validate_assessment(assessment, self.reference, others)
        final = self.store.assessments.finalise(assessment_id, at=at)
        self.invalidate_cache()
        return final

    def reopen_assessment(self, assessment_id: int, reason: str) -> Assessment:
        """Turn a final assessment back into a draft; the reason is kept in its history."""
        self.store.require_writable()
        reason = reason.strip()
        if not reason:
            raise ValidationError(
                "Ange en motivering till varför den fastställda bedömningen öppnas igen."
            )
        assessment = self._require_assessment(assessment_id)
        if not assessment.is_final:
            raise ValidationError(f"Bedömningen för {assessment.year} är redan ett utkast.")
        draft = self.store.assessments.reopen(assessment_id, reason)
        self.invalidate_cache()
        return draft

    def reopenings(self, assessment_id: int) -> list[Reopening]:
        """When and why a final assessment has been reopened, oldest first."""
        self._require_assessment(assessment_id)
        return self.store.assessments.reopenings(assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete a draft; a final assessment must be reopened first."""
        self.store.require_writable()
        assessment = self._require_assessment(assessment_id)
        if assessment.is_final:
            raise ReadOnlyError(
                f"Bedömningen för {assessment.year} är fastställd och kan inte tas bort. "
                "Öppna den igen först om den verkligen ska bort."
            )
        self.store.assessments.delete(assessment_id)
        self.invalidate_cache()

    def _require_assessment(self, assessment_id: int) -> Assessment:
        found = self.store.assessments.get(assessment_id)
        if found is None:
            raise NotFoundError(f"Det finns ingen bedömning med id {assessment_id}.")
        return found

    # -- comparison ------------------------------------------------------------------------------

    def comparison(self, org_id: int, year: int, benchmark_year: int) -> Comparison:
        """The year's assessment against SKR's jämförelsetal and the previous assessment.

        Cached per (organisation, year, benchmark year) until the store changes: the dashboard
        asks for the same comparisons on every switch of benchmark year or organisation.
        """
        cache = self._cache_valid()
        organisation = self._organisation(org_id, cache)
        benchmark_years = self.reference.benchmarks.years
        if benchmark_year not in benchmark_years:
            available = " och ".join(str(y) for y in benchmark_years)
            raise ValidationError(
                f"Jämförelsetal finns för {available}, inte för {benchmark_year}."
            )
        history = list(self._history(org_id, cache))
        current = next((a for a in history if a.year == year), None)
        if current is None:
            assessed = ", ".join(str(a.year) for a in history) or "inga"
            raise NotFoundError(
                f"{organisation.name} har ingen bedömning för {year}. Bedömda år: {assessed}."
            )
        return self._cached(
            ("comparison", org_id, year, benchmark_year),
            lambda: compare(
                current,
                organisation.group,
                benchmark_year,
                self.reference,
                previous=previous_assessment(history, year),
            ),
            cache,
        )

    # -- read cache ------------------------------------------------------------------------------

    def invalidate_cache(self) -> None:
        """Forget every cached read; the next read goes to the store again.

        Writes through this workspace call it. Any other change is noticed by ``_cache_valid``,
        so a caller never has to, but may (e.g. after replacing the store's file).
        """
        self._cache.clear()
        self._cache_token = None

    def _store_state(self) -> tuple[object, ...] | None:
        """What identifies the store's content, or None while a transaction is open.

        ``total_changes`` counts every row this connection wrote (including by triggers and in
        transactions later rolled back); ``PRAGMA data_version`` changes when another
        connection (another Lägesbild, the CLI, an import) committed. Inside a transaction
        nothing is cached: its reads may show rows that a rollback takes back.
        """
        conn = self.store.db.conn
        if conn.in_transaction:
            return None
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        return (self.store, conn.total_changes, version)

    def _cache_valid(self) -> bool:
        """Forget the cache if the store changed since it was filled; False while it must not
        be used (a transaction is open). A public read checks this once and passes it on."""
        state = self._store_state()
        if state is None:
            return False
        if state != self._cache_token:
            self._cache.clear()
            self._cache_token = state
        return True

    def _cached(self, key: tuple[object, ...], load: Callable[[], T], cache: bool) -> T:
        """``load()``, remembered under ``key`` while the store is unchanged; ``cache`` is what
        ``_cache_valid`` said at the start of the current read."""
        if not cache:
            return load()
        if key in self._cache:
            return self._cache[key]  # type: ignore[return-value]
        value = load()
        self._cache[key] = value
        return value


def backup_if_due(path: Path, *, backup_dir: Path | None = None) -> Path | None:
    """The start-up backup (``app.storage.backup.backup_if_due``), imported when first used."""
    from app.storage.backup import backup_if_due as take_backup

    return take_backup(path, backup_dir=backup_dir)


def _read_only_reason(path: Path) -> str | None:
    """Why an existing store cannot be opened for writing, or None if it can."""
    if not path.is_file():
        return None
    if not os.access(path, os.W_OK):
        return f"Databasfilen {path.name} är skrivskyddad och har öppnats skrivskyddat."
    if not os.access(path.parent, os.W_OK):
        return f"Mappen {path.parent} är skrivskyddad, så databasen har öppnats skrivskyddat."
    return None


def _final_message(year: int) -> str:
    return (
        f"Bedömningen för {year} är fastställd och kan inte ändras. "
        "Öppna den igen med en motivering för att göra ändringar."
    )


_GENERIC_WORDS = frozenset({"kommun", "stad", "region"})


def _match_by_name(organisations: list[Organisation], query: str) -> Organisation | None:
    """Same name ignoring case/accents/'kommun', or the municipality, or a unique word prefix."""
    wanted = fold(query)
    if not wanted:
        return None
    for candidate in organisations:
        if fold(candidate.name) == wanted:
            return candidate
    wanted_variants = _name_variants(query)
    for candidate in organisations:
        variants = _name_variants(candidate.name)
        if candidate.municipality:
            variants |= _name_variants(candidate.municipality)
        if wanted_variants & variants:
            return candidate
    if len(wanted) < 3:
        return None  # 'X' must not pick 'Exempelsunda kommun'
    partial = [
        o
        for o in organisations
        if any(fold(w).startswith(wanted) for w in o.name.split() if fold(w) not in _GENERIC_WORDS)
    ]
    return partial[0] if len(partial) == 1 else None


def _name_variants(name: str) -> set[str]:
    """'Demoköpings kommun' -> {'demokopingskommun', 'demokopings', 'demokoping'}."""
    text = " ".join(name.casefold().split())
    variants = {fold(text)}
    for suffix in (" kommun", " stad"):
        if text.endswith(suffix):
            base = text[: -len(suffix)]
            variants.add(fold(base))
            if base.endswith("s"):
                variants.add(fold(base[:-1]))
    return variants
