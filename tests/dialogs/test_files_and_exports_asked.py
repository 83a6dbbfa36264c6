"""Questions about files, the plan's template and taking one's data away, with no question open.

Seen at stop 47 at rest: "what is the max file size?", "can I upload a zip?", « quelle est la
taille maximale des fichiers ? » got "I didn't understand that" (at a claim's evidence list
they were answered); "is there a template for the plan?" got the status list; "download my
plan", "print my plan", "export my claims" got "I didn't understand that". The files' limits
and types are said wherever asked; the template is offered; a plan or the claims are shown
as text (what can be copied or printed: no file leaves the chat). Through the real bot,
dialogs and a TinyDB store on disk, in English and French.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, claim_at
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("didn't understand", "n'ai pas compris")


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what is the max file size?", "MB each"),
        (EN, "can I upload a zip?", "pdf, msg"),
        (EN, "what file types can I send?", "pdf, msg"),
        (FR, "quelle est la taille maximale des fichiers ?", "Mo chacun"),
        (FR, "quels formats de fichiers sont acceptés ?", "pdf, msg"),
        (EN, "can I send a word document?", "docx"),
        (EN, "can I upload a screenshot?", "png"),
        (FR, "je peux envoyer un document word ?", "docx"),
        # Seen at stop 59: "I didn't understand that" (named by the common rejections' answer).
        (EN, "what files can I upload?", "pdf, msg"),
        (FR, "quels fichiers puis-je envoyer ?", "pdf, msg"),
    ],
)
async def test_the_files_accepted_are_said_at_rest(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


async def test_the_files_accepted_are_said_in_a_claims_question_and_it_stays(
    chat: Chat,
) -> None:
    await claim_at(chat, EN, until="amount")
    replies = await chat.say("what is the max file size?")
    assert "MB each" in shown(replies) and "EUR" in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "is there a template for the plan?", "Here is the plan template"),
        (EN, "do you have an excel template?", "Here is the plan template"),
        (FR, "y a-t-il un modèle pour le plan ?", "Voici le modèle de plan"),
    ],
)
async def test_the_plan_template_is_offered_when_asked_for(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "download my plan"),
        (EN, "print my plan"),
        (EN, "export my plan"),
        (FR, "télécharger mon plan"),
        (FR, "imprimer mon plan"),
    ],
)
async def test_taking_a_plan_away_shows_it(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan = await approved_plan(chat)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert plan.id in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "export my claims"), (EN, "download my claims"), (FR, "exporter mes réclamations")],
)
async def test_taking_the_claims_away_links_to_them_in_a_spreadsheet(
    chat: Chat, locale: str, typed: str
) -> None:
    # Stop 55 listed them here (the chat's 25); since stop 60, every one in a spreadsheet.
    await claim_at(chat, locale, until="amount")
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert "/exports/claims/" in text and ("Excel" in text), text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 55: "I didn't understand that" for one claim.
        (EN, "download my claim"),
        (FR, "télécharger ma réclamation"),
    ],
)
async def test_taking_the_claims_away_lists_them(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert claim_id in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


@pytest.mark.parametrize(
    "typed", ["how big can the claim be?", "what format should the date be in?"]
)
async def test_other_sizes_and_formats_are_not_the_files(chat: Chat, typed: str) -> None:
    replies = await chat.say(typed)
    assert "MB each" not in shown(replies), shown(replies)
