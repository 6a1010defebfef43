"""Data-safety use cases shared by the GUI and the CLI: backups, restore, JSON export/import and
the audit log (ändringslogg).

Everything here returns plain data or raises a Swedish ``LagesbildError``. Restores and imports
are all-or-nothing: a restore replaces the store in one step (``app.storage.backup``), an import
writes every record in one transaction after the whole file has been checked, so a refused file
leaves the store byte-identical.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import app_version
from app.atomic_file import atomic_path
from app.domain.errors import LagesbildError, ValidationError
from app.domain.model import Organisation, RecordStatus
from app.exchange.actions_export import CSV_DELIMITER, CSV_ENCODING, CSV_LINE_END
from app.exchange.json_exchange import (
    ActivityRecord,
    AssessmentRecord,
    ExchangeDocument,
    HistoryEntry,
    OrganisationBundle,
    ReviewRecord,
    read_document,
    validate_document,
    with_organisation,
    write_document,
)
from app.reference import fold
from app.services.reviews import ReviewService
from app.services.workspace import Workspace
from app.storage import audit
from app.storage.audit import AuditEntry
from app.storage.backup import (
    DAILY,
    MANUAL,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_RESTORE,
    PRE_RESTORE_RAW,
    BackupFile,
    RestoreResult,
    create_backup,
    list_backups,
    restore_backup,
    rotate_backups,
    verify_backup,
    verify_store_file,
)
from app.storage.clock import utc_timestamp
from app.storage.transfer import add_reopening_history
from app.swedish_format import format_decimal

# -- backups ------------------------------------------------------------------------------------

REASON_LABELS = {
    DAILY: "Daglig, vid start",
    MANUAL: "Manuell",
    PRE_MIGRATION: "Före uppgradering",
    PRE_RESTORE: "Före återställning",
    PRE_RESTORE_RAW: "Före återställning (kopia av skadad databas)",
    PRE_IMPORT: "Före import",
}


def reason_label(reason: str) -> str:
    """The Swedish description of why a backup was taken."""
    return REASON_LABELS.get(reason, reason)


def format_size(size: int) -> str:
    """'812 byte', '12,3 kB', '4,1 MB'."""
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{format_decimal(size / 1024, 1)} kB"
    return f"{format_decimal(size / 1024 / 1024, 1)} MB"


def backups(db_path: Path, backup_dir: Path | None = None) -> list[BackupFile]:
    """The store's backups in ``backup_dir`` (see ``app.paths.backup_dir``), newest first."""
    return list(reversed(list_backups(Path(db_path), backup_dir=backup_dir)))


def backup_now(db_path: Path, backup_dir: Path | None = None) -> BackupFile:
    """Take a manual backup (the store may be open elsewhere) and rotate the old ones.

    The store is checked first: a damaged store is not backed up, so its copies can never
    push the good backups out of the rotation.
    """
    verify_store_file(Path(db_path), f"Databasen {Path(db_path).name}")
    path = create_backup(Path(db_path), MANUAL, backup_dir=backup_dir)
    rotate_backups(Path(db_path), backup_dir=backup_dir)
    return next(b for b in list_backups(Path(db_path), backup_dir=backup_dir) if b.path == path)


def check_backup(backup_path: Path) -> None:
    """Raise StoreError unless the file is an intact backup this version can restore."""
    verify_backup(Path(backup_path))


def restore(db_path: Path, backup_path: Path, backup_dir: Path | None = None) -> RestoreResult:
    """Restore ``backup_path`` over the store; the current store is saved first (in
    ``backup_dir``; when it cannot be saved there, nothing is restored).

    The caller must have closed its own workspace on the store: an open one holds the lock and
    the restore is refused, exactly as for another Lägesbild window.
    """
    return restore_backup(Path(db_path), Path(backup_path), backup_dir=backup_dir)


# -- JSON export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    organisations: tuple[str, ...]
    records: int


