"""A figure hedged where an estimate is asked: the people a claim's activity reached."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "maybe 500"),
        (EN, "probably 500"),
        (EN, "I think 500"),
        (EN, "not sure, maybe 500"),
        (EN, "I'd say around 500"),
        (EN, "500?"),
        (FR, "peut-être 500"),
        (FR, "je pense 500"),
        (FR, "je dirais environ 500"),
    ],
)
async def test_a_hedged_number_of_people_reached_is_that_estimate(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 43: at "About how many people did it reach?", "maybe 500", "I think
    500", « peut-être 500 » got '… isn't a whole number' (while "500 maybe" and "roughly 500"
    were read), and "500?" the question's help: the question asks for an estimate."""
    chat.locale = locale
    claim_id = await claim_at(chat, locale, until="impressions")

    said = shown(await chat.say(typed, locale=locale))

    assert "whole number" not in said and "nombre entier" not in said, said
    assert (await get_claim(chat, claim_id)).impressions == 500
