"""Results promised for later, at a claim's results question. Seen at stop 63: "I'll add
them later", "I'll send them later", "I will send them later" there stopped the claim
("OK, I've stopped. Your claim … is kept"), read as "I'll finish later", while « je les
ajouterai plus tard » left the results empty and went on: the partner who meant the results
had to say "continue my claim" and answer again. Said at the results, a promise of them
later leaves them empty and goes on, as "none yet" does; "I'll finish later", "later"
alone, and the same words at any other question still stop, the draft kept. Through the
real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, flat, get_claim
from tests.support import Chat, shown

LEFT_EMPTY = ("Left empty", "Laissé vide")
STOPPED = ("I've stopped", "Je me suis arrêté", "est conservée")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I'll add them later"),
        (EN, "I'll send them later"),
        (EN, "I'll add it later"),
        (EN, "I will send them later"),
        (FR, "je les ajouterai plus tard"),
        (FR, "je l'ajouterai plus tard"),
        (FR, "je les enverrai plus tard"),
    ],
)
async def test_results_promised_later_are_left_empty_and_the_claim_goes_on(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="metric_value")

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert (await get_claim(chat, claim_id)).metric_value == "", said[:600]
    assert any(words in said for words in LEFT_EMPTY), said[:600]
    assert not any(words in said for words in STOPPED), said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "until"),
    [
        (EN, "I'll finish later", "metric_value"),
        (EN, "later", "metric_value"),
        (FR, "plus tard", "metric_value"),
        (EN, "I'll add them later", "amount"),
        (FR, "je les enverrai plus tard", "amount"),
    ],
)
async def test_a_pause_still_stops_the_claim(
    chat: Chat, locale: str, typed: str, until: str
) -> None:
    claim_id = await claim_at(chat, locale, until=until)

    said = flat(shown(await chat.say(typed, locale=locale)))

    assert any(words in said for words in STOPPED), said[:600]
    assert claim_id in said, said[:600]
