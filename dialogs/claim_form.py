"""What the claim dialogs share: the claim draft a turn works on, loaded and saved."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import WaterfallStepContext

from dialogs.form_dialog import Draft, FormDialog, Question
from dialogs.identity import Identity
from dialogs.recognizer import Choice
from dialogs.review_actions import ReviewAction
from dialogs.review_words import edit_phrases
from domain.claim import Claim
from domain.claim_rules import OtherClaim
from domain.dates import DateWindow, parse_date
from domain.errors import UserInputError
from domain.evidence import Evidence
from domain.funds import FundsPeriod
from domain.plan import Activity, Campaign, Plan
from domain.reviewer_reasons import CLAIM_FACTS
from storage.repository import ChangedError
from views.display import claim_locked, claim_not_found, display_value
from views.strings import t

# "change the amount", « modifier la date »: a claim's field named in words (read at the
# check card and at the evidence list).
_FIELD_WORDS = {
    "name": {"en": ("title", "claim name"), "fr": ("titre",)},
    "execution_date": {
        "en": ("date", "activity date", "date of the activity"),
        "fr": ("date", "date de l'activité"),
    },
    "amount": {"en": ("claimed amount", "claim amount"), "fr": ("montant réclamé",)},
    "impressions": {"en": ("impressions", "reach"), "fr": ("impressions", "portée")},
    "metric_value": {
        "en": ("result",),
        "fr": ("résultat", "les résultats", "mes résultats"),
    },
    "attendees": {"en": ("attendee list", "participants"), "fr": ("les participants",)},
    "pre_approval_id": {
        "en": ("pre-approval", "pre approval", "preapproval"),
        "fr": ("pré-approbation",),
    },
}


def edit_choices(claim: Claim, locale: str) -> list[Choice]:
    """A "Change <field>" choice for each answer of the claim a partner may change (the
    ones it asks for), with the words that ask it: "change the date", "the amount is
    wrong", « modifier la date »."""
    choices = []
    for name in CLAIM_FACTS:
        if name in claim.required_fields():
            label = t(locale, "claim.review.change", field=t(locale, f"field.claim.{name}"))
            words = edit_phrases(f"field.claim.{name}", **_FIELD_WORDS.get(name, {}))
            choices.append(Choice(str(ReviewAction.edit(name)), label, synonyms=words))
    return choices


log = logging.getLogger(__name__)


@dataclass
class ClaimDraft(Draft):
    """A claim, its plan (once chosen) and the evidence item being added (if any)."""

    claim: Claim | None = None
    plan: Plan | None = None
    evidence: Evidence | None = None

    @property
    def target(self) -> str:
        parts = [self.claim.id]
        if self.evidence is not None:
            parts.append(self.evidence.id)
        return "/".join(parts)

    @property
    def is_editable(self) -> bool:
        return self.claim.is_editable

    def locked_text(self) -> str:
        return claim_locked(self.claim, self.locale, "error.claim_locked")

    @property
    def owned(self) -> tuple[str, str, str, str | None] | None:
        return ("claim", self.claim.id, self.claim.owner_id, self.claim.owner_name)

    @property
    def campaign(self) -> Campaign | None:
        return self.plan.campaign(self.claim.campaign_id or "") if self.plan else None

    @property
    def activity(self) -> Activity | None:
        campaign = self.campaign
        return campaign.activity(self.claim.activity_id or "") if campaign else None


def item_to_ask(claim: Claim, focus: str | None = None) -> Evidence | None:
    """The evidence item whose questions come next: the one just sent (`focus`), else a
    sent file still to describe, else the first unfinished item."""
    pending = [e for e in claim.evidence if e.missing_field() is not None]
    focused = [e for e in pending if e.id == focus]
    with_file = [e for e in pending if e.sha256 is not None]
    return next(iter(focused or with_file or pending), None)


class ClaimFormDialog(FormDialog):
    """A form over a claim: options carry `claim_id`."""

    async def load(self, turn_context: TurnContext, options: dict[str, Any]) -> ClaimDraft | None:
        identity = Identity.from_activity(turn_context.activity)
        claim = await self.services.claims.get(identity.tenant_id, options.get("claim_id", ""))
        if claim is None:
            return None
        plan = None
        if claim.plan_id:
            plan = await self.services.plans.get_plan(identity.tenant_id, claim.plan_id)
        return ClaimDraft(
            identity=identity,
            today=self.services.today(),
            claim=claim,
            plan=plan,
            evidence=item_to_ask(claim, options.get("evidence_id")),
        )

    async def save(self, step: WaterfallStepContext, draft: ClaimDraft) -> bool:
        try:
            draft.claim = await self.services.claims.save(draft.claim)
            return True
        except ChangedError as error:
            claim_id = draft.claim.id
            await step.context.send_activity(
                t(draft.locale, "error.claim_changed", claim_id=claim_id)
            )
            log.info("claim %s changed under a turn; re-reading", error.current.id)
            return False

    def not_found_text(self, locale: str, options: dict[str, Any]) -> str:
        return claim_not_found(locale, options.get("claim_id"))

    async def funds_for(self, draft: ClaimDraft) -> tuple[FundsPeriod | None, list[OtherClaim]]:
        """The plan's co-op funds as they stand without this claim, and what the check needs
        of the tenant's claims (from their index)."""
        tenant_id, plan = draft.identity.tenant_id, draft.plan
        claims = await self.services.claims.check_records(tenant_id)
        if plan is None or plan.program is None or plan.period is None:
            return None, claims
        # Funds are per program and usage period, whichever plan spends them.
        same_funds = {
            s.id
            for s in await self.services.plans.list_plans(tenant_id)
            if s.program == plan.program and s.period == plan.period
        }
        funds = await self.services.funds.current(
            tenant_id, plan.program, plan.period, claims, same_funds, excluding=draft.claim.id
        )
        return funds, claims


