"""A typed claim in at most 7 turns (issue 15; 19 one answer a message), en and fr.

The partner types what ran in one message, drops the invoice, the agenda and the photos
in one message (as Teams allows), says what the two proofs show, and submits. Files whose
names say what they are ("invoice", "facture", "agenda", "photos") are taken as that and
said back, never guessed silently; a name that says nothing is asked about as before.
"""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity, ActivityTypes

from domain.evidence import EvidenceKind, kind_from_name
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    FileServer,
    approved_plan,
    claim_id_in,
    get_claim,
    seed_funds,
    teams_file,
)
from tests.support import Chat, Reply, shown

pytestmark = pytest.mark.asyncio

MOST_TURNS = 7

JOURNEY = {
    "en-US": {
        "start": "new claim",
        "what": "Security workshop on 10 November, €9,800, 3,000 people reached, "
        "85 registered guests",
        "files": ("invoice-contoso.pdf", "agenda.pdf", "photos-event.jpg"),
        "notes": ("Invitation sent to 300 customers, with the agenda", "Photos of the room"),
        "done": "done",
        "submit": "submit",
    },
    "fr-FR": {
        "start": "nouvelle réclamation",
        "what": "atelier sécurité du 10 novembre, 9 800 €, 3 000 personnes touchées, "
        "85 invités inscrits",
        "files": ("facture-contoso.pdf", "programme-invitation.pdf", "photos-salle.jpg"),
        "notes": ("Invitation envoyée à 300 clients, avec le programme", "Photos de la salle"),
        "done": "terminé",
        "submit": "soumettre",
    },
}


async def _files(chat: Chat, files: FileServer, names: tuple[str, ...], locale: str) -> list[Reply]:
    activity = Activity(
        type=ActivityTypes.message,
        attachments=[teams_file(files.url(name), name) for name in names],
        locale=locale,
    )
    return await chat._send(activity)


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_typed_claim_with_its_invoice_takes_at_most_7_turns(
    chat: Chat, files: FileServer, locale: str
) -> None:
    words = JOURNEY[locale]
    chat.locale = locale
    await approved_plan(chat)  # one campaign, one customer seminar
    await seed_funds(chat)
    turns = 0

    claim_id = claim_id_in(await chat.say(words["start"], locale))
    turns += 1
    await chat.say(words["what"], locale)
    turns += 1
    replies = await _files(chat, files, words["files"], locale)
    turns += 1
    said = shown(replies)
    # What each name said is said back; the invoice needs nothing more.
    assert ("Third-party invoice" if locale == "en-US" else "Facture d'un tiers") in said
    for note in words["notes"]:
        replies = await chat.say(note, locale)
        turns += 1
    replies = await chat.say(words["done"], locale)
    turns += 1
    replies = await chat.say(words["submit"], locale)
    turns += 1
    assert turns <= MOST_TURNS

    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED, shown(chat.transcript[-4:])
    kinds = {item.file_name: (item.kind, item.requirement) for item in claim.evidence}
    invoice, agenda, photos = words["files"]
    assert kinds[invoice][0] is EvidenceKind.INVOICE
    assert kinds[agenda] == (EvidenceKind.PROOF, "invitation_agenda")
    assert kinds[photos] == (EvidenceKind.PROOF, "event_photos")


async def test_a_name_says_what_the_file_is_only_when_it_says_one_thing() -> None:
    seminar = "customer_seminar"
    assert kind_from_name("Invoice_2026-118.pdf", seminar) == (EvidenceKind.INVOICE, None)
    assert kind_from_name("FACTURE F-118.PDF", seminar) == (EvidenceKind.INVOICE, None)
    assert kind_from_name("csr-q3.pdf", seminar) == (EvidenceKind.CSR, None)
    assert kind_from_name("agenda.pdf", seminar) == (EvidenceKind.PROOF, "invitation_agenda")
    assert kind_from_name("IMG_2041.jpg", seminar) is None  # says nothing
    assert kind_from_name("invoice and agenda.pdf", seminar) is None  # says two things
    # Only what the activity type asks for: a booth photo is no seminar's evidence.
    assert kind_from_name("booth.jpg", seminar) is None
    assert kind_from_name("booth.jpg", "tradeshow") == (EvidenceKind.PROOF, "booth_photo")
