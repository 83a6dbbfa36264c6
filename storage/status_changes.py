"""Status changes from the back office: validated by the lifecycle, kept with their notice.

One accepted change is ONE repository save: the item (new status, history entry), the
tenant's outbox with the notice appended and the processed-event marker. They share the
tenant's partition, so they are written together or not at all, and the same event sent
again finds its marker and changes nothing.

Markers are kept `KEEP_EVENT_MARKERS` (30 days), then pruned by the hourly scan
(`prune_event_markers`, called by proactive.reminders for each tenant, at most `PRUNE_BATCH` a
tenant a run, oldest first): far longer than a back office retries an event, and far
beyond the 5 minutes in which a signed request can be replayed at all. The tenant's event
ledger (`tenants/<t>/event-ledger`: marker digest → when received), written in the same
save as the marker, says which markers exist and how old they are. An event id sent again
after its marker was pruned is judged afresh: the lifecycle refuses a change the item
already went past (a conflict), so it cannot, for instance, approve a claim twice.
Markers written before the ledger existed are not listed there and are kept.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from domain.lifecycle import ClaimStatus, PlanStatus, TransitionNotAllowed
from domain.plan import utc_now
from storage.claims import ClaimRepository
from storage.errors import ConflictError
from storage.outbox import Outbox, OutboxEntry, Reason
from storage.repository import (
    ChangedError,
    KeyValueStore,
    PlanRepository,
    VersionedDocuments,
    tenant_prefix,
)
from storage.unit_of_work import NEW_DOCUMENT

log = logging.getLogger(__name__)

ItemKind = Literal["claim", "plan"]
Outcome = Literal["accepted", "duplicate", "unknown", "conflict", "invalid_status"]

MAX_REASONS = 50
# How long a processed event's marker is kept (see the module docstring).
KEEP_EVENT_MARKERS = timedelta(days=30)
# Markers pruned at most per tenant per scan: bounded work an hour, the rest next hour.
PRUNE_BATCH = 500

# What a reviewer decides. Editing, Submitted and Disputed are the partner's own moves
# (made in the chat); the back office may not make them for the partner.
REVIEWER_CLAIM_STATUSES: tuple[ClaimStatus, ...] = (
    ClaimStatus.UNDER_REVIEW,
    ClaimStatus.APPROVED,
    ClaimStatus.ACTION_REQUIRED,
    ClaimStatus.REJECTED,
    ClaimStatus.PAID,
)
REVIEWER_PLAN_STATUSES: tuple[PlanStatus, ...] = (
    PlanStatus.UNDER_REVIEW,
    PlanStatus.APPROVED,
    PlanStatus.ACTION_REQUIRED,
    PlanStatus.REJECTED,
)


class ReasonIn(Reason):
    """A reason as the back office sends it: bounded, nothing unexpected."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(min_length=1, max_length=100)
    message: str = Field(min_length=1, max_length=2000)
    item: str | None = Field(default=None, min_length=1, max_length=100)


