"""ClaimDialog: a proof of execution, from the approved activity to its submission.

Picks the approved plan, campaign and activity (a single option is taken without
asking), then the claim's own answers, then the evidence (EvidenceDialog), then
the pre-submission check: every finding item by item, blocking ones preventing
submission and warnings needing an explicit "submit anyway".
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from botbuilder.dialogs import DialogTurnResult, WaterfallStepContext

from dialogs.claim_form import (
    ClaimDraft,
    ClaimFormDialog,
    edit_choices,
    execution_date_question,
    not_run_yet,
    not_started_text,
    parse_execution_date,
)
from dialogs.delete_draft_dialog import DeleteClaimDraftDialog
from dialogs.evidence_dialog import (
    UNDO,
    AddNamed,
    EvidenceDialog,
    EvidenceFiles,
    LinkTyped,
    add_item,
    adds_a_file,
    adds_named,
    adds_what,
    answer_evidence_question,
    answer_invoice_asked,
    holds_removed,
    link_typed,
    put_back_removed,
    refuse_said_instead,
    refuse_said_sent,
    refuse_wrong_or_replaced,
    removal_named,
    remove_words,
    removed_for_undo,
)
from dialogs.form_dialog import (
    Child,
    Done,
    Field,
    Next,
    Question,
    ReadAs,
    error_text,
    field_table,
    kept_now,
    offer_saving,
    offer_submit_or_save,
    put_back,
)
from dialogs.recognizer import (
    SUBMIT_ANYWAY_WORDS,
    SUBMIT_WORDS,
    TOTAL_WORDS,
    Choice,
    asked_among,
    asks_what_stops,
    exact_choice,
    leaves_it_to_me,
    match_choice,
    normalize,
    puts_submitting_off,
    says_as_last_time,
    says_not_given,
    says_nothing_of_it,
    says_unsure,
    says_yes_alone,
    submit_said,
    submits_without,
)
from dialogs.review_actions import ReviewAction
from dialogs.review_words import (
    REPLACING,
    Changes,
    ChangeTo,
    change_to_parts,
    changes_asked,
    judged_not_written,
    says_change,
    says_undo,
)
from dialogs.services import Services
from dialogs.several import Found, Reader, Several, label, pieces
from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.claim import MAX_CLAIM_NAME_LENGTH, MAX_PRE_APPROVAL_LENGTH, METRIC_FIELD, Claim
from domain.claim_rules import check_claim, claimed_per_activity
from domain.dates import (
    MAX_DAY_WORDS,
    campaign_day_named,
    day_after_lead,
    is_weekday,
    says_not_run_yet,
)
from domain.errors import UserInputError
from domain.evidence import EVIDENCE_REQUIREMENTS, EvidenceKind, looks_like_link
from domain.findings import Severity, blocking
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.money import (
    figure_in_sentence,
    format_amount,
    is_a_guess,
    parse_amount,
    parse_currency,
    read_sum,
    read_two,
    split_remark,
    without_estimate,
    words_as_digits,
)
from domain.plan import utc_now
from domain.reviewer_reasons import CLAIM_FACTS
from domain.text import clean_text, excerpt, fold, named_as
from views.activity_names import activity_type_words
from views.cards import escape
from views.claim_cards import (
    amount_warning,
    claim_receipt,
    claim_review_card,
    claim_value,
    evidence_label,
    findings_lines,
    format_count,
)
from views.display import display_value
from views.strings import t

PREFIX = "claim."
AMOUNT_FIELD = PREFIX + "amount"
# The check card's "Delete this draft" (asked to confirm in DeleteClaimDraftDialog).
DELETE_DRAFT = "delete_draft"
# Fields a partner may change from the check card (the activity is chosen anew by a new claim).
CHANGEABLE = CLAIM_FACTS
# "change the activity", "I picked the wrong activity": the approved plans' activity asked
# again, as when the claim began (the answers the new one still asks are kept).
ACTIVITY_CHANGE = "activity_id"
# What the check finds wrong with a claim's amount alone: said when the amount is typed.
AMOUNT_FINDINGS = frozenset(
    {
        "amount_above_planned",
        "amount_above_funds",
        "amount_above_invoice",
        "cap_share_of_earned",
        "cap_demo_units",
        "cap_syndicated_content",
    }
)
MAX_METRIC_LENGTH = 300
_PRE_APPROVAL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
_COUNT_SEPARATORS = re.compile(r"[\s\u00a0\u202f,.'’]")
# Digits as written: 3000, or grouped by thousands with one separator (3,000 · 3 000 ·
# 3.000 · 3'000): "3000 4000" is two numbers, not 30,004,000.
_GROUPED_COUNT = re.compile(r"\d+|\d{1,3}(?P<sep>[\s\u00a0\u202f,.'’])\d{3}(?:(?P=sep)\d{3})*")
# "none", « aucun »: nobody reached (the question's help says "0 if none").
_NO_ONE = {"none", "nobody", "no one", "zero", "nil", "aucun", "aucune", "personne", "0"}
# "over 3000", "at least 3,000", « plus de 3000 », "3,000+": the number said.
_AT_LEAST = re.compile(
    r"(?:(?:over|more than|at least|above|plus de|au moins|au-dela de|au dela de)\s+"
    r"(?P<after>.+))|(?P<before>.+?)\s*\+",
    re.IGNORECASE,
)
# "3k", "2.5k", "3 thousand", « 3 mille », "1.2 million".
_COUNT_SCALES = {"k": 1000, "thousand": 1000, "thousands": 1000, "mille": 1000,
                 "m": 1_000_000, "million": 1_000_000, "millions": 1_000_000}  # fmt: skip
_SCALE_WORDS = "|".join(sorted(_COUNT_SCALES, key=len, reverse=True))
_COUNT_SCALE = re.compile(rf"(?P<scale>{_SCALE_WORDS})\b")
_SCALED_COUNT = re.compile(
    rf"(?P<number>\d{{1,6}}(?:[.,]\d{{1,3}})?)\s*(?P<scale>{_SCALE_WORDS})\b"
    r"(?:\s+(?P<words>[^\W\d_][^\d]*))?"
)
# "3000-4000", "between 3,000 and 4,000", « entre 3000 et 4000 », « de 3000 à 4000 ».
_COUNT_RANGE = re.compile(
    r"(?:(?:between|from|entre|de)\s+)?(?P<low>[^-\u2013]+?)"
    r"(?:\s*[-\u2013]\s*|\s+(?:to|and|et|a|à)\s+)(?P<high>.+)",
    re.IGNORECASE,
)
_MAX_COUNT_LENGTH = 60


def _shown(draft: ClaimDraft, name: str, value: Any) -> str:
    """How a claim's answer is shown (a `Field.display`): as on its card."""
    return claim_value(name, draft.claim, draft.locale)


def _campaign_text(draft: ClaimDraft) -> str:
    return t(draft.locale, "question.claim.campaign_id", plan_id=draft.plan.id)


def _campaign_choices(draft: ClaimDraft) -> list[Choice]:
    """The plan's campaigns, with their dates."""
    plan, locale = draft.plan, draft.locale
    return [
        Choice(
            c.id,
            display_value("name", c.name, plan, locale)
            + f" ({display_value('start_date', c.start_date, plan, locale)} → "
            f"{display_value('end_date', c.end_date, plan, locale)})",
            synonyms=(c.name or c.id,),
        )
        for c in plan.campaigns
    ]


def _activity_text(draft: ClaimDraft) -> str:
    campaign = display_value("name", draft.campaign.name, draft.plan, draft.locale)
    return t(draft.locale, "question.claim.activity_id", campaign=campaign)


def _activity_choices(draft: ClaimDraft) -> list[Choice]:
    """The campaign's activities, with their planned amounts."""
    plan, locale = draft.plan, draft.locale
    return [
        Choice(
            a.id,
            f"{display_value('activity_type', a.activity_type, plan, locale)} · "
            f"{display_value('planned_amount', a.planned_amount, plan, locale)}",
            synonyms=activity_type_words(a.activity_type or ""),
        )
        for a in draft.campaign.activities
    ]


def _day_leading(draft: ClaimDraft, text: str) -> tuple[date, str] | None:
    """The execution day `text` starts with, and what follows it: all of it ("10 November"),
    else its longest first words that are one ("Nov 10" of "Nov 10 for 9,800 EUR"), of two
    words at least (a lone number is no day: "5 things to know")."""
    words = text.split()
    if len(words) > MAX_DAY_WORDS + 8:
        return None
    for count in range(min(len(words), MAX_DAY_WORDS), 0, -1):
        head = " ".join(words[:count])
        if count == 1 and not any(mark in head for mark in "/-."):
            if count < len(words) or is_weekday(head):  # "Atelier du mardi": a name
                break
        try:
            day = parse_execution_date(draft, head)
        except UserInputError:
            continue
        return day, " ".join(words[count:])
    return None


def _parse_claim_amount(draft: ClaimDraft, answer: str) -> Decimal:
    """What was spent, as the invoice or CSR shows. "about 9,800" is offered as exactly that
    (one click or "yes"), not kept as if exact: a plan's amounts are estimates, a claim's
    is what a reviewer pays, and nothing after this question would know it was a guess."""
    currency, locale = draft.claim.currency or "USD", draft.locale
    # "9500?", "is 9500 ok?": that figure, unsure (offered as exact, as "about 9500" is).
    unsure = answer.rstrip().endswith("?")
    asked = _FIGURE_ASKED.match(answer.rstrip(" ?")) if unsure else None
    typed = asked.group(1) if asked else answer.rstrip(" ?") if unsure else answer
    typed = figure_in_sentence(typed)  # "it cost 9800", « la facture indique 9 800 »
    # "9800 (invoice attached)": the remark left aside, unless it makes the figure a guess.
    number, remark = split_remark(typed)
    try:
        read = parse_amount(number, currency, locale)
    except UserInputError as error:
        if error.code == "amount_wrong_currency":  # "9500 USD": converted, and how
            typed, expected = error.params["typed"], currency
            raise UserInputError(
                "claim_amount_other_currency", typed=typed, expected=expected
            ) from None
        if error.code != "amount_not_a_number":
            raise
        if normalize(answer[:60]).rstrip(" ?") in _INVOICE_AMOUNT:
            return _invoice_total(draft.claim, currency)  # "same as the invoice"
        _refuse_invoice_in_other_currency(answer, currency)
        _offer_what_figures_make(answer, number, currency, locale)
        raise
    if unsure or "approximate" in read.notes or is_a_guess(remark):
        raise UserInputError(
            "claim_amount_asked" if asked else "claim_amount_estimate",
            value=excerpt(answer),
            suggestion=format_amount(read, currency, draft.locale),
            answer=format(read, "f"),
        )
    return read


