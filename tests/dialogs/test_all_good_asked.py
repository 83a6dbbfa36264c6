""" "All good?" at a claim's check card or a plan's review: what stops it, or that nothing does.

Seen at stop 57: "all good?", "everything ok?", « c'est bon ? », « ça va ? » at a claim's check
got the card's general help ("Submit the claim, add evidence, change an answer, or save it
for later"), though "is it ok?" says what stops it, item by item, or that nothing does.
Asked (with its question mark) they ask the same; nothing is submitted. Through the real
bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.support import Chat, shown

NOTHING = {EN: "Nothing stops", FR: "Rien n'empêche"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "all good?"),
        (EN, "everything ok?"),
        (EN, "are we good?"),
        (EN, "looks good?"),
        (FR, "c'est bon ?"),
        (FR, "ça va ?"),
        (FR, "tout va bien ?"),
        # Seen at stop 58: "is everything attached?" at the check got the card's general help.
        (EN, "is everything attached?"),
        (EN, "did I attach everything?"),
        (EN, "have I sent everything?"),
        (EN, "anything missing?"),
        (FR, "tout est joint ?"),
        (FR, "il manque quelque chose ?"),
        (FR, "j'ai tout joint ?"),
    ],
)
async def test_all_good_asked_at_the_check_says_what_stops_it(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert NOTHING[locale] in said, said[:300]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(
    ("locale", "typed", "missing"),
    [
        (EN, "is everything attached?", "⬜ Event photos"),
        (FR, "tout est joint ?", "⬜ Photos de l'événement"),
    ],
)
async def test_at_the_evidence_list_it_shows_what_is_still_missing(
    chat: Chat, locale: str, typed: str, missing: str
) -> None:
    """There, as "what's missing?" does: the check, each proof still missing unticked."""
    from tests.dialogs.claim_support import claim_at

    await claim_at(chat, locale)  # at the evidence list, nothing attached
    said = shown(await chat.say(typed, locale=locale))
    assert missing in said, said[:600]
