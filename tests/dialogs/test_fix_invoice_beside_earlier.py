"""A new invoice added beside the one sent with the rejected claim.

Seen at stop 44: a claim rejected for a reason the bot has no code for ("Please send a
clearer invoice"), "fix it", a clearer invoice attached: the check listed both invoices,
the old one beside the new with no word, and once "I've dealt with it" was clicked the claim
went back with both; a reviewer reading two invoices may count the cost twice, or reject it
again. The check now warns, naming both, and says how to take the old one out. Through the
real bot, dialogs, a TinyDB store on disk and files downloaded from a local HTTP server.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    add_file,
    flat,
    get_claim,
    last_card,
)
from tests.dialogs.test_fix_rejected_claim import INVOICE_REASON, decide, submitted_seminar
from tests.support import Chat

pytestmark = pytest.mark.asyncio

UNKNOWN_REASON = {"code": "doc_quality", "message": "Please send a clearer invoice"}
WARNED = {
    EN: ("invoice-clear.pdf", "invoice.pdf", "rejected claim", "remove invoice.pdf"),
    FR: ("invoice-clear.pdf", "invoice.pdf", "réclamation refusée", "supprimer invoice.pdf"),
}


async def _fixed_with_a_new_invoice(
    chat: Chat, files: FileServer, locale: str, reason: dict[str, str]
) -> str:
    chat.locale = locale
    claim_id = await submitted_seminar(chat, files, locale)
    await decide(chat, claim_id, "Rejected", [reason], "reject-1")
    await chat.say("fix it" if locale == EN else "corriger", locale=locale)
    await add_file(
        chat, files, "invoice-clear.pdf", "invoice" if locale == EN else "facture", locale=locale
    )
    return flat(last_card(await chat.say("done" if locale == EN else "terminé")).shown)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_check_warns_of_the_earlier_invoice_beside_the_new_one(
    chat: Chat, files: FileServer, locale: str
) -> None:
    check = await _fixed_with_a_new_invoice(chat, files, locale, UNKNOWN_REASON)

    assert all(word in check for word in WARNED[locale]), check


@pytest.mark.parametrize("locale", [EN])
async def test_once_removed_the_warning_goes(chat: Chat, files: FileServer, locale: str) -> None:
    await _fixed_with_a_new_invoice(chat, files, locale, UNKNOWN_REASON)

    check = flat(last_card(await chat.say("remove invoice.pdf", locale=locale)).shown)

    assert "rejected claim" not in check, check
    copy = await get_claim(chat, "CLM-2026-000002")
    assert [e.file_name for e in copy.evidence if e.kind and e.kind.value == "invoice"] == [
        "invoice-clear.pdf"
    ]


async def test_a_reason_pointing_at_the_invoice_is_not_said_twice(
    chat: Chat, files: FileServer
) -> None:
    """The reviewer's reason names the invoice: it blocks, its removal offered first (as
    before); no second line about it."""
    check = await _fixed_with_a_new_invoice(chat, files, EN, INVOICE_REASON)

    assert "rejected claim" not in check, check
