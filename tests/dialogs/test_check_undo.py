"""Undo at a claim's check card. Seen at stop 64: after "change the amount to 9500" at the
check, "undo" (which the bot lists as a way back) left the amount at EUR 9,500.00 and
showed the evidence list instead: the partner who changed the wrong answer had to find and
retype the old value. "undo", « défaire », "undo the change", « annuler la modification »
now put back what the last change at the check replaced (several changes sent together
are one change) and show the check again; with nothing to undo they say so and change
nothing. "back" still goes to the evidence list. Through the real bot, its dialogs, a
TinyDB store on disk and the evidence files served over HTTP.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at_check, flat, get_claim
from tests.support import Chat, shown

AMOUNT, DAY = Decimal("9800.50"), date(2026, 11, 10)  # as the claim was answered
CHECK = ("Check of CLM-", "Vérification de CLM-")
UNDONE = ("Undone", "Annulé")


async def state(chat: Chat, claim_id: str) -> tuple[Decimal | None, date | None]:
    claim = await get_claim(chat, claim_id)
    return claim.amount, claim.execution_date


@pytest.mark.parametrize(
    ("locale", "change", "undo"),
    [
        (EN, "change the amount to 9500", "undo"),
        (EN, "the amount is 9500", "undo the change"),
        (EN, "change the amount to 9500 and the date to Nov 12", "undo"),
        (FR, "modifier le montant à 9 500", "défaire"),
        (FR, "modifier le montant à 9 500 et la date au 12 novembre", "annuler la modification"),
    ],
)
async def test_undo_puts_back_what_the_last_change_replaced(
    chat: Chat, files, locale: str, change: str, undo: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say(change, locale=locale)
    assert await state(chat, claim_id) != (AMOUNT, DAY)

    said = flat(shown(await chat.say(undo, locale=locale)))

    assert await state(chat, claim_id) == (AMOUNT, DAY), said[:600]
    assert any(words in said for words in UNDONE), said[:600]
    assert any(words in said for words in CHECK), said[:600]  # the check again


@pytest.mark.parametrize(("locale", "undo"), [(EN, "undo"), (FR, "défaire")])
async def test_undo_is_of_the_last_change_only_and_once(
    chat: Chat, files, locale: str, undo: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("amount: 9500" if locale == EN else "montant : 9 500", locale=locale)
    await chat.say("date: Nov 12" if locale == EN else "date : 12 novembre", locale=locale)

    await chat.say(undo, locale=locale)
    assert await state(chat, claim_id) == (Decimal("9500"), DAY)  # the date's change undone

    said = flat(shown(await chat.say(undo, locale=locale)))  # nothing more to undo
    assert await state(chat, claim_id) == (Decimal("9500"), DAY), said[:600]
    assert "nothing to undo" in said.lower() or "rien à annuler" in said.lower(), said[:600]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_change_through_its_question_is_undone_too(chat: Chat, files, locale: str) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("change the amount" if locale == EN else "modifier le montant", locale=locale)
    await chat.say("9500" if locale == EN else "9 500", locale=locale)
    assert (await state(chat, claim_id))[0] == Decimal("9500")

    said = flat(shown(await chat.say("undo" if locale == EN else "défaire", locale=locale)))

    assert await state(chat, claim_id) == (AMOUNT, DAY), said[:600]


@pytest.mark.parametrize(("locale", "back"), [(EN, "back"), (FR, "retour")])
async def test_back_after_a_change_still_shows_the_evidence_list(
    chat: Chat, files, locale: str, back: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say(
        "change the amount to 9500" if locale == EN else "modifier le montant à 9 500",
        locale=locale,
    )

    said = flat(shown(await chat.say(back, locale=locale)))

    assert (await state(chat, claim_id))[0] == Decimal("9500"), said[:600]
    assert "Evidence for" in said or "Justificatifs de" in said, said[:600]


# Seen at stop 64: "remove the photos" at the check, then "undo", answered "There's nothing
# to undo: no change was made at this check" with the photos gone. A file taken off at the
# check is a change too: "undo" puts it back where it was, its file and what was read.
@pytest.mark.parametrize(
    ("locale", "remove", "undo"),
    [
        (EN, "remove the photos", "undo"),
        (EN, "remove invoice.pdf", "undo that"),
        (FR, "supprimer les photos", "défaire"),
    ],
)
async def test_a_file_taken_off_at_the_check_is_put_back(
    chat: Chat, files, locale: str, remove: str, undo: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = (await get_claim(chat, claim_id)).evidence
    await chat.say(remove, locale=locale)
    assert len((await get_claim(chat, claim_id)).evidence) == 2

    said = flat(shown(await chat.say(undo, locale=locale)))

    after = (await get_claim(chat, claim_id)).evidence
    assert after == before, said[:600]  # the same items, in the same order
    assert any(words in said for words in UNDONE), said[:600]


# The same at the evidence list (stop 64: "remove the photos" there, then "undo", went on
# to the check with the photos gone). With nothing taken off, "undo" there is "back", as
# before: the check again.
@pytest.mark.parametrize(
    ("locale", "add", "remove", "undo"),
    [
        (EN, "add evidence", "remove the photos", "undo"),
        (FR, "ajouter un justificatif", "supprimer les photos", "défaire"),
    ],
)
async def test_a_file_taken_off_at_the_evidence_list_is_put_back(
    chat: Chat, files, locale: str, add: str, remove: str, undo: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = (await get_claim(chat, claim_id)).evidence
    await chat.say(add, locale=locale)
    await chat.say(remove, locale=locale)
    assert len((await get_claim(chat, claim_id)).evidence) == 2

    said = flat(shown(await chat.say(undo, locale=locale)))

    assert (await get_claim(chat, claim_id)).evidence == before, said[:600]
    assert any(words in said for words in UNDONE), said[:600]
    assert "Evidence for" in said or "Justificatifs de" in said, said[:600]  # the list again

    said = flat(shown(await chat.say(undo, locale=locale)))  # nothing more: back, the check
    assert any(words in said for words in CHECK), said[:600]
