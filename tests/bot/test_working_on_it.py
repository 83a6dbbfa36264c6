"""Never silent: a turn still at work when Teams' patience runs out (it sends a message
again after 15 s without an answer) answers the request, says "working on it" in the
partner's language, and posts its result when done, once."""

from __future__ import annotations

import asyncio

import pytest

from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector

WORKING = {
    "en-US": "Working on it: this one takes a little longer.",
    "fr-FR": "Je m'en occupe : cela prend un peu plus de temps.",
}


async def until(condition, rounds: int = 400) -> None:
    """Wait for `condition` (a bound on rounds, not a timed assertion)."""
    for _ in range(rounds):
        if condition():
            return
        await asyncio.sleep(0.025)
    raise AssertionError("never happened")


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_slow_turn_says_working_on_it_then_posts_its_result(data_dir, tmp_path, locale):
    async with (
        FakeConnector() as connector,
        admin_app(data_dir, tmp_path, TURN_ANSWER_SECONDS="0.1") as (client, house),
    ):
        release = asyncio.Event()
        profiles_get = house.services.profiles.get

        async def slow_get(*args, **kwargs):
            await release.wait()  # a download or a reading that takes its time
            return await profiles_get(*args, **kwargs)

        house.services.profiles.get = slow_get
        activity = teams_message(connector.url, "help", locale=locale)
        async with asyncio.timeout(30):  # only catches a hang: the turn waits for `release`
            response = await client.post("/api/messages", json=activity)
        assert response.status == 202  # answered before the turn ended: no redelivery
        sent = connector.take()
        assert [a.get("text", "")[: len(WORKING[locale])] for a in sent] == [WORKING[locale]]

        again = await client.post("/api/messages", json=activity)  # Teams' redelivery
        assert again.status in (200, 202)
        release.set()
        await until(lambda: connector.activities)
        await until(lambda: not house.turns_going_on)
        answers = connector.take()
        assert answers and all(WORKING[locale] not in a.get("text", "") for a in answers)
        shown = [str(a.get("text")) + str(a.get("attachments")) for a in answers]
        assert len(shown) == len(set(shown))  # the redelivery answered nothing twice


async def test_a_quick_turn_says_nothing_of_the_kind(data_dir, tmp_path):
    async with FakeConnector() as connector, admin_app(data_dir, tmp_path) as (client, house):
        await client.post("/api/messages", json=teams_message(connector.url, "help"))
        sent = connector.take()
        assert sent and all("Working on it" not in a.get("text", "") for a in sent)
        assert not house.turns_going_on
