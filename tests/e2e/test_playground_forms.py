"""The plan's details filled on one card, in the Microsoft 365 Agents Playground (issue 15).

The partner opens the form beside the first question ("Fill in the form"), types a wrong
reviewer, saves: the same card comes back with the reason under that input and every value
kept; corrected, one save takes all eight details and the first campaign is asked. Once
in English, once in French; screenshots as the journey's (tests/e2e/conftest.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest

from tests.e2e.conftest import SCREENSHOTS

pytest.importorskip(
    "playwright.sync_api",
    reason="e2e: Python playwright is not installed (pip install -r requirements-dev.txt)",
)
from playwright.sync_api import expect

from tests.e2e.playground_chat import STEP_MS, PlaygroundChat, page_options
from tests.e2e.test_playground_journey import stack  # noqa: F401 - the fixture

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class FormWords:
    locale: str
    folder: str
    welcome: str
    new_plan: str
    mpn_question: str
    fill: str
    save: str
    labels: dict[str, str]
    choices: dict[str, str]
    refused: str
    reviewer_reason: str
    taken: str
    campaign_question: str
    campaign_name: str
    date_placeholder: str
    campaign_taken: str


ENGLISH = FormWords(
    locale="en-US",
    folder="en",
    welcome="I'm your co-op incentives assistant",
    new_plan="New plan",
    mpn_question="What is the Partner ID (MPN ID)",
    fill="Fill in the form",
    save="Save",
    labels={
        "mpn_id": "Partner ID (MPN ID)",
        "market": "Market (country)",
        "reviewer_email": "Reviewer (your Microsoft account manager's e-mail)",
        "plan_limit": "Plan limit",
    },
    choices={"program": "CSP Indirect Reseller", "fund_type": "Co-op", "currency": "EUR"},
    refused="Values to fix: 1",
    reviewer_reason="should end in @microsoft.com",
    taken="✓ Partner ID: 1234567",
    campaign_question="Campaign 1: what is its name?",
    campaign_name="Campaign name",
    date_placeholder="Pick a date",
    campaign_taken="✓ Name: Copilot for SMB",
)
FRENCH = FormWords(
    locale="fr-FR",
    folder="fr",
    welcome="je suis votre assistant incentives co-op",
    new_plan="Nouveau plan",
    mpn_question="Quel est l'identifiant partenaire (MPN ID)",
    fill="Remplir le formulaire",
    save="Enregistrer",
    labels={
        "mpn_id": "Identifiant partenaire (MPN ID)",
        "market": "Marché (pays)",
        "reviewer_email": "Réviseur (e-mail de votre responsable de compte Microsoft)",
        "plan_limit": "Plafond du plan",
    },
    choices={"program": "CSP Revendeur indirect", "fund_type": "Co-op", "currency": "EUR"},
    refused="Valeurs à corriger : 1",
    reviewer_reason="@microsoft.com",
    taken="✓ Identifiant partenaire : 1234567",
    campaign_question="Campagne 1 : quel est son nom ?",
    campaign_name="Nom de la campagne",
    date_placeholder="Choisissez une date",
    campaign_taken="✓ Nom : Copilot for SMB",
)
CHOICE_LABELS = {
    "en-US": {"program": "Program", "fund_type": "Fund type", "period": "Usage period",
              "currency": "Currency"},
    "fr-FR": {"program": "Programme", "fund_type": "Type de fonds",
              "period": "Période d'utilisation", "currency": "Devise"},
}  # fmt: skip


@pytest.mark.parametrize("words", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_the_plan_details_filled_on_one_card_in_the_playground(words: FormWords, browser, stack):  # noqa: F811
    served = stack(words.locale)
    context = browser.new_context(**page_options())
    chat = PlaygroundChat(context.new_page(), served, SCREENSHOTS / f"{words.folder}-forms")
    page = chat.page
    try:
        chat.open(words.welcome)
        chat.click(words.new_plan, words.mpn_question)
        chat.button(words.fill).click()
        typed = {
            "mpn_id": "1234567",
            "market": "France",
            "reviewer_email": "ana@gmail.com",
            "plan_limit": "50000",
        }
        for name, value in typed.items():
            page.get_by_label(words.labels[name], exact=True).last.fill(value)
        for name, value in words.choices.items():
            _choose(page, CHOICE_LABELS[words.locale][name], value)
        _choose(page, CHOICE_LABELS[words.locale]["period"], None)
        chat.screenshot("plan-form")
        chat.click(words.save, words.refused)
        chat.expect_shown(words.reviewer_reason)
        # Every value kept on the card that came back.
        field = page.get_by_label(words.labels["mpn_id"], exact=True).last
        expect(field).to_have_value("1234567", timeout=STEP_MS)
        chat.screenshot("plan-form-refused")
        page.get_by_label(words.labels["reviewer_email"], exact=True).last.fill("ana@microsoft.com")
        chat.click(words.save, words.taken)
        chat.expect_shown(words.campaign_question)
        chat.screenshot("plan-form-taken")

        # The first campaign on its card too: a name and its two dates, one click.
        from datetime import date

        from domain.dates import FiscalHalf

        half = FiscalHalf.containing(date.today())
        start, end = max(half.start, date.today() + timedelta(days=1)), half.end
        chat.button(words.fill).click()
        page.get_by_label(words.campaign_name, exact=True).last.fill("Copilot for SMB")
        pickers = page.get_by_placeholder(words.date_placeholder)
        chat.pick_date_in(pickers.nth(pickers.count() - 2), start)
        chat.pick_date_in(pickers.last, end)
        chat.screenshot("campaign-form")
        chat.click(words.save, words.campaign_taken)
        chat.screenshot("campaign-form-taken")
    except BaseException:
        chat.screenshot("failure")
        print("--- bot log ---\n" + served.tail("bot"))
        raise
    finally:
        context.close()


def _choose(page, label: str, option: str | None) -> None:
    """Pick `option` (None: the first) in the drop-down labelled `label`."""
    page.get_by_label(label, exact=True).last.click()
    options = page.get_by_role("option")
    (options.first if option is None else page.get_by_role("option", name=option)).click()


@dataclass(frozen=True)
class SheetWords:
    locale: str
    folder: str
    welcome: str
    template: str
    download: str
    built: str


SHEET_WORDS = {
    "en": SheetWords("en-US", "en", ENGLISH.welcome, "plan template",
                     "Download the template (.xlsx)", "campaigns 2, activities 4"),
    "fr": SheetWords("fr-FR", "fr", FRENCH.welcome, "modèle de plan",
                     "Télécharger le modèle (.xlsx)", "campagnes 2, activités 4"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_plan_from_a_spreadsheet_in_the_playground(language: str, browser, stack):  # noqa: F811
    """The template asked for, filled (as Excel saves it), attached as Teams attaches a
    file: the draft is built from it and its review shown."""
    from datetime import date

    from domain.dates import FiscalHalf
    from tests.dialogs.test_plan_from_sheet import PLAN, ROWS, filled

    words = SHEET_WORDS[language]
    served = stack(words.locale)
    context = browser.new_context(**page_options())
    chat = PlaygroundChat(context.new_page(), served, SCREENSHOTS / f"{words.folder}-sheet")
    try:
        chat.open(words.welcome)
        chat.say(words.template, words.download)
        chat.screenshot("plan-template")
        # The next usage period, whatever today is; the campaigns inside it.
        half = FiscalHalf.containing(date.today()).next()
        first, second = half.start, date(half.start.year, half.start.month + 3, 1)
        rows = [list(row) for row in ROWS[language]]
        for row, (start, end) in zip(
            rows,
            [(first, second), (None, None), (second, half.end), (second, half.end)],
            strict=True,
        ):
            row[1], row[2] = start, end
        data = filled(language, {**PLAN[language], "period": half.label}, rows)
        name = "plan.xlsx"
        chat.send_file(served.add_file(name, data), name, words.locale, words.built)
        chat.expect_shown(re.compile(r"PLN-\d{4}-\d{6}"))
        chat.screenshot("plan-from-spreadsheet")
    except BaseException:
        chat.screenshot("failure")
        print("--- bot log ---\n" + served.tail("bot"))
        raise
    finally:
        context.close()
