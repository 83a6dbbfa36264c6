"""A word the bot acts on at another step, typed whole at a free-text question.

Seen walking a claim off the script: "done" (« terminé ») at the claim's name question
named the claim "done"; "submit" there would have named it "submit". A partner typing
those words means to finish or to submit, not to name anything: the answer is not taken,
the partner is told why, in their language, and the question stays.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import approved_plan, claim_at, claim_id_in, get_claim, seed_funds
from tests.dialogs.test_plan_journey import answer_until, get, start_plan, texts
from tests.support import Chat

pytestmark = pytest.mark.asyncio

NOT_TAKEN = {
    "en-US": 'I didn\'t take "{typed}" as your answer',
    "fr-FR": "Je n'ai pas pris « {typed} »",
}


@pytest.mark.parametrize(
    ("locale", "start", "typed"),
    [
        ("en-US", "new claim", "done"),
        ("en-US", "new claim", "Submit"),
        ("fr-FR", "nouvelle réclamation", "terminé"),
        ("fr-FR", "nouvelle réclamation", "soumettre"),
    ],
)
async def test_a_step_word_does_not_name_a_claim(
    chat: Chat, locale: str, start: str, typed: str
) -> None:
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say(start, locale))
    replies = await chat.say(typed, locale)
    assert NOT_TAKEN[locale].format(typed=typed) in texts(replies)
    assert (await get_claim(chat, claim_id)).name is None
    await chat.say("Security workshop", locale)  # the same question, answered
    assert (await get_claim(chat, claim_id)).name == "Security workshop"


@pytest.mark.parametrize(
    ("locale", "field", "typed"),
    # ("save" there keeps the draft and stops: tests/dialogs/test_save_mid_form.py.)
    [("en-US", "name", "finished"), ("fr-FR", "description", "Soumettre")],
)
async def test_a_step_word_does_not_answer_a_plan_question(
    chat: Chat, locale: str, field: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    replies = await chat.say(typed, locale)
    assert NOT_TAKEN[locale].format(typed=typed) in texts(replies)
    plan = await get(chat, plan_id)
    held = plan.campaigns[-1] if field == "name" else plan.campaigns[-1].activities[-1]
    assert getattr(held, field) is None


@pytest.mark.parametrize(("locale", "typed"), [("en-US", "done"), ("fr-FR", "terminé")])
async def test_a_step_word_at_the_amount_with_its_button_is_told_as_before(
    chat: Chat, locale: str, typed: str
) -> None:
    """The amount question offers "All that remains" (a button): a step word there is
    still told as one, not refused as an amount."""
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale)
    assert NOT_TAKEN[locale].format(typed=typed) in texts(replies)
    assert (await get_claim(chat, claim_id)).amount is None
