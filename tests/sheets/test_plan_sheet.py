"""The plan spreadsheet: the template as Excel opens it, and filled files read back.

Real files throughout: templates written by `template`, filled with openpyxl as a partner
fills them in Excel, and CSV text as Excel exports it.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from domain.plan import Plan
from domain.text import fold
from sheets.plan_sheet import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_SCANNED_ROWS,
    PLAN_COLUMNS,
    ROW_COLUMNS,
    TEMPLATE_EMPTY_ROWS,
    TEMPLATE_FILE_NAME,
    PlanSheet,
    SheetError,
    SheetRow,
    read_sheet,
    template,
    template_file_name,
)

TODAY = date(2026, 3, 10)  # in FY26 H2: the template offers FY26 H2 and FY27 H1

EN_HEADERS = [
    "Campaign",
    "Start date",
    "End date",
    "Activity type",
    "Countries",
    "Planned amount",
    "Description",
]
FR_HEADERS = [
    "Campagne",
    "Date de début",
    "Date de fin",
    "Type d'activité",
    "Pays",
    "Montant prévu",
    "Description",
]


def _open(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def _save(workbook: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _validations(sheet) -> dict[str, object]:
    """Each data validation of `sheet` by the cells it covers ("B4", "D2:D51")."""
    return {str(v.sqref): v for v in sheet.data_validations.dataValidation}


def _list_items(workbook: openpyxl.Workbook, formula: str) -> list[str]:
    """The items a list validation offers from a range such as `Lists!$B$1:$B$20`."""
    sheet_name, cells = formula.split("!")
    return [row[0].value for row in workbook[sheet_name][cells.replace("$", "")]]


def _fill(data: bytes, plan: dict[str, object], rows: dict[int, dict[str, object]]) -> bytes:
    """The template `data` filled as a partner does: plan values in column B next to their
    label (found by row order), activity cells on the given Excel rows."""
    workbook = _open(data)
    plan_sheet, rows_sheet = workbook.worksheets[0], workbook.worksheets[1]
    for name, value in plan.items():
        plan_sheet.cell(row=3 + PLAN_COLUMNS.index(name), column=2, value=value)
    for number, values in rows.items():
        for name, value in values.items():
            rows_sheet.cell(row=number, column=1 + ROW_COLUMNS.index(name), value=value)
    return _save(workbook)


def _error(data: bytes, file_name: str = "plan.xlsx", locale: str = "en-US") -> SheetError:
    with pytest.raises(SheetError) as raised:
        read_sheet(data, file_name, locale)
    return raised.value


# -- the template ---------------------------------------------------------------------------


def test_the_english_template_has_its_sheets_headers_and_lists():
    workbook = _open(template("en-US", today=TODAY))

    assert workbook.sheetnames == ["Plan", "Activities", "Lists"]
    plan_sheet, rows_sheet, lists = workbook.worksheets
    assert lists.sheet_state == "hidden"
    assert plan_sheet.sheet_state == rows_sheet.sheet_state == "visible"
    assert [c.value for c in rows_sheet[1]] == EN_HEADERS
    assert all(c.font.bold for c in rows_sheet[1])
    assert rows_sheet.freeze_panes == "A2"
    assert rows_sheet.column_dimensions["D"].width >= len("Activity type")
    labels = [plan_sheet.cell(row=3 + i, column=1).value for i in range(len(PLAN_COLUMNS))]
    assert labels[:3] == ["Partner ID", "Program", "Market"]
    assert "Fill in column B" in plan_sheet["A1"].value

    plan_checks = _validations(plan_sheet)
    assert plan_checks["B4"].type == "list"  # program
    assert "CSP Indirect Reseller" in plan_checks["B4"].formula1
    assert plan_checks["B4"].errorStyle == "stop"
    assert plan_checks["B6"].formula1 == '"Co-op,Market development funds (MDF)"'
    assert plan_checks["B7"].formula1 == '"FY26 H2,FY27 H1"'  # the current and next halves
    assert plan_checks["B8"].formula1 == '"EUR,USD,GBP"'
    assert not plan_checks["B8"].showErrorMessage  # another currency may be typed

    last = 1 + TEMPLATE_EMPTY_ROWS
    row_checks = _validations(rows_sheet)
    types = row_checks[f"D2:D{last}"]
    countries = row_checks[f"E2:E{last}"]
    # Both lists are over Excel's 255 characters for an inline list: they live on Lists.
    assert types.formula1.startswith("Lists!$")
    assert countries.formula1.startswith("Lists!$")
    assert countries.errorStyle == "warning"  # several countries may be typed
    assert f"B2:B{last}" in row_checks and f"F2:F{last}" in row_checks
    type_names = _list_items(workbook, types.formula1)
    assert type_names[0] == "Print advertising" and len(type_names) == 20
    assert "Customer seminars / boot camps" in type_names
    assert "United States" in _list_items(workbook, countries.formula1)
    assert rows_sheet["B2"].number_format == "yyyy-mm-dd"


def test_the_french_template_speaks_french():
    workbook = _open(template("fr-FR", today=TODAY))

    assert workbook.sheetnames == ["Plan", "Activités", "Lists"]
    plan_sheet, rows_sheet, lists = workbook.worksheets
    assert lists.sheet_state == "hidden"
    assert [c.value for c in rows_sheet[1]] == FR_HEADERS
    assert plan_sheet["A3"].value == "Identifiant partenaire"
    assert "Remplissez" in plan_sheet["A1"].value
    checks = _validations(plan_sheet)
    assert "CSP Revendeur indirect" in checks["B4"].formula1
    assert "Fonds de développement marketing (MDF)" in checks["B6"].formula1
    country_range = _validations(rows_sheet)[f"E2:E{1 + TEMPLATE_EMPTY_ROWS}"].formula1
    names = _list_items(workbook, country_range)
    assert "Allemagne" in names and "États-Unis" in names
    assert names == sorted(names, key=fold)
    assert "Publicité numérique" in _list_items(
        workbook, _validations(rows_sheet)[f"D2:D{1 + TEMPLATE_EMPTY_ROWS}"].formula1
    )
    assert rows_sheet["B2"].number_format == "dd/mm/yyyy"


def test_the_file_name_is_in_the_partners_language():
    assert TEMPLATE_FILE_NAME == {"en": "plan-template.xlsx", "fr": "modele-de-plan.xlsx"}
    assert template_file_name("fr-CA") == "modele-de-plan.xlsx"
    assert template_file_name("de-DE") == "plan-template.xlsx"


# -- reading a filled template -------------------------------------------------------------

FILLED_PLAN = {
    "mpn_id": "1234567",
    "program": "CSP Indirect Reseller",
    "market": "France",
    "fund_type": "Co-op",
    "period": "FY27 H1",
    "currency": "EUR",
    "reviewer_email": "am@microsoft.com",
    "plan_limit": 50000,
}
FILLED_ROWS = {
    2: {
        "campaign": "Spring push",
        "start_date": datetime(2026, 7, 1),
        "end_date": datetime(2026, 9, 30),
        "activity_type": "Digital advertising",
        "countries": "France, Belgium",
        "planned_amount": 12500.5,
        "description": "  LinkedIn ads  ",
    },
    3: {
        "campaign": "Spring push",
        "start_date": datetime(2026, 7, 1),
        "end_date": datetime(2026, 9, 30),
        "activity_type": "Telemarketing",
        "countries": "France",
        "planned_amount": 3000,
    },
    # Row 4 is left empty: skipped, and row 5 keeps its number.
    5: {"campaign": "Autumn", "start_date": "15 Oct 2026", "planned_amount": "about 2k"},
}
EXPECTED_ROWS = [
    SheetRow(
        2,
        {
            "campaign": "Spring push",
            "start_date": date(2026, 7, 1),
            "end_date": date(2026, 9, 30),
            "activity_type": "Digital advertising",
            "countries": "France, Belgium",
            "planned_amount": Decimal("12500.5"),
            "description": "LinkedIn ads",
        },
    ),
    SheetRow(
        3,
        {
            "campaign": "Spring push",
            "start_date": date(2026, 7, 1),
            "end_date": date(2026, 9, 30),
            "activity_type": "Telemarketing",
            "countries": "France",
            "planned_amount": Decimal("3000"),
        },
    ),
    SheetRow(5, {"campaign": "Autumn", "start_date": "15 Oct 2026", "planned_amount": "about 2k"}),
]


def test_a_filled_template_reads_back_as_typed():
    data = _fill(template("en-US", today=TODAY), FILLED_PLAN, FILLED_ROWS)

    sheet = read_sheet(data, "plan-template.xlsx", "en-US")

    assert sheet == PlanSheet(
        plan_id=None,
        plan={**FILLED_PLAN, "plan_limit": Decimal("50000")},
        rows=EXPECTED_ROWS,
    )
    amount = sheet.rows[0].values["planned_amount"]
    assert isinstance(amount, Decimal) and str(amount) == "12500.5"
    assert type(sheet.rows[0].values["start_date"]) is date


def test_an_english_template_is_read_for_a_french_partner():
    data = _fill(template("en-US", today=TODAY), FILLED_PLAN, FILLED_ROWS)

    sheet = read_sheet(data, "plan-template.xlsx", "fr-FR")

    assert sheet.rows == EXPECTED_ROWS
    assert sheet.plan["program"] == "CSP Indirect Reseller"


def test_a_french_template_is_read_for_an_english_partner():
    plan = {"mpn_id": "7654321", "program": "CSP Revendeur indirect", "plan_limit": 1200.75}
    rows = {2: {"campaign": "Printemps", "activity_type": "Télémarketing", "countries": "Pays-Bas"}}
    data = _fill(template("fr-FR", today=TODAY), plan, rows)

    sheet = read_sheet(data, "modele-de-plan.xlsx", "en-US")

    assert sheet.plan == {**plan, "plan_limit": Decimal("1200.75")}
    assert sheet.rows == [SheetRow(2, rows[2])]


def _plan_with_two_campaigns() -> Plan:
    plan = Plan(
        id="PLN-2026-000012",
        tenant_id="tenant",
        owner_id="owner",
        mpn_id="1234567",
        program="csp_indirect_reseller",
        market="FR",
        fund_type="coop",
        period="FY27 H1",
        currency="EUR",
        reviewer_email="am@microsoft.com",
        plan_limit=Decimal("50000.00"),
    )
    spring = plan.add_campaign()
    spring.name, spring.start_date, spring.end_date = "Spring", date(2026, 7, 1), date(2026, 9, 30)
    autumn = plan.add_campaign()
    autumn.name, autumn.start_date, autumn.end_date = (
        "Autumn",
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    for campaign, entries in (
        (
            spring,
            [("digital_advertising", ["FR", "BE"], "12500.50"), ("tradeshow", ["FR"], "3000")],
        ),
        (autumn, [("customer_seminar", ["DE"], "4000"), ("telemarketing", ["FR", "LU"], "999.99")]),
    ):
        for kind, countries, amount in entries:
            activity = plan.add_activity(campaign)
            activity.activity_type = kind
            activity.countries = countries
            activity.planned_amount = Decimal(amount)
            activity.description = f"{kind} for {campaign.name}"
    return plan


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_a_prefilled_template_round_trips_the_plan(locale):
    plan = _plan_with_two_campaigns()

    data = template(locale, plan=plan, today=TODAY)
    sheet = read_sheet(data, "plan.xlsx", locale)

    french = locale.startswith("fr")
    assert sheet.plan_id == "PLN-2026-000012"
    assert sheet.plan == {
        "mpn_id": "1234567",
        "program": "CSP Revendeur indirect" if french else "CSP Indirect Reseller",
        "market": "France",
        "fund_type": "Co-op",
        "period": "FY27 H1",
        "currency": "EUR",
        "reviewer_email": "am@microsoft.com",
        "plan_limit": Decimal("50000"),
    }
    belgium, germany = ("Belgique", "Allemagne") if french else ("Belgium", "Germany")
    seminar = "Séminaires clients / boot camps" if french else "Customer seminars / boot camps"
    expected = [
        (
            "Spring",
            "Publicité numérique" if french else "Digital advertising",
            f"France, {belgium}",
        ),
        ("Spring", "Salons / expositions" if french else "Tradeshows / exhibitions", "France"),
        ("Autumn", seminar, germany),
        ("Autumn", "Télémarketing" if french else "Telemarketing", "France, Luxembourg"),
    ]
    assert [row.number for row in sheet.rows] == [2, 3, 4, 5]
    activities = [a for c in plan.campaigns for a in c.activities]
    campaigns = [c for c in plan.campaigns for _ in c.activities]
    for row, (name, kind, countries), activity, campaign in zip(
        sheet.rows, expected, activities, campaigns, strict=True
    ):
        assert row.values == {
            "campaign": name,
            "start_date": campaign.start_date,
            "end_date": campaign.end_date,
            "activity_type": kind,
            "countries": countries,
            "planned_amount": activity.planned_amount,
            "description": activity.description,
        }
    # The drop-downs cover the prefilled rows and as many empty ones after them.
    rows_sheet = _open(data).worksheets[1]
    assert f"D2:D{5 + TEMPLATE_EMPTY_ROWS}" in _validations(rows_sheet)


def test_a_campaign_without_activities_keeps_a_row():
    plan = _plan_with_two_campaigns()
    later = plan.add_campaign()
    later.name = "Later"

    sheet = read_sheet(template("en", plan=plan, today=TODAY), "plan.xlsx", "en")

    assert sheet.rows[-1] == SheetRow(6, {"campaign": "Later"})


def test_prefilled_text_is_never_a_formula():
    plan = _plan_with_two_campaigns()
    plan.campaigns[0].name = '=HYPERLINK("http://example.com","x")'
    plan.campaigns[0].activities[0].description = "=1+1"

    data = template("en", plan=plan, today=TODAY)

    rows_sheet = _open(data).worksheets[1]
    assert rows_sheet["A2"].data_type == "s" and rows_sheet["G2"].data_type == "s"
    sheet = read_sheet(data, "plan.xlsx", "en")
    assert sheet.rows[0].values["campaign"] == plan.campaigns[0].name
    assert sheet.rows[0].values["description"] == "=1+1"


def test_a_single_sheet_workbook_holds_plan_values_above_the_header():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(["Partner ID:", 1234567])
    sheet.append(["CURRENCY", "eur"])
    sheet["A4"], sheet["B4"], sheet["C4"] = "campaign", "planned_amount", "Notes"
    sheet["D4"] = "Pays (séparés par des virgules)"
    sheet["A5"], sheet["B5"], sheet["C5"], sheet["D5"] = "Web", 10, "ignored", "FR"
    sheet["A9"], sheet["B9"] = "Web", "=B5*2"  # a formula never computed: no value

    read = read_sheet(_save(workbook), "export.xlsx", "en")

    assert read.plan == {"mpn_id": Decimal("1234567"), "currency": "eur"}
    assert read.rows == [
        SheetRow(5, {"campaign": "Web", "planned_amount": Decimal("10"), "countries": "FR"}),
        SheetRow(9, {"campaign": "Web"}),
    ]


def test_a_plan_id_is_normalised_and_other_text_is_kept():
    data = template("en", plan=_plan_with_two_campaigns(), today=TODAY)
    workbook = _open(data)
    plan_sheet = workbook.worksheets[0]
    row = next(r for r in plan_sheet.iter_rows() if r[0].value == "Plan ID")
    row[1].value = " pln-2026-000012 "
    assert read_sheet(_save(workbook), "p.xlsx", "en").plan_id == "PLN-2026-000012"
    row[1].value = "my plan"
    assert read_sheet(_save(workbook), "p.xlsx", "en").plan_id == "my plan"


# -- CSV --------------------------------------------------------------------------------------


def test_a_french_csv_with_semicolons_in_windows_1252():
    lines = [
        "Identifiant partenaire;1234567",
        "Devise;EUR",
        "",
        ";".join(FR_HEADERS),
        "Printemps;15/03/2026;30/06/2026;Séminaires clients / boot camps;France, Belgique;"
        '"12 500,50";Démo',
        ";;;;;;",
        "Printemps;;;Télémarketing;France;3000;",
    ]
    text = "\r\n".join(lines) + "\r\n"

    sheet = read_sheet(text.encode("cp1252"), "plan.csv", "fr-FR")

    assert sheet.plan == {"mpn_id": "1234567", "currency": "EUR"}
    assert sheet.rows == [
        SheetRow(
            5,
            {
                "campaign": "Printemps",
                "start_date": "15/03/2026",
                "end_date": "30/06/2026",
                "activity_type": "Séminaires clients / boot camps",
                "countries": "France, Belgique",
                "planned_amount": "12 500,50",
                "description": "Démo",
            },
        ),
        SheetRow(
            7,
            {
                "campaign": "Printemps",
                "activity_type": "Télémarketing",
                "countries": "France",
                "planned_amount": "3000",
            },
        ),
    ]


def test_an_english_csv_with_commas_and_a_byte_order_mark():
    text = (
        ",".join(EN_HEADERS) + "\n"
        'Spring push,2026-07-01,2026-09-30,Digital advertising,"France, Belgium","12,500.50",'
        '"Ads, then\nmore ads"\n'
        "Spring push,2026-07-01,2026-09-30,Telemarketing,France,3000,Calls\n"
    )

    sheet = read_sheet(text.encode("utf-8-sig"), "plan.csv", "en-US")

    assert sheet.plan_id is None and sheet.plan == {}
    assert [row.number for row in sheet.rows] == [2, 3]  # Excel's rows, not text lines
    assert sheet.rows[0].values["countries"] == "France, Belgium"
    assert sheet.rows[0].values["planned_amount"] == "12,500.50"
    assert sheet.rows[0].values["description"] == "Ads, then\nmore ads"


def test_a_csv_with_internal_names_tabs_and_utf16_is_read_by_its_content():
    text = "campaign\tplanned_amount\tcountries\r\nWeb\t10\tFR\r\n"

    sheet = read_sheet(text.encode("utf-16"), "export.txt", "en")

    assert sheet.rows == [
        SheetRow(2, {"campaign": "Web", "planned_amount": "10", "countries": "FR"})
    ]


# -- refusals ---------------------------------------------------------------------------------


def test_random_bytes_are_not_a_sheet():
    noise = random.Random(7).randbytes(4000)
    assert _error(noise, "plan.xlsx").key == "not_a_sheet"
    assert _error(noise, "plan.csv").key == "not_a_sheet"
    assert _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.xls").key == "not_a_sheet"


def test_a_text_file_named_like_a_workbook_is_not_a_sheet():
    text = ",".join(EN_HEADERS).encode()
    assert _error(text, "plan.xlsx").key == "not_a_sheet"
    assert read_sheet(text + b"\nWeb", "plan.csv", "en").rows == [SheetRow(2, {"campaign": "Web"})]


def test_a_zip_that_is_not_a_workbook_is_not_a_sheet():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert _error(out.getvalue()).key == "not_a_sheet"
    # A zip that says it is a workbook but is not one.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not xml at all")
    assert _error(out.getvalue()).key == "not_a_sheet"


def _with_member(data: bytes, name: str, chunks, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """The workbook `data` with one more part, written chunk by chunk."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", compression=compression) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            for chunk in chunks:
                member.write(chunk)
    return out.getvalue()


