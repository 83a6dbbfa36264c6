"""Contradicting a rejection in words: the dispute, with those words offered as its reason.

Seen at stops 56 and 57 after a rejection ("Invoice scan is blurry"): "the invoice was
there!", "but I attached the invoice", "I already sent it", "the scan is readable",
« la facture y était ! », « je l'ai bien jointe » got "I didn't understand that", though
"I disagree, the invoice is readable" starts the dispute with its reason offered. What the
partner says back to a reviewer is that reason: offered to send, one "yes" or click away (a
dispute is never sent unasked). Through the real bot, its dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, get_claim
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

ASKED = {EN: "Why is the decision on", FR: "Pourquoi la décision sur"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the invoice was there!"),
        (EN, "but I attached the invoice"),
        (EN, "I did attach it"),
        (EN, "I already sent it"),
        (EN, "the scan is readable"),
        (EN, "the invoice is not blurry"),
        (EN, "it was attached"),
        (FR, "la facture y était !"),
        (FR, "je l'ai bien jointe"),
        (FR, "mais je l'ai envoyée"),
        (FR, "la facture est lisible"),
    ],
)
async def test_contradicting_the_rejection_offers_those_words_as_the_reason(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert ASKED[locale] in said and typed.rstrip(" !") in said, said[:400]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED  # not yet
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.DISPUTED
    assert claim.history[-1].note == typed.strip()


@pytest.mark.parametrize(("locale", "typed"), [(EN, "the invoice is attached"), (EN, "fine")])
async def test_words_that_do_not_contradict_start_no_dispute(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    await rejected_seminar(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert ASKED[locale] not in said, said[:400]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "I already sent it"), (EN, "the invoice was there"), (FR, "je l'ai bien jointe")],
)
async def test_with_nothing_rejected_the_same_words_are_about_files(
    chat: Chat, locale: str, typed: str
) -> None:
    """With no rejection to contradict, "I already sent it" is said of a file, as before."""
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))
    assert "Nothing is rejected" not in said and "Rien n'est refusé" not in said, said
    assert ASKED[locale] not in said, said
