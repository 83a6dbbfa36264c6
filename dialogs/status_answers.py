"""Answers to "where is my claim / plan?", from storage, scoped to the asker's tenant.

For one item: its status, since when, the reviewer's reasons if any, the next
step; a claim under review for more than 2 business days gets a note that
support can be contacted (DOMAIN.md). An id of another tenant reads exactly like
an unknown id.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dialogs.identity import Identity
from dialogs.recognizer import DRAFT, SENT_BACK, StatusQuestion, normalize
from dialogs.services import Services
from domain.claim import Claim
from domain.claim_rules import claimed_per_activity
from domain.dates import DaysAsked, FiscalHalf, days_asked, format_date
from domain.errors import UserInputError
from domain.evidence import still_needed
from domain.findings import blocking
from domain.funds import claiming_window, period_closing
from domain.lifecycle import CLAIMS_SENT_BACK, ClaimStatus, PlanStatus
from domain.money import format_amount
from domain.plan import Plan
from domain.plan_rules import check_plan
from domain.reviewer_reasons import ReviewerReason
from views.cards import escape
from views.claim_cards import format_count
from views.display import claim_named, claim_status_label, status_label
from views.invoice_words import invoices_read
from views.notice_cards import fix_deadline_text, reason_text
from views.strings import t

# "my submitted claims", « mes plans soumis »: what the partner sent, whatever its review
# has reached since (a claim is "Submitted" only until a reviewer opens it).
SENT = ClaimStatus.SUBMITTED.value


def _has_status(status: str, wanted: str) -> bool:
    if wanted == SENT:
        return status not in (ClaimStatus.EDITING.value, PlanStatus.EDITING.value)
    if wanted == SENT_BACK:
        return status in {sent_back.value for sent_back in CLAIMS_SENT_BACK}
    return status == wanted


REVIEW_TARGET_BUSINESS_DAYS = 2
# An approved claim is paid within this many business days of its approval (DOMAIN.md).
PAYMENT_BUSINESS_DAYS = 45
MAX_LISTED = 8


def business_days_between(start: date, end: date) -> int:
    """Weekdays after `start` up to and including `end`."""
    days, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days += 1
    return days


def business_days_after(start: date, days: int) -> date:
    """The day that is `days` weekdays after `start`."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _last_change(item: Claim | Plan):
    changes = [h for h in item.history if h.event in ("status", "created")]
    return changes[-1] if changes else None


def claim_status_text(
    claim: Claim,
    locale: str,
    today: date,
    editing: str | None = None,
    fixed_as: Claim | None = None,
    closing: tuple[str, date] | None = None,
) -> str:
    """Where `claim` stands and what comes next. `editing`: the claim the partner is filling
    in now (not sent to it again); `fixed_as`: the copy that fixes a rejected claim;
    `closing`: its plan's period and the last day its claims are taken (a claim sent back
    says until when it can be fixed)."""
    change = _last_change(claim)
    since = format_date(change.at.date(), locale) if change else "—"
    lines = [
        t(locale, f"status_line.claim.{claim.status.value}", claim_id=claim.id,
          name=claim_named(claim.name, claim.activity_type, locale), since=since)
    ]  # fmt: skip
    if claim.status in (ClaimStatus.REJECTED, ClaimStatus.ACTION_REQUIRED):
        reasons = _reasons_of_last_decision(claim, change, locale)
        if reasons:
            lines.append(t(locale, "status.reasons", reasons="; ".join(reasons)))
        lines += invoices_read(claim, _pointed_at(claim), locale)
    due = _payment_due(claim, change)
    if due is not None and today > due:  # approved, past its 45 business days: late
        lines.append(t(locale, "status.next.payment_late", paid_by=format_date(due, locale),
                       claim_id=claim.id))  # fmt: skip
    else:
        lines.append(_next_step(claim, locale, editing, fixed_as))
        if fixed_as is None and claim.id != editing:
            deadline = fix_deadline_text(claim.status.value, closing, today, locale)
            lines += [deadline] if deadline else []
    if (
        claim.status is ClaimStatus.UNDER_REVIEW
        and change is not None
        and business_days_between(change.at.date(), today) > REVIEW_TARGET_BUSINESS_DAYS
    ):
        lines.append(t(locale, "status.escalate"))
    return " ".join(lines)


