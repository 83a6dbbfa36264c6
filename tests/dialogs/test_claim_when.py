"""When a claim can be made: after the activity has run, within its claiming window.

Seen at stop 46 with no question open: "can I claim before the event?", "can I claim in
advance?", "can I claim for an event next month?" were answered '"before the event" is not
an activity type co-op pays for' with the catalog's evidence list; "when can I claim?",
« quand puis-je réclamer ? », « puis-je réclamer avant l'événement ? » got "I didn't
understand that". A claim is proof of what ran: it is made once the activity has run and
before its usage period's claims close; before that the activity belongs in the plan. The
answer says so, with today's period and the day its claims close. Through the real bot.
"""

from __future__ import annotations

import pytest

from domain.dates import FiscalHalf, format_date
from domain.funds import claiming_window
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

RAN = {EN: "once the activity has run", FR: "une fois l'activité réalisée"}
WRONG = ("not an activity type", "n'est pas un type d'activité", "didn't understand")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can I claim before the event?"),
        (EN, "can I claim in advance?"),
        (EN, "can I claim for an event next month?"),
        (EN, "can we claim upfront?"),
        (EN, "when can I claim?"),
        (EN, "when do I submit a claim?"),
        (FR, "quand puis-je réclamer ?"),
        (FR, "puis-je réclamer avant l'événement ?"),
        (FR, "peut-on réclamer à l'avance ?"),
        # Seen at stop 50: '"last month" is not an activity type co-op pays for', with the
        # catalog's evidence list: a time said is when, not what.
        (EN, "can I claim for last month?"),
        (EN, "can I claim for September?"),
        (EN, "can we claim for last quarter?"),
        (EN, "can I claim for an event in October?"),
        (EN, "can I claim for last year's activities?"),
        (FR, "puis-je réclamer pour le mois dernier ?"),
        (FR, "puis-je réclamer pour septembre ?"),
        (FR, "peut-on réclamer pour septembre ?"),
        # Seen at stop 50: "You have no claims yet" ("claim" and "?": read as a status
        # question); « Je n'ai pas compris ».
        (EN, "is it possible to claim before the event?"),
        (FR, "c'est possible de réclamer avant l'événement ?"),
    ],
)
async def test_when_a_claim_can_be_made_is_answered(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)
    assert RAN[locale] in said and not any(words in said for words in WRONG), said
    usage = FiscalHalf.containing(chat.today)
    assert usage.label in said and format_date(claiming_window(usage)[1], locale) in said


async def test_at_a_claims_question_it_is_answered_and_asked_again(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")
    said = await understood(chat, EN, "when can I claim?")
    assert RAN[EN] in said and "How much are you claiming" in said, said
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize(
    ("locale", "typed", "needs"),
    [
        (EN, "can I claim a webinar?", "a reviewer needs"),
        # Seen at stop 50: « Je n'ai pas compris » (« est-ce que je peux … » was read).
        (FR, "puis-je réclamer un webinaire ?", "le réviseur a besoin de"),
        (FR, "peut-on réclamer un salon ?", "le réviseur a besoin de"),
        (EN, "is it possible to claim a trade show?", "a reviewer needs"),
        # Stop 59: travel's own rule (tests/dialogs/test_expenses_asked.py).
        (EN, "am I allowed to claim travel?", "**Travel** (flights, trains, hotels)"),
        (FR, "est-il possible de réclamer un salon ?", "le réviseur a besoin de"),
        (FR, "j'ai le droit de réclamer un webinaire ?", "le réviseur a besoin de"),
    ],
)
async def test_can_i_claim_an_activity_type_still_lists_its_evidence(
    chat: Chat, locale: str, typed: str, needs: str
) -> None:
    said = await understood(chat, locale, typed)
    assert needs in said and RAN[locale] not in said, said


LOST = {EN: "is lost", FR: "est perdu"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 51: the funds list alone ("deadline" read as asking for the dates),
        # which says when, not what a missed day costs; "what if I'm late?", « et si je suis
        # en retard ? » got "I didn't understand that".
        (EN, "what happens if I miss the deadline?"),
        (EN, "what if I'm late?"),
        (EN, "what happens to unused funds?"),
        (EN, "do unused funds roll over?"),
        (EN, "can I claim after the deadline?"),
        (EN, "I missed the deadline"),
        (FR, "que se passe-t-il si je rate la date limite ?"),
        (FR, "et si je suis en retard ?"),
        (FR, "que deviennent les fonds non utilisés ?"),
        (FR, "puis-je réclamer après la date limite ?"),
        (FR, "j'ai raté la date limite"),
    ],
)
async def test_what_a_missed_deadline_costs_is_answered(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)
    assert LOST[locale] in said and not any(words in said for words in WRONG), said
    usage = FiscalHalf.containing(chat.today)
    assert format_date(claiming_window(usage)[1], locale) in said, said


CANNOT_MOVE = {EN: "I can't move a deadline", FR: "Je ne peux pas repousser une date limite"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 55: the funds list, which says when but not whether the day can
        # move ("deadline" read as asking for the dates), or "I didn't understand that".
        (EN, "can the deadline be extended?"),
        (EN, "can I get an extension?"),
        (EN, "I need more time"),
        (EN, "is it possible to extend the claiming deadline?"),
        (EN, "can you push back the deadline?"),
        (EN, "Deadline extension"),
        (FR, "délai supplémentaire ?"),
        (FR, "puis-je avoir un délai supplémentaire ?"),
        (FR, "j'ai besoin de plus de temps"),
        (FR, "la date limite peut-elle être repoussée ?"),
        (FR, "pouvez-vous prolonger la date limite ?"),
    ],
)
async def test_a_deadline_extension_asked_is_answered_with_the_day_claims_close(
    chat: Chat, locale: str, typed: str
) -> None:
    """The bot can't move a claiming deadline: it says so, what a missed one costs, who to
    tell, and today's period with the day its claims close."""
    said = await understood(chat, locale, typed)
    assert CANNOT_MOVE[locale] in said and LOST[locale] in said, said
    assert not any(words in said for words in WRONG), said
    usage = FiscalHalf.containing(chat.today)
    assert format_date(claiming_window(usage)[1], locale) in said, said
