"""The routing table: each intent declared once, read at the start of a turn and mid-question."""

from __future__ import annotations

import inspect

import pytest

from dialogs.intents import INTENTS, Intent
from dialogs.main_dialog import MainDialog
from dialogs.recognizer import normalize


def test_every_intent_is_declared_exactly_once() -> None:
    assert set(INTENTS) == set(Intent)


@pytest.mark.parametrize("intent", list(Intent))
def test_every_named_handler_is_a_main_dialog_coroutine(intent: Intent) -> None:
    spec = INTENTS[intent]
    for name in filter(None, (spec.at_start, spec.in_question)):
        assert inspect.iscoroutinefunction(getattr(MainDialog, name, None)), name


# Rules asked about that only get an answer, the same for anyone, asked for by no button
# (stop 59): in both sets below.
ANSWERED_ONLY = (
    Intent.RESUBMIT_TIMES,
    Intent.IMPRESSIONS_WHAT,
    Intent.THRESHOLD,
    Intent.APPROVAL_WHO,
    Intent.COMMON_REJECTIONS,
    Intent.SPENT_LESS,
    Intent.QUOTE_ONLY,
    Intent.PLAN_NEEDS,
)


def test_greetings_back_and_fix_are_answers_in_the_middle_of_a_question() -> None:
    answers = {intent for intent, spec in INTENTS.items() if spec.in_question is None}
    assert answers == {
        Intent.GREETING,
        Intent.THANKS,
        Intent.BACK,
        Intent.FIX_WAITING,
        Intent.DISPUTE_WAITING,
        Intent.FIX_HOW,  # "how do I fix it?" at a review: what stops it
        Intent.QUESTION_COMING,  # "Question" may be a name
        Intent.SUBMIT_DRAFT,  # "submit my plan" at its review is the review's submit
        Intent.NOTHING_ASKED,  # "yes", "no" answer yes/no questions
        Intent.INVOICE_HOW,  # "add an invoice" at the evidence menu adds one
        Intent.KEEP_ORIGINALS,  # "keep the invoice" after a rejection keeps it
        Intent.MISTAKE_TOLD,  # "I made a mistake" in a question: its answers offered
    }


def test_only_help_greetings_thanks_cancel_and_language_are_answered_without_a_role() -> None:
    open_to_all = {intent for intent, spec in INTENTS.items() if spec.without_role}
    # The language too: someone outside the directory reads why in the language they ask.
    assert open_to_all == {
        Intent.HELP,
        Intent.GREETING,
        Intent.THANKS,
        Intent.CANCEL,
        Intent.LANGUAGE,
        # Words that only get an answer, true for anyone.
        Intent.NOTHING_ASKED,
        Intent.SUPPORT,
        Intent.WHO_ARE_YOU,
        Intent.DATA_KEPT,
        Intent.ABOUT_COOP,
        Intent.REVIEW_TIME,
        Intent.EVIDENCE_NEEDED,  # the catalog's evidence, the same for everyone
        # The rules asked about (caps, what changes once submitted, currency), the same too.
        Intent.CLAIM_LIMITS,
        Intent.AFTER_SUBMIT,
        Intent.CLAIMS_PER_ACTIVITY,
        Intent.CLAIMS_HOW_MANY,
        Intent.PLANS_HOW_MANY,
        Intent.INVOICE_ONCE,
        Intent.QUESTION_COMING,
        Intent.FILES_WHAT,
        Intent.TROUBLE,
        Intent.CURRENCY,
        Intent.DELETE_HOW,
        Intent.PARTNER_ID,
        Intent.CSR_WHAT,
        Intent.PRE_APPROVAL_WHAT,
        Intent.FUND_TYPES_WHAT,
        Intent.PERIODS,
        Intent.NEXT_STEPS,
        *ANSWERED_ONLY,
        Intent.CLAIM_WHEN,
        Intent.DEADLINE_MISSED,
        Intent.DEADLINE_EXTENSION,
        Intent.MY_ROLE,  # one's own role, asked by anyone (outside the directory: that)
        Intent.REQUIREMENT_WHAT,
        Intent.STATUSES_WHAT,
        Intent.KEEP_ORIGINALS,
        # A mistake told: the speaker's own drafts (none for them), else the rule.
        Intent.MISTAKE_TOLD,
        # Anyone may stop the reminders of their own drafts, or have them back.
        Intent.REMINDERS_OFF,
        Intent.REMINDERS_ON,
    }