def _payment_due(claim: Claim, change: Any) -> date | None:
    """The day an approved claim is paid by (45 business days after its approval)."""
    if claim.status is not ClaimStatus.APPROVED or change is None:
        return None
    return business_days_after(change.at.date(), PAYMENT_BUSINESS_DAYS)


def _reasons_of_last_decision(claim: Claim, change: Any, locale: str) -> list[str]:
    """The last decision's reasons as the partner reads them: a known code in their language,
    the reviewer's own words quoted and labelled (escaped)."""
    kept = latest_reasons(claim)
    if kept:
        return [reason_text(reason.code, reason.message.rstrip(". "), locale) for reason in kept]
    # Decided before reasons were kept on the claim: the history has the words only.
    words = getattr(change, "reasons", None) if change else None
    return [reason_text(None, text.rstrip(". "), locale) for text in words or []]


def reasons_said(claim: Claim, locale: str) -> str:
    """The last decision's reasons, as the status answer says them ("" when none is kept)."""
    return "; ".join(_reasons_of_last_decision(claim, None, locale))


def latest_reasons(claim: Claim) -> list[ReviewerReason]:
    """The reasons of the last decision kept on the claim."""
    kept = claim.reviewer_reasons
    if not kept:
        return []
    latest = max(reason.decided_at for reason in kept)
    return [reason for reason in kept if reason.decided_at == latest]


def _pointed_at(claim: Claim) -> set[str]:
    """The evidence ids and item codes the last decision's reasons point at."""
    pointed: set[str] = set()
    for reason in latest_reasons(claim):
        pointed.update(reason.evidence_ids)
        pointed.update([reason.item] if reason.item else [])
    return pointed


def _next_step(claim: Claim, locale: str, editing: str | None, fixed_as: Claim | None) -> str:
    if claim.id == editing:
        return " ".join([*_left_in_claim(claim, locale), t(locale, "status.next.editing_now")])
    if claim.status is ClaimStatus.REJECTED and fixed_as is not None:
        # One fix per rejection: the copy is named, never a second fix invited.
        if fixed_as.id == editing:
            return t(locale, "status.fixed_as_now", copy_id=fixed_as.id)
        if fixed_as.is_editable:
            return t(locale, "status.fixed_as_draft", copy_id=fixed_as.id)
        status = claim_status_label(fixed_as.status.value, locale)
        return t(locale, "status.fixed_as", copy_id=fixed_as.id, status=status)
    if claim.status is ClaimStatus.EDITING:
        left = _left_in_claim(claim, locale)
        if not left:
            return t(locale, "status.next.ready", claim_id=claim.id)
        return " ".join([*left, t(locale, "status.next.Editing", claim_id=claim.id)])
    return t(locale, f"status.next.{claim.status.value}", claim_id=claim.id)


def _left_in_claim(claim: Claim, locale: str) -> list[str]:
    """What a claim draft still needs, answers then evidence, with the labels its form and
    check card use (none once everything is in: its check comes next)."""
    fields = [t(locale, f"field.claim.{name}") for name in claim.unanswered_fields()]
    needed = still_needed(claim.activity_type, claim.evidence)
    unfinished = [
        escape(item.file_name or item.url or item.id)
        for item in claim.evidence
        if item.missing_field() not in (None, "reading")  # the offer to read is no need
    ]
    left = []
    if fields:
        left.append(t(locale, "status.left.answers", fields=", ".join(fields)))
    if needed:
        requirements = ", ".join(t(locale, f"requirement.{need}") for need in needed)
        left.append(t(locale, "status.left.evidence", requirements=requirements))
    if unfinished:
        left.append(t(locale, "status.left.unfinished", files=", ".join(unfinished)))
    return left


async def _fix_of(services: Services, claim: Claim) -> Claim | None:
    """The copy a Fix and resubmit made of a rejected claim, if any."""
    if claim.status is not ClaimStatus.REJECTED:
        return None
    copy_id = await services.claims.made_from(claim.tenant_id, claim.id, "fix")
    return await services.claims.get(claim.tenant_id, copy_id) if copy_id else None


