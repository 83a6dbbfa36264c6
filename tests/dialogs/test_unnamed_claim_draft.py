"""A claim draft not named yet, as the partner's status and claims list show it.

Seen at stop 54: a claim left at its name question ("cancel") showed in "status" as
"**CLM-…** (—) has been a draft since …" and in "my claims" as "**CLM-…** · — · Draft · —":
a dash where the partner looks for which claim it is. It is named by the activity it claims
until it has a name of its own. Through the real bot, its dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

SEMINARS = {EN: "Customer seminars / boot camps", FR: "Séminaires clients / boot camps"}


@pytest.mark.parametrize(
    ("locale", "stop", "asked"),
    [
        (EN, "cancel", "status"),
        (EN, "cancel", "my claims"),
        (FR, "annuler", "statut"),
        (FR, "annuler", "mes réclamations"),
    ],
)
async def test_a_claim_draft_not_named_yet_is_shown_by_its_activity(
    chat: Chat, locale: str, stop: str, asked: str
) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    await chat.say(stop, locale=locale)

    said = shown(await chat.say(asked, locale=locale))

    line = next(line for line in said.splitlines() if claim_id in line)
    assert "(—)" not in line and f"**{claim_id}** · —" not in line, line
    assert SEMINARS[locale] in line, line
