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
        # Seen at stop 55: "Please send the file now (**Event photos**)", the opposite.
        (EN, "we didn't take photos", "**Event photos** is one of the things a reviewer checks"),
        (EN, "we didn't take any pictures", "**Event photos** is one of the things"),
        (EN, "skip the photos", "**Event photos** is one of the things a reviewer checks"),
        (FR, "on n'a pas pris de photos", "**Photos de l'événement** fait partie de ce qu'un"),
        (FR, "passer les photos", "**Photos de l'événement** fait partie de ce qu'un"),
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
        # Seen at stop 52: 'I don't know "see attached"' (a file the partner believes is
        # on the message, where Teams sent none).
        (EN, "see attached", "I haven't received any file for CLM-"),
        (EN, "please find attached", "I haven't received any file for CLM-"),
        (FR, "ci-joint", "Je n'ai reçu aucun fichier pour CLM-"),
        (FR, "voir pièce jointe", "Je n'ai reçu aucun fichier pour CLM-"),
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


# Seen at stop 41: questions about evidence at the evidence list ("what is a CSR?", "can I
# use a quote instead of an invoice?", "how big can files be?", « faut-il la facture ? »)
# got the list's general help, which answers none of them. Each is answered, the list again.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what is a CSR?", "A Certification Service Report (CSR) proves work"),
        (EN, "can I use a quote instead of an invoice?", "A quote, an estimate or a purchase"),
        (EN, "how big can files be?", "up to 25 MB"),
        (EN, "which file types do you accept?", "pdf"),
        (EN, "do you need the invoice?", "Every claim needs a third-party invoice or a CSR"),
        (EN, "how long do I keep the originals?", "24 months"),
        (FR, "c'est quoi un CSR ?", "Un rapport de certification de service (CSR) prouve"),
        (FR, "un devis suffit-il ?", "Un devis, une estimation ou un bon de commande"),
        (FR, "quelle taille maximum pour les fichiers ?", "jusqu'à 25 Mo"),
        (FR, "faut-il la facture ?", "Chaque réclamation a besoin d'une facture d'un tiers"),
        # Seen at stop 46: the list's general help.
        (EN, "what is a proof document?", "A proof document shows the activity ran"),
        (EN, "what counts as proof?", "A proof document shows the activity ran"),
        (EN, "can I send two invoices?", "as many files as the claim needs"),
        (EN, "can I attach several files at once?", "as many files as the claim needs"),
        (FR, "c'est quoi un document de preuve ?", "Un document de preuve montre"),
        (FR, "puis-je envoyer deux factures ?", "autant de fichiers"),
        # Seen at stop 56: the list's general help.
        (EN, "what should the note say?", "The note is a sentence a reviewer reads"),
        (EN, "what do I write in the note?", "The note is a sentence a reviewer reads"),
        (FR, "que dois-je mettre dans la note ?", "La note est une phrase"),
    ],
)
async def test_a_question_about_evidence_is_answered_at_the_list(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    text = shown(await chat.say(typed, locale=locale)).replace("\u202f", " ").replace("\xa0", " ")
    assert said in text, text[:300]
    claim = await get_claim(chat, claim_id)
    assert not claim.evidence and not claim.evidence_done


async def test_a_question_about_evidence_is_answered_at_the_check_card(
    chat: Chat, files: FileServer
) -> None:
    await claim_at_check(chat, files, EN)
    text = shown(await chat.say("what is a CSR?", locale=EN))
    assert "A Certification Service Report (CSR) proves work" in text, text[:300]


async def test_a_question_about_evidence_at_a_files_kind(chat: Chat) -> None:
    await claim_at(chat, EN)
    await chat.say("Add a file", locale=EN)
    text = shown(await chat.say("can I send a quote?", locale=EN))
    assert "A quote, an estimate or a purchase order" in text, text[:300]


@pytest.mark.parametrize(
    ("locale", "typed", "note_asked"),
    [
        (EN, "both are photos of the event", "add a short note"),
        (EN, "all of them are event photos", "add a short note"),
        (FR, "les deux sont des photos de l'événement", "ajoutez une courte note"),
    ],
)
async def test_files_sent_one_by_one_are_all_told_what_they_show_at_once(
    chat: Chat, files: FileServer, locale: str, typed: str, note_asked: str
) -> None:
    """Seen at stop 44: two photos sent one after the other, then "both are photos of the
    event": only the second was taken as event photos, and once its note was given the
    first came back with "What is this evidence?", to be answered again."""
    from domain.evidence import EvidenceKind
    from tests.dialogs.claim_support import attach

    claim_id = await claim_at(chat, locale)
    await attach(chat, files, "photo1.jpg", locale=locale)
    await attach(chat, files, "photo2.jpg", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert "photo2.jpg" in said and "photo1.jpg" in said, said  # both said back
    claim = await get_claim(chat, claim_id)
    assert [(e.file_name, e.kind, e.requirement) for e in claim.evidence] == [
        ("photo1.jpg", EvidenceKind.PROOF, "event_photos"),
        ("photo2.jpg", EvidenceKind.PROOF, "event_photos"),
    ]
    # The second's note, then the first's: never its kind again.
    said = shown(await chat.say("Guests at the Paris seminar", locale=locale))
    assert "photo1.jpg" in said and note_asked in said, said
    assert "What is this evidence?" not in said and "De quel justificatif" not in said, said


async def test_both_said_of_one_file_alone_is_that_file(chat: Chat, files: FileServer) -> None:
    from domain.evidence import EvidenceKind
    from tests.dialogs.claim_support import attach

    claim_id = await claim_at(chat, EN)
    await attach(chat, files, "invoice.pdf", locale=EN)
    await chat.say("Third-party invoice", locale=EN)
    await attach(chat, files, "photo2.jpg", locale=EN)

    await chat.say("both are photos of the event", locale=EN)

    claim = await get_claim(chat, claim_id)
    kinds = [(e.file_name, e.kind) for e in claim.evidence]
    assert kinds == [("invoice.pdf", EvidenceKind.INVOICE), ("photo2.jpg", EvidenceKind.PROOF)]


@pytest.mark.parametrize(
    ("locale", "same"),
    [(EN, "same note"), (EN, "same as above"), (EN, "same"), (FR, "même note"), (FR, "idem")],
)
async def test_the_same_note_again_is_the_note_given_before(
    chat: Chat, files: FileServer, locale: str, same: str
) -> None:
    """Seen at stop 44: "même note" at the second photo's note was kept as its note, the
    words « même note » for a reviewer to read."""
    from tests.dialogs.claim_support import attach

    claim_id = await claim_at(chat, locale)
    await attach(chat, files, "photo1.jpg", locale=locale)
    await attach(chat, files, "photo2.jpg", locale=locale)
    await chat.say(
        "both are photos of the event"
        if locale == EN
        else "les deux sont des photos de l'événement",
        locale=locale,
    )
    await chat.say("Guests at the Paris seminar", locale=locale)

    said = shown(await chat.say(same, locale=locale))

    claim = await get_claim(chat, claim_id)
    assert [e.note for e in claim.evidence] == ["Guests at the Paris seminar"] * 2, said
    assert "Guests at the Paris seminar" in said, said  # said back


async def test_the_same_note_with_none_before_asks_for_one(chat: Chat, files: FileServer) -> None:
    from tests.dialogs.claim_support import attach

    claim_id = await claim_at(chat, EN)
    await attach(chat, files, "photo1.jpg", locale=EN)
    await chat.say("photos of the event", locale=EN)

    said = shown(await chat.say("same as above", locale=EN))

    assert (await get_claim(chat, claim_id)).evidence[0].note is None, said
    assert "No other file has a note" in said, said


# Seen at stop 55: "skip", « passer » at the evidence list got 'I don't know "skip"'. They
# go on to the check, which says what is missing (nothing is submitted).
@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "skip"), (EN, "skip this"), (EN, "next"), (FR, "passer")]
)
async def test_skip_at_the_evidence_list_goes_on_to_the_check(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert {EN: "Check of", FR: "Vérification de"}[locale] in said, said[:300]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


# Seen at stop 55: the invoice said not at hand in those words — "skip the invoice", "we
# didn't get an invoice", "without invoice", « passer la facture » — got "Please send the
# file now (**Third-party invoice**)": what "no invoice" gets (the invoice or a CSR, and
# "later" while it is on its way).
@pytest.mark.parametrize(
    ("locale", "typed", "says"),
    [
        (EN, "skip the invoice", "**Certification Service Report (CSR)**"),
        (EN, "we didn't get an invoice", "**Certification Service Report (CSR)**"),
        (EN, "without invoice", "**Certification Service Report (CSR)**"),
        (FR, "passer la facture", "**facture d'un tiers**"),
    ],
)
async def test_the_invoice_not_at_hand_says_what_stands_in(
    chat: Chat, locale: str, typed: str, says: str
) -> None:
    claim_id = await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert says in said and "Please send the file now" not in said, said[:300]
    assert not (await get_claim(chat, claim_id)).evidence


# Seen at stop 56 at the evidence list: "the photos are on our SharePoint" got "Please send
# the file now (**Event photos**)", as if nothing had been said about where they are. A
# reviewer at Microsoft can't open a partner's SharePoint, OneDrive or Teams: said so, and
# what to do (download and attach; a public page may be a link). Nothing is added.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the photos are on our SharePoint", "can't open files kept in your organisation"),
        (EN, "it's all in OneDrive", "can't open files kept in your organisation"),
        (EN, "the agenda is in our Teams channel", "can't open files kept in your organisation"),
        (FR, "les photos sont sur notre SharePoint", "ne peut pas ouvrir les fichiers"),
    ],
)
async def test_files_said_kept_in_internal_storage_are_asked_for_here(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    text = shown(await chat.say(typed, locale=locale))
    assert said in text, text[:300]
    assert "Please send the file now" not in text and "Envoyez le fichier" not in text
    claim = await get_claim(chat, claim_id)
    assert not claim.evidence and not claim.evidence_done
