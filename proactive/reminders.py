"""Reminders: nudges before deadlines and on idle drafts, each sent once.

A scheduler (with an injectable clock, so tests move time) walks the tenants that
hold plans or claims and queues reminder notices in the outbox; the notifier
delivers them like status notices, with a button that resumes the draft:

- a claim draft whose claiming period ends in 7 days, and again in 1 day;
- a plan in Action required whose resubmission window closes within 14 days;
- a draft (plan or claim) untouched for `idle_days` days (counted from the day its partner
  asked to be reminded, when that is later);
- a draft on the day its partner asked to be reminded of it ("remind me on Monday": the
  draft's `remind_on`).

What was sent is kept per tenant (`tenants/<t>/reminders`), so a restart or a
second run on the same day sends nothing twice. The mark and the outbox entry are
written in one conditional write of the tenant's documents, so two instances of the
bot running schedulers over one store queue each reminder once, and a crash between
the two writes cannot happen.

A damaged document (a hand-edited file, a bad restore: a plan with `"status": "Bogus"`, a
claim that no longer validates, a value that is not a document) hurts only itself: it is
skipped and logged by id and error type (never its content), and the scan goes on with
the tenant's other documents and every other tenant. A tenant whose index or record of
sent reminders is damaged is skipped whole (logged by tenant id), the others served.

The same hourly walk prunes each tenant's expired processed-event markers
(`storage.status_changes.prune_event_markers`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from dialogs.services import Services
from domain.dates import FiscalHalf
from domain.funds import claiming_window
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.plan import utc_now
from domain.plan_rules import RESUBMISSION_GRACE, program_year_end
from domain.reminder_day import CLAIM_DEADLINE_DAYS
from domain.working_hours import zone_of
from storage.outbox import Outbox, OutboxEntry
from storage.repository import (
    KeyValueStore,
    VersionedDocuments,
    registered_tenants,
    tenant_prefix,
)
from storage.status_changes import prune_event_markers
from storage.unit_of_work import Outcome, change

log = logging.getLogger(__name__)

# Documents read (and validated) at a time by the scan before it gives the loop back.
SCAN_BATCH = 50
# Partners whose folders are prepared in one hand-off to a reader thread (see `run_once`).
PREPARED_AT_ONCE = 32

PLAN_WINDOW_DAYS = 14


class DamagedDocument(Exception):
    """A stored document is not what this code wrote; `key` names it (no content)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"document {key} is damaged")
        self.key = key


def _sent_marks(key: str, document: Any) -> list[str]:
    """The marks of a tenant's record of sent reminders, or DamagedDocument."""
    if document is None:
        return []
    sent = document.get("sent", []) if isinstance(document, dict) else None
    if not isinstance(sent, list) or not all(isinstance(mark, str) for mark in sent):
        raise DamagedDocument(key)
    return sent


