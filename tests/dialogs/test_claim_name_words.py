"""A claim's name, said as a partner says it rather than typed.

Seen at stop 55 at "Give this claim a short name": "same as the campaign" and "you choose"
were kept as the claim's name, so "my claims" and the check card showed a claim called
"you choose". The campaign's name is the one meant by the first (kept, said back); a name is
offered for the second (the campaign and the activity type), one "yes" or click away.
Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

CAMPAIGN = "Autumn push"  # the approved plan's campaign (claim_support)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "same as the campaign"),
        (EN, "the campaign name"),
        (FR, "comme la campagne"),
        (FR, "le nom de la campagne"),
    ],
)
async def test_the_campaigns_name_said_is_the_claims(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    said = shown(await chat.say(typed, locale=locale))
    claim = await get_claim(chat, claim_id)
    assert claim.name is not None and CAMPAIGN in claim.name, (claim.name, said)


@pytest.mark.parametrize(
    ("locale", "typed", "yes"),
    [(EN, "you choose", "yes"), (EN, "whatever", "yes"), (FR, "comme vous voulez", "oui")],
)
async def test_a_name_left_to_the_bot_is_offered_never_kept_as_said(
    chat: Chat, locale: str, typed: str, yes: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    said = shown(await chat.say(typed, locale=locale))
    assert CAMPAIGN in said, said
    assert (await get_claim(chat, claim_id)).name is None, said
    await chat.say(yes, locale=locale)
    name = (await get_claim(chat, claim_id)).name
    assert name is not None and CAMPAIGN in name and typed not in name, name


async def test_in_the_claims_card_form_the_campaigns_name_is_kept_as_text(chat: Chat) -> None:
    """The same words in the card form ("Fill in the form"): the campaign's name, kept as
    a name (the form reads each field with its own parser)."""
    from tests.dialogs.test_plan_card_forms import _form, _submit

    claim_id = await claim_at(chat, EN, until="name")
    replies = await chat.say("continue my claim", locale=EN)
    await _submit(chat, _form(replies), 0, {"claim.name": "same as the campaign"}, EN)
    assert (await get_claim(chat, claim_id)).name == CAMPAIGN
