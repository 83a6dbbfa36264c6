"""At the evidence list, a partner who sees an earlier answer is wrong says so in words.

Seen at stop 48 at a claim's evidence list: "change the date", "the date is wrong", "fix
the amount", « modifier la date » got 'I don't know "change the date". Pick one of the
options or type its number.' — the check card reads those words, the evidence list did
not, and only "back" (one answer at a time) led there. Now that answer's question is asked,
then the evidence list again, the files kept. Through the real bot, dialogs, TinyDB.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "asked", "answer", "field", "value", "again"),
    [
        (EN, "change the date", "When did", "2026-11-12", "execution_date",
         date(2026, 11, 12), "Evidence for"),
        (EN, "the date is wrong", "When did", "Nov 12", "execution_date",
         date(2026, 11, 12), "Evidence for"),
        (EN, "fix the amount", "How much", "9,000", "amount", Decimal("9000"), "Evidence for"),
        (FR, "modifier la date", "Quand", "12/11/2026", "execution_date",
         date(2026, 11, 12), "Justificatifs"),
        (FR, "le montant est faux", "Quel montant", "9 000", "amount", Decimal("9000"),
         "Justificatifs"),
        # Seen at stop 48: a mistake said, not a change asked.
        (EN, "I made a mistake in the amount", "How much", "9,000", "amount", Decimal("9000"),
         "Evidence for"),
        (EN, "there's an error in the date", "When did", "Nov 12", "execution_date",
         date(2026, 11, 12), "Evidence for"),
        (FR, "je me suis trompé de montant", "Quel montant", "9 000", "amount",
         Decimal("9000"), "Justificatifs"),
        # Seen at stop 49: a plural said wrong ('I don't know "the results are wrong"').
        (EN, "the results are wrong", "Results", "90 registered guests", "metric_value",
         "90 registered guests", "Evidence for"),
        (EN, "the impressions are wrong", "how many people", "4,000", "impressions", 4000,
         "Evidence for"),
        (FR, "les résultats sont faux", "Résultats", "90 invités", "metric_value",
         "90 invités", "Justificatifs"),
        (FR, "les impressions sont fausses", "Combien de personnes", "4 000", "impressions",
         4000, "Justificatifs"),
    ],
)  # fmt: skip
async def test_an_earlier_answer_changed_from_the_evidence_list(
    chat: Chat, locale, typed, asked, answer, field, value, again
) -> None:
    claim_id = await claim_at(chat, locale)  # every answer given: the evidence list

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert asked in text, text
    if field in ("execution_date", "amount"):  # asked with the claim's form card
        assert claim_id in text, text
    assert "I don't know" not in text and "Je ne connais pas" not in text, text
    replies = await chat.say(answer, locale=locale)
    assert getattr(await get_claim(chat, claim_id), field) == value, shown(replies)
    assert again in shown(replies), shown(replies)


# Seen at stop 48 at rest: "I need to change the date on my claim", « je voudrais modifier
# la date de ma réclamation » got "I didn't understand that" ("edit my claim" was read).
# The partner's claim draft opens at that answer's question.
@pytest.mark.parametrize(
    ("locale", "typed", "asked", "answer", "field", "value"),
    [
        (EN, "I need to change the date on my claim", "When did", "Nov 12", "execution_date",
         date(2026, 11, 12)),
        (EN, "change the amount of my claim", "How much", "9000", "amount", Decimal("9000")),
        (EN, "how do I fix the date in my claim?", "When did", "Nov 12", "execution_date",
         date(2026, 11, 12)),
        (FR, "je voudrais modifier la date de ma réclamation", "Quand", "12/11/2026",
         "execution_date", date(2026, 11, 12)),
        (FR, "changer le montant de ma réclamation", "Quel montant", "9 000", "amount",
         Decimal("9000")),
    ],
)  # fmt: skip
async def test_an_answer_of_the_claim_changed_from_rest(
    chat: Chat, locale, typed, asked, answer, field, value
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert asked in text and claim_id in text, text
    replies = await chat.say(answer, locale=locale)
    assert getattr(await get_claim(chat, claim_id), field) == value, shown(replies)


async def test_an_answer_of_the_claim_changed_from_another_of_its_questions(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="impressions")

    replies = await chat.say("I need to change the date on my claim")

    assert "When did" in shown(replies) and claim_id in shown(replies), shown(replies)
    await chat.say("Nov 12")
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 12)


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        # Seen at stop 49: 'I don't know "add more files". Pick one of the options'
        # ("attach another file" was read: it names a file).
        (EN, "add more files", "What is this evidence?"),
        (EN, "upload more documents", "What is this evidence?"),
        (FR, "ajouter d'autres fichiers", "De quel justificatif s'agit-il"),
    ],
)
async def test_more_files_at_the_evidence_list_adds_one(
    chat: Chat, locale: str, typed: str, asked: str
) -> None:
    await claim_at(chat, locale)  # every answer given: the evidence list

    replies = await chat.say(typed, locale=locale)

    assert asked in shown(replies), shown(replies)


# Seen at stop 53 at a claim's check card: 'I don't know "I have another file"', or the
# check's help for "can I add another file?".
ANOTHER_FILE = [
    (EN, "can I add another file?"),
    (EN, "I have another file"),
    (EN, "one more file"),
    (EN, "I've got another document"),
    (FR, "je peux ajouter un autre fichier ?"),
    (FR, "j'ai un autre fichier"),
    (FR, "encore un fichier"),
]
WHAT_IS_IT = {EN: "What is this evidence?", FR: "De quel justificatif s'agit-il"}
FILE_ASKED = {EN: "Please send the file now", FR: "Envoyez le fichier maintenant"}


# The same words naming what the file is: that item, its file asked next.
NAMED_FILE = [
    (EN, "I want to add a photo"),
    (EN, "I've got another invoice"),
    (EN, "can I add the agenda?"),
    (FR, "je voudrais ajouter une photo"),
    (FR, "j'ai une autre facture"),
]


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        *((locale, typed, WHAT_IS_IT) for locale, typed in ANOTHER_FILE),
        *((locale, typed, FILE_ASKED) for locale, typed in NAMED_FILE),
    ],
)
async def test_another_file_told_at_the_check_card_adds_one(
    chat: Chat, files: FileServer, locale: str, typed: str, asked: dict[str, str]
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = len((await get_claim(chat, claim_id)).evidence)

    replies = await chat.say(typed, locale=locale)

    assert asked[locale] in shown(replies), shown(replies)
    assert len((await get_claim(chat, claim_id)).evidence) == before + 1  # one, being added


@pytest.mark.parametrize(("locale", "typed"), ANOTHER_FILE)
async def test_another_file_told_at_the_evidence_list_adds_one(
    chat: Chat, locale: str, typed: str
) -> None:
    await claim_at(chat, locale)

    replies = await chat.say(typed, locale=locale)

    assert WHAT_IS_IT[locale] in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "check"),
    [
        (EN, "no more files", "Check of"),
        (EN, "that's all the files", "Check of"),
        (EN, "I have no more documents", "Check of"),
        (FR, "pas d'autres fichiers", "Vérification de"),
        (FR, "c'est tout pour les fichiers", "Vérification de"),
    ],
)
async def test_no_more_files_at_the_evidence_list_is_done(
    chat: Chat, locale: str, typed: str, check: str
) -> None:
    """ "files" now asks for another file; "no more files" never does: the check comes.
    (Before: 'I don't know "that's all the files"', and « pas d'autres fichiers » 'not Add a
    file, nothing was done'.)"""
    await claim_at(chat, locale)

    replies = await chat.say(typed, locale=locale)

    assert check in shown(replies), shown(replies)


# Seen at stop 55 at a claim's later question (its impressions): "change the amount",
# "change the date", « modifier le montant » got '"change the amount" isn't a whole number'
# (the evidence list and the check card read those words; a question did not). That
# answer's question is asked, then the question that was open.
@pytest.mark.parametrize(
    ("locale", "typed", "asked", "answer", "field", "value", "again"),
    [
        (EN, "change the amount", "How much", "9,000", "amount", Decimal("9000"),
         "how many people"),
        (EN, "I want to change the date", "When did", "Nov 12", "execution_date",
         date(2026, 11, 12), "how many people"),
        (FR, "modifier le montant", "Quel montant", "9 000", "amount", Decimal("9000"),
         "Combien de personnes"),
        (FR, "changer la date", "Quand", "12/11/2026", "execution_date", date(2026, 11, 12),
         "Combien de personnes"),
    ],
)  # fmt: skip
async def test_an_earlier_answer_changed_from_a_later_question(
    chat: Chat, locale, typed, asked, answer, field, value, again
) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert asked in text and claim_id in text, text
    assert "whole number" not in text and "nombre entier" not in text, text
    replies = await chat.say(answer, locale=locale)
    assert getattr(await get_claim(chat, claim_id), field) == value, shown(replies)
    assert again in shown(replies), shown(replies)