class StatusChange(BaseModel):
    """The body of `POST /api/{claims|plans}/{id}/status`."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    event_id: str = Field(min_length=1, max_length=200)
    status: str = Field(min_length=1, max_length=50)
    reasons: list[ReasonIn] = Field(default_factory=list, max_length=MAX_REASONS)
    actor: str = Field(min_length=1, max_length=320)
    at: AwareDatetime


@dataclass(frozen=True)
class ApplyResult:
    outcome: Outcome
    current_status: str | None = None
    notice_id: str | None = None
    # For "invalid_status": the statuses the back office may set on this kind of item.
    allowed: tuple[str, ...] = ()


def _event_digest(event_id: str) -> str:
    # Hashed: an event id is any string the back office chose (length, slashes...).
    return hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()


def _marker_key(tenant_id: str, digest: str) -> str:
    return f"{tenant_prefix(tenant_id)}/events/{digest}"


def event_key(tenant_id: str, event_id: str) -> str:
    return _marker_key(tenant_id, _event_digest(event_id))


def event_ledger_key(tenant_id: str) -> str:
    return f"{tenant_prefix(tenant_id)}/event-ledger"


def _received(ledger: Any) -> dict[str, Any]:
    received = ledger.get("received") if isinstance(ledger, dict) else None
    return received if isinstance(received, dict) else {}


def _received_at(text: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


async def prune_event_markers(
    store: KeyValueStore,
    tenant_id: str,
    now: datetime,
    *,
    keep: timedelta = KEEP_EVENT_MARKERS,
    limit: int = PRUNE_BATCH,
) -> int:
    """Remove the tenant's markers received before `now - keep`, oldest first, at most
    `limit`; returns how many. An unreadable date in the ledger counts as old."""
    key = event_ledger_key(tenant_id)
    ledger = (await store.read([key])).get(key)
    received = _received(ledger)
    cutoff = now - keep
    expired: list[tuple[datetime, str]] = []
    for digest, text in received.items():
        moment = _received_at(text)
        if moment is None or moment < cutoff:
            expired.append((moment or datetime.min.replace(tzinfo=UTC), digest))
    if not expired:
        return 0
    dropped = {digest for _, digest in sorted(expired)[: max(1, limit)]}
    # Markers first: a crash before the ledger is rewritten leaves digests whose
    # markers are gone, removed again (a no-op) by the next scan.
    await store.delete([_marker_key(tenant_id, digest) for digest in dropped])
    remaining = {digest: text for digest, text in received.items() if digest not in dropped}
    try:
        # The e_tag read above: a status change recorded meanwhile wins, next scan redoes.
        await store.write({key: {**ledger, "received": remaining}})
    except ConflictError:
        log.info("event ledger of tenant %s changed while pruning; next scan", tenant_id)
    return len(dropped)


def _normalised(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def reviewer_statuses(kind: ItemKind) -> tuple[str, ...]:
    statuses = REVIEWER_CLAIM_STATUSES if kind == "claim" else REVIEWER_PLAN_STATUSES
    return tuple(status.value for status in statuses)


def parse_status(kind: ItemKind, text: str) -> ClaimStatus | PlanStatus | None:
    """The reviewer status named by `text` ("Under review", "under_review"...), or None."""
    statuses = REVIEWER_CLAIM_STATUSES if kind == "claim" else REVIEWER_PLAN_STATUSES
    wanted = _normalised(text)
    return next((status for status in statuses if _normalised(status.value) == wanted), None)


def _plan_note(reasons: list[ReasonIn]) -> str | None:
    # Plan history has no reasons field: the note carries them, as the chat shows it.
    parts = [f"{r.message} ({r.item})" if r.item else r.message for r in reasons]
    return "; ".join(parts) or None


class StatusService:
    """Applies back-office status changes to plans and claims."""

    def __init__(
        self,
        plans: PlanRepository,
        claims: ClaimRepository,
        outbox: Outbox,
        store: KeyValueStore,
    ) -> None:
        self._plans = plans
        self._claims = claims
        self._outbox = outbox
        self._store = store

    async def apply(self, kind: ItemKind, item_id: str, change: StatusChange) -> ApplyResult:
        """Apply `change` once; a lost update (someone saved meanwhile) is retried once."""
        try:
            return await self._apply_once(kind, item_id, change)
        except ChangedError:
            log.info("%s %s changed during a status change; retrying once", kind, item_id)
            return await self._apply_once(kind, item_id, change)

    async def _apply_once(self, kind: ItemKind, item_id: str, change: StatusChange) -> ApplyResult:
        repository: VersionedDocuments[Any, Any] = self._claims if kind == "claim" else self._plans
        tenant_id = await repository.tenant_of(item_id)
        item = None if tenant_id is None else await repository.get(tenant_id, item_id)
        if tenant_id is None or item is None:
            return ApplyResult("unknown")

        digest = _event_digest(change.event_id)
        marker_key = _marker_key(tenant_id, digest)
        ledger_key = event_ledger_key(tenant_id)
        found = await self._store.read([marker_key, ledger_key])
        marker = found.get(marker_key)
        if marker is not None:
            return ApplyResult("duplicate", item.status.value, marker.get("notice_id"))

        status = parse_status(kind, change.status)
        if status is None:
            return ApplyResult("invalid_status", item.status.value, allowed=reviewer_statuses(kind))

        previous = item.status
        try:
            if kind == "claim":
                item.move_to(
                    status,
                    actor=change.actor,
                    reasons=[r.message for r in change.reasons],
                    item_ids=list(dict.fromkeys(r.item for r in change.reasons if r.item)),
                )
                if status in (ClaimStatus.REJECTED, ClaimStatus.ACTION_REQUIRED):
                    # Kept on the claim, bound to what they point at, until answered.
                    item.keep_reviewer_reasons(
                        status.value, [(r.code, r.message, r.item) for r in change.reasons]
                    )
            else:
                item.move_to(status, actor=change.actor, note=_plan_note(change.reasons))
        except TransitionNotAllowed:
            return ApplyResult("conflict", previous.value)

        now = utc_now()
        entry = OutboxEntry(
            tenant_id=tenant_id,
            kind=kind,
            item_id=item.id,
            status=status.value,
            previous_status=previous.value,
            reasons=[Reason(**r.model_dump()) for r in change.reasons],
            actor=change.actor,
            at=change.at,
            created_at=now,
        )
        # Listed first: see the outbox module on why the list is written before the entry.
        await self._outbox.mark_tenant(tenant_id)
        extra = await self._outbox.entry_documents(tenant_id, entry)
        extra[marker_key] = {
            "event_id": change.event_id,
            "kind": kind,
            "item_id": item.id,
            "status": status.value,
            "notice_id": entry.notice_id,
            "received_at": now.isoformat(),
        }
        # The ledger says which markers exist and since when (pruning); same write.
        ledger = found.get(ledger_key)
        if not isinstance(ledger, dict):
            ledger = {"e_tag": NEW_DOCUMENT if ledger is None else "*"}
        extra[ledger_key] = {**ledger, "received": {**_received(ledger), digest: now.isoformat()}}
        await repository.save(item, extra=extra)
        return ApplyResult("accepted", status.value, entry.notice_id)
