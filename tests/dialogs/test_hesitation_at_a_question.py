"""A hesitation, or a moment asked for, at a question; a claim named after its activity.

Seen at stop 58: at a plan's campaign name "um" and "wait" were kept as the name ("When does
**um** start?"), and at a claim's name "hmm", "let me think", « euh » were too; "same name as
the activity", « même nom que l'activité » became the claim's name as typed. A hesitation is
no answer: the draft is kept and the question waits; the activity's name is its description
(or its type's). Through the real bot, its dialogs and a TinyDB store on disk, EN and FR.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "waits"),
    [
        (EN, "um", "Take your time"),
        (EN, "wait", "Take your time"),
        (EN, "hmm, let me think", "Take your time"),
        (EN, "one sec", "Take your time"),
        (FR, "euh", "Prenez votre temps"),
        (FR, "attendez", "Prenez votre temps"),
        (FR, "je réfléchis", "Prenez votre temps"),
    ],
)
async def test_a_hesitation_at_a_campaigns_name_is_no_name(
    chat: Chat, locale: str, typed: str, waits: str
) -> None:
    plan_id = await plan_at(chat, locale, "name")

    said = shown(await chat.say(typed, locale=locale))

    assert waits in said, said
    assert not (await get(chat, plan_id)).campaigns[0].name, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "hmm"), (EN, "let me think"), (FR, "euh"), (FR, "un instant")],
)
async def test_a_hesitation_at_a_claims_name_is_no_name(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")

    said = shown(await chat.say(typed, locale=locale))

    assert "Take your time" in said or "Prenez votre temps" in said, said
    assert (await get_claim(chat, claim_id)).name is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "same name as the activity"), (EN, "the activity name"), (FR, "même nom que l'activité")],
)
async def test_a_claim_named_as_its_activity_gets_the_activitys_description(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")

    said = shown(await chat.say(typed, locale=locale))

    name = (await get_claim(chat, claim_id)).name
    assert name and name != typed and "activit" not in name.lower(), name
    assert f"✓ {name}".replace("_", "\\_") in said, said


async def test_a_name_that_only_starts_so_is_kept(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="name")

    await chat.say("Umbrella roadshow", locale=EN)

    assert (await get_claim(chat, claim_id)).name == "Umbrella roadshow"
