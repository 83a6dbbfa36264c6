"""The plan spreadsheet's file format: the .xlsx template, and a filled file read into raw values.

`template(locale, plan=…)` writes the workbook a partner fills in Excel, in their language:
a "Plan" sheet (labels in column A, values in column B, with drop-down lists), an
"Activities" sheet (one row per activity, the campaign's name and dates repeated on each of
its rows) and a hidden "Lists" sheet holding the drop-down lists too long to be written
inline (Excel refuses an inline list over 255 characters).

`read_sheet(data, file_name, locale)` reads a filled .xlsx or a .csv export back into
`PlanSheet`: the values as they were typed, nothing validated. Checking each value is the
dialogs' work (their own parsers), so a file is only refused here when it cannot be read
as a whole. Sheets, column titles and plan labels are found by their titles in English or
French whatever the partner's language (a French partner may fill an English template),
ignoring case and accents, and by their internal names ("planned_amount") too.

What a cell holds comes back as `Value`: text stripped; a real Excel date cell as a `date`;
a number cell as a `Decimal` (never a float). In a CSV everything is text. Formula cells give
the value Excel last computed (none when the file was never opened in Excel).

`SheetError.key` says why a file is refused (the lead's string table translates it):

- `not_a_sheet`: neither an .xlsx workbook nor a CSV text (random bytes, an old .xls, an
  encrypted or damaged workbook, a zip that is not a workbook, a zip bomb).
- `too_big` (limit_mb): over `MAX_FILE_MB`; also a workbook over `MAX_UNPACKED_MB` once
  unpacked (still said with `MAX_FILE_MB`, the one limit partners are told).
- `too_many_rows` (limit): more than `MAX_ROWS` activity rows, or a sheet that goes on past
  row `MAX_SCANNED_ROWS` (even with empty rows there, e.g. whole rows formatted).
- `no_header`: no activity header row (at least two known column titles on one row within
  the first `HEADER_SEARCH_ROWS` rows of a sheet).
- `empty`: no plan value and no activity row.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from domain.catalog import ACTIVITY_TYPES, ACTIVITY_TYPES_BY_KEY
from domain.countries import country_codes, country_name
from domain.dates import FiscalHalf
from domain.plan import PLAN_FIELDS, PLAN_ID_PATTERN, Plan, format_plan_id
from domain.programs import FUND_TYPES, PROGRAMS
from domain.text import fold, language_of
from views.strings import t

if TYPE_CHECKING:
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet


@cache
def _xl() -> SimpleNamespace:
    """openpyxl, loaded when a sheet is first written or read (on the thread doing it),
    not when the bot starts: it costs 80 ms and, with the Pillow it loads, 6 MB."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    return SimpleNamespace(
        Workbook=openpyxl.Workbook,
        load_workbook=openpyxl.load_workbook,
        Alignment=Alignment,
        Font=Font,
        get_column_letter=get_column_letter,
        DataValidation=DataValidation,
    )


PLAN_COLUMNS: tuple[str, ...] = PLAN_FIELDS
ROW_COLUMNS: tuple[str, ...] = (
    "campaign",
    "start_date",
    "end_date",
    "activity_type",
    "countries",
    "planned_amount",
    "description",
)

Value = str | date | Decimal

TEMPLATE_FILE_NAME: dict[str, str] = {"en": "plan-template.xlsx", "fr": "modele-de-plan.xlsx"}

# -- limits ------------------------------------------------------------------------------------

