""" "Which requirement does it show?" answered off the script. Seen at stop 62: after a link
pasted at a claim's evidence list ("https://contoso.com/docs/report.pdf"), "it's the
invoice", "none of these", "skip", « c'est la facture » got 'I don't know "…". Pick one of
the options or type its number.', again and again: the way out ("back" takes the link off)
was never said, and the invoice, which cannot be a link, was not explained. Now the invoice
said there gets why it must be a file and how; anything else unknown, that "Other supporting
document" is for a link that shows none of them and that "back" takes it off. The link
stays unfinished, nothing else changed. Through the real bot, its dialogs and a TinyDB store
on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

LINK = "https://contoso.com/docs/report.pdf"
INVOICE_NOT_LINK = {EN: "The invoice can't be a link", FR: "La facture ne peut pas être un lien"}
WAY_OUT = {EN: "say **back** to take it off", FR: "dites **retour** pour le retirer"}
OTHER = {EN: "**Other supporting document**", FR: "**Autre document justificatif**"}


async def at_the_requirement(chat: Chat, locale: str) -> str:
    claim_id = await claim_at(chat, locale)
    said = shown(await chat.say(LINK, locale=locale))
    assert "Which requirement" in said or "Quelle exigence" in said, said[:600]
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "it's the invoice"), (EN, "the invoice"), (FR, "c'est la facture"), (FR, "un CSR")],
)
async def test_the_invoice_said_there_is_explained(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await at_the_requirement(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert INVOICE_NOT_LINK[locale] in said, said[:600]
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.url == LINK and item.requirement is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "none of these"), (EN, "skip"), (EN, "a report"), (FR, "aucune"), (FR, "un rapport")],
)
async def test_anything_else_unknown_says_the_way_out(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await at_the_requirement(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert WAY_OUT[locale] in said and OTHER[locale] in said, said[:600]
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.url == LINK and item.requirement is None
