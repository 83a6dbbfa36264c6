"""An invoice said to come on a day: a reminder on that day, one click away. At stop 63
"the invoice comes tomorrow", « la facture arrive demain » kept the claim waiting for its
invoice, and the partner had to think of "remind me tomorrow" themselves. The answer now
offers the reminder on the day said (none when no day is said); the click keeps it on the
claim, as "remind me …" does. A forged day on the button is read as typed words would be:
refused when past, ignored when it is no day. Through the real bot, its dialogs and a
TinyDB store on disk (today: Friday 27 Nov 2026).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, buttons, claim_at, get_claim, last_card
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "button", "day"),
    [
        (EN, "the invoice comes tomorrow", "Remind me on Saturday 28 November", date(2026, 11, 28)),
        (EN, "invoice arrives next week", "Remind me on Monday 30 November", date(2026, 11, 30)),
        (
            FR,
            "la facture arrive demain",
            "Me le rappeler le samedi 28 novembre",
            date(2026, 11, 28),
        ),
        (
            FR,
            "la facture arrivera vendredi",
            "Me le rappeler le vendredi 4 décembre",
            date(2026, 12, 4),
        ),
    ],
)
async def test_the_day_said_is_offered_as_a_reminder(
    chat: Chat, locale: str, typed: str, button: str, day: date
) -> None:
    claim_id = await claim_at(chat, locale)

    card = last_card(await chat.say(typed, locale=locale))

    assert button in buttons(card), shown([card])[:600]
    said = shown(await chat.click(card.submit_data(button)))
    assert (await get_claim(chat, claim_id)).remind_on == day, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "still waiting for the invoice"), (FR, "j'attends toujours la facture")],
)
async def test_no_day_said_no_reminder_offered(chat: Chat, locale: str, typed: str) -> None:
    await claim_at(chat, locale)

    replies = await chat.say(typed, locale=locale)

    assert not any(reply.card for reply in replies), shown(replies)[:600]


@pytest.mark.parametrize(
    ("day", "kept"),
    [
        ("2020-01-01", None),  # past: refused, as typed
        ("<script>", date(2026, 11, 28)),  # no day: the button's own default, tomorrow
        ("2026-11-30" * 30, date(2026, 11, 28)),
    ],
)
async def test_a_forged_day_is_read_as_words_are(chat: Chat, day: str, kept: date | None) -> None:
    claim_id = await claim_at(chat, EN)

    await chat.click({"action": "remind_me", "claim_id": claim_id, "day": day})

    assert (await get_claim(chat, claim_id)).remind_on == kept