def plan_status_text(plan: Plan, locale: str, today: date, editing: str | None = None) -> str:
    change = _last_change(plan)
    since = format_date(change.at.date(), locale) if change else "—"
    line = t(locale, f"status_line.plan.{plan.status.value}", plan_id=plan.id, since=since)
    if change is not None and change.note and plan.status.value in ("Rejected", "Action required"):
        line += " " + t(locale, "status.reasons", reasons=escape(change.note.rstrip(". ")))
    if plan.id == editing:
        left = _left_in_plan_now(plan, locale, today)
        line += " " + " ".join([*left, t(locale, "status.next.plan_editing_now")])
    elif plan.status is PlanStatus.EDITING:
        line += " " + _left_in_plan(plan, locale, today)
    return line


def _left_in_plan(plan: Plan, locale: str, today: date) -> str:
    """What a plan draft still needs, as its form goes (its next question, a first
    campaign, what its review would block on), and how to go on."""
    go_on = t(locale, "status.next.plan", plan_id=plan.id)
    missing = plan.missing_field()
    if missing is not None:
        left = t(locale, "status.left.plan_question", field=t(locale, f"field.{missing}"))
    elif not plan.campaigns:
        left = t(locale, "status.left.no_campaign")
    elif problems := blocking(check_plan(plan, today, for_submission=True)):
        left = t(locale, "status.left.plan_problems", count=len(problems))
    else:
        return t(locale, "status.next.plan_ready", plan_id=plan.id)
    return f"{left} {go_on}"


def _left_in_plan_now(plan: Plan, locale: str, today: date) -> list[str]:
    """What the plan being filled in still needs: every answer not given yet, the plan's
    own, then each campaign's and each activity's by name and number ("activity 1 of
    Spring push: description, countries"); with every answer in, a first campaign or what
    its review would block on."""
    own = ", ".join(t(locale, f"field.{name}") for name in plan.missing_fields())
    parts = [own] if own else []
    for number, campaign in enumerate(plan.campaigns, start=1):
        name = escape(campaign.name) if campaign.name else None
        named = name or t(locale, "status.left.campaign_numbered", number=number)
        if missing := campaign.missing_fields():
            fields = ", ".join(t(locale, f"field.{field}") for field in missing)
            parts.append(t(locale, "status.left.of", holder=named, fields=fields))
        for order, activity in enumerate(campaign.activities, start=1):
            if missing := activity.missing_fields():
                holder = t(locale, "status.left.activity_of", number=order, campaign=named)
                fields = ", ".join(t(locale, f"field.{field}") for field in missing)
                parts.append(t(locale, "status.left.of", holder=holder, fields=fields))
    left = [t(locale, "status.left.answers", fields="; ".join(parts))] if parts else []
    if not plan.campaigns:
        left.append(t(locale, "status.left.no_campaign"))
    elif not parts and (problems := blocking(check_plan(plan, today, for_submission=True))):
        left.append(t(locale, "status.left.plan_problems", count=len(problems)))
    elif not parts and plan.campaigns_done:
        left.append(t(locale, "status.left.plan_all_in_review"))  # at its review
    elif not parts:
        left.append(t(locale, "status.left.plan_all_in_now"))
    return left


# "show more" after a status answer: its next claims, this many at a time (the first answer
# lists `MAX_LISTED`); the question and where its list stopped are kept in the asker's
# profile under this key (None: no status list goes on).
STATUS_PAGE = 25
STATUS_SHOWN = "status_shown"


@dataclass
class _Stopped:
    """Where an answer's list of claims stopped, for "show more" (None: it goes on no
    more)."""

    at: int | None = None


async def answer_status(
    services: Services,
    identity: Identity,
    question: StatusQuestion,
    editing: str | None = None,
    *,
    start: int = 0,
    during: str | None = None,
) -> str:
    """The whole answer, in the asker's language. `editing`: the claim or plan being filled
    in, when the question comes in the middle of it (its question is asked again right
    after). `start`: "show more" asked, the claims of the answer from there (no plans).
    Where its list of claims stopped is kept for the next "show more" (a write only when
    that changes), with `during`: the question open when it was shown, if one was (there,
    "show more" goes on with it rather than answering the question)."""
    stopped = _Stopped()
    answer = await _answer_status(services, identity, question, editing, start, stopped)
    kept = None
    if stopped.at:
        kept = {"question": _kept(question), "shown_to": stopped.at, "during": during}
    await services.profiles.update(identity.tenant_id, identity.user_id, **{STATUS_SHOWN: kept})
    return answer


def _kept(question: StatusQuestion) -> dict[str, Any]:
    return {
        "kind": question.kind,
        "status": question.status,
        "named": list(question.named),
        "surely_named": question.surely_named,
        "ran_in": question.ran_in,
        "sent_in": question.sent_in,
    }


