"""The language a partner asks for, whatever their Teams client is set to.

Seen off the script: a partner whose Teams is in English typed "speak French", « en
français », "français" and got "I didn't understand that" at rest, and at a question
'"speak French" isn't a Partner ID'. Answers followed the Teams client's language only, so
a partner reading French better than English had to change their whole Teams to get it.

The choice is the partner's (kept in their profile, on disk): every later answer, question
and notice is in that language; choosing their Teams language again follows Teams again.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand", "Je n'ai pas compris", "isn't a Partner ID")
MPN_EN = "What is the Partner ID (MPN ID)"
MPN_FR = "Quel est l'identifiant partenaire (MPN ID)"


@pytest.mark.parametrize(
    "typed",
    [
        "speak French",
        "French please",
        "in French",
        "can you speak French?",
        "switch to French",
        "en français",
        "français",
        "Parlez-vous français ?",
        # Seen at stop 52: "I didn't understand that".
        "change my language to French",
        "I prefer French",
        "set the language to French",
    ],
)
async def test_french_asked_for_in_an_english_teams_is_what_follows(chat: Chat, typed: str) -> None:
    chat.locale = EN
    replies = await chat.say(typed, locale=EN)
    assert "je vous réponds en français" in shown(replies)
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)
    # Every later answer, with the Teams client still in English.
    assert "Voici ce que je sais faire" in shown(await chat.say("help", locale=EN))
    assert MPN_FR in shown(await chat.say("new plan", locale=EN))


@pytest.mark.parametrize(
    "typed",
    [
        *("in English please", "English", "en anglais", "parle anglais", "anglais svp"),
        # Seen at stop 52: « Je n'ai pas compris ».
        *("je préfère l'anglais", "peux-tu parler anglais ?", "changer la langue en anglais"),
    ],
)
async def test_english_asked_for_in_a_french_teams_is_what_follows(chat: Chat, typed: str) -> None:
    chat.locale = FR
    replies = await chat.say(typed, locale=FR)
    assert "I'll answer in English" in shown(replies)
    assert "Here is what I can do" in shown(await chat.say("aide", locale=FR))
    assert MPN_EN in shown(await chat.say("nouveau plan", locale=FR))


async def test_asked_in_the_middle_of_a_question_it_is_asked_again_in_that_language(
    chat: Chat,
) -> None:
    chat.locale = EN
    first = await chat.say("new plan", locale=EN)
    assert MPN_EN in shown(first)
    replies = await chat.say("français", locale=EN)
    assert "je vous réponds en français" in shown(replies)
    assert MPN_FR in shown(replies)  # the same question, in French
    assert "isn't a Partner ID" not in shown(replies)
    # The answer goes on in the same draft, in French.
    replies = await chat.say("1234567", locale=EN)
    assert "Pour quel programme est ce plan ?" in shown(replies)


async def test_asked_at_a_claims_question_it_is_asked_again_in_that_language(
    chat: Chat,
) -> None:
    await claim_at(chat, EN, until="amount")
    replies = await chat.say("français", locale=EN)
    assert "Quel montant réclamez-vous, en EUR ?" in shown(replies)
    replies = await chat.say("9 800", locale=EN)
    assert "9 800,00 EUR" in shown(replies)  # read and said back the French way


async def test_language_alone_offers_both_and_a_click_chooses(chat: Chat) -> None:
    chat.locale = EN
    [offer] = await chat.say("change language", locale=EN)
    assert "Which language" in offer.shown
    replies = await chat.click(offer.submit_data("Français"))
    assert "je vous réponds en français" in shown(replies)
    assert "Voici ce que je sais faire" in shown(await chat.say("help", locale=EN))
    # The same button clicked again: said again, nothing else changes.
    again = await chat.click(offer.submit_data("Français"))
    assert "je vous réponds en français" in shown(again)


async def test_choosing_the_teams_language_again_follows_teams_again(chat: Chat) -> None:
    chat.locale = EN
    await chat.say("speak French", locale=EN)
    replies = await chat.say("in English", locale=EN)
    assert "I'll answer in English" in shown(replies)
    # No choice is left: a partner who then sets Teams to French gets French.
    assert "Voici ce que je sais faire" in shown(await chat.say("aide", locale=FR))


async def test_the_choice_is_kept_on_disk(storage, tmp_path) -> None:
    first = Chat(storage)
    await first.seed_roles(tmp=tmp_path)
    await first.say("speak French", locale=EN)
    # Another process over the same store (a restart, another instance).
    later = Chat(storage)
    assert "Voici ce que je sais faire" in shown(await later.say("help", locale=EN))


async def test_help_says_how_to_change_the_language(chat: Chat) -> None:
    assert "en français" in shown(await chat.say("help", locale=EN))
    assert "in English" in shown(await chat.say("aide", locale=FR))


@pytest.mark.parametrize("name", ["French Riviera roadshow", "English summer school"])
async def test_a_campaign_named_with_a_language_stays_a_name(chat: Chat, name: str) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "name")
    replies = await chat.say(name)
    assert "je vous réponds" not in shown(replies) and "I'll answer in" not in shown(replies)
    assert f"When does **{name}** start?" in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].name == name