MAX_FILE_MB = 5
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
# An .xlsx is a zip of XML: its parts may unpack to ten times the file, not more.
MAX_UNPACKED_MB = 50
MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024
# A workbook holds a few dozen parts; thousands mean something else.
MAX_ZIP_MEMBERS = 1000
# XML deflates 5 to 30 times; a part over 1 MB that unpacks 200 times its size is a bomb.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
MAX_ROWS = 500
# Rows looked at, empty ones included: bounds the work a crafted file (thousands of formatted
# empty rows) costs. A sheet running past it is refused like one with too many rows.
MAX_SCANNED_ROWS = 5000
# Columns read on each row: the template uses 7 (3 on the Plan sheet); the rest is ignored.
MAX_COLUMNS = 30
# The activity header is looked for this far down a sheet (plan values may sit above it).
HEADER_SEARCH_ROWS = 50
# Plan labels are looked for this far down the Plan sheet.
PLAN_SEARCH_ROWS = 100
# Empty rows the template offers after the prefilled ones.
TEMPLATE_EMPTY_ROWS = 50
# Excel refuses an inline list ("a,b,c") longer than this; longer lists go on the Lists sheet.
INLINE_LIST_LIMIT = 255

# -- titles ------------------------------------------------------------------------------------

PLAN_SHEET_TITLE = {"en": "Plan", "fr": "Plan"}
ACTIVITIES_SHEET_TITLE = {"en": "Activities", "fr": "Activités"}
LISTS_SHEET_TITLE = "Lists"

# Titles of the activity columns and labels of the plan's values: the string table's
# `sheet.column.*`, the words the bot's messages use for them ("Row 4, Start date: …").
COLUMN_TITLES: dict[str, dict[str, str]] = {
    language: {name: t(language, f"sheet.column.{name}") for name in (*ROW_COLUMNS, *PLAN_FIELDS)}
    for language in ("en", "fr")
}
PLAN_ID_LABEL = {"en": "Plan ID", "fr": "Identifiant du plan"}

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "help": "Fill in column B, then the Activities sheet: one row per activity, with its "
        "campaign's name and dates repeated on each row. Save the file and attach it in the "
        "chat.",
        "plan_id_note": "Keep as is: attaching this file again updates this draft.",
        "pick": "Pick a value from the list.",
        "countries": "Pick a country from the list, or type several separated by commas.",
        "country": "Pick a country from the list.",
        "date": "Type a date, e.g. 2026-03-15.",
        "amount": "Type an amount, e.g. 12500.",
    },
    "fr": {
        "help": "Remplissez la colonne B, puis la feuille Activités : une ligne par activité, "
        "avec le nom et les dates de sa campagne répétés sur chaque ligne. Enregistrez le "
        "fichier et joignez-le dans la conversation.",
        "plan_id_note": "Ne pas modifier : joindre à nouveau ce fichier met à jour ce brouillon.",
        "pick": "Choisissez une valeur dans la liste.",
        "countries": "Choisissez un pays dans la liste, ou tapez-en plusieurs séparés par des "
        "virgules.",
        "country": "Choisissez un pays dans la liste.",
        "date": "Tapez une date, par exemple 15/03/2026.",
        "amount": "Tapez un montant, par exemple 12500.",
    },
}
# Excel shows dates in this format; what the partner types is read by Excel's own locale.
_DATE_FORMAT = {"en": "yyyy-mm-dd", "fr": "dd/mm/yyyy"}
_AMOUNT_FORMAT = "#,##0.00"
_COLUMN_WIDTHS = {
    "campaign": 30,
    "start_date": 15,
    "end_date": 15,
    "activity_type": 38,
    "countries": 30,
    "planned_amount": 17,
    "description": 60,
}
_LANGUAGES = ("en", "fr")
# 1 January 2000 as an Excel date serial: the earliest date the date columns suggest.
_EXCEL_2000_01_01 = "36526"


