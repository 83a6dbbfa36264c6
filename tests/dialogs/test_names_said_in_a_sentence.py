"""A campaign's or a claim's name said in a sentence, or not known yet.

Seen at stop 45 at a campaign's name: "Campaign name: Spring push", "it's called Spring
push", « elle s'appelle Campagne hiver » were kept whole as the name ("When does **it's
called Spring push** start?"); "I don't know yet", "not sure yet", « je ne sais pas encore »
were kept as the name, while "I don't know" was refused. The same at a claim's name.
Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "name"),
    [
        (EN, "Campaign name: Spring push", "Spring push"),
        (EN, "it's called Spring push", "Spring push"),
        (EN, "let's call it Spring push", "Spring push"),
        (EN, "the name is Spring push", "Spring push"),
        (FR, "elle s'appelle Campagne hiver", "Campagne hiver"),
        (FR, "nom : Campagne hiver", "Campagne hiver"),
        (FR, "appelons-la Campagne hiver", "Campagne hiver"),
    ],
)
async def test_a_campaign_name_in_a_sentence_is_the_name(
    chat: Chat, locale: str, typed: str, name: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert (await get(chat, plan_id)).campaigns[0].name == name, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "I don't know yet"), (EN, "not sure yet"), (FR, "je ne sais pas encore")],
)
async def test_no_name_yet_is_not_a_name(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert ("isn't a name" if locale == EN else "n'est pas un nom") in said, said
    assert (await get(chat, plan_id)).campaigns[0].name is None


@pytest.mark.parametrize(
    ("locale", "typed", "name"),
    [
        (EN, "it's called Security workshop", "Security workshop"),
        (FR, "nom : Atelier sécurité", "Atelier sécurité"),
    ],
)
async def test_a_claim_name_in_a_sentence_is_the_name(
    chat: Chat, locale: str, typed: str, name: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")

    await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).name == name
