"""What a proof a claim needs is, asked by its name.

Seen at stop 55 with no question open: "what's a proof of distribution?", "what is a
statement of work?", "what counts as Microsoft content?" got "I didn't understand that";
« c'est quoi une preuve de diffusion ? » got "Vous n'avez encore aucune réclamation". The
checklist names these proofs ("Proof of distribution (postmark, dated e-mail header, SMS
photo)") and a reviewer rejects a claim without them: what each is, in the partner's words,
and which activity types ask for it. At the evidence list, the list comes back after it.
Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "label", "says", "asked_for"),
    [
        (EN, "what's a proof of distribution?", "Proof of distribution", "postmarked envelope",
         "Direct mail / email / SMS"),
        (EN, "what is a statement of work?", "Statement of work for SEO", "agency",
         "Partner website & search engine"),
        (EN, "what counts as Microsoft content?", "Microsoft content shown", "logos",
         "Print advertising"),
        (EN, "what does partner branding mean?", "Partner brand and contact shown", "logo",
         "Print advertising"),
        (FR, "c'est quoi une preuve de diffusion ?", "Preuve de diffusion", "cachet de la poste",
         "Publipostage / e-mail / SMS"),
        (FR, "qu'est-ce que le contenu Microsoft ?", "Contenu Microsoft visible", "logos",
         "Publicité imprimée"),
    ],
)  # fmt: skip
async def test_a_proof_asked_by_name_is_explained_with_who_asks_for_it(
    chat: Chat, locale: str, typed: str, label: str, says: str, asked_for: str
) -> None:
    said = await understood(chat, locale, typed)
    assert label in said and says in said and asked_for in said, said
    assert "aucune réclamation" not in said and "no claims" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "says", "again"),
    [
        # A seminar's claim: its "Invitation and agenda", not the training days' "Agenda".
        (EN, "what's an agenda?", "**Invitation and agenda**", "Evidence for"),
        (FR, "c'est quoi les photos de l'événement ?", "photos prises", "Justificatifs"),
    ],
)
async def test_at_the_evidence_list_the_proof_is_explained_then_the_list_again(
    chat: Chat, locale: str, typed: str, says: str, again: str
) -> None:
    await claim_at(chat, locale)  # every answer given: the evidence list
    said = shown(await chat.say(typed, locale=locale))
    assert says in said and again in said, said
