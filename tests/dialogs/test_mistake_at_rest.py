"""A mistake told with no question open, about a draft that can still change.

Seen at stop 55 with a claim draft kept ("save for later"): "I made a mistake in my claim",
"there's a mistake in my claim", "I uploaded the wrong invoice" got "Once submitted, a plan
or a claim **can no longer be changed** …", a paragraph about sent items, though the claim
was a draft any answer of which could change; « j'ai fait une erreur dans ma réclamation »
got "Je n'ai pas compris". The draft meant is said to be one, how to change an answer is
said, and it is opened where it was left; a sent claim says why it can't change and what
can be done from its status; with no claim, that there is none. Through the real bot.
"""

from __future__ import annotations

import pytest

from domain.claim import ClaimStatus
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

SENT_ONLY = ("can no longer be changed", "ne peut plus être modifié")
DRAFT = {EN: "is still a draft", FR: "est encore un brouillon"}
RESUMED = {EN: "where you left it", FR: "là où vous l'avez laissée"}
CANCEL = {EN: "cancel", FR: "annuler"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I made a mistake in my claim"),
        (EN, "there's a mistake in my claim"),
        (EN, "I uploaded the wrong invoice"),
        (EN, "I made a mistake"),
        (EN, "oops, I made an error on my claim"),
        (FR, "j'ai fait une erreur dans ma réclamation"),
        (FR, "il y a une erreur dans ma réclamation"),
        (FR, "j'ai joint la mauvaise facture"),
        (FR, "je me suis trompé"),
    ],
)
async def test_a_mistake_in_a_claim_draft_opens_it_saying_it_can_still_change(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, "amount")
    await chat.say(CANCEL[locale], locale=locale)
    said = await understood(chat, locale, typed)
    assert claim_id in said and DRAFT[locale] in said, said
    assert not any(words in said for words in SENT_ONLY), said
    assert RESUMED[locale] in said, said  # opened at its question


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I made a mistake in my plan"),
        (EN, "there is an error in my plan"),
        (EN, "I made a mistake"),
        (FR, "j'ai fait une erreur dans mon plan"),
        (FR, "il y a une erreur dans mon plan"),
    ],
)
async def test_a_mistake_in_a_plan_draft_opens_it_saying_it_can_still_change(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)
    await chat.say(CANCEL[locale], locale=locale)
    said = await understood(chat, locale, typed)
    assert plan_id in said and DRAFT[locale] in said, said
    assert not any(words in said for words in SENT_ONLY), said


@pytest.mark.parametrize(
    ("locale", "typed", "sent"),
    [
        (EN, "I made a mistake in my claim", "was sent (Submitted)"),
        (FR, "j'ai fait une erreur dans ma réclamation", "a été envoyée (Soumise)"),
    ],
)
async def test_a_mistake_in_a_sent_claim_says_why_it_stays_and_whom_to_tell(
    chat: Chat, locale: str, typed: str, sent: str
) -> None:
    claim_id = await claim_at(chat, locale, "amount")
    await chat.say(CANCEL[locale], locale=locale)
    claim = await get_claim(chat, claim_id)
    claim.status = ClaimStatus.SUBMITTED
    await chat.services.claims.save(claim)
    said = await understood(chat, locale, typed)
    assert f"**{claim_id}** {sent}" in said, said
    manager = "account manager" if locale == EN else "responsable de compte"
    assert manager in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "none"),
    [
        (EN, "I made a mistake in my claim", "You have no claim yet"),
        (FR, "j'ai fait une erreur dans ma réclamation", "Vous n'avez encore aucune réclamation"),
    ],
)
async def test_a_mistake_in_a_claim_with_none_says_there_is_none(
    chat: Chat, locale: str, typed: str, none: str
) -> None:
    said = await understood(chat, locale, typed)
    assert none in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "I made a mistake in my plan"), (FR, "j'ai fait une erreur dans mon plan")],
)
async def test_a_mistake_in_the_plan_said_at_its_yes_no_question_is_no_answer(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 55 over HTTP: at "Add another activity?", "I made a mistake in my plan"
    got "Please answer yes or no" ("I made a mistake" alone says how to go back)."""
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "more_activities", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert "yes or no" not in said and "oui ou non" not in said, said
    assert ("back" if locale == EN else "retour") in said, said
