"""Every claim of the partner's organisation in a spreadsheet, by a link the chat gives
("export my claims"): the link is made here, signed for the tenant and the person who
asked (domain.signed_links), and the workbook is made here when the link is opened (the
app's route reads the link and checks the person is still in the role directory)."""

from __future__ import annotations

import asyncio
import functools
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from dialogs.services import Services
from domain.roles import Role
from domain.signed_links import LinkGrant, read_link, sign_link
from domain.text import language_of
from sheets.claims_sheet import ClaimRow, claims_workbook
from storage.claims import ClaimSummary
from views.display import claim_status_label
from views.strings import TABLES, t

PURPOSE = "claims-export"
# How long a link works: long enough to open it from the chat, short enough that one
# forwarded or left in a browser's history soon opens nothing.
LINK_MINUTES = 15
PATH = "/exports/claims/"


def export_link(services: Services, tenant_id: str, user_id: str, locale: str) -> str:
    """The address of the tenant's claims spreadsheet, in `locale`, for `user_id`, good for
    LINK_MINUTES from now."""
    grant = LinkGrant(
        tenant_id,
        user_id,
        language_of(locale),
        services.now() + timedelta(minutes=LINK_MINUTES),
    )
    return services.link(PATH + sign_link(services.link_secrets[0], PURPOSE, grant))


def read_export_link(services: Services, token: str) -> LinkGrant:
    """The grant of a link `export_link` made (LinkRefused, LinkExpired otherwise)."""
    return read_link(services.link_secrets, PURPOSE, token, services.now())


async def may_export(services: Services, tenant_id: str, user_id: str) -> bool:
    """Only people in the organisation's role directory take every claim away at once."""
    return await services.directory.role_of(tenant_id, user_id) is not Role.UNKNOWN


async def workbook_for(services: Services, tenant_id: str, language: str) -> tuple[bytes, int]:
    """The .xlsx of every claim of `tenant_id` (the index: no claim file read), made off
    the event loop, and how many rows it holds."""
    summaries = await services.claims.summaries(tenant_id)
    rows = [_row(summary, language) for summary in summaries]
    data = await asyncio.to_thread(claims_workbook, rows, language)
    return data, len(rows)


def file_name(language: str, today: date) -> str:
    return f"{t(language, 'export.file_name')}-{today.isoformat()}.xlsx"


def _row(summary: ClaimSummary, language: str) -> ClaimRow:
    return ClaimRow(
        claim_id=summary.id,
        name=summary.name or "",
        activity_type=_activity(summary.activity_type, language),
        status=claim_status_label(summary.status.value, language),
        amount=_decimal(summary.amount),
        currency=summary.currency or "",
        execution_date=_date(summary.execution_date),
        plan_id=summary.plan_id or "",
        updated=_date(summary.updated_at),
    )


@functools.cache
def _activity(kind: str | None, language: str) -> str:
    key = f"activity.{kind}"
    return t(language, key) if kind and key in TABLES["en"] else (kind or "")


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)
    except ValueError:
        return None
