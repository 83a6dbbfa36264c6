""" "How do I add a colleague?", "how do I give my colleague access?", "how do I become an
admin?", « comment ajouter un collègue ? » got "I didn't understand that" at stop 60, and
"can my colleague finish my claim?" the claims list. The speaker's role and who submits
(as "what's my role?" says), and for people to add or a role to change: where roles are
given (Partner Center's user management, by a Global admin), which the role directory
follows. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

ROLE_SAID = ("in your organisation's role directory", "dans l'annuaire des rôles")
WHERE_ADDED = ("User management", "Gestion des utilisateurs")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how do I add a colleague?"),
        (EN, "how can I add a user"),
        (EN, "how do I give my colleague access?"),
        (EN, "how do I become an admin?"),
        (EN, "can I add someone?"),
        (FR, "comment ajouter un collègue ?"),
        (FR, "comment donner accès à un collègue ?"),
        (FR, "comment devenir admin ?"),
    ],
)
async def test_adding_a_colleague_says_where_roles_are_given(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    assert any(words in said for words in ROLE_SAID), said
    assert any(words in said for words in WHERE_ADDED), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can my colleague finish my claim?"),
        (FR, "mon collègue peut-il finir ma réclamation ?"),
    ],
)
async def test_a_colleague_finishing_a_claim_is_the_role_answer(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    assert any(words in said for words in ROLE_SAID), said
    assert not any(words in said for words in WHERE_ADDED), said  # nothing to add


async def test_whats_my_role_stays_what_it_was(chat: Chat) -> None:
    said = await understood(chat, EN, "what's my role?")

    assert not any(words in said for words in WHERE_ADDED), said
