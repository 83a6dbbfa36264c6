"""A claim's estimated impressions when the partner has no figure at hand.

Seen off the script (stop 38): at "About how many people did it reach (estimated
impressions)?", "n/a", "unknown", « inconnu » got '"n/a" isn't a whole number. Type it like
5000.': true, and no help to a partner who thinks a count is needed. The claim needs the
number, and an estimate is what it asks: the answer now says so, and where to find one.
("none", « aucun » are still 0.)
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "n/a", "A rough estimate is fine"),
        (EN, "unknown", "A rough estimate is fine"),
        (EN, "not sure", "A rough estimate is fine"),
        (FR, "inconnu", "Une estimation suffit"),
        (FR, "sans objet", "Une estimation suffit"),
        # Seen at stop 49: "… isn't a whole number. Type it like 5000."
        (EN, "we don't know", "A rough estimate is fine"),
        (EN, "not tracked", "A rough estimate is fine"),
        (EN, "we didn't track it", "A rough estimate is fine"),
        (EN, "we don't track that", "A rough estimate is fine"),
        (EN, "I have no way of knowing", "A rough estimate is fine"),
        (FR, "on ne sait pas", "Une estimation suffit"),
        (FR, "on ne le mesure pas", "Une estimation suffit"),
        (FR, "pas suivi", "Une estimation suffit"),
        (FR, "nous ne l'avons pas mesuré", "Une estimation suffit"),
        # Seen at stop 56: "… isn't a whole number. Type it like 5000."
        (EN, "no data", "A rough estimate is fine"),
        (EN, "I don't have analytics", "A rough estimate is fine"),
        (EN, "we don't have the numbers", "A rough estimate is fine"),
        (FR, "pas de données", "Une estimation suffit"),
        (FR, "je n'ai pas les chiffres", "Une estimation suffit"),
    ],
)
async def test_no_figure_at_hand_is_told_an_estimate_will_do(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert "isn't a whole number" not in shown(replies)
    assert "n'est pas un nombre entier" not in shown(replies)
    assert (await get_claim(chat, claim_id)).impressions is None


@pytest.mark.parametrize(("locale", "typed"), [(EN, "none"), (FR, "aucun")])
async def test_none_is_still_zero(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")
    await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).impressions == 0
