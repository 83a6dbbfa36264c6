""" "dispute", « contester », with or without the claim's id: the dispute the rejection
notice's button starts.

Seen after a rejection notice ("if you think the decision is wrong, use the notice's
Dispute button"): "dispute" and "dispute CLM-…" got "I didn't understand that".
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, get_claim
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

ASKED = {EN: "Why is the decision on", FR: "Pourquoi la décision sur"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "dispute"), (EN, "dispute {claim_id}"), (FR, "contester"), (FR, "contester {claim_id}")],
)
async def test_dispute_typed_starts_the_dispute_of_the_rejected_claim(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed.format(claim_id=claim_id), locale=locale)
    assert ASKED[locale] in shown(replies), shown(replies)
    await chat.say(
        "The invoice is readable at 100 %: it is attached again"
        if locale == EN
        else "La facture est lisible à 100 % : elle est jointe à nouveau",
        locale=locale,
    )
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.DISPUTED


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I disagree"),
        (EN, "the decision is wrong"),
        (EN, "I want to appeal"),
        (FR, "je ne suis pas d'accord"),
        (FR, "c'est une erreur"),
    ],
)
async def test_disagreeing_in_words_starts_the_dispute(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """Seen at stop 39 after a rejection: "I disagree", « je ne suis pas d'accord » got
    "I didn't understand that"."""
    await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert ASKED[locale] in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "Nothing is rejected that could be disputed."), (FR, "Rien n'est refusé qui")],
)
async def test_dispute_typed_with_nothing_rejected_says_so(
    chat: Chat, locale: str, said: str
) -> None:
    chat.locale = locale
    replies = await chat.say("contester" if locale == FR else "dispute", locale=locale)
    assert said in shown(replies)


async def test_the_status_of_a_rejected_claim_says_dispute_can_be_typed(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    assert f"or type **dispute {claim_id}**" in shown(await chat.say(f"status of {claim_id}"))


# Seen at stop 41 after a rejection: "I disagree, the invoice is readable", « je ne suis pas
# d'accord, la facture est lisible » got "I didn't understand that", the reason typed lost.
# The dispute starts with that reason offered to send, one "yes" or click away (a dispute
# cannot be taken back: never sent unasked); another reason typed instead is sent instead.
@pytest.mark.parametrize(
    ("locale", "typed", "reason", "yes"),
    [
        (EN, "I disagree, the invoice is readable", "the invoice is readable", "yes"),
        (EN, "this is wrong because the scan is sharp", "the scan is sharp", "yes"),
        (FR, "je ne suis pas d'accord, la facture est lisible", "la facture est lisible", "oui"),
    ],
)
async def test_disagreeing_with_a_reason_offers_that_reason(
    chat: Chat, files: FileServer, locale: str, typed: str, reason: str, yes: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert ASKED[locale] in shown(replies) and reason in shown(replies), shown(replies)[:300]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED  # not yet
    await chat.say(yes, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.DISPUTED
    assert claim.history[-1].note == reason


async def test_another_reason_typed_after_the_offer_is_the_one_sent(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    await chat.say("I disagree, the invoice is readable", locale=EN)
    await chat.say("The invoice scan is 300 dpi and every line can be read", locale=EN)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.DISPUTED
    assert claim.history[-1].note == "The invoice scan is 300 dpi and every line can be read"


async def test_disagreeing_with_too_short_a_reason_asks_for_one(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    replies = await chat.say("I disagree, wrong", locale=EN)
    assert ASKED[EN] in shown(replies)
    await chat.say("yes", locale=EN)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the invoice is fine", "Sent back to you by a reviewer: **{claim_id}**"),
        (EN, "ok I'll upload a clearer scan", "Say **fix {claim_id}**"),
        # (Stop 56: « Renvoyé … pour le corriger » named a réclamation in the masculine.)
        (FR, "la facture est correcte", "Renvoyée par un réviseur : **{claim_id}**"),
        (FR, "ok je renvoie un meilleur scan", "Dites **corriger {claim_id}**"),
    ],
)
async def test_words_not_understood_after_a_rejection_name_what_waits(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    """Seen at stop 44 after a rejection notice: "the invoice is fine", "ok I'll upload a
    clearer scan" got the general "I didn't understand that" (new plan, new claim, status),
    nothing about the claim waiting on the partner."""
    claim_id = await rejected_seminar(chat, files, locale)

    text = shown(await chat.say(typed, locale=locale))

    assert said.format(claim_id=claim_id) in text, text
    assert "pour le corriger" not in text, text  # a réclamation is feminine
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (EN, "say **fix {claim_id}** to fix it"),
        (FR, "dites **corriger {claim_id}** pour la corriger"),
    ],
)
async def test_a_file_sent_after_a_rejection_is_pointed_at_the_fix(
    chat: Chat, files: FileServer, locale: str, said: str
) -> None:
    """Seen at stop 44: after a rejection for a blurry invoice, the clearer one attached with
    no claim open got "no claim is open. Say **new claim** to start one" — a second claim,
    not the fix the notice asks for."""
    from tests.dialogs.claim_support import attach

    claim_id = await rejected_seminar(chat, files, locale)

    text = shown(await attach(chat, files, "invoice-clear.pdf", locale=locale))

    assert said.format(claim_id=claim_id) in text, text
    assert "new claim" not in text.lower() and "nouvelle réclamation" not in text, text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "did they approve it?"),
        (EN, "is it approved yet?"),
        (EN, "has it been reviewed?"),
        (FR, "est-ce qu'elle est approuvée ?"),
        (FR, "a-t-elle été validée ?"),
    ],
)
async def test_whether_it_was_decided_asked_with_a_pronoun_is_where_it_stands(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """Seen at stop 44 after a rejection: "did they approve it?", "is it approved yet?" got
    "I didn't understand that" (no word for a claim, "it")."""
    claim_id = await rejected_seminar(chat, files, locale)

    text = shown(await chat.say(typed, locale=locale))

    assert f"**{claim_id}**" in text and ("rejected on" in text or "refusée le" in text), text
