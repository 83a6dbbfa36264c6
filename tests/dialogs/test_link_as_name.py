"""A link typed where a name is asked.

Seen at stop 49: at a claim's name, "https://example.com/invoice.pdf" was taken as the
claim's name (the check card and "my claims" then call it by that address; the partner
meant it as evidence, which the claim asks for later); at a campaign's name the same. A
name is words a reviewer reads: a link alone is refused, with where a link goes. Through
the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

LINKS = ("https://example.com/invoice.pdf", "www.contoso.com/webinar", "contoso.sharepoint.com/x")


@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "is a link, not a name"), (FR, "est un lien, pas un nom")],
)
async def test_a_link_at_a_claims_name_is_refused_with_where_links_go(
    chat: Chat, locale: str, said: str, link: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")

    text = shown(await chat.say(link, locale=locale))

    assert said in text, text
    assert (await get_claim(chat, claim_id)).name is None
    await chat.say("Webinar Nov" if locale == EN else "Webinaire novembre", locale=locale)
    assert (await get_claim(chat, claim_id)).name is not None


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "is a link, not a name"), (FR, "est un lien, pas un nom")],
)
async def test_a_link_at_a_campaigns_name_is_refused(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    text = shown(await chat.say("https://contoso.com/spring", locale=locale))

    assert said in text, text
    assert (
        not (await get(chat, plan_id)).campaigns or not (await get(chat, plan_id)).campaigns[0].name
    )


@pytest.mark.parametrize("name", ["Contoso.com launch", "Azure Days (contoso.com)", "Webinar 2.0"])
async def test_a_name_with_a_domain_in_its_words_is_still_a_name(chat: Chat, name: str) -> None:
    claim_id = await claim_at(chat, EN, until="name")
    await chat.say(name, locale=EN)
    assert (await get_claim(chat, claim_id)).name == name
