"""Status notices as the partner sees them: what changed, why, and the next step."""

from __future__ import annotations

from typing import Any

from domain.claim import Claim
from domain.money import format_amount
from domain.plan import Plan
from domain.reviewer_reasons import KNOWN_REASON_CODES
from views.cards import card, escape, submit, text_block
from views.invoice_words import invoices_read
from views.message import Message, card_message
from views.strings import t

_COLORS = {
    "Rejected": "Attention",
    "Action required": "Warning",
    "Approved": "Good",
    "Paid": "Good",
}


def item_label(item: str, locale: str) -> str:
    """What a reviewer's item code points at, in words: an evidence kind, a requirement,
    a field of the claim; anything else (an evidence id such as E2) as it is."""
    for key in (f"evidence.kind.{item}", f"requirement.{item}", f"field.claim.{item}"):
        if t("en", key) != key:
            return t(locale, key)
    return escape(item)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def reason_text(code: str | None, message: str, locale: str) -> str:
    """A reviewer's reason as the partner reads it: a known code in the partner's language,
    and the reviewer's own words quoted and labelled as theirs (escaped: inert text)."""
    words = escape(" ".join((message or "").split()))
    if code in KNOWN_REASON_CODES:
        name = t(locale, f"reason.{code}")
        return t(locale, "reason.with_words", name=name, message=words)
    return t(locale, "reason.words_only", message=words)


def _reason_lines(reasons: list[dict[str, Any]], locale: str) -> list[dict[str, Any]]:
    if not reasons:
        return []
    blocks = [text_block(t(locale, "notice.reasons"), weight="Bolder")]
    for reason in reasons:
        item = reason.get("item")
        about = t(locale, "notice.reason_item", item=item_label(str(item), locale)) if item else ""
        message = capitalised(reason_text(reason.get("code"), reason.get("message", ""), locale))
        line = t(locale, "notice.reason", message=message, item=about)
        line = line.rstrip()
        blocks.append(text_block(line, spacing="Small"))
    return blocks


def _invoices_read(
    claim: Claim, reasons: list[dict[str, Any]], locale: str
) -> list[dict[str, Any]]:
    pointed = {str(reason.get("item")) for reason in reasons if reason.get("item")}
    return [
        text_block(sentence, isSubtle=True, spacing="Small")
        for sentence in invoices_read(claim, pointed, locale)
    ]


def claim_notice(claim: Claim, status: str, reasons: list[dict[str, Any]], locale: str) -> Message:
    title = t(locale, f"notice.claim.{status}", claim_id=claim.id, name=escape(claim.name or ""))
    body: list[dict[str, Any]] = [
        text_block(title, size="Medium", weight="Bolder", color=_COLORS.get(status, "Default"))
    ]
    if claim.amount is not None and claim.currency:
        amount = format_amount(claim.amount, claim.currency, locale)
        body.append(text_block(t(locale, "notice.amount", amount=amount), spacing="None"))
    body.extend(_reason_lines(reasons, locale))
    body.extend(_invoices_read(claim, reasons, locale))
    body.append(text_block(t(locale, f"notice.next.claim.{status}")))
    actions = []
    if status in ("Rejected", "Action required"):
        actions.append(
            submit(
                t(locale, "button.fix_resubmit"),
                {"action": "fix_claim", "claim_id": claim.id},
                style="positive",
            )
        )
    if status == "Rejected":
        actions.append(
            submit(t(locale, "button.dispute"), {"action": "dispute_claim", "claim_id": claim.id})
        )
    return card_message(card(body, actions), title)


def plan_notice(plan: Plan, status: str, reasons: list[dict[str, Any]], locale: str) -> Message:
    title = t(locale, f"notice.plan.{status}", plan_id=plan.id)
    body: list[dict[str, Any]] = [
        text_block(title, size="Medium", weight="Bolder", color=_COLORS.get(status, "Default"))
    ]
    body.extend(_reason_lines(reasons, locale))
    body.append(text_block(t(locale, f"notice.next.plan.{status}")))
    actions = []
    if status == "Approved":
        actions.append(
            submit(
                t(locale, "button.new_claim"),
                {"action": "new_claim", "plan_id": plan.id},
                style="positive",
            )
        )
    if status == "Action required":
        actions.append(
            submit(
                t(locale, "button.fix_resubmit"),
                {"action": "fix_plan", "plan_id": plan.id},
                style="positive",
            )
        )
    return card_message(card(body, actions), title)


def reminder_notice(text: str, action: dict[str, Any], item_id: str, locale: str) -> Message:
    body = [text_block(text)]
    actions = [submit(t(locale, "button.resume", item_id=item_id), action, style="positive")]
    return card_message(card(body, actions), text)