def test_card_buttons_ask_for_commands_but_never_delete_cancel_greet_or_go_back() -> None:
    from_cards = {intent for intent, spec in INTENTS.items() if spec.from_card}
    assert from_cards == set(Intent) - {
        Intent.DELETE_DRAFT,
        Intent.DELETE_CLAIM_DRAFT,
        Intent.CANCEL,
        Intent.GREETING,
        Intent.THANKS,
        Intent.BACK,
        Intent.START_OVER,  # stops the question under way, as cancel does
        Intent.MORE_CLAIMS,  # "show more": the words the claims list says (stop 63)
        # Words that only get an answer: no button needs them.
        Intent.NOTHING_ASKED,
        Intent.INVOICE_HOW,
        Intent.SUPPORT,
        Intent.WHO_ARE_YOU,
        Intent.DATA_KEPT,
        Intent.ABOUT_COOP,
        Intent.REVIEW_TIME,
        Intent.CHASE_REVIEW,
        Intent.EVIDENCE_NEEDED,
        Intent.WHO_REVIEWS,
        Intent.PAUSE,
        Intent.INVOICE_AWAITED,
        Intent.SAVE,  # a card's Save is its review's answer or its form's submit
        Intent.NO_INVOICE,
        Intent.LOST_INVOICE,
        Intent.CLAIM_LIMITS,
        Intent.AFTER_SUBMIT,
        Intent.CLAIMS_PER_ACTIVITY,
        Intent.CLAIMS_HOW_MANY,
        Intent.PLANS_HOW_MANY,
        Intent.INVOICE_ONCE,
        Intent.QUESTION_COMING,
        Intent.FILES_WHAT,
        Intent.TROUBLE,
        Intent.CURRENCY,
        Intent.DELETE_HOW,
        Intent.PARTNER_ID,
        Intent.SHOW_PLAN,  # a plan's text; no button asks for it
        Intent.PAYMENT,
        Intent.DISPUTE_HOW,  # a notice's Dispute button disputes
        Intent.CSR_WHAT,
        Intent.PRE_APPROVAL_WHAT,
        Intent.FUND_TYPES_WHAT,
        Intent.PERIODS,
        Intent.NEXT_STEPS,
        *ANSWERED_ONLY,
        Intent.REMINDERS_ON,  # said; only stopping them has a button (under a reminder)
        Intent.REMINDERS_LIST,
        Intent.REMIND_CANCEL,
        Intent.CLAIM_WHEN,
        Intent.DEADLINE_MISSED,
        Intent.DEADLINE_EXTENSION,
        Intent.COPY_CLAIM,  # said ("copy my last claim"); no button asks for it yet
        Intent.MY_ROLE,
        Intent.REQUIREMENT_WHAT,
        Intent.PLAN_CHANGE_HOW,  # said; a review's buttons do it
        Intent.MISTAKE_TOLD,  # said; a draft's review has its own Change
        Intent.STATUSES_WHAT,
        Intent.KEEP_ORIGINALS,
        Intent.FIX_HOW,  # a notice's Fix and resubmit fixes
        Intent.LEFT_TO_CLAIM,  # said; the funds and status answers have no button either
    }


def test_no_phrase_names_two_intents() -> None:
    """The recognizer looks a phrase up in one dict: a phrase in two intents would lose one."""
    seen: dict[tuple[str, str | None], Intent] = {}
    for intent, spec in INTENTS.items():
        for phrase in spec.en + spec.fr:
            key = (normalize(phrase) or phrase, spec.only_with)
            assert seen.setdefault(key, intent) is intent, (phrase, seen[key], intent)


def test_phrases_are_written_as_they_are_matched() -> None:
    """Folded and without punctuation, so reading the table shows what is recognised."""
    for spec in INTENTS.values():
        for phrase in spec.en + spec.fr:
            assert normalize(phrase) == phrase, phrase
