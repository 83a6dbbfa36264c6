"""The notifier under throttling: paced by Retry-After, nothing parked, order kept."""

from __future__ import annotations

from datetime import timedelta

from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import change, post_status, submitted_claim
from tests.proactive.test_notifier import Clock, connector, notice_titles, start  # noqa: F401


async def test_a_throttled_notice_is_retried_when_told_and_never_parked(
    data_dir,
    tmp_path,
    connector,  # noqa: F811
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    house.notifier.max_attempts = 2
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "p1")) == 202
    assert await post_status(client, path, change("Approved", "p2")) == 202
    connector.failures = [(429, "2")] * 4  # more than max_attempts: still not a failure
    for _ in range(4):
        await house.notifier.run_once()
        assert notice_titles(connector.take()) == []
        clock.now += timedelta(seconds=2)
    await house.notifier.run_once()
    titles = notice_titles(connector.take())
    assert [t.split(" is ")[-1] for t in titles] == ["under review", "approved"]
    counts = await house.services.outbox.counts()
    assert counts["dead"] == 0 and counts["pending"] == 0
    await client.close()
