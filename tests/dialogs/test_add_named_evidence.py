"""Evidence named as it is added: "add the invoice", « envoyer les photos ».

Seen off the script (stop 38):

- At the check card of a claim ready to go, "send the photos" and « envoyer les photos »
  submitted the claim: "send" / « envoyer » are words for submitting, and an answer
  containing one was taken for it. A partner sending photos did not ask to submit, and a
  submission is not taken back. At the evidence list « envoyer les photos » went to the
  check the same way.
- "add the invoice", "upload the agenda", "add photos" at the check card got 'I don't know
  "add the invoice"', and at the evidence list "add photos", "upload the agenda" too ("add
  the invoice" there asked "What is this evidence?", which the partner had just said).

Evidence named after such a verb now starts that item, its kind (and what it shows) taken
from the words, and the file is asked for next; nothing is submitted.
"""

from __future__ import annotations

import pytest

from domain.evidence import EvidenceKind
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.support import Chat, shown

FILE_ASKED = {EN: "Please send the file now", FR: "Envoyez le fichier maintenant"}


@pytest.mark.parametrize(
    ("locale", "typed", "kind", "requirement"),
    [
        (EN, "send the photos", EvidenceKind.PROOF, "event_photos"),
        (FR, "envoyer les photos", EvidenceKind.PROOF, "event_photos"),
        (EN, "add the invoice", EvidenceKind.INVOICE, None),
        (EN, "upload the agenda", EvidenceKind.PROOF, "invitation_agenda"),
        (FR, "ajouter la facture", EvidenceKind.INVOICE, None),
        # Seen next: "submit the invoice" submitted the claim too.
        (EN, "submit the invoice", EvidenceKind.INVOICE, None),
        (FR, "soumettre les photos", EvidenceKind.PROOF, "event_photos"),
        (EN, "provide the agenda", EvidenceKind.PROOF, "invitation_agenda"),
    ],
)
async def test_evidence_named_at_the_check_is_added_never_submitted(
    chat: Chat, files: FileServer, locale: str, typed: str, kind: EvidenceKind, requirement: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = len((await get_claim(chat, claim_id)).evidence)
    replies = await chat.say(typed, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.EDITING, shown(replies)
    assert FILE_ASKED[locale] in shown(replies)
    assert len(claim.evidence) == before + 1
    assert (claim.evidence[-1].kind, claim.evidence[-1].requirement) == (kind, requirement)


@pytest.mark.parametrize(
    ("locale", "typed", "kind", "requirement"),
    [
        (FR, "envoyer les photos", EvidenceKind.PROOF, "event_photos"),
        (EN, "add photos", EvidenceKind.PROOF, "event_photos"),
        (EN, "upload the agenda", EvidenceKind.PROOF, "invitation_agenda"),
        (EN, "add the invoice", EvidenceKind.INVOICE, None),
    ],
)
async def test_evidence_named_at_the_evidence_list_asks_for_its_file(
    chat: Chat, locale: str, typed: str, kind: EvidenceKind, requirement: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    replies = await chat.say(typed, locale=locale)
    assert FILE_ASKED[locale] in shown(replies)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert (item.kind, item.requirement) == (kind, requirement)


@pytest.mark.parametrize(
    ("locale", "typed", "named"),
    [
        (EN, "send the photos", "Please send the file now (**Event photos**)"),
        (FR, "envoyer les photos", "Envoyez le fichier maintenant (**Photos de l'événement**)"),
        (EN, "add the invoice", "Please send the file now (**Third-party invoice**)"),
        (FR, "ajouter la facture", "Envoyez le fichier maintenant (**Facture d'un tiers**)"),
    ],
)
async def test_the_file_question_names_what_the_partner_named(
    chat: Chat, locale: str, typed: str, named: str
) -> None:
    """It said "Please send the file now" whatever the partner had just named."""
    await claim_at(chat, locale)
    assert named in shown(await chat.say(typed, locale=locale))


async def test_a_file_whose_kind_was_picked_is_asked_for_by_that_kind(chat: Chat) -> None:
    await claim_at(chat, EN)
    await chat.say("add a file", locale=EN)  # what is it? asked first
    said = shown(await chat.say("invoice", locale=EN))
    assert "Please send the file now (**Third-party invoice**): attach it" in said


# Seen at stop 39: at the evidence list, whose checklist shows "⬜ Event photos", typing
# "photos" or "agenda" got 'I don't know "photos"', and "invoice" asked "What is this
# evidence?", which the partner had just said.
@pytest.mark.parametrize(
    ("locale", "typed", "kind", "requirement"),
    [
        (EN, "photos", EvidenceKind.PROOF, "event_photos"),
        (EN, "agenda", EvidenceKind.PROOF, "invitation_agenda"),
        (EN, "invoice", EvidenceKind.INVOICE, None),
        # (Stop 56: "… is on SharePoint" is told a reviewer can't open it there:
        # tests/dialogs/test_evidence_said_off_script.py.)
        (EN, "the invoice from the caterer", EvidenceKind.INVOICE, None),
        (FR, "facture", EvidenceKind.INVOICE, None),
        (FR, "les photos", EvidenceKind.PROOF, "event_photos"),
    ],
)
async def test_evidence_named_alone_at_the_list_asks_for_its_file(
    chat: Chat, locale: str, typed: str, kind: EvidenceKind, requirement: str
) -> None:
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert FILE_ASKED[locale] in shown(replies), shown(replies)[:300]
    [item] = (await get_claim(chat, claim_id)).evidence
    assert (item.kind, item.requirement) == (kind, requirement)


async def test_a_file_not_named_is_still_asked_what_it_is(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN)
    await chat.say("a file", locale=EN)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.kind is None
