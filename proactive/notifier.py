"""Proactive delivery of status notices: outbox entries → cards in the partners' chats.

Runs beside the web server, never on a request's path. Each entry goes to the
item's owner and to the tenant's Incentives admins who have talked to the bot,
in the language last seen from each. A recipient served is recorded on the entry
before the next one is tried, so a notice is never sent twice; 429 and 5xx
answers are retried with back-off (honouring Retry-After) and the tenant's later
notices wait, so a conversation gets its notices in order; an entry that keeps
failing is parked as dead and counted in /healthz.

Tenants are served side by side (up to `concurrency` at a time; each tenant's notices
one after another, so their order holds), and a round that delivered something is
followed at once by the next. When nothing is due the notifier sleeps until woken, until
the earliest retry it scheduled, or `poll_seconds`.

Teams' rate limits are kept before each send, not learnt from 429s: the pacer
(`proactive/pacing.py`: per conversation 7 sends in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an
hour; per tenant 40 a second) says how long a send must wait. Waiting is neither a failure
nor an attempt, and is never slept under the entry's lease: the recipients whose
conversations are free get the notice now, and the entry is put back in the outbox, due
when the pacer allows the rest; the notifier sleeps until then like until any retry it
scheduled. Sleeping in place instead would hold the round, and every other tenant's next
notices, for as long as the wait (measured: the fan-out's rate fell by a third). The
tenant's later notices wait behind the entry put back, as behind any entry that is not due
(the outbox keeps each tenant's notices in order); other tenants are not held. So an
Incentives admin whose chat took its hour's 1,800 notices paces the rest of that tenant's
notices to the admin's rate until the hour has passed: the price of the tenant's order,
the simplest order that never shows anyone a newer notice before an older one. The pacer
is this instance's: see its module for several instances.

A connector that misbehaves for one conversation holds back only that conversation's
tenant: a Retry-After is read as seconds or an HTTP date and capped at
`MAX_RETRY_AFTER_SECONDS` (`inf`, `nan`, `100000` or a date in 2099 never stall or break a
round); a send that has no answer after `send_timeout_seconds` is cut off and retried with
back-off (it may have reached the chat: then that recipient sees it twice, the price of
not waiting forever); and the background loop waits at most `round_patience_seconds` for a
round's slowest tenant: that tenant's delivery goes on by itself, left out of the next
rounds until it ends, while the next round serves everyone else.

Every instance of the bot may run a notifier over the same store: an entry is claimed
with a lease (`Outbox.claim`, an e_tag conditional write) before anything is sent, so
only one notifier delivers it; the others leave that tenant for the round.
"""

from __future__ import annotations

import asyncio
import functools
import heapq
import logging
import math
import os
import socket
import time
import uuid
import weakref
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import Activity, ConversationReference
from opentelemetry import metrics
from opentelemetry.metrics import CallbackOptions, Observation

from dialogs.messages import to_activity
from dialogs.services import Services
from domain.dates import format_date
from domain.funds import period_closing
from domain.lifecycle import CLAIMS_SENT_BACK
from domain.plan import utc_now
from domain.roles import Role
from domain.working_hours import OFFICE_HOURS, URGENT_STATUSES, WorkingHours
from proactive.pacing import Pacer
from storage.cards import SentCard
from storage.outbox import HeldItems, Outbox, OutboxEntry
from views.cards import escape
from views.message import Message
from views.notice_cards import (
    claim_notice,
    fix_deadline_text,
    plan_notice,
    reminder_digest,
    reminder_notice,
)
from views.strings import t

log = logging.getLogger(__name__)
_METER = metrics.get_meter("incentives.proactive")
# By result: delivered, parked (dead), retry (a failed attempt, to be made again).
NOTICES = _METER.create_counter("incentives.notices", description="Notices by result")
# How often a running notifier counts its outbox for the pending gauge.
COUNT_EVERY_SECONDS = 15.0
_RUNNING: weakref.WeakSet[Notifier] = weakref.WeakSet()


def _pending(_options: CallbackOptions) -> list[Observation]:
    known = [notifier.pending for notifier in list(_RUNNING) if notifier.pending is not None]
    return [Observation(sum(known))] if known else []


_METER.create_observable_gauge(
    "incentives.notices.pending", callbacks=[_pending], description="Notices not yet delivered"
)

