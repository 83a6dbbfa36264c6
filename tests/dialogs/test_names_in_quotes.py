"""A name typed in quotes, as partners copy it from an e-mail or a brief.

Seen at stop 41: '"Spring push"' at a campaign's name made the campaign **"Spring push"**
(the review, the claims and the reviewer's screen then show the quotes), and the same at a
claim's name. One pair of quotes around the whole name is no part of it; quotes inside a
name (`The "Copilot" roadshow`) stay. Through the real bot, its dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, '"Spring push"', "Spring push"),
        (EN, "“Spring push”", "Spring push"),
        (EN, "'Spring push'", "Spring push"),
        (FR, "« Campagne hiver »", "Campagne hiver"),
        (EN, 'The "Copilot" roadshow', 'The "Copilot" roadshow'),
        (EN, '"Copilot" and "Azure" days', '"Copilot" and "Azure" days'),
    ],
)
async def test_quotes_around_a_campaigns_name_are_no_part_of_it(
    chat: Chat, locale: str, typed: str, kept: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)
    await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].name == kept


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [(EN, '"Security day"', "Security day"), (FR, "« Journée sécurité »", "Journée sécurité")],
)
async def test_quotes_around_a_claims_name_are_no_part_of_it(
    chat: Chat, locale: str, typed: str, kept: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).name == kept
