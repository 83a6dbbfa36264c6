"""One's own role asked, as the role directory holds it.

Seen at stop 55 with no question open: "what's my role?", "am I an admin?", « quel est mon
rôle ? » got "I didn't understand that", though what one may do (draft; submit and dispute
only as an Incentives, Global or Billing admin) hangs on it. The role is said, with what it
allows and, where it does not allow submitting, who submits. Through the real bot.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import USER, Chat

ADMIN_SAYS = {EN: "**Incentives admin**", FR: "**administrateur Incentives**"}
USER_SAYS = {EN: "**Incentives user**", FR: "**utilisateur Incentives**"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what's my role?"),
        (EN, "am I an admin?"),
        (EN, "what are my permissions?"),
        (FR, "quel est mon rôle ?"),
        (FR, "suis-je administrateur ?"),
    ],
)
async def test_an_admin_asking_their_role_hears_it_and_that_they_may_submit(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)
    assert ADMIN_SAYS[locale] in said, said
    assert ("submit" if locale == EN else "soumettre") in said, said


@pytest.mark.parametrize(("locale", "typed"), [(EN, "what's my role?"), (FR, "mes droits")])
async def test_a_user_asking_their_role_hears_who_submits(
    storage, tmp_path, locale: str, typed: str
) -> None:
    uma = Chat(storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    await uma.seed_roles(tmp=tmp_path)
    said = await understood(uma, locale, typed)
    assert USER_SAYS[locale] in said and "Ada Admin" in said, said
