"""Another claim for the activity of the last one, asked at rest.

Seen at stop 56: "copy my last claim", "same activity as my last claim", « copier ma
dernière réclamation » got "I didn't understand that", while "copy my plan" copies a plan.
Partners claim recurring activities (a monthly webinar, an ad run each quarter): choosing
the plan, the campaign and the activity again is the web form's way. A claim copied is a
new draft for the same activity of the same plan, in its currency; what proves one run
(its name, day, amount, reach, evidence) is its own, asked from the name on. Asked twice
while that draft is open, it is opened again, never a third claim.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import CAMPAIGN, EN, FR, claim_at, get_claim
from tests.support import TENANT, Chat, shown

_NAME_QUESTION = {EN: "Give this claim a short name", FR: "Donnez un nom court"}


async def _sent_claim(chat: Chat, locale: str) -> str:
    claim_id = await claim_at(chat, locale, until="impressions")
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    claim = await get_claim(chat, claim_id)
    claim.status = ClaimStatus.SUBMITTED
    await chat.services.claims.save(claim)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "copy my last claim"),
        (EN, "duplicate my claim"),
        (EN, "another claim for the same activity"),
        (EN, "same as my last claim"),
        (FR, "copier ma dernière réclamation"),
        (FR, "dupliquer ma réclamation"),
        (FR, "une autre réclamation pour la même activité"),
    ],
)
async def test_a_claim_copied_is_a_new_draft_for_the_same_activity(
    chat: Chat, locale: str, typed: str
) -> None:
    source_id = await _sent_claim(chat, locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    summaries = await chat.services.claims.summaries(TENANT)
    assert len(summaries) == 2, text
    copy_id = next(s.id for s in summaries if s.id != source_id)
    assert copy_id in text and source_id in text and CAMPAIGN[0] in text, text
    assert _NAME_QUESTION[locale] in text, text
    source, copy = await get_claim(chat, source_id), await get_claim(chat, copy_id)
    assert copy.status is ClaimStatus.EDITING and copy.owner_id == source.owner_id
    assert (copy.plan_id, copy.campaign_id, copy.activity_id) == (
        source.plan_id,
        source.campaign_id,
        source.activity_id,
    )
    assert (copy.activity_type, copy.currency) == (source.activity_type, source.currency)
    assert copy.name is None and copy.execution_date is None and copy.amount is None
    assert copy.impressions is None and not copy.evidence


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "copy my last claim"), (FR, "copier ma réclamation")]
)
async def test_asked_again_while_the_copy_is_open_it_is_opened_again(
    chat: Chat, locale: str, typed: str
) -> None:
    source_id = await _sent_claim(chat, locale)
    await chat.say(typed, locale=locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed, locale=locale)
    summaries = await chat.services.claims.summaries(TENANT)
    assert len(summaries) == 2, shown(replies)
    copy_id = next(s.id for s in summaries if s.id != source_id)
    assert copy_id in shown(replies) and _NAME_QUESTION[locale] in shown(replies)


async def test_the_claim_named_is_the_one_copied(chat: Chat) -> None:
    source_id = await _sent_claim(chat, EN)
    replies = await chat.say(f"copy {source_id}", locale=EN)
    assert len(await chat.services.claims.summaries(TENANT)) == 2, shown(replies)
    assert _NAME_QUESTION[EN] in shown(replies)


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "no claim to copy"), (FR, "pas encore de réclamation à copier")],
)
async def test_with_no_claim_there_is_none_to_copy(chat: Chat, locale: str, said: str) -> None:
    typed = "copier ma dernière réclamation" if locale == FR else "copy my last claim"
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies), shown(replies)
    assert not await chat.services.claims.summaries(TENANT)


async def test_a_colleagues_open_copy_is_not_opened_for_another(chat: Chat) -> None:
    """The copy made once is the speaker's own draft: a colleague asking for a copy of the
    same claim gets a draft of their own, not the first one's (which only its owner may
    change)."""
    from tests.support import USER

    source_id = await _sent_claim(chat, EN)
    await chat.say("copy my last claim", locale=EN)
    await chat.say("cancel", locale=EN)
    colleague = Chat(chat.storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    await colleague.seed_roles()
    replies = await colleague.say(f"copy {source_id}", locale=EN)
    summaries = await chat.services.claims.summaries(TENANT)
    assert len(summaries) == 3, shown(replies)
    mine = [s for s in summaries if s.owner_id == USER]
    assert len(mine) == 1 and mine[0].id in shown(replies)