# "the invoice amount", "same as the invoice", « le montant de la facture »: its total.
_INVOICE_AMOUNT = frozenset(
    normalize(words)
    for words in (
        *("the invoice amount", "invoice amount", "same as the invoice", "same as invoice"),
        *("as on the invoice", "the amount on the invoice", "amount on the invoice"),
        *("the invoice total", "invoice total", "what s on the invoice", "the invoice s amount"),
        *("le montant de la facture", "montant de la facture", "comme sur la facture"),
        *("le total de la facture", "la meme chose que la facture", "pareil que la facture"),
        *("ce qu il y a sur la facture", "celui de la facture", "le montant facture"),
        # "it's on the invoice", « voir la facture »: the same, pointed to
        *("it s on the invoice", "its on the invoice", "on the invoice", "see invoice"),
        *("see the invoice", "check the invoice", "see attached invoice", "as per invoice"),
        *("voir la facture", "voir facture", "c est sur la facture", "sur la facture"),
        *("cf facture", "cf la facture", "voir facture jointe", "selon la facture"),
        # Seen at stop 56: 'isn't an amount I can read'.
        *("whatever the invoice says", "what the invoice says", "the invoice says"),
        *("whatever is on the invoice", "ce que dit la facture", "ce qu indique la facture"),
    )
)


def _invoice_total(claim: Claim, currency: str) -> Decimal:
    """The total of the one invoice read on `claim` in its currency; else refused, saying
    where the amount comes from (typed as on the invoice, or the invoice attached)."""
    totals = {
        item.reading.total
        for item in claim.evidence
        if item.reading is not None
        and item.reading.total is not None
        and (item.reading.currency or currency) == currency
    }
    if len(totals) == 1:
        return totals.pop()
    raise UserInputError("claim_amount_from_invoice", currency=currency)


# "the invoice is in USD", « ma facture est en dollars »: the currency it was paid in.
_INVOICE_IN = re.compile(
    r"(?:(?:the|my|our|this|la|ma|notre|cette)\s+)?(?:invoice|facture)\s+(?:is|was|est"
    r"|[ée]tait)\s+(?:in|en)\s+(?P<currency>[^\s.!?]{1,12})[\s.!?]*",
    re.IGNORECASE,
)


def _refuse_invoice_in_other_currency(answer: str, currency: str) -> None:
    """ "the invoice is in USD" at a claim's amount (in EUR): how to give it, converted."""
    said = _INVOICE_IN.fullmatch(answer.strip())
    if said is None or not _is_currency(said["currency"]):
        return
    typed = said["currency"]
    if parse_currency(typed) != currency:
        raise UserInputError("claim_amount_other_currency", typed=excerpt(typed), expected=currency)


# "what's the total?", "how much am I claiming?", « quel est le montant ? » at the check.
_TOTAL_ASKED = frozenset(
    normalize(words)
    for words in (
        *TOTAL_WORDS,
        *("how much am i claiming", "how much is the claim", "how much is this claim"),
        *("what s the amount", "what is the amount", "what amount", "how much is it"),
        *("how much do i claim", "what am i claiming"),
        "quel est le montant",
        *("combien je reclame", "combien est ce que je reclame", "c est combien"),
        *("combien je demande", "quel montant"),
    )
)


# "is 9500 ok?", "can I claim 9500?", « est-ce que 9500 ça va ? »: a figure asked about.
_FIGURE_ASKED = re.compile(
    r"^(?:is|would|will|does|can\s+i\s+(?:claim|put|enter|say)|could\s+i\s+(?:claim|put)"
    r"|est[- ]ce\s+que|puis[- ]je\s+(?:mettre|r[ée]clamer|d[ée]clarer)|je\s+peux\s+(?:mettre"
    r"|r[ée]clamer|d[ée]clarer))\s+(\S.{0,40}?)"
    r"(?:\s*,?\s*(?:ok|okay|fine|alright|all\s+right|right|correct|good|enough|work|[çc]a\s+va"
    r"|[çc]a\s+passe|c['’]est\s+bon|bon|correct|possible))?$",
    re.IGNORECASE,
)


def _offer_what_figures_make(answer: str, number: str, currency: str, locale: str) -> None:
    """ "9500 + 500": its total offered, one click or "yes"; "between 9000 and 9500",
    "9500 or 10000": each figure offered (a claim is paid on one amount, the invoice's).
    Anything else: nothing (the refusal stands)."""
    total = read_sum(number, currency, locale)
    if total is not None:
        raise UserInputError(
            "claim_amount_sum",
            value=excerpt(answer),
            suggestion=format_amount(total, currency, locale),
            answer=format(total, "f"),
        )
    two = read_two(number, currency, locale)
    if two is not None:
        raise UserInputError(
            "claim_amount_which",
            value=excerpt(answer),
            options=[(format(read, "f"), format_amount(read, currency, locale)) for read in two],
        )


def _parse_execution_day(draft: ClaimDraft, answer: str) -> date:
    """The day it ran, also said in a sentence: "it was on Nov 9", « c'était le 9 novembre »,
    "it ran over three days, Nov 10-12" (a few words without a number before the day,
    nothing after it). "first day of the campaign": that day; "not yet": too early."""
    campaign = draft.campaign
    named = campaign_day_named(answer) if campaign is not None else None
    if named is not None and campaign.start_date and campaign.end_date:
        day = campaign.start_date if named == "start" else campaign.end_date
        return parse_execution_date(draft, day.isoformat())
    if says_not_run_yet(answer):
        raise not_run_yet(draft)
    try:
        return parse_execution_date(draft, answer)
    except UserInputError as error:
        if error.code != "date_invalid" or len(answer) > _MAX_SENTENCE_LENGTH:
            raise
        invalid = error
    found = (*_ON_DAY.finditer(answer), *_IN_MONTH.finditer(answer), *_SET_OFF.finditer(answer))
    connectors = sorted(found, key=lambda connector: connector.start())
    for connector in connectors:
        lead, rest = answer[: connector.start()], answer[connector.end() :].strip(" .!")
        if _has_digit(lead) or len(lead.split()) > _MAX_LEAD_WORDS:
            continue
        try:
            return parse_execution_date(draft, rest)
        except UserInputError as error:
            if error.code != "date_invalid":
                raise
    # "actually the date was the 3rd", "sorry, it is Nov 3": after the words leading to it.
    return day_after_lead(answer, lambda said: parse_execution_date(draft, said), invalid)


def _lead_is_answer(draft: ClaimDraft, lead: str, asked: str | None) -> bool:
    """Whether the words before a day in a message answer something: the name where it is
    asked or still open, a number anywhere ("9,800 on Nov 9")."""
    return asked == PREFIX + "name" or not draft.claim.name or _has_digit(lead)


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _amount_piece(text: str) -> list[str]:
    """What followed a day, as a piece: "for 9,800 EUR" is "9,800 EUR"."""
    text = _AMOUNT_LEAD.sub("", text.strip())
    return [text] if text else []


def _metric_text(draft: ClaimDraft) -> str:
    metric = ACTIVITY_TYPES_BY_KEY[draft.claim.activity_type].metric
    return t(
        draft.locale, "question.claim.metric_value", metric=t(draft.locale, f"metric.{metric}")
    )


# "same as the campaign", « le nom de la campagne »: the campaign's name is the claim's.
_THE_CAMPAIGNS_NAME = frozenset(
    normalize(words)
    for words in (
        *("same as the campaign", "the campaign name", "the campaign's name", "campaign name"),
        *("same name as the campaign", "use the campaign name", "like the campaign"),
        *("comme la campagne", "le nom de la campagne", "nom de la campagne"),
        *("même nom que la campagne", "pareil que la campagne", "comme le nom de la campagne"),
    )
)


# "same name as the activity", « même nom que l'activité » (seen at stop 58, kept as the
# name): the activity's description when it fits a name, else its type's.
_THE_ACTIVITYS_NAME = frozenset(
    normalize(words)
    for words in (
        *("same as the activity", "the activity name", "the activity's name", "activity name"),
        *("same name as the activity", "use the activity name", "like the activity"),
        *("comme l'activité", "le nom de l'activité", "nom de l'activité"),
        *("même nom que l'activité", "pareil que l'activité", "comme le nom de l'activité"),
    )
)


def _activitys_name(draft: ClaimDraft) -> str | None:
    activity, kind = draft.activity, draft.claim.activity_type
    described = (activity.description or "").strip() if activity is not None else ""
    if described and len(described) <= MAX_CLAIM_NAME_LENGTH:
        return described
    return t(draft.locale, f"activity.{kind}").split(" / ")[0] if kind else None


