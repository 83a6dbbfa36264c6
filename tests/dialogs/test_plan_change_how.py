"""Adding, removing or renaming a plan's campaign or activity, asked with no question open.

Seen at stop 55: "add a campaign", "how do I add an activity?", "how do I remove an
activity?", "how do I rename a campaign?", « comment ajouter une campagne ? », « ajouter une
activité » got "I didn't understand that". With a plan draft, it is said to be one whose
review does these, and it is opened; with only plans sent, why a sent plan can't change;
with none, how a plan gets its campaigns. Through the real bot and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

DRAFT = {EN: "is still a draft", FR: "est encore un brouillon"}
REVIEW = {EN: "**Add a campaign**", FR: "**Ajouter une campagne**"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "add a campaign"),
        (EN, "how do I add an activity?"),
        (EN, "how do I remove an activity?"),
        (EN, "how do I rename a campaign?"),
        (FR, "comment ajouter une campagne ?"),
        (FR, "ajouter une activité"),
    ],
)
async def test_with_a_plan_draft_it_is_opened_saying_its_review_does_it(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    said = await understood(chat, locale, typed)
    assert plan_id in said and DRAFT[locale] in said and REVIEW[locale] in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "sent"),
    [(EN, "add a campaign", "was sent (Approved)"), (FR, "ajouter une activité", "a été envoyé")],
)
async def test_with_only_a_plan_sent_why_it_cannot_change(
    chat: Chat, locale: str, typed: str, sent: str
) -> None:
    chat.locale = locale
    await seed_funds(chat)
    await approved_plan(chat)
    said = await understood(chat, locale, typed)
    assert sent in said, said
