"""Status notices as the partner sees them: what changed, why, and the next step."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.claim import Claim
from domain.dates import format_date
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


def _next_or_done(next_step: str, done: str | None) -> dict[str, Any]:
    if done is None:
        return text_block(next_step)
    return text_block(done, weight="Bolder", color="Good")


def _title_block(title: str, status: str) -> dict[str, Any]:
    return text_block(title, size="Medium", weight="Bolder", color=_COLORS.get(status, "Default"))


def _superseded(head: list[dict[str, Any]], locale: str) -> Message:
    """A card a newer message replaced: its status line only, pointing below."""
    line = text_block(t(locale, "notice.superseded"), isSubtle=True, spacing="Small")
    return card_message(card([*head, line], []), head[0]["text"])


# The statuses that ask for a fix, and what is said once their period's claims have closed.
_FIX_CLOSED = {"Rejected": "fix_closed.rejected", "Action required": "fix_closed.action_required"}


def fix_deadline_text(
    status: str, closing: tuple[str, date] | None, today: date, locale: str
) -> str:
    """Until when a claim sent back (`status`) can be fixed: `closing`, its plan's period
    and the last day its claims are taken; once past, that a fix can no longer go (and
    what still can). "" for any other status, or no deadline known."""
    if status not in _FIX_CLOSED or closing is None:
        return ""
    period, closes = closing
    key = "fix_until" if today <= closes else _FIX_CLOSED[status]
    return t(locale, key, period=period, closes=format_date(closes, locale))


def claim_notice(
    claim: Claim,
    status: str,
    reasons: list[dict[str, Any]],
    locale: str,
    superseded: bool = False,
    done: str | None = None,
    deadline: str = "",
) -> Message:
    """The card of a claim's status. `superseded`: the status line only, read-only (the
    newer message below says the rest and carries the buttons). `done`: read-only, saying
    what was done with it ("Being fixed as CLM-…") instead of what to do next. `deadline`:
    until when it can be fixed (`fix_deadline_text`), said after what to do next."""
    actions_shown = done is None
    title = t(locale, f"notice.claim.{status}", claim_id=claim.id, name=escape(claim.name or ""))
    body = [_title_block(title, status)]
    if claim.amount is not None and claim.currency:
        amount = format_amount(claim.amount, claim.currency, locale)
        body.append(text_block(t(locale, "notice.amount", amount=amount), spacing="None"))
    if superseded:
        return _superseded(body, locale)
    body.extend(_reason_lines(reasons, locale))
    body.extend(_invoices_read(claim, reasons, locale))
    next_step = t(locale, f"notice.next.claim.{status}")
    body.append(_next_or_done(f"{next_step} {deadline}".strip(), done))
    actions = []
    if actions_shown and status in ("Rejected", "Action required"):
        actions.append(
            submit(
                t(locale, "button.fix_resubmit"),
                {"action": "fix_claim", "claim_id": claim.id},
                style="positive",
            )
        )
    if actions_shown and status == "Rejected":
        actions.append(
            submit(t(locale, "button.dispute"), {"action": "dispute_claim", "claim_id": claim.id})
        )
    return card_message(card(body, actions), title)


def plan_notice(
    plan: Plan,
    status: str,
    reasons: list[dict[str, Any]],
    locale: str,
    superseded: bool = False,
    done: str | None = None,
) -> Message:
    """The card of a plan's status; `superseded` and `done` as for `claim_notice`."""
    actions_shown = done is None
    title = t(locale, f"notice.plan.{status}", plan_id=plan.id)
    body = [_title_block(title, status)]
    if superseded:
        return _superseded(body, locale)
    body.extend(_reason_lines(reasons, locale))
    body.append(_next_or_done(t(locale, f"notice.next.plan.{status}"), done))
    actions = []
    if actions_shown and status == "Approved":
        actions.append(
            submit(
                t(locale, "button.new_claim"),
                {"action": "new_claim", "plan_id": plan.id},
                style="positive",
            )
        )
    if actions_shown and status == "Action required":
        actions.append(
            submit(
                t(locale, "button.fix_resubmit"),
                {"action": "fix_plan", "plan_id": plan.id},
                style="positive",
            )
        )
    return card_message(card(body, actions), title)


# The button under a reminder of a draft left untouched: those reminders stop (the intent's
# value, dialogs.intents.Intent.REMINDERS_OFF).
_STOP_IDLE_REMINDERS = {"action": "reminders_off"}


def reminder_notice(
    text: str, action: dict[str, Any], item_id: str, locale: str, idle: bool = False
) -> Message:
    """One reminder, its Resume button, one that puts it off a day (the intent "remind me",
    dialogs.intents.Intent.REMIND_ME, with the draft's id: tomorrow), and for a draft left
    untouched (`idle`) a button that stops such reminders."""
    body = [text_block(text)]
    actions = [submit(t(locale, "button.resume", item_id=item_id), action, style="positive")]
    ids = {key: value for key, value in action.items() if key in ("plan_id", "claim_id")}
    actions.append(submit(t(locale, "button.remind_tomorrow"), {"action": "remind_me", **ids}))
    if idle:
        actions.append(submit(t(locale, "button.stop_idle_reminders"), _STOP_IDLE_REMINDERS))
    return card_message(card(body, actions), text)


def reminder_digest(
    reminders: list[tuple[str, dict[str, Any], str]], locale: str, idle: bool = False
) -> Message:
    """Several reminders due the same day, in one card: (text, resume action, item id) each,
    one line and one Resume button per draft (and, `idle`, the button that stops reminders
    of drafts left untouched)."""
    title = t(locale, "reminder.digest.title", count=len(reminders))
    body = [text_block(title, weight="Bolder")]
    body.extend(text_block(f"• {text}", spacing="Small") for text, _action, _item in reminders)
    actions: list[dict[str, Any]] = []
    for _text, action, item_id in reminders:
        label = t(locale, "button.resume", item_id=item_id)
        if all(existing["title"] != label for existing in actions):  # one button a draft
            actions.append(submit(label, action))
    if idle:
        actions.append(submit(t(locale, "button.stop_idle_reminders"), _STOP_IDLE_REMINDERS))
    return card_message(card(body, actions), title)
