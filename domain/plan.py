"""The co-op claims plan: campaigns, activities and planned amounts, as pydantic models.

A plan is created as a draft (status Editing) the moment a partner starts one, and
every answer fills one more field; `next_missing_field` tells the dialog where to
resume. Business rules that need the whole plan are in `plan_rules`.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from domain.lifecycle import PlanStatus, TransitionNotAllowed, plan_may_move

PLAN_ID_PATTERN = re.compile(r"\bPLN-(\d{4})-(\d{6})\b", re.IGNORECASE)

# Sane length limits for what partners type (characters).
MAX_NAME_LENGTH = 120
MAX_DESCRIPTION_LENGTH = 1000
MAX_CAMPAIGNS = 50
MAX_ACTIVITIES_PER_CAMPAIGN = 50

# The plan's own fields, in the order the dialog asks for them.
PLAN_FIELDS: tuple[str, ...] = (
    "mpn_id",
    "program",
    "market",
    "fund_type",
    "period",
    "currency",
    "reviewer_email",
    "plan_limit",
)
CAMPAIGN_FIELDS: tuple[str, ...] = ("name", "start_date", "end_date")
ACTIVITY_FIELDS: tuple[str, ...] = ("activity_type", "description", "countries", "planned_amount")


def format_plan_id(year: int, number: int) -> str:
    return f"PLN-{year:04d}-{number:06d}"


def find_plan_ids(text: str | None) -> list[str]:
    """Plan ids written anywhere in a sentence, normalised to upper case."""
    if not text:
        return []
    return [f"PLN-{year}-{number}" for year, number in PLAN_ID_PATTERN.findall(text[:2000])]


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC: the one clock stored timestamps are read from."""
    return datetime.now(UTC)


class HistoryEntry(BaseModel):
    at: datetime
    actor: str
    event: str
    status: str | None = None
    note: str | None = None


class Activity(BaseModel):
    id: str
    activity_type: str | None = None
    description: str | None = None
    countries: list[str] = Field(default_factory=list)
    planned_amount: Decimal | None = None
    pre_approval_id: str | None = None

    def missing_field(self) -> str | None:
        return next(iter(self.missing_fields()), None)

    def missing_fields(self) -> tuple[str, ...]:
        return tuple(field for field in ACTIVITY_FIELDS if getattr(self, field) in (None, []))


class Campaign(BaseModel):
    id: str
    name: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    activities: list[Activity] = Field(default_factory=list)
    # False while the partner is still adding activities to this campaign.
    activities_done: bool = False

    def missing_field(self) -> str | None:
        return next(iter(self.missing_fields()), None)

    def missing_fields(self) -> tuple[str, ...]:
        return tuple(field for field in CAMPAIGN_FIELDS if getattr(self, field) is None)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    @property
    def planned_total(self) -> Decimal:
        return sum((a.planned_amount or Decimal(0) for a in self.activities), Decimal(0))


