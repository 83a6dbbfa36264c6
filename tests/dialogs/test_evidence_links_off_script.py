"""Links where the evidence list expects something else, seen off the script (stop 41):

- "contoso.com/webinar" (an address typed without https:// or www., as an address bar
  shows it) got 'I don't know "contoso.com/webinar"' at the evidence list and at a new
  link's questions, while "www.contoso.com/webinar" was a link.
- After **Add a file**, a link pasted at "What is this evidence?" got 'I don't know': the
  partner has a page, not a file. It becomes the item's address (a link item), and the
  requirement it shows is asked, as after **Add a link**.
- A link pasted where the file itself is asked got "Please attach the file to your
  message", which does not say that a link is not a file, nor how to add it as one.

Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

REQUIREMENT = {EN: "Which requirement does it show?", FR: "Quelle exigence"}


@pytest.mark.parametrize(
    ("locale", "first", "typed", "kept"),
    [
        (EN, None, "contoso.com/webinar", "https://contoso.com/webinar"),
        (EN, None, "events.contoso.fr", "https://events.contoso.fr"),
        (EN, "Add a link", "contoso.com/webinar", "https://contoso.com/webinar"),
        (FR, "Ajouter un lien", "contoso.fr/webinaire", "https://contoso.fr/webinaire"),
    ],
)
async def test_an_address_without_https_is_a_link(
    chat: Chat, locale: str, first: str | None, typed: str, kept: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    if first is not None:
        await chat.say(first, locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert "I don't know" not in said and "Je ne connais pas" not in said, said[:300]
    claim = await get_claim(chat, claim_id)
    assert [e.url for e in claim.evidence] == [kept]
    assert claim.evidence[0].kind is EvidenceKind.URL


@pytest.mark.parametrize("typed", ["invoice.pdf", "photos.zip", "logo.ai", "e.g. the agenda"])
async def test_a_file_name_is_no_address(chat: Chat, typed: str) -> None:
    claim_id = await claim_at(chat, EN)
    await chat.say(typed, locale=EN)
    assert not any(e.url for e in (await get_claim(chat, claim_id)).evidence)


@pytest.mark.parametrize(
    ("locale", "add_file", "typed"),
    [
        (EN, "Add a file", "https://contoso.com/webinar"),
        (EN, "Add a file", "contoso.com/webinar"),
        (FR, "Ajouter un fichier", "https://contoso.com/webinar"),
    ],
)
async def test_a_link_at_a_new_files_kind_makes_the_item_a_link(
    chat: Chat, locale: str, add_file: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say(add_file, locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert REQUIREMENT[locale] in said, said[:300]
    claim = await get_claim(chat, claim_id)
    assert [(e.kind, e.url) for e in claim.evidence] == [
        (EvidenceKind.URL, "https://contoso.com/webinar")
    ]


@pytest.mark.parametrize(
    ("locale", "steps", "said"),
    [
        (EN, ("Add a file", "invoice"), "is a link, and this item is a file"),
        (FR, ("Ajouter un fichier", "facture"), "est un lien, et cet élément est un fichier"),
    ],
)
async def test_a_link_where_the_file_is_asked_says_it_is_a_link(
    chat: Chat, locale: str, steps: tuple[str, ...], said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    for typed in steps:
        await chat.say(typed, locale=locale)
    replies = await chat.say("https://contoso.sharepoint.com/invoice.pdf", locale=locale)
    assert said in shown(replies), shown(replies)[:300]
    assert not any(e.url for e in (await get_claim(chat, claim_id)).evidence)


# Seen at stop 55 at the evidence list: "here is the link: https://…" asked which
# requirement, then "Type the link (https://…)" as if none had been given; "here's the link:
# https://…/photos" asked for the photos' file (the word inside the address); "photos:
# https://…" got 'I don't know'. The address in the sentence is the new link's, and a
# requirement the words around it name (one a link can show) is its requirement.
@pytest.mark.parametrize(
    ("locale", "typed", "kept", "requirement"),
    [
        (EN, "here is the link: https://example.com/event", "https://example.com/event", None),
        (EN, "here's the link: https://example.com/photos", "https://example.com/photos", None),
        (EN, "photos: https://example.com/x", "https://example.com/x", None),
        (EN, "the agenda is at https://example.com/agenda.", "https://example.com/agenda",
         "invitation_agenda"),
        (FR, "voici le lien vers l'agenda : https://exemple.fr/a", "https://exemple.fr/a",
         "invitation_agenda"),
    ],
)  # fmt: skip
async def test_a_link_said_in_a_sentence_is_kept(
    chat: Chat, locale: str, typed: str, kept: str, requirement: str | None
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    said = shown(await chat.say(typed, locale=locale))
    assert "I don't know" not in said and "Je ne connais pas" not in said, said[:300]
    if requirement is None:
        assert REQUIREMENT[locale] in said, said[:300]
        said = shown(await chat.say("1", locale=locale))  # Invitation and agenda
    assert "https://…" not in said, said[:300]  # not asked again
    claim = await get_claim(chat, claim_id)
    assert [(e.kind, e.url) for e in claim.evidence] == [(EvidenceKind.URL, kept)]
    assert claim.evidence[0].requirement == "invitation_agenda"
