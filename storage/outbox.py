"""The outbox: notices waiting to be carried into the chat, stored beside what they announce.

Layout (over the same key-value store as the repository):

- `tenants/<quoted tenant>/outbox` = `{"entries": {notice_id: entry}, "order": [notice_id...]}`.
  It lives in the tenant's partition, so `entry_documents` can hand it to a repository
  save as `extra=` and a status change, its notice and its dedupe marker are written in
  one atomic write: a crash cannot keep the change and lose the notice.
- `outbox/tenants` = `{"tenants": [...], "marked_at": {tenant: time}, "known": [...]}`:
  the tenants that may have pending entries (so the notifier does not scan every
  tenant), when each was last marked, and every tenant that ever had an outbox (for
  the counts in /healthz). It is global, so it cannot share the tenant's atomic write;
  `mark_tenant` writes it BEFORE the entry. A crash between the two then leaves a
  tenant listed with nothing pending, which `pending` notices and drops; the other
  order could leave an entry nobody looks for, a notice lost.

Several processes may run a notifier over one store (`STORAGE=azure-blob`). Before
sending, a notifier `claim`s the entry: it writes a lease (`lease_owner`, `lease_until`)
into the tenant's outbox with the e_tag it read, so of two notifiers claiming one entry
exactly one write succeeds; the other re-reads, finds the entry leased (or delivered) and
leaves the tenant for this round. The lease is dropped when the entry is delivered, parked
or backs off; if its holder dies, it expires and another notifier resumes the entry,
skipping the recipients already recorded as served.
"""

from __future__ import annotations

import copy
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from domain.plan import utc_now
from domain.working_hours import URGENT_STATUSES
from storage.errors import ConflictError, StillConflictingError
from storage.repository import KeyValueStore, tenant_prefix
from storage.unit_of_work import NEW_DOCUMENT, Outcome, change

log = logging.getLogger(__name__)

TENANTS_KEY = "outbox/tenants"
# Delivered notices are kept a while (to answer "did it go out?"), then pruned so the
# tenant's outbox document stays small. Dead ones stay until someone looks at them.
KEEP_DELIVERED = timedelta(days=30)
# A tenant marked this recently is never dropped from the list: an enqueue marks first
# and writes its entry milliseconds later, and must not find its tenant dropped between.
DROP_GRACE = timedelta(minutes=1)
MAX_WRITE_ATTEMPTS = 10
# Tenants' outboxes read at a time when looking for due entries.
READ_CHUNK = 64

EntryState = Literal["pending", "delivered", "dead"]


def new_notice_id() -> str:
    return uuid.uuid4().hex


class Reason(BaseModel):
    """One piece of reviewer feedback; `item` is the evidence item or field at fault."""

    code: str
    message: str
    item: str | None = None


class OutboxEntry(BaseModel):
    """A notice to deliver, and how its delivery goes."""

    notice_id: str = Field(default_factory=new_notice_id)
    tenant_id: str
    kind: Literal["claim", "plan", "reminder"]
    item_id: str
    status: str | None = None
    previous_status: str | None = None
    reasons: list[Reason] = Field(default_factory=list)
    actor: str | None = None
    # When the change happened (the reviewer's time); created_at: when it was recorded.
    at: datetime = Field(default_factory=utc_now)
    created_at: datetime = Field(default_factory=utc_now)
    state: EntryState = "pending"
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    # Recipient keys already served: a recipient listed here is never sent this again.
    delivered_to: list[str] = Field(default_factory=list)
    extra: dict[str, str] = Field(default_factory=dict)
    # Which notifier is delivering it, and until when (see `Outbox.claim`).
    lease_owner: str | None = None
    lease_until: datetime | None = None
    # Waiting for a recipient's working hours: it does not hold back the tenant's other
    # notices (only later ones about the same item, which keep their order).
    held: bool = False


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class HeldItems:
    """Items with a status notice waiting for a recipient's working hours: their later
    status notices wait behind it (an item's notices keep their order); reminders, nudges
    of their own, never wait behind one."""

    def __init__(self) -> None:
        self._items: set[str] = set()

    def blocks(self, entry: OutboxEntry) -> bool:
        return entry.kind != "reminder" and entry.item_id in self._items

    def hold(self, entry: OutboxEntry) -> None:
        if entry.kind != "reminder":
            self._items.add(entry.item_id)


