"""Files talked about with no question open, and none on the message.

Seen at stop 53 (a claim draft with its invoice, agenda and photos kept, no question open):
"see attached", "here is the invoice", « ci-joint », « voici la facture » with no file on the
message (Teams sent none), and "where are my files?", "did you get my invoice?", « où sont mes
fichiers ? » got "I didn't understand that". A partner who believes a file went is told none
came and how to attach it again; the files each claim draft of theirs holds are listed, with
how a file reaches a claim.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

STOP = {EN: "cancel", FR: "annuler"}
NONE_CAME = {EN: "No file came with your message", FR: "Aucun fichier n'est venu avec votre"}


@pytest.mark.parametrize(
    ("locale", "typed", "none_came"),
    [
        (EN, "see attached", True),
        (EN, "here is the invoice", True),
        (EN, "please find attached the photos", True),
        (FR, "ci-joint", True),
        (FR, "voici la facture", True),
        (EN, "where are my files?", False),
        (EN, "did you get my invoice?", False),
        (EN, "what files did I send?", False),
        (FR, "où sont mes fichiers ?", False),
        (FR, "avez-vous reçu ma facture ?", False),
    ],
)
async def test_files_talked_about_at_rest_are_listed_per_claim_draft(
    chat: Chat, files: FileServer, locale: str, typed: str, none_came: bool
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say(STOP[locale], locale=locale)

    said = await understood(chat, locale, typed)

    assert (NONE_CAME[locale] in said) is none_came, said
    assert claim_id in said and "invoice.pdf" in said and "photos.jpg" in said, said


@pytest.mark.parametrize(("locale", "typed"), [(EN, "see attached"), (FR, "voici la facture")])
async def test_with_no_claim_draft_says_how_a_file_reaches_a_claim(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)
    assert NONE_CAME[locale] in said, said
    assert ("new claim" if locale == EN else "nouvelle réclamation") in said, said


# Seen in the attacker's run of this change: « je n'ai pas reçu mon paiement » said 600 times
# over (past what the payment's words read) got the files answer: "reçu mon …" is no file.
@pytest.mark.parametrize(
    "typed",
    ["je n'ai pas reçu mon paiement " * 600, "did you get my payment? " * 900],
    ids=["fr-repeated", "en-repeated"],
)
async def test_a_payment_is_never_a_file(chat: Chat, typed: str) -> None:
    said = shown(await chat.say(typed, locale=FR if "paiement" in typed else EN))
    assert NONE_CAME[EN] not in said and NONE_CAME[FR] not in said
    assert "Files on your claim drafts" not in said and "Aucun fichier n'est encore" not in said
    assert "No file is on a claim draft" not in said
