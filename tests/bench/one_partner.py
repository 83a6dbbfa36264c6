"""A bench bot serving a one-partner store, with the loopback connector its replies reach."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench.connector import BenchConnector
from bench.load import BotProcess, Conversation, TurnStats, client_session, drive
from bench.seed import Group, seed


@dataclass
class OnePartner:
    session: aiohttp.ClientSession
    bot: BotProcess
    connector: BenchConnector

    async def talk(self, conversations: Sequence[Conversation]) -> TurnStats:
        """The conversations one after the other, every turn checked."""
        return await drive(self.session, self.bot, self.connector, conversations, 1)


@asynccontextmanager
async def one_partner_bot(tmp_path: Path) -> AsyncIterator[OnePartner]:
    data_dir = tmp_path / "data"
    connector = BenchConnector()
    await connector.start()
    await seed(data_dir, [Group(first=0, tenants=1, claims=1)], connector.url)
    bot = await BotProcess("incentives", data_dir).start(tmp_path)
    try:
        async with client_session(4) as session:
            await bot.serving(session)
            yield OnePartner(session, bot, connector)
    finally:
        await bot.stop()
        await connector.stop()