class Plan(BaseModel):
    id: str
    tenant_id: str
    owner_id: str
    owner_name: str | None = None
    status: PlanStatus = PlanStatus.EDITING
    mpn_id: str | None = None
    program: str | None = None
    market: str | None = None
    fund_type: str | None = None
    period: str | None = None
    currency: str | None = None
    reviewer_email: str | None = None
    plan_limit: Decimal | None = None
    campaigns: list[Campaign] = Field(default_factory=list)
    # False while the partner is still adding campaigns.
    campaigns_done: bool = False
    history: list[HistoryEntry] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    submitted_at: datetime | None = None
    # The day the partner asked to be reminded of this draft ("remind me on Monday"); the
    # reminder scan sends it that day, once, while the draft is one.
    remind_on: date | None = None
    # Bumped on every save; a save from an older version is refused (lost-update guard).
    version: int = 0
    next_item_number: int = 1

    # -- reading ---------------------------------------------------------------------------

    @property
    def is_blank(self) -> bool:
        """Nothing answered yet: no detail, no campaign."""
        return all(getattr(self, name) is None for name in PLAN_FIELDS) and not self.campaigns

    def missing_field(self) -> str | None:
        return next(iter(self.missing_fields()), None)

    def missing_fields(self) -> tuple[str, ...]:
        return tuple(field for field in PLAN_FIELDS if getattr(self, field) is None)

    def campaign(self, campaign_id: str) -> Campaign | None:
        return next((c for c in self.campaigns if c.id == campaign_id), None)

    def find_activity(self, activity_id: str) -> tuple[Campaign, Activity] | None:
        for campaign in self.campaigns:
            activity = campaign.activity(activity_id)
            if activity is not None:
                return campaign, activity
        return None

    @property
    def planned_total(self) -> Decimal:
        return sum((c.planned_total for c in self.campaigns), Decimal(0))

    @property
    def uniqueness_key(self) -> tuple[str, ...] | None:
        """One plan per tenant + MPN ID + fund + program + period (DOMAIN.md)."""
        parts = (self.tenant_id, self.mpn_id, self.fund_type, self.program, self.period)
        if any(part is None for part in parts):
            return None
        return tuple(str(part) for part in parts)

    @property
    def is_editable(self) -> bool:
        return self.status is PlanStatus.EDITING

    # -- changing --------------------------------------------------------------------------

    def new_item_id(self, prefix: str) -> str:
        """Short ids for campaigns (C1) and activities (A2), stable within the plan."""
        item_id = f"{prefix}{self.next_item_number}"
        self.next_item_number += 1
        return item_id

    def add_campaign(self) -> Campaign:
        campaign = Campaign(id=self.new_item_id("C"))
        self.campaigns.append(campaign)
        return campaign

    def add_activity(self, campaign: Campaign) -> Activity:
        activity = Activity(id=self.new_item_id("A"))
        campaign.activities.append(activity)
        return activity

    def remove_item(self, item_id: str) -> bool:
        for campaign in self.campaigns:
            if campaign.id == item_id:
                self.campaigns.remove(campaign)
                return True
            activity = campaign.activity(item_id)
            if activity is not None:
                campaign.activities.remove(activity)
                return True
        return False

    def move_to(self, status: PlanStatus, *, actor: str, note: str | None = None) -> None:
        if not plan_may_move(self.status, status):
            raise TransitionNotAllowed(self.status, status)
        self.status = status
        self.record(actor, "status", status=status.value, note=note)
        if status is PlanStatus.SUBMITTED:
            self.submitted_at = utc_now()
            self.remind_on = None  # a reminder asked is of the draft it was

    def record(self, actor: str, event: str, **details: Any) -> None:
        self.history.append(HistoryEntry(at=utc_now(), actor=actor, event=event, **details))


def moved_by_months(day: date, months: int) -> date:
    """The same day `months` later (earlier when negative), the month's last day when the
    day does not exist there (31 August + 6 months is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def copy_plan_into(source: Plan, target: Plan, period: str, months: int) -> list[Campaign]:
    """`target` (a new draft) made from `source` for `period`: its details, campaigns and
    activities, each campaign's dates moved by `months`. Returns the copied campaigns."""
    for name in PLAN_FIELDS:
        if name != "period":
            setattr(target, name, getattr(source, name))
    target.period = period
    copied = []
    for campaign in source.campaigns:
        new = target.add_campaign()
        new.name = campaign.name
        new.start_date = (
            moved_by_months(campaign.start_date, months) if campaign.start_date else None
        )
        new.end_date = moved_by_months(campaign.end_date, months) if campaign.end_date else None
        for activity in campaign.activities:
            kept = target.add_activity(new)
            for name in (*ACTIVITY_FIELDS, "pre_approval_id"):
                value = getattr(activity, name)
                setattr(kept, name, list(value) if isinstance(value, list) else value)
        new.activities_done = campaign.activities_done
        copied.append(new)
    target.campaigns_done = source.campaigns_done
    return copied
