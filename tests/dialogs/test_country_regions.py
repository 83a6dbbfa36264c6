"""An activity's countries named as the region partners market to.

Seen off the script at an activity's countries: "Benelux", "DACH", "the Nordics", « les pays
nordiques » got 'I don't know the country "Benelux"'; the partner had to know and type
each country. A region names its countries, said back one by one, and mixes with others.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "codes"),
    [
        (EN, "Benelux", ["BE", "NL", "LU"]),
        (EN, "DACH and France", ["DE", "AT", "CH", "FR"]),
        (EN, "the Nordics", ["DK", "FI", "IS", "NO", "SE"]),
        (EN, "Baltic states, Poland", ["EE", "LV", "LT", "PL"]),
        (FR, "les pays nordiques", ["DK", "FI", "IS", "NO", "SE"]),
        (FR, "Bénélux et Allemagne", ["BE", "NL", "LU", "DE"]),
        (FR, "la péninsule ibérique", ["ES", "PT"]),
    ],
)
async def test_a_region_names_its_countries(
    chat: Chat, locale: str, typed: str, codes: list[str]
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "countries", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "don't know" not in shown(replies) and "connais pas" not in shown(replies)
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.countries == codes


# Seen off the script: « la France uniquement », "France and maybe Spain", « France (Paris
# et Lyon) » got "I don't know the country …"; the qualifier and the remark are left aside.
@pytest.mark.parametrize(
    ("locale", "typed", "codes"),
    [
        (FR, "la France uniquement", ["FR"]),
        (EN, "France and maybe Spain", ["FR", "ES"]),
        (FR, "France (Paris et Lyon)", ["FR"]),
    ],
)
async def test_a_qualifier_or_a_remark_beside_the_countries_is_left_aside(
    chat: Chat, locale: str, typed: str, codes: list[str]
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "countries", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "don't know" not in shown(replies) and "connais pas" not in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].countries == codes
