"""Every claim in a spreadsheet, from the chat (seen at stop 60: "export my claims",
"download my claims", « exporter mes réclamations » got the chat's list, 25 claims and a
count of the rest, to copy by hand; "download my claims as excel" was not understood).

The chat answers with a link to the bot itself, signed for the tenant and the person who
asked and good for EXPORT_LINK_MINUTES; the link serves a workbook of all the tenant's
claims in the asker's language. A link altered, made up, for another tenant, expired, or
of someone no longer in the role directory serves nothing; no link is ever a 500; no
claim's words become a formula; and no log line holds a link's signature. Through the
real app over HTTP, its bot, a TinyDB store on disk and openpyxl reading what is served.
"""

from __future__ import annotations

import io
import logging
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import openpyxl
import pytest

from domain.lifecycle import ClaimStatus
from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.bot.test_plan_template_http import XLSX, _link
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT


def _said(sent: list[dict]) -> str:
    return repr(sent)


async def _claims(house, count: int, name: str = "Seminar {n}") -> list[str]:
    claims = house.services.claims
    made = []
    for number in range(count):
        claim = await claims.create_claim(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=house.services.today()
        )
        claim.name = name.format(n=number + 1)
        claim.activity_type = "customer_seminar"
        claim.amount, claim.currency = Decimal(1000 + number), "EUR"
        claim.status = ClaimStatus.SUBMITTED if number % 2 else ClaimStatus.EDITING
        made.append((await claims.save(claim)).id)
    return made


async def _asked(client, connector, words: str, locale: str = "en-US", number: int = 1) -> str:
    message = teams_message(connector.url, words, locale=locale, number=number)
    response = await client.post("/api/messages", json=message)
    assert response.status < 300
    return _link(connector.take())


def _rows(data: bytes) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return list(workbook.worksheets[0].iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("locale", "words", "header"),
    [
        ("en-US", "export my claims", "Claim"),
        ("en-US", "download my claims as excel", "Claim"),
        ("en-US", "can I get my claims in a spreadsheet?", "Claim"),
        ("fr-FR", "exporter mes réclamations", "Réclamation"),
        ("fr-FR", "mes réclamations en excel", "Réclamation"),
    ],
)
async def test_the_chat_links_to_every_claim_in_a_workbook(
    data_dir, tmp_path, locale, words, header
):
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        made = await _claims(house, 30)  # more than the chat's list shows
        link = await _asked(client, connector, words, locale)

        served = await client.get(urlsplit(link).path)

        assert served.status == 200 and served.content_type == XLSX
        assert ".xlsx" in served.headers["Content-Disposition"]
        assert served.headers["Cache-Control"] == "no-store"
        rows = _rows(await served.read())
        assert rows[0][0] == header
        assert sorted(row[0] for row in rows[1:]) == sorted(made)
        amounts = {row[0]: row for row in rows[1:]}
        assert 1029 in amounts[made[-1]] or Decimal(1029) in amounts[made[-1]]


async def test_with_no_claims_no_link_is_made(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, _house), FakeConnector() as connector:
        message = teams_message(connector.url, "export my claims")
        await client.post("/api/messages", json=message)
        sent = connector.take()
        assert "no claims" in _said(sent) and "Action.OpenUrl" not in _said(sent)


async def test_a_claims_words_never_become_a_formula(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        await _claims(house, 1, name='=HYPERLINK("https://evil.example","open") {n}')
        link = await _asked(client, connector, "export my claims")

        data = await (await client.get(urlsplit(link).path)).read()

        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        cells = [cell for row in sheet.iter_rows() for cell in row if cell.value]
        named = [cell for cell in cells if "HYPERLINK" in str(cell.value)]
        assert named and all(cell.data_type == "s" for cell in named), named


async def test_a_link_altered_or_made_up_serves_nothing(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        await _claims(house, 2)
        path = urlsplit(await _asked(client, connector, "export my claims")).path
        token = path.rsplit("/", 1)[-1]
        payload, signature = token.split(".", 1)
        flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
        other = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB")
        for bad in (
            f"{payload}.{flipped}",
            f"{other}.{signature}",
            payload,
            "x" * 5000,
            "..%2F..%2Fapp.py",
            "%00",
            f"{payload}.{signature}.{signature}",
            "eyJ0IjoiMTExMTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NTU1NTU1NTU1In0.AAAA",
        ):
            response = await client.get(f"/exports/claims/{bad}")
            assert response.status in (403, 404), (bad, response.status)
            assert XLSX not in response.headers.get("Content-Type", "")
        assert (await client.get(path)).status == 200  # the real one still works


async def test_a_link_expires(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        await _claims(house, 2)
        path = urlsplit(await _asked(client, connector, "export my claims")).path
        made_at = house.services.now()
        house.services.now = lambda: made_at + timedelta(minutes=16)

        response = await client.get(path)

        assert response.status == 410
        assert "export my claims" in await response.text()


async def test_a_link_of_someone_no_longer_in_the_directory_serves_nothing(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        await _claims(house, 2)
        path = urlsplit(await _asked(client, connector, "export my claims")).path
        await house.services.directory.replace_entry(TENANT, ADMIN, None)  # as the API does

        assert (await client.get(path)).status == 403


async def test_a_links_signature_is_in_no_log_line(data_dir, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    async with admin_app(data_dir, tmp_path) as (client, house), FakeConnector() as connector:
        await _claims(house, 2)
        path = urlsplit(await _asked(client, connector, "export my claims")).path
        await client.get(path)
        await client.get(path + "x")
    signature = path.rsplit(".", 1)[-1]
    logged = [record.getMessage() for record in caplog.records]
    assert any("/exports/claims/" in line for line in logged), logged  # the access log
    assert not any(signature in line for line in logged), [
        line for line in logged if signature in line
    ]
