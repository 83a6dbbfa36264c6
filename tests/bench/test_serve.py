"""The bot under bench runs as production does, with the bench-only routes beside it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bench.figures import plan_conversation
from bench.load import BotProcess
from tests.bench.one_partner import one_partner_bot


async def test_the_bot_runs_its_reminders_at_start_up_and_answers_the_bench_routes(
    tmp_path: Path,
):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    bot = await BotProcess("incentives", data_dir).start(tmp_path)
    try:
        async with aiohttp.ClientSession() as session:
            assert await bot.serving(session) > 0
            # The reminder scan create_app starts at start-up ran, watched.
            for _ in range(500):
                async with session.get(f"{bot.url}/_bench/scans") as response:
                    scans = (await response.json())["scans"]
                if scans and scans[0]["done"]:
                    break
                await asyncio.sleep(0.02)
            assert scans[0]["done"] and scans[0]["error"] is None
            assert scans[0]["worst_stall_ms"] is not None
            # One on demand, as the hourly loop runs it.
            async with session.post(f"{bot.url}/_bench/scan") as response:
                assert response.status == 200
                assert (await response.json())["scan"] == 1
            async with session.post(f"{bot.url}/_bench/stall") as response:
                assert response.status == 200
            async with session.get(f"{bot.url}/_bench/stall") as response:
                assert "worst_stall_ms" in await response.json()
            async with session.post(f"{bot.url}/_bench/notifier/start") as response:
                assert response.status == 200
            async with session.get(f"{bot.url}/_bench/outbox") as response:
                assert (await response.json())["pending"] == 0
            # The data folder is the bot's, as `python app.py` locks it.
            assert (data_dir / ".lock").exists()
    finally:
        await bot.stop()


async def test_the_first_plan_turns_after_start_up_load_nothing_while_partners_wait(
    tmp_path: Path,
):
    """What the turns need is loaded before serving (app.warm_up): babel's locale data was
    loaded by the first amount typed, holding the loop 114 ms (`make bench`, stall)."""
    async with one_partner_bot(tmp_path) as partner:
        stats = await partner.talk([plan_conversation(0)])
        assert stats.failures == [] and stats.turns > 10
        async with partner.session.get(f"{partner.bot.url}/_bench/imported") as response:
            imported = (await response.json())["modules"]
    assert imported == []


async def test_the_bot_says_where_python_memory_grew_between_two_calls(tmp_path: Path):
    async with one_partner_bot(tmp_path) as partner:
        reports = []
        for _ in range(2):
            async with partner.session.get(f"{partner.bot.url}/_bench/allocations") as response:
                assert response.status == 200
                reports.append(await response.json())
            await partner.talk([plan_conversation(0)])
    assert reports[0]["grown"] == []  # traced from then on: nothing to compare with yet
    assert reports[1]["traced_mb"] > 0 and reports[1]["grown"]