class SheetError(Exception):
    """The file as a whole cannot be read; `key` is a string-table key suffix the lead
    translates (listed in the module doc), `params` its values."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class SheetRow:
    """One activity row: `number` is the row number the partner sees in Excel (header
    included) or the CSV record number; `values` holds only the non-empty cells."""

    number: int
    values: dict[str, Value]


@dataclass(frozen=True)
class PlanSheet:
    """A filled plan spreadsheet as read, before any validation.

    `plan_id` is the draft the template was made for: upper-cased when it reads as a plan
    id, else the text as found (the caller refuses it); None when there was none.
    """

    plan_id: str | None
    plan: dict[str, Value]
    rows: list[SheetRow] = field(default_factory=list)


def template_file_name(locale: str) -> str:
    return TEMPLATE_FILE_NAME[language_of(locale)]


# == writing the template ========================================================================


def template(locale: str, *, plan: Plan | None = None, today: date | None = None) -> bytes:
    """The .xlsx template in the locale's language; with `plan`, prefilled with its values
    and its id, so attaching it again updates the same draft."""
    language = language_of(locale)
    today = today or date.today()
    workbook = _xl().Workbook()
    plan_sheet = workbook.active
    plan_sheet.title = PLAN_SHEET_TITLE[language]
    rows_sheet = workbook.create_sheet(ACTIVITIES_SHEET_TITLE[language])
    lists = _Lists(workbook.create_sheet(LISTS_SHEET_TITLE))
    _write_plan_sheet(plan_sheet, lists, language, plan, today)
    _write_activities_sheet(rows_sheet, lists, language, plan)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


class _Lists:
    """The hidden sheet holding drop-down lists too long (or too comma-laden) to be inline."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.sheet.sheet_state = "hidden"
        self.written: dict[tuple[str, ...], str] = {}

    def formula(self, items: list[str]) -> str:
        """The `formula1` of a list validation offering `items`: inline when Excel allows it,
        else a range of the Lists sheet (one column per list, written once)."""
        inline = ",".join(items)
        if len(inline) + 2 <= INLINE_LIST_LIMIT and not _has_separator(items):
            return f'"{inline}"'
        if tuple(items) not in self.written:
            column = len(self.written) + 1
            for row, item in enumerate(items, 1):
                self.sheet.cell(row=row, column=column, value=item)
            letter = _xl().get_column_letter(column)
            self.written[tuple(items)] = f"{self.sheet.title}!${letter}$1:${letter}${len(items)}"
        return self.written[tuple(items)]


def _has_separator(items: list[str]) -> bool:
    """An inline list splits on commas and cannot hold a quote: such items go on Lists."""
    return any("," in item or '"' in item for item in items)


def _validation(
    sheet: Worksheet,
    cells: str,
    kind: str,
    formula: str,
    *,
    style: str | None,
    message: str = "",
    operator: str | None = None,
) -> DataValidation:
    """A data validation on `cells`; `style` "stop" refuses other values, "warning" asks,
    None accepts anything silently (the drop-down is still offered)."""
    validation = _xl().DataValidation(
        type=kind,
        formula1=formula,
        operator=operator,
        allow_blank=True,
        showErrorMessage=style is not None,
        errorStyle=style,
        error=message or None,
    )
    validation.add(cells)
    sheet.add_data_validation(validation)
    return validation


def _write_plan_sheet(
    sheet: Worksheet, lists: _Lists, language: str, plan: Plan | None, today: date
) -> None:
    text = _TEXT[language]
    sheet["A1"] = text["help"]
    sheet["A1"].alignment = _xl().Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A1:B1")
    sheet.row_dimensions[1].height = 60
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 45
    sheet.column_dimensions["C"].width = 60

    values = _plan_values(plan, language) if plan is not None else {}
    first_row = 3
    rows = {name: first_row + index for index, name in enumerate(PLAN_COLUMNS)}
    for name, row in rows.items():
        label = sheet.cell(row=row, column=1, value=COLUMN_TITLES[language][name])
        label.font = _xl().Font(bold=True)
        cell = _put(sheet, row, 2, values.get(name))
        if name in ("mpn_id", "reviewer_email", "currency"):
            cell.number_format = "@"  # text: Excel keeps what is typed (leading zeros too)
        elif name == "plan_limit":
            cell.number_format = _AMOUNT_FORMAT

    def at(name: str) -> str:
        return f"B{rows[name]}"

    programs = [_label("program", key, language) for key in PROGRAMS]
    funds = [_label("fund", key, language) for key in FUND_TYPES]
    current = FiscalHalf.containing(today)
    periods = [current.label, current.next().label]
    if plan is not None and plan.period and plan.period not in periods:
        periods.insert(0, plan.period)
    pick = text["pick"]
    _validation(sheet, at("program"), "list", lists.formula(programs), style="stop", message=pick)
    _validation(sheet, at("fund_type"), "list", lists.formula(funds), style="stop", message=pick)
    # Any fiscal half reads; these two are the ones a new plan is for.
    _validation(sheet, at("period"), "list", lists.formula(periods), style="warning", message=pick)
    _validation(sheet, at("currency"), "list", lists.formula(["EUR", "USD", "GBP"]), style=None)
    _validation(
        sheet,
        at("market"),
        "list",
        lists.formula(_country_names(language)),
        style="warning",
        message=text["country"],
    )
    _validation(
        sheet,
        at("plan_limit"),
        "decimal",
        "0",
        style="warning",
        message=text["amount"],
        operator="greaterThan",
    )

    if plan is not None:
        row = first_row + len(PLAN_COLUMNS) + 1
        label = sheet.cell(row=row, column=1, value=PLAN_ID_LABEL[language])
        label.font = _xl().Font(bold=True)
        sheet.cell(row=row, column=2, value=plan.id)
        note = sheet.cell(row=row, column=3, value=text["plan_id_note"])
        note.font = _xl().Font(italic=True, color="808080")


