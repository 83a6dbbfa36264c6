"""What the dialogs need from the rest of the house, handed over by `app.py`."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.plan import utc_now
from domain.working_hours import zone_of
from invoices import InvoiceReader
from storage.cards import SentCards
from storage.claims import ClaimRepository, FundsLedger
from storage.evidence_store import EvidenceStore
from storage.outbox import Outbox
from storage.repository import PlanRepository, RoleDirectory, UserProfiles


@dataclass
class Services:
    plans: PlanRepository
    directory: RoleDirectory
    profiles: UserProfiles
    claims: ClaimRepository
    funds: FundsLedger
    evidence: EvidenceStore
    outbox: Outbox
    # Which card shows each item in each person's chat (updated in place on a change).
    cards: SentCards
    # DRAFTING_REQUIRES_ROLE: only people in the role directory may draft and ask status.
    drafting_requires_role: bool = False
    # "Today" as the dialogs read it (a claim's date, "tomorrow", deadlines): the partner's
    # own day (`partner_today`) unless given; tests pin a day to check deadlines and periods.
    today: Callable[[], date] = None  # type: ignore[assignment]  # set in __post_init__
    # The clock `partner_today` reads (timezone-aware).
    now: Callable[[], datetime] = field(default=utc_now)
    # PUBLIC_URL: where links the bot sends point (empty: where the message came to).
    public_url: str = ""
    # EXPORT_LINK_SECRET: signs the links it sends to data (the claims spreadsheet); the
    # first signs, any verifies. Unset: one made at start (links work on this instance
    # until it stops).
    link_secrets: tuple[bytes, ...] = field(default_factory=lambda: (secrets.token_bytes(32),))
    # Reads the invoices attached to claims (snap to claim); None: invoices are not read.
    invoices: InvoiceReader | None = None

    def __post_init__(self) -> None:
        if self.today is None:
            self.today = self.partner_today

    def partner_today(self) -> date:
        """The day it is where the partner of this turn is (the time zone their Teams client
        sent, or the one seen before: `PARTNER_ZONE`); in UTC when that is not known."""
        return self.now().astimezone(zone_of(PARTNER_ZONE.get())).date()

    def link(self, path: str) -> str:
        """An address of this bot's own (`path` starts with "/") for the partner to open."""
        base = (self.public_url or REQUEST_ORIGIN.get()).rstrip("/")
        return f"{base}{path}"


# When the request being answered came in (time.monotonic(), set by app.messages): Teams
# redelivers a turn not answered in 15 s, so slow work in a turn (reading an invoice)
# takes only what is left of TURN_SECONDS. None outside a request (tests driving dialogs).
TURN_STARTED: ContextVar[float | None] = ContextVar("turn_started", default=None)
TURN_SECONDS = 13.0


def turn_seconds_left() -> float | None:
    started = TURN_STARTED.get()
    return None if started is None else TURN_SECONDS - (time.monotonic() - started)


# The time zone of the partner being answered (an IANA name: the one their Teams client sent
# with the activity, `localTimezone`, or the one kept from an earlier turn), set by the Teams
# turn (bot/teams_bot.py); None when not known. `Services.partner_today` reads it.
PARTNER_ZONE: ContextVar[str | None] = ContextVar("partner_zone", default=None)


# The scheme and host the message being answered was sent to (set by app.messages):
# the bot's address as the channel knows it, when PUBLIC_URL is not set.
REQUEST_ORIGIN: ContextVar[str] = ContextVar("request_origin", default="http://localhost:3978")
