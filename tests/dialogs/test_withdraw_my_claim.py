"""Cancelling or withdrawing "my claim" in the partner's words, and how long things take.

Seen at stop 42, with no question open: "cancel my claim", "withdraw my claim", "cancel my
draft", « annuler ma réclamation » got "I didn't understand that" (with the claim's id they
ask to confirm deleting a draft, and say why a submitted claim cannot be withdrawn);
"delete my claim" with nothing but a submitted claim said "You have no claim draft to
continue", which neither answers nor says what comes next. And "how long does approval
take?", "how long does a dispute take?", « combien de temps pour la validation ? » got "I
didn't understand that" while "how long does review take?" had its answer. Through the real
bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    approved_plan,
    claim_at,
    claim_at_check,
    get_claim,
    seed_funds,
)
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

CONFIRM = {EN: "for good?", FR: "Supprimer définitivement"}
NEXT = {
    EN: "If they ask for changes, I'll tell you here and you can fix it then.",
    FR: "S'ils demandent des modifications, je vous le dirai ici et vous pourrez la corriger.",
}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "cancel my claim"),
        (EN, "withdraw my claim"),
        (EN, "cancel my claim draft"),
        (EN, "remove my claim"),
        (EN, "withdraw the claim"),
        (FR, "annuler ma réclamation"),
        (FR, "retirer ma réclamation"),
        (FR, "annuler la réclamation"),
    ],
)
async def test_a_kept_draft_cancelled_in_words_asks_to_confirm_deleting_it(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)  # left, kept

    said = await understood(chat, locale, typed)

    assert CONFIRM[locale] in said and claim_id in said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING  # asked, not done
    await chat.say("oui" if locale == FR else "yes", locale=locale)
    assert await chat.services.claims.get(chat.tenant_id, claim_id) is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "withdraw my claim"),
        (EN, "cancel my claim"),
        (EN, "delete my claim"),
        (FR, "retirer ma réclamation"),
        (FR, "supprimer ma réclamation"),
    ],
)
async def test_with_only_a_submitted_claim_says_why_it_stays_and_what_comes_next(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("soumettre" if locale == FR else "submit", locale=locale)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED

    said = shown(await chat.say(typed, locale=locale))

    assert claim_id in said and NEXT[locale] in said, said
    assert "to continue" not in said and "à reprendre" not in said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "delete my claim", "You have no claim draft to delete."),
        (FR, "supprimer ma réclamation", "Vous n'avez aucun brouillon de réclamation à supprimer."),
    ],
)
async def test_with_no_claim_at_all_says_there_is_none_to_delete(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    said = shown(await chat.say(typed, locale=locale))

    assert answer in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "how long does approval take?", "2 business days"),
        (EN, "how long does a dispute take?", "5 business days"),
        (EN, "how long until my claim is approved?", "2 business days"),
        (EN, "how long does it take to get paid?", "45 business days"),
        (EN, "how many days for the review?", "2 business days"),
        (FR, "combien de temps pour la validation ?", "2 jours ouvrés"),
        (FR, "combien de temps dure une contestation ?", "5 jours ouvrés"),
        (FR, "quel est le délai d'approbation ?", "2 jours ouvrés"),
        (FR, "en combien de temps suis-je payé ?", "45 jours ouvrés"),
        (FR, "quel est le délai de paiement ?", "45 jours ouvrés"),
    ],
)
async def test_how_long_things_take_asked_in_other_words(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    said = await understood(chat, locale, typed)

    assert answer in said, said
