"""Questions a partner asks at a plan's review, before submitting it.

Seen at stop 45 at a plan's review: "who will review it?", « qui va le valider ? » got the
review's own help (submit, save or edit), not the reviewer the plan names; "can I still
change it after?", "can I edit it later?", « puis-je le modifier après ? » the same, not that
a submitted plan can no longer change; "what happens next?", "what happens after I submit?",
« que se passe-t-il ensuite ? » the same, not what follows a submission. Each is answered,
then the review is shown again. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

REVIEWER = {EN: "Who reviews your plans", FR: "Qui examine vos plans"}
AFTER = {EN: "can no longer be changed", FR: "ne peut plus être"}
NEXT = {EN: "Once you submit", FR: "le réviseur le lit"}
REVIEW_AGAIN = {EN: "Review of", FR: "Revue de"}


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "who will review it?", REVIEWER),
        (EN, "who approves it?", REVIEWER),
        (FR, "qui va le valider ?", REVIEWER),
        # Seen at stop 52: the review's help.
        (EN, "who approves this?", REVIEWER),
        (EN, "who signs it off?", REVIEWER),
        (FR, "qui va valider ?", REVIEWER),
        (FR, "qui va approuver ce plan ?", REVIEWER),
        (EN, "can I still change it after?", AFTER),
        (EN, "can I edit it later?", AFTER),
        (FR, "puis-je le modifier après ?", AFTER),
        (EN, "what happens next?", NEXT),
        (EN, "what happens after I submit?", NEXT),
        (FR, "que se passe-t-il ensuite ?", NEXT),
    ],
)
async def test_a_question_at_the_review_is_answered_and_the_review_stays(
    chat: Chat, locale: str, typed: str, words: dict[str, str]
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert words[locale] in said, said
    assert (await get(chat, plan_id)).status is PlanStatus.EDITING
