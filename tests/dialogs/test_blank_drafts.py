""" "new plan" or "new claim" again, with an untouched draft already there.

Seen off the script: "new plan", "cancel", "new plan", "cancel", "new plan" left three empty
drafts (PLN-…-000001 to 000003) in "my drafts", each to be deleted by hand. A draft with
nothing answered yet is now the one a new request opens; one with answers is kept aside and
a new draft is started (a second plan for another program or period is common).
"""

from __future__ import annotations

from tests.dialogs.claim_support import EN, FR, approved_plan, claim_id_in, seed_funds
from tests.dialogs.test_plan_journey import plan_id_in
from tests.support import Chat, shown


async def test_new_plan_again_opens_the_empty_draft(chat: Chat) -> None:
    first = plan_id_in(await chat.say("new plan"))
    await chat.say("cancel")
    replies = await chat.say("new plan")
    assert first in shown(replies)
    assert "What is the Partner ID" in shown(replies)
    await chat.say("cancel")
    drafts = shown(await chat.say("my drafts"))
    assert drafts.count("**PLN-") == 1


async def test_in_french_too(chat: Chat) -> None:
    chat.locale = FR
    first = plan_id_in(await chat.say("nouveau plan", locale=FR))
    await chat.say("annuler", locale=FR)
    assert first in shown(await chat.say("nouveau plan", locale=FR))


async def test_a_draft_with_an_answer_is_kept_aside(chat: Chat) -> None:
    first = plan_id_in(await chat.say("new plan"))
    await chat.say("1234567")
    await chat.say("cancel")
    second = plan_id_in(await chat.say("new plan"))
    assert second != first


async def test_new_claim_again_opens_the_empty_claim_draft(chat: Chat) -> None:
    chat.locale = EN
    await seed_funds(chat)
    await approved_plan(chat)
    first = claim_id_in(await chat.say("new claim"))
    await chat.say("cancel")
    replies = await chat.say("new claim")
    assert first in shown(replies)
    await chat.say("cancel")
    assert shown(await chat.say("my claims")).count("**CLM-") == 1