def status_going_on(
    profile: dict[str, Any], during: str | None = None
) -> tuple[StatusQuestion, int] | None:
    """The status question whose claims "show more" goes on with, and from where; None when
    no status list goes on (as kept by `answer_status`). `during`: only a list shown while
    that question was open."""
    kept = profile.get(STATUS_SHOWN)
    if not isinstance(kept, dict) or not isinstance(kept.get("question"), dict):
        return None
    if during is not None and kept.get("during") != during:
        return None
    asked, shown_to = kept["question"], kept.get("shown_to")
    texts = ("status", "ran_in", "sent_in")
    named = asked.get("named")
    if (
        not isinstance(shown_to, int)
        or shown_to <= 0
        or asked.get("kind") not in ("claim", "any")
        or any(not isinstance(asked.get(name), (str, type(None))) for name in texts)
        or not isinstance(named, list)
        or not all(isinstance(word, str) for word in named)
    ):
        return None
    question = StatusQuestion(
        asked["kind"],
        status=asked.get("status"),
        named=tuple(named),
        surely_named=asked.get("surely_named") is True,
        ran_in=asked.get("ran_in"),
        sent_in=asked.get("sent_in"),
    )
    return question, shown_to


async def _answer_status(
    services: Services,
    identity: Identity,
    question: StatusQuestion,
    editing: str | None,
    start: int,
    stopped: _Stopped,
) -> str:
    locale, tenant_id, today = identity.locale, identity.tenant_id, services.today()

    closings: dict[str, tuple[str, date] | None] = {}  # by plan id: one read a plan

    async def closing_of(claim: Claim) -> tuple[str, date] | None:
        if claim.status not in CLAIMS_SENT_BACK or not claim.plan_id:
            return None
        if claim.plan_id not in closings:
            plan = await services.plans.get_plan(tenant_id, claim.plan_id)
            closings[claim.plan_id] = period_closing(plan.period) if plan is not None else None
        return closings[claim.plan_id]

    async def claim_text(claim: Claim) -> str:
        fixed_as = await _fix_of(services, claim)
        closing = await closing_of(claim)
        return claim_status_text(claim, locale, today, editing, fixed_as, closing)

    if question.item_id and question.item_id.startswith("CLM-"):
        claim = await services.claims.get(tenant_id, question.item_id)
        if claim is None:
            return t(locale, "status.unknown_id", item_id=question.item_id)
        return await claim_text(claim)
    if question.item_id:
        plan = await services.plans.get_plan(tenant_id, question.item_id)
        if plan is None:
            return t(locale, "status.unknown_id", item_id=question.item_id)
        return plan_status_text(plan, locale, today, editing)
    lines: list[str] = []
    more: list[str] = []  # what the answer leaves out, counted
    preface: list[str] = []  # "None of your claims is named …"
    title = t(locale, "status.title")
    ran_in = days_asked(question.ran_in, today) if question.ran_in else None
    sent_in = days_asked(question.sent_in, today) if question.sent_in else None
    if question.kind in ("claim", "any"):
        summaries = [
            s for s in await services.claims.summaries(tenant_id) if s.owner_id == identity.user_id
        ]
        if ran_in is not None and not summaries:  # "claims from November" with none yet
            return t(locale, "claims.none")
        if ran_in is not None:  # "claims from November": those of activities run then
            when = ran_in.said(locale)
            summaries = [s for s in summaries if _ran_within(s.execution_date, ran_in)]
            if not summaries:
                return t(locale, "status.none_ran_in", when=when)
            title = t(locale, "status.title_ran_in", when=when)
        if sent_in is not None:  # "what did I submit last week?": those sent then
            when = sent_in.when_said(locale)
            days = await services.claims.days_sent(tenant_id, summaries)
            summaries = [s for s in summaries if _within(days.get(s.id), sent_in)]
            if not summaries:
                return t(locale, "status.none_sent_in", when=when)
            title = t(locale, "status.title_sent_in", when=when)
        named = []
        if question.named:  # thousands of names are looked at off the event loop
            named = await asyncio.to_thread(_named_so, summaries, question.named)
        if named:  # "what happened to the workshop?": those claims only (no plans listed)
            summaries, question = named, StatusQuestion("claim")
        elif question.named and question.surely_named and summaries:
            words = escape(" ".join(question.named))
            preface.append(t(locale, "status.no_claim_named", words=words))
        if question.status:
            summaries = [s for s in summaries if _has_status(s.status.value, question.status)]
            if not summaries and ran_in is not None:
                status = claim_status_label(question.status, locale)
                return t(locale, "status.none_ran_in_status", status=status, when=when)
            if not summaries and question.kind == "claim":
                if question.status == SENT:
                    return t(locale, "status.none_sent")
                if question.status == SENT_BACK:
                    return t(locale, "fix.nothing_waiting")
                return t(
                    locale,
                    "status.filtered_none",
                    status=claim_status_label(question.status, locale),
                )
        if start and start >= len(summaries):  # "show more" past its end: said, once
            return t(locale, "status.no_more", count=format_count(len(summaries), locale))
        end = start + (STATUS_PAGE if start else MAX_LISTED)
        listed = [s.id for s in summaries[start:end]]
        lines += [
            "- " + await claim_text(c) for c in await services.claims.get_many(tenant_id, listed)
        ]
        filtered = question.status or ran_in is not None or sent_in is not None
        key = "status.more_claims_filtered" if filtered else "status.more_claims"
        more += more_line(key, summaries[end:], claim_status_label, locale)
        last, count = min(end, len(summaries)), len(summaries)
        if summaries[end:] or start:  # a list that goes on, or went on: where it stopped
            stopped.at = last
        if summaries[end:]:
            more.append(t(locale, "claims.more_hint"))
        if start:
            title = t(
                locale, "status.title_page", title=title, first=start + 1, last=last, count=count
            )
    if question.kind in ("plan", "any") and not start:
        summaries = [
            s for s in await services.plans.list_plans(tenant_id) if s.owner_id == identity.user_id
        ]
        if question.status:  # "any approved plans?"; "my drafts": the plans' too
            summaries = [s for s in summaries if _has_status(s.status.value, question.status)]
            if not summaries and question.kind == "plan":
                if question.status == SENT:
                    return t(locale, "status.none_sent_plans")
                return t(
                    locale,
                    "status.filtered_none_plans",
                    status=status_label(question.status, locale),
                )
        if question.named:  # "status of my Spring push plan": the plans named so
            named_plans = await _plans_named(services, tenant_id, summaries, question.named)
            summaries = named_plans or summaries
        plans = await services.plans.get_many(tenant_id, [s.id for s in summaries[:MAX_LISTED]])
        lines += ["- " + plan_status_text(p, locale, today, editing) for p in plans]
        more += more_line("status.more_plans", summaries[MAX_LISTED:], status_label, locale)
    if not lines and question.kind == "any" and question.status == DRAFT:
        return t(locale, "status.no_drafts")
    if not lines and question.kind == "any" and question.status == SENT:
        return t(locale, "status.none_sent")
    if not lines and question.kind == "any" and question.status:
        return t(locale, "status.filtered_none", status=claim_status_label(question.status, locale))
    if not lines:
        return t(
            locale,
            {"claim": "claims.none", "plan": "plans.none"}.get(question.kind, "status.none_found"),
        )
    return "\n\n".join([*preface, f"**{title}**", "\n".join(lines), *more])