def _parse_name(draft: ClaimDraft, answer: str) -> str | ReadAs:
    """The claim's short name; a yes, a no or an "I don't know" is none (kept, the claim
    would be called "yes" in its check card and in "my claims"); "same as the campaign" is
    the campaign's; "you choose" gets one offered (the campaign's and the activity type's)."""
    said = normalize(answer[:60]).rstrip(" ?!.")
    campaign = draft.campaign.name if draft.campaign is not None else None
    if said in _THE_CAMPAIGNS_NAME and campaign:
        return ReadAs(campaign[:MAX_CLAIM_NAME_LENGTH])  # said back: not what was typed
    activitys = _activitys_name(draft) if said in _THE_ACTIVITYS_NAME else None
    if activitys:
        return ReadAs(activitys)
    if says_as_last_time(answer):  # each claim its own name, to tell the runs apart
        raise UserInputError("claim_name_as_last_time", value=excerpt(answer))
    if leaves_it_to_me(answer) and campaign:
        kind = draft.claim.activity_type
        label = t(draft.locale, f"activity.{kind}").split(" / ")[0] if kind else None
        offered = (f"{campaign} – {label}" if label else campaign)[:MAX_CLAIM_NAME_LENGTH]
        raise UserInputError(
            "name_offered", value=excerpt(answer), suggestion=offered, answer=offered
        )
    text = named_as(clean_text(answer, max_length=MAX_CLAIM_NAME_LENGTH, field="name"))
    if says_nothing_of_it(text):
        raise UserInputError("claim_name_says_nothing", value=excerpt(text))
    if looks_like_link(text):
        raise UserInputError("claim_name_is_link", value=excerpt(text))  # evidence, later
    return text


def _parse_metric(draft: ClaimDraft, answer: str) -> str:
    """The results, in the partner's words; none given ("skip", "idk", "yes") is left empty
    and the check says what is missing."""
    if says_nothing_of_it(answer):
        return ""
    return clean_text(answer, max_length=MAX_METRIC_LENGTH, field="metric_value")


def _parse_pre_approval(draft: ClaimDraft, answer: str) -> str:
    if says_not_given(answer) or says_unsure(answer):
        return ""
    if says_yes_alone(answer):  # "yes, I have one": the id itself is what is asked
        raise UserInputError("pre_approval_yes")
    # Copied from an e-mail: typographic dashes, quotes or a "#" around it, a full stop.
    typed = answer.strip().translate(_DASHES).strip(_AROUND_AN_ID).rstrip(".,;:!?")
    if len(typed) <= MAX_PRE_APPROVAL_LENGTH and _PRE_APPROVAL.match(typed):
        return typed
    # "pre-approval PA-12345", "it's PA-12345 I think", "PA 12345": the id offered.
    meant = _spaced_id(typed) or _one_id_in(typed)
    if meant is not None:
        raise UserInputError(
            "pre_approval_did_you_mean", value=excerpt(answer), suggestion=meant, answer=meant
        )
    raise UserInputError("pre_approval_invalid")


_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
_AROUND_AN_ID = " #\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u00a0\u202f"
# An id among words: letters, a dash, then letters and digits with a digit among them.
_ID_AMONG_WORDS = re.compile(r"(?<![\w-])[A-Za-z]{1,8}-[A-Za-z0-9._/-]*\d[A-Za-z0-9_-]*")
# "PA 2027 0042": its parts with spaces for dashes.
_SPACED_ID = re.compile(r"[A-Za-z]{1,8}(?: \d[A-Za-z0-9]*)+")
# The longest message searched for an id (a longer one is refused unread).
_MAX_ID_SENTENCE = 120


def _spaced_id(typed: str) -> str | None:
    if len(typed) > MAX_PRE_APPROVAL_LENGTH or not _SPACED_ID.fullmatch(" ".join(typed.split())):
        return None
    return "-".join(typed.split())


def _one_id_in(typed: str) -> str | None:
    """The one id-like word in a sentence; None for none or several (never guessed)."""
    if len(typed) > _MAX_ID_SENTENCE:
        return None
    found = {m.group().rstrip(".-") for m in _ID_AMONG_WORDS.finditer(typed)}
    if len(found) != 1:
        return None
    (meant,) = found
    return meant if len(meant) <= MAX_PRE_APPROVAL_LENGTH else None


def _id_like(reader: Reader) -> Reader:
    """The pre-approval id among several answers: one with a digit ("PA-2026-0042"). Any
    one word fits the id's pattern, so "Radio spots, November" at the name had made
    "November" Microsoft's id; at its own question the id is read as typed."""

    def read(piece: str) -> Any:
        if not any(char.isdigit() for char in piece):
            raise UserInputError("pre_approval_invalid")
        return reader.read(piece)

    return dataclasses.replace(reader, read=read)


# What a claim's fields are called when typed before their value.
_CLAIM_LABELS = {
    "name": label("name", "nom"),
    "execution_date": label("date", "executed on", "held on", "ran on"),
    "amount": label("amount", "montant", "cost", "coût", "cout", "total", "invoice", "facture"),
    "impressions": label("impressions", "reach", "portée", "portee"),
    "attendees": label("attendees", "participants"),
    "pre_approval_id": label("pre-approval", "preapproval", "pré-approbation"),
}
_FREE_TEXT = frozenset({"name", "metric_value"})
# "<name> du 5 octobre", "<name> on 5 October", "<name> le 5 octobre".
_ON_DAY = re.compile(r"\s+(?:du|on|le|of|held on|on the)\s+", re.IGNORECASE)
# "it was in November", « c'était en novembre »: a month in a sentence, at the date's own
# question only (its days are asked); never where a name may hold a month ("Webinar in May").
_IN_MONTH = re.compile(r"\s+(?:in|during|en|pendant|courant)\s+", re.IGNORECASE)
# Days set off from the words before them: "it ran over three days, Nov 10-12", "three-day
# event: Nov 10-12", "we ran it from Nov 10 to 12" (several days: the first one offered).
_SET_OFF = re.compile(r"\s*[,:;]\s+|\s+(?:from|between)\s+", re.IGNORECASE)
# The claim's answers a figure alone may be, in the order offered.
_FIGURES = ("amount", "impressions", "attendees")
# A figure with words of change around it and no answer named: "use 9000 instead", "make it
# 9,000", "actually 9000", "9000", « plutôt 9 000 », « mettre 9 000 € ».
# Words of correction before a value said alone at the check ("make it 9000", "it was the
# 12th", « plutôt 9 000 », « c'était le 12 »), as many as said.
_CORRECTING = (
    r"(?:(?:please|actually|no|oops|sorry|ok|okay|i meant|i mean|it should be|should be|it s"
    r"|it's|it is|it was|make it|use|put|set it to|change it to|plutôt|plutot|mettre|mets"
    r"|mettez|en fait|non|c'est|c'était|c'etait|ce sera|disons|pardon)\s*[,:]?\s+)"
)
_FIGURE_SAID = re.compile(
    rf"{_CORRECTING}*"
    r"(?P<figure>(?:[€$£]|eur|usd|gbp)?\s*\d[\d\s.,'’]*(?:\s*(?:[€$£]|eur|usd|gbp|k))?)"
    r"(?:\s*,?\s*(?:instead|rather|please|plutôt|plutot|à la place|a la place|svp|stp))*[.!]?",
    re.IGNORECASE,
)
# "not 9800.50 but 9500", « ce n'est pas 9 800 mais 9 500 »; "9500 instead of 9800.50",
# « 9 500 et non 9 800 »: a figure replaced, and the one replacing it.
_NOT_BUT = re.compile(
    rf"{_CORRECTING}*(?:ce n[’']est\s+|ce n[’']était\s+)?(?:not|pas|non)\s+"
    r"(?P<old>[^;]*?\d[^;]*?)\s*,?\s+(?:but|mais)\s+(?P<new>[^;]*\d[^;]*?)[.!]?",
    re.IGNORECASE,
)
_BUT_NOT = re.compile(
    rf"(?P<new>[^;]*?\d[^;]*?)\s*(?:,\s*|\s){REPLACING}\s+(?P<old>[^;]*\d[^;]*?)[.!]?",
    re.IGNORECASE,
)
# The words of correction before a day said alone at the check ("it was the 12th", "change
# it to Nov 12", « c'était le 12 novembre »).
_DAY_LEAD_AT_CHECK = re.compile(rf"^{_CORRECTING}+", re.IGNORECASE)
# A sentence's start before the day it names ("we held the event on"), and the longest
# sentence read for one ("it was on Nov 9"; a longer message is one answer, unread).
_MAX_LEAD_WORDS = 6
_MAX_SENTENCE_LENGTH = 80
# "for 9,800 EUR", "pour 9 800 €": the word before an amount after the day.
_AMOUNT_LEAD = re.compile(r"^(?:for|pour|at|a|à|de|of|:|-)\s+(?=[\d€$£])", re.IGNORECASE)
# "800 people reached", "800 personnes touchées": a count and what it counts.
_COUNTED_WORDS = re.compile(r"^(?P<number>[\d\s.,'’]*\d)\s+(?P<words>[^\W\d_][^\d]*)$")


# Results that are a count of the people the activity reached (its guests, attendees).
_COUNTED_METRICS = frozenset({"registered_guests", "estimated_attendees", "attendees"})
_A_FIGURE = re.compile(r"\d[\d\s.,'’]*")


def _metric_words(language: str, metric: str) -> str:
    """The last two words naming a measure ("registered guests", "invites inscrits")."""
    name = t(language, f"metric.{metric}").split("(")[0]
    return " ".join(normalize(name).split()[-2:])


def _is_currency(words: str) -> bool:
    try:
        parse_currency(words.strip())
    except UserInputError:
        return False
    return True


