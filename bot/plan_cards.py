"""The plan's review card and its submit receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from botbuilder.schema import Activity

from bot.cards import (
    answer_data,
    card,
    choice_set,
    escape,
    finding_line,
    receipt_activity,
    submit,
    text_block,
)
from bot.display import amount, display_value, status_label
from bot.recognizer import Choice
from bot.strings import t
from domain.findings import Finding
from domain.plan import PLAN_FIELDS, Plan


def review_card(
    plan: Plan, findings: list[Finding], choices: list[Choice], target: str, locale: str
) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        text_block(t(locale, "review.title", plan_id=plan.id), size="Medium", weight="Bolder"),
        text_block(
            t(locale, "review.status", status=status_label(plan.status.value, locale)),
            isSubtle=True,
            spacing="None",
        ),
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
    ]
    if not plan.campaigns:
        body.append(text_block(t(locale, "review.no_campaigns"), isSubtle=True))
    for campaign in plan.campaigns:
        items: list[dict[str, Any]] = [
            text_block(
                t(
                    locale,
                    "review.campaign",
                    name=display_value("name", campaign.name, plan, locale),
                    start=display_value("start_date", campaign.start_date, plan, locale),
                    end=display_value("end_date", campaign.end_date, plan, locale),
                ),
                weight="Bolder",
            )
        ]
        for activity in campaign.activities:
            items.append(
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
            )
            if activity.description:
                items.append(
                    text_block(
                        escape(activity.description), isSubtle=True, spacing="None", size="Small"
                    )
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
    body.append(text_block(t(locale, "review.choose"), separator=True))
    body.append(choice_set(choices, t(locale, "review.choose_placeholder")))
    body.append(text_block(t(locale, "review.typed_hint"), isSubtle=True, size="Small"))
    actions = [
        submit(t(locale, "review.do"), answer_data("review", target)),
        submit(
            t(locale, "review.submit"), answer_data("review", target, "submit"), style="positive"
        ),
        submit(t(locale, "review.save"), answer_data("review", target, "save")),
    ]
    return card(body, actions, full_width=True)


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


def plan_receipt(plan: Plan, locale: str) -> Activity:
    return receipt_activity(
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
