"""What reviewers reject, asked before or after a rejection.

Seen at stop 59: "what are common rejection reasons?", "how do I avoid a rejection?", "tips
for getting my claim approved", "what do reviewers reject?", « comment éviter un rejet ? »,
« quels sont les motifs de rejet ? » got "I didn't understand that"; "why do claims get
rejected?", « pourquoi les réclamations sont-elles rejetées ? » got "None of your claims has
the status Rejected"; after a rejection, "how do I avoid this next time?" got "I didn't
understand that". The bot checks a claim against exactly these before it goes: the typical
reasons are said, each with how it is avoided, and that a claim's check says which apply.
Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

ANSWER = {
    EN: ["Execution date outside the campaign", "Invoice or CSR missing", "**check**"],
    FR: ["Date d'exécution hors de la campagne", "Facture ou CSR manquant", "**vérification**"],
}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what are common rejection reasons?"),
        (EN, "what are the most common reasons for rejection?"),
        (EN, "why do claims get rejected?"),
        (EN, "how do I avoid a rejection?"),
        (EN, "how can we avoid being rejected?"),
        (EN, "tips for getting my claim approved"),
        (EN, "how do I make sure my claim is approved?"),
        (EN, "what do reviewers reject?"),
        (FR, "pourquoi les réclamations sont-elles rejetées ?"),
        (FR, "comment éviter un rejet ?"),
        (FR, "quels sont les motifs de rejet ?"),
        (FR, "quelles sont les raisons de refus les plus fréquentes ?"),
        (FR, "des conseils pour faire approuver ma réclamation ?"),
    ],
)
async def test_common_rejections_are_said_with_how_to_avoid_each(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    for words in ANSWER[locale]:
        assert words in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "how do I avoid this next time?"), (FR, "comment éviter ça la prochaine fois ?")],
)
async def test_after_a_rejection_how_to_avoid_it_is_answered(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    for words in ANSWER[locale]:
        assert words in said, said


@pytest.mark.parametrize(("locale", "typed"), [(EN, "what do reviewers reject?")])
async def test_in_a_claims_question_the_answer_comes_and_the_question_is_asked_again(
    chat: Chat, locale: str, typed: str
) -> None:
    await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    assert ANSWER[locale][0] in said, said
    assert "How much" in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "rejected claims", "None of your claims has the status Rejected"),
        (FR, "mes réclamations rejetées", "Aucune de vos réclamations n'a le statut Refusée"),
    ],
)
async def test_ones_own_rejected_claims_are_still_listed(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said
