"""The people reached said with what they were, where it is the claim's results too.

Seen at stops 56 and 57 at a seminar claim's "About how many people did it reach (estimated
impressions)?": "85 registered guests", "85 guests", « 85 invités inscrits » were kept as
the reach, and the next question was "Results: the number of registered guests?" — what the
partner had just said. A count that names the activity's own measure answers both: the reach
and the results, said back together. Through the real bot, its dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, seen
from tests.support import Chat


@pytest.mark.parametrize(
    ("locale", "typed", "reach"),
    [
        (EN, "85 registered guests", 85),
        (EN, "85 guests", 85),
        (EN, "about 90 guests", 90),
        (FR, "85 invités inscrits", 85),
        (FR, "85 invités", 85),
    ],
)
async def test_a_count_of_guests_is_the_reach_and_the_results(
    chat: Chat, locale: str, typed: str, reach: int
) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")
    said = seen(await chat.say(typed, locale=locale))
    claim = await get_claim(chat, claim_id)
    assert claim.impressions == reach
    assert claim.metric_value == typed
    assert "Results: the number of" not in said and "Résultats : le nombre" not in said, said
    assert typed in said, said  # said back


@pytest.mark.parametrize(
    ("locale", "typed", "reach"),
    [(EN, "3000", 3000), (EN, "3000 people", 3000), (FR, "3 000 personnes touchées", 3000)],
)
async def test_a_count_of_people_is_the_reach_only(
    chat: Chat, locale: str, typed: str, reach: int
) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")
    said = seen(await chat.say(typed, locale=locale))
    claim = await get_claim(chat, claim_id)
    assert claim.impressions == reach and not claim.metric_value
    assert "the number of registered guests" in said or "le nombre d'invités inscrits" in said
