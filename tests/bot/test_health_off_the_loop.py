"""`/healthz` never holds the event loop: partners' turns go on while it checks the store.

The TinyDB check lists every partition file (thousands at 50,000 claims: 137 ms a probe
measured from outside), and it ran on the loop. Here the check is made slow on purpose
and another task counts how often it got the loop meanwhile.
"""

from __future__ import annotations

import asyncio
import time

from tests.bot.served import admin_app


async def test_the_storage_check_of_healthz_runs_off_the_event_loop(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, house):
        check = house.storage.check

        def slow_check():
            time.sleep(0.3)  # a folder listing of a very large store
            return check()

        house.storage.check = slow_check
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        started = ticks
        response = await client.get("/healthz")
        done.set()
        await task
        assert response.status == 200
        assert (await response.json())["storage"]["ok"] is True
        assert ticks - started >= 5  # the loop was free while the check ran