def _within(day: date | None, days: DaysAsked) -> bool:
    return day is not None and days.first <= day <= days.last


def _ran_within(execution_date: str | None, days: DaysAsked) -> bool:
    """Whether a claim's activity (its day, ISO as its index keeps it) ran in `days`."""
    return execution_date is not None and (
        days.first.isoformat() <= execution_date[:10] <= days.last.isoformat()
    )


# The most plans read to find those a status question names by their campaigns (a partner
# has one plan per program, fund and half: a few a year).
MAX_PLANS_READ = 100


async def _plans_named(
    services: Services, tenant_id: str, summaries: list[Any], words: tuple[str, ...]
) -> list[Any]:
    """The summaries of the plans whose campaigns' names, period or program hold each of
    `words` (as claims' names are matched); none when no plan is named so."""
    read = await services.plans.get_many(tenant_id, [s.id for s in summaries[:MAX_PLANS_READ]])
    named_by = {
        plan.id: " ".join(
            [*(c.name or "" for c in plan.campaigns), plan.period or "", _words(plan.program)]
        )
        for plan in read
    }
    labelled = [_Named(s, named_by.get(s.id, "")) for s in summaries[:MAX_PLANS_READ]]
    return [found.summary for found in _named_so(labelled, words)]


def _words(key: str | None) -> str:
    """A catalog key as words ("csp_indirect_reseller": "csp indirect reseller")."""
    return (key or "").replace("_", " ")


