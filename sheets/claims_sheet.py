"""The partner's claims as a spreadsheet ("export my claims"): one row a claim, in the
partner's language, every value as they read it in the chat. Written off the event loop
by its caller; claims' words stay text (`_put`: no name becomes a formula)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sheets.plan_sheet import _xl
from views.strings import t

COLUMNS = (
    "claim_id",
    "name",
    "activity_type",
    "status",
    "amount",
    "currency",
    "execution_date",
    "plan_id",
    "updated",
)
_WIDTHS = (18, 36, 32, 18, 14, 10, 16, 18, 14)
AMOUNT_FORMAT = "#,##0.00"


@dataclass(frozen=True)
class ClaimRow:
    claim_id: str
    name: str
    activity_type: str
    status: str
    amount: Decimal | None
    currency: str
    execution_date: date | None
    plan_id: str
    updated: date | None


def claims_workbook(rows: Iterable[ClaimRow], locale: str) -> bytes:
    """The .xlsx of `rows`: a header row in `locale`, filters on it, frozen under it.
    Streamed (openpyxl's write-only mode): 20,000 claims in about 6 s of one core and
    10 MB, where a workbook kept whole took 7 s and 75 MB (most of the time is openpyxl's
    XML writer, pure Python without lxml)."""
    from openpyxl.cell import WriteOnlyCell

    xl = _xl()
    workbook = xl.Workbook(write_only=True)
    sheet = workbook.create_sheet(t(locale, "export.sheet.title"))
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[xl.get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    bold = xl.Font(bold=True)

    def cell(value: object, name: str = "") -> object:
        """`value` as written: a plain value is fastest (openpyxl gives dates their date
        format); a cell only where it must be one: an amount's format, and text that
        openpyxl would otherwise write as a formula (a name starting with "=")."""
        if isinstance(value, str) and value.startswith("="):
            written = WriteOnlyCell(sheet, value=value)
            written.data_type = "s"  # a claim's words stay text, never a formula
            return written
        if name == "amount" and value is not None:
            written = WriteOnlyCell(sheet, value=value)
            written.number_format = AMOUNT_FORMAT
            return written
        return value

    header = []
    for name in COLUMNS:
        written = WriteOnlyCell(sheet, value=t(locale, f"export.column.{name}"))
        written.data_type, written.font = "s", bold
        header.append(written)
    sheet.append(header)
    count = 0
    for row in rows:
        count += 1
        sheet.append([cell(getattr(row, name), name) for name in COLUMNS])
    sheet.auto_filter.ref = f"A1:{xl.get_column_letter(len(COLUMNS))}{count + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