def test_a_workbook_over_the_size_limit_is_too_big():
    noise = random.Random(3).randbytes(MAX_FILE_BYTES)
    data = _with_member(template("en", today=TODAY), "xl/media/photo.bin", [noise])
    assert len(data) > MAX_FILE_BYTES

    error = _error(data)

    assert (error.key, error.params) == ("too_big", {"limit_mb": 5})


def test_a_zip_bomb_is_refused():
    megabyte = bytes(1024 * 1024)
    data = _with_member(template("en", today=TODAY), "xl/media/zeros.bin", [megabyte] * 100)
    assert len(data) < 1024 * 1024

    assert _error(data).key in ("not_a_sheet", "too_big")


def test_parts_unpacking_beyond_the_limit_are_too_big():
    data = template("en", today=TODAY)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for index in range(60):  # each under the size the compression ratio is checked from
            archive.writestr(f"xl/media/part{index}.bin", bytes(1000 * 1000))

    assert _error(out.getvalue()).key == "too_big"


def test_more_than_the_row_limit_is_refused():
    workbook = _open(template("en", today=TODAY))
    rows_sheet = workbook.worksheets[1]
    for number in range(2, MAX_ROWS + 102):
        rows_sheet.cell(row=number, column=1, value=f"Campaign {number}")
        rows_sheet.cell(row=number, column=6, value=number)

    error = _error(_save(workbook))

    assert (error.key, error.params) == ("too_many_rows", {"limit": 500})