def _parse_impressions(draft: ClaimDraft, answer: str) -> int:
    """People reached: an estimate is what is asked, and the claim needs one ("n/a" is
    answered with where to find a figure; "none" is 0); a figure hedged ("maybe 500",
    "500?") is that estimate."""
    if fold(answer).strip(" .!") not in _NO_ONE and (
        says_not_given(answer) or says_unsure(answer)  # "not sure", "not tracked"
    ):
        raise UserInputError("impressions_not_given", value=excerpt(answer))
    typed = answer.strip()  # "maybe 500" is read by `parse_count` as "about 500"
    if typed.endswith("?") and typed.rstrip(" ?").replace(",", "").replace(" ", "").isdigit():
        typed = typed.rstrip(" ?")  # "500?": that figure, unsure
    return parse_count(typed, draft.locale)


def _parse_attendees(draft: ClaimDraft, answer: str) -> int:
    return parse_count(answer, draft.locale)


def parse_count(text: str, locale: str = "en-US") -> int:
    """A whole number as people type it: `5000`, `5 000`, `5,000`, `5.000`, and counted
    roughly: `about 1,200`, `environ 1200`, `~800` (the questions ask "about how many"),
    `3k`, « 3 mille », `over 3000`, `3,000+` (the number said), `none`, « aucun » (0). A
    range (`3000-4000`) is refused with its low end offered (`count_range`)."""
    typed = text.strip()
    if len(typed) > _MAX_COUNT_LENGTH:  # no count is that long: refused unread
        raise UserInputError("count_invalid", value=excerpt(typed))
    typed, _ = without_estimate(typed)
    _offer_vague_hundreds(typed, locale)  # "a few hundred": as typed, with a figure
    if not any(c.isdigit() for c in typed):
        typed = words_as_digits(typed)  # "five hundred", « trois cents »
    # "3000 (estimated)", "3000 - from LinkedIn": a remark without a figure is left aside.
    typed = split_remark(typed)[0]
    if fold(typed).strip(" .!") in _NO_ONE:
        return 0
    try:
        return _count(typed)
    except UserInputError as error:
        if error.code != "count_invalid":
            raise
        _refuse_count_range(typed, locale)
        _offer_the_one_figure(typed, locale)
        raise


# "a few hundred", "a couple of hundred people", "several thousand", « quelques centaines »,
# « plusieurs milliers » (folded): an estimate with no figure; one is offered (stop 59).
_VAGUE_HUNDREDS = re.compile(
    r"(?P<few>a couple(?: of)?|a few|several|some|quelques|plusieurs)\s+"
    r"(?P<scale>hundreds?|thousands?|centaines|milliers)(?:\s+(?:of\s+)?[^\W\d_]+){0,2}"
)
_VAGUE_MANY = {"a couple": 2, "a couple of": 2}  # the others: 3
_VAGUE_SCALES = {
    **dict.fromkeys(("hundred", "hundreds", "centaines"), 100),
    **dict.fromkeys(("thousand", "thousands", "milliers"), 1000),
}


def _offer_vague_hundreds(typed: str, locale: str) -> None:
    """ "a few hundred", « quelques centaines »: the figure they most likely mean (a couple:
    two; a few, several: three), offered as the words were typed."""
    vague = _VAGUE_HUNDREDS.fullmatch(fold(typed).strip(" .!"))
    if vague is None:
        return
    count = _VAGUE_MANY.get(vague["few"], 3) * _VAGUE_SCALES[vague["scale"]]
    raise UserInputError(
        "count_in_sentence",
        value=typed[:60],
        suggestion=format_count(count, locale),
        answer=str(count),
    )


