"""Removing a campaign or an activity at a plan's review, in words.

Seen off the script: at the review, "remove the activity", "delete campaign 1" and "delete
Spring push" got 'I don't know "…" here': only the card's "Remove …" buttons removed one.
The item named (a campaign by name or number, an activity by type, a word for it or number)
is removed as its button would; what several items could mean is offered as buttons, and
nothing is removed until one is picked.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

NOT_KNOWN = ("I don't know", "Je ne connais pas")


async def at_review(chat: Chat, locale: str = EN) -> str:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    return plan_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "remove the activity"),
        (EN, "delete the digital advertising activity"),
        (EN, "remove activity 1"),
        (EN, "remove the first activity"),
        (EN, "delete the last activity"),
    ],
)
async def test_the_one_activity_named_is_removed(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await at_review(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert not any(words in shown(replies) for words in NOT_KNOWN)
    plan = await get(chat, plan_id)
    assert len(plan.campaigns) == 1 and plan.campaigns[0].activities == []


@pytest.mark.parametrize(
    ("locale", "typed", "gone"),
    [
        (EN, "delete Spring push", "Spring push"),
        (EN, "remove campaign 1", "Spring push"),
        (FR, "supprimer la campagne Rentrée", "Rentrée"),
        (FR, "supprimer la campagne 1", "Campagne printemps"),
    ],
)
async def test_the_one_campaign_named_is_removed(
    chat: Chat, locale: str, typed: str, gone: str
) -> None:
    plan_id = await at_review(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert not any(words in shown(replies) for words in NOT_KNOWN)
    assert f"**{gone}**" in shown(replies)  # asked first: it holds activities
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert gone not in [c.name for c in (await get(chat, plan_id)).campaigns]


async def test_in_french_the_activity_of_several_is_asked_then_named(chat: Chat) -> None:
    plan_id = await at_review(chat, FR)
    before = sum(len(c.activities) for c in (await get(chat, plan_id)).campaigns)
    replies = await chat.say("supprimer l'activité", locale=FR)
    assert "peut désigner plusieurs choses" in shown(replies)
    assert sum(len(c.activities) for c in (await get(chat, plan_id)).campaigns) == before
    await chat.say("supprimer le salon", locale=FR)
    types = [a.activity_type for c in (await get(chat, plan_id)).campaigns for a in c.activities]
    assert len(types) == before - 1 and "tradeshow" not in types


async def test_of_two_activities_neither_is_guessed(chat: Chat) -> None:
    plan_id = await at_review(chat)
    for answer in ("add an activity", "webinar", "Copilot webinar series", "France", "5000", "no"):
        await chat.say(answer)
    replies = await chat.say("remove the activity")
    assert "could mean more than one thing" in shown(replies)
    assert len((await get(chat, plan_id)).campaigns[0].activities) == 2
    # Named, it is that one alone.
    await chat.say("remove the webinar")
    [left] = (await get(chat, plan_id)).campaigns[0].activities
    assert left.activity_type == "digital_advertising"


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        # Seen at stop 51: the plan has one activity, and "remove the second activity"
        # REMOVED it ("Removed the activity Digital advertising"): the ordinal was not read,
        # "activity" alone named every one.
        (EN, "remove the second activity", "no activity 2"),
        (EN, "delete activity 3", "no activity 3"),
        (EN, "remove the 2nd activity", "no activity 2"),
        (FR, "supprimer la quatrième activité", "pas d'activité 4"),
    ],
)
async def test_an_activity_the_plan_has_not_is_never_removed(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    plan_id = await at_review(chat, locale)
    before = [len(c.activities) for c in (await get(chat, plan_id)).campaigns]

    replies = await chat.say(typed, locale=locale)

    assert [len(c.activities) for c in (await get(chat, plan_id)).campaigns] == before
    assert said in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        # Seen at stop 52 (left alone at stop 51): the English plan has one campaign with one
        # activity, and "change the amount of activity 5" asked that one's amount; "change
        # the name of campaign 3" that one's name.
        (EN, "change the amount of activity 5", "no activity 5"),
        (EN, "change the name of campaign 3", "no campaign 3"),
        (EN, "change the third activity's amount", "no activity 3"),
        (FR, "modifier le montant de l'activité 4", "pas d'activité 4"),
        (FR, "modifier le nom de la troisième campagne", "pas de campagne 3"),
    ],
)
async def test_an_item_the_plan_has_not_is_never_edited(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    plan_id = await at_review(chat, locale)
    before = await get(chat, plan_id)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies), shown(replies)
    assert "Nothing was changed" in shown(replies) or "Rien n'a été modifié" in shown(replies)
    assert "Currently" not in shown(replies) and "Valeur actuelle" not in shown(replies)
    assert await get(chat, plan_id) == before
