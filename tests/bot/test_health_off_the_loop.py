"""`/healthz` never holds the event loop: partners' turns go on while it reports the store.

The TinyDB check listed every partition file on each probe (thousands at 50,000 claims:
137 ms a probe measured from outside, on the loop; 67 ms p99 still from a worker thread).
"""

from __future__ import annotations

from tests.bot.served import admin_app


async def test_healthz_does_not_list_the_store_it_reports_what_the_store_knows(data_dir, tmp_path):
    """Listing 4,000 index files a probe cost 67 ms p99 at 20,000 claims (`make bench`,
    GIL contention with the turns): the files were checked at start-up, and the store
    knows which files it found damaged since, and how far its journal is ahead."""
    async with admin_app(data_dir, tmp_path) as (client, house):
        listed = []
        check = house.storage.check
        house.storage.check = lambda: listed.append(1) or check()
        response = await client.get("/healthz")
        assert response.status == 200
        storage = (await response.json())["storage"]
        assert listed == []
        assert storage["ok"] is True and storage["damaged"] == []
        assert storage["journal_bytes"] >= 0