def _put(sheet: Worksheet, row: int, column: int, value: Value | None):
    """Write a partner's value; text stays text even when it starts with "=" (openpyxl
    would write a formula, which Excel would run)."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _plan_values(plan: Plan, language: str) -> dict[str, Value]:
    """The plan's known values as the partner reads them (labels, country names)."""
    values: dict[str, Value] = {}
    for name in PLAN_COLUMNS:
        value = getattr(plan, name)
        if value is None:
            continue
        if name == "program":
            value = _label("program", value, language)
        elif name == "fund_type":
            value = _label("fund", value, language)
        elif name == "market":
            value = _country(value, language)
        values[name] = value
    return values


def _write_activities_sheet(
    sheet: Worksheet, lists: _Lists, language: str, plan: Plan | None
) -> None:
    titles = COLUMN_TITLES[language]
    for column, name in enumerate(ROW_COLUMNS, 1):
        cell = sheet.cell(row=1, column=column, value=titles[name])
        cell.font = _xl().Font(bold=True)
        width = max(_COLUMN_WIDTHS[name], len(titles[name]) + 4)
        sheet.column_dimensions[_xl().get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"

    prefilled = _activity_rows(plan, language) if plan is not None else []
    for number, values in enumerate(prefilled, 2):
        for column, name in enumerate(ROW_COLUMNS, 1):
            _put(sheet, number, column, values.get(name))
    last = 1 + len(prefilled) + TEMPLATE_EMPTY_ROWS

    letters = {name: _xl().get_column_letter(index) for index, name in enumerate(ROW_COLUMNS, 1)}
    date_format = _DATE_FORMAT[language]
    for row in range(2, last + 1):
        sheet[f"{letters['start_date']}{row}"].number_format = date_format
        sheet[f"{letters['end_date']}{row}"].number_format = date_format
        sheet[f"{letters['planned_amount']}{row}"].number_format = _AMOUNT_FORMAT

    def column(name: str) -> str:
        return f"{letters[name]}2:{letters[name]}{last}"

    text = _TEXT[language]
    types = [_label("activity", entry.key, language) for entry in ACTIVITY_TYPES]
    formula = lists.formula(types)
    _validation(sheet, column("activity_type"), "list", formula, style="stop", message=text["pick"])
    _validation(
        sheet,
        column("countries"),
        "list",
        lists.formula(_country_names(language)),
        style="warning",
        message=text["countries"],
    )
    for name in ("start_date", "end_date"):
        _validation(
            sheet,
            column(name),
            "date",
            _EXCEL_2000_01_01,
            style="warning",
            message=text["date"],
            operator="greaterThanOrEqual",
        )
    _validation(
        sheet,
        column("planned_amount"),
        "decimal",
        "0",
        style="warning",
        message=text["amount"],
        operator="greaterThan",
    )


def _activity_rows(plan: Plan, language: str) -> list[dict[str, Value]]:
    """One row per activity, its campaign's name and dates repeated; a campaign without
    activities still gets a row, so it is not lost when the file comes back."""
    rows: list[dict[str, Value]] = []
    for campaign in plan.campaigns:
        base: dict[str, Value] = {}
        for name, value in (
            ("campaign", campaign.name),
            ("start_date", campaign.start_date),
            ("end_date", campaign.end_date),
        ):
            if value is not None:
                base[name] = value
        if not campaign.activities:
            rows.append(base)
        for activity in campaign.activities:
            row = dict(base)
            if activity.activity_type:
                row["activity_type"] = _label("activity", activity.activity_type, language)
            if activity.countries:
                names = (_country(code, language) for code in activity.countries)
                row["countries"] = ", ".join(names)
            if activity.planned_amount is not None:
                row["planned_amount"] = activity.planned_amount
            if activity.description:
                row["description"] = activity.description
            rows.append(row)
    return rows


_KNOWN_LABELS = {"program": PROGRAMS, "fund": FUND_TYPES, "activity": ACTIVITY_TYPES_BY_KEY}


def _label(prefix: str, key: str, language: str) -> str:
    """The string table's name for `key`; the key itself when the table has none."""
    return t(language, f"{prefix}.{key}") if key in _KNOWN_LABELS[prefix] else key


def _country(code: str, language: str) -> str:
    try:
        return country_name(code, language)
    except KeyError:
        return code


def _country_names(language: str) -> list[str]:
    return sorted((country_name(code, language) for code in country_codes()), key=fold)


# == reading a filled file =======================================================================

# A row as read: its number and up to MAX_COLUMNS values, None for an empty cell.
_Row = tuple[int, list[Value | None]]


@dataclass(frozen=True)
class _Table:
    """One sheet (or the one CSV table); `rows` reads it again from the top at each call."""

    title: str
    rows: Callable[[], Iterator[_Row]]


_PAREN = re.compile(r"\([^)]*\)")


def _key(text: str) -> str:
    """Matching form of a title or label: folded, "_" as a space, no parenthesis ("Planned
    amount (EUR)"), no trailing "*" or ":", one space between words."""
    folded = fold(text).replace("’", "'").replace("_", " ")
    return " ".join(_PAREN.sub(" ", folded).split()).strip(" *:")


def _keys(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {_key(text): name for text, name in entries}


_COLUMN_KEYS = _keys(
    [(name, name) for name in ROW_COLUMNS]
    + [(titles[name], name) for titles in COLUMN_TITLES.values() for name in ROW_COLUMNS]
    # The string table's field names ("planned amount", "montant prévu", "type", "pays").
    + [
        (t(language, f"field.{name}"), name)
        for language in _LANGUAGES
        for name in ROW_COLUMNS
        if name != "campaign"
    ]
    + [
        ("campaign name", "campaign"),
        ("nom de la campagne", "campaign"),
        ("country", "countries"),
        ("amount", "planned_amount"),
        ("montant", "planned_amount"),
    ]
)
_PLAN_KEYS = _keys(
    [(name, name) for name in PLAN_COLUMNS]
    + [(t(language, f"field.{name}"), name) for language in _LANGUAGES for name in PLAN_COLUMNS]
    + [(titles[name], name) for titles in COLUMN_TITLES.values() for name in PLAN_COLUMNS]
    + [(label, "plan_id") for label in PLAN_ID_LABEL.values()]
    + [("plan_id", "plan_id"), ("MPN ID", "mpn_id"), ("période", "period")]
)
_PLAN_SHEET_KEYS = {_key(title) for title in PLAN_SHEET_TITLE.values()}
_ACTIVITIES_SHEET_KEYS = {_key(title) for title in ACTIVITIES_SHEET_TITLE.values()} | {
    "activity",
    "activite",
}
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xls", ".xlsb", ".ods")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CSV_DELIMITERS = (";", ",", "\t")


def read_sheet(data: bytes, file_name: str, locale: str) -> PlanSheet:
    """The plan values and activity rows of a filled .xlsx or .csv, as typed.

    The format is decided by the content (a zip is a workbook, text is CSV); `file_name`
    only refuses a file named like a workbook whose content is not one, rather than reading
    it as CSV. Titles are read in English and French whatever `locale` says. Raises
    `SheetError` and nothing else.
    """
    if len(data) > MAX_FILE_BYTES:
        raise SheetError("too_big", limit_mb=MAX_FILE_MB)
    try:
        if data[:2] == b"PK":
            return _read_workbook(data)
        if (file_name or "").strip().lower().endswith(_WORKBOOK_SUFFIXES):
            raise SheetError("not_a_sheet")
        return _read_csv(data)
    except SheetError:
        raise
    except Exception as error:  # openpyxl, zipfile, xml and csv raise many kinds
        raise SheetError("not_a_sheet") from error


def _read_workbook(data: bytes) -> PlanSheet:
    _check_zip(data)
    workbook = _xl().load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_links=False
    )
    try:
        tables = [
            _Table(sheet.title, _sheet_reader(sheet))
            for sheet in workbook.worksheets
            if sheet.sheet_state == "visible" and sheet.title != LISTS_SHEET_TITLE
        ]
        return _read_tables(tables)
    finally:
        workbook.close()


def _check_zip(data: bytes) -> None:
    """Refuse what openpyxl should not unpack, from the zip's directory alone.

    Python's zipfile stops at each member's declared size, so bounding the declared sizes
    bounds what opening the workbook can unpack.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    names = {member.filename for member in members}
    if len(members) > MAX_ZIP_MEMBERS or "[Content_Types].xml" not in names:
        raise SheetError("not_a_sheet")
    if any("vbaproject" in name.lower() for name in names):
        raise SheetError("not_a_sheet")  # a macro-enabled workbook, whatever its name says
    for member in members:
        if member.flag_bits & 0x1:  # encrypted
            raise SheetError("not_a_sheet")
        ratio_limit = MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_FROM_BYTES and member.file_size > ratio_limit:
            raise SheetError("not_a_sheet")
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise SheetError("too_big", limit_mb=MAX_FILE_MB)


def _sheet_reader(sheet) -> Callable[[], Iterator[_Row]]:
    def rows() -> Iterator[_Row]:
        # The size a file declares may be wrong (A1:A1); read what is there instead.
        sheet.reset_dimensions()
        cells = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True)
        # openpyxl yields an empty row for each missing one, so counting gives Excel's number.
        for number, values in enumerate(cells, 1):
            yield number, [_cell_value(value) for value in values]

    return rows


def _cell_value(value: object) -> Value | None:
    """A cell's value as `Value`; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        # Through its shortest text: 12500.5 is Decimal("12500.5"), not the binary float.
        if value.is_integer() and abs(value) < 1e15:
            return Decimal(int(value))
        return Decimal(repr(value))
    text = str(value).strip()
    return text or None


def _read_csv(data: bytes) -> PlanSheet:
    text = _decode(data)
    if _CONTROL_CHARACTERS.search(text):
        raise SheetError("not_a_sheet")
    if not text.strip():
        raise SheetError("empty")
    delimiter = _delimiter(text)

    def rows() -> Iterator[_Row]:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        # The record number: what Excel shows as the row number when it opens the file.
        for number, record in enumerate(records, 1):
            yield number, [cell.strip() or None for cell in record[:MAX_COLUMNS]]

    return _read_tables([_Table("", rows)])


def _decode(data: bytes) -> str:
    """CSV text: UTF-16 when it starts with its byte-order mark (Excel's "Unicode text"),
    else UTF-8 (with or without BOM), else Windows-1252 (what French Excel exports)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise SheetError("not_a_sheet") from None


def _delimiter(text: str) -> str:
    """The delimiter that makes a header row of the most known column titles (French Excel
    writes ";", others ","; tab from "text" exports). ";" when none does."""
    best, best_count = _CSV_DELIMITERS[0], 0
    for delimiter in _CSV_DELIMITERS:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for index, record in enumerate(records):
            if index >= HEADER_SEARCH_ROWS:
                break
            count = len(_header_columns(record[:MAX_COLUMNS]))
            if count > best_count:
                best, best_count = delimiter, count
    return best


def _read_tables(tables: list[_Table]) -> PlanSheet:
    """The plan values and activity rows from the sheets: rows from the first sheet with an
    activity header (those titled Activities first), plan values from the sheets titled Plan
    and from the rows above that header."""

    def rank(table: _Table) -> int:
        title = _key(table.title)
        return 0 if title in _ACTIVITIES_SHEET_KEYS else 2 if title in _PLAN_SHEET_KEYS else 1

    for table in sorted(tables, key=rank):
        rows = table.rows()
        found = _find_header(rows)
        if found is not None:
            break
    else:
        raise SheetError("no_header")
    columns, above = found

    labelled: dict[str, Value] = {}
    for plan_table in tables:
        if plan_table is not table and _key(plan_table.title) in _PLAN_SHEET_KEYS:
            _read_labels(_first(plan_table.rows(), PLAN_SEARCH_ROWS), labelled)
    _read_labels(above, labelled)

    activity_rows = _read_rows(rows, columns)
    plan_id = labelled.pop("plan_id", None)
    if not labelled and not activity_rows:
        raise SheetError("empty")
    return PlanSheet(plan_id=_plan_id(plan_id), plan=labelled, rows=activity_rows)


def _first(rows: Iterator[_Row], count: int) -> Iterator[_Row]:
    for index, row in enumerate(rows):
        if index >= count:
            return
        yield row


def _header_columns(values: list) -> dict[int, str]:
    """Column index → ROW_COLUMNS name for the cells that are known titles (first one wins)."""
    columns: dict[int, str] = {}
    for index, value in enumerate(values):
        if isinstance(value, str):
            name = _COLUMN_KEYS.get(_key(value))
            if name is not None and name not in columns.values():
                columns[index] = name
    return columns


def _find_header(rows: Iterator[_Row]) -> tuple[dict[int, str], list[_Row]] | None:
    """The header's columns and the rows above it, consuming `rows` up to the header;
    None when none of the first HEADER_SEARCH_ROWS rows has two known titles."""
    above: list[_Row] = []
    for number, values in rows:
        columns = _header_columns(values)
        if len(columns) >= 2:
            return columns, above
        above.append((number, values))
        if len(above) >= HEADER_SEARCH_ROWS:
            return None
    return None


def _read_labels(rows: Iterable[_Row], found: dict[str, Value]) -> None:
    """Plan values written as label / value pairs: the row's first cell names a plan field,
    the cell right of it holds the value. The first pair for a field wins."""
    for _number, values in rows:
        index = next((i for i, value in enumerate(values) if value is not None), None)
        if index is None or not isinstance(values[index], str) or index + 1 >= len(values):
            continue
        name = _PLAN_KEYS.get(_key(values[index]))
        value = values[index + 1]
        if name is not None and value is not None and name not in found:
            found[name] = value


def _read_rows(rows: Iterator[_Row], columns: dict[int, str]) -> list[SheetRow]:
    read: list[SheetRow] = []
    for number, values in rows:
        if number > MAX_SCANNED_ROWS:
            raise SheetError("too_many_rows", limit=MAX_ROWS)
        cells = {
            name: values[index]
            for index, name in columns.items()
            if index < len(values) and values[index] is not None
        }
        if not cells:
            continue
        if len(read) >= MAX_ROWS:
            raise SheetError("too_many_rows", limit=MAX_ROWS)
        read.append(SheetRow(number=number, values=cells))
    return read


def _plan_id(value: Value | None) -> str | None:
    """The plan id as the bot writes it ("pln-2026-000012" → "PLN-2026-000012"); other text
    is kept as found, for the caller to refuse."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    match = PLAN_ID_PATTERN.fullmatch(text.strip())
    return format_plan_id(int(match[1]), int(match[2])) if match else text.strip()
