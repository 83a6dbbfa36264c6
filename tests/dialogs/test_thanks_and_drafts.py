"""What partners say that is no task: thanks, goodbye; and "my drafts".

Seen off the script with no dialog open: "thanks", "thank you!", "bye" and "my drafts",
"show my drafts", "what drafts do I have?" each got "I didn't understand that. Say new plan
…" ("my plans" and "my claims" were understood, each alone).
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds, start_claim
from tests.dialogs.test_plan_journey import plan_id_in
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand", "Je n'ai pas compris")


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "thanks", "Glad to help."),
        (EN, "Thank you!", "Glad to help."),
        (EN, "ok thanks", "Glad to help."),
        (EN, "bye", "Glad to help."),
        (FR, "merci", "Avec plaisir."),
        (FR, "Merci beaucoup !", "Avec plaisir."),
        (FR, "au revoir", "Avec plaisir."),
    ],
)
async def test_thanks_and_goodbye_get_a_polite_answer(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "my drafts"),
        (EN, "show my drafts"),
        (EN, "what drafts do I have?"),
        (FR, "mes brouillons"),
        (FR, "quels sont mes brouillons ?"),
    ],
)
async def test_my_drafts_lists_the_plan_and_claim_drafts_only(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    await seed_funds(chat)
    approved = await approved_plan(chat)
    plan_id = plan_id_in(await chat.say("nouveau plan" if locale == FR else "new plan", locale))
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    claim_id, _ = await start_claim(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert plan_id in shown(replies) and claim_id in shown(replies)
    assert approved.id not in shown(replies)


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "You have no drafts."), (FR, "Vous n'avez aucun brouillon.")],
)
async def test_my_drafts_with_none_says_so(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    replies = await chat.say("mes brouillons" if locale == FR else "my drafts", locale=locale)
    assert said in shown(replies)
