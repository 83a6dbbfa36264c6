"""Proactive delivery of status notices: outbox entries → cards in the partners' chats.

Runs beside the web server, never on a request's path. Each entry goes to the
item's owner and to the tenant's Incentives admins who have talked to the bot,
in the language last seen from each. A recipient served is recorded on the entry
before the next one is tried, so a notice is never sent twice; 429 and 5xx
answers are retried with back-off (honouring Retry-After) and the tenant's later
notices wait, so a conversation gets its notices in order; an entry that keeps
failing is parked as dead and counted in /healthz.

Every instance of the bot may run a notifier over the same store: an entry is claimed
with a lease (`Outbox.claim`, an e_tag conditional write) before anything is sent, so
only one notifier delivers it; the others leave that tenant for the round.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.cards import escape
from bot.notice_cards import claim_notice, plan_notice, reminder_notice
from bot.strings import t
from dialogs.services import Services
from domain.dates import format_date
from domain.roles import Role
from storage.outbox import Outbox, OutboxEntry

log = logging.getLogger(__name__)

NOTIFIED_ROLES = (Role.INCENTIVES_ADMIN, Role.GLOBAL_ADMIN, Role.BILLING_ADMIN)
RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})


def utc_now() -> datetime:
    return datetime.now(UTC)


class DeliveryFailed(Exception):
    def __init__(self, status: int | None, retry_after: float | None) -> None:
        super().__init__(f"connector answered {status}")
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.status is None or self.status in RETRYABLE


def _failure_of(error: Exception) -> DeliveryFailed:
    """The HTTP status and Retry-After a connector error carries (msrest or aiohttp)."""
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    headers = getattr(response, "headers", None) or {}
    retry_after = None
    raw = headers.get("Retry-After") if hasattr(headers, "get") else None
    if raw is not None:
        try:
            retry_after = float(raw)
        except ValueError:
            retry_after = None
    return DeliveryFailed(int(status) if status else None, retry_after)


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
    ) -> None:
        self.adapter = adapter
        self.app_id = app_id
        self.outbox = outbox
        self.services = services
        self.clock = clock
        self.max_attempts = max_attempts
        self.base_delay_seconds = base_delay_seconds
        self.poll_seconds = poll_seconds
        # Longer than a delivery takes; if this process dies, another resumes after it.
        self.lease = timedelta(seconds=lease_seconds)
        self.instance_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        # One round at a time: two rounds reading the same pending entry would send it twice.
        self._round = asyncio.Lock()

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

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:
                log.exception("notifier round failed; trying again shortly")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            except TimeoutError:
                pass
            self._wake.clear()

    async def run_once(self) -> int:
        """Deliver every entry due now; returns how many entries were completed."""
        async with self._round:
            return await self._round_once()

    async def _round_once(self) -> int:
        completed = 0
        blocked_tenants: set[str] = set()
        for entry in await self.outbox.pending(self.clock()):
            if entry.tenant_id in blocked_tenants:
                continue  # an earlier notice of this tenant waits: keep the order
            if await self._deliver(entry):
                completed += 1
            elif entry.state == "pending":
                blocked_tenants.add(entry.tenant_id)
        return completed

    async def _deliver(self, entry: OutboxEntry) -> bool:
        if not await self.outbox.claim(entry, self.instance_id, self.clock(), self.lease):
            return False  # another notifier has it (or it is done): its tenant waits
        item = await self._item(entry)
        if item is None:
            entry.state, entry.last_error = "dead", "item not found"
            self._release(entry)
            await self.outbox.update(entry)
            return False
        for recipient in await self._recipients(entry, item):
            if recipient in entry.delivered_to:
                continue
            profile = await self.services.profiles.get(entry.tenant_id, recipient)
            reference = profile.get("reference")
            if not reference:
                continue  # never talked to the bot: nowhere to send
            activity = self._activity(entry, item, profile.get("locale") or "en-US")
            try:
                await self._send(reference, activity)
            except Exception as error:
                await self._failed(entry, _failure_of(error))
                return False
            entry.delivered_to.append(recipient)
            entry.lease_until = self.clock() + self.lease
            await self.outbox.update(entry)
        entry.state = "delivered"
        self._release(entry)
        await self.outbox.update(entry)
        return True

    @staticmethod
    def _release(entry: OutboxEntry) -> None:
        entry.lease_owner = entry.lease_until = None

    async def _failed(self, entry: OutboxEntry, failure: DeliveryFailed) -> None:
        entry.attempts += 1
        entry.last_error = str(failure)
        if not failure.retryable or entry.attempts >= self.max_attempts:
            entry.state = "dead"
            log.warning(
                "notice %s parked as dead after %d attempts", entry.notice_id, entry.attempts
            )
        else:
            backoff = self.base_delay_seconds * 2 ** (entry.attempts - 1)
            delay = max(backoff, failure.retry_after or 0)
            entry.next_attempt_at = self.clock() + timedelta(seconds=delay)
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

    def _activity(self, entry: OutboxEntry, item: Any, locale: str) -> Activity:
        reasons = [r.model_dump() for r in entry.reasons]
        if entry.kind == "reminder":
            key = entry.extra.get("text_key", "reminder.idle_draft")
            params = {k: v for k, v in entry.extra.items() if k != "text_key"}
            if "deadline" in params:
                params["deadline"] = format_date(date.fromisoformat(params["deadline"]), locale)
            if "name" in params:
                params["name"] = escape(params["name"])
            text = t(locale, key, **params)
            action = (
                {"action": "continue_claim", "claim_id": item.id}
                if entry.item_id.startswith("CLM-")
                else {"action": "continue_plan", "plan_id": item.id}
            )
            return reminder_notice(text, action, item.id, locale)
        if entry.item_id.startswith("PLN-"):
            return plan_notice(item, entry.status or item.status.value, reasons, locale)
        return claim_notice(item, entry.status or item.status.value, reasons, locale)

    async def _send(self, reference: dict[str, Any], activity: Activity) -> None:
        conversation = ConversationReference().deserialize(reference)

        failure: Exception | None = None

        async def send(turn_context: TurnContext) -> None:
            # Caught here, not by the adapter's turn-error handler: a failed notice is
            # the notifier's to retry, and must not touch the partner's conversation.
            nonlocal failure
            try:
                await turn_context.send_activity(activity)
            except Exception as error:
                failure = error

        await self.adapter.continue_conversation(conversation, send, self.app_id)
        if failure is not None:
            raise failure
