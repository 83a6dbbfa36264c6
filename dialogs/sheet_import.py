"""A plan from a spreadsheet: the file a partner attaches, read and checked, all or nothing.

The file format (the template, reading .xlsx and .csv) is `sheets.plan_sheet`'s. Here each
value goes through the very parser the plan's questions use (`FormDialog.read_field` of the
plan, campaign and activity dialogs), on a copy of the draft, so a value the chat would
refuse is refused from the file too, for the same reason, in the partner's language. Every
row is checked before anything changes: one refused row and the draft stays as it was, and
the partner gets each problem with its row number.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from dialogs.attachments import IncomingFile
from dialogs.form_dialog import error_text
from dialogs.plan_form import PlanDraft
from dialogs.recognizer import close_choice
from dialogs.services import Services
from domain.dates import FiscalHalf
from domain.errors import UserInputError
from domain.evidence import check_file_name
from domain.plan import (
    MAX_ACTIVITIES_PER_CAMPAIGN,
    MAX_CAMPAIGNS,
    PLAN_FIELDS,
    Campaign,
    Plan,
)
from domain.text import fold, language_of
from sheets.plan_sheet import (
    TEMPLATE_FILE_NAME,
    PlanSheet,
    SheetError,
    SheetRow,
    read_sheet,
    template,
)
from storage.evidence_store import DownloadError
from views import cards
from views.strings import t

if TYPE_CHECKING:
    from dialogs.plan_dialog import PlanDialog

log = logging.getLogger(__name__)

SHEET_EXTENSIONS = (".xlsx", ".csv")
# The row columns, in the order a row is read (a campaign's dates before its activity).
CAMPAIGN_COLUMNS = {"campaign": "name", "start_date": "start_date", "end_date": "end_date"}
ACTIVITY_COLUMNS = ("activity_type", "description", "countries", "planned_amount")
# Problems listed in one message at most (the count says how many there were).
MAX_PROBLEMS_SHOWN = 15
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The template's file name (the link the chat gives) → its language.
TEMPLATE_LANGUAGE_OF = {name: language for language, name in TEMPLATE_FILE_NAME.items()}


@functools.lru_cache(maxsize=8)
def _template(language: str, half: str, today: date) -> bytes:
    return template(language, today=today)


def template_for(language: str, today: date) -> bytes:
    """The blank template in `language`; its periods are this half's and the next, so it is
    made again when the half changes."""
    half = FiscalHalf.containing(today)
    return _template(language, half.label, half.start)


def sheet_of(files: list[IncomingFile]) -> IncomingFile | None:
    """The spreadsheet among the files sent, when one file was sent and it is one."""
    if len(files) != 1:
        return None
    name = (files[0].name or "").strip().lower()
    return files[0] if name.endswith(SHEET_EXTENSIONS) else None


async def read_attached(services: Services, incoming: IncomingFile, locale: str) -> PlanSheet:
    """Download the file (the evidence downloads' checks and limits), read it off the event
    loop, and let go of the copy. A file that cannot be read raises UserInputError."""
    check_file_name(incoming.name)
    try:
        kept = await services.evidence.fetch(incoming.download_url, file_name=incoming.name)
    except DownloadError as error:
        raise UserInputError(error.code, **error.params) from None
    try:
        data = await services.evidence.read(kept.stored_as)
    finally:
        if kept.created:  # not a file some claim holds already
            await services.evidence.discard([kept])
    try:
        return await asyncio.to_thread(read_sheet, data, incoming.name, locale)
    except SheetError as error:
        raise _refusal(error, incoming.name) from None


def _refusal(error: SheetError, name: str) -> UserInputError:
    """The partner's sentence for a file refused whole (one code each, for the tables)."""
    params = {"name": name, **error.params}
    if error.key == "too_big":
        return UserInputError("sheet_too_big", **params)
    if error.key == "too_many_rows":
        return UserInputError("sheet_too_many_rows", **params)
    if error.key == "no_header":
        return UserInputError("sheet_no_header", **params)
    if error.key == "empty":
        return UserInputError("sheet_empty", **params)
    return UserInputError("sheet_not_a_sheet", name=name)


@dataclass
class Filled:
    """What a sheet came to on a plan: the plan changed (a copy), or the problems."""

    plan: Plan
    problems: list[str] = field(default_factory=list)
    campaigns: int = 0
    activities: int = 0


def _as_text(value: str | date | Decimal, locale: str) -> str:
    """A cell's value as the partner would type it (dates in ISO form, which every locale
    reads; numbers with the locale's decimal mark)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", ",") if language_of(locale) == "fr" else text
    return value


class SheetFiller:
    """Checks a sheet against a plan with the plan dialogs' own parsers."""

    def __init__(self, plan_dialog: PlanDialog) -> None:
        self.plan_form = plan_dialog
        self.campaign_form = plan_dialog.campaign_form
        self.activity_form = plan_dialog.campaign_form.activity_form

    def fill(self, draft: PlanDraft, sheet: PlanSheet) -> Filled:
        """`draft.plan` with the sheet's values (a copy; `draft` is not changed)."""
        locale = draft.locale
        plan = draft.plan.model_copy(deep=True)
        work = replace(draft, plan=plan, campaign=None, activity=None)
        filled = Filled(plan)
        problems = filled.problems
        for name in PLAN_FIELDS:  # in the order asked: the currency before the limit
            if name not in sheet.plan:
                continue
            text = _as_text(sheet.plan[name], locale)
            try:
                self.plan_form.refuse_far_too_long(name, text)
                value = self.plan_form.read_field(work, name, text)
            except UserInputError as error:
                problems.append(self._problem(locale, None, name, _reason(locale, error)))
                continue
            setattr(plan, name, value)
        if not sheet.rows:
            return filled
        plan.campaigns = []
        by_name: dict[str, tuple[Campaign, SheetRow]] = {}
        for row in sheet.rows:
            campaign = self._campaign(work, row, by_name, problems)
            if campaign is None:
                continue
            if len(campaign.activities) >= MAX_ACTIVITIES_PER_CAMPAIGN:
                reason = t(locale, "sheet.too_many_activities", limit=MAX_ACTIVITIES_PER_CAMPAIGN)
                problems.append(self._problem(locale, row.number, "campaign", reason))
                continue
            activity = plan.add_activity(campaign)
            at = replace(work, campaign=campaign, activity=activity)
            for name in ACTIVITY_COLUMNS:
                self._take(self.activity_form, at, row, name, name, activity, problems)
            filled.activities += 1
        for campaign, _ in by_name.values():
            campaign.activities_done = True
        plan.campaigns_done = True
        filled.campaigns = len(by_name)
        return filled

    def _campaign(
        self,
        work: PlanDraft,
        row: SheetRow,
        by_name: dict[str, tuple[Campaign, SheetRow]],
        problems: list[str],
    ) -> Campaign | None:
        """The row's campaign: the one named on an earlier row, or a new one."""
        locale, plan = work.locale, work.plan
        typed = row.values.get("campaign")
        if typed is None:
            problems.append(self._problem(locale, row.number, "campaign", t(locale, "sheet.empty")))
            return None
        known = by_name.get(fold(_as_text(typed, locale)))
        if known is not None:
            campaign, first = known
            # Dates may be left out after a campaign's first row; said again, they must agree.
            probe = Campaign(id=campaign.id, start_date=campaign.start_date)
            at = replace(work, campaign=probe)
            differs = [
                column
                for column in ("start_date", "end_date")
                if column in row.values
                and self._read(self.campaign_form, at, row, column, column, problems)
                not in (None, getattr(campaign, column))
            ]
            if differs:
                reason = t(locale, "sheet.other_dates", row=first.number)
                problems.append(self._problem(locale, row.number, differs[0], reason))
            return campaign
        if len(by_name) >= MAX_CAMPAIGNS:
            reason = t(locale, "sheet.too_many_campaigns", limit=MAX_CAMPAIGNS)
            problems.append(self._problem(locale, row.number, "campaign", reason))
            return None
        campaign = plan.add_campaign()
        at = replace(work, campaign=campaign)
        for column, name in CAMPAIGN_COLUMNS.items():
            self._take(self.campaign_form, at, row, column, name, campaign, problems)
        by_name[fold(_as_text(typed, locale))] = (campaign, row)
        return campaign

    def _take(self, form, at, row, column, name, holder, problems) -> None:
        value = self._read(form, at, row, column, name, problems)
        if value is not None:
            setattr(holder, name, value)
        elif column not in row.values:
            problems.append(
                self._problem(at.locale, row.number, column, t(at.locale, "sheet.empty"))
            )

    def _read(self, form, at, row, column, name, problems):
        typed = row.values.get(column)
        if typed is None:
            return None
        text = _as_text(typed, at.locale)
        try:
            form.refuse_far_too_long(name, text)
            return form.read_field(at, name, text)
        except UserInputError as error:
            reason = _reason(at.locale, _with_near_choice(form, at, name, text, error))
            problems.append(self._problem(at.locale, row.number, column, reason))
            return None

    @staticmethod
    def _problem(locale: str, row: int | None, column: str, reason: str) -> str:
        label = t(locale, f"sheet.column.{column}")
        if row is None:
            return t(locale, "sheet.problem_plan", field=label, reason=reason)
        return t(locale, "sheet.problem_row", row=row, field=label, reason=reason)


def _with_near_choice(form, at, name: str, text: str, error: UserInputError) -> UserInputError:
    """A list value typed with a slip ("Digitl advertising"): the choice it is closest to,
    as the chat suggests it."""
    spec = form.fields[name]
    if error.code != "choice_unknown" or spec.choices is None:
        return error
    close = close_choice(text, spec.choices(at))
    if close is None:
        return error
    return UserInputError(
        "choice_did_you_mean", value=text[:60], suggestion=close.label, answer=close.value
    )


def _reason(locale: str, error: UserInputError) -> str:
    """Why a cell was refused. A near miss is said as a question about the file ("Frnace":
    did you mean France?), not with the chat's "click below"."""
    suggestion = error.params.get("suggestion")
    if error.code.endswith("did_you_mean") and isinstance(suggestion, str) and suggestion:
        typed = error.params.get("value") or error.params.get("typed") or ""
        return t(
            locale,
            "sheet.did_you_mean",
            value=cards.escape(str(typed)[:60]),
            suggestion=cards.escape(suggestion),
        )
    return error_text(locale, error)


def problems_text(locale: str, file_name: str, problems: list[str]) -> str:
    """Every problem (the first ones, and how many more), and that nothing changed."""
    lines = [
        t(locale, "sheet.refused", count=len(problems), name=cards.escape(file_name or "?")),
        *(f"- {problem}" for problem in problems[:MAX_PROBLEMS_SHOWN]),
    ]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        lines.append(t(locale, "sheet.more_problems", count=len(problems) - MAX_PROBLEMS_SHOWN))
    lines.append(t(locale, "sheet.fix_and_attach"))
    return "\n\n".join(lines)
