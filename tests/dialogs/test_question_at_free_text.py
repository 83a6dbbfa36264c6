"""A question about the question, typed where words are asked.

Seen at stop 49: at a rejected claim's dispute, "what should I write?" was sent to the
reviewer as the dispute's justification ("Dispute registered for CLM-…": a dispute is
final); at a claim's results "what should I put?" and at an activity's description "what
should I write?", "like what?" were kept as the answer and the next question asked. Words a
reviewer reads are never a question about what to write: the question's help is given and
the question asked again, nothing kept. A name or results that merely end with "?" ("Why
Copilot?", "85 guests?") are still answers. Through the real bot, dialogs and a TinyDB
store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, get_claim
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what should I write?"),
        (EN, "what do I say?"),
        (FR, "qu'est-ce que je dois écrire ?"),
        (FR, "je mets quoi ?"),
    ],
)
async def test_a_question_at_a_dispute_is_never_sent_as_its_justification(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    await chat.say("contester" if locale == FR else "dispute", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED, shown(replies)
    text = shown(replies)
    assert "Why is the decision" in text or "Pourquoi la décision" in text, text
    # Its way out: "continue my claim" found no claim draft there (a rejected claim).
    assert "**dispute** to come back" in text or "**contester** pour revenir" in text, text
    assert "continue my claim" not in text and "reprendre ma réclamation" not in text


@pytest.mark.parametrize(
    ("locale", "field", "typed"),
    [
        (EN, "metric_value", "what should I put?"),
        (EN, "metric_value", "like what?"),
        (EN, "metric_value", "what do you mean?"),
        (EN, "name", "what should I call it?"),
        (FR, "metric_value", "je mets quoi ?"),
        (FR, "metric_value", "par exemple ?"),
        (FR, "name", "comment je dois l'appeler ?"),
    ],
)
async def test_a_question_at_a_claims_words_is_answered_not_kept(
    chat: Chat, locale: str, field: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until=field)

    replies = await chat.say(typed, locale=locale)

    assert getattr(await get_claim(chat, claim_id), field) in (None, ""), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what should I write?"),
        (EN, "like what?"),
        (EN, "for example?"),
        (FR, "qu'est-ce que je dois écrire ?"),
        (FR, "comme quoi ?"),
    ],
)
async def test_a_question_at_an_activitys_description_is_answered_not_kept(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "description", locale=locale)

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert "countries" not in text and "pays" not in text.lower(), text
    activities = (await get(chat, plan_id)).campaigns[0].activities
    assert not activities or not activities[0].description, text


@pytest.mark.parametrize(
    ("field", "typed"),
    [("name", "Why Copilot?"), ("metric_value", "85 registered guests?")],
)
async def test_an_answer_ending_with_a_question_mark_is_still_an_answer(
    chat: Chat, field: str, typed: str
) -> None:
    claim_id = await claim_at(chat, EN, until=field)

    await chat.say(typed, locale=EN)

    assert getattr(await get_claim(chat, claim_id), field)


@pytest.mark.parametrize(
    ("locale", "typed", "fix"),
    [
        # Seen at stop 51: "Dispute registered for CLM-…" (the question went to the reviewer
        # as the justification, and a dispute cannot be taken back).
        (EN, "can I attach a better scan?", "**fix it**"),
        (EN, "should I send the invoice again?", "**fix it**"),
        (EN, "do I need to explain more?", "**fix it**"),
        (FR, "puis-je joindre un meilleur scan ?", "**corriger**"),
        (FR, "est-ce que je dois renvoyer la facture ?", "**corriger**"),
    ],
)
async def test_a_question_to_the_bot_at_a_dispute_is_not_sent(
    chat: Chat, files: FileServer, locale: str, typed: str, fix: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    await chat.say("contester" if locale == FR else "dispute", locale=locale)

    text = shown(await chat.say(typed, locale=locale))

    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED, text
    assert fix in text, text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "Why was a readable invoice rejected? Its total and number are clear."),
        (FR, "Pourquoi refuser une facture lisible ? Son total et son numéro sont nets."),
    ],
)
async def test_a_justification_asked_as_why_is_still_sent(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    await chat.say("contester" if locale == FR else "dispute", locale=locale)

    await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).status is ClaimStatus.DISPUTED
