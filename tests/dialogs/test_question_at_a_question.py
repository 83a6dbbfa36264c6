"""A question typed at a question gets what that question means, not a parse error.

Seen off the script: at "How much are you claiming, in EUR? Up to EUR 12,500.00 remains
planned", "what's the max?" got '"what's the max?" isn't an amount I can read'; at the
reviewer's e-mail, "what is this?" got '"what is this?" isn't a valid e-mail address'. Only
"help" explained the question. An answer that cannot be read and asks something is now
answered as "help" is: what the question means, and the question again.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

PARSE_ERRORS = ("isn't an amount", "n'est pas un montant", "isn't a valid e-mail", "n'est pas")


@pytest.mark.parametrize(
    ("locale", "typed", "means", "asked"),
    [
        (EN, "what's the max?", "The amount you spent and claim", "How much are you claiming"),
        (EN, "what do I put here?", "The amount you spent and claim", "How much are you claiming"),
        (EN, "which amount?", "The amount you spent and claim", "How much are you claiming"),
        (FR, "c'est quoi le maximum ?", "Le montant dépensé", "Quel montant réclamez-vous"),
        (FR, "quel montant ?", "Le montant dépensé", "Quel montant réclamez-vous"),
    ],
)
async def test_a_question_at_the_claimed_amount_gets_its_help(
    chat: Chat, locale: str, typed: str, means: str, asked: str
) -> None:
    await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert means in shown(replies)
    assert asked in shown(replies)
    assert not any(error in shown(replies) for error in PARSE_ERRORS)


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        (EN, "what is this?", "The e-mail address of your Microsoft account manager"),
        (EN, "who is that?", "The e-mail address of your Microsoft account manager"),
        (FR, "c'est qui ?", "L'adresse e-mail de votre responsable de compte Microsoft"),
    ],
)
async def test_a_question_at_the_reviewers_email_gets_its_help(
    chat: Chat, locale: str, typed: str, means: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "reviewer_email", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert means in shown(replies)
    assert not any(error in shown(replies) for error in PARSE_ERRORS)


async def test_a_wrong_answer_that_asks_nothing_still_says_what_is_wrong(chat: Chat) -> None:
    await start_plan(chat)
    await answer_until(chat, "reviewer_email")
    # ("my account manager" was this wrong answer until stop 50: it now gets the question's
    # help, naming the last plan's reviewer, tests/dialogs/test_reviewer_typed.py.)
    replies = await chat.say("ana.lopez")
    assert "isn't a valid e-mail address" in shown(replies)


async def test_a_campaign_named_as_a_question_stays_its_name(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "name")
    replies = await chat.say("Ready for AI?")
    assert "When does **Ready for AI?** start?" in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].name == "Ready for AI?"


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        (EN, "I don't know", "Your partner location's Partner ID (MPN ID)"),
        (EN, "not sure", "Your partner location's Partner ID (MPN ID)"),
        (FR, "je ne sais pas", "L'identifiant partenaire (MPN ID)"),
        (FR, "aucune idée", "L'identifiant partenaire (MPN ID)"),
    ],
)
async def test_not_knowing_the_answer_gets_the_questions_help(
    chat: Chat, locale: str, typed: str, means: str
) -> None:
    """Seen: "I don't know" at the Partner ID got '"I don't know" isn't a Partner ID'."""
    chat.locale = locale
    await start_plan(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert means in shown(replies)
    assert "isn't a Partner ID" not in shown(replies)
