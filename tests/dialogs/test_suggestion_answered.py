"""A question the bot asks is answered as partners answer questions: "Did you mean
**France**?" takes "yes" (or « oui »), not only a click on the suggestion; "no" asks the
question again. Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, plan_id_in, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def test_yes_takes_the_suggested_country(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "market")
    suggested = shown(await chat.say("Frnace"))
    assert "Did you mean **France**? Say **yes** or click it below" in suggested

    replies = await chat.say("yes")

    assert (await get(chat, plan_id)).market == "FR"
    assert "✓ France" in shown(replies)
    assert "don't know" not in shown(replies)
    assert "fund type" in shown(replies).lower()


async def test_oui_takes_the_suggested_choice_in_french(chat: Chat) -> None:
    fr = "fr-FR"
    plan_id = await start_plan(chat, fr)
    await chat.say("1234567", locale=fr)
    suggested = shown(await chat.say("CSP revendeur indirrect", locale=fr))
    assert "Répondez **oui** ou cliquez dessus" in suggested

    replies = await chat.say("oui", locale=fr)

    assert (await get(chat, plan_id)).program == "csp_indirect_reseller"
    assert "Je ne connais pas" not in shown(replies)


async def test_yes_takes_the_suggested_day(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "end_date")
    assert "Did you mean **31 Mar 2027**?" in shown(await chat.say("end of March"))

    replies = await chat.say("yes please")

    plan = await get(chat, plan_id)
    assert plan.campaigns[0].end_date == date(2027, 3, 31)
    assert "can't read" not in shown(replies)


async def test_no_asks_the_question_again_and_keeps_nothing(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "market")
    await chat.say("Frnace")

    replies = await chat.say("no")

    assert (await get(chat, plan_id)).market is None
    assert "don't know the country" not in shown(replies)
    assert "country" in shown(replies).lower()  # the question, asked again
    # And the question then takes its answer as ever.
    await chat.say("Belgium")
    assert (await get(chat, plan_id)).market == "BE"


async def test_yes_only_answers_the_suggestion_just_made(chat: Chat) -> None:
    """A suggestion answered otherwise is gone: a later "yes" is read as what it is."""
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "market")
    await chat.say("Frnace")
    await chat.say("Atlantis")  # another try, unknown too: no suggestion this time

    replies = await chat.say("yes")

    assert (await get(chat, plan_id)).market is None
    assert 'don\'t know the country "yes"' in shown(replies)


async def test_oui_takes_the_low_end_of_a_range_at_a_claim(chat: Chat) -> None:
    claim_id = await claim_at(chat, FR, until="impressions")
    assert "Vouliez-vous dire" in shown(await chat.say("2 000-3 000", locale=FR))

    await chat.say("oui", locale=FR)

    assert (await get_claim(chat, claim_id)).impressions == 2000


async def test_yes_takes_the_low_end_of_a_range_at_a_claim(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="impressions")
    assert "Did you mean" in shown(await chat.say("2,000-3,000", locale=EN))

    await chat.say("yes", locale=EN)

    assert (await get_claim(chat, claim_id)).impressions == 2000


async def test_yes_after_the_question_was_asked_again_is_no_longer_the_suggestion(
    chat: Chat,
) -> None:
    """A status question between the two asks the question again, without the suggestion:
    a "yes" then answers what is shown, not a suggestion gone from the screen."""
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "market")
    await chat.say("Frnace")
    assert "Which market" in shown(await chat.say("what's my plan status?"))

    replies = await chat.say("yes")

    assert (await get(chat, plan_id)).market is None
    assert 'don\'t know the country "yes"' in shown(replies)
