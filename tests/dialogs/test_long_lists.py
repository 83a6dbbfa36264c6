""" "my claims" and "my plans" for a partner with more than a list shows.

Seen with 30 claim drafts: "my claims" listed 25 and stopped, with no word of the 5 others
or of how to reach one (the status answer counts what it leaves out; these lists did not).
"""

from __future__ import annotations

from tests.dialogs.claim_support import EN, FR
from tests.support import ADMIN, TENANT, TODAY, Chat, shown


async def many_claims(chat: Chat, count: int) -> None:
    for _ in range(count):
        await chat.services.claims.create_claim(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
        )


async def test_my_claims_says_how_many_more_and_how_to_ask(chat: Chat) -> None:
    await many_claims(chat, 30)
    text = shown(await chat.say("my claims", locale=EN))
    assert text.count("CLM-") >= 25
    assert "…and 5 more claims (Draft: 5)" in text
    assert "status of CLM-" in text


async def test_in_french_too(chat: Chat) -> None:
    await many_claims(chat, 26)
    text = shown(await chat.say("mes réclamations", locale=FR))
    assert "…et 1 autre réclamation" in text


async def test_my_plans_says_how_many_more(chat: Chat) -> None:
    for _ in range(27):
        await chat.services.plans.create_plan(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
        )
    text = shown(await chat.say("my plans", locale=EN))
    assert "…and 2 more plans" in text
