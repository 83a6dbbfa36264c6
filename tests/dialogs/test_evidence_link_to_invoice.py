"""A link to the invoice file, and the invoice said e-mailed, at a claim's evidence list.

Seen at stop 62: "https://contoso.sharepoint.com/sites/mkt/Shared%20Documents/invoice.pdf"
pasted at the evidence list made a link item and asked "Which requirement does it show?",
offering only what a link can show (the agenda, the photos…): the invoice, which must be a
file (a reviewer reads it, and the check reads its total), could not be chosen, and "I
emailed it to ana" there, or at the list, got 'I don't know "I emailed it to ana"'. A link to
an invoice file is now said to need the file itself, nothing added; "I emailed it" gets how
to send it here. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

FILE_NEEDED = {EN: "the invoice has to be the file itself", FR: "la facture doit être le fichier"}
BY_EMAIL = {EN: "I can't receive e-mail", FR: "Je ne peux pas recevoir d'e-mail"}
REQUIREMENT_ASKED = {EN: "Which requirement does it show?", FR: "Quelle exigence"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "https://contoso.sharepoint.com/sites/mkt/Shared%20Documents/invoice.pdf"),
        (EN, "here is the invoice: https://files.contoso.com/billing/INV-2026-1187.pdf"),
        (EN, "https://contoso-my.sharepoint.com/personal/ada/Documents/Receipt_Nov.pdf?web=1"),
        (FR, "https://contoso.sharepoint.com/sites/mkt/Documents/facture-1234.pdf"),
        (FR, "voici la facture : https://contoso.fr/docs/Facture%20novembre.pdf"),
    ],
)
async def test_a_link_to_an_invoice_file_asks_for_the_file(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at its evidence list

    said = shown(await chat.say(typed, locale=locale))

    assert FILE_NEEDED[locale] in said, said[:600]
    assert REQUIREMENT_ASKED[locale] not in said, said[:600]
    assert (await get_claim(chat, claim_id)).evidence == []


async def test_a_link_to_another_file_is_still_a_link(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN)

    said = shown(await chat.say("https://contoso.com/events/agenda.pdf", locale=EN))

    assert REQUIREMENT_ASKED[EN] in said, said[:600]
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.url == "https://contoso.com/events/agenda.pdf"


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I emailed it to ana"),
        (EN, "we emailed the invoice to our account manager"),
        (EN, "I already e-mailed them"),
        (FR, "je l'ai mailée à Ana"),
        (FR, "on a envoyé la facture par mail"),
    ],
)
async def test_evidence_said_emailed_gets_how_to_send_it_here(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert BY_EMAIL[locale] in said, said[:600]
    assert (await get_claim(chat, claim_id)).evidence == []