NOTIFIED_ROLES = (Role.INCENTIVES_ADMIN, Role.GLOBAL_ADMIN, Role.BILLING_ADMIN)
RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
# Past this many scheduled retries the notifier falls back on polling for the rest.
MAX_REMEMBERED_RETRIES = 100_000
# The longest pause a Retry-After can impose. Longer asks are tried again after this; a
# 429 answered again is paced again, never counted toward parking the notice.
MAX_RETRY_AFTER_SECONDS = 600.0
# The longest back-off between two failed attempts, whatever max_attempts says.
MAX_BACKOFF_SECONDS = 3600.0
# A send with no answer after this is cut off (far above a normal send, well under the lease).
SEND_TIMEOUT_SECONDS = 30.0
# How long the background loop waits for a round's slowest tenant before the next round.
ROUND_PATIENCE_SECONDS = 2.0
# An entry put back for the pacer is due this much after the pacer's wait: the outbox runs
# on the wall clock, the pacer on its own, and a retry a hair early is only put back again.
PACED_MARGIN_SECONDS = 0.01
# A status change that gives the partner something to do (or money) is a new message, which
# Teams notifies; any other (Under review) only updates the card already in the chat.
PINGING_STATUSES = frozenset({"Action required", "Rejected", "Approved", "Paid"})
# A claim's statuses that ask for a fix: their notice says until when (its period's claims).
FIX_STATUSES = frozenset(status.value for status in CLAIMS_SENT_BACK)
# A reminder of a deadline closer than this is sent whatever the hour (as are the notices
# of URGENT_STATUSES); the other pings wait for the partner's working hours.
URGENT_DEADLINE = timedelta(hours=24)


class DeliveryFailed(Exception):
    def __init__(
        self, status: int | None, retry_after: float | None, message: str | None = None
    ) -> None:
        super().__init__(message or f"connector answered {status}")
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.status is None or self.status in RETRYABLE