def build_document(workspace: Workspace, organisations: Iterable[Organisation]) -> ExchangeDocument:
    """Everything recorded for ``organisations`` as an exchange document."""
    reviews = ReviewService(workspace)
    refs: dict[int, int] = {}
    bundles = []
    for org in organisations:
        org_id = int(org.id or 0)
        assessments = tuple(
            AssessmentRecord(
                a,
                tuple(
                    HistoryEntry(r.reopened_at, r.reason) for r in workspace.reopenings(a.id or 0)
                ),
            )
            for a in workspace.assessments(org_id)
        )
        review_records = []
        own: dict[int, int] = {}
        for review in reviews.reviews(org_id):
            numbers = tuple(refs.setdefault(d.id or 0, len(refs) + 1) for d in review.decisions)
            own.update(zip((d.id or 0 for d in review.decisions), numbers, strict=True))
            review_records.append(ReviewRecord(review, numbers))
        activities = tuple(
            ActivityRecord(a, own.get(a.decision_id) if a.decision_id is not None else None)
            for a in workspace.store.activities.for_organisation(org_id)
        )
        bundles.append(
            OrganisationBundle(
                organisation=org,
                assessments=assessments,
                reviews=tuple(review_records),
                activities=activities,
                approvals=tuple(reviews.approvals(org_id)),
                members=tuple(reviews.members(org_id)),
                trainings=tuple(reviews.trainings(org_id)),
            )
        )
    return ExchangeDocument(
        exported_at=utc_timestamp(),
        exported_by=audit.current_actor(),
        app_version=app_version(),
        organisations=tuple(bundles),
    )


def export_json(
    workspace: Workspace, path: Path, organisation: str | int | None = None
) -> ExportSummary:
    """Write all organisations (or the one named) to ``path`` as a Lägesbild export file."""
    chosen = (
        [workspace.find_organisation(organisation)]
        if organisation is not None
        else workspace.organisations()
    )
    document = build_document(workspace, chosen)
    try:
        write_document(document, Path(path))
    except OSError as exc:
        raise LagesbildError(f"Filen {path} kunde inte skrivas ({exc.strerror or exc}).") from exc
    return ExportSummary(
        path=Path(path),
        organisations=tuple(b.organisation.name for b in document.organisations),
        records=sum(b.record_count for b in document.organisations),
    )


# -- JSON import --------------------------------------------------------------------------------


