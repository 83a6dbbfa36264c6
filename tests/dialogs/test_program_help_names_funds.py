"""Which program to pick, asked at the plan's program question. Seen at stop 63 in the
Playground: « c'est quoi la différence ? », "which one should I choose?", "what are the
options?" got "The incentive program these co-op funds come from, e.g. CSP Indirect
Reseller": the same example whatever the partner earns in, though the bot holds the
organisation's co-op funds as the back office sent them. The help now names the programs
the organisation has co-op recorded in, each period with what was earned; with none on
record, that none is and where Partner Center shows them. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, flat, seed_funds
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "asked", "named"),
    [
        (EN, "which one should I choose?", ("**Hosting**", "FY27 H1", "EUR 40,000.00")),
        (EN, "what's the difference?", ("**Hosting**", "FY27 H1", "EUR 40,000.00")),
        (FR, "lequel choisir ?", ("**Hébergement**", "FY27 H1", "40 000,00 EUR")),
        (FR, "c'est quoi la différence ?", ("**Hébergement**", "FY27 H1", "40 000,00 EUR")),
    ],
)
async def test_the_programs_the_organisation_earns_in_are_named(
    chat: Chat, locale: str, asked: str, named: tuple[str, ...]
) -> None:
    await seed_funds(chat, program="hosting")
    plan_id = await plan_at(chat, locale, "program")

    said = flat(shown(await chat.say(asked, locale=locale)))

    for words in named:
        assert words in said, said[:800]
    assert (await get(chat, plan_id)).program is None  # still asked, nothing taken


@pytest.mark.parametrize(
    ("locale", "asked", "none"),
    [
        (EN, "which one should I choose?", "no co-op funds on record"),
        (FR, "lequel choisir ?", "aucun fonds co-op"),
    ],
)
async def test_with_no_funds_on_record_the_help_says_so(
    chat: Chat, locale: str, asked: str, none: str
) -> None:
    await plan_at(chat, locale, "program")

    said = flat(shown(await chat.say(asked, locale=locale)))

    assert none in said, said[:800]
