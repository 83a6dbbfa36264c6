"""The string tables: English and French say the same things, and every key the code uses exists.

The code is read with `ast`: literal keys of `t(locale, "key")`, key families built
with f-strings (`f"program.{key}"`, expanded from the domain data they name), the
codes of `UserInputError` (`error.<code>`) and of plan findings (`finding.`/`fix.`).
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from dialogs.recognizer import MEANT
from domain.catalog import ACTIVITY_TYPES, EXPENSES
from domain.claim import ATTENDEES_FIELD, CLAIM_FIELDS, METRIC_FIELD, PRE_APPROVAL_FIELD
from domain.evidence import INVOICE_OR_CSR, EvidenceKind, requirements_for
from domain.findings import Severity
from domain.invoice import ReadingStatus
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS
from domain.programs import FUND_TYPES, PROGRAMS
from domain.reviewer_reasons import ANSWER_KINDS, COMMON_REJECTIONS, KNOWN_REASON_CODES
from domain.roles import Role
from views.strings import EN, FR, TABLES, language_of, t

ROOT = Path(__file__).resolve().parents[2]
CODE_FOLDERS = ("bot", "dialogs", "domain", "storage")

# Every question the dialogs can ask (the review is a card with its own title).
ASKED = (
    *PLAN_FIELDS,
    *CAMPAIGN_FIELDS,
    *ACTIVITY_FIELDS,
    "more_activities",
    "more_campaigns",
    "delete_confirm",
)
CLAIM_ASKED = (*CLAIM_FIELDS, PRE_APPROVAL_FIELD, METRIC_FIELD, ATTENDEES_FIELD)

# French that is rightly the same as English: names, codes, symbols, layouts of placeholders.
SAME_IN_FRENCH = {
    "button.send": "OK is OK in French Teams too",
    "ack.value": "a check mark and the value",
    "plans.line": "a layout of values",
    "review.campaign": "a layout of values",
    "review.activity": "a layout of values",
    "plan_view.title": "a layout of values",
    "plan_view.campaign": "a layout of values",
    "plan_view.activity": "a layout of values",
    "review.activity_description": "the partner's own text",
    "review.empty_value": "a dash",
    "status.left.of": "a layout of values",
    "severity.blocking": "an emoji",
    "export.column.plan_id": "a plan is a plan in French too",
    "severity.warning": "an emoji",
    "field.activity_type": "'type' is French as well",
    "field.description": "'description' is French as well",
    "sheet.column.description": "'Description' is French as well",
    "program.iot": "program name",
    "program.surface_add": "program name",
    "fund.coop": "Microsoft's name for the fund",
    "activity.tv_radio": "'TV / radio' is French as well",
    "field.claim.plan_id": "'plan' is French as well",
    "claims.line": "a layout of values",
    "claim.review.activity": "a layout of values",
    "evidence.line": "a layout of values",
    "notice.reason": "a bullet, the reviewer's words and what they are about",
    "reading.total": "'total' is French as well",
}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def code_files() -> list[Path]:
    files = [p for folder in CODE_FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 10, "the code was not found"
    return files


def parsed() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in code_files()]


def called(node: ast.Call, name: str) -> bool:
    func = node.func
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name
    )


def key_arguments(node: ast.expr):
    """Literal keys and f-string prefixes an argument may hold (both branches of an `if`)."""
    if isinstance(node, ast.IfExp):
        yield from key_arguments(node.body)
        yield from key_arguments(node.orelse)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield "key", node.value
    elif isinstance(node, ast.JoinedStr) and node.values:
        head = node.values[0]
        if isinstance(head, ast.Constant) and isinstance(head.value, str):
            yield "prefix", head.value


def translation_calls():
    """(path, line, kind, key or prefix, keyword names or None when **kwargs is passed)."""
    for path, tree in parsed():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called(node, "t") and len(node.args) >= 2:
                keywords = [k.arg for k in node.keywords]
                names = None if None in keywords else set(keywords)
                for kind, value in key_arguments(node.args[1]):
                    yield path, node.lineno, kind, value, names


def error_codes() -> dict[str, set[str] | None]:
    """Codes of every UserInputError raised, with the parameters each passes."""
    codes: dict[str, set[str] | None] = {}
    for _path, tree in parsed():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and called(node, "UserInputError")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                keywords = [k.arg for k in node.keywords]
                names = None if None in keywords else set(keywords)
                previous = codes.get(node.args[0].value, names)
                codes[node.args[0].value] = (
                    None if previous is None or names is None else previous & names
                )
    assert len(codes) > 15, "UserInputError codes were not found"
    return codes


def finding_codes() -> set[str]:
    found = set()
    for _path, tree in parsed():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called(node, "Finding"):
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                        found.add(keyword.value.value)
    assert found, "no findings were found"
    return found


# What an f-string key family stands for: the domain data it is built from.
# Every proof a claim's checklist can name (the invoice or CSR, and each activity type's).
REQUIREMENTS = tuple(
    sorted({INVOICE_OR_CSR} | {r for entry in ACTIVITY_TYPES for r in requirements_for(entry.key)})
)
KEY_FAMILIES: dict[str, tuple[str, ...]] = {
    "program.": tuple(PROGRAMS),
    "fund.": FUND_TYPES,
    "activity.": tuple(entry.key for entry in ACTIVITY_TYPES),
    "status.": tuple({status.value: None for status in (*PlanStatus, *ClaimStatus)}),
    "field.": (*PLAN_FIELDS, *CAMPAIGN_FIELDS, *ACTIVITY_FIELDS),
    "question.": ASKED,
    "help.field.": (*ASKED, "review"),
    "severity.": tuple(severity.value for severity in Severity),
    "finding.": tuple(sorted(finding_codes())),
    "fix.": tuple(sorted(finding_codes())),
    "error.": tuple(sorted(error_codes())),
    # What parse_amount read around an amount (domain.money.ReadAmount.notes).
    "amount_note.": ("approximate", "excl_tax", "incl_tax"),
    # The card forms' labels (FormDialog.form_inputs).
    "form.": (
        *PLAN_FIELDS,
        *CAMPAIGN_FIELDS,
        *ACTIVITY_FIELDS,
        *(
            f"claim.{name}"
            for name in CLAIM_ASKED
            if not name.endswith("_id") or name == "pre_approval_id"
        ),
    ),
    # The plan spreadsheet's columns and plan labels (sheets.plan_sheet, dialogs.sheet_import).
    "sheet.column.": (*PLAN_FIELDS, "campaign", "start_date", "end_date", *ACTIVITY_FIELDS),
    # Proof of execution (claims) and its evidence.
    "field.claim.": CLAIM_ASKED,
    "question.claim.": CLAIM_ASKED,
    "evidence.kind.": tuple(kind.value for kind in EvidenceKind),
    "metric.": tuple(sorted({entry.metric for entry in ACTIVITY_TYPES if entry.metric})),
    # Status notices and answers.
    "notice.claim.": tuple(status.value for status in ClaimStatus),
    "notice.plan.": tuple(status.value for status in PlanStatus),
    "notice.next.claim.": tuple(status.value for status in ClaimStatus),
    "notice.next.plan.": tuple(status.value for status in PlanStatus),
    "status.next.": tuple(status.value for status in ClaimStatus),
    "status_line.claim.": tuple(status.value for status in ClaimStatus),
    "status_line.plan.": tuple(status.value for status in PlanStatus),
    "claim_status.": tuple(status.value for status in ClaimStatus),
    # The commands a mistyped one is offered for (dialogs.recognizer.MEANT).
    "meant.": tuple(intent.value for intent in MEANT),
    # The costs the catalog rules on ("can I claim catering?": domain.catalog.EXPENSES).
    "expense.": tuple(expense.key for expense in EXPENSES),
    # One's own role asked ("what's my role?").
    "role_name.": tuple(role.value for role in Role),
    # What was read in an invoice, or why nothing was (dialogs.invoice_reading).
    "reading.": tuple(status.value for status in ReadingStatus),
    # A reviewer's reasons on a claim being fixed (domain.reviewer_reasons).
    "answer.": ANSWER_KINDS,
    "reason.": tuple(KNOWN_REASON_CODES),
    # How each common rejection is avoided ("what are common rejection reasons?").
    "rejection_avoid.": COMMON_REJECTIONS,
    "requirement.": REQUIREMENTS,
    # What each is, asked ("what's a proof of distribution?").
    "requirement_help.": REQUIREMENTS,
}


def expected_keys() -> dict[str, str]:
    """Every key the code can ask for → where it comes from."""
    keys: dict[str, str] = {}
    for path, line, kind, value, _names in translation_calls():
        where = f"{path.relative_to(ROOT)}:{line}"
        if kind == "key":
            keys[value] = where
        else:
            assert value in KEY_FAMILIES, (
                f'{where} builds keys "{value}…": add the data it comes from to KEY_FAMILIES'
            )
            for member in KEY_FAMILIES[value]:
                keys[value + member] = where
    for family in ("error.", "finding.", "fix.", "help.field.", "question."):
        for member in KEY_FAMILIES[family]:
            keys.setdefault(family + member, f"domain data of {family}")
    return keys


# -- the tables against each other ---------------------------------------------------------


def test_english_and_french_hold_the_same_keys() -> None:
    assert sorted(set(EN) - set(FR)) == [], "missing in French"
    assert sorted(set(FR) - set(EN)) == [], "missing in English"


@pytest.mark.parametrize("key", sorted(EN))
def test_both_languages_fill_the_same_placeholders(key: str) -> None:
    assert placeholders(FR[key]) == placeholders(EN[key])


def test_no_french_sentence_is_left_in_english() -> None:
    same = {key for key in EN if FR[key] == EN[key]}
    assert same - set(SAME_IN_FRENCH) == set(), "translate these, or allow them with a reason"
    assert set(SAME_IN_FRENCH) - same == set(), "no longer the same: drop from the allow-list"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_sentence_is_empty_or_padded(language: str) -> None:
    for key, text in TABLES[language].items():
        assert text.strip() == text and text, key


# -- the code against the tables -----------------------------------------------------------


def test_every_key_the_code_uses_exists_in_both_languages() -> None:
    keys = expected_keys()
    missing = {key: where for key, where in keys.items() if key not in EN or key not in FR}
    assert missing == {}


def test_the_key_families_cover_questions_help_errors_and_findings() -> None:
    keys = expected_keys()
    for family in ("question.", "help.field.", "error.", "finding.", "fix.", "program."):
        assert any(key.startswith(family) for key in keys), family
    assert "error.mpn_invalid" in keys and "help.field.review" in keys


def test_every_placeholder_a_sentence_needs_is_given_by_the_code() -> None:
    """A missing parameter would show "{value}" to the partner."""
    problems = []
    for path, line, kind, key, names in translation_calls():
        if kind == "key" and names is not None and key in EN:
            lacking = placeholders(EN[key]) - names
            if lacking:
                problems.append(f"{path.relative_to(ROOT)}:{line} {key} lacks {lacking}")
    for code, names in error_codes().items():
        if names is not None:
            lacking = placeholders(EN.get(f"error.{code}", "")) - names
            if lacking:
                problems.append(f"UserInputError({code!r}) lacks {lacking}")
    assert problems == []


# -- t() itself ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("fr-FR", "fr"),
        ("fr-CA", "fr"),
        ("FR", "fr"),
        ("en-US", "en"),
        ("de-DE", "en"),
        (None, "en"),
    ],
)
def test_the_locale_picks_the_table(locale: str | None, language: str) -> None:
    assert language_of(locale) == language


def test_t_fills_placeholders_and_keeps_unknown_ones_visible() -> None:
    assert t("fr-FR", "ack.plan_resumed", plan_id="PLN-2026-000001") == (
        "Je reprends **PLN-2026-000001** là où vous l'avez laissé."
    )
    assert "{plan_id}" in t("en-US", "ack.plan_resumed", other="x")
