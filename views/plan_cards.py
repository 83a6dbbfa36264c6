"""The plan's review card and its submit receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from domain.findings import Finding
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS, Plan
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
    labels = {choice.value: choice.label for choice in choices}

    def button(value: str, title: str | None = None, **style: Any) -> dict[str, Any]:
        return submit(title or labels[value], answer_data("review", target, value), **style)

    def field_buttons(prefix: str, names: tuple[str, ...] | list[str]) -> list[dict[str, Any]]:
        return [
            button(f"edit:{prefix}{name}", _capitalized(t(locale, f"field.{name}")))
            for name in names
        ]

    body: list[dict[str, Any]] = [
        text_block(t(locale, "review.title", plan_id=plan.id), size="Medium", weight="Bolder"),
        text_block(
            t(locale, "review.status", status=status_label(plan.status.value, locale)),
            isSubtle=True,
            spacing="None",
        ),
        _section(
            [
                text_block(t(locale, "review.details"), weight="Bolder"),
                {
                    "type": "FactSet",
                    "facts": [
                        {
                            "title": t(locale, f"field.{name}"),
                            "value": display_value(name, getattr(plan, name), plan, locale),
                        }
                        for name in PLAN_FIELDS
                    ],
                },
            ],
            t(locale, "review.edit_details"),
            field_buttons("", PLAN_FIELDS),
        ),
    ]
    if not plan.campaigns:
        body.append(text_block(t(locale, "review.no_campaigns"), isSubtle=True))
    for campaign in plan.campaigns:
        heading = text_block(
            t(
                locale,
                "review.campaign",
                name=display_value("name", campaign.name, plan, locale),
                start=display_value("start_date", campaign.start_date, plan, locale),
                end=display_value("end_date", campaign.end_date, plan, locale),
            ),
            weight="Bolder",
        )
        campaign_edits = [
            *field_buttons(f"{campaign.id}:", CAMPAIGN_FIELDS),
            button(f"add_activity:{campaign.id}"),
            button(
                f"remove:{campaign.id}", t(locale, "review.remove_campaign"), style="destructive"
            ),
        ]
        items = _section([heading], t(locale, "review.edit_campaign"), campaign_edits)["items"]
        for activity in campaign.activities:
            lines = [
                text_block(
                    "• "
                    + t(
                        locale,
                        "review.activity",
                        type=display_value("activity_type", activity.activity_type, plan, locale),
                        countries=display_value("countries", activity.countries, plan, locale),
                        amount=display_value(
                            "planned_amount", activity.planned_amount, plan, locale
                        ),
                    ),
                    spacing="Small",
                )
            ]
            if activity.description:
                lines.append(
                    text_block(
                        escape(activity.description), isSubtle=True, spacing="None", size="Small"
                    )
                )
            activity_edits = [
                *field_buttons(f"{campaign.id}:{activity.id}:", ACTIVITY_FIELDS),
                button(
                    f"remove:{activity.id}",
                    t(locale, "review.remove_activity"),
                    style="destructive",
                ),
            ]
            items.append(
                _section(lines, t(locale, "review.edit_activity"), activity_edits, separator=False)
            )
        body.append({"type": "Container", "separator": True, "items": items})
    over = plan.plan_limit is not None and plan.planned_total > plan.plan_limit
    limit = display_value("plan_limit", plan.plan_limit, plan, locale)
    body.append(
        text_block(
            t(locale, "review.total", total=amount(plan.planned_total, plan, locale), limit=limit),
            weight="Bolder",
            color="Attention" if over else "Default",
            separator=True,
        )
    )
    body.extend(findings_blocks(findings, plan, locale))
    if note:
        body.append(text_block(note))
    hint = (
        t(
            locale,
            "review.typed_hint_campaign",
            campaign=display_value("name", plan.campaigns[0].name, plan, locale),
        )
        if plan.campaigns and plan.campaigns[0].name
        else t(locale, "review.typed_hint")
    )
    body.append(text_block(hint, isSubtle=True, size="Small"))
    # The button most partners want comes first; the others follow, never a bare "Go".
    actions = [button(primary, style="positive")]
    for value in ("add_campaign", "save"):
        if value != primary and value in labels:
            actions.append(button(value))
    return card(body, actions, full_width=True)


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
    for finding in findings:
        params = {key: _shown(key, value, plan, locale) for key, value in finding.params.items()}
        line = finding_line(finding.severity.value, finding.code, params, locale)
        blocks.append(text_block(line, spacing="Small"))
    return blocks


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