class ImportConflictError(ValidationError):
    """Organisations in the file already exist in the store; nothing was imported."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        listed = ", ".join(f"«{n}»" for n in names)
        noun = "Organisationen" if len(names) == 1 else "Organisationerna"
        super().__init__(
            f"{noun} {listed} finns redan i databasen och skrivs inte över. Inget har importerats."
        )


@dataclass(frozen=True)
class ImportSummary:
    imported: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    records: int = 0
    backup: Path | None = None
    source: dict[str, str] = field(default_factory=dict)


def import_json(
    workspace: Workspace,
    path: Path,
    *,
    skip_existing: bool = False,
    new_name: str | None = None,
) -> ImportSummary:
    """Import an export file: everything or nothing, existing organisations never overwritten.

    An organisation that already exists (same name, or same municipality) is refused (the
    default), skipped (``skip_existing``) or – for a file with one organisation – imported
    under ``new_name``. The store gets a backup before the import writes anything.
    """
    workspace.store.require_writable()
    if skip_existing and new_name is not None:
        raise ValidationError("Välj antingen ett nytt namn eller att hoppa över befintliga.")
    document = read_document(Path(path))
    bundles, skipped, notes = _resolve_conflicts(workspace, document, skip_existing, new_name)
    validate_document(replace(document, organisations=tuple(bundles)), workspace.reference)
    source = {
        "exported_at": document.exported_at,
        "exported_by": document.exported_by,
        "app_version": document.app_version,
    }
    if not bundles:
        return ImportSummary(skipped=tuple(skipped), notes=tuple(notes), source=source)
    # Before anything is written: a backup folder that cannot be used refuses the import.
    backup = create_backup(workspace.path, PRE_IMPORT, backup_dir=workspace.backup_override)
    rotate_backups(workspace.path, backup_dir=workspace.backup_override)
    with workspace.store.transaction():
        for bundle in bundles:
            _write_bundle(workspace, bundle)
        names = ", ".join(b.organisation.name for b in bundles)
        workspace.store.audit.record_event(
            audit.IMPORT,
            f"Importerade {names} från {Path(path).name} (exporterad {document.exported_at} "
            f"av {document.exported_by or 'okänd'}).",
        )
    return ImportSummary(
        imported=tuple(b.organisation.name for b in bundles),
        skipped=tuple(skipped),
        notes=tuple(notes),
        records=sum(b.record_count for b in bundles),
        backup=backup,
        source=source,
    )


def _resolve_conflicts(
    workspace: Workspace,
    document: ExchangeDocument,
    skip_existing: bool,
    new_name: str | None,
) -> tuple[list[OrganisationBundle], list[str], list[str]]:
    existing = workspace.organisations()

    def clash(org: Organisation) -> Organisation | None:
        for other in existing:
            if fold(other.name) == fold(org.name) or (
                org.municipality is not None and other.municipality == org.municipality
            ):
                return other
        return None

    bundles = list(document.organisations)
    notes: list[str] = []
    if new_name is not None:
        if len(bundles) != 1:
            raise ValidationError(
                "Ett nytt namn kan bara anges när filen innehåller en organisation; "
                f"den här innehåller {len(bundles)}."
            )
        org = replace(bundles[0].organisation, name=" ".join(new_name.split()))
        if not org.name:
            raise ValidationError("Det nya namnet får inte vara tomt.")
        if org.municipality is not None and any(
            o.municipality == org.municipality for o in existing
        ):
            notes.append(
                f"{org.name} importeras som egen organisation, eftersom {org.municipality} "
                "redan finns som kommun i databasen."
            )
            org = replace(org, municipality=None)
        bundles = [with_organisation(bundles[0], org)]
    conflicts = [b for b in bundles if clash(b.organisation) is not None]
    if conflicts and not skip_existing:
        raise ImportConflictError([b.organisation.name for b in conflicts])
    kept = [b for b in bundles if b not in conflicts]
    return kept, [b.organisation.name for b in conflicts], notes


def _write_bundle(workspace: Workspace, bundle: OrganisationBundle) -> None:
    """Write one organisation's records through the services (domain rules apply again)."""
    store = workspace.store
    org = store.organisations.add(replace(bundle.organisation, id=None))
    org_id = int(org.id or 0)
    reviews = ReviewService(workspace)
    for record in bundle.assessments:
        draft = replace(
            record.assessment, organisation_id=org_id, status=RecordStatus.DRAFT, id=None
        )
        saved = workspace.save_assessment(draft)
        history = [(h.reopened_at, h.reason) for h in record.reopenings]
        add_reopening_history(store, "assessments", saved.id or 0, history)
        if record.assessment.is_final:
            workspace.finalise_assessment(saved.id or 0)
    decision_ids: dict[int, int] = {}
    for review_record in bundle.reviews:
        review = review_record.review
        draft_review = replace(
            review,
            organisation_id=org_id,
            status=RecordStatus.DRAFT,
            decisions=tuple(replace(d, id=None, review_id=None) for d in review.decisions),
            reopenings=(),
            id=None,
        )
        saved_review = reviews.save(draft_review)
        saved_ids = [d.id or 0 for d in saved_review.decisions]
        decision_ids.update(zip(review_record.decision_refs, saved_ids, strict=True))
        history = [(o.reopened_at, o.reason) for o in review.reopenings]
        add_reopening_history(store, "reviews", saved_review.id or 0, history)
        if review.is_final:
            reviews.finalise(saved_review.id or 0)
    for activity_record in bundle.activities:
        activity = activity_record.activity
        ref = activity_record.decision_ref
        reviews.actions.create(
            replace(
                activity,
                organisation_id=org_id,
                decision_id=decision_ids[ref] if ref is not None else None,
                comments=tuple(replace(c, id=None) for c in activity.comments),
                id=None,
            )
        )
    for duty in (*bundle.approvals, *bundle.members, *bundle.trainings):
        reviews.save_duty_record(replace(duty, organisation_id=org_id, id=None))


