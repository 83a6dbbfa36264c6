"""A Teams-shaped conversation over botbuilder's TestAdapter, for whole-dialog tests."""

from __future__ import annotations

import asyncio
import itertools
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from botbuilder.core import ConversationState, Storage
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ConversationAccount,
)

from bot.teams_bot import IncentivesBot, turn_error_handler
from dialogs.main_dialog import MainDialog
from dialogs.services import Services
from storage.cards import SentCards
from storage.claims import ClaimRepository, FundsLedger
from storage.evidence_store import EvidenceStore
from storage.outbox import Outbox
from storage.repository import PlanRepository, RoleDirectory, UserProfiles
from storage.tinydb_storage import TinyDBStorage

# Teams never reuses an activity id in a conversation; TestAdapter numbers from 0 in each
# adapter, so a Chat "restarted" over the same store would repeat its predecessor's ids
# (and be taken for a redelivery). Each adapter numbers from its own million.
_ADAPTER_NUMBERS = itertools.count(1)

TENANT = "11111111-2222-3333-4444-555555555555"
ADMIN = "aad-admin-0001"
USER = "aad-user-0002"
TODAY = date(2026, 11, 27)

ROLES = {
    "tenants": {
        TENANT: {
            "mpn_ids": ["1234567"],
            "users": {
                ADMIN: {"role": "incentives_admin", "name": "Ada Admin"},
                USER: {"role": "incentives_user", "name": "Uma User"},
            },
        }
    }
}


# Every evidence folder a test makes lives under one folder of this process, removed when
# the process ends (thousands of conversations each left one in the temporary directory).
_EVIDENCE_FOLDERS = tempfile.TemporaryDirectory(prefix="evidence-tests-")


def services_over(
    storage: Storage, today: date = TODAY, data_dir: Path | None = None, max_mb: int = 25
) -> Services:
    folder = data_dir or Path(tempfile.mkdtemp(prefix="evidence-", dir=_EVIDENCE_FOLDERS.name))
    return Services(
        plans=PlanRepository(storage),
        directory=RoleDirectory(storage),
        profiles=UserProfiles(storage),
        claims=ClaimRepository(storage),
        funds=FundsLedger(storage),
        # Tests serve evidence from a loopback server over plain http.
        evidence=EvidenceStore(
            folder, max_bytes=max_mb * 1024 * 1024, timeout_seconds=5, allow_http_loopback=True
        ),
        outbox=Outbox(storage),
        cards=SentCards(storage),
        today=lambda: today,
    )


@dataclass
class Reply:
    """What the partner sees of one bot message: its text or its card."""

    activity: Activity

    @property
    def text(self) -> str:
        return self.activity.text or ""

    @property
    def card(self) -> dict[str, Any] | None:
        for attachment in self.activity.attachments or []:
            if attachment.content_type == "application/vnd.microsoft.card.adaptive":
                return attachment.content
        return None

    @property
    def shown(self) -> str:
        """Everything readable: the text, or every text, fact and button of the card."""
        if self.card is None:
            return self.text
        return json.dumps(self.card, ensure_ascii=False)

    def submit_data(self, title: str) -> dict[str, Any]:
        """The data of the card's button titled `title` (as the client would send it)."""
        for action in _actions(self.card or {}):
            if action.get("title") == title:
                return dict(action["data"])
        raise AssertionError(f"no button {title!r} in {self.shown}")

    def choice_values(self) -> list[str]:
        for element in _elements(self.card or {}):
            if element.get("type") == "Input.ChoiceSet":
                return [c["value"] for c in element["choices"]]
        return []


def _elements(node: Any):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _elements(value)
    elif isinstance(node, list):
        for value in node:
            yield from _elements(value)


def _actions(content: dict[str, Any]):
    for element in _elements(content):
        if element.get("type") == "Action.Submit":
            yield element


@dataclass
class Chat:
    """One partner in a Teams personal chat with the bot."""

    storage: Storage
    today: date = TODAY
    user_id: str = ADMIN
    user_name: str = "Ada Admin"
    tenant_id: str = TENANT
    locale: str = "en-US"
    conversation_id: str = "a:personal-chat-1"
    # The client's time zone, as Teams sends it (`localTimezone`); None: the client sent none.
    time_zone: str | None = None
    transcript: list[Reply] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.services = services_over(self.storage, self.today)
        self.conversation_state = ConversationState(self.storage)
        self.bot = IncentivesBot(
            self.conversation_state, MainDialog(self.services), self.services.profiles
        )
        template = Activity(
            channel_id="msteams",
            service_url="https://smba.example.test/emea/",
            from_property=ChannelAccount(
                id=f"29:{self.user_id}", name=self.user_name, aad_object_id=self.user_id
            ),
            recipient=ChannelAccount(id="28:bot-app-id", name="Incentives"),
            conversation=ConversationAccount(
                id=self.conversation_id, conversation_type="personal", tenant_id=self.tenant_id
            ),
        )
        self.adapter = TestAdapter(self.bot.on_turn, template)
        self.adapter._next_id = next(_ADAPTER_NUMBERS) * 1_000_000
        self.adapter.on_turn_error = turn_error_handler(self.conversation_state)

    async def seed_roles(self, roles: dict[str, Any] = ROLES, tmp: Path | None = None) -> None:
        path = (tmp or Path("/tmp")) / f"roles-{id(self)}.json"
        path.write_text(json.dumps(roles), encoding="utf-8")
        await self.services.directory.seed(path)

    async def _send(self, activity: Activity) -> list[Reply]:
        activity.locale = activity.locale or self.locale
        activity.channel_data = {"tenant": {"id": self.tenant_id}}
        if self.time_zone is not None:
            activity.local_timezone = self.time_zone
        self.adapter.activity_buffer.clear()
        await self.adapter.process_activity(activity, self.bot.on_turn)
        replies = [Reply(a) for a in self.adapter.activity_buffer if a.type == "message"]
        self.adapter.activity_buffer.clear()
        self.transcript.extend(replies)
        return replies

    async def say(self, text: str, locale: str | None = None) -> list[Reply]:
        return await self._send(Activity(type=ActivityTypes.message, text=text, locale=locale))

    async def click(self, data: dict[str, Any], **inputs: Any) -> list[Reply]:
        """An Action.Submit: no text, `value` = the card's data merged with its inputs."""
        return await self._send(
            Activity(type=ActivityTypes.message, text=None, value={**data, **inputs})
        )

    async def join(self) -> list[Reply]:
        return await self._send(
            Activity(
                type=ActivityTypes.conversation_update,
                members_added=[ChannelAccount(id="28:bot-app-id", name="Incentives")],
            )
        )


def shown(replies: list[Reply]) -> str:
    return "\n".join(reply.shown for reply in replies)


def tinydb_storage(folder: Path) -> TinyDBStorage:
    return TinyDBStorage(folder)


async def ticks_during(scan) -> int:
    """How often another task got the loop while `scan` ran."""
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # the ticker starts
    started = ticks
    try:
        await scan()
    finally:
        done.set()
        await task
    return ticks - started


class CountingReads:
    """Counts the keys a storage's reads ask for that `counted` picks (never timed)."""

    def __init__(self, storage, counted: Callable[[str], bool]) -> None:
        self._read = storage.read
        self.counted = counted
        self.count = 0
        storage.read = self.read

    async def read(self, keys):
        keys = list(keys)
        self.count += sum(self.counted(key) for key in keys)
        return await self._read(keys)