@dataclass(frozen=True)
class _Named:
    """A plan's summary with what names it, as `_named_so` reads a claim's (`name`)."""

    summary: Any
    name: str


def _named_so(summaries: list[Any], words: tuple[str, ...]) -> list[Any]:
    """The claims among `summaries` whose name has each of `words`, each whole, as a plural
    or as the start of a longer word of four letters or more ("webinars", "work" →
    "Workshop"). A name is folded once (`_folded_name`), and a name without each word's
    letters somewhere in it is passed over before its words are looked at."""
    wanted = [(word, word.rstrip("s")) for word in (normalize(w) for w in words) if word]

    def has(word: str, bare: str, name_words: list[str]) -> bool:
        return any(
            word == it or bare == it.rstrip("s") or (len(word) > 3 and it.startswith(word))
            for it in name_words
        )

    found = []
    for summary in summaries:
        name = _folded_name(summary.name or "")
        if all(bare in name for _, bare in wanted):
            name_words = name.split()
            if all(has(word, bare, name_words) for word, bare in wanted):
                found.append(summary)
    return found


@functools.lru_cache(maxsize=16_384)
def _folded_name(name: str) -> str:
    return normalize(name)


async def answer_payment(services: Services, identity: Identity, editing: str | None = None) -> str:
    """Who pays a claim, when and where; then the asker's approved claims, each with the
    day it is paid by (the latest approved first), and what they come to; then their paid
    claims and what those came to ("how much have I been paid?", stop 60); or, none
    approved nor paid yet, where their claims stand (`editing`: the claim being filled in,
    as `answer_status` reads it)."""
    locale = identity.locale
    mine = [
        s
        for s in await services.claims.summaries(identity.tenant_id)
        if s.owner_id == identity.user_id
    ]
    if not mine:  # "You have no claims yet", once
        return "\n\n".join([t(locale, "payment"), t(locale, "claims.none")])
    approved = _latest_first(mine, ClaimStatus.APPROVED)
    paid = _latest_first(mine, ClaimStatus.PAID)
    if not approved and not paid:  # where the asker's claims stand instead
        standing = await answer_status(services, identity, StatusQuestion("claim"), editing)
        return "\n\n".join([t(locale, "payment"), t(locale, "payment.none"), standing])
    parts = [t(locale, "payment")]
    today = services.today()
    if approved:
        lines = []
        for claim in await services.claims.get_many(
            identity.tenant_id, [s.id for s in approved[:MAX_LISTED]]
        ):
            change = _last_change(claim)
            approved_on = change.at.date() if change else today
            paid_by = business_days_after(approved_on, PAYMENT_BUSINESS_DAYS)
            lines.append(
                t(
                    locale,
                    # Past its 45 business days: late, and whom to ask (DOMAIN.md).
                    "payment.line_late" if today > paid_by else "payment.line",
                    claim_id=claim.id,
                    name=claim_named(claim.name, claim.activity_type, locale),
                    amount=format_amount(claim.amount or Decimal(0), claim.currency or "", locale),
                    approved_on=format_date(approved_on, locale),
                    paid_by=format_date(paid_by, locale),
                )
            )
        more = more_line("status.more_claims", approved[MAX_LISTED:], claim_status_label, locale)
        parts += [f"**{t(locale, 'payment.approved')}**", "\n".join(lines), *more]
        parts += _total_line(approved, locale)
    else:
        parts.append(t(locale, "payment.none"))
    if paid:
        lines = []
        for claim in await services.claims.get_many(
            identity.tenant_id, [s.id for s in paid[:MAX_LISTED]]
        ):
            change = _last_change(claim)
            lines.append(
                t(
                    locale,
                    "payment.paid_line",
                    claim_id=claim.id,
                    name=claim_named(claim.name, claim.activity_type, locale),
                    amount=format_amount(claim.amount or Decimal(0), claim.currency or "", locale),
                    paid_on=format_date(change.at.date() if change else today, locale),
                )
            )
        more = more_line("status.more_claims", paid[MAX_LISTED:], claim_status_label, locale)
        parts += [f"**{t(locale, 'payment.paid')}**", "\n".join(lines), *more]
        parts += _total_line(paid, locale)
    return "\n\n".join(parts)