# -- the execution date ----------------------------------------------------------------------


def execution_days(draft: ClaimDraft) -> tuple[date, date] | None:
    """The days an execution date is accepted: within the campaign (DOMAIN.md) and not after
    today (it already ran). None when the campaign has no dates; first > last when it has
    not started yet."""
    campaign = draft.campaign
    if campaign is None or campaign.start_date is None or campaign.end_date is None:
        return None
    return campaign.start_date, min(campaign.end_date, draft.today)


def not_started_text(draft: ClaimDraft) -> str | None:
    """What to say instead of asking the execution date when the campaign has not started."""
    days = execution_days(draft)
    if days is None or days[0] <= days[1]:
        return None
    return t(
        draft.locale,
        "claim.campaign_not_started",
        campaign=display_value("name", draft.campaign.name, draft.plan, draft.locale),
        start=display_value("start_date", days[0], draft.plan, draft.locale),
        claim_id=draft.claim.id,
    )


def execution_date_question(draft: ClaimDraft, field_name: str, current: str | None) -> Question:
    """The question shows the days it accepts, and its picker offers only those."""
    days = execution_days(draft)
    first, last = days if days else (None, None)
    text = t(
        draft.locale,
        "question.claim.execution_date",
        start=display_value("start_date", first, draft.plan, draft.locale),
        end=display_value("end_date", last, draft.plan, draft.locale),
    )
    date_range = days if days and days[0] <= days[1] else None
    return Question(field_name, text, "date", current=current, date_range=date_range)


def parse_execution_date(draft: ClaimDraft, answer: str) -> date:
    """A day the activity ran: typed without a year, the most recent one."""
    days = execution_days(draft)
    window = DateWindow(
        earliest=days[0] if days else None,
        latest=days[1] if days else draft.today,
        not_after=draft.today,
        strict=True,
    )
    try:
        value = parse_date(answer, draft.locale, draft.today, window)
    except UserInputError as error:
        # "Dec 2 and 3" offered "2 Dec 2025", a year before the campaign: a day offered is
        # one the claim takes; when none is, the days it takes are said at once.
        offered = [error.params.get("answer"), *(error.params.get("days") or ())]
        offered += [value for value, _label in error.params.get("options") or []]
        offered_days = [date.fromisoformat(day) for day in offered if _is_iso_day(day)]
        if days is None or not offered_days or any(_within(d, days) for d in offered_days):
            raise
        raise _outside_campaign(draft, days) from None
    if value > draft.today:
        raise UserInputError("execution_date_in_future")
    if days is not None and not _within(value, days):
        raise _outside_campaign(draft, days)
    return value


def _within(day: date, days: tuple[date, date]) -> bool:
    return days[0] <= day <= days[1]


def _is_iso_day(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None


def not_run_yet(draft: ClaimDraft) -> UserInputError:
    """ "It hasn't happened yet" at the day it ran: too early for this claim, which is kept;
    once its campaign is over, only the campaign's days can still be claimed."""
    campaign = draft.campaign
    if campaign is None or campaign.start_date is None or campaign.end_date is None:
        return UserInputError("execution_not_run_yet_undated", claim_id=draft.claim.id)
    code = "execution_not_run_yet"
    if campaign.end_date < draft.today:
        code = "execution_not_run_campaign_over"
    return UserInputError(
        code,
        claim_id=draft.claim.id,
        campaign=display_value("name", campaign.name, draft.plan, draft.locale),
        start=display_value("start_date", campaign.start_date, draft.plan, draft.locale),
        end=display_value("end_date", campaign.end_date, draft.plan, draft.locale),
    )


def _outside_campaign(draft: ClaimDraft, days: tuple[date, date]) -> UserInputError:
    return UserInputError(
        "execution_date_outside_campaign",
        start=display_value("start_date", days[0], draft.plan, draft.locale),
        end=display_value("end_date", days[1], draft.plan, draft.locale),
    )
