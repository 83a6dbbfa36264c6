"""Who reviews, and how a file is added, asked with no question open.

Seen at stop 42: "who is my reviewer?", "who is my account manager?", « qui est mon
réviseur ? » got "I didn't understand that", although each plan names its reviewer (the
Microsoft account manager the partner typed) and the support answer tells partners to ask
them; "how do I add a file?", « comment ajouter un fichier ? » got the same, while "how do
I attach an invoice?" was answered. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "who is my reviewer?"),
        (EN, "who is my account manager?"),
        (EN, "who reviews my plan?"),
        (EN, "who approves my plan"),
        (FR, "qui est mon réviseur ?"),
        (FR, "qui valide mon plan ?"),
        # Seen at stop 49: the claims' status ("You have no claims yet" with none).
        (EN, "who approves my claim?"),
        (EN, "who approves claims?"),
        (EN, "who decides on my claim?"),
        (FR, "qui valide ma réclamation ?"),
        (FR, "qui approuve ma réclamation ?"),
        (FR, "qui valide les réclamations ?"),
    ],
)
async def test_the_plans_reviewers_are_named(chat: Chat, locale: str, typed: str) -> None:
    await seed_funds(chat)
    plan = await approved_plan(chat)

    said = await understood(chat, locale, typed)

    assert "ana@microsoft.com" in said and plan.id in said


async def test_with_no_reviewer_yet_says_where_it_comes_from(chat: Chat) -> None:
    said = shown(await chat.say("who is my reviewer?", locale=EN))

    assert "I didn't understand" not in said
    assert "new plan" in said  # the reviewer is named in a plan


async def test_a_draft_without_its_reviewer_is_not_listed_as_one(chat: Chat) -> None:
    plan = await approved_plan(chat, status=PlanStatus.EDITING)
    plan.reviewer_email = None
    await chat.services.plans.save_plan(plan)

    said = shown(await chat.say("who is my reviewer?", locale=EN))

    assert "I didn't understand" not in said
    assert plan.id not in said and "new plan" in said


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        (EN, "who is my reviewer?", "The e-mail address of your Microsoft account manager"),
        (FR, "qui est mon réviseur ?", "L'adresse e-mail de votre responsable de compte Microsoft"),
    ],
)
async def test_asked_at_the_reviewers_question_gets_that_questions_help(
    chat: Chat, locale: str, typed: str, means: str
) -> None:
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "reviewer_email", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert means in said and "None of your plans" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "how do I add a file?", "paperclip"),
        (EN, "how do I upload a document?", "paperclip"),
        (FR, "comment ajouter un fichier ?", "trombone"),
        # Seen at stop 46: "I didn't understand that".
        (EN, "I forgot to attach the invoice", "paperclip"),
        (EN, "oops, I forgot the invoice", "paperclip"),
        (EN, "I forgot to send the invoice!", "paperclip"),
        (FR, "j'ai oublié de joindre la facture", "trombone"),
        (FR, "j'ai oublié la facture", "trombone"),
        (EN, "I forgot to attach the photos", "paperclip"),
        (FR, "j'ai oublié de joindre les photos", "trombone"),
    ],
)
async def test_how_to_add_a_file_is_answered(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = shown(await chat.say(typed, locale=locale))

    assert answer in said, said


# Seen at stop 46: "I lost the invoice", « j'ai perdu ma facture » got "I didn't understand
# that"; a copy from the supplier is what a reviewer takes.
@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "I lost the invoice", "copy of the invoice"),
        (EN, "we lost our invoice", "copy of the invoice"),
        (EN, "I can't find the invoice", "copy of the invoice"),
        (FR, "j'ai perdu ma facture", "copie de la facture"),
        (FR, "je ne trouve plus la facture", "copie de la facture"),
    ],
)
async def test_a_lost_invoice_is_answered_with_a_copy(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = shown(await chat.say(typed, locale=locale))

    assert answer in said and ("24 months" in said or "24 mois" in said), said


# Seen at stop 46: « bonjour, j'ai besoin d'aide pour ma réclamation » got « Je n'ai pas
# compris » (its English "hi, I need help with my claim" got the help).
@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (FR, "bonjour, j'ai besoin d'aide pour ma réclamation", "Voici ce que je sais faire"),
        (FR, "j'ai besoin d'aide", "Voici ce que je sais faire"),
        (EN, "hi, I need help with my claim", "Here is what I can do"),
    ],
)
async def test_needing_help_with_something_gets_the_help(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    assert answer in shown(await chat.say(typed, locale=locale))
