"""Snap to claim in the Microsoft 365 Agents Playground (issue 16).

A plan comes from a spreadsheet and is approved by the back office; from the approval
notice the partner starts a claim and, at its first question, drops a phone photo of the
invoice. The bot reads it (Tesseract, in the real app), says what it read and, with one
click, fills the claim's amount and date. Later the partner raises the amount above the
invoice: the check blocks it and says what the invoice says. Once in English, once in
French; screenshots under <folder>-invoice (README, "Snap to claim").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

from tests.e2e.conftest import SCREENSHOTS

pytest.importorskip(
    "playwright.sync_api",
    reason="e2e: Python playwright is not installed (pip install -r requirements-dev.txt)",
)
from playwright.sync_api import expect

from domain.dates import format_date
from invoices import ocr_available
from tests.e2e.playground_chat import STEP_MS, PlaygroundChat, page_options
from tests.e2e.test_playground_journey import (
    CLAIM_ID,
    ENGLISH,
    FRENCH,
    PLAN_ID,
    Words,
    back_office,
    journey_dates,
    stack,  # noqa: F401 - the fixture
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed (make install-ocr)"),
]


@dataclass(frozen=True)
class InvoiceWords:
    journey: Words
    language: str
    built: str
    invoice_lines: tuple[str, ...]  # {date} is the invoice's date
    date_format: str
    read: str
    use: str  # the first choice's start
    filled: str
    change_amount: str
    apply_choice: str
    amount_question: str
    above: str
    activity: str


ENGLISH_INVOICE = InvoiceWords(
    journey=ENGLISH,
    language="en",
    built="campaigns 1, activities 1",
    invoice_lines=(
        "Contoso Events Ltd",
        "INVOICE",
        "Invoice number: F-2026-118",
        "Invoice date: {date}",
        "Bill to: Fabrikam SAS",
        "Copilot bundle launch, venue and catering   2,000.00 EUR",
        "Subtotal                                    2,000.00 EUR",
        "VAT 20%                                       400.00 EUR",
        "Total due                                   2,400.00 EUR",
    ),
    date_format="%d %B %Y",
    read="I read invoice F-2026-118",
    use="Use EUR 2,400.00 incl. tax",
    filled="✓ Taken from the invoice: amount EUR 2,400.00",
    change_amount="Change amount",
    apply_choice="Apply the choice",
    amount_question="How much are you claiming, in EUR?",
    above="is more than the invoice total I read in invoice-photo.jpg: EUR 2,400.00",
    activity="Customer offers",
)
FRENCH_INVOICE = InvoiceWords(
    journey=FRENCH,
    language="fr",
    built="campagnes 1, activités 1",
    invoice_lines=(
        "Contoso Événements SAS",
        "FACTURE",
        "Facture n° F-2026-118",
        "Date de facture : {date}",
        "Client : Fabrikam SAS",
        "Lancement offre Copilot, salle et traiteur  2 000,00 €",
        "Total HT                                    2 000,00 €",
        "TVA 20 %                                      400,00 €",
        "Total TTC                                   2 400,00 €",
    ),
    date_format="%d/%m/%Y",
    read="J'ai lu la facture F-2026-118",
    use="Prendre 2 400,00 EUR TTC",
    filled="✓ Repris de la facture : montant 2 400,00 EUR",
    change_amount="Modifier montant",
    apply_choice="Appliquer le choix",
    amount_question="Quel montant réclamez-vous, en EUR ?",
    above="dépasse le total de la facture que j'ai lu dans invoice-photo.jpg : 2 400,00 EUR",
    activity="Offres clients",
)


def _starting_with(chat: PlaygroundChat, start: str):
    button = chat.page.get_by_role("button", name=re.compile("^" + re.escape(start))).last
    expect(button).to_be_enabled(timeout=STEP_MS)
    return button


@pytest.mark.parametrize("words", [ENGLISH_INVOICE, FRENCH_INVOICE], ids=["en", "fr"])
def test_a_photo_of_the_invoice_fills_the_claim_and_a_mismatch_is_caught(
    words: InvoiceWords,
    browser,
    stack,  # noqa: F811
) -> None:
    from tests.dialogs.invoice_files import invoice_photo
    from tests.dialogs.test_plan_from_sheet import PLAN, filled

    journey = words.journey
    dates = journey_dates(date.today())
    if dates is None:
        pytest.skip("e2e: from 1 July to 15 August no usage period can be planned and claimed")
    served = stack(journey.locale)
    context = browser.new_context(**page_options())
    chat = PlaygroundChat(context.new_page(), served, SCREENSHOTS / f"{journey.folder}-invoice")
    try:
        chat.open(journey.welcome)
        # -- an approved plan: from a spreadsheet, submitted, approved by the back office
        row = ["Copilot for SMB", dates.campaign_start, dates.campaign_end, words.activity,
               "France", 8000, "Copilot bundle discount for small businesses"]  # fmt: skip
        sheet = filled(words.language, {**PLAN[words.language], "period": dates.period}, [row])
        chat.send_file(
            served.add_file("plan.xlsx", sheet), "plan.xlsx", journey.locale, words.built
        )
        plan_id = PLAN_ID.search(chat.expect_shown(PLAN_ID).inner_text()).group(0)
        chat.click(journey.submit_plan, journey.plan_submitted)
        back_office(served, "plan", plan_id, "under-review")
        back_office(served, "plan", plan_id, "approve")
        chat.expect_shown(journey.plan_approved.format(plan_id=plan_id))

        # -- a claim from the notice; the invoice's photo sent at its first question -----
        chat.click(journey.new_claim, journey.claim_name_question)
        claim_id = CLAIM_ID.search(chat.expect_shown(journey.claim_started).inner_text()).group(0)
        issued = dates.executed
        lines = tuple(
            line.format(date=issued.strftime(words.date_format)) for line in words.invoice_lines
        )
        photo = served.add_file("invoice-photo.jpg", invoice_photo(lines))
        chat.send_file(photo, "invoice-photo.jpg", journey.locale, journey.kind_question)
        chat.click(journey.invoice, words.read)
        chat.screenshot("invoice-read")
        chat.answered(lambda: _starting_with(chat, words.use).click(), words.filled)
        chat.expect_shown(format_date(issued, journey.locale))
        chat.screenshot("claim-filled-from-invoice")

        # -- the rest of the claim, then an amount above the invoice: caught -------------
        chat.say(journey.claim_name, journey.impressions_question)
        chat.say(journey.impressions, journey.results_question)
        menu = journey.evidence_menu.format(claim_id=claim_id)
        chat.say(journey.results, menu)
        chat.click(journey.done, journey.check.format(claim_id=claim_id))
        chat.choose(words.change_amount)
        chat.click(words.apply_choice, words.amount_question)
        chat.say("3,000" if words.language == "en" else "3 000", words.above)
        chat.screenshot("invoice-mismatch-caught")
    except BaseException:
        chat.screenshot("failure")
        print("--- bot log ---\n" + served.tail("bot"))
        raise
    finally:
        context.close()
