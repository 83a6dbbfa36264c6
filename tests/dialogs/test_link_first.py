"""The link pasted right after "add a link".

Seen off the script: "add a link" asks "Which requirement does it show?" first; the partner
pasted the link, as one does after "add a link", and got 'I don't know
"https://contoso.com/expo". Pick one of the options'. The address is now kept (said back) and
the requirement asked again; its own question does not come.
"""

from __future__ import annotations

import pytest

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "add", "requirement", "asked_again"),
    [
        (EN, "add a link", "Invitation and agenda", "Which requirement does it show?"),
        (FR, "ajouter un lien", "Invitation et programme", "Quelle exigence montre-t-il ?"),
    ],
)
async def test_the_link_pasted_at_the_requirement_is_kept(
    chat: Chat, locale: str, add: str, requirement: str, asked_again: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say(add, locale=locale)
    replies = await chat.say("https://contoso.com/expo", locale=locale)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    assert "✓ https://contoso.com/expo" in shown(replies)
    assert asked_again in shown(replies)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.kind is EvidenceKind.URL and item.url == "https://contoso.com/expo"
    # The requirement next, and no question for the address.
    replies = await chat.say(requirement, locale=locale)
    assert "(https://" not in shown(replies)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.requirement is not None and item.url == "https://contoso.com/expo"


async def test_a_bad_link_there_is_refused_and_nothing_kept(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN)
    await chat.say("add a link", locale=EN)
    await chat.say("https://", locale=EN)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert not item.url
