"""Snap to claim (issue 16): the invoice attached to a claim is read, said back in one
message, fills the claim's amount and date with one answer, and what a reviewer would
reject in it is caught by the check. The reader is the real one (a worker process, pypdf,
Tesseract); the files come from a loopback server the way Teams attaches them.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from dialogs.services import TURN_SECONDS, TURN_STARTED
from domain.evidence import EvidenceKind
from domain.invoice import ReadingStatus
from invoices import InvoiceReader, ocr_available
from tests.dialogs.claim_support import (
    SEMINAR_EN,
    SEMINAR_FR,
    FileServer,
    answer,
    approved_plan,
    attach,
    claim_id_in,
    flat,
    get_claim,
    seed_funds,
    start_claim,
)
from tests.dialogs.invoice_files import (
    BOOTH,
    CONTOSO_EN,
    CONTOSO_FR,
    blank_photo,
    invoice_pdf,
    invoice_photo,
)
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

needs_ocr = pytest.mark.skipif(
    not ocr_available(), reason="Tesseract is not installed (make install-ocr)"
)

WORDS = {
    "en-US": {
        "answers": SEMINAR_EN,
        "lines": CONTOSO_EN,
        "file": "contoso.pdf",
        "invoice": "invoice",
        # The supplier comes from the page's first line: shown, marked as not sure.
        "read": "I read invoice **F-2026-118** from **Contoso Events Ltd** (to check), "
        "5 Nov 2026, total EUR 2,400.00 incl. tax (EUR 2,000.00 excl. tax).",
        "question": "Use these for the claim?",
        "filled": "✓ Taken from the invoice: amount **EUR 2,400.00** and execution date "
        "**5 Nov 2026**.",
    },
    "fr-FR": {
        "answers": SEMINAR_FR,
        "lines": CONTOSO_FR,
        "file": "contoso.pdf",
        "invoice": "facture",
        "read": "J'ai lu la facture **F-2026-118** de **Contoso Événements SAS** (à vérifier), "
        "5 novembre 2026, total 2 400,00 EUR TTC (2 000,00 EUR HT).",
        "question": "Je les reprends dans la réclamation ?",
        "filled": "✓ Repris de la facture : montant **2 400,00 EUR** et date de réalisation "
        "**5 novembre 2026**.",
    },
}


@pytest.fixture
async def reader(chat: Chat):
    """The real reader, in the chat's services (without it, invoices are not read)."""
    reader = InvoiceReader()
    chat.services.invoices = reader
    yield reader
    await reader.close()


async def send_file(
    chat: Chat, files: FileServer, name: str, data: bytes, locale: str | None = None, **kw: str
):
    """A file made by the test, attached the way Teams attaches it."""
    files.bodies[name] = data
    return await attach(chat, files, name, "b", locale=locale, **kw)


async def _claim_at(chat: Chat, locale: str, until: str) -> str:
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, WORDS[locale]["answers"], locale, until=until)
    return claim_id


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_the_invoice_is_read_and_fills_the_claim_with_one_answer(
    chat: Chat, files: FileServer, reader: InvoiceReader, locale: str
) -> None:
    words = WORDS[locale]
    claim_id = await _claim_at(chat, locale, until="execution_date")
    await send_file(chat, files, words["file"], invoice_pdf(words["lines"]), locale)
    replies = await chat.say(words["invoice"], locale)  # what is this file? an invoice
    said = flat(shown(replies))
    assert flat(words["read"]) in said, said
    assert words["question"] in said

    replies = await chat.say("1", locale)
    assert flat(words["filled"]) in flat(shown(replies)), shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.amount == Decimal("2400.00")
    assert claim.execution_date == date(2026, 11, 5)
    (item,) = claim.evidence
    assert item.kind is EvidenceKind.INVOICE
    assert item.reading is not None and item.reading.status is ReadingStatus.READ
    assert item.reading.number == "F-2026-118"
    assert item.reading_offered is False
    assert claim.history[-1].event == "filled_from_invoice"


