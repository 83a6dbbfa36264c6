"""Two kinds of evidence named at the evidence list with no file. Seen at stop 64: "it's the
invoice and the agenda", "the invoice and the agenda", "invoice + agenda", « la facture et le
programme » got "What is this evidence?" with a button per kind, though the partner had
just said, and an unfinished item was opened for a file that never came ("back" then said
"I took out the unfinished item"). The bot now says no file came with the message and asks
for both, named, in one message if they like; nothing is added to the claim. One kind
named alone still asks for its file. Through the real bot, its dialogs and a TinyDB store
on disk.
"""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity, ActivityTypes

from tests.dialogs.claim_support import EN, FR, claim_at, flat, get_claim, teams_file
from tests.support import Chat, shown

BOTH = {
    EN: ("Third-party invoice", "Invitation and agenda"),
    FR: ("Facture d'un tiers", "Invitation et programme"),
}
KIND_ASKED = ("What is this evidence?", "De quel justificatif s'agit-il ?")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "it's the invoice and the agenda"),
        (EN, "the invoice and the agenda"),
        (EN, "invoice + agenda"),
        (EN, "I have the invoice and the photos"),
        (FR, "la facture et le programme"),
        (FR, "c'est la facture et les photos"),
    ],
)
async def test_two_kinds_named_with_no_file_are_asked_for_both(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert not any(words in said for words in KIND_ASKED), said[:600]
    assert BOTH[locale][0] in said, said[:600]
    assert "attach" in said or "joignez" in said.lower(), said[:600]
    assert (await get_claim(chat, claim_id)).evidence == [], "no item opened for no file"


@pytest.mark.parametrize(("locale", "typed"), [(EN, "the invoice"), (FR, "la facture")])
async def test_one_kind_named_still_asks_for_its_file(chat: Chat, locale: str, typed: str) -> None:
    await claim_at(chat, locale)

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert BOTH[locale][0] in said, said[:600]
    assert "send the file now" in said or "Envoyez le fichier" in said, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "the invoice and the agenda"), (FR, "la facture et le programme")]
)
async def test_then_both_files_in_one_message_are_both_kept(
    chat: Chat, files, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say(typed, locale=locale)

    both = Activity(
        type=ActivityTypes.message,
        locale=locale,
        attachments=[
            teams_file(files.url("invoice.pdf"), "invoice.pdf"),
            teams_file(files.url("agenda.pdf"), "agenda.pdf"),
        ],
    )
    said = flat(shown(await chat._send(both)))

    kept = (await get_claim(chat, claim_id)).evidence
    assert [item.file_name for item in kept] == ["invoice.pdf", "agenda.pdf"], said[:600]
    # Each one's kind read from its name.
    assert [(item.kind.value, item.requirement) for item in kept] == [
        ("invoice", None),
        ("proof", "invitation_agenda"),
    ], said[:600]