class ReminderScheduler:
    """`run_once()` queues what is due today; `run()` does it every `interval_seconds`."""

    def __init__(
        self,
        store: KeyValueStore,
        services: Services,
        outbox: Outbox,
        *,
        idle_days: int = 7,
        clock: Callable[[], datetime] = utc_now,
        on_queued: Callable[[], None] | None = None,
        after_round: Callable[[], Awaitable[object]] | None = None,
        interval_seconds: float = 3600.0,
    ) -> None:
        """`after_round`: awaited after each round of `run` (the bot gives the memory the
        round's reads freed back to the system)."""
        self.store = store
        self.services = services
        self.outbox = outbox
        self.idle_days = idle_days
        self.clock = clock
        self.on_queued = on_queued
        self.after_round = after_round
        self.interval_seconds = interval_seconds

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:
                log.exception("reminder round failed")
            if self.after_round is not None:
                try:
                    await self.after_round()
                except Exception:
                    log.exception("after the reminder round")
            await asyncio.sleep(self.interval_seconds)

    async def run_once(self) -> int:
        queued = 0
        now = self.clock()
        tenants = await registered_tenants(self.store)
        # A store that keeps partners in folders (TinyDBStorage) prepares the next ones'
        # on a reader thread, a batch at a time: the scan is the first to read nearly
        # every partner after a start, and a folder first read on the loop is listed there.
        prepare = getattr(self.store, "prepare_tenants", None)
        for number, tenant_id in enumerate(tenants):
            if prepare is not None and number % PREPARED_AT_ONCE == 0:
                await prepare(map(tenant_prefix, tenants[number : number + PREPARED_AT_ONCE]))
            # Stored reads are in memory once a partition is open: without this, the scan
            # would hold the event loop for its whole run and every partner's turn wait.
            await asyncio.sleep(0)
            try:
                queued += await self._tenant(tenant_id, now)
            except Exception as error:
                # One tenant's damage (or a write that failed) must not stop the others'.
                log.error(
                    "reminders of tenant %s skipped this round: %s%s",
                    tenant_id,
                    type(error).__name__,
                    f" ({error.key})" if isinstance(error, DamagedDocument) else "",
                )
            try:
                # The hourly walk over the tenants also drops expired processed-event
                # markers (storage.status_changes: kept 30 days, a bounded batch a run).
                await prune_event_markers(self.store, tenant_id, self.clock())
            except Exception as error:
                log.error(
                    "event markers of tenant %s not pruned: %s", tenant_id, type(error).__name__
                )
        if queued and self.on_queued:
            self.on_queued()
        return queued

    def _sent_key(self, tenant_id: str) -> str:
        return f"tenants/{quote(tenant_id, safe='')}/reminders"

    async def _tenant(self, tenant_id: str, now: datetime) -> int:
        today = now.date()
        # The day it is where each owner of a draft with a reminder asked is: "remind me
        # tomorrow" said in Auckland is kept as the day after theirs, which begins there
        # half a day before it does in UTC (`_days_where_owners_are`).
        owners_days: dict[str, date] = {}
        key = self._sent_key(tenant_id)
        sent = _sent_marks(key, (await self.store.read([key])).get(key))
        due: list[tuple[str, OutboxEntry]] = []
        plans = [
            plan
            async for batch in self._documents(
                self.services.plans, tenant_id, await self.services.plans.item_ids(tenant_id)
            )
            for plan in batch
        ]
        by_id = {plan.id: plan for plan in plans}
        # Claims a batch at a time, each looked at and let go: a partner with thousands of
        # claims never has them all in memory at once.
        claim_ids = await self.services.claims.item_ids(tenant_id)
        async for batch in self._documents(self.services.claims, tenant_id, claim_ids):
            await self._days_where_owners_are(tenant_id, batch, now, owners_days)
            for claim in batch:
                try:
                    due.extend(self._claim_due(tenant_id, claim, by_id, today, owners_days))
                except Exception as error:
                    self._skipped(tenant_id, "claim", claim.id, error)
        await self._days_where_owners_are(tenant_id, plans, now, owners_days)
        for plan in plans:
            try:
                due.extend(self._plan_due(tenant_id, plan, today, owners_days))
            except Exception as error:
                self._skipped(tenant_id, "plan", plan.id, error)
        fresh = [(mark, entry) for mark, entry in due if mark not in sent]
        queued = 0
        for mark, entry in fresh:
            if await self._queue_once(key, mark, entry):
                queued += 1
        return queued

    async def _documents(
        self, repository: VersionedDocuments[Any, Any], tenant_id: str, item_ids: list[str]
    ) -> AsyncIterator[list[Any]]:
        """The tenant's documents `item_ids`, without the damaged ones (logged), in batches
        of `SCAN_BATCH`, with the event loop given back between batches (a partner with
        thousands of claims must not stall everyone else's turns)."""
        for start in range(0, len(item_ids), SCAN_BATCH):
            batch = item_ids[start : start + SCAN_BATCH]
            if start:
                await asyncio.sleep(0)
            try:
                yield await repository.get_many(tenant_id, batch)  # one read
                continue
            except Exception:
                pass  # one of them is damaged: read them one by one to keep the rest
            documents: list[Any] = []
            for item_id in batch:
                try:
                    documents.extend(await repository.get_many(tenant_id, [item_id]))
                except Exception as error:
                    self._skipped(tenant_id, repository.kind, item_id, error)
            yield documents

    async def _days_where_owners_are(
        self, tenant_id: str, drafts: list[Any], now: datetime, days: dict[str, date]
    ) -> None:
        """Add to `days` the day it is now where the owner of each draft with a reminder
        asked around today is (their profile's time zone, as their Teams client sent it;
        UTC when unknown). Only for a day asked from today to tomorrow in UTC: an earlier
        day has begun everywhere (UTC-12 is half a day behind), a later one nowhere (UTC+14
        is 14 hours ahead); most drafts have none, so few profiles are read."""
        today = now.date()
        for draft in drafts:
            asked, owner = getattr(draft, "remind_on", None), getattr(draft, "owner_id", None)
            if asked is None or owner is None or owner in days:
                continue
            if not today <= asked <= today + timedelta(days=1):
                continue
            try:
                zone = (await self.services.profiles.get(tenant_id, owner)).get("time_zone")
            except Exception as error:  # a damaged profile: the day in UTC
                log.error(
                    "reminders: profile of tenant %s unreadable (%s): its day taken in UTC",
                    tenant_id, type(error).__name__,
                )  # fmt: skip
                zone = None
            days[owner] = now.astimezone(zone_of(zone)).date()

    @staticmethod
    def _skipped(tenant_id: str, kind: str, item_id: str, error: Exception) -> None:
        # Ids and the error's type: a validation error's text quotes the stored values.
        log.error(
            "reminders: %s %s of tenant %s skipped, the stored document is damaged (%s)",
            kind, item_id, tenant_id, type(error).__name__,
        )  # fmt: skip

    def _claim_due(
        self,
        tenant_id: str,
        claim: Any,
        plans: dict[str, Any],
        today: date,
        owners_days: dict[str, date] | None = None,
    ):
        if claim.status is not ClaimStatus.EDITING:
            return []
        due = []
        plan = plans.get(claim.plan_id or "")
        if plan is not None and plan.period:
            closes = claiming_window(FiscalHalf.parse(plan.period))[1]
            days = (closes - today).days
            for mark in sorted(CLAIM_DEADLINE_DAYS):  # the nearest mark that applies
                if 0 <= days <= mark:
                    due.append((f"{claim.id}:deadline:{mark}", self._entry(
                        tenant_id, claim.id, "reminder.claim_deadline",
                        claim_id=claim.id, name=claim.name or claim.id,
                        deadline=closes.isoformat(), days=str(days),
                    )))  # fmt: skip
                    break
        due.extend(self._of_draft(tenant_id, claim, today, owners_days))
        return due

    def _plan_due(
        self, tenant_id: str, plan: Any, today: date, owners_days: dict[str, date] | None = None
    ):
        due = []
        if plan.status is PlanStatus.ACTION_REQUIRED and plan.period:
            closes = program_year_end(plan.period) + RESUBMISSION_GRACE
            if 0 <= (closes - today).days <= PLAN_WINDOW_DAYS:
                due.append((f"{plan.id}:window", self._entry(
                    tenant_id, plan.id, "reminder.plan_window",
                    plan_id=plan.id, deadline=closes.isoformat(),
                )))  # fmt: skip
        if plan.status is PlanStatus.EDITING:
            due.extend(self._of_draft(tenant_id, plan, today, owners_days))
        return due

    async def _queue_once(self, key: str, mark: str, entry: OutboxEntry) -> bool:
        """Queue `entry` unless `mark` is already sent; the mark and entry land together."""
        await self.outbox.mark_tenant(entry.tenant_id)  # listed first (see the outbox)
        outbox_key = self.outbox.key(entry.tenant_id)

        def queue(found: dict[str, Any]) -> Outcome[bool]:
            stored = found.get(key)
            sent = _sent_marks(key, stored)
            if mark in sent:
                return Outcome(result=False)  # another scheduler (another instance) queued it
            return Outcome(
                {
                    outbox_key: self.outbox.with_entry(found.get(outbox_key), entry),
                    key: {**(stored or {}), "sent": [*sent, mark][-5000:]},
                },
                True,
            )

        return await change(self.store, [key, outbox_key], queue, what=f"reminder {mark}")

    def _of_draft(
        self, tenant_id: str, draft: Any, today: date, owners_days: dict[str, date] | None = None
    ):
        """A draft's own reminders: the one its partner asked for ("remind me on Monday"),
        on that day where its owner is (`owners_days`: the day there; else UTC's) or the first scan
        after; and the one of a draft left untouched, whose week counts from the later of its
        last change and the day asked (asked for a day, the partner is not nudged again the
        next)."""
        due = []
        asked: date | None = draft.remind_on
        owners_day = (owners_days or {}).get(draft.owner_id, today)
        if asked is not None and asked <= owners_day:
            due.append((f"{draft.id}:asked:{asked.isoformat()}", self._entry(
                tenant_id, draft.id, "reminder.asked", item_id=draft.id, asked=asked.isoformat(),
            )))  # fmt: skip
        since = draft.updated_at.date()
        if asked is not None and asked > since:
            since = asked
        due.extend(self._idle(tenant_id, draft.id, since, today))
        return due

    def _idle(self, tenant_id: str, item_id: str, since: date, today: date):
        idle = (today - since).days
        if idle < self.idle_days:
            return []
        # One reminder per idle spell: a change starts a new spell with a new mark.
        mark = f"{item_id}:idle:{since.isoformat()}"
        entry = self._entry(
            tenant_id, item_id, "reminder.idle_draft", item_id=item_id, days=str(idle)
        )
        return [(mark, entry)]

    def _entry(self, tenant_id: str, subject_id: str, text_key: str, **params: str) -> OutboxEntry:
        return OutboxEntry(
            tenant_id=tenant_id,
            kind="reminder",
            item_id=subject_id,
            extra={"text_key": text_key, **params},
            at=self.clock(),
        )
