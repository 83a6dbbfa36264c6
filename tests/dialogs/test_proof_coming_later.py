"""At a claim's evidence list, a proof said to come later, and « j'ai tout envoyé ».

Seen at stop 58: "the photos are coming tomorrow", "the agenda will come next week", « les
photos arrivent demain », « je vous envoie les photos demain » got "Please send the file now",
though "I'll send the photos tomorrow" stops there with the claim kept; « j'ai tout envoyé »
got « Je ne connais pas … Choisissez une des options », though "I've sent everything" says
what has reached the claim. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the photos are coming tomorrow"),
        (EN, "the agenda will come next week"),
        (EN, "the screenshots will arrive soon"),
        (EN, "you'll get the photos tomorrow"),
        (FR, "les photos arrivent demain"),
        (FR, "je vous envoie les photos demain"),
        (FR, "le programme arrive la semaine prochaine"),
    ],
)
async def test_a_proof_coming_later_keeps_the_claim_and_stops_there(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list

    said = shown(await chat.say(typed, locale=locale))

    assert "send the file now" not in said and "Envoyez le fichier maintenant" not in said, said
    assert claim_id in said, said  # kept, and how to come back to it
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize("typed", ["j'ai tout envoyé", "j'ai bien tout envoyé"])
async def test_all_said_sent_in_french_says_what_has_arrived(chat: Chat, typed: str) -> None:
    claim_id = await claim_at(chat, FR)

    said = shown(await chat.say(typed, locale=FR))

    assert "Je ne connais pas" not in said, said
    assert claim_id in said and "reçu" in said, said
