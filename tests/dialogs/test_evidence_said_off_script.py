"""What partners say at the evidence list and the check card instead of sending a file.
Seen at stop 39: "I'll send it by email" at the evidence list went to the check ("send" is
a word for submitting, found inside it), when the bot cannot receive e-mail; "I have no
photos", « je n'ai pas de photos » got 'I don't know "I have no photos"', when the
partner needs to hear that a reviewer checks for them and what may stand in. Through the
real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NO_EMAIL = {EN: "I can't receive e-mail", FR: "Je ne peux pas recevoir d'e-mail"}
CHECK = {EN: "before submitting", FR: "avant de soumettre"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I'll send it by email"),
        (EN, "can I email it to you?"),
        (FR, "je vous l'envoie par mail"),
        (FR, "je l'envoie par e-mail"),
    ],
)
async def test_evidence_by_email_is_answered_at_the_list(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    said = shown(await chat.say(typed, locale=locale))
    assert NO_EMAIL[locale] in said, said[:300]
    assert CHECK[locale] not in said  # not taken for "done" (the check)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.EDITING and not claim.evidence_done


@pytest.mark.parametrize(
    ("locale", "typed", "named"),
    [
        (EN, "I have no photos", "**Event photos** is one of the things a reviewer checks"),
        (EN, "we don't have the agenda", "**Invitation and agenda** is one of the things"),
        (FR, "je n'ai pas de photos", "**Photos de l'événement** fait partie de ce qu'un"),
    ],
)
async def test_evidence_not_at_hand_says_why_it_matters_and_what_may_stand_in(
    chat: Chat, locale: str, typed: str, named: str
) -> None:
    await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert named in said, said[:300]


async def test_evidence_not_at_hand_at_the_check_card_too(chat: Chat, files: FileServer) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    said = shown(await chat.say("I have no photos", locale=EN))
    assert "**Event photos** is one of the things a reviewer checks" in said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


# Seen off the script: at the evidence list "I sent it already", « je l'ai déjà envoyé » got
# "I don't know …"; "did you get my file?" got the list's help; "I already uploaded the
# invoice" asked for the invoice's file as if it had never been mentioned. The partner is
# told what has reached the claim: nothing yet (and how a file reaches it), or what is there.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "I sent it already", "I haven't received any file for CLM-"),
        (EN, "did you get my file?", "I haven't received any file for CLM-"),
        (EN, "I already uploaded the invoice", "I haven't received any file for CLM-"),
        (EN, "I've attached the photos", "I haven't received any file for CLM-"),
        (FR, "je l'ai déjà envoyé", "Je n'ai reçu aucun fichier pour CLM-"),
        (FR, "vous avez reçu mon fichier ?", "Je n'ai reçu aucun fichier pour CLM-"),
        (FR, "j'ai déjà envoyé la facture", "Je n'ai reçu aucun fichier pour CLM-"),
    ],
)
async def test_a_file_said_to_be_sent_is_answered_with_what_arrived(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert "send the file now" not in shown(replies)
    assert (await get_claim(chat, claim_id)).evidence == []


async def test_what_arrived_is_listed(chat: Chat, files: FileServer) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await chat.say("add evidence", locale=EN)  # back to the evidence list
    replies = await chat.say("did you get my files?", locale=EN)
    text = shown(replies)
    assert "These have reached CLM-" in text
    assert "invoice.pdf" in text and "agenda.pdf" in text and "photos.jpg" in text
    assert len((await get_claim(chat, claim_id)).evidence) == 3
    replies = await chat.say("I sent the invoice by email", locale=EN)
    assert "I can't receive e-mail" in shown(replies)  # e-mail keeps its own answer


async def test_the_same_words_at_the_check_card_are_answered_too(chat: Chat, files: FileServer):
    await claim_at_check(chat, files, FR)
    replies = await chat.say("je les ai déjà envoyés", locale=FR)
    assert "invoice.pdf" in shown(replies) and "Je ne connais pas" not in shown(replies)