def retry_after_seconds(raw: object, now: datetime) -> float | None:
    """A Retry-After header as seconds from `now`, within [0, MAX_RETRY_AFTER_SECONDS].

    Seconds or an HTTP date (RFC 9110); None when absent or unreadable (`nan`, words).
    `inf`, `1e309`, `100000` or a far date are capped; a negative or past one is 0.
    """
    if raw is None:
        return None
    text = str(raw).strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def _failure_of(error: Exception, now: datetime) -> DeliveryFailed:
    """The HTTP status and Retry-After a connector error carries (msrest or aiohttp)."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    headers = getattr(response, "headers", None) or {}
    raw = headers.get("Retry-After") if hasattr(headers, "get") else None
    try:
        code = int(status) if status else None
    except (TypeError, ValueError):
        code = None
    return DeliveryFailed(code, retry_after_seconds(raw, now))


def _conversation_of(reference: dict[str, Any], recipient: str) -> str:
    """The conversation a stored reference posts to (what Teams' per-conversation limits
    count); the recipient stands in for a reference without one."""
    conversation = reference.get("conversation")
    found = conversation.get("id") if isinstance(conversation, dict) else None
    return str(found) if found else f"recipient:{recipient}"


class Notifier:
    """Delivers due outbox entries; `wake()` after a status change, `run()` in the background."""

    def __init__(
        self,
        adapter: BotAdapter,
        app_id: str,
        outbox: Outbox,
        services: Services,
        *,
        clock: Callable[[], datetime] = utc_now,
        max_attempts: int = 8,
        base_delay_seconds: float = 1.0,
        poll_seconds: float = 5.0,
        lease_seconds: float = 120.0,
        concurrency: int = 16,
        batch_size: int = 200,
        send_timeout_seconds: float = SEND_TIMEOUT_SECONDS,
        round_patience_seconds: float = ROUND_PATIENCE_SECONDS,
        pacer: Pacer | None = None,
        working_hours: WorkingHours = OFFICE_HOURS,
    ) -> None:
        self.adapter = adapter
        self.app_id = app_id
        self.outbox = outbox
        self.services = services
        self.clock = clock
        self.max_attempts = max_attempts
        self.base_delay_seconds = base_delay_seconds
        self.poll_seconds = poll_seconds
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.send_timeout_seconds = send_timeout_seconds
        self.round_patience_seconds = round_patience_seconds
        # Consulted before every send (Teams' rate limits); its own monotonic clock, not
        # `clock`, which tests freeze and wall time may move back.
        self.pacer = pacer or Pacer()
        # Non-urgent pings wait for these hours where the partner is (NOTICE_HOURS).
        self.working_hours = working_hours
        # Tenants whose delivery outlasted its round's patience, still under way: later
        # rounds leave them out (their entries are leased anyway) until they end.
        self._in_flight: dict[str, asyncio.Task] = {}
        # Shared by every round, so deliveries left running count toward `concurrency`.
        self._slots: asyncio.Semaphore | None = None
        # Retries scheduled by this notifier (a heap of times): it sleeps no longer than
        # until the earliest one still ahead.
        self._retries: list[datetime] = []
        # Longer than a delivery takes; if this process dies, another resumes after it.
        self.lease = timedelta(seconds=lease_seconds)
        self.instance_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        # One round at a time: two rounds reading the same pending entry would send it twice.
        self._round = asyncio.Lock()
        # Notices pending at the last count (`count_pending`), for the metrics.
        self.pending: int | None = None
        self._counted_at = -math.inf
        _RUNNING.add(self)

    def wake(self) -> None:
        self._wake.set()

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self.run(), name="notifier")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        running = list(self._in_flight.values())
        for task in running:
            task.cancel()  # its entry keeps its lease until it expires, then is resumed
        await asyncio.gather(*running, return_exceptions=True)

    async def count_pending(self) -> None:
        """Count the outbox's pending notices (the `incentives.notices.pending` gauge)."""
        self.pending = (await self.outbox.counts()).get("pending", 0)
        self._counted_at = time.monotonic()

    async def run(self) -> None:
        while True:
            completed = 0
            started = self.clock()
            try:
                completed = await self.run_once(patience=self.round_patience_seconds)
                if time.monotonic() - self._counted_at >= COUNT_EVERY_SECONDS:
                    await self.count_pending()
            except Exception:
                log.exception("notifier round failed; trying again shortly")
            if completed:
                await asyncio.sleep(0)  # more may be due already: next round at once
                continue
            timeout = self.idle_seconds(started, self.clock())
            if timeout <= 0:
                await asyncio.sleep(0)
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=timeout)
            except TimeoutError:
                pass
            self._wake.clear()

    def idle_seconds(self, started: datetime, now: datetime) -> float:
        """How long to sleep after a round that started at `started` and completed nothing:
        until the earliest retry scheduled, at most `poll_seconds`.

        Only retries due when the round started were that round's to serve; one that fell
        due during it (a notice put off for the pacer, a 429's Retry-After) was not, so
        the next round starts at once (it was forgotten, and the notifier slept up to
        `poll_seconds`: 5-second gaps in `make bench`'s fan-out).
        """
        while self._retries and self._retries[0] <= started:
            heapq.heappop(self._retries)
        if not self._retries:
            return self.poll_seconds
        return min(self.poll_seconds, max(0.0, (self._retries[0] - now).total_seconds()))

    async def run_once(self, patience: float | None = None) -> int:
        """Deliver every entry due now; returns how many entries were completed.

        With `patience` (seconds), return once that long has passed even if a tenant's
        delivery is still under way (a connector that is slow for that conversation):
        it goes on by itself, later rounds leave that tenant out until it ends, and its
        end wakes the notifier. Without, wait for every tenant (tests, tools).
        """
        async with self._round:
            return await self._round_once(patience)

    async def _round_once(self, patience: float | None) -> int:
        by_tenant: dict[str, list[OutboxEntry]] = {}
        for entry in await self.outbox.pending(self.clock(), limit=self.batch_size):
            if entry.tenant_id not in self._in_flight:
                by_tenant.setdefault(entry.tenant_id, []).append(entry)
        if not by_tenant:
            return 0
        if self._slots is None:
            self._slots = asyncio.Semaphore(max(1, self.concurrency))
        tasks = {
            tenant_id: asyncio.create_task(self._deliver_in_order(entries))
            for tenant_id, entries in by_tenant.items()
        }
        try:
            done, _running = await asyncio.wait(tasks.values(), timeout=patience)
        except asyncio.CancelledError:
            for task in tasks.values():
                task.cancel()
            raise
        for tenant_id, task in tasks.items():
            if task not in done:
                self._in_flight[tenant_id] = task
                task.add_done_callback(functools.partial(self._landed, tenant_id))
        completed = 0
        failure: BaseException | None = None
        for task in done:
            error = task.exception()
            if error is not None:
                failure = failure or error
            else:
                completed += task.result()
        if failure is not None:
            raise failure  # the other tenants' deliveries are done and recorded
        return completed

    async def _deliver_in_order(self, entries: list[OutboxEntry]) -> int:
        completed = 0
        assert self._slots is not None
        async with self._slots:
            digests, in_digest = await self._digests(entries)
            held = HeldItems()  # waiting for working hours holds back only its item
            for entry in entries:
                if entry.notice_id in digests:
                    completed += await self._deliver_digest(digests[entry.notice_id])
                    continue
                if entry.notice_id in in_digest or held.blocks(entry):
                    continue
                if await self._deliver(entry):
                    completed += 1
                elif entry.state == "pending" and entry.held:
                    held.hold(entry)
                elif entry.state == "pending":
                    break  # an earlier notice of this tenant waits: keep the order
        return completed

    def _landed(self, tenant_id: str, task: asyncio.Task) -> None:
        """A delivery that outlasted its round ended: its tenant rejoins the rounds."""
        if self._in_flight.get(tenant_id) is task:
            del self._in_flight[tenant_id]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("notices of a tenant failed after their round", exc_info=error)
        self.wake()  # its later notices, if any, are due now

    async def _deliver(self, entry: OutboxEntry) -> bool:
        if not await self.outbox.claim(entry, self.instance_id, self.clock(), self.lease):
            return False  # another notifier has it (or it is done): its tenant waits
        item = await self._item(entry)
        if item is None:
            entry.state, entry.last_error = "dead", "item not found"
            self._release(entry)
            await self.outbox.update(entry)
            return False
        targets = []
        for recipient in await self._recipients(entry, item):
            if recipient in entry.delivered_to:
                continue
            profile = await self.services.profiles.get(entry.tenant_id, recipient)
            if not profile.get("reference"):
                continue  # never talked to the bot: nowhere to send
            if _muted(entry, profile):
                continue  # said "stop reminding me": done with, never sent
            targets.append((recipient, profile))
        # Seconds until the first of the recipients put off (by the pacer, or until their
        # working hours) may be tried.
        put_off: float | None = None
        entry.held = False
        for number, (recipient, profile) in enumerate(targets, start=1):
            try:
                wait = await self._serve(entry, item, recipient, profile)
            except DeliveryFailed as failure:
                await self._failed(entry, failure)
                return False
            if wait:
                put_off = wait if put_off is None else min(put_off, wait)
                continue  # the others first; this one when its conversation may take it
            entry.delivered_to.append(recipient)
            if number < len(targets):
                entry.lease_until = self.clock() + self.lease
            elif put_off is None:
                # The last one: recorded as served and the notice as delivered in one write.
                self._delivered(entry)
            else:
                break  # recorded with the entry's putting off, below
            await self.outbox.update(entry)
        if put_off is not None:
            await self._put_off(entry, put_off)
            return False
        if not targets:
            self._delivered(entry)
            await self.outbox.update(entry)
        return True

    async def _digests(
        self, entries: list[OutboxEntry]
    ) -> tuple[dict[str, list[tuple[OutboxEntry, Any]]], set[str]]:
        """The reminders of this round for the same person, two or more, to go as one card:
        {the first one's notice id: [(entry, item)...]}, and the ids of all of them."""
        mine: dict[str, list[tuple[OutboxEntry, Any]]] = {}
        if sum(entry.kind == "reminder" for entry in entries) < 2:
            return {}, set()
        for entry in entries:
            if entry.kind != "reminder":
                continue
            item = await self._item(entry)
            if item is not None:
                mine.setdefault(item.owner_id, []).append((entry, item))
        digests = {pairs[0][0].notice_id: pairs for pairs in mine.values() if len(pairs) > 1}
        return digests, {entry.notice_id for pairs in digests.values() for entry, _ in pairs}

    async def _deliver_digest(self, pairs: list[tuple[OutboxEntry, Any]]) -> int:
        """Several reminders for one person as one card (in their working hours, unless one
        is a deadline within 24 h); the number delivered."""
        now = self.clock()
        claimed = [
            (entry, item)
            for entry, item in pairs
            if await self.outbox.claim(entry, self.instance_id, now, self.lease)
        ]
        if not claimed:
            return 0
        first, item = claimed[0]
        owner = item.owner_id
        profile = await self.services.profiles.get(first.tenant_id, owner)
        muted = [(entry, it) for entry, it in claimed if _muted(entry, profile)]
        for entry, _ in muted:
            self._delivered(entry)  # said "stop reminding me": done with, never sent
            await self.outbox.update(entry)
        claimed = [pair for pair in claimed if pair not in muted]
        if not claimed:
            return len(muted)
        first, item = claimed[0]
        reference = profile.get("reference")
        wait, held = 0.0, False
        if reference and not all(owner in entry.delivered_to for entry, _ in claimed):
            if not any(self._urgent(entry, None, item) for entry, item in claimed):
                wait = self.working_hours.seconds_until(now, profile.get("time_zone"))
            held = bool(wait)
            if not wait:
                locale = profile.get("locale") or "en-US"
                reminders = [(*_reminder(entry, it, locale), it.id) for entry, it in claimed]
                idle = any(_of_idle_draft(entry) for entry, _ in claimed)
                digest = reminder_digest(reminders, locale, idle=idle)
                sending = self._send(reference, to_activity(digest))
                try:
                    wait = await self._paced(first, _conversation_of(reference, owner), sending)
                except DeliveryFailed as failure:
                    for entry, _ in claimed:
                        await self._failed(entry, failure)
                    return 0
        for entry, _ in claimed:
            if wait:
                entry.held = held
                await self._put_off(entry, wait)
                continue
            entry.delivered_to.append(owner)
            self._delivered(entry)
            await self.outbox.update(entry)
        return len(muted) + (0 if wait else len(claimed))

    async def _put_off(self, entry: OutboxEntry, seconds: float) -> None:
        """Back in the outbox, due in `seconds`: the pacer's wait, no failure and no attempt."""
        entry.next_attempt_at = self.clock() + timedelta(seconds=seconds + PACED_MARGIN_SECONDS)
        if len(self._retries) < MAX_REMEMBERED_RETRIES:
            heapq.heappush(self._retries, entry.next_attempt_at)
        self._release(entry)
        await self.outbox.update(entry)

    def _delivered(self, entry: OutboxEntry) -> None:
        entry.state = "delivered"
        self._release(entry)
        NOTICES.add(1, {"result": "delivered"})

    @staticmethod
    def _release(entry: OutboxEntry) -> None:
        # The lease ends now; the owner stays named so that `Outbox.update` (which never
        # touches another notifier's lease) recognizes the release as ours and stores it.
        entry.lease_until = None

    async def _failed(self, entry: OutboxEntry, failure: DeliveryFailed) -> None:
        # A 429 that says when to come back is the connector pacing us, not the notice
        # failing: it is retried then, and neither counts toward parking it nor grows the
        # back-off (under sustained throttling a notice would otherwise end up dead).
        paced = failure.status == 429 and failure.retry_after is not None
        if not paced:
            entry.attempts += 1
        entry.last_error = str(failure)
        if not failure.retryable or entry.attempts >= self.max_attempts:
            entry.state = "dead"
            NOTICES.add(1, {"result": "parked"})
            log.warning(
                "notice %s parked as dead after %d attempts", entry.notice_id, entry.attempts
            )
        else:
            backoff = min(
                self.base_delay_seconds * 2.0 ** min(max(entry.attempts - 1, 0), 64),
                MAX_BACKOFF_SECONDS,
            )
            # Paced: when the connector said, but never in a tight loop ("Retry-After: 0").
            # retry_after is finite and capped (retry_after_seconds).
            pace = max(failure.retry_after or 0, self.base_delay_seconds / 4)
            delay = pace if paced else max(backoff, failure.retry_after or 0)
            entry.next_attempt_at = self.clock() + timedelta(seconds=delay)
            NOTICES.add(1, {"result": "retry"})
            if len(self._retries) < MAX_REMEMBERED_RETRIES:
                heapq.heappush(self._retries, entry.next_attempt_at)
        self._release(entry)
        await self.outbox.update(entry)

    async def _item(self, entry: OutboxEntry) -> Any:
        if entry.kind == "plan" or entry.item_id.startswith("PLN-"):
            return await self.services.plans.get_plan(entry.tenant_id, entry.item_id)
        return await self.services.claims.get(entry.tenant_id, entry.item_id)

    async def _recipients(self, entry: OutboxEntry, item: Any) -> list[str]:
        if entry.kind == "reminder":
            return [item.owner_id]  # a nudge is for whoever drafts, not the whole tenant
        admins = await self.services.directory.user_ids_with(entry.tenant_id, NOTIFIED_ROLES)
        return list(dict.fromkeys([item.owner_id, *admins]))

    def _message(
        self,
        entry: OutboxEntry,
        item: Any,
        locale: str,
        superseded: bool = False,
        closing: tuple[str, date] | None = None,
    ) -> Message:
        """`closing`: a claim's plan's period and the last day its claims are taken (a
        claim sent back says until when it can be fixed)."""
        reasons = [r.model_dump() for r in entry.reasons]
        if entry.kind == "reminder":
            text, action = _reminder(entry, item, locale)
            return reminder_notice(text, action, item.id, locale, idle=_of_idle_draft(entry))
        if entry.item_id.startswith("PLN-"):
            status = entry.status or item.status.value
            return plan_notice(item, status, reasons, locale, superseded)
        status = entry.status or item.status.value
        deadline = fix_deadline_text(status, closing, self.clock().date(), locale)
        return claim_notice(item, status, reasons, locale, superseded, deadline=deadline)

    async def _claims_closing(
        self, entry: OutboxEntry, item: Any, status: str | None
    ) -> tuple[str, date] | None:
        """For a claim sent back (Rejected, Action required): its plan's period and the
        last day its claims are taken (one read of the plan); None otherwise."""
        if status not in FIX_STATUSES or entry.item_id.startswith("PLN-"):
            return None
        plan_id = getattr(item, "plan_id", None)
        plan = await self.services.plans.get_plan(entry.tenant_id, plan_id) if plan_id else None
        return period_closing(plan.period) if plan is not None else None

    async def _serve(
        self, entry: OutboxEntry, item: Any, recipient: str, profile: dict[str, Any]
    ) -> float:
        """Show the notice to one person; 0, or the seconds the pacer wants first.

        A status notice updates the card that shows the item in that person's chat (the
        receipt, or the last notice), and is sent as a new message only when there is
        something to do (`PINGING_STATUSES`) or no card to update: the old card then
        shows only the new status line, read-only, and the new one says the rest and
        carries the buttons. A card that cannot be updated (deleted: 404, or any failure
        but Teams' 429) is replaced by a new message. A ping that is not urgent waits for
        the person's working hours (`entry.held`). Raises `DeliveryFailed` for a request to
        retry later: the update, done again, is harmless.
        """
        locale = profile.get("locale") or "en-US"
        reference = profile["reference"]
        conversation = _conversation_of(reference, recipient)
        status = None if entry.kind == "reminder" else entry.status or item.status.value
        shown = None
        if status is not None:
            shown = await self.services.cards.get(entry.tenant_id, entry.item_id, recipient)
            if shown is not None and shown.conversation_id != conversation:
                shown = None  # another chat now (the app was reinstalled): a new message
        pings = shown is None or status in PINGING_STATUSES
        if pings and not self._urgent(entry, status, item):
            held = self.working_hours.seconds_until(self.clock(), profile.get("time_zone"))
            if held:
                entry.held = True  # its tenant's other notices go on meanwhile
                return held
        closing = await self._claims_closing(entry, item, status)
        if shown is not None:
            # Something to do: the new message below has it; the old card just the status.
            shown_now = to_activity(
                self._message(entry, item, locale, superseded=pings, closing=closing)
            )
            try:
                wait = await self._paced(
                    entry, conversation, self._update(reference, shown.activity_id, shown_now)
                )
            except DeliveryFailed as failure:
                if failure.status == 429:
                    raise  # paced by Teams: the update is made when it says
                # Deleted (404), refused, or the channel cannot update: the notice goes
                # out as a new message now rather than risk never reaching the partner.
                log.info("notice %s: its card could not be updated (%s); sent anew",
                         entry.notice_id, failure)  # fmt: skip
                pings = True
            else:
                if wait:
                    return wait
        sent_id = shown.activity_id if shown is not None else None
        if pings:
            notice = self._message(entry, item, locale, closing=closing)
            sending = self._send(reference, to_activity(notice))
            wait = await self._paced(entry, conversation, sending)
            if wait:
                return wait
            sent_id = sending.result
        if status is not None and sent_id:
            card = SentCard(sent_id, conversation, status)
            await self.services.cards.keep(entry.tenant_id, entry.item_id, recipient, card)
        return 0.0

    def _urgent(self, entry: OutboxEntry, status: str | None, item: Any) -> bool:
        """Sent at any hour: a rejection or "action required" (or an older notice about an
        item that is now in one), or a deadline within 24 h."""
        if status is not None:
            return status in URGENT_STATUSES or item.status.value in URGENT_STATUSES
        deadline = entry.extra.get("deadline")
        if not deadline:
            return False  # an idle draft can wait for the morning
        try:
            closes = datetime.combine(date.fromisoformat(deadline), datetime.max.time(), UTC)
        except ValueError:
            return True  # unreadable: better early than late
        return closes - self.clock() <= URGENT_DEADLINE

    async def _paced(self, entry: OutboxEntry, conversation: str, request: _Request) -> float:
        """Make `request` now if the pacer allows (0), else the seconds to wait first."""
        wait = self.pacer.delay(entry.tenant_id, conversation)
        if wait:
            return wait
        try:
            # Nothing awaited since the pacer said yes: no other send took the room.
            with self.pacer.sending(entry.tenant_id, conversation):
                await asyncio.wait_for(request.run(), self.send_timeout_seconds)
        except TimeoutError:
            # No answer: cut off (it may have arrived; see the module) and retried.
            log.warning("notice %s: no answer from the connector", entry.notice_id)
            seconds = f"{self.send_timeout_seconds:g}"
            raise DeliveryFailed(None, None, f"no answer within {seconds} s") from None
        except DeliveryFailed:
            raise
        except Exception as error:
            raise _failure_of(error, self.clock()) from error
        return 0.0

    def _send(self, reference: dict[str, Any], activity: Activity) -> _Request:
        """A new message; its id (the connector's answer) is the request's `result`."""

        async def send(turn_context: TurnContext) -> str | None:
            response = await turn_context.send_activity(activity)
            return getattr(response, "id", None)

        return _Request(self, reference, send)

    def _update(self, reference: dict[str, Any], activity_id: str, activity: Activity) -> _Request:
        """The message `activity_id` replaced by `activity` (Teams' update activity)."""

        async def update(turn_context: TurnContext) -> None:
            activity.id = activity_id
            await turn_context.update_activity(activity)

        return _Request(self, reference, update)


