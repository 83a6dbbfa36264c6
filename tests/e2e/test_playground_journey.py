"""The whole journey in the Microsoft 365 Agents Playground, in headless Chromium.

A partner drafts a plan with the cards (keeping a campaign start the bot says is past)
and submits it; the back office approves it through the signed status API and the
notice shows in the chat; the partner claims against it with evidence (a link typed, a
file sent as Teams sends files); the back office rejects the claim for its invoice, the
rejection notice shows the reason; "Fix and resubmit": the copy marks the rejected
invoice ❌, a corrected invoice is sent, the check's first button takes the rejected one
out and says which change answered the reason, submitted again; the old notice's button
clicked again says the claim was already fixed; "what's my claim status?" answers with
the copy submitted and the rejected claim naming its fix. Once with
the Playground's en-US, once in French (see tools/playground.py for how the locale is
set: the Playground itself only ever says en-US).

Every step is asserted on what the page shows and leaves a screenshot
(tests/e2e/conftest.py says where). The bot reads the real date, so the plan's
period and dates are chosen from today.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from domain.claim_rules import DEADLINE_SOON_DAYS
from domain.dates import FiscalHalf, format_date
from domain.funds import claiming_window
from domain.plan_rules import program_year_end
from tests.e2e.conftest import SCREENSHOTS
from tools import backoffice
from tools.playground import Stack, free_port, sample_pdf

pytest.importorskip(
    "playwright.sync_api",
    reason="e2e: Python playwright is not installed (pip install -r requirements-dev.txt)",
)
from playwright.sync_api import expect

from tests.e2e.playground_chat import (
    STEP_MS,
    PlaygroundChat,
    markup_left_over,
    page_options,
)

pytestmark = pytest.mark.e2e

PLAN_ID = re.compile(r"PLN-\d{4}-\d{6}")
CLAIM_ID = re.compile(r"CLM-\d{4}-\d{6}")


@dataclass(frozen=True)
class Words:
    """What the partner types, clicks and reads, in one language."""

    locale: str
    folder: str
    welcome: str
    new_plan: str
    plan_started: str
    mpn_question: str
    program_question: str
    program: str
    market_question: str
    market: str
    fund_question: str
    fund: str
    period_question: str
    currency_question: str
    reviewer_question: str
    limit_question: str
    limit: str
    # The plan limit's label, typed before it in the same message as the reviewer.
    limit_label: str
    campaign_question: str
    campaign: str
    start_question: str
    date_placeholder: str
    keep_date: str
    start_in_past: str
    end_question: str
    activity_question: str
    activity: str
    description_question: str
    description: str
    countries_question: str
    countries: str
    planned_question: str
    planned: str
    more_activities: str
    more_campaigns: str
    no: str
    send: str
    review: str
    no_problems: str
    submit_plan: str
    plan_submitted: str
    plan_under_review: str
    plan_approved: str
    new_claim: str
    claim_started: str
    claim_name_question: str
    claim_name: str
    execution_question: str
    amount_question: str
    amount: str
    impressions_question: str
    impressions: str
    results_question: str
    results: str
    evidence_menu: str
    add_link: str
    offer_terms: str
    link_question: str
    add_file: str
    invoice: str
    file_question: str
    saved: str
    done: str
    check: str
    submit_claim: str
    submit_anyway: str
    claim_submitted: str
    rejected: str
    under_review: str
    reason: str
    fix: str
    fix_started: str
    kind_question: str
    rejected_file: str
    remove_rejected: str
    answered: str
    notice_used: str
    status_question: str
    status_title: str
    submitted: str
    rejected_status: str


ENGLISH = Words(
    locale="en-US",
    folder="en",
    welcome="I'm your co-op incentives assistant",
    new_plan="New plan",
    plan_started="I've started draft",
    mpn_question="What is the Partner ID (MPN ID)",
    program_question="Which program is this plan for?",
    program="CSP Indirect Reseller",
    market_question="Which market (country) is it for?",
    market="France",
    fund_question="Which fund type?",
    fund="Co-op",
    period_question="For which usage period?",
    currency_question="In which currency?",
    reviewer_question="What is the e-mail address of your Microsoft account manager",
    limit_question="What is the plan limit, in EUR?",
    limit="50,000",
    limit_label="plan limit",
    campaign_question="Campaign 1: what is its name?",
    campaign="Copilot for SMB",
    start_question="When does Copilot for SMB start?",
    date_placeholder="Pick a date",
    keep_date="Keep {date}",
    start_in_past="Campaign Copilot for SMB starts on {date}, before today.",
    end_question="When does Copilot for SMB end?",
    activity_question="what type of activity is it?",
    activity="Customer offers",
    description_question="in a sentence or two",
    description="Copilot bundle discount for small businesses",
    countries_question="In which countries will it run?",
    countries="France, Belgium",
    planned_question="How much do you plan to spend on it, in EUR?",
    planned="8,000",
    more_activities="Add another activity to Copilot for SMB?",
    more_campaigns="Add another campaign to the plan?",
    no="No",
    send="OK",
    review="Review of {plan_id}",
    no_problems="Nothing a reviewer would reject.",
    submit_plan="Submit for approval",
    plan_submitted="Plan submitted for approval",
    plan_under_review="Plan {plan_id} is under review",
    plan_approved="Plan {plan_id} is approved",
    new_claim="New claim",
    claim_started="I've started claim",
    claim_name_question="Give this claim a short name",
    claim_name="November bundle offer",
    execution_question="When did the activity run?",
    amount_question="How much are you claiming, in EUR?",
    amount="2,400",
    impressions_question="About how many people did it reach",
    impressions="1,200",
    results_question="a short results summary",
    results="36 bundles sold, 12 new customers",
    evidence_menu="Evidence for {claim_id}",
    add_link="Add a link",
    offer_terms="Offer with its terms and conditions",
    link_question="Type the link",
    add_file="Add a file",
    invoice="Third-party invoice",
    file_question="Please send the file now",
    saved=r"✓ {name} \(.+\) saved\.",
    done="Done with evidence",
    check="Check of {claim_id} before submitting",
    submit_claim="Submit claim",
    submit_anyway="Submit anyway",
    claim_submitted="Claim submitted",
    rejected="Claim {claim_id} (November bundle offer) was rejected",
    under_review="Claim {claim_id} (November bundle offer) is under review",
    reason="The invoice does not show the discount",
    fix="Fix and resubmit",
    fix_started="was rejected, so I started",
    kind_question="What is this evidence?",
    rejected_file="❌ Third-party invoice: invoice.pdf — the reviewer's reason",
    remove_rejected="Remove Third-party invoice: invoice.pdf",
    answered="answered: invoice.pdf replaced by invoice-corrected.pdf",
    notice_used="Being fixed as {fixed_id}",
    status_question="what's my claim status?",
    status_title="Where things stand",
    submitted="was submitted on",
    rejected_status="was rejected on",
)

FRENCH = Words(
    locale="fr-FR",
    folder="fr",
    welcome="je suis votre assistant incentives co-op",
    new_plan="Nouveau plan",
    plan_started="J'ai créé le brouillon",
    mpn_question="Quel est l'identifiant partenaire (MPN ID)",
    program_question="Pour quel programme est ce plan ?",
    program="CSP Revendeur indirect",
    market_question="Pour quel marché (pays) ?",
    market="France",
    fund_question="Quel type de fonds ?",
    fund="Co-op",
    period_question="Pour quelle période d'utilisation ?",
    currency_question="Dans quelle devise ?",
    reviewer_question="Quelle est l'adresse e-mail de votre responsable de compte Microsoft",
    limit_question="Quel est le plafond du plan, en EUR ?",
    limit="50 000",
    limit_label="plafond",
    campaign_question="Campagne 1 : quel est son nom ?",
    campaign="Copilot pour les PME",
    start_question="Quand commence Copilot pour les PME ?",
    date_placeholder="Choisissez une date",
    keep_date="Garder le {date}",
    start_in_past="La campagne Copilot pour les PME commence le {date}, avant",
    end_question="Quand se termine Copilot pour les PME ?",
    activity_question="de quel type d'activité s'agit-il ?",
    activity="Offres clients",
    description_question="en une phrase ou deux",
    description="Remise sur le pack Copilot pour les petites entreprises",
    countries_question="Dans quels pays aura-t-elle lieu ?",
    countries="France, Belgique",
    planned_question="Combien prévoyez-vous d'y dépenser, en EUR ?",
    planned="8 000",
    more_activities="Ajouter une autre activité à Copilot pour les PME ?",
    more_campaigns="Ajouter une autre campagne au plan ?",
    no="Non",
    send="OK",
    review="Relecture de {plan_id}",
    no_problems="Rien qu'un réviseur refuserait.",
    submit_plan="Soumettre pour approbation",
    plan_submitted="Plan soumis pour approbation",
    plan_under_review="Le plan {plan_id} est en cours d'examen",
    plan_approved="Le plan {plan_id} est approuvé",
    new_claim="Nouvelle réclamation",
    claim_started="J'ai créé la réclamation",
    claim_name_question="Donnez un nom court à cette réclamation",
    claim_name="Offre pack de novembre",
    execution_question="Quand l'activité a-t-elle eu lieu ?",
    amount_question="Quel montant réclamez-vous, en EUR ?",
    amount="2 400",
    impressions_question="Combien de personnes a-t-elle touchées environ",
    impressions="1 200",
    results_question="un court résumé des résultats",
    results="36 packs vendus, 12 nouveaux clients",
    evidence_menu="Justificatifs de {claim_id}",
    add_link="Ajouter un lien",
    offer_terms="Offre avec ses conditions générales",
    link_question="Tapez le lien",
    add_file="Ajouter un fichier",
    invoice="Facture d'un tiers",
    file_question="Envoyez le fichier maintenant",
    saved=r"✓ {name} \(.+\) enregistré\.",
    done="Justificatifs terminés",
    check="Vérification de {claim_id} avant soumission",
    submit_claim="Soumettre la réclamation",
    submit_anyway="Soumettre quand même",
    claim_submitted="Réclamation soumise",
    rejected="La réclamation {claim_id} (Offre pack de novembre) a été refusée",
    under_review="La réclamation {claim_id} (Offre pack de novembre) est en cours d'examen",
    reason="La facture ne montre pas la remise",
    fix="Corriger et soumettre à nouveau",
    fix_started="a été refusée ; j'ai donc créé",
    kind_question="De quel justificatif s'agit-il ?",
    rejected_file="❌ Facture d'un tiers : invoice.pdf — motif du réviseur",
    remove_rejected="Supprimer Facture d'un tiers : invoice.pdf",
    answered="traité : remplacement de « invoice.pdf » par « invoice-corrected.pdf »",
    notice_used="En cours de correction sous {fixed_id}",
    status_question="où en est ma réclamation ?",
    status_title="Où en sont les choses",
    submitted="a été soumise le",
    rejected_status="a été refusée le",
)


@dataclass(frozen=True)
class Dates:
    """A usage period that can be both planned and claimed today, and dates inside it."""

    period: str
    offered: bool  # among the periods the bot offers as buttons (this half and the next)
    campaign_start: date
    campaign_end: date
    executed: date
    deadline_soon: bool  # the claim check warns that the claiming window is closing


def journey_dates(today: date) -> Dates | None:
    """None from 1 July to 15 August: plans for January–June close on 30 June, and
    claims for July–December open on 16 August (DOMAIN.md), so no period is both."""
    usage = FiscalHalf.containing(today)
    if today < claiming_window(usage)[0]:
        usage = FiscalHalf.containing(usage.start - timedelta(days=1))
    opens, closes = claiming_window(usage)
    if not opens <= today <= closes or today > program_year_end(usage.label):
        return None
    executed = min(today - timedelta(days=3), usage.end - timedelta(days=10))
    return Dates(
        period=usage.label,
        offered=usage == FiscalHalf.containing(today),
        campaign_start=executed.replace(day=1),
        campaign_end=usage.end,
        executed=executed,
        deadline_soon=(closes - today).days <= DEADLINE_SOON_DAYS,
    )


@pytest.fixture
def stack(tmp_path: Path):
    """The bot and the Playground on free ports (TinyDB in a temporary folder)."""
    stacks: list[Stack] = []

    def start(locale: str) -> Stack:
        started = Stack(
            tmp_path / locale,
            bot_port=free_port(),
            playground_port=free_port(),
            secret=secrets.token_hex(16),
            locale=locale,
            conversation_id=f"e2e-personal-chat-{locale}",
            logs=tmp_path / locale / "logs",
        )
        stacks.append(started)
        return started.start()

    yield start
    for started in stacks:
        started.stop()


def back_office(stack: Stack, *arguments: str) -> None:
    """A signed status change, as the back office sends it (tools/backoffice.py)."""
    code = backoffice.main(
        [*arguments, "--url", stack.bot_url, "--actor", "reviewer@microsoft.com"],
        environ={"STATUS_WEBHOOK_SECRET": stack.secret},
    )
    assert code == 0, f"the back office could not send {arguments}"


@pytest.mark.parametrize("words", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_a_partner_plans_claims_is_rejected_fixes_and_resubmits_in_the_playground(
    words: Words, browser, stack
) -> None:
    dates = journey_dates(date.today())
    if dates is None:
        pytest.skip("e2e: from 1 July to 15 August no usage period can be planned and claimed")
    served = stack(words.locale)
    context = browser.new_context(**page_options())
    chat = PlaygroundChat(context.new_page(), served, SCREENSHOTS / words.folder)
    try:
        journey(chat, served, words, dates)
    except BaseException:
        chat.screenshot("failure")
        print("--- bot log ---\n" + served.tail("bot"))
        print("--- playground log ---\n" + served.tail("playground"))
        raise
    finally:
        context.close()


def journey(chat: PlaygroundChat, stack: Stack, words: Words, dates: Dates) -> None:
    chat.open(words.welcome)
    chat.screenshot("welcome")

    # -- a plan, drafted with the cards (typing where a question has nothing to click) --
    chat.click(words.new_plan, words.mpn_question)
    plan_id = PLAN_ID.search(chat.expect_shown(words.plan_started).inner_text()).group(0)
    chat.screenshot("plan-started")
    chat.click("1234567", words.program_question)
    chat.choose(words.program)
    chat.click(words.send, words.market_question)
    chat.say(words.market, words.fund_question)
    chat.click(words.fund, words.period_question)
    if dates.offered:
        chat.click(dates.period, words.currency_question)
    else:
        chat.say(dates.period, words.currency_question)
    chat.click("EUR", words.reviewer_question)
    # Two answers in one message: both taken, said back in one line (issue 15).
    chat.say(f"ana@microsoft.com, {words.limit_label} {words.limit}", words.campaign_question)
    chat.expect_shown("ana@microsoft.com ·")
    chat.screenshot("plan-two-answers-at-once")
    chat.say(words.campaign, words.start_question)
    chat.pick_date(dates.campaign_start, words.date_placeholder)
    chat.screenshot("plan-campaign-start")
    # The campaign ran already (so that it can be claimed today): the bot says so at once
    # and asks to keep the date or choose another.
    start = format_date(dates.campaign_start, words.locale)
    keep = words.keep_date.format(date=start)
    chat.click(words.send, keep)
    chat.screenshot("plan-campaign-start-in-past")
    chat.click(keep, words.end_question)
    chat.pick_date(dates.campaign_end, words.date_placeholder)
    chat.click(words.send, words.activity_question)
    chat.choose(words.activity)
    chat.click(words.send, words.description_question)
    chat.say(words.description, words.countries_question)
    chat.say(words.countries, words.planned_question)
    chat.say(words.planned, words.more_activities)
    chat.click(words.no, words.more_campaigns)
    chat.click(words.no, words.review.format(plan_id=plan_id))
    chat.expect_shown(words.start_in_past.format(date=start))  # a warning: submit still first
    chat.screenshot("plan-review")

    chat.click(words.submit_plan, words.plan_submitted)
    chat.screenshot("plan-submitted")

    # -- the back office approves it; the notices arrive in the chat by themselves ------
    back_office(stack, "plan", plan_id, "under-review")
    chat.expect_shown(words.plan_under_review.format(plan_id=plan_id))
    back_office(stack, "plan", plan_id, "approve")
    chat.expect_shown(words.plan_approved.format(plan_id=plan_id))
    chat.screenshot("plan-approved")

    # -- a claim against it, from the approval notice ----------------------------------
    chat.click(words.new_claim, words.claim_name_question)
    claim_id = CLAIM_ID.search(chat.expect_shown(words.claim_started).inner_text()).group(0)
    chat.say(words.claim_name, words.execution_question)
    chat.pick_date(dates.executed, words.date_placeholder)
    chat.click(words.send, words.amount_question)
    chat.say(words.amount, words.impressions_question)
    chat.say(words.impressions, words.results_question)
    menu = words.evidence_menu.format(claim_id=claim_id)
    chat.say(words.results, menu)
    chat.screenshot("claim-evidence-asked")

    chat.click(words.add_link, words.offer_terms)
    chat.click(words.offer_terms, words.link_question)
    chat.say("https://contoso.example/offers/copilot-bundle", menu)
    chat.click(words.add_file, words.invoice)
    chat.click(words.invoice, words.file_question)
    # An invoice the bot reads, without totals or dates to offer (tests/e2e/test_playground_
    # invoice.py has the one that fills a claim).
    supplier = "Contoso Ltd, 12 Market Street, London"
    invoice = stack.add_file(
        "invoice.pdf",
        sample_pdf("Invoice 1120", [supplier, "Copilot bundle for small businesses, 20 seats"]),
    )
    chat.send_file(
        invoice, "invoice.pdf", words.locale, re.compile(words.saved.format(name=r"invoice\.pdf"))
    )
    chat.expect_shown(menu)
    chat.screenshot("claim-evidence")

    chat.click(words.done, words.check.format(claim_id=claim_id))
    # In the last week of a claiming window the check warns, and asks to submit anyway.
    submit = words.submit_anyway if dates.deadline_soon else words.submit_claim
    if not dates.deadline_soon:
        chat.expect_shown(words.no_problems)
    chat.screenshot("claim-check")
    chat.click(submit, words.claim_submitted)
    chat.screenshot("claim-submitted")

    # -- the back office rejects it; the rejection notice shows, with its reason --------
    # Under review: the receipt card changes in place, no new message.
    receipts = chat.count(words.claim_submitted)
    back_office(stack, "claim", claim_id, "under-review")
    chat.expect_shown(words.under_review.format(claim_id=claim_id))
    assert chat.count(words.claim_submitted) == receipts - 1  # that card, now "under review"
    chat.screenshot("claim-under-review")
    back_office(
        stack, "claim", claim_id, "reject", "--reason", "missing_invoice", words.reason,
        "--item", "invoice",
    )  # fmt: skip
    chat.expect_shown(words.rejected.format(claim_id=claim_id))
    chat.expect_shown(words.reason)
    chat.screenshot("claim-rejected")

    # -- fix and resubmit: the rejected invoice marked, replaced, checked, resubmitted ----
    chat.click(words.fix, words.fix_started)
    fixed_id = CLAIM_ID.findall(chat.expect_shown(words.fix_started).inner_text())[-1]
    assert fixed_id != claim_id
    fixed_menu = words.evidence_menu.format(claim_id=fixed_id)
    chat.expect_shown(fixed_menu)
    chat.expect_shown(words.rejected_file)  # ❌ on the invoice the reviewer rejected
    chat.screenshot("claim-fix")
    corrected = stack.add_file(
        "invoice-corrected.pdf",
        sample_pdf("Invoice 1120 (corrected)", [supplier, "Copilot bundle, 20 seats, 20% off"]),
    )
    chat.send_file(corrected, "invoice-corrected.pdf", words.locale, words.kind_question)
    chat.click(words.invoice, fixed_menu)
    chat.expect_shown("invoice-corrected.pdf")
    # The check still blocks on the rejected invoice; its first button takes it out.
    chat.click(words.done, words.remove_rejected)
    chat.screenshot("claim-fix-check")
    chat.click(words.remove_rejected, words.answered)
    chat.screenshot("claim-fix-answered")
    chat.click(submit, words.claim_submitted)
    chat.screenshot("claim-resubmitted")

    # -- the used notice: read-only, saying what was done --------------------------------
    chat.expect_shown(words.notice_used.format(fixed_id=fixed_id)).scroll_into_view_if_needed()
    expect(chat.page.get_by_role("button", name=words.fix, exact=True)).to_have_count(0)
    chat.screenshot("claim-notice-used")

    # -- "what's my claim status?" ------------------------------------------------------
    chat.say(words.status_question, words.status_title)
    answer = chat.page.locator("li")
    # Each line starts with its claim (the rejected one names its fix copy too).
    fixed_line = answer.filter(has_text=re.compile(rf"^\s*{fixed_id}")).last
    expect(fixed_line).to_contain_text(words.submitted, timeout=STEP_MS)
    rejected_line = answer.filter(has_text=re.compile(rf"^\s*{claim_id}")).last
    expect(rejected_line).to_contain_text(words.rejected_status, timeout=STEP_MS)
    expect(rejected_line).to_contain_text(fixed_id, timeout=STEP_MS)  # no second fix invited
    chat.screenshot("claim-status")

    # The whole story is still there to scroll back through, and nothing shows raw markup
    # (the plan's receipt now shows its status: approved, like the notice below it).
    assert chat.count(words.plan_approved.format(plan_id=plan_id)) == 2
    for milestone in (
        words.plan_approved.format(plan_id=plan_id),
        words.rejected.format(claim_id=claim_id),
        words.reason,
        "invoice-corrected.pdf",
    ):
        assert chat.count(milestone) >= 1, milestone
    leftovers = markup_left_over(chat.text())
    assert not leftovers, f"the chat shows {leftovers}:\n{chat.text()}"
