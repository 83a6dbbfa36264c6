"""A partner who says something is wrong gets what to do, not "I didn't understand that".

Seen at stop 47 at rest: "it doesn't work", "I'm stuck", "error", "this is broken", « ça ne
marche pas », « je suis bloqué » and "the file won't upload", « je n'arrive pas à joindre le
fichier » got "I didn't understand that" — the least helpful answer to someone already
annoyed. A file that won't go gets how files are sent (the paperclip, the types and size, a
link instead) and that nothing typed is lost; anything else the ways out (help, back,
cancel, resume) and the same reassurance; in a question, that question's help, and it is
asked again. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

NOT_UNDERSTOOD = (
    "didn't understand",
    "n'ai pas compris",
    "isn't an amount",
    "n'est pas un montant",
)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "it doesn't work", "**back**"),
        (EN, "I'm stuck", "**back**"),
        (EN, "error", "**back**"),
        (EN, "this is broken", "**back**"),
        (FR, "ça ne marche pas", "**retour**"),
        (FR, "je suis bloqué", "**retour**"),
        (EN, "the file won't upload", "MB"),
        (EN, "I can't attach the invoice", "MB"),
        (FR, "je n'arrive pas à joindre le fichier", "Mo"),
        (FR, "le fichier ne passe pas", "Mo"),
    ],
)
async def test_trouble_at_rest_gets_what_to_do(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text, text
    assert "saved" in text or "enregistr" in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "it doesn't work", "EUR"),
        (FR, "ça ne marche pas", "EUR"),
        (EN, "the file won't upload", "MB"),
    ],
)
async def test_trouble_in_a_question_gets_help_and_the_question_again(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text and claim_id in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


# Seen at stop 48 at rest: "this is useless", "you are stupid", "wtf", "I hate this",
# « c'est nul », « ça sert à rien » got "I didn't understand that": the partner is told
# they were not understood, again, at the moment they are most annoyed.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "this is useless", "account manager"),
        (EN, "you are stupid", "account manager"),
        (EN, "you're not helping", "account manager"),
        (EN, "wtf", "account manager"),
        (EN, "I hate this", "account manager"),
        (EN, "that's not what I asked", "account manager"),
        (FR, "c'est nul", "responsable de compte"),
        (FR, "ça sert à rien", "responsable de compte"),
        (FR, "tu ne comprends rien", "responsable de compte"),
        (FR, "n'importe quoi", "responsable de compte"),
    ],
)
async def test_an_unhappy_partner_gets_an_apology_and_the_ways_on(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text, text
    assert ("**help**" in text) if locale == EN else ("**aide**" in text), text
    assert "saved" in text or "enregistr" in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


async def test_an_unhappy_partner_in_a_question_gets_it_again(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")
    replies = await chat.say("this is useless")
    text = shown(replies)
    assert "EUR" in text and claim_id in text, text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


# Seen at stop 56 at rest: "the card disappeared", "nothing happens when I click", "I can't
# find the button", « la carte a disparu », « rien ne se passe quand je clique », « je ne
# trouve pas le bouton » got "I didn't understand that": a card that won't work. Every
# button's words can be typed, "resume" brings the card back; in a question, the question
# (and its card) comes again.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the card disappeared", "typed"),
        (EN, "nothing happens when I click", "typed"),
        (EN, "I can't find the button", "typed"),
        (EN, "the button doesn't work", "typed"),
        (FR, "la carte a disparu", "tapés"),
        (FR, "rien ne se passe quand je clique", "tapés"),
        (FR, "je ne trouve pas le bouton", "tapés"),
    ],
)
async def test_a_card_that_wont_work_is_told_its_words_can_be_typed(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    text = shown(await chat.say(typed, locale=locale))
    assert said in text and ("**resume**" in text or "**reprendre**" in text), text
    assert not any(words in text for words in NOT_UNDERSTOOD), text


@pytest.mark.parametrize(("locale", "asked"), [(EN, "How much"), (FR, "Quel montant")])
async def test_a_card_gone_in_a_question_comes_again(chat: Chat, locale: str, asked: str) -> None:
    await claim_at(chat, locale, until="amount")
    typed = "la carte a disparu" if locale == FR else "the card disappeared"
    text = shown(await chat.say(typed, locale=locale))
    assert asked in text and ("typed" in text or "tapés" in text), text