async def test_declining_keeps_the_claim_as_typed(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    claim_id = await _claim_at(chat, "en-US", until="impressions")
    await send_file(chat, files, "contoso.pdf", invoice_pdf(CONTOSO_EN))
    await chat.say("invoice")
    replies = await chat.say("don't use them")
    assert "keeps what it had" in shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.amount == Decimal("9800.50")
    assert claim.execution_date == date(2026, 11, 10)
    assert claim.evidence[0].reading is not None


async def test_a_claim_above_the_invoice_is_caught_at_the_check(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    """The partner typed 9,800.50, the invoice says 2,400.00: blocked, with the fix."""
    await _claim_at(chat, "en-US", until="")
    await send_file(chat, files, "invoice.pdf", invoice_pdf(CONTOSO_EN))
    replies = await chat.say("invoice")
    replies = await chat.say("don't use them")
    replies = await chat.say("done")
    said = flat(shown(replies))
    assert "more than the invoice total I read in invoice.pdf: EUR 2,400.00" in said, said
    assert "Claim EUR 2,400.00 at most" in said


@needs_ocr
@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_photo_of_the_invoice_is_read_too(
    chat: Chat, files: FileServer, reader: InvoiceReader, locale: str
) -> None:
    words = WORDS[locale]
    claim_id = await _claim_at(chat, locale, until="execution_date")
    await send_file(chat, files, "photo.jpg", invoice_photo(words["lines"]), locale=locale)
    replies = await chat.say(words["invoice"], locale)
    assert "F-2026-118" in shown(replies), shown(replies)
    await chat.say("1", locale)
    claim = await get_claim(chat, claim_id)
    assert claim.evidence[0].reading.method.value == "ocr"
    assert claim.amount == Decimal("2400.00")


@needs_ocr
async def test_a_blank_photo_is_said_unreadable_and_changes_nothing(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    claim_id = await _claim_at(chat, "en-US", until="")
    before = await get_claim(chat, claim_id)
    await send_file(chat, files, "scan.png", blank_photo())
    replies = await chat.say("invoice")
    assert "could hardly read anything in scan.png" in shown(replies), shown(replies)
    claim = await get_claim(chat, claim_id)
    assert (claim.amount, claim.execution_date) == (before.amount, before.execution_date)
    assert claim.evidence[0].reading.status is ReadingStatus.UNREADABLE
    replies = await chat.say("done")
    assert "I could hardly read the invoice scan.png" in flat(shown(replies))


@needs_ocr
async def test_a_photo_that_is_no_invoice_is_said_so(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    await _claim_at(chat, "en-US", until="")
    await send_file(chat, files, "booth.jpg", invoice_photo(BOOTH))
    replies = await chat.say("invoice")
    assert "doesn't look like an invoice" in shown(replies), shown(replies)


async def test_image_reading_off_tells_the_partner_and_changes_nothing(
    chat: Chat, files: FileServer
) -> None:
    reader = InvoiceReader(ocr=False)
    chat.services.invoices = reader
    try:
        claim_id = await _claim_at(chat, "en-US", until="")
        await send_file(chat, files, "photo.jpg", invoice_photo(CONTOSO_EN))
        replies = await chat.say("invoice")
        assert "I can't read photos or scans here" in shown(replies), shown(replies)
        claim = await get_claim(chat, claim_id)
        assert claim.amount == Decimal("9800.50")
    finally:
        await reader.close()


# -- a claim started from its invoice ------------------------------------------------------


async def test_a_file_sent_with_no_claim_open_is_offered_as_a_new_claims_invoice(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    await approved_plan(chat)
    replies = await send_file(chat, files, "contoso.pdf", invoice_pdf(CONTOSO_EN))
    assert "Is contoso.pdf an invoice for a new claim?" in shown(replies)
    assert files.hits == []  # nothing downloaded before the partner says so

    replies = await chat.click(replies[-1].submit_data("Yes: start a claim with it"))
    said = flat(shown(replies))
    assert "I read invoice **F-2026-118** from **Contoso Events Ltd**" in said, said
    assert "Use these for the claim?" in said
    claim_id = claim_id_in(replies)
    await chat.say("1")
    claim = await get_claim(chat, claim_id)
    assert claim.amount == Decimal("2400.00")
    assert claim.execution_date == date(2026, 11, 5)
    (item,) = claim.evidence
    assert item.kind is EvidenceKind.INVOICE and item.file_name == "contoso.pdf"


async def test_new_claim_typed_with_the_invoice_attached_starts_from_it(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    chat.locale = "fr-FR"
    await approved_plan(chat)
    replies = await send_file(
        chat, files, "facture.pdf", invoice_pdf(CONTOSO_FR), "fr-FR", text="nouvelle réclamation"
    )
    said = flat(shown(replies))
    assert "J'ai lu la facture **F-2026-118**" in said, said
    claim = await get_claim(chat, claim_id_in(replies))
    assert claim.evidence[0].kind is EvidenceKind.INVOICE


async def test_a_forged_offer_is_fetched_under_the_evidence_rules(
    chat: Chat, reader: InvoiceReader
) -> None:
    """The offer's link comes back from the client: a link to somewhere else is refused
    like any attachment, saying why, and the claim goes on without it."""
    await approved_plan(chat)
    forged = {"action": "new_claim", "invoice": {"name": "x.pdf", "url": "http://10.0.0.1/x.pdf"}}
    replies = await chat.click(forged)
    claim = await get_claim(chat, claim_id_in(replies))
    assert claim.evidence == []
    assert "Traceback" not in shown(replies)
    assert len(shown(replies)) > 0


async def test_a_second_click_on_the_reading_changes_nothing_more(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    """The partner clicks "Use …", answers the next question, then clicks the old card's
    button again: the late click is told it is late and nothing is filled twice."""
    claim_id = await _claim_at(chat, "en-US", until="execution_date")
    await send_file(chat, files, "contoso.pdf", invoice_pdf(CONTOSO_EN))
    replies = await chat.say("invoice")
    use = replies[-1].submit_data("Use EUR 2,400.00 incl. tax, and 5 Nov 2026")
    await chat.click(use)
    await chat.say("2,000")  # the date and amount are filled: this answers the impressions
    replies = await chat.click(use)
    assert "That card is out of date" in shown(replies)
    claim = await get_claim(chat, claim_id)
    assert (claim.amount, claim.impressions) == (Decimal("2400.00"), 2000)
    assert [e.event for e in claim.history].count("filled_from_invoice") == 1


async def test_an_answer_that_is_no_choice_asks_again_and_keeps_the_offer(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    claim_id = await _claim_at(chat, "en-US", until="execution_date")
    await send_file(chat, files, "contoso.pdf", invoice_pdf(CONTOSO_EN))
    await chat.say("invoice")
    replies = await chat.say("maybe later")
    assert "Use these for the claim?" in shown(replies), shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.evidence[0].reading_offered is True and claim.amount is None


async def test_a_turn_near_its_15_seconds_reads_nothing_more_and_says_so(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    """Teams redelivers a turn not answered in 15 s: when the download took most of it,
    the reading is not started; the partner is told, the claim stays as it was."""
    claim_id = await _claim_at(chat, "en-US", until="execution_date")
    await send_file(chat, files, "contoso.pdf", invoice_pdf(CONTOSO_EN))
    token = TURN_STARTED.set(time.monotonic() - (TURN_SECONDS - 1.0))
    try:
        replies = await chat.say("invoice")
    finally:
        TURN_STARTED.reset(token)
    assert "Reading contoso.pdf took too long" in shown(replies), shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.amount is None and claim.evidence[0].reading.reason == "timeout"


# Found in the Agents Playground trying stop 38's negated answers
# (tests/dialogs/test_negated_answers.py): at "Use these for the claim?" after an invoice
# was read, « ne pas envoyer » got « Compris : pas **Ne pas les reprendre** … rien n'a été
# fait »: the option itself says "not", so a "not" typed with it is that option.
@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        ("en-US", "no, don't use them", "keeps what it had"),
        ("fr-FR", "non, ne pas les reprendre", "garde ce qu'elle avait"),
    ],
)
async def test_a_not_typed_for_an_option_that_says_not_takes_it(
    chat: Chat, files: FileServer, reader: InvoiceReader, locale: str, typed: str, kept: str
) -> None:
    await _claim_at(chat, locale, until="impressions")
    words = WORDS[locale]
    await send_file(chat, files, words["file"], invoice_pdf(words["lines"]), locale)
    await chat.say(words["invoice"], locale)
    replies = await chat.say(typed, locale=locale)
    assert kept in shown(replies), shown(replies)


# Seen at stop 39: "yes" to "Use these for the claim?" got 'I don't know "yes"'.
NO_TAX_LINES = tuple(line for line in CONTOSO_EN if not line.startswith(("Subtotal", "VAT")))


async def test_yes_to_one_offer_takes_it(
    chat: Chat, files: FileServer, reader: InvoiceReader
) -> None:
    claim_id = await _claim_at(chat, "en-US", until="execution_date")
    await send_file(chat, files, "contoso.pdf", invoice_pdf(NO_TAX_LINES))
    await chat.say("invoice")
    replies = await chat.say("yes")
    assert "✓ Taken from the invoice: amount **EUR 2,400.00**" in flat(shown(replies))
    assert (await get_claim(chat, claim_id)).amount == Decimal("2400.00")


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        ("en-US", "yes", "which one?"),
        ("fr-FR", "oui", "lequel ?"),
    ],
)
async def test_yes_to_two_offers_asks_which_with_their_buttons(
    chat: Chat, files: FileServer, reader: InvoiceReader, locale: str, typed: str, asks: str
) -> None:
    words = WORDS[locale]
    claim_id = await _claim_at(chat, locale, until="execution_date")
    await send_file(chat, files, words["file"], invoice_pdf(words["lines"]), locale)
    await chat.say(words["invoice"], locale)
    replies = await chat.say(typed, locale=locale)
    said = shown(replies)
    assert asks in said and "I don't know" not in said and "Je ne connais pas" not in said
    titles = [a["title"] for r in replies for a in (r.card or {}).get("actions", [])]
    assert len(titles) == 2 and all("2 " in t or "2," in t for t in titles), titles
    assert (await get_claim(chat, claim_id)).amount is None  # nothing taken yet
