"""The day a claimed activity ran, said the way partners say it.

Seen off the script at a claim's execution date (campaign 1 Sep - 30 Nov 2026):

- "blah" got "Type it like 2027-03-15, 03/15/2027 or 15 Mar 2027": three days the question
  then refuses ("That date is in the future"). The examples are now days it accepts.
- "it was on Nov 9", « c'était le 9 novembre » got 'I can't read … as a date', while the
  same words at the amount question kept "it was" as the claim's results (a field a
  reviewer reads). The words before the day are the sentence's start: at the date's
  question the day is read; elsewhere a day alone is one answer, as "Nov 9" is.
- "10-12 Nov 2026", « du 10 au 12 novembre », "Nov 10 and 11" (an event of several days)
  got 'I can't read … as a date'. A claim has one execution date: its first day is
  offered, one click away, or the partner types the day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from domain.dates import format_date
from tests.dialogs.claim_support import CAMPAIGN, EN, FR, claim_at, get_claim, last_card
from tests.support import TODAY, Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "example"),
    [
        (EN, "blah", "Type it like 2026-11-15, 11/15/2026 or 15 Nov 2026."),
        ("en-GB", "blah", "Type it like 2026-11-15, 15/11/2026 or 15 Nov 2026."),
        (FR, "bof", "Tapez-la comme 15/11/2026, 2026-11-15 ou 15 novembre 2026."),
    ],
)
async def test_an_unreadable_execution_date_is_answered_with_days_it_accepts(
    chat: Chat, locale: str, typed: str, example: str
) -> None:
    await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert example in shown(replies)
    first, last = CAMPAIGN[1], min(CAMPAIGN[2], TODAY)
    for year, month, day in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", shown(replies)):
        assert first <= date(int(year), int(month), int(day)) <= last


@pytest.mark.parametrize(
    ("locale", "typed", "next_words"),
    [
        (EN, "it was on Nov 9", "How much are you claiming"),
        (EN, "we held it on November 9th.", "How much are you claiming"),
        (FR, "c'était le 9 novembre", "Quel montant"),
        (FR, "on l'a fait le 9 novembre", "Quel montant"),
    ],
)
async def test_the_day_in_a_sentence_is_the_execution_date(
    chat: Chat, locale: str, typed: str, next_words: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert next_words in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 9)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "it was on Nov 9"), (EN, "the week of Nov 9"), (FR, "c'était le 9 novembre")],
)
async def test_the_words_before_a_day_are_not_kept_as_the_results(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.metric_value is None, shown(replies)
    assert claim.execution_date == date(2026, 11, 10)  # as answered before
    assert "Results" not in shown(replies) and "Résultats" not in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "10-12 Nov 2026", "10 Nov 2026"),
        (EN, "November 10-11", "10 Nov 2026"),
        (EN, "Nov 10 and 11", "10 Nov 2026"),
        (EN, "from Nov 10 to Nov 12", "10 Nov 2026"),
        ("en-GB", "10-11/11/2026", "10 Nov 2026"),
        (FR, "du 10 au 12 novembre", "10 novembre 2026"),
        (FR, "les 10 et 11 novembre 2026", "10 novembre 2026"),
        # Seen at stop 53 in a sentence: 'I can't read "it ran over three days, Nov 10-12"'.
        (EN, "it ran over three days, Nov 10-12", "10 Nov 2026"),
        (EN, "we ran it from Nov 10 to 12", "10 Nov 2026"),
        (EN, "three-day event: Nov 10-12", "10 Nov 2026"),
        (FR, "ça a duré trois jours, du 10 au 12 novembre", "10 novembre 2026"),
        (FR, "on l'a tenu entre le 10 et le 12 novembre", "10 novembre 2026"),
    ],
)
async def test_several_days_offer_the_first_one(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.click(last_card(replies).submit_data(offered))
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)


# Seen off the script: « le 10 novembre dernier », « le 10/11 », « avant-hier », "the day
# before yesterday" and "last November 10" got "can't read … as a date", where « le 10
# novembre », « 10/11 », « hier » and "November 10" were read.
@pytest.mark.parametrize(
    ("locale", "typed", "day"),
    [
        (FR, "le 10 novembre dernier", date(2026, 11, 10)),
        (FR, "10 novembre dernier", date(2026, 11, 10)),
        (FR, "le 10/11", date(2026, 11, 10)),
        (FR, "avant-hier", TODAY - timedelta(days=2)),
        (EN, "the day before yesterday", TODAY - timedelta(days=2)),
        (EN, "last November 10", date(2026, 11, 10)),
        (EN, "on 11/10", date(2026, 11, 10)),
        # Seen at stop 48: "this morning", "last night", "earlier today", « hier soir »
        # got "can't read … as a date" where "today" and "yesterday" were read.
        (EN, "this morning", TODAY),
        (EN, "earlier today", TODAY),
        (EN, "this afternoon", TODAY),
        (EN, "last night", TODAY - timedelta(days=1)),
        (EN, "yesterday evening", TODAY - timedelta(days=1)),
        (EN, "yesterday morning", TODAY - timedelta(days=1)),
        (FR, "ce matin", TODAY),
        (FR, "cet après-midi", TODAY),
        (FR, "hier soir", TODAY - timedelta(days=1)),
        (FR, "hier matin", TODAY - timedelta(days=1)),
    ],
)
async def test_days_said_with_last_or_an_article_are_read(
    chat: Chat, locale: str, typed: str, day: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert "can't read" not in shown(replies) and "ne sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date == day


# Seen off the script (stop 38): "10" alone got 'I can't read "10" as a date', where "the
# 10th" and « le 10 » were read; now the day it most likely means is offered, one click or
# "yes" away (a number alone might be a slip, so it is not taken unasked).
@pytest.mark.parametrize(
    ("locale", "typed", "offered", "yes"),
    [(EN, "10", "10 Nov 2026", "yes"), (FR, "10", "10 novembre 2026", "oui")],
)
async def test_a_day_number_alone_offers_that_day(
    chat: Chat, locale: str, typed: str, offered: str, yes: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert offered in [a["title"] for a in last_card(replies).card["actions"]]
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say(yes, locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)


# Seen off the script: "last week", « la semaine dernière », "last month", « le mois
# dernier » got "can't read … as a date". They name several days: the answer says which,
# and how to name one of them (tests.support.TODAY is Friday 27 Nov 2026).
@pytest.mark.parametrize(
    ("locale", "typed", "said", "then", "day"),
    [
        (EN, "last week", ["16 Nov 2026", "22 Nov 2026", "Tuesday last week"],
         "Tuesday last week", date(2026, 11, 17)),
        (EN, "the week before last", ["9 Nov 2026", "15 Nov 2026"],
         "Nov 12", date(2026, 11, 12)),
        (FR, "la semaine dernière", ["16 novembre 2026", "22 novembre 2026",
         "mardi de la semaine dernière"], "mardi de la semaine dernière", date(2026, 11, 17)),
        (EN, "last month", ["1 Oct 2026", "31 Oct 2026"], "Oct 20", date(2026, 10, 20)),
        (FR, "le mois dernier", ["1er octobre 2026", "31 octobre 2026"], "le 20 octobre",
         date(2026, 10, 20)),
        # Seen at stop 59: "can't read … as a date".
        (EN, "earlier this week", ["23 Nov 2026", "29 Nov 2026"], "Nov 24", date(2026, 11, 24)),
        (FR, "cette semaine", ["23 novembre 2026", "29 novembre 2026"], "le 24 novembre",
         date(2026, 11, 24)),
    ],
)  # fmt: skip
async def test_a_past_week_or_month_says_which_days_it_names(
    chat: Chat, locale: str, typed: str, said: list[str], then: str, day: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    for words in said:
        assert words in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say(then, locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == day


# Seen off the script: "around Nov 10", "about November 10th", « vers le 10 novembre »,
# « aux alentours du 10/11 » got 'I can't read … as a date'. A claim is checked against the
# day it ran: the day named is offered, one "yes" or click away, never kept unasked.
@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "around Nov 10", "10 Nov 2026"),
        (EN, "about November 10th", "10 Nov 2026"),
        (EN, "approx. 2026-11-10", "10 Nov 2026"),
        (FR, "vers le 10 novembre", "10 novembre 2026"),
        (FR, "aux alentours du 10/11", "10 novembre 2026"),
    ],
)
async def test_a_day_said_roughly_is_offered(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say("oui" if locale == FR else "yes", locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)


# Seen at stop 54: "Nov 10th, I think", "yesterday, I think", « le 10 novembre, je crois »
# got 'I can't read … as a date': a day said with a doubt ("I think", « il me semble »)
# before or after it is offered as a day said roughly is, never kept unasked.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "Nov 10th, I think"),
        (EN, "I think it was Nov 10"),
        (EN, "Nov 10 if I remember correctly"),
        (EN, "probably the 10th of November"),
        (FR, "le 10 novembre, je crois"),
        (FR, "je pense que c'était le 10/11"),
        (FR, "le 10 novembre il me semble"),
    ],
)
async def test_a_day_said_with_a_doubt_is_offered(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    offered = "10 novembre 2026" if locale == FR else "10 Nov 2026"
    assert offered in shown(replies), shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say("oui" if locale == FR else "yes", locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)


@pytest.mark.parametrize(("locale", "typed"), [(EN, "yesterday, I think"), (FR, "hier, je crois")])
async def test_yesterday_said_with_a_doubt_is_offered(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert format_date(chat.today - timedelta(days=1), locale) in shown(replies), shown(replies)
    assert (await get_claim(chat, claim_id)).execution_date is None


# Seen off the script: "Nov 10th, 2026 (online)" kept 2,026 as the claim's estimated
# impressions (the year, after the comma, read as a count), and "10 November 2026 (online)",
# "2026-11-10 at the Paris office", « le 10 novembre 2026 (en ligne) » got 'I can't read …
# as a date'. A day followed by words about it is offered, one "yes" or click away; the year
# is the date's.
@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "Nov 10th, 2026 (online)", "10 Nov 2026"),
        (EN, "10 November 2026 (online)", "10 Nov 2026"),
        (EN, "November 10, 2026 - webinar", "10 Nov 2026"),
        (EN, "2026-11-10 at the Paris office", "10 Nov 2026"),
        (FR, "le 10 novembre 2026 (en ligne)", "10 novembre 2026"),
        (FR, "10/11/2026 - webinaire", "10 novembre 2026"),
    ],
)
async def test_a_day_with_words_after_it_is_offered(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert offered in shown(replies)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.execution_date is None and claim.impressions is None
    await chat.say("oui" if locale == FR else "yes", locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.execution_date == date(2026, 11, 10) and claim.impressions is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "Nov 10th, 2026"),
        (EN, "November 10, 2026"),
        (EN, "on Nov 10, 2026, 85 registered guests"),
    ],
)
async def test_a_year_after_a_comma_is_the_dates_not_a_count(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    await chat.say(typed, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.execution_date == date(2026, 11, 10)
    assert claim.impressions != 2026


# Seen off the script: at the date's question, "10 Nov 2026, 85 registered guests" got 'I
# can't read … as a date' (the results, free text, did not count as a second answer, though
# their own words name them), while "…, 85 attendees" was read.
@pytest.mark.parametrize(
    ("locale", "typed", "results"),
    [
        (EN, "10 Nov 2026, 85 registered guests", "85 registered guests"),
        (EN, "Nov 10, 85 registered guests", "85 registered guests"),
        (FR, "10/11/2026, 85 invités inscrits", "85 invités inscrits"),
    ],
)
async def test_the_day_and_the_results_at_the_dates_question_are_both_kept(
    chat: Chat, locale: str, typed: str, results: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    await chat.say(typed, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.execution_date == date(2026, 11, 10)
    assert claim.metric_value == results


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        # Seen at stop 51: "I can't read "over three days" as a date" (no word that one day
        # is asked, nor which one for an activity of several days).
        (EN, "over three days", "for several days, type the first one"),
        (EN, "several days", "for several days, type the first one"),
        (EN, "it ran over a few days", "for several days, type the first one"),
        (FR, "sur plusieurs jours", "pour plusieurs jours, tapez le premier"),
        (FR, "sur trois jours", "pour plusieurs jours, tapez le premier"),
    ],
)
async def test_several_days_without_a_day_asks_for_the_first(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    text = shown(await chat.say(typed, locale=locale))

    assert said in text and "can't read" not in text and "sais pas lire" not in text, text
    assert (await get_claim(chat, claim_id)).execution_date is None
