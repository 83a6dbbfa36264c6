"""An answer that says what not to do is never taken for doing it.

Seen off the script (stop 38), at the check card of a claim ready to go: "don't submit yet",
"not ready to submit", "do not send", "submit it later", « ne pas envoyer », « pas encore
soumettre » submitted the claim ("Claim submitted"), which cannot be taken back: an
answer containing a word of an option ("submit", « envoyer ») was taken for that option,
the "not" around it unread. At a plan's review "don't submit it yet" submitted the plan.

An answer with a negation (not, don't, never, later, « ne … pas », « pas encore », « plus
tard ») now takes an option only when it is the option's whole name; otherwise nothing is
done and the bot says so, the draft kept.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

NOTHING_DONE = {EN: "nothing was done", FR: "rien n'a été fait"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "don't submit yet"),
        (EN, "not ready to submit"),
        (EN, "do not send"),
        (EN, "submit it later"),
        (EN, "never mind submitting"),
        (FR, "ne pas envoyer"),
        (FR, "pas encore soumettre"),
        (FR, "n'envoie pas"),
        (FR, "soumettre plus tard"),
    ],
)
async def test_a_negated_submit_at_the_check_submits_nothing(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING, shown(replies)
    assert "Claim submitted" not in shown(replies) and "soumise" not in shown(replies)


# ("don't submit yet" puts it off: saving is offered, tests/dialogs/test_review_said_in_words.py)
@pytest.mark.parametrize(("locale", "typed"), [(EN, "don't submit it"), (FR, "ne pas envoyer")])
async def test_the_partner_is_told_nothing_was_done(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    await claim_at_check(chat, files, locale)
    assert NOTHING_DONE[locale] in shown(await chat.say(typed, locale=locale))


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "don't submit it yet"), (FR, "ne le soumets pas encore")]
)
async def test_a_negated_submit_at_a_plans_review_submits_nothing(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).status is PlanStatus.EDITING, shown(replies)


# "send it" / « envoyer » alone still submit: only evidence named after them is added
# (tests/dialogs/test_add_named_evidence.py).
@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "submit"), (FR, "soumettre"), (EN, "send it"), (FR, "envoyer")]
)
async def test_submit_said_plainly_still_submits(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).status is not ClaimStatus.EDITING
