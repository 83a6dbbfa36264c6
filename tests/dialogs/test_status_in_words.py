"""Where a submitted claim stands, asked as partners ask it. Seen at stop 39, a claim
submitted: "has it been paid?", "any news?", "what did the reviewer say?", "is my claim
approved", « des nouvelles ? », « qu'a dit le réviseur ? » got "I didn't understand that";
they now answer where things stand. Through the real bot, dialogs and a TinyDB store."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import ADMIN, TENANT, TODAY, Chat, shown

pytestmark = pytest.mark.asyncio

STANDS = {EN: "**Where things stand**", FR: "**Où en sont les choses**"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "has it been paid?"),
        (EN, "any news?"),
        (EN, "what did the reviewer say?"),
        (EN, "is my claim approved"),
        (FR, "des nouvelles ?"),
        (FR, "qu'a dit le réviseur ?"),
    ],
)
async def test_a_status_asked_in_words_says_where_the_claim_stands(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("submit" if locale == EN else "soumettre", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert STANDS[locale] in shown(replies)
    assert claim_id in shown(replies)


# Seen off the script: "show submitted claims", "list claims in review" got "I didn't
# understand that"; they now list the claims of that status (here: none; "submitted" is every
# claim sent, whatever its review has reached since: see test_submitted_means_sent).
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "show submitted claims", "You haven't submitted a claim yet."),
        ("en-US", "list claims in review", "None of your claims has the status Under review."),
        ("fr-FR", "mes réclamations soumises", "Vous n'avez encore soumis aucune réclamation."),
    ],
)
async def test_claims_listed_by_a_status_in_words(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    await claim_at(chat, locale)
    await chat.say("enregistrer" if locale == "fr-FR" else "save", locale=locale)
    assert said in shown(await chat.say(typed, locale=locale))


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 49, a claim rejected: "I didn't understand that. Sent back to you by a
        # reviewer: …" ("what needs my attention?" was answered).
        (EN, "what's pending?"),
        (EN, "what needs fixing?"),
        (EN, "what's outstanding?"),
        (EN, "what's open?"),
        (EN, "summary"),
        (EN, "overview"),
        (EN, "recap"),
        (FR, "qu'est-ce qui est en attente ?"),
        (FR, "quoi de neuf ?"),
        (FR, "un récap"),
        (FR, "récapitulatif"),
        (EN, "what's left to do?"),
        (FR, "qu'est-ce qu'il me reste à faire ?"),
        (FR, "que me reste-t-il à faire ?"),
        # Seen at stop 56: « résumé » (folded to "resume") got « Vous n'avez aucun brouillon
        # à reprendre »; "dashboard", "is anything overdue?", « tableau de bord » got "I
        # didn't understand that".
        (FR, "résumé"),
        (FR, "un résumé"),
        (FR, "fais-moi un résumé"),
        (EN, "dashboard"),
        (EN, "is anything overdue?"),
        (FR, "tableau de bord"),
        (FR, "qu'est-ce qui est en retard ?"),
    ],
)
async def test_an_overview_asked_in_words_says_where_things_stand(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    replies = await chat.say(typed, locale=locale)

    assert STANDS[locale] in shown(replies), shown(replies)
    assert claim_id in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 49, a claim rejected: "I didn't understand that. Sent back to you…".
        (EN, "what happened to Security workshop Nov?"),
        (EN, "what happened to my claim for the workshop?"),
        (EN, "show the claim for the workshop"),
        (FR, "qu'est-il arrivé à ma réclamation ?"),
        (FR, "que s'est-il passé avec l'atelier sécurité ?"),
        (FR, "montre la réclamation de l'atelier"),
    ],
)
async def test_a_claim_asked_after_in_other_words_says_where_it_stands(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    replies = await chat.say(typed, locale=locale)

    assert claim_id in shown(replies), shown(replies)
    assert "didn't understand" not in shown(replies) and "pas compris" not in shown(replies)


async def named_claims(chat: Chat, names: list[str]) -> list[str]:
    """Claim drafts of the asker, one for each name (made in the store, as a partner's
    history is): their ids, in the order of `names`."""
    ids = []
    for name in names:
        claim = await chat.services.claims.create_claim(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
        )
        claim.name = name
        await chat.services.claims.save(claim)
        ids.append(claim.id)
    return ids


@pytest.mark.parametrize(
    ("locale", "typed", "meant"),
    [
        # Seen at stop 49 with several claims: the answer listed every claim (up to eight,
        # the rest counted), the one asked after somewhere among them, or not at all.
        (EN, "what happened to Security workshop Nov?", 0),
        (EN, "what happened to my claim for the workshop?", 0),
        (EN, "show the claim for the security workshop", 0),
        (EN, "what happened to the Azure webinars?", 1),
        (EN, "show me the roadshow claim", 2),
        (FR, "que s'est-il passé avec l'atelier sécurité ?", 3),
        (FR, "montre la réclamation du webinaire", 4),
        # The same with a status question's words: every claim listed.
        (EN, "where is my webinar claim?", 1),
        (EN, "status of the roadshow claim", 2),
        (EN, "what's the status of my security workshop claim?", 0),
        (FR, "où en est ma réclamation atelier sécurité ?", 3),
    ],
)
async def test_a_claim_asked_after_by_its_name_is_the_one_answered(
    chat: Chat, locale: str, typed: str, meant: int
) -> None:
    ids = await named_claims(
        chat,
        [
            "Security workshop Nov",
            "Azure webinar Oct",
            "Copilot roadshow",
            "Atelier sécurité novembre",
            "Webinaire Azure octobre",
        ],
    )

    text = shown(await chat.say(typed, locale=locale))

    assert ids[meant] in text, text
    assert [i for i in ids if i in text] == [ids[meant]], text


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what happened to the hackathon?", 'None of your claims is named "hackathon"'),
        (FR, "que s'est-il passé avec le hackathon ?", "Aucune de vos réclamations ne s'appelle"),
    ],
)
async def test_a_name_no_claim_has_says_so_and_where_everything_stands(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    ids = await named_claims(chat, ["Security workshop Nov", "Azure webinar Oct"])

    text = shown(await chat.say(typed, locale=locale))

    assert said in text, text
    assert all(i in text for i in ids), text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "where are my claims?"),
        (EN, "what's the status of my claims this week?"),
        (EN, "any news on my claim?"),
        (FR, "où en sont mes réclamations ?"),
    ],
)
async def test_a_status_question_naming_no_claim_lists_them_all(
    chat: Chat, locale: str, typed: str
) -> None:
    ids = await named_claims(chat, ["Security workshop Nov", "Azure webinar Oct"])

    text = shown(await chat.say(typed, locale=locale))

    assert all(i in text for i in ids), text
    assert "None of your claims is named" not in text and "ne s'appelle" not in text, text


@pytest.mark.parametrize("typed", ["resume", "reprendre"])
async def test_resume_without_its_accents_still_picks_a_draft_up(chat: Chat, typed: str) -> None:
    claim_id = await claim_at(chat, FR, until="amount")
    await chat.say("annuler", locale=FR)
    replies = await chat.say(typed, locale=FR)
    assert claim_id in shown(replies) and "Quel montant" in shown(replies), shown(replies)