def _latest_first(summaries: list[Any], status: ClaimStatus) -> list[Any]:
    """The summaries of claims at `status`, the latest changed first."""
    return sorted(
        (s for s in summaries if s.status is status), key=lambda s: s.updated_at, reverse=True
    )


def _total_line(summaries: list[Any], locale: str) -> list[str]:
    """What several claims come to, a sum a currency ("In all: EUR 2,001.00"), all of them
    (listed or not); none for one claim."""
    if len(summaries) < 2:
        return []
    sums: dict[str, Decimal] = {}
    for summary in summaries:
        currency = summary.currency or ""
        sums[currency] = sums.get(currency, Decimal(0)) + Decimal(summary.amount or 0)
    amounts = ", ".join(format_amount(total, currency, locale) for currency, total in sums.items())
    return [t(locale, "payment.total", amounts=amounts)]


def more_line(key: str, left_out: list[Any], label_of, locale: str) -> list[str]:
    """The line counting, by status, what an answer does not list (the oldest changes),
    with the id of the latest of them to ask for: none when everything is listed."""
    if not left_out:
        return []
    counts: dict[str, int] = {}
    for summary in left_out:
        counts[summary.status.value] = counts.get(summary.status.value, 0) + 1
    by_status = ", ".join(
        t(locale, "status.count", label=label_of(status, locale), count=format_count(n, locale))
        for status, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    count = len(left_out)
    number = format_count(count, locale)
    return [t(locale, key, count=count, number=number, by_status=by_status, example=left_out[0].id)]


# "what's left to claim?": this many of the latest approved plans, and activities a plan.
MAX_PLANS_LEFT = 3
MAX_ACTIVITIES_LEFT = 12


async def answer_left_to_claim(services: Services, identity: Identity) -> str:
    """ "what's left to claim?", « que me reste-t-il à réclamer ? »: each activity of the
    tenant's latest approved plans with what remains planned beside the claims counted (as
    a claim's amount question reckons it, from the claims' index), and until when the
    plan's period takes claims; with no approved plan, that claims need one."""
    locale, tenant_id = identity.locale, identity.tenant_id
    approved = sorted(
        (s for s in await services.plans.list_plans(tenant_id) if s.status is PlanStatus.APPROVED),
        key=lambda s: s.updated_at,
        reverse=True,
    )
    if not approved:
        return t(locale, "left.none")
    claimed = claimed_per_activity(await services.claims.summaries(tenant_id))
    today = services.today()
    lines = [t(locale, "left.title")]
    plans = await services.plans.get_many(tenant_id, [s.id for s in approved[:MAX_PLANS_LEFT]])
    for plan in plans:
        lines += ["", _claims_taken(plan, locale, today)]
        currency = plan.currency or "USD"
        activities = [(c, a) for c in plan.campaigns for a in c.activities]
        for campaign, activity in activities[:MAX_ACTIVITIES_LEFT]:
            planned = activity.planned_amount or Decimal(0)
            left = max(planned - claimed.get((plan.id, activity.id), Decimal(0)), Decimal(0))
            kind = t(locale, f"activity.{activity.activity_type}").split(" / ")[0]
            lines.append(
                t(
                    locale,
                    "left.activity",
                    campaign=escape(campaign.name or ""),
                    activity=kind,
                    left=format_amount(left, currency, locale),
                    planned=format_amount(planned, currency, locale),
                )
            )
        if len(activities) > MAX_ACTIVITIES_LEFT:
            more = len(activities) - MAX_ACTIVITIES_LEFT
            lines.append(t(locale, "left.more", number=more, plan_id=plan.id))
    lines += ["", t(locale, "left.hint")]
    return "\n".join(lines)


def _claims_taken(plan: Plan, locale: str, today: date) -> str:
    """A plan's line: its id, period and until when its period's claims are taken."""
    try:
        half = FiscalHalf.parse(plan.period) if plan.period else None
    except UserInputError:
        half = None
    if half is None:
        return f"**{plan.id}** ({plan.period or ''})"
    closes = claiming_window(half)[1]
    key = "left.plan_closed" if closes < today else "left.plan_until"
    return t(locale, key, plan_id=plan.id, period=plan.period, closes=format_date(closes, locale))
