"""The claim's pre-submission check card, its evidence checklist and its receipt."""

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
from bot.display import status_label
from bot.recognizer import Choice
from bot.strings import language_of, t
from domain.claim import Claim
from domain.dates import format_date
from domain.evidence import INVOICE_OR_CSR, Evidence, requirements_for, satisfied
from domain.findings import Finding, Severity
from domain.money import format_amount
from domain.plan import Plan

CLAIM_FACTS = (
    "name",
    "execution_date",
    "amount",
    "impressions",
    "pre_approval_id",
    "metric_value",
    "attendees",
)


def claim_value(field: str, claim: Claim, locale: str) -> str:
    value = getattr(claim, field, None)
    if value is None or value == "":
        return t(locale, "review.empty_value")
    if isinstance(value, Decimal):
        return format_amount(value, claim.currency or "USD", locale)
    if isinstance(value, date):
        return format_date(value, locale)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value, locale)
    return escape(str(value))


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def format_count(value: int, locale: str) -> str:
    """A whole number as the partner writes it: 1,200 (en), 1 200 (fr)."""
    grouped = f"{value:,}"
    return grouped.replace(",", " ") if language_of(locale) == "fr" else grouped


def evidence_label(item: Evidence, locale: str) -> str:
    kind = t(locale, f"evidence.kind.{item.kind.value}") if item.kind else "?"
    name = escape(item.file_name or item.url or item.id)
    return t(locale, "evidence.item", kind=kind, name=name)


def checklist_blocks(claim: Claim, locale: str) -> list[dict[str, Any]]:
    """What a reviewer needs (✓ / ✗) and what is attached."""
    wanted = [INVOICE_OR_CSR, *requirements_for(claim.activity_type or "")]
    blocks = [text_block(t(locale, "evidence.checklist"), weight="Bolder")]
    for requirement in wanted:
        mark = "✅" if satisfied(requirement, claim.evidence) else "⬜"
        label = t(locale, f"requirement.{requirement}")
        blocks.append(
            text_block(t(locale, "evidence.line", mark=mark, label=label), spacing="None")
        )
    blocks.append(text_block(t(locale, "evidence.have"), weight="Bolder"))
    complete = [item for item in claim.evidence if item.missing_field() is None]
    if not complete:
        blocks.append(text_block(t(locale, "evidence.none"), isSubtle=True, spacing="None"))
    for item in complete:
        blocks.append(text_block("📎 " + evidence_label(item, locale), spacing="None"))
    return blocks


def evidence_menu_card(claim: Claim, target: str, locale: str) -> dict[str, Any]:
    body = [
        text_block(
            t(locale, "question.evidence.menu", claim_id=claim.id), size="Medium", weight="Bolder"
        ),
        *checklist_blocks(claim, locale),
        text_block(t(locale, "evidence.add_hint"), isSubtle=True, size="Small"),
    ]
    actions = [
        submit(t(locale, "evidence.add_file"), answer_data("evidence.menu", target, "add_file")),
        submit(t(locale, "evidence.add_link"), answer_data("evidence.menu", target, "add_link")),
        submit(
            t(locale, "evidence.done"),
            answer_data("evidence.menu", target, "done"),
            style="positive",
        ),
    ]
    return card(body, actions)


def claim_review_card(
    claim: Claim,
    plan: Plan | None,
    findings: list[Finding],
    choices: list[Choice],
    target: str,
    locale: str,
) -> dict[str, Any]:
    activity_type = t(locale, f"activity.{claim.activity_type}") if claim.activity_type else "—"
    campaign = plan.campaign(claim.campaign_id or "") if plan else None
    body: list[dict[str, Any]] = [
        text_block(
            t(locale, "claim.review.title", claim_id=claim.id), size="Medium", weight="Bolder"
        ),
        text_block(
            t(
                locale,
                "claim.review.activity",
                plan_id=claim.plan_id or "—",
                campaign=escape(campaign.name) if campaign and campaign.name else "—",
                activity_type=activity_type,
            ),
            isSubtle=True,
            spacing="None",
        ),
        {
            "type": "FactSet",
            "facts": [
                {
                    "title": _capitalised(t(locale, f"field.claim.{name}")),
                    "value": claim_value(name, claim, locale),
                }
                for name in CLAIM_FACTS
                if name in claim.required_fields()
            ],
        },
        *checklist_blocks(claim, locale),
    ]
    body.extend(claim_findings_blocks(findings, claim, locale))
    body.append(text_block(t(locale, "claim.review.keep_originals"), isSubtle=True, size="Small"))
    body.append(choice_set(choices, t(locale, "review.choose_placeholder")))
    blocked = any(f.severity is Severity.BLOCKING for f in findings)
    warned = any(f.severity is Severity.WARNING for f in findings)
    actions = [submit(t(locale, "review.do"), answer_data("claim.review", target))]
    if not blocked:
        key, answer = (
            ("claim.review.submit_anyway", "submit_anyway")
            if warned
            else ("claim.review.submit", "submit")
        )
        actions.append(
            submit(t(locale, key), answer_data("claim.review", target, answer), style="positive")
        )
    actions.append(
        submit(
            t(locale, "claim.review.add_evidence"),
            answer_data("claim.review", target, "add_evidence"),
        )
    )
    actions.append(
        submit(t(locale, "claim.review.save"), answer_data("claim.review", target, "save"))
    )
    return card(body, actions, full_width=True)


def claim_findings_blocks(
    findings: list[Finding], claim: Claim, locale: str
) -> list[dict[str, Any]]:
    if not findings:
        return [text_block(t(locale, "claim.review.ok"), color="Good")]
    blocks: list[dict[str, Any]] = []
    for severity, title, color in (
        (Severity.BLOCKING, "claim.review.problems", "Attention"),
        (Severity.WARNING, "claim.review.warnings", "Warning"),
    ):
        selected = [f for f in findings if f.severity is severity]
        if not selected:
            continue
        blocks.append(text_block(t(locale, title), weight="Bolder", color=color))
        for finding in selected:
            params = {k: _shown(k, v, claim, locale) for k, v in finding.params.items()}
            line = finding_line(severity.value, finding.code, params, locale)
            blocks.append(text_block(line, spacing="Small"))
    return blocks


def _shown(key: str, value: Any, claim: Claim, locale: str) -> str:
    if isinstance(value, Decimal):
        if key in ("percent", "share"):
            return str(value.normalize())
        return format_amount(value, claim.currency or "USD", locale)
    if isinstance(value, date):
        return format_date(value, locale)
    if key == "field":
        return t(locale, f"field.claim.{value}")
    if key == "type":
        return t(locale, f"activity.{value}")
    if key == "program":
        return t(locale, f"program.{value}")
    if key == "requirement":
        return t(locale, f"requirement.{value}")
    if key == "metric":
        return t(locale, f"metric.{value}")
    if key == "status":
        return status_label(str(value), locale)
    return escape(str(value))


def claim_receipt(claim: Claim, locale: str) -> Activity:
    activity_type = t(locale, f"activity.{claim.activity_type}")
    return receipt_activity(
        t(locale, "claim.receipt.title"),
        [
            t(
                locale,
                "claim.receipt.body",
                claim_id=claim.id,
                name=escape(claim.name),
                amount=claim_value("amount", claim, locale),
                activity_type=activity_type,
                date=claim_value("execution_date", claim, locale),
            ),
            t(locale, "claim.review.keep_originals"),
        ],
    )