def test_a_sheet_going_on_past_the_scanned_rows_is_refused():
    workbook = _open(template("en", today=TODAY))
    rows_sheet = workbook.worksheets[1]
    rows_sheet["A2"] = "Spring"
    rows_sheet.cell(row=MAX_SCANNED_ROWS + 1, column=1).number_format = "0.00"

    assert _error(_save(workbook)).key == "too_many_rows"


def test_exactly_the_row_limit_is_read():
    lines = ["Campaign;Planned amount"] + [f"C{n};{n}" for n in range(MAX_ROWS)]
    sheet = read_sheet("\n".join(lines).encode(), "plan.csv", "en")
    assert len(sheet.rows) == MAX_ROWS and sheet.rows[-1].number == MAX_ROWS + 1


def test_a_file_without_an_activity_header_is_refused():
    workbook = openpyxl.Workbook()
    workbook.active.append(["Partner ID", "1234567"])
    workbook.active.append(["Campaign", "Spring"])  # one title alone is no header
    assert _error(_save(workbook)).key == "no_header"
    assert _error(b"Partner ID;1234567\nSpring;Web;100\n", "plan.csv").key == "no_header"


def test_an_unfilled_template_is_empty():
    assert _error(template("fr-FR", today=TODAY), locale="fr-FR").key == "empty"
    assert _error(b"  \r\n", "plan.csv").key == "empty"


