"""The claim's pre-submission check card, its evidence checklist and its receipt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from domain.catalog import ACTIVITY_TYPES, ACTIVITY_TYPES_BY_KEY, Cap, Expense
from domain.claim import Claim
from domain.claim_rules import faulted_evidence_ids, reviewer_answers
from domain.dates import format_date
from domain.evidence import INVOICE_OR_CSR, Evidence, requirements_for, satisfied
from domain.findings import Finding, Severity
from domain.money import format_amount
from domain.plan import Plan
from domain.reviewer_reasons import (
    CLAIM_FACTS,
    COMMON_REJECTIONS,
    Answer,
    ReviewerReason,
    fingerprint,
)
from views.cards import (
    answer_data,
    card,
    choice_set,
    escape,
    finding_line,
    receipt_message,
    submit,
    text_block,
)
from views.choices import Choice
from views.display import status_label
from views.message import Message, card_message
from views.notice_cards import capitalised, reason_text
from views.strings import language_of, t


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


def reviewer_reason_text(reason: ReviewerReason, locale: str) -> str:
    return reason_text(reason.code, reason.message, locale)


def checklist_blocks(claim: Claim, locale: str) -> list[dict[str, Any]]:
    """What a reviewer needs (✅ / ⬜, ❌ where only what the reviewer rejected meets it) and
    what is attached (❌ on an item the reviewer rejected, until it is replaced)."""
    wanted = [INVOICE_OR_CSR, *requirements_for(claim.activity_type or "")]
    faulted = faulted_evidence_ids(claim)
    open_reasons = [reason for _, reason, answer in reviewer_answers(claim) if answer is None]
    waited_for = {reason.requirement for reason in open_reasons if reason.target == "requirement"}
    unfaulted = [item for item in claim.evidence if item.id not in faulted]
    blocks = [text_block(t(locale, "evidence.checklist"), weight="Bolder")]
    for requirement in wanted:
        if satisfied(requirement, unfaulted):
            mark = "✅"
        elif requirement in waited_for or satisfied(requirement, claim.evidence):
            mark = "❌"
        else:
            mark = "⬜"
        label = t(locale, f"requirement.{requirement}")
        blocks.append(
            text_block(t(locale, "evidence.line", mark=mark, label=label), spacing="None")
        )
    blocks.append(text_block(t(locale, "evidence.have"), weight="Bolder"))
    complete = [item for item in claim.evidence if item.missing_field() is None]
    if not complete:
        blocks.append(text_block(t(locale, "evidence.none"), isSubtle=True, spacing="None"))
    for item in complete:
        label = evidence_label(item, locale)
        if item.id in faulted:
            why = "; ".join(
                reviewer_reason_text(reason, locale)
                for reason in open_reasons
                if fingerprint(item) in reason.fingerprints
            )
            line = t(locale, "evidence.item_faulted", item=label, reason=why)
            blocks.append(text_block(line, spacing="None", color="Attention"))
        else:
            blocks.append(text_block("📎 " + label, spacing="None"))
    return blocks


def evidence_menu_card(claim: Claim, target: str, locale: str) -> dict[str, Any]:
    body = [
        text_block(
            t(locale, "question.evidence.menu", claim_id=claim.id), size="Medium", weight="Bolder"
        ),
        *checklist_blocks(claim, locale),
        text_block(t(locale, "evidence.add_hint"), isSubtle=True, size="Small"),
    ]
    named = next((e.file_name or e.url for e in claim.evidence if e.file_name or e.url), None)
    if named:  # how one is taken off, by its name (the first's, as an example)
        hint = t(locale, "evidence.remove_hint", name=escape(named))
        body.append(text_block(hint, isSubtle=True, size="Small", spacing="None"))
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
    body.extend(answered_blocks(claim, locale))
    body.append(text_block(t(locale, "claim.review.keep_originals"), isSubtle=True, size="Small"))
    body.append(choice_set(choices, t(locale, "review.choose_placeholder")))
    # The next step most partners want comes first: submit when nothing stops it, else
    # the fix of the first thing that does; the drop-down's own button comes last.
    title, answer = primary_action(claim, findings, locale)
    actions = [
        submit(title, answer_data("claim.review", target, answer), style="positive")
    ] if title else []  # fmt: skip
    if answer != "add_evidence":
        actions.append(
            submit(
                t(locale, "claim.review.add_evidence"),
                answer_data("claim.review", target, "add_evidence"),
            )
        )
    actions.append(
        submit(t(locale, "claim.review.save"), answer_data("claim.review", target, "save"))
    )
    actions.append(submit(t(locale, "claim.review.do"), answer_data("claim.review", target)))
    return card(body, actions, full_width=True)


# What fixes a blocking finding: the evidence menu, or the field to change.
_EVIDENCE_CODES = frozenset(
    {
        "reviewer_evidence",
        "reviewer_requirement",
        "no_invoice_or_csr",
        "proof_without_note",
        "evidence_incomplete",
        "required_evidence_missing",
        "file_type_not_allowed",
    }
)
_FIELD_OF_CODE = {
    "execution_date_outside_campaign": "execution_date",
    "execution_date_in_future": "execution_date",
    "amount_above_planned": "amount",
    "amount_above_invoice": "amount",
    "amount_above_funds": "amount",
    "cap_share_of_earned": "amount",
    "cap_syndicated_content": "amount",
    "conference_per_person": "amount",
    "conference_period_total": "amount",
    "cap_demo_units": "amount",
    "conference_too_many_attendees": "attendees",
    "conference_no_attendees": "attendees",
    "pre_approval_missing": "pre_approval_id",
}


def primary_action(claim: Claim, findings: list[Finding], locale: str) -> tuple[str | None, str]:
    """(the button's title, its answer) for the step most partners want next."""
    blocking = [f for f in findings if f.severity is Severity.BLOCKING]
    if not blocking:
        if any(f.severity is Severity.WARNING for f in findings):
            return t(locale, "claim.review.submit_anyway"), "submit_anyway"
        return t(locale, "claim.review.submit"), "submit"
    first = blocking[0]
    if first.code == "reviewer_claim":
        return t(locale, "claim.review.dealt_with"), f"addressed:{first.params['index']}"
    rejected = _replaced_rejected_item(claim, first)
    if rejected is not None:
        # A replacement is attached: what is left is taking the rejected file out.
        label = evidence_label(rejected, locale)
        return t(locale, "claim.review.remove_evidence", item=label), f"remove:{rejected.id}"
    if first.code == "invoice_already_claimed":
        item = claim.evidence_item(first.item_id or "")
        if item is not None:
            label = evidence_label(item, locale)
            return t(locale, "claim.review.remove_evidence", item=label), f"remove:{item.id}"
    if first.code in _EVIDENCE_CODES:
        return t(locale, "claim.review.add_evidence"), "add_evidence"
    field = first.params.get("field") or _FIELD_OF_CODE.get(first.code)
    if field in CLAIM_FACTS and field in claim.required_fields():
        return t(locale, "claim.review.change", field=t(locale, f"field.claim.{field}")), (
            f"edit:{field}"
        )
    return None, ""


def _replaced_rejected_item(claim: Claim, finding: Finding) -> Evidence | None:
    """The evidence item a reviewer rejected, when another of its kind is attached beside it."""
    if finding.code != "reviewer_evidence":
        return None
    rejected = next((e for e in claim.evidence if e.id == finding.item_id), None)
    if rejected is None or rejected.kind is None:
        return None
    others = [e for e in claim.evidence if e is not rejected and e.kind == rejected.kind]
    return rejected if others else None


def _answer_value(field: str | None, value: str | None, claim: Claim, locale: str) -> str:
    if value is None or field is None:
        return t(locale, "review.empty_value")
    try:
        if field == "amount":
            return format_amount(Decimal(value), claim.currency or "USD", locale)
        if field == "execution_date":
            return format_date(date.fromisoformat(value), locale)
        if field in ("impressions", "attendees"):
            return format_count(int(value), locale)
    except (ArithmeticError, ValueError):
        pass
    return escape(value)


def answer_text(reason: ReviewerReason, answer: Answer, claim: Claim, locale: str) -> str:
    """How a change answered a reviewer's reason, in words."""
    if answer.how == "changed":
        return t(
            locale,
            "answer.changed",
            field=t(locale, f"field.claim.{reason.field}"),
            old=_answer_value(reason.field, answer.old, claim, locale),
            new=_answer_value(reason.field, answer.new, claim, locale),
        )
    return t(
        locale,
        f"answer.{answer.how}",
        old=escape(answer.old or ""),
        new=escape(answer.new or ""),
    )


def answered_blocks(claim: Claim, locale: str) -> list[dict[str, Any]]:
    """The reviewer's reasons the partner answered, and which change answered each."""
    answered = [(r, a) for _, r, a in reviewer_answers(claim) if a is not None]
    if not answered:
        return []
    blocks = [text_block(t(locale, "claim.review.answered"), weight="Bolder", color="Good")]
    for reason, answer in answered:
        line = t(
            locale,
            "claim.review.answered_line",
            reason=capitalised(reviewer_reason_text(reason, locale)),
            how=answer_text(reason, answer, claim, locale),
        )
        blocks.append(text_block(line, spacing="Small"))
    return blocks


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
        for line in findings_lines(selected, claim, locale):
            blocks.append(text_block(line, spacing="Small"))
    return blocks


def findings_lines(findings: list[Finding], claim: Claim, locale: str) -> list[str]:
    """Each finding as the check card says it: its mark, what is wrong, how to fix it."""
    lines = []
    for finding in findings:
        params = {k: _shown(k, v, claim, locale) for k, v in finding.params.items()}
        if finding.code.startswith("reviewer_"):
            # The reviewer's reason: its code in the partner's language, their words quoted.
            params["reason"] = reason_text(
                finding.params["reason_code"], finding.params["message"], locale
            )
        lines.append(finding_line(finding.severity.value, finding.code, params, locale))
    return lines


def amount_warning(finding: Finding, claim: Claim, locale: str) -> str:
    """A problem with the amount just typed, said at once (the check card says it too)."""
    params = {k: _shown(k, v, claim, locale) for k, v in finding.params.items()}
    return t(
        locale,
        "claim.amount_warning",
        finding=t(locale, f"finding.{finding.code}", **params),
        fix=t(locale, f"fix.{finding.code}", **params),
    )


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


def claim_receipt(claim: Claim, locale: str) -> Message:
    activity_type = t(locale, f"activity.{claim.activity_type}")
    return receipt_message(
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


def invoice_awaited_message(text: str, claim_id: str, day: str, shown: str, locale: str) -> Message:
    """The claim kept waiting for its invoice (`text`), and a reminder on the day the invoice
    was said to come (`day`, ISO; `shown`, as the partner reads it), one click away."""
    data = {"action": "remind_me", "claim_id": claim_id, "day": day}
    content = card([text_block(text)], [submit(t(locale, "button.remind_on", day=shown), data)])
    return card_message(content, text)


def invoice_offer_message(name: str, url: str, elsewhere: str, locale: str) -> Message:
    """A file sent with no claim open: start a claim from it, as its invoice (the button
    carries the file's link back: nothing is downloaded before the partner says so)."""
    text = t(locale, "invoice.offer", name=escape(name))
    data = {"action": "new_claim", "invoice": {"name": name, "url": url}}
    content = card(
        [text_block(text), text_block(elsewhere, isSubtle=True, spacing="Small")],
        [submit(t(locale, "invoice.offer.yes"), data, style="positive")],
    )
    return card_message(content, text)


def evidence_needed_text(locale: str, activity_type: str | None, unknown: str = "") -> str:
    """What a reviewer needs: for one activity type of the catalog, or (None) the invoice
    or CSR every claim needs and what each type adds; `unknown`: the words of a type asked
    for that the catalog has not."""

    def needs(key: str) -> list[str]:
        return [t(locale, f"requirement.{need}") for need in requirements_for(key)]

    if activity_type is not None:
        every = [t(locale, f"requirement.{INVOICE_OR_CSR}"), *needs(activity_type)]
        lines = [
            t(locale, "evidence_needed.for_type", type=t(locale, f"activity.{activity_type}")),
            "",
            *(f"- {need}" for need in every),
        ]
        entry = ACTIVITY_TYPES_BY_KEY[activity_type]
        more: list[str] = []  # the results its claim is asked and its cap (stop 58)
        if entry.metric is not None:
            results = t(locale, f"metric.{entry.metric}")
            more.append(t(locale, "evidence_needed.results", results=results))
        if entry.cap is not None:
            more.append(t(locale, "evidence_needed.cap", cap=_cap_text(locale, entry.cap)))
        lines += ["", *more] if more else []
        if entry.requires_pre_approval:
            lines += ["", t(locale, "evidence_needed.pre_approval")]
        return "\n".join(lines)
    opening = t(locale, "evidence_needed.every_claim")
    if unknown:
        opening = f"{t(locale, 'evidence_needed.unknown', name=escape(unknown))} {opening}"
    lines = [opening, ""]
    for entry in ACTIVITY_TYPES:
        more = "; ".join(needs(entry.key)) or t(locale, "evidence_needed.nothing_more")
        line = t(
            locale, "evidence_needed.type_line", type=t(locale, f"activity.{entry.key}"), needs=more
        )
        if entry.requires_pre_approval:
            line += f" ({t(locale, 'evidence_needed.pre_approval_short')})"
        lines.append(line)
    closing = [t(locale, "evidence_needed.ask_for_one"), t(locale, "evidence_needed.costs")]
    return "\n".join([*lines, "", *closing])


def expenses_text(locale: str, expenses: Sequence[Expense]) -> str:
    """The catalog's rule for each cost asked about ("can I claim catering?"): the activity
    types whose claims may include it and their cap, never, or no rule held."""

    def said(expense: Expense) -> str:
        types = [ACTIVITY_TYPES_BY_KEY[key] for key in expense.activity_types]
        names = ", ".join(t(locale, f"activity.{entry.key}") for entry in types)
        caps = [_cap_text(locale, entry.cap) for entry in types if entry.cap is not None]
        return t(locale, f"expense.{expense.key}", types=names, cap="; ".join(caps))

    return "\n\n".join(said(expense) for expense in expenses)


def common_rejections_text(locale: str) -> str:
    """What reviewers most often reject (`COMMON_REJECTIONS`), each with how it is avoided,
    and that a claim's check says which apply to it before it goes."""
    lines = [t(locale, "rejections_common.opening"), ""]
    for code in COMMON_REJECTIONS:
        lines.append(
            t(
                locale,
                "rejections_common.line",
                reason=t(locale, f"reason.{code}"),
                avoid=t(locale, f"rejection_avoid.{code}"),
            )
        )
    return "\n".join([*lines, "", t(locale, "rejections_common.closing")])


def claim_limits_text(locale: str) -> str:
    """How much a claim may be: no minimum; at most what remains planned for its activity and
    the co-op left in its period; and each capped type of the catalog, with its cap."""
    lines = [
        t(locale, "claim_limits.opening"),
        f"- {t(locale, 'claim_limits.planned')}",
        f"- {t(locale, 'claim_limits.funds')}",
        "",
        t(locale, "claim_limits.caps"),
    ]
    for entry in ACTIVITY_TYPES:
        if entry.cap is not None:
            name = t(locale, f"activity.{entry.key}")
            lines.append(
                t(locale, "claim_limits.cap_line", type=name, cap=_cap_text(locale, entry.cap))
            )
    return "\n".join([*lines, "", t(locale, "claim_limits.closing")])


def pre_approval_text(locale: str) -> str:
    """What a pre-approval is, the catalog's types that need one, and how it is got."""
    needing = [entry for entry in ACTIVITY_TYPES if entry.requires_pre_approval]
    types = ", ".join(t(locale, f"activity.{entry.key}") for entry in needing)
    return t(locale, "pre_approval_what", types=types)


def _cap_text(locale: str, cap: Cap) -> str:
    def usd(amount: Decimal | None) -> str:
        return format_amount(amount or Decimal(0), "USD", locale)

    def percent(share: Decimal | None) -> str:
        return f"{((share or Decimal(0)) * 100).normalize():f}"

    text = t(
        locale,
        f"claim_limits.cap.{cap.kind.value}",
        amount=usd(cap.amount_usd),
        percent=percent(cap.share),
        per_person=usd(cap.per_person_usd),
        attendees=cap.max_attendees or 0,
    )
    if cap.share_for_surface is not None:
        text += (
            f" ({t(locale, 'claim_limits.cap.surface', percent=percent(cap.share_for_surface))})"
        )
    return text