# -- audit log ----------------------------------------------------------------------------------


class AuditFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


TABLE_LABELS = {
    "organisations": "Organisation",
    "assessments": "Bedömning",
    "area_responses": "Områdessvar",
    "profile_answers": "Profilsvar",
    "assessment_reopenings": "Återöppning av bedömning",
    "reviews": "Ledningens genomgång",
    "review_inputs": "Underlag (a–g)",
    "review_decisions": "Beslut",
    "review_reopenings": "Återöppning av genomgång",
    "activities": "Aktivitet",
    "activity_areas": "Aktivitetens område",
    "activity_comments": "Aktivitetskommentar",
    "management_approvals": "Ledningens godkännande",
    "management_members": "Ledamot",
    "management_trainings": "Utbildning",
    audit.STORE_RECORD: "Databasen",
}
ACTION_LABELS = {
    audit.INSERT: "Tillagd",
    audit.UPDATE: "Ändrad",
    audit.DELETE: "Borttagen",
    audit.FINALISE: "Fastställd",
    audit.REOPEN: "Öppnad igen",
    audit.RESTORE: "Återställd från säkerhetskopia",
    audit.IMPORT: "Import",
    audit.LOG_STARTED: "Ändringsloggen startade",
}
AUDIT_COLUMNS = (
    ("at", "Tid (UTC)"),
    ("actor", "Användare"),
    ("table", "Vad"),
    ("record_id", "Post"),
    ("action", "Händelse"),
    ("reason", "Motivering"),
    ("before", "Före"),
    ("after", "Efter"),
    ("change_id", "Ändring"),
)


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def audit_entries(workspace: Workspace, since: date | datetime | None = None) -> list[AuditEntry]:
    """The audit log (oldest first), from ``since`` (UTC) if given."""
    return workspace.store.audit.entries(since.isoformat() if since else None)


def audit_record(entry: AuditEntry) -> dict[str, Any]:
    """One entry as JSON-ready data, with Swedish labels beside the stored codes."""
    return {
        "id": entry.id,
        "at": entry.at,
        "actor": entry.actor,
        "table": entry.table,
        "table_label": table_label(entry.table),
        "record_id": entry.record_id,
        "action": entry.action,
        "action_label": action_label(entry.action),
        "reason": entry.reason,
        "before": entry.before,
        "after": entry.after,
        "change_id": entry.change_id,
    }


def audit_text(entries: Sequence[AuditEntry], fmt: AuditFormat | str) -> str:
    """The entries as CSV (semicolons, for Swedish Excel) or as a JSON array."""
    kind = AuditFormat(fmt)
    if kind is AuditFormat.JSON:
        return json.dumps([audit_record(e) for e in entries], ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator=CSV_LINE_END)
    writer.writerow([header for _, header in AUDIT_COLUMNS])
    for entry in entries:
        row = audit_record(entry)
        row["table"], row["action"] = row["table_label"], row["action_label"]
        writer.writerow([_csv_cell(row[key]) for key, _ in AUDIT_COLUMNS])
    return buffer.getvalue()


def write_audit(entries: Sequence[AuditEntry], path: Path, fmt: AuditFormat | str) -> Path:
    """Write the entries to ``path`` atomically (CSV with BOM so Excel reads it as UTF-8)."""
    kind = AuditFormat(fmt)
    encoding = CSV_ENCODING if kind is AuditFormat.CSV else "utf-8"
    try:
        with atomic_path(path) as temp:
            temp.write_text(audit_text(entries, kind), encoding=encoding, newline="")
    except OSError as exc:
        raise LagesbildError(f"Filen {path} kunde inte skrivas ({exc.strerror or exc}).") from exc
    return Path(path)


def _csv_cell(value: object) -> str:
    """Text for a CSV cell; a leading = + - @ is defused so a spreadsheet shows it as text."""
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
