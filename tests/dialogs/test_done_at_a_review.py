""" "done" typed at a plan's review or a claim's check card, where a partner is done and
means to submit or to save: it got "I don't know "done" here". It now offers the two (or
saving alone, when something stops submitting, which "yes" then takes); nothing is
submitted unasked. Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, plan_id_in
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


def _buttons(replies) -> dict[str, dict]:
    return {
        action["title"]: action["data"]
        for reply in replies
        for action in (reply.card or {}).get("actions", [])
    }


async def test_done_at_the_plan_review_offers_submit_or_save(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "review")

    replies = await chat.say("done")

    assert "I don't know" not in shown(replies)
    assert "submit it now, or save it to finish later?" in shown(replies)
    buttons = _buttons(replies)
    assert {"Submit for approval", "Save and close"} <= set(buttons)
    assert (await get(chat, plan_id)).submitted_at is None  # nothing submitted unasked
    replies = await chat.click(buttons["Save and close"])
    assert plan_id in shown(replies)
    assert (await get(chat, plan_id)).submitted_at is None


async def test_im_done_at_a_claim_check_offers_submit_or_save(chat: Chat, files) -> None:
    claim_id = await claim_at_check(chat, files, EN)

    replies = await chat.say("I'm done", locale=EN)

    assert "I don't know" not in shown(replies)
    buttons = _buttons(replies)
    assert any(title.startswith("Submit") for title in buttons)
    assert "Save" in " ".join(buttons)
    assert (await get_claim(chat, claim_id)).submitted_at is None


async def test_termine_at_a_blocked_check_offers_saving_which_oui_takes(chat: Chat) -> None:
    claim_id = await claim_at(chat, FR)  # no evidence: submitting is blocked
    await chat.say("terminé", locale=FR)  # the evidence list's own "done": to the check

    replies = await chat.say("terminé", locale=FR)

    said = shown(replies)
    assert "Je ne connais pas" not in said
    assert "Enregistrer pour finir plus tard ? Répondez **oui**" in said
    replies = await chat.say("oui", locale=FR)
    assert "reste un brouillon" in shown(replies)
    assert (await get_claim(chat, claim_id)).submitted_at is None
