""" "Why is my rebate late?", "when is the rebate paid?", « mon rabais n'est pas arrivé » —
seen at stop 60: the rebate and co-op explained with each program's threshold, nothing
about the payment asked after. A rebate is paid by Microsoft with no claim, so the bot
does not see it: said first, with whom to ask, then what a rebate is as before. Through
the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "why is my rebate late?"),
        (EN, "when is the rebate paid?"),
        (EN, "I haven't received my rebate"),
        (EN, "where is my rebate payment?"),
        (FR, "pourquoi mon rabais est en retard ?"),
        (FR, "quand le rabais est-il payé ?"),
        (FR, "je n'ai pas reçu mon rabais"),
    ],
)
async def test_a_rebate_payment_asked_says_whom_to_ask(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)

    assert ("Partner Center support" in said) or ("support de l'Espace partenaires" in said), said
    assert "**Rebate**" in said or "**rabais**" in said, said  # what a rebate is, as before


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "what is rebate?"), (FR, "c'est quoi le rabais ?")]
)
async def test_what_a_rebate_is_stays_its_answer(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)

    assert "Partner Center support" not in said and "support de l'Espace" not in said, said