def _of_idle_draft(entry: OutboxEntry) -> bool:
    """A reminder of a draft left untouched (not of a deadline)."""
    key = entry.extra.get("text_key", "reminder.idle_draft")
    return entry.kind == "reminder" and key == "reminder.idle_draft"


def _muted(entry: OutboxEntry, profile: dict[str, Any]) -> bool:
    """A reminder of a draft left untouched, to someone who said "stop reminding me" (their
    profile's `idle_reminders`); reminders of a deadline are never muted."""
    return _of_idle_draft(entry) and profile.get("idle_reminders") is False


def _reminder(entry: OutboxEntry, item: Any, locale: str) -> tuple[str, dict[str, Any]]:
    """A reminder's sentence and the action of its Resume button."""
    key = entry.extra.get("text_key", "reminder.idle_draft")
    params = {k: v for k, v in entry.extra.items() if k != "text_key"}
    for day in ("deadline", "asked"):
        if day in params:
            params[day] = format_date(date.fromisoformat(params[day]), locale)
    if "name" in params:
        params["name"] = escape(params["name"])
    action = (
        {"action": "continue_claim", "claim_id": item.id}
        if entry.item_id.startswith("CLM-")
        else {"action": "continue_plan", "plan_id": item.id}
    )
    return t(locale, key, **params), action


class _Request:
    """One call to the connector in a person's conversation: `run()` makes it."""

    def __init__(
        self,
        notifier: Notifier,
        reference: dict[str, Any],
        logic: Callable[[TurnContext], Awaitable[str | None]],
    ) -> None:
        self.notifier = notifier
        self.reference = reference
        self.logic = logic
        self.result: str | None = None

    async def run(self) -> None:
        conversation = ConversationReference().deserialize(self.reference)
        failure: Exception | None = None

        async def call(turn_context: TurnContext) -> None:
            # Caught here, not by the adapter's turn-error handler: a failed notice is
            # the notifier's to retry, and must not touch the partner's conversation.
            nonlocal failure
            try:
                self.result = await self.logic(turn_context)
            except Exception as error:
                failure = error

        notifier = self.notifier
        await notifier.adapter.continue_conversation(conversation, call, notifier.app_id)
        if failure is not None:
            raise failure
