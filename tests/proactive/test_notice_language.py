"""A notice comes in the language the partner chose in the chat, not only Teams' own.

Over HTTP with the real app, the real adapter and the loopback connector: a partner whose
Teams is in English says "speak French"; the rejection pushed later is in French.
"""

from __future__ import annotations

import json

from tests.bot.test_fix_rejected_over_http import Partner
from tests.bot.test_status_flow import submitted_claim
from tests.proactive.test_cards_in_place import REASON, move, served  # noqa: F401 (fixture)


async def test_a_rejection_is_pushed_in_the_language_chosen_in_the_chat(served):  # noqa: F811
    ada = Partner(served, "en-US")
    said = await ada.send("speak French")
    assert "je vous réponds en français" in json.dumps(said, ensure_ascii=False)
    claim = await submitted_claim(served.house)
    await move(served, claim.id, "Under review", "lang-1")
    await move(served, claim.id, "Rejected", "lang-2", reasons=[REASON])
    notices = served.connector.take()  # "under review" (none without a receipt), "rejected"
    shown = json.dumps(notices[-1], ensure_ascii=False)
    assert "a été refusée" in shown
    assert "Corriger et soumettre à nouveau" in shown
    assert "Fix and resubmit" not in shown