# A figure as typed: "3000", "3,000", "3 000" (French groups), "2.5k" is none (read above).
_FIGURE_IN_WORDS = re.compile(r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?!\d)|\d[\d,.']*")
_MONEY_MARK = re.compile(r"[€$£]|\b(?:eur|euros?|usd|dollars?|gbp|chf)\b", re.IGNORECASE)


def _offer_the_one_figure(typed: str, locale: str) -> None:
    """ "we had 120 guests", « environ 3000 personnes sont venues »: the sentence's one
    figure, offered (a sentence with two figures, or money, is not guessed at)."""
    figures = _FIGURE_IN_WORDS.findall(typed)
    if len(figures) != 1 or _MONEY_MARK.search(typed):
        return
    try:
        count = _count(figures[0].strip(" ,.'"))
    except UserInputError:
        return
    raise UserInputError(
        "count_in_sentence",
        value=typed[:60],
        suggestion=format_count(count, locale),
        answer=str(count),
    )


def _count(typed: str) -> int:
    at_least = _AT_LEAST.fullmatch(typed)
    if at_least:
        typed = (at_least["after"] or at_least["before"]).strip()
    counted = _COUNTED_WORDS.match(typed)
    if counted:
        words = counted["words"].strip()
        if _is_currency(words):
            raise UserInputError("count_invalid", value=typed[:60])  # money, not people
        scale = _COUNT_SCALE.match(fold(words))  # "3 thousand people": the scale stays
        typed = counted["number"].strip() + (f" {scale['scale']}" if scale else "")
    if typed.startswith("-"):
        raise UserInputError("count_negative")
    scaled = _SCALED_COUNT.fullmatch(fold(typed))
    if scaled and scaled["words"] and _is_currency(scaled["words"]):
        raise UserInputError("count_invalid", value=typed[:60])  # "3k EUR": money
    if scaled:
        value = Decimal(scaled["number"].replace(",", ".")) * _COUNT_SCALES[scaled["scale"]]
        if value != value.to_integral_value():
            raise UserInputError("count_invalid", value=typed[:60])
        return int(value)
    if not _GROUPED_COUNT.fullmatch(typed):
        raise UserInputError("count_invalid", value=typed[:60])
    digits = _COUNT_SEPARATORS.sub("", typed)
    if not digits.isdigit() or len(digits) > 12:
        raise UserInputError("count_invalid", value=typed[:60])
    return int(digits)


def _refuse_count_range(typed: str, locale: str) -> None:
    """ "3000-4000", « entre 3000 et 4000 »: one number is asked; the low end is offered."""
    match = _COUNT_RANGE.fullmatch(typed)
    if match is None:
        return
    try:
        low, high = _count(match["low"]), _count(match["high"])
    except UserInputError:
        return
    scaled = _SCALED_COUNT.fullmatch(fold(match["high"].strip()))
    if scaled and not _SCALED_COUNT.fullmatch(fold(match["low"].strip())):
        # "between 3 and 4k", "3-4 thousand": the scale said once is both ends'.
        factor = _COUNT_SCALES[scaled["scale"]]
        if low * factor <= high:
            low *= factor
    if low < high:
        raise UserInputError(
            "count_range",
            value=typed[:60],
            suggestion=format_count(low, locale),
            answer=str(low),
        )


# "rename it to …", « renommer en … »: the claim's name.
_RENAME_WORDS = frozenset(
    normalize(words)
    for words in (
        *("rename", "rename it", "rename the claim", "rename this claim", "call it"),
        *("renommer", "la renommer", "renommer la réclamation", "l'appeler", "appeler"),
    )
)

# "All that remains" of the activity's planned amount, as partners say it.
_ALL_REMAINING_WORDS = (
    *("all", "all of it", "the full amount", "full amount", "the whole amount", "everything"),
    *("everything that remains", "all that remains", "what remains", "the rest"),
    *("all the rest", "the remaining amount", "remaining amount", "the remainder"),
    *("remaining", "the remaining", "all remaining", "all the remaining", "what's left"),
    *("what is left", "all that's left", "all that is left", "the balance", "the full balance"),
    *("tout", "la totalite", "tout le restant", "le restant", "le reste", "tout le reste"),
    *("le montant restant", "ce qui reste", "tout ce qui reste", "le tout"),
    *("ce qu'il reste", "tout ce qu'il reste", "le solde", "tout le solde", "le reliquat"),
    *("max", "the max", "maximum", "the maximum", "le max", "le maximum", "au maximum"),
    *("as planned", "same as planned", "the planned amount", "planned amount", "what i planned"),
    *("what was planned", "comme prevu", "le montant prevu", "montant prevu", "ce qui etait prevu"),
    *("la même chose que prévu", "pareil que prévu", "ce que j'avais prévu", "le prévu"),
    *("ce que nous avions prévu", "la même chose que le prévu"),
    *("the full planned amount", "full planned amount", "all of the planned amount"),
    *("the whole planned amount", "all the planned amount", "everything planned"),
    *("all that was planned", "everything we planned", "the full plan amount"),
    *("tout le montant prévu", "la totalité du montant prévu", "la totalité du prévu"),
    *("tout le prévu", "tout ce qui était prévu", "tout ce qu'on avait prévu"),
    *("the same as planned", "same as the plan", "the same as the plan", "same as in the plan"),
    *("the amount planned", "amount planned", "what's planned", "what is planned"),
    *("le même montant que prévu", "le même que prévu", "comme dans le plan"),
    *("pareil que le plan", "le montant du plan", "ce qui est prévu"),
)

# The option holding what a claim was started for ("new claim for the seminar").
FOR_WORDS = "for_words"


class ClaimDialog(EvidenceFiles, ClaimFormDialog):
    """Options: `claim_id`, and `edit` (a field name) for one change.

    Files sent at any of its questions are the claim's evidence (`EvidenceFiles`): what
    they are is asked first, then the question again (`return_to` keeps a change asked
    from the check). "back" goes to the step before: the previous question, the check
    for a change asked from it, the evidence menu from the check.
    """

    def __init__(self, services: Services) -> None:
        super().__init__(ClaimDialog.__name__, services)
        self.add_dialog(EvidenceDialog(services))
        self.add_dialog(DeleteClaimDraftDialog(services))
        self.fields = self._fields()

    # -- what comes next ---------------------------------------------------------------------

    async def question_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        """A claim started with its invoice ("new claim" and a file, or the offer made for a
        file sent with no claim open): the file is fetched and read first, as the invoice."""
        options = dict(step.options or {})
        files = options.pop("invoice_files", None)
        if not files:
            return await super().question_step(step)
        draft = await self.load(step.context, options)
        if draft is not None and draft.is_editable:
            try:
                value = await self.take_files(draft, files)
            except UserInputError as error:
                await step.context.send_activity(error_text(draft.locale, error))
            else:
                await self.record_files(step, draft, value, None, EvidenceKind.INVOICE)
        return await step.replace_dialog(self.initial_dialog_id, options)

    async def next_step(
        self, draft: ClaimDraft, options: dict[str, Any]
    ) -> Question | Child | Done:
        claim = draft.claim
        if any(e.sha256 is not None and e.missing_field() for e in claim.evidence):
            # Files sent at a question of the claim: what they are, then that question.
            focus = options.get("evidence_id")
            describe = {"claim_id": claim.id, "describe": True}
            return Child(
                EvidenceDialog.__name__, describe | ({"evidence_id": focus} if focus else {})
            )
        if options.get("edit") == DELETE_DRAFT:
            return Child(DeleteClaimDraftDialog.__name__, {"claim_id": claim.id, "resumable": True})
        if options.get("edit") == ACTIVITY_CHANGE:
            return await self._activity_again(draft)
        if options.get("edit") or options.get("return_to"):
            return await self.question(
                draft, PREFIX + (options.get("edit") or options["return_to"])
            )
        if options.get("fix"):
            # Reopened by "Fix and resubmit": the fields the reviewer pointed at first.
            return await self.question(draft, PREFIX + options["fix"][0])
        missing = claim.missing_field()
        if missing in ("plan_id", "campaign_id", "activity_id"):
            question = await self.question(draft, PREFIX + missing)
            if not question.choices:
                return Done("no_plan", message=t(draft.locale, "claim.no_approved_plan"))
            if len(question.choices) == 1:
                # One possible answer: take it, and say which.
                await self._choose(draft, missing, question.choices[0].value)
                return await self.next_step(draft, options)
            # "new claim for the seminar": the one choice those words name (the claim's
            # first question then says which activity of which campaign it is for).
            words = options.get(FOR_WORDS)
            named = match_choice(words, question.choices) if isinstance(words, str) else None
            if named is not None:
                await self._choose(draft, missing, named.value)
                return await self.next_step(draft, options)
            return question
        if missing == "execution_date" and not_started_text(draft):
            return Done("not_started", message=not_started_text(draft))
        if missing is not None:
            return await self.question(draft, PREFIX + missing)
        if claim.pending_evidence() is not None or not claim.evidence_done:
            evidence = {"claim_id": claim.id}
            if options.get("from_check"):
                evidence["from_check"] = True  # "back" at its menu returns to the check
            return Child(EvidenceDialog.__name__, evidence)
        return await self.question(draft, PREFIX + "review")

    # -- questions ---------------------------------------------------------------------------

    def _fields(self) -> dict[str, Field]:
        kept = {"holder": lambda draft: draft.claim, "display": _shown}
        return field_table(
            Field(
                PREFIX + "plan_id", ask=self._plan_question, act=partial(self._chosen, "plan_id")
            ),
            Field(
                PREFIX + "campaign_id",
                _campaign_text,
                input="choice",
                choices=_campaign_choices,
                act=partial(self._chosen, "campaign_id"),
            ),
            Field(
                PREFIX + "activity_id",
                _activity_text,
                input="choice",
                choices=_activity_choices,
                act=partial(self._chosen, "activity_id"),
            ),
            Field(
                PREFIX + "name",
                ask=self._name_question,
                parse=_parse_name,
                attribute="name",
                **kept,
            ),
            Field(
                PREFIX + "execution_date",
                ask=lambda draft: execution_date_question(
                    draft, PREFIX + "execution_date", self._current(draft, "execution_date")
                ),
                parse=_parse_execution_day,
                attribute="execution_date",
                form_input="date",
                ack=True,
                **kept,
            ),
            Field(
                PREFIX + "amount",
                ask=self._amount_question,
                parse=_parse_claim_amount,
                attribute="amount",
                ack=True,
                after=self._amount_checked,
                **kept,
            ),
            *(
                Field(
                    PREFIX + name,
                    lambda draft, name=name: t(draft.locale, f"question.claim.{name}"),
                    parse=_parse_impressions if name == "impressions" else _parse_attendees,
                    attribute=name,
                    form_input="number",
                    **kept,
                )
                for name in ("impressions", "attendees")
            ),
            Field(
                PREFIX + "pre_approval_id",
                lambda draft: t(
                    draft.locale,
                    "question.claim.pre_approval_id",
                    activity_type=t(draft.locale, f"activity.{draft.claim.activity_type}"),
                ),
                parse=_parse_pre_approval,
                attribute="pre_approval_id",
                after=partial(self._left_empty, "pre_approval"),
                **kept,
            ),
            Field(
                PREFIX + "metric_value",
                _metric_text,
                parse=_parse_metric,
                max_length=MAX_METRIC_LENGTH,
                attribute="metric_value",
                after=partial(self._left_empty, "metric"),
                **kept,
            ),
            Field(
                PREFIX + "review",
                ask=self._review_question,
                act=self._at_check,
            ),
        )

    # -- the claim's card form ---------------------------------------------------------------

    def form_names(self, draft: ClaimDraft) -> tuple[str, ...]:
        """The claim's own fields, once what is claimed is chosen (its activity type says
        which)."""
        claim = draft.claim
        if claim.activity_id is None:
            return ()
        return tuple(
            PREFIX + name
            for name in claim.required_fields()
            if name not in ("plan_id", "campaign_id", "activity_id")
        )

    def form_title(self, draft: ClaimDraft) -> str:
        return t(draft.locale, "form.claim_title", claim_id=draft.claim.id)

    # -- several answers in one message --------------------------------------------------

    def several_readers(self, draft: ClaimDraft) -> list[Reader]:
        """ "webinaire du 5 octobre, 2 400 €, 800 personnes touchées": the claim's own
        fields, once what is claimed is chosen (the plan, campaign and activity)."""
        claim = draft.claim
        if claim.activity_id is None:
            return []
        readers = [
            self.reader(draft, PREFIX + name, _CLAIM_LABELS.get(name), free_text=name in _FREE_TEXT)
            for name in claim.required_fields()
            if name not in ("plan_id", "campaign_id", "activity_id")
        ]
        return [_id_like(r) if r.field == PREFIX + "pre_approval_id" else r for r in readers]

    def read_several(self, draft: ClaimDraft, text: str, asked: str | None) -> Several | None:
        both = self._reach_and_results(draft, text, asked)
        return both if both is not None else super().read_several(draft, text, asked)

    def _reach_and_results(self, draft: ClaimDraft, text: str, asked: str | None) -> Several | None:
        """ "85 registered guests", « 85 invités » where the people reached are asked, for an
        activity whose results are that count (a seminar's guests): the reach and the results
        both, said back together (the results were asked next, as if unsaid). Not where the
        results are given already, nor for a count of anything else ("3000 people")."""
        claim = draft.claim
        if asked != PREFIX + "impressions" or claim.metric_value or len(text) > 80:
            return None
        kind = ACTIVITY_TYPES_BY_KEY.get(claim.activity_type or "")
        if kind is None or kind.metric not in _COUNTED_METRICS:
            return None
        if METRIC_FIELD not in claim.required_fields():
            return None
        named = {
            word
            for language in ("en", "fr")
            for word in _metric_words(language, kind.metric).split()
            if len(word) > 3
        }
        if len(_A_FIGURE.findall(text)) != 1 or not named & set(normalize(text).split()):
            return None
        try:
            reach = self.read_field(draft, asked, text)
            results = self.read_field(draft, PREFIX + METRIC_FIELD, text)
        except UserInputError:
            return None
        return Several(values=((asked, reach), (PREFIX + METRIC_FIELD, results)))

    def several_found(self, draft: ClaimDraft, text: str, asked: str | None = None) -> Found | None:
        """ "<name> du 5 octobre", "<name> on 5 October": the day it ran, within a piece. The
        words before the day are the name only where the name is asked or not yet given;
        elsewhere they start the sentence ("it was on Nov 9") and are no answer."""
        claim = draft.claim
        if claim.activity_id is None:
            return None
        parts = pieces(text)
        values: list[tuple[str, Any]] = []
        for index, piece in enumerate(parts):
            for connector in _ON_DAY.finditer(piece):
                read = _day_leading(draft, piece[connector.end() :])
                if read is None:
                    continue
                day, after = read
                # "… on Nov 10 for 9,800 EUR": what follows the day is a piece of its own.
                lead = piece[: connector.start()]
                if not _lead_is_answer(draft, lead, asked):
                    lead = ""
                parts[index : index + 1] = [p for p in (lead, *_amount_piece(after)) if p]
                values.append((PREFIX + "execution_date", day))
                break
            if values:
                break
        # "85 registered guests": the piece that names the activity's own measure is it.
        metric = ACTIVITY_TYPES_BY_KEY[claim.activity_type].metric
        if metric is not None and METRIC_FIELD in claim.required_fields():
            words = {_metric_words(language, metric) for language in ("en", "fr")}
            for index, piece in enumerate(parts):
                if any(w and w in normalize(piece) for w in words):
                    try:
                        value = self.read_field(draft, PREFIX + METRIC_FIELD, piece)
                    except UserInputError:
                        continue
                    values.append((PREFIX + METRIC_FIELD, value))
                    del parts[index]
                    break
        return Found(rest=", ".join(parts), values=values) if values else None

    def current(self, draft: ClaimDraft, spec: Field) -> str | None:
        return self._current(draft, spec.kept_as) if spec.holder is not None else None

    @staticmethod
    def _current(draft: ClaimDraft, name: str) -> str | None:
        """The claim's answer as its question shows it (a 0 is an answer)."""
        if getattr(draft.claim, name, None) in (None, ""):
            return None
        return claim_value(name, draft.claim, draft.locale)

    async def _plan_question(self, draft: ClaimDraft) -> Question:
        """The tenant's approved plans."""
        locale = draft.locale
        plans = [
            s
            for s in await self.services.plans.list_plans(draft.identity.tenant_id)
            if s.status is PlanStatus.APPROVED
        ]
        choices = [
            Choice(
                s.id,
                f"{s.id} · {t(locale, f'program.{s.program}')} · {s.period}",
                synonyms=(s.id,),
            )
            for s in plans
        ]
        return Question(PREFIX + "plan_id", t(locale, "question.claim.plan_id"), "choice", choices)

    async def _amount_checked(
        self, step: WaterfallStepContext, draft: ClaimDraft, value: Any
    ) -> Next | None:
        """What a reviewer would reject in the amount just kept, said now rather than only at
        the check (it stays kept: the partner may go on and change it later)."""
        findings = await self.findings(draft)
        said = [
            amount_warning(finding, draft.claim, draft.locale)
            for finding in blocking(findings)
            if finding.code in AMOUNT_FINDINGS
        ]
        if said:
            await step.context.send_activity("\n\n".join(said))
        return None

    async def _amount_question(self, draft: ClaimDraft) -> Question:
        """Says what the activity has left of its planned amount."""
        claim, locale = draft.claim, draft.locale
        remaining = await self._remaining_planned(draft)
        shown = format_amount(remaining, claim.currency or "USD", locale)
        text = t(locale, "question.claim.amount", currency=claim.currency, remaining=shown)
        # All that remains, one click away (or in words: "all of it", « tout »); the
        # button's answer is read as a typed amount is.
        choices = (
            [
                Choice(
                    format(remaining, "f"),
                    t(locale, "claim.amount.all_remaining", amount=shown),
                    synonyms=_ALL_REMAINING_WORDS,
                )
            ]
            if remaining > 0
            else []
        )
        current = self._current(draft, "amount")
        return Question(PREFIX + "amount", text, choices=choices, current=current)

    def _name_question(self, draft: ClaimDraft) -> Question:
        current = self._current(draft, "name")
        if current is not None:
            return Question(
                PREFIX + "name", t(draft.locale, "question.claim.name"), current=current
            )
        # First question once the activity is known: say which one it is.
        locale, claim, plan = draft.locale, draft.claim, draft.plan
        context = t(
            locale,
            "claim.context",
            activity_type=t(locale, f"activity.{claim.activity_type}"),
            campaign=display_value("name", draft.campaign.name, plan, locale),
            plan_id=plan.id,
        )
        text = f"{context}\n\n{t(locale, 'question.claim.name')}"
        return Question(PREFIX + "name", text, max_length=MAX_CLAIM_NAME_LENGTH)

    async def _chosen(
        self, name: str, step: WaterfallStepContext, draft: ClaimDraft, value: str
    ) -> None:
        await self._choose(draft, name, value)
        await self.save(step, draft)

    async def _remaining_planned(self, draft: ClaimDraft) -> Decimal:
        """What the activity's planned amount has left beside the tenant's other counted
        claims of it (never below zero), from the claims' index: no claim is read whole, so a
        partner with thousands of claims waits no longer for the amount question."""
        activity = draft.activity
        planned = activity.planned_amount if activity and activity.planned_amount else Decimal(0)
        summaries = await self.services.claims.summaries(draft.identity.tenant_id)
        claimed = claimed_per_activity(summaries, except_id=draft.claim.id)
        used = claimed.get((draft.claim.plan_id, draft.claim.activity_id), Decimal(0))
        return max(planned - used, Decimal(0))

    async def _say_total(self, draft: ClaimDraft) -> None:
        """ "what's the total?" at the check: the claim's amount and what remains planned for
        its activity, said as a refusal that answers the question (the card stays)."""
        claim, locale = draft.claim, draft.locale
        currency = claim.currency or "USD"
        remaining = format_amount(await self._remaining_planned(draft), currency, locale)
        if claim.amount is None:
            raise UserInputError("claim_total_none", claim_id=claim.id, remaining=remaining)
        amount = format_amount(claim.amount, currency, locale)
        raise UserInputError("claim_total", claim_id=claim.id, amount=amount, remaining=remaining)

    async def findings(self, draft: ClaimDraft):
        funds, claims = await self.funds_for(draft)
        return check_claim(draft.claim, draft.plan, funds, claims, draft.today)

    async def _review_question(self, draft: ClaimDraft) -> Question:
        claim, locale = draft.claim, draft.locale
        findings = await self.findings(draft)
        choices: list[Choice] = []
        # Submit is offered only when nothing blocks it, "anyway" only over warnings (typed
        # "submit" is still understood and told what stops it: see `_parse_answer`).
        if not blocking(findings):
            if any(f.severity is Severity.WARNING for f in findings):
                choices.append(
                    Choice(
                        "submit_anyway",
                        t(locale, "claim.review.submit_anyway"),
                        synonyms=SUBMIT_ANYWAY_WORDS,
                    )
                )
            else:
                choices.append(
                    Choice("submit", t(locale, "claim.review.submit"), synonyms=SUBMIT_WORDS)
                )
        for finding in findings:
            if finding.code == "reviewer_claim":
                words = excerpt(finding.params["message"], 60)
                label = t(locale, "claim.review.dealt_with_one", reason=f"“{escape(words)}”")
                addressed = ReviewAction("addressed", str(finding.params["index"]))
                choices.append(Choice(str(addressed), label))
        choices += [
            Choice(
                "add_evidence",
                t(locale, "claim.review.add_evidence"),
                synonyms=(
                    *("add evidence", "ajouter un justificatif", "evidence", "justificatifs"),
                    *("add a link", "add link", "add a file", "add file", "attach a file"),
                    *("ajouter un lien", "ajouter un fichier", "joindre un fichier"),
                    # "add more files", « ajouter un autre fichier »: the evidence list.
                    *("add more files", "add more evidence", "add another file", "add more"),
                    *("attach another file", "attach more files", "add another document"),
                    *("upload another file", "upload another document", "upload more files"),
                    *("add a document", "add documents", "upload a file", "upload a document"),
                    *(
                        "ajouter un autre fichier",
                        "ajouter d'autres fichiers",
                        "ajouter un document",
                    ),
                    *(
                        "joindre un autre fichier",
                        "ajouter des fichiers",
                        "ajouter une pièce jointe",
                    ),
                    *("ajouter d'autres justificatifs", "ajouter un autre justificatif"),
                ),
            ),
            Choice("save", t(locale, "claim.review.save"), synonyms=("save", "enregistrer")),
        ]
        choices += edit_choices(claim, locale)
        kinds = [item.kind for item in claim.evidence]
        for item in claim.evidence:
            label = t(locale, "claim.review.remove_evidence", item=evidence_label(item, locale))
            # "remove the invoice" when it is the one invoice; "delete agenda.pdf" by name.
            words = remove_words(item, unique_kind=kinds.count(item.kind) == 1)
            choices.append(Choice(str(ReviewAction("remove", item.id)), label, synonyms=words))
        choices.append(Choice(DELETE_DRAFT, t(locale, "claim.review.delete_draft")))
        card = claim_review_card(claim, draft.plan, findings, choices, draft.target, locale)
        title = t(locale, "claim.review.title", claim_id=claim.id)
        return Question(PREFIX + "review", title, "review", choices, card=card)

    # -- answers -----------------------------------------------------------------------------

    def _parse_answer(self, draft: ClaimDraft, question: Question, answer: Any) -> Any:
        # "submit" and "submit anyway" are read as said, offered or not (an older card, a
        # typed word): `_submit` says what stops them. Read first, so that "submit" over
        # warnings is never taken for the "Submit anyway" it is part of.
        if question.field == PREFIX + "review" and isinstance(answer, str):
            submitting = submit_said(answer)  # "please submit", « soumets-la » too
            if submitting is not None:
                return submitting
            if puts_submitting_off(answer):
                offer_saving(question, answer)  # "submit after I get the invoice": not now
            if submits_without(answer):
                offer_submit_or_save(question, answer)  # "submit without the photos"
            if asks_what_stops(answer):
                return "explain"  # "what's missing?": what stops it, item by item
            if asked_among(answer, _TOTAL_ASKED):
                return self._say_total(draft)  # awaited by the form: it raises its answer
            refuse_wrong_or_replaced(answer, draft.claim)  # "wrong file": how to take it off
            refuse_said_sent(answer, draft)  # "I sent them already": what has arrived
            answer_evidence_question(answer, self.services.evidence.max_bytes)  # "a CSR?"
            answer_invoice_asked(answer, draft)  # "show me the invoice": what was read
            # "send the photos": those photos, never « send » (a submission).
            named = adds_named(answer, draft.claim.activity_type)
            if named is not None:
                return named
            if adds_a_file(answer):  # "I have another file": its kind is asked
                return "add_evidence"
            # "remove the photos": the one proof of the photos, as its Remove option.
            removed = removal_named(answer, draft.claim)
            if removed is not None:
                return str(ReviewAction("remove", removed.id))
            refuse_said_instead(answer, draft)
            changed = (
                self._change_to(draft, question, answer)
                or self._day_said(draft, question, answer)
                or self._figure_replacing(draft, question, answer)
            )
            if changed is not None:
                return changed
            self._offer_figure(draft, question, answer)  # "use 9000 instead": which answer?
            link = link_typed(answer)
            if link is not None:
                return link
        return super()._parse_answer(draft, question, answer)

    def _change_to(
        self, draft: ClaimDraft, question: Question, answer: str
    ) -> ChangeTo | Changes | None:
        """The change asked with its value, or several in one message ("change the amount to
        9500 and the date to Nov 12"), each read as if sent alone."""
        return changes_asked(answer, partial(self._one_change, draft, question))

    def _one_change(self, draft: ClaimDraft, question: Question, answer: str) -> ChangeTo | None:
        """ "change the amount to 9000", « modifier le montant à 9 000 », "rename it to …",
        "amount: 9000", "the date is Nov 9":
        the field a review's change choice names, and the value after it, read as its
        question reads it (a value it refuses is refused here, the same way, when a verb of
        change asked for it: "the amount is wrong" is no value)."""
        edits = {
            ReviewAction.parse(choice.value).argument: choice
            for choice in question.choices
            if ReviewAction.parse(choice.value).verb == "edit"
        }
        for split in change_to_parts(answer):
            what, value = split.what, split.value
            renamed = normalize(what) in _RENAME_WORDS
            if renamed and "name" in edits:
                name = "name"
            else:
                # "change the amount to …", and the field alone: "amount: 9000".
                named = exact_choice(what, list(edits.values())) or exact_choice(
                    f"change {what}", list(edits.values())
                )
                if named is None:
                    continue
                name = ReviewAction.parse(named.value).argument
            if name in ("name", "metric_value") and not renamed and judged_not_written(split):
                continue  # "the name is fine": a judgement, not the new name
            try:
                return ChangeTo(name, self.read_field(draft, PREFIX + name, value))
            except UserInputError:
                if (renamed or says_change(what)) and not split.after_verb:
                    raise
        return None

    def _day_said(self, draft: ClaimDraft, question: Question, answer: str) -> ChangeTo | None:
        """A day alone at the check ("Nov 12", "it was the 12th", « c'était le 12 novembre »)
        changes the activity's date, the claim's one day, read as its question reads it (a
        day it refuses is refused the same way). A figure alone is `_offer_figure`'s; words
        with no number in them are no day here ("yesterday": a remark, not a change)."""
        if str(ReviewAction.edit("execution_date")) not in {c.value for c in question.choices}:
            return None
        typed = _DAY_LEAD_AT_CHECK.sub("", answer.strip()[:60]).strip()
        if not any(c.isdigit() for c in typed) or _FIGURE_SAID.fullmatch(typed):
            return None
        try:
            return ChangeTo(
                "execution_date", self.read_field(draft, PREFIX + "execution_date", typed)
            )
        except UserInputError as error:
            if error.code == "date_invalid":
                return None  # no day: the check's other readings
            raise

    def _figure_replacing(
        self, draft: ClaimDraft, question: Question, answer: str
    ) -> ChangeTo | None:
        """ "not 9800.50 but 9500", "9500 instead of 9800.50", « pas 9 800 mais 9 500 »: the
        answer of figures whose value is the one replaced, changed to the new one; when none
        has it, the answers the new figure may change are offered (`_offer_figure`)."""
        typed = answer.strip()[:80]
        said = _NOT_BUT.fullmatch(typed) or _BUT_NOT.fullmatch(typed)
        if said is None:
            return None
        offered = {choice.value for choice in question.choices}
        for name in _FIGURES:
            if str(ReviewAction.edit(name)) not in offered:
                continue
            try:
                old = self.read_field(draft, PREFIX + name, said["old"])
                new = self.read_field(draft, PREFIX + name, said["new"])
            except UserInputError:
                continue
            if old == getattr(draft.claim, name):
                return ChangeTo(name, new)
        self._offer_figure(draft, question, said["new"])
        return None

    def _offer_figure(self, draft: ClaimDraft, question: Question, answer: str) -> None:
        """A figure alone at the check ("use 9000 instead", "make it 9000", « plutôt 9 000 »)
        names no answer: refused with the answers of figures that read it (the amount, the
        estimated impressions, the attendees), one button each with the value read, which
        changes that answer when clicked. Returns when the answer is no figure, or none
        reads it."""
        said = _FIGURE_SAID.fullmatch(answer.strip()[:60])
        typed = answer.strip()
        if said is None or (typed.isdigit() and question.numbered and len(typed) <= 2):
            return  # "2": the check's option of that number
        figure, offered = said["figure"].strip(), {choice.value for choice in question.choices}
        locale, options = draft.locale, []
        for name in _FIGURES:
            if str(ReviewAction.edit(name)) not in offered:
                continue  # an answer this claim does not ask
            try:
                value = self.read_field(draft, PREFIX + name, figure)
            except UserInputError:
                continue
            shown = (
                format_amount(value, draft.claim.currency or "USD", locale)
                if isinstance(value, Decimal)
                else format_count(value, locale)
            )
            label = t(locale, f"field.claim.{name}")
            field = label[:1].upper() + label[1:]
            title = t(locale, "claim.figure_option", field=field, value=shown)
            options.append((f"{label}: {figure}", title))
        if options:
            raise UserInputError("figure_which", value=excerpt(answer), options=options)

    async def apply(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> Next | None:
        name = field_name.removeprefix(PREFIX)
        fixed = _fixed(step, name) if name != "review" else None
        # A change asked from the check (its value typed there, or its question answered):
        # what it replaces is kept for "undo" there.
        from_check = draft.claim.evidence_done and (step.options or {}).get("edit") == name
        replaced = _before(draft, [name]) if name in CHANGEABLE and from_check else None
        after = await super().apply(step, draft, field_name, value)
        # An answer ends a question asked again after files sent at it.
        after = (after or fixed or Next()).also(return_to=None)
        return after.also(**{UNDO: replaced}) if replaced is not None else after

    async def _at_check(
        self, step: WaterfallStepContext, draft: ClaimDraft, value: Any
    ) -> Next | None:
        """An answer at the check: a change with its value (or several), a file or link to
        add, or one of its options (any of which ends what "undo" could put back)."""
        if isinstance(value, ChangeTo):
            # Said back with the answer it changed ("✓ Estimated impressions: 3,000"), as
            # several are, then what its question says after a typed answer (an amount a
            # reviewer would refuse).
            after = await self._apply_changes(step, draft, Changes((value,)))
            spec = self.fields[PREFIX + value.target]
            told = await spec.after(step, draft, value.value) if spec.after else None
            return told.also(**after.options) if told is not None else after
        if isinstance(value, Changes):
            return await self._apply_changes(step, draft, value)
        if isinstance(value, (LinkTyped, AddNamed)):
            after = await self._add_at_check(step, draft, value)
        else:
            after = await self._review_action(step, draft, ReviewAction.parse(str(value)))
        after = after or Next()
        return after if UNDO in after.options else after.also(**{UNDO: None})

    async def _undo(self, step: WaterfallStepContext, draft: ClaimDraft) -> Next:
        """ "undo" at the check: what its last change replaced put back (several changes sent
        together are one), said, once; with none, that there is nothing to undo."""
        locale, claim = draft.locale, draft.claim
        replaced = (step.options or {}).get(UNDO)
        if holds_removed(replaced):  # a file taken off at the check: back where it was
            if not await put_back_removed(step, draft, replaced, self.save):
                await step.context.send_activity(t(locale, "claim.nothing_to_undo"))
            return Next(options={UNDO: None})
        if not isinstance(replaced, dict) or not replaced or not set(replaced) <= set(CHANGEABLE):
            await step.context.send_activity(t(locale, "claim.nothing_to_undo"))
            return Next()
        # Read back as the claim keeps them (its own types: an amount, a day, a count).
        values = tuple((PREFIX + name, put_back(claim, name, v)) for name, v in replaced.items())
        if await self.save(step, draft):
            said = self.several_said(draft, Several(values=values))
            await step.context.send_activity(t(locale, "claim.undone") + "\n\n" + said)
        return Next(options={UNDO: None})

    async def _apply_changes(
        self, step: WaterfallStepContext, draft: ClaimDraft, changes: Changes
    ) -> Next | None:
        """Changes asked together at the check: all kept with one save and said back in one
        line, as answers given together are; the check is shown again (what they make a
        reviewer reject is on it)."""
        names = [change.target for change in changes.items]
        replaced = _before(draft, names)  # for "undo": the changes sent together, as one
        answer = Several(values=tuple((PREFIX + c.target, c.value) for c in changes.items))
        await self.apply_several(step, draft, answer)
        fix = (step.options or {}).get("fix")
        after = Next(options={"fix": [f for f in fix if f not in names]}) if fix else Next()
        return after.also(return_to=None, **{UNDO: replaced})

    async def apply_files_aside(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> Next | None:
        after = await super().apply_files_aside(step, draft, field_name, value)
        edit = (step.options or {}).get("edit")
        if edit and edit != DELETE_DRAFT:
            # A change asked from the check: asked again once the files are described.
            return (after or Next()).also(return_to=edit)
        return after

    async def go_back(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str
    ) -> Next | None:
        edit = (step.options or {}).get("edit")
        # Not a change asked from the check: a question asked again after files ends here.
        ended = {} if edit else {"return_to": None}
        changing = edit or (step.options or {}).get("return_to")
        return ((await self._back(step, draft, field_name, changing)) or Next()).also(**ended)

    async def _back(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, changing: Any
    ) -> Next | None:
        name = field_name.removeprefix(PREFIX)
        claim = draft.claim
        if name == "review" and says_undo(step.context.activity.text):
            return await self._undo(step, draft)  # "undo" after a change: not the step before
        if name == "review":
            # The step before the check is the evidence: its menu ("back" there returns here).
            claim.evidence_done = False
            if await self.save(step, draft):
                return Next(options={"from_check": True})
            return None
        after = _fixed(step, name)
        if after is not None:
            return after
        if changing and claim.evidence_done:
            return None  # a change asked from the check: the check again
        previous = previous_field(claim, name)
        if previous is None:
            await step.context.send_activity(
                t(draft.locale, "back.first_claim_question", claim_id=claim.id)
            )
            return None
        return Next(edit=previous)

    async def edit_from_child(
        self, step: WaterfallStepContext, draft: ClaimDraft, name: str
    ) -> Next | None:
        """ "change the date" at the evidence list: that answer's question, then what is still
        missing (the evidence list again)."""
        return Next(edit=name) if name in CHANGEABLE else None

    async def back_from_child(self, step: WaterfallStepContext, draft: ClaimDraft) -> Next | None:
        # "back" at the evidence menu: the claim's last answer (the check, if it came
        # from there, is asked anyway: the evidence is done again).
        last = previous_field(draft.claim, None)
        if not draft.claim.evidence_done and last is not None:
            return Next(edit=last)
        return None

    async def _left_empty(
        self, what: str, step: WaterfallStepContext, draft: ClaimDraft, value: Any
    ) -> None:
        """Results or a pre-approval id the partner does not have: what follows from that."""
        if value != "":
            return
        locale, entry = draft.locale, ACTIVITY_TYPES_BY_KEY[draft.claim.activity_type or ""]
        kind = t(locale, f"activity.{entry.key}")
        metric = t(locale, f"metric.{entry.metric}") if entry.metric else ""
        key = "claim.left_empty.metric" if what == "metric" else "claim.left_empty.pre_approval"
        said = t(locale, key, type=kind, metric=metric)
        await step.context.send_activity(said)

    async def _activity_again(self, draft: ClaimDraft) -> Question:
        """The claim's activity asked again, from the widest choice there is: the approved
        plans (more than one), else the plan's campaigns, else the campaign's activities
        (one alone is shown, to be clicked or left). Once chosen, on where it stands."""
        claim = draft.claim
        plans = await self.question(draft, PREFIX + "plan_id")
        if len(plans.choices) > 1:
            claim.plan_id = claim.campaign_id = claim.activity_id = None
            draft.claim = await self.services.claims.save(claim)
            return plans
        campaigns = await self.question(draft, PREFIX + "campaign_id")
        if len(campaigns.choices) > 1:
            claim.campaign_id = claim.activity_id = None
            draft.claim = await self.services.claims.save(claim)
            return campaigns
        return await self.question(draft, PREFIX + "activity_id")

    async def _choose(self, draft: ClaimDraft, name: str, value: str) -> None:
        """Plan, campaign or activity chosen: what hangs below it is chosen anew."""
        claim = draft.claim
        if name == "plan_id":
            claim.plan_id, claim.campaign_id, claim.activity_id = value, None, None
            draft.plan = await self.services.plans.get_plan(draft.identity.tenant_id, value)
            claim.currency = draft.plan.currency if draft.plan else None
        elif name == "campaign_id":
            claim.campaign_id, claim.activity_id = value, None
        else:
            claim.activity_id = value
            activity = draft.activity
            claim.activity_type = activity.activity_type if activity else None
        draft.claim = await self.services.claims.save(claim)

    async def _add_at_check(
        self, step: WaterfallStepContext, draft: ClaimDraft, adding: LinkTyped | AddNamed
    ) -> Next | None:
        """A link pasted at the check, or evidence named ("add the invoice"): a new item, as
        at the evidence menu; what it shows (or its file) is asked next, then the menu
        ("done" there: the check again)."""
        draft.claim.evidence_done = False
        link = isinstance(adding, LinkTyped)
        named = adding if isinstance(adding, AddNamed) else None
        if not await add_item(step, draft, link=link, named=named):
            return None
        if isinstance(adding, LinkTyped):
            draft.claim.evidence[-1].url = adding.url
        await self.save(step, draft)
        return Next(options={"from_check": True})

    async def _review_action(
        self, step: WaterfallStepContext, draft: ClaimDraft, action: ReviewAction
    ) -> Next | None:
        claim, locale = draft.claim, draft.locale
        verb, rest = action.verb, action.argument
        if verb in ("submit", "submit_anyway"):
            return await self._submit(step, draft, anyway=verb == "submit_anyway")
        if verb == "save":
            await step.context.send_activity(t(locale, "claim.saved", claim_id=claim.id))
            return Next(end="saved")
        if verb == "explain":
            await step.context.send_activity(await self._what_stops(draft))
            return None
        if verb == "edit" and rest in CHANGEABLE:
            return Next(edit=rest)
        if verb == DELETE_DRAFT:
            return Next(edit=DELETE_DRAFT)  # asked to confirm, then gone or back here
        if verb == "add_evidence":
            claim.evidence_done = False
            # "add a link" typed: straight to the link's question (or the file's).
            adding = adds_what(step.context.activity.text)
            if adding is not None and not await add_item(step, draft, link=adding == "link"):
                return None
            await self.save(step, draft)
            return Next(options={"from_check": True})
        if verb == "addressed" and action.number is not None:
            # A reason about the whole claim: the partner says they dealt with it.
            reasons = claim.reviewer_reasons
            index = action.number
            if index < len(reasons) and reasons[index].target == "claim":
                reasons[index].confirmed_at = utc_now()
                await self.save(step, draft)
        elif verb == "remove":
            item = claim.evidence_item(rest)
            if item is None:
                return None
            removed = removed_for_undo(claim, item)  # "undo" puts it back
            if claim.remove_evidence(rest) and await self.save(step, draft):
                label = evidence_label(item, locale)
                await step.context.send_activity(t(locale, "ack.removed", item=label))
                return Next(options={UNDO: removed})
        return None

    async def _what_stops(self, draft: ClaimDraft) -> str:
        """What stops the claim being submitted, item by item with its fix (the warnings a
        reviewer may question, when nothing does)."""
        claim, locale = draft.claim, draft.locale
        findings = await self.findings(draft)
        stopping = blocking(findings)
        warned = [f for f in findings if f.severity is Severity.WARNING]
        if stopping:
            lines = findings_lines(stopping, claim, locale)
            return "\n\n".join([t(locale, "claim.check.what_stops", claim_id=claim.id), *lines])
        if warned:
            lines = findings_lines(warned, claim, locale)
            return "\n\n".join([t(locale, "claim.check.only_warnings", claim_id=claim.id), *lines])
        return t(locale, "claim.check.nothing_stops", claim_id=claim.id)

    async def _submit(
        self, step: WaterfallStepContext, draft: ClaimDraft, *, anyway: bool
    ) -> Next | None:
        claim, locale, identity = draft.claim, draft.locale, draft.identity
        findings = await self.findings(draft)
        if blocking(findings):
            await step.context.send_activity(t(locale, "claim.submit.blocked", claim_id=claim.id))
            return None
        if any(f.severity is Severity.WARNING for f in findings) and not anyway:
            await step.context.send_activity(t(locale, "claim.submit.confirm_warnings"))
            return None
        refusal = await self.refusal_unless_submitter(
            draft, claim.tenant_id, "claim.submit.not_allowed"
        )
        if refusal is not None:
            await step.context.send_activity(refusal)
            return None
        claim.warnings_accepted = anyway and any(f.severity is Severity.WARNING for f in findings)
        claim.move_to(ClaimStatus.SUBMITTED, actor=identity.user_id)
        if not await self.save(step, draft):
            return None
        await self.send_receipt(step, draft, claim.id, claim_receipt(draft.claim, locale))
        return Next(end="submitted")


def _before(draft: ClaimDraft, names: list[str]) -> dict[str, Any]:
    """The claim's answers `names` as they are now, for "undo" (JSON values)."""
    return {name: kept_now(draft.claim, name) for name in names}


def _fixed(step: WaterfallStepContext, name: str) -> Next | None:
    """Opened by "Fix and resubmit": `name` answered (or passed by "back") is off the list
    of fields the reviewer pointed at; None when it was not on it."""
    fix = (step.options or {}).get("fix")
    if not fix or name not in fix:
        return None
    return Next(options={"fix": [f for f in fix if f != name]})


def previous_field(claim: Claim, name: str | None) -> str | None:
    """The claim's question asked before `name` (None: its last one), if there is one."""
    fields = [f for f in claim.required_fields() if f in CHANGEABLE]
    if name is None:
        return fields[-1] if fields else None
    position = fields.index(name) if name in fields else 0
    return fields[position - 1] if position > 0 else None


# What a reviewer's reason may point at, beyond the claim's own fields.
_EVIDENCE_WORDS = frozenset({"invoice", "csr", "evidence", "proof", "file", "document", "url"})


def items_at_fault(claim: Claim) -> list[str]:
    """The items the latest decision pointed at (field names, evidence ids or words)."""
    for entry in reversed(claim.history):
        if entry.event == "status" and getattr(entry, "item_ids", None):
            return list(entry.item_ids)
    return []


def _touches_evidence(faults: list[str], claim: Claim) -> bool:
    ids = {e.id for e in claim.evidence}
    return any(
        f in _EVIDENCE_WORDS or f in ids or f in EVIDENCE_REQUIREMENTS or f == "invoice_or_csr"
        for f in faults
    )


def reopen_for(claim: Claim, faults: list[str]) -> Claim:
    """Open the evidence checklist again when the reviewer faulted evidence (or said nothing)."""
    claim.keep_reasons_from_history()
    if not faults or _touches_evidence(faults, claim):
        claim.evidence_done = False
    return claim


def copy_claim(rejected: Claim, draft: Claim, faults: list[str]) -> Claim:
    """A new draft with everything the rejected claim held, to fix and resubmit; the
    reviewer's reasons come along, open until the copy answers them."""
    rejected.keep_reasons_from_history()
    kept = rejected.model_dump(
        include={
            "plan_id", "campaign_id", "activity_id", "activity_type", "name", "execution_date",
            "amount", "currency", "impressions", "pre_approval_id", "metric_value", "attendees",
            "evidence", "next_item_number", "reviewer_reasons",
        }
    )  # fmt: skip
    copy = Claim.model_validate({**draft.model_dump(), **kept})
    copy.evidence_done = True
    copy.record(draft.owner_id, "copied", note=f"resubmission of {rejected.id}")
    return reopen_for(copy, faults)
