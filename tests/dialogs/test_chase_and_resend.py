"""A review asked to be hurried, and a claim asked to be sent again.

Seen at stop 58, with a claim under review: "can you chase the reviewer?", "please escalate",
"can it go faster?", « pouvez-vous relancer le réviseur ? », « accélérer la validation » got
"I didn't understand that": no one here can hurry a review — how long one takes, and where
the speaker's claims and plans sent stand (a review past its time says whom to contact).
With a claim rejected, "resubmit my claim", "send it again", « renvoyer la réclamation » got
"I didn't understand that", though "resubmit" alone fixes it. Through the real bot, its
dialogs and a TinyDB store on disk, English and French.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, get_claim
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can you chase the reviewer?"),
        (EN, "please escalate"),
        (EN, "can it go faster?"),
        (EN, "remind the reviewer"),
        (EN, "hurry up please"),
        (EN, "is there any way to speed it up?"),
        (EN, "can you follow up with Microsoft?"),
        (FR, "pouvez-vous relancer le réviseur ?"),
        (FR, "accélérer la validation"),
        (FR, "ça peut aller plus vite ?"),
    ],
)
async def test_a_review_asked_to_be_hurried_is_told_how_long_and_where_it_stands(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert "2 business days" in said or "2 jours ouvrés" in said, said
    assert claim_id in said, said
    assert "didn't understand" not in said and "pas compris" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "none"),
    [
        (EN, "please escalate", "haven't submitted"),
        (FR, "pouvez-vous relancer le réviseur ?", "encore soumis aucune"),
    ],
)
async def test_with_nothing_sent_it_says_so(chat: Chat, locale: str, typed: str, none: str) -> None:
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert none in said, said


async def test_in_a_claims_question_it_is_answered_and_the_question_asked_again(
    chat: Chat, files: FileServer
) -> None:
    await submitted_seminar(chat, files, EN)
    await chat.say("new claim", locale=EN)

    said = shown(await chat.say("can you chase the reviewer?", locale=EN))

    assert "2 business days" in said, said
    assert "Give this claim a short name" in said, said  # its question, again


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "resubmit my claim"),
        (EN, "send it again"),
        (EN, "resend the claim"),
        (FR, "renvoyer la réclamation"),
        (FR, "la soumettre à nouveau"),
    ],
)
async def test_a_rejected_claim_asked_to_be_sent_again_is_fixed(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    rejected = await rejected_seminar(chat, files, locale)
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert "didn't understand" not in said and "pas compris" not in said, said
    assert (await get_claim(chat, rejected)).status is ClaimStatus.REJECTED
    assert "CLM-2026-000002" in said, said  # its fix, a new draft


async def test_at_a_claims_check_send_it_again_is_still_the_checks(chat: Chat) -> None:
    await claim_at(chat, EN)

    said = shown(await chat.say("send it again", locale=EN))

    assert "Nothing of yours is waiting for a fix" not in said, said


@pytest.mark.parametrize("typed", ["Fast track", "Rush", "Speed"])
async def test_a_campaign_named_with_such_a_word_keeps_its_name(chat: Chat, typed: str) -> None:
    from tests.dialogs.test_plan_journey import get, plan_at

    plan_id = await plan_at(chat, EN, "name")

    said = shown(await chat.say(typed, locale=EN))

    assert "2 business days" not in said, said
    assert (await get(chat, plan_id)).campaigns[0].name == typed