def _release_held(document: dict[str, Any], item_id: str) -> None:
    """The notices about `item_id` waiting for working hours are due now: an urgent one
    follows them, and they go before it, in their order."""
    for raw in document["entries"].values():
        if raw.get("item_id") == item_id and raw.get("held") and raw.get("state") == "pending":
            raw["next_attempt_at"], raw["held"] = None, False


def _empty_outbox() -> dict[str, Any]:
    return {"entries": {}, "order": []}


def _empty_index() -> dict[str, Any]:
    return {"tenants": [], "marked_at": {}, "known": []}


def _filled(document: dict[str, Any] | None, empty: dict[str, Any]) -> dict[str, Any]:
    """`document` as read (None: none yet), with every field of `empty` present."""
    document = document if document is not None else {}
    for name, value in empty.items():
        document.setdefault(name, value)
    return document


class Outbox:
    """Notices per tenant, in creation order, with their delivery state."""

    def __init__(
        self,
        store: KeyValueStore,
        *,
        clock: Callable[[], datetime] = utc_now,
        drop_grace: timedelta = DROP_GRACE,
        keep_delivered: timedelta = KEEP_DELIVERED,
    ) -> None:
        self._store = store
        self._clock = clock
        self._drop_grace = drop_grace
        self._keep_delivered = keep_delivered

    @staticmethod
    def key(tenant_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/outbox"

    # -- reading ---------------------------------------------------------------------------

    async def _read_index(self) -> dict[str, Any]:
        return _filled((await self._store.read([TENANTS_KEY])).get(TENANTS_KEY), _empty_index())

    async def pending(self, now: datetime, limit: int = 100) -> list[OutboxEntry]:
        """Entries due at `now`: tenant by tenant, each tenant's in creation order.

        A pending entry that is not due yet (backing off) holds back the tenant's later
        entries, so a conversation never gets a newer notice before an older one; one held
        for a recipient's working hours holds back only the later status notices about its
        item. A
        listed tenant with nothing pending left is dropped from the list.
        """
        now = _aware(now)
        index = await self._read_index()
        tenants = list(index["tenants"])
        if not tenants:
            return []
        keys = {tenant_id: self.key(tenant_id) for tenant_id in tenants}
        found: dict[str, Any] = {}
        due: list[OutboxEntry] = []
        for position, tenant_id in enumerate(tenants):
            if position % READ_CHUNK == 0:
                # Read as far as needed: `limit` entries rarely need every listed tenant.
                chunk = tenants[position : position + READ_CHUNK]
                found = await self._store.read([keys[tenant] for tenant in chunk])
            document = found.get(keys[tenant_id]) or _empty_outbox()
            # Only the pending entries are parsed: delivered ones stay for 30 days.
            raw = document.get("entries") or {}
            waiting_ids = [
                notice_id
                for notice_id in document.get("order") or []
                if notice_id in raw and raw[notice_id].get("state", "pending") == "pending"
            ]
            if not waiting_ids:
                stored = found.get(keys[tenant_id])
                await self._drop(tenant_id, copy.deepcopy(stored) if stored else None)
                continue
            held = HeldItems()
            for notice_id in waiting_ids:
                entry = OutboxEntry.model_validate(raw[notice_id])
                if held.blocks(entry):
                    continue
                if entry.next_attempt_at is not None and _aware(entry.next_attempt_at) > now:
                    if not entry.held:
                        break
                    held.hold(entry)
                    continue
                if len(due) >= limit:
                    break
                due.append(entry)
            if len(due) >= limit:
                break
        return due

    async def counts(self) -> dict[str, int]:
        """How many entries are pending, delivered (and not pruned yet) and dead."""
        totals = {"pending": 0, "delivered": 0, "dead": 0}
        index = await self._read_index()
        tenants = list(dict.fromkeys([*index["known"], *index["tenants"]]))
        if not tenants:
            return totals
        found = await self._store.read([self.key(tenant_id) for tenant_id in tenants])
        for document in found.values():
            for entry in (document.get("entries") or {}).values():
                state = entry.get("state", "pending")
                totals[state] = totals.get(state, 0) + 1
        return totals

    # -- writing ---------------------------------------------------------------------------

    async def mark_tenant(self, tenant_id: str) -> None:
        """List the tenant as having pending entries; call it BEFORE writing the entry.

        It always writes (a fresh `marked_at`), so a concurrent `pending` that is about to
        drop the tenant sees its e-tag change and leaves the tenant listed.
        """

        def mark(found: dict[str, Any]) -> Outcome[None]:
            index = _filled(found.get(TENANTS_KEY), _empty_index())
            if tenant_id not in index["tenants"]:
                index["tenants"].append(tenant_id)
            if tenant_id not in index["known"]:
                index["known"].append(tenant_id)
            index["marked_at"][tenant_id] = self._clock().isoformat()
            return Outcome({TENANTS_KEY: index})

        await change(
            self._store, [TENANTS_KEY], mark, what=TENANTS_KEY, attempts=MAX_WRITE_ATTEMPTS
        )

    async def entry_documents(self, tenant_id: str, entry: OutboxEntry) -> dict[str, Any]:
        """{key: the tenant's outbox document with `entry` appended}, for a save's `extra=`.

        The document carries the e-tag it was read at, so the save fails (ChangedError)
        if the outbox changed in between; read it again and retry.
        """
        if entry.tenant_id != tenant_id:
            raise ValueError(f"entry of tenant {entry.tenant_id!r} offered to {tenant_id!r}")
        key = self.key(tenant_id)
        found = (await self._store.read([key])).get(key)
        document = self.with_entry(found, entry)
        if found is None:
            document["e_tag"] = NEW_DOCUMENT  # created by this write, or the write fails
        return {key: document}

    def with_entry(self, document: dict[str, Any] | None, entry: OutboxEntry) -> dict[str, Any]:
        """The tenant's outbox `document` as read (None: none yet) with `entry` in it, pruned.

        Pure: for a unit of work that writes the entry with something else (a reminder's
        mark), or alone (`enqueue`).
        """
        document = _filled(document, _empty_outbox())
        if entry.status in URGENT_STATUSES:
            _release_held(document, entry.item_id)
        if entry.notice_id not in document["entries"]:
            document["order"].append(entry.notice_id)
        document["entries"][entry.notice_id] = entry.model_dump(mode="json")
        self._prune(document)
        return document

    async def enqueue(self, entry: OutboxEntry) -> None:
        """Add an entry on its own (reminders: nothing else to write with it)."""
        await self.mark_tenant(entry.tenant_id)
        key = self.key(entry.tenant_id)
        await change(
            self._store,
            [key],
            lambda found: Outcome({key: self.with_entry(found.get(key), entry)}),
            what=key,
            attempts=MAX_WRITE_ATTEMPTS,
        )

    async def claim(self, entry: OutboxEntry, owner: str, now: datetime, lease: timedelta) -> bool:
        """Take `entry` for delivery until `now + lease`, exclusively across processes.

        False if it is delivered or dead, backing off, or leased to another owner whose
        lease has not ended. On success `entry` is refreshed with the stored one
        (recipients already served, attempts) and carries the lease.
        """
        key = self.key(entry.tenant_id)
        now = _aware(now)

        def take(found: dict[str, Any]) -> Outcome[OutboxEntry | None]:
            document = _filled(found.get(key), _empty_outbox())
            stored = document["entries"].get(entry.notice_id)
            if stored is None:
                return Outcome()
            current = OutboxEntry.model_validate(stored)
            if current.state != "pending":
                return Outcome()
            if current.next_attempt_at is not None and _aware(current.next_attempt_at) > now:
                return Outcome()
            held = current.lease_until is not None and _aware(current.lease_until) > now
            if held and current.lease_owner != owner:
                return Outcome()
            current.lease_owner, current.lease_until = owner, now + lease
            document["entries"][entry.notice_id] = current.model_dump(mode="json")
            # Over the e_tag read: a claim (or any change) made since makes the write fail.
            return Outcome({key: document}, current)

        try:
            current = await change(self._store, [key], take, what=key, attempts=MAX_WRITE_ATTEMPTS)
        except StillConflictingError:
            return False
        if current is None:
            return False
        for name in OutboxEntry.model_fields:
            setattr(entry, name, getattr(current, name))
        return True

    async def update(self, entry: OutboxEntry) -> None:
        """Persist the delivery state of `entry` (state, attempts, recipients served, ...).

        Recipients served are merged with those already stored, never forgotten, and
        `entry.delivered_to` is brought up to date with them.
        """
        key = self.key(entry.tenant_id)

        def merge(found: dict[str, Any]) -> Outcome[list[str] | None]:
            document = _filled(found.get(key), _empty_outbox())
            stored = document["entries"].get(entry.notice_id)
            if stored is None:
                return Outcome()
            current = OutboxEntry.model_validate(stored)
            delivered_to = list(dict.fromkeys([*current.delivered_to, *entry.delivered_to]))
            update = {
                "state": entry.state,
                "attempts": entry.attempts,
                "delivered_to": delivered_to,
                "next_attempt_at": entry.next_attempt_at,
                "last_error": entry.last_error,
                "held": entry.held,
            }
            if current.lease_owner in (None, entry.lease_owner):
                # Never take over or drop a lease another notifier holds now.
                update |= {"lease_owner": entry.lease_owner, "lease_until": entry.lease_until}
            merged = current.model_copy(update=update)
            document["entries"][entry.notice_id] = merged.model_dump(mode="json")
            self._prune(document)
            return Outcome({key: document}, delivered_to)

        delivered_to = await change(
            self._store, [key], merge, what=f"notice {entry.notice_id}", attempts=MAX_WRITE_ATTEMPTS
        )
        if delivered_to is None:
            log.warning("outbox update of unknown notice %s ignored", entry.notice_id)
            return
        entry.delivered_to = delivered_to

    def _prune(self, document: dict[str, Any]) -> None:
        oldest_kept = self._clock() - self._keep_delivered
        for notice_id, raw in list(document["entries"].items()):
            # Only delivered entries are parsed: this runs on every update of the outbox.
            if raw.get("state") != "delivered":
                continue
            entry = OutboxEntry.model_validate(raw)
            if _aware(entry.created_at) < oldest_kept:
                del document["entries"][notice_id]
        document["order"] = [n for n in document["order"] if n in document["entries"]]

    async def _drop(self, tenant_id: str, outbox_document: dict[str, Any] | None) -> None:
        """Unlist a tenant found with nothing pending, unless that changed meanwhile.

        The write carries the e-tags of the list and of the tenant's outbox as read: a
        mark or an entry written since makes it fail, and the tenant stays listed.
        """
        index = await self._read_index()
        if tenant_id not in index["tenants"]:
            return
        marked_at = index["marked_at"].get(tenant_id)
        if marked_at is not None:
            age = self._clock() - _aware(datetime.fromisoformat(marked_at))
            if age < self._drop_grace:
                return
        index["tenants"].remove(tenant_id)
        index["marked_at"].pop(tenant_id, None)
        changes: dict[str, Any] = {TENANTS_KEY: index}
        if outbox_document is not None and outbox_document.get("e_tag"):
            changes[self.key(tenant_id)] = outbox_document
        try:
            await self._store.write(changes)
        except ConflictError:
            log.debug("outbox tenant %s changed while being dropped; kept", tenant_id)
