"""Evidence said to be in the partner's mailbox: how to get it from there into the chat.

Seen at stop 57 at a claim's evidence list: "the invoice is in my email", « la facture est
dans mes mails » got "Please send the file now (Third-party invoice)" as if nothing had been
said; "it's in my inbox" got 'I don't know "it's in my inbox". Pick one of the options'; "can
I forward the email?" got the list's general help. The bot can't open a mailbox nor receive
e-mail: save the attachment and attach it here (the e-mail itself, as a .msg, will do); the
claim kept. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

TOLD = {EN: "I can't open your mailbox", FR: "Je ne peux pas ouvrir votre messagerie"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the invoice is in my email"),
        (EN, "it's in my inbox"),
        (EN, "the photos are in my outlook"),
        (EN, "can I forward the email?"),
        (FR, "la facture est dans mes mails"),
        (FR, "c'est dans ma boîte mail"),
        (FR, "je peux transférer le mail ?"),
    ],
)
async def test_evidence_in_the_mailbox_is_told_how_to_attach_it(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert TOLD[locale] in said and ".msg" in said, said[:400]
    assert (await get_claim(chat, claim_id)).evidence == []
