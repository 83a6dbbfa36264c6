"""Everyday words typed with no question open.

Seen at stop 45 with an approved plan and funds (each got "I didn't understand that"):
"where's my draft?", « où est mon brouillon ? »; "I'm done", « j'ai fini », « c'est tout »;
"what's left in my budget?", « il me reste combien ? », « mon budget »; "options"; "cancel
everything", « tout annuler »; "I made a mistake", « j'ai fait une erreur »; "continue where
I left off", « reprendre là où je m'étais arrêté », « on reprend »; "delete", « supprimer ».
Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds
from tests.dialogs.test_words_at_rest import said
from tests.support import Chat

pytestmark = pytest.mark.asyncio

DRAFTS = {EN: "You have no drafts", FR: "Vous n'avez aucun brouillon"}
THANKS = {EN: "Your drafts are kept", FR: "Vos brouillons sont conservés"}
FUNDS = {EN: "Your co-op funds", FR: "Vos fonds co-op"}
HELP = {EN: "Here is what I can do", FR: "Voici ce que je sais faire"}
CANCEL = {EN: "nothing to cancel", FR: "rien à annuler"}
MISTAKE = {EN: "can no longer be changed", FR: "ne peut plus être"}
RESUME = {EN: "You have no draft to continue", FR: "Vous n'avez aucun brouillon à reprendre"}
DELETE = {EN: "delete", FR: "supprimer"}
HERE = {EN: "I'm your co-op incentives assistant", FR: "je suis votre assistant incentives co-op"}
ASK_IT = {EN: "Go ahead", FR: "Je vous écoute"}
ABOUT = {EN: "co-op claims plan", FR: "plan de réclamations co-op"}
STANDS = {EN: "Where things stand", FR: "Où en sont"}
CLAIM = {EN: "new claim", FR: "nouvelle réclamation"}
FILES = {EN: "📎", FR: "📎"}


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "where's my draft?", DRAFTS),
        (EN, "where are my drafts", DRAFTS),
        (FR, "où est mon brouillon ?", DRAFTS),
        (EN, "I'm done", THANKS),
        (EN, "that's all", THANKS),
        (FR, "j'ai fini", THANKS),
        (FR, "c'est tout", THANKS),
        (EN, "what's left in my budget?", FUNDS),
        (EN, "how much is left?", FUNDS),
        (FR, "il me reste combien ?", FUNDS),
        (FR, "mon budget", FUNDS),
        (EN, "options", HELP),
        (FR, "options", HELP),
        (EN, "cancel everything", CANCEL),
        (FR, "tout annuler", CANCEL),
        (EN, "I made a mistake", MISTAKE),
        (FR, "j'ai fait une erreur", MISTAKE),
        (EN, "continue where I left off", RESUME),
        (EN, "pick up where we left off", RESUME),
        (FR, "reprendre là où je m'étais arrêté", RESUME),
        (FR, "on reprend", RESUME),
        (EN, "delete", DELETE),
        (FR, "supprimer", DELETE),
        # Seen at stop 51: "I didn't understand that".
        (EN, "are you there?", HERE),
        (EN, "is anyone there?", HERE),
        (EN, "anybody there?", HERE),
        (FR, "tu es là ?", HERE),
        (FR, "vous êtes là ?", HERE),
        (FR, "il y a quelqu'un ?", HERE),
        # Seen at stop 51, each "I didn't understand that" but for « c'est quoi la différence
        # … ? » (« Vous n'avez encore aucune réclamation »): openers, a question framed
        # ("can you tell me …", « je voudrais savoir … »), a file that won't go.
        (EN, "I have a question", ASK_IT),
        (EN, "hi, I have a question", ASK_IT),
        (EN, "quick question", ASK_IT),
        (FR, "j'ai une question", ASK_IT),
        (FR, "bonjour, j'ai une question", ASK_IT),
        (FR, "une petite question", ASK_IT),
        (EN, "can you tell me how much is left?", FUNDS),
        (EN, "I'd like to know how much is left", FUNDS),
        (FR, "je voudrais savoir combien il me reste", FUNDS),
        (FR, "pouvez-vous me dire combien il me reste ?", FUNDS),
        (FR, "c'est quoi la différence entre un plan et une réclamation ?", ABOUT),
        (FR, "je dois faire quoi maintenant ?", STANDS),
        (EN, "help me fill in my claim", CLAIM),
        (FR, "aidez-moi à remplir ma réclamation", CLAIM),
        (EN, "I can't attach a file", FILES),
        (EN, "the upload doesn't work", FILES),
        (FR, "je n'arrive pas à joindre un fichier", FILES),
    ],
)
async def test_everyday_words_at_rest_are_understood(
    chat: Chat, locale: str, typed: str, words: dict[str, str]
) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    text = await said(chat, locale, typed)

    assert words[locale] in text, text
