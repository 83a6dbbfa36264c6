""" "I have everything" at a claim's evidence list. Seen at stop 63: "I have everything",
"I've got it all", « j'ai tout » got 'I don't know "…". Pick one of the options or type
its number' ("that's all" already went on to the check). With files kept, the check now
comes, which says what a reviewer still needs; with none, that no file has reached the
claim and how one does — nothing is taken as evidence. Through the real bot, its dialogs,
a TinyDB store on disk and the evidence files served over HTTP.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, flat, get_claim, seminar_evidence
from tests.support import Chat, shown

UNKNOWN = ("I don't know", "Je ne connais pas")
NONE_RECEIVED = ("haven't received any file", "aucun fichier")
CHECK = ("before submitting", "avant soumission")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I have everything"),
        (EN, "I've got it all"),
        (EN, "we have all the documents"),
        (FR, "j'ai tout"),
        (FR, "tout est là"),
    ],
)
async def test_with_files_kept_the_check_comes(chat: Chat, files, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale)
    await seminar_evidence(chat, files, locale)

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert not any(words in said for words in UNKNOWN), said[:600]
    assert any(words in said for words in CHECK), said[:600]
    assert (await get_claim(chat, claim_id)).evidence_done, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "I have everything"), (FR, "j'ai tout")],
)
async def test_with_no_file_kept_it_says_none_arrived(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale)

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert any(words in said for words in NONE_RECEIVED), said[:600]
    claim = await get_claim(chat, claim_id)
    assert not claim.evidence and not claim.evidence_done