def test_damaged_workbooks_raise_only_sheet_errors():
    data = _fill(template("en", today=TODAY), FILLED_PLAN, FILLED_ROWS)
    cuts = [1, 2, 4, 30, 200, len(data) // 3, len(data) // 2, len(data) - 22, len(data) - 1]
    damaged = [data[:cut] for cut in cuts]
    noise = random.Random(11)
    for _ in range(6):
        flipped = bytearray(data)
        for _ in range(20):
            flipped[noise.randrange(100, len(data))] ^= 0xFF
        damaged.append(bytes(flipped))
    # A sound zip whose parts are cut short: openpyxl's XML reading fails, not the zip's.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for name in ("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"):
        for keep in (0, 40, len(parts[name]) // 2):
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as archive:
                for part, content in parts.items():
                    archive.writestr(part, content[:keep] if part == name else content)
            damaged.append(out.getvalue())

    for broken in damaged:
        try:
            read_sheet(broken, "plan.xlsx", "en")
        except SheetError as error:
            assert error.key in ("not_a_sheet", "no_header", "empty")


def test_a_workbook_with_macros_is_refused():
    """A macro-enabled workbook renamed .xlsx carries its code as xl/vbaProject.bin."""
    data = _with_member(template("en", today=TODAY), "xl/vbaProject.bin", [b"\x00VBA" * 64])
    assert _error(data).key == "not_a_sheet"
