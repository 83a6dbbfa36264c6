"""The plan's review card and its submit receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from domain.findings import Finding
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS, Activity, Campaign, Plan
from views.cards import (
    answer_data,
    card,
    escape,
    finding_line,
    receipt_message,
    submit,
    text_block,
)
from views.choices import Choice
from views.display import amount, display_value, status_label
from views.message import Message
from views.strings import t


def review_card(
    plan: Plan,
    findings: list[Finding],
    choices: list[Choice],
    target: str,
    locale: str,
    *,
    primary: str = "submit",
    note: str | None = None,
) -> dict[str, Any]:
    """The whole plan, each section (details, each campaign, each activity) with its own
    Edit action, and `primary` (a choice's value: submit, save or a fix) as the first button.

    Every button answers the review with a choice's value, so each can also be typed.
    """
    review = _Review(plan, choices, target, locale)
    body = [*review.heading(), review.details()]
    if not plan.campaigns:
        body.append(text_block(t(locale, "review.no_campaigns"), isSubtle=True))
    body.extend(review.campaign(campaign) for campaign in plan.campaigns)
    body.append(review.total())
    body.extend(findings_blocks(findings, plan, locale))
    if note:
        body.append(text_block(note))
    body.append(review.typed_hint())
    return card(body, review.actions(primary), full_width=True)


class _Review:
    """The review card's parts, each built from the plan in the partner's language."""

    def __init__(self, plan: Plan, choices: list[Choice], target: str, locale: str) -> None:
        self.plan, self.target, self.locale = plan, target, locale
        self.labels = {choice.value: choice.label for choice in choices}

    def _shown(self, name: str, value: Any) -> str:
        return display_value(name, value, self.plan, self.locale)

    def button(self, value: str, title: str | None = None, **style: Any) -> dict[str, Any]:
        return submit(
            title or self.labels[value], answer_data("review", self.target, value), **style
        )

    def field_buttons(
        self, prefix: str, names: tuple[str, ...] | list[str]
    ) -> list[dict[str, Any]]:
        return [
            self.button(f"edit:{prefix}{name}", _capitalized(t(self.locale, f"field.{name}")))
            for name in names
        ]

    def heading(self) -> list[dict[str, Any]]:
        plan, locale = self.plan, self.locale
        return [
            text_block(t(locale, "review.title", plan_id=plan.id), size="Medium", weight="Bolder"),
            text_block(
                t(locale, "review.status", status=status_label(plan.status.value, locale)),
                isSubtle=True,
                spacing="None",
            ),
        ]

    def details(self) -> dict[str, Any]:
        facts = [
            {
                "title": t(self.locale, f"field.{name}"),
                "value": self._shown(name, getattr(self.plan, name)),
            }
            for name in PLAN_FIELDS
        ]
        return _section(
            [
                text_block(t(self.locale, "review.details"), weight="Bolder"),
                {"type": "FactSet", "facts": facts},
            ],
            t(self.locale, "review.edit_details"),
            self.field_buttons("", PLAN_FIELDS),
        )

    def campaign(self, campaign: Campaign) -> dict[str, Any]:
        locale = self.locale
        heading = text_block(
            t(
                locale,
                "review.campaign",
                name=self._shown("name", campaign.name),
                start=self._shown("start_date", campaign.start_date),
                end=self._shown("end_date", campaign.end_date),
            ),
            weight="Bolder",
        )
        edits = [
            *self.field_buttons(f"{campaign.id}:", CAMPAIGN_FIELDS),
            self.button(f"add_activity:{campaign.id}"),
            self.button(
                f"remove:{campaign.id}", t(locale, "review.remove_campaign"), style="destructive"
            ),
        ]
        items = _section([heading], t(locale, "review.edit_campaign"), edits)["items"]
        items.extend(self.activity(campaign, activity) for activity in campaign.activities)
        return {"type": "Container", "separator": True, "items": items}

    def activity(self, campaign: Campaign, activity: Activity) -> dict[str, Any]:
        locale = self.locale
        line = t(
            locale,
            "review.activity",
            type=self._shown("activity_type", activity.activity_type),
            countries=self._shown("countries", activity.countries),
            amount=self._shown("planned_amount", activity.planned_amount),
        )
        lines = [text_block("• " + line, spacing="Small")]
        if activity.description:
            lines.append(
                text_block(
                    escape(activity.description), isSubtle=True, spacing="None", size="Small"
                )
            )
        edits = [
            *self.field_buttons(f"{campaign.id}:{activity.id}:", ACTIVITY_FIELDS),
            self.button(
                f"remove:{activity.id}", t(locale, "review.remove_activity"), style="destructive"
            ),
        ]
        return _section(lines, t(locale, "review.edit_activity"), edits, separator=False)

    def total(self) -> dict[str, Any]:
        plan = self.plan
        over = plan.plan_limit is not None and plan.planned_total > plan.plan_limit
        return text_block(
            t(
                self.locale,
                "review.total",
                total=amount(plan.planned_total, plan, self.locale),
                limit=self._shown("plan_limit", plan.plan_limit),
            ),
            weight="Bolder",
            color="Attention" if over else "Default",
            separator=True,
        )

    def typed_hint(self) -> dict[str, Any]:
        campaigns = self.plan.campaigns
        hint = (
            t(
                self.locale,
                "review.typed_hint_campaign",
                campaign=self._shown("name", campaigns[0].name),
            )
            if campaigns and campaigns[0].name
            else t(self.locale, "review.typed_hint")
        )
        return text_block(hint, isSubtle=True, size="Small")

    def actions(self, primary: str) -> list[dict[str, Any]]:
        # The button most partners want comes first; the others follow, never a bare "Go".
        actions = [self.button(primary, style="positive")]
        for value in ("add_campaign", "save"):
            if value != primary and value in self.labels:
                actions.append(self.button(value))
        return actions


# Buttons a row in a section's edit card (Teams shows a few buttons to a row, fewer on phones).
_BUTTONS_A_ROW = 3


def _section(
    items: list[dict[str, Any]],
    edit_title: str,
    edits: list[dict[str, Any]],
    *,
    separator: bool = True,
) -> dict[str, Any]:
    """A container whose own Edit action unfolds the buttons that change it."""
    rows = [
        {"type": "ActionSet", "actions": edits[i : i + _BUTTONS_A_ROW]}
        for i in range(0, len(edits), _BUTTONS_A_ROW)
    ]
    edit = {
        "type": "Action.ShowCard",
        "title": edit_title,
        "card": {"type": "AdaptiveCard", "body": rows},
    }
    return {
        "type": "Container",
        "separator": separator,
        "items": [*items, {"type": "ActionSet", "actions": [edit]}],
    }


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def findings_blocks(findings: list[Finding], plan: Plan, locale: str) -> list[dict[str, Any]]:
    if not findings:
        return [text_block(t(locale, "review.no_problems"), color="Good")]
    blocks = [text_block(t(locale, "review.problems"), weight="Bolder", color="Attention")]
    for line in plan_findings_lines(findings, plan, locale):
        blocks.append(text_block(line, spacing="Small"))
    return blocks


def plan_findings_lines(findings: list[Finding], plan: Plan, locale: str) -> list[str]:
    """Each finding as the review card says it: its mark, what is wrong, how to fix it."""
    lines = []
    for finding in findings:
        params = {key: _shown(key, value, plan, locale) for key, value in finding.params.items()}
        lines.append(finding_line(finding.severity.value, finding.code, params, locale))
    return lines


def _shown(key: str, value: Any, plan: Plan, locale: str) -> str:
    if isinstance(value, Decimal | date):
        return display_value(key, value, plan, locale)
    if key == "field":
        return t(locale, f"field.{value}")
    if key == "type":
        return t(locale, f"activity.{value}")
    if key == "program":
        return t(locale, f"program.{value}")
    if key == "campaign":
        return escape(str(value))
    return str(value)


def plan_receipt(plan: Plan, locale: str) -> Message:
    return receipt_message(
        t(locale, "receipt.title"),
        [
            t(locale, "receipt.body", plan_id=plan.id, reviewer=escape(plan.reviewer_email)),
            t(
                locale,
                "receipt.total",
                total=amount(plan.planned_total, plan, locale),
                limit=display_value("plan_limit", plan.plan_limit, plan, locale),
                count=len(plan.campaigns),
            ),
        ],
    )


def plan_reviewers_text(locale: str, plans: list[Plan]) -> str:
    """Who reviews: each plan's reviewer (the Microsoft account manager it names), then who
    reviews claims; with none, where a reviewer is named."""
    if not plans:
        return t(locale, "reviewers.none")
    lines = [f"**{t(locale, 'reviewers.title')}**", ""]
    for plan in plans:
        lines.append(
            "- "
            + t(
                locale,
                "reviewers.line",
                plan_id=plan.id,
                period=plan.period or "—",
                status=status_label(plan.status.value, locale),
                email=escape(plan.reviewer_email),
            )
        )
    return "\n".join([*lines, "", t(locale, "reviewers.claims")])


def plan_contents_text(locale: str, plan: Plan, others: int = 0) -> str:
    """What a plan holds, as text: its program, period and status, its totals and reviewer,
    each campaign with its dates and each activity with its countries and amount;
    `others`: how many more plans the partner has (when any, how to list them is said)."""

    def shown(field: str, value: Any) -> str:
        return display_value(field, value, plan, locale)

    lines = [
        t(
            locale,
            "plan_view.title",
            plan_id=plan.id,
            program=shown("program", plan.program),
            period=shown("period", plan.period),
            status=status_label(plan.status, locale),
        ),
        "",  # its own paragraph: Teams joins lines that follow each other
        t(
            locale,
            "plan_view.totals",
            planned=amount(plan.planned_total, plan, locale),
            limit=shown("plan_limit", plan.plan_limit),
            reviewer=shown("reviewer_email", plan.reviewer_email),
        ),
        "",
    ]
    for campaign in plan.campaigns:
        start, end = shown("start_date", campaign.start_date), shown("end_date", campaign.end_date)
        lines.append(
            t(locale, "plan_view.campaign", name=shown("name", campaign.name), start=start, end=end)
        )
        for activity in campaign.activities:
            line = t(
                locale,
                "plan_view.activity",
                type=shown("activity_type", activity.activity_type),
                countries=shown("countries", activity.countries),
                amount=shown("planned_amount", activity.planned_amount),
            )
            lines.append(f"  {line}")  # under its campaign
    if not plan.campaigns:
        lines.append(t(locale, "plan_view.no_campaign"))
    if others:
        lines += ["", t(locale, "plan_view.others")]
    return "\n".join(lines)
