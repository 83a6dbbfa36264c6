"""A claim's execution date said by what it is rather than by the day.

Seen at stop 56 at a claim's execution date (campaign "Autumn push", 1 Sep - 30 Nov 2026):

- "first day of the campaign", "campaign start", "same as the campaign start", « le premier
  jour de la campagne » got 'I can't read … as a date': the campaign's own first day, which
  the question names. Its last day likewise (refused here as still to come, as the day
  typed would be).
- "it hasn't happened yet", "we haven't run it yet", "it's planned for next month", "next
  week", « ça n'a pas encore eu lieu » got 'I can't read … as a date', as if the partner
  had mistyped a day: it is too early for this claim. Said so, with the draft kept and how
  to leave it and come back; once the campaign is over, which days it can still claim.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import CAMPAIGN, EN, FR, claim_at, get_claim
from tests.support import Chat, shown

_UNREAD = ("can't read", "sais pas lire")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "first day of the campaign"),
        (EN, "campaign start"),
        (EN, "same as the campaign start"),
        (EN, "the day the campaign started"),
        (FR, "le premier jour de la campagne"),
        (FR, "début de la campagne"),
    ],
)
async def test_the_campaigns_first_day_named_is_that_day(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert not any(words in shown(replies) for words in _UNREAD), shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date == CAMPAIGN[1]


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the last day of the campaign", "in the future"),
        (FR, "le dernier jour de la campagne", "dans le futur"),
    ],
)
async def test_the_campaigns_last_day_still_to_come_is_refused_as_that_day(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies), shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None


@pytest.mark.parametrize(
    ("locale", "typed", "said", "later"),
    [
        (EN, "it hasn't happened yet", "too early", "later"),
        (EN, "we haven't run it yet", "too early", "later"),
        (EN, "it's planned for next month", "too early", "later"),
        (EN, "next week", "too early", "later"),
        (EN, "not yet", "too early", "later"),
        (FR, "ça n'a pas encore eu lieu", "trop tôt", "plus tard"),
        (FR, "c'est prévu la semaine prochaine", "trop tôt", "plus tard"),
        (FR, "pas encore", "trop tôt", "plus tard"),
    ],
)
async def test_an_activity_not_run_yet_is_too_early_and_the_claim_is_kept(
    chat: Chat, locale: str, typed: str, said: str, later: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text and claim_id in text and f"**{later}**" in text, text
    assert "30" in text and ("Nov" in text or "nov" in text)  # the campaign's last day
    assert not any(words in text for words in _UNREAD)
    claim = await get_claim(chat, claim_id)
    assert claim is not None and claim.execution_date is None
    replies = await chat.say(later, locale=locale)  # leaves the question, the claim kept
    assert claim_id in shown(replies)
    assert await get_claim(chat, claim_id) is not None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [(EN, "it hasn't happened yet", "ended on"), (FR, "pas encore", "terminée le")],
)
async def test_once_the_campaign_is_over_the_days_it_can_claim_are_said(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    late = Chat(chat.storage, today=date(2026, 12, 5), locale=locale)
    claim_id = await claim_at(late, locale, until="execution_date")
    replies = await late.say(typed, locale=locale)
    text = shown(replies)
    assert said in text and "1" in text and claim_id in text, text
    assert not any(words in text for words in _UNREAD)
    assert (await get_claim(late, claim_id)).execution_date is None
