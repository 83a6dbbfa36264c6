""" "skip" where the answer is needed.

Seen at stop 41: "skip" at a campaign's start date got 'I can't read "skip" as a date', at
the market 'I don't know the country "skip"', « passer » at a claim's amount '« passer »
n'est pas un montant': each read the word as a bad value, and none said the answer is
needed or how to stop and come back. (Where an answer may be left out, the results or a
pre-approval id, "skip" leaves it empty; a description or a name says why it is needed.)
Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NEEDED = {EN: "can't be skipped", FR: "ne peut pas être passée"}
STOP = {EN: "say **cancel** to stop here", FR: "dites **annuler** pour vous arrêter ici"}


@pytest.mark.parametrize(
    ("locale", "field", "typed"),
    [
        (EN, "start_date", "skip"),
        (EN, "market", "n/a"),
        (EN, "plan_limit", "skip"),
        (EN, "reviewer_email", "skip"),
        (FR, "end_date", "passer"),
        (FR, "countries", "sans objet"),
    ],
)
async def test_skip_at_a_plans_needed_answer_says_it_is_needed(
    chat: Chat, locale: str, field: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    before = (await get(chat, plan_id)).model_dump(mode="json")
    said = shown(await chat.say(typed, locale=locale))
    assert NEEDED[locale] in said and STOP[locale] in said, said[:300]
    after = (await get(chat, plan_id)).model_dump(mode="json")
    assert {k: v for k, v in after.items() if k not in ("updated_at", "version")} == {
        k: v for k, v in before.items() if k not in ("updated_at", "version")
    }


@pytest.mark.parametrize(
    ("locale", "field", "typed"),
    [(EN, "execution_date", "skip"), (EN, "amount", "n/a"), (FR, "amount", "passer")],
)
async def test_skip_at_a_claims_needed_answer_says_it_is_needed(
    chat: Chat, locale: str, field: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until=field)
    said = shown(await chat.say(typed, locale=locale))
    assert NEEDED[locale] in said and STOP[locale] in said, said[:300]
    assert getattr(await get_claim(chat, claim_id), field) is None
