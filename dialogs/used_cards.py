"""A notice whose button was used is made read-only, saying what was done with it.

A partner who clicks "Fix and resubmit" on a rejection starts the fix; the card would
otherwise keep offering the same button, days later, above a claim that moved on. The
card is updated in place (Teams' update activity) to the same notice without buttons and
with one line saying what happened ("✓ Being fixed as CLM-…").

Only the card the store knows as the one showing the item to this person, in this chat
(`storage.cards`), is updated: an activity id sent in a forged click changes nothing. A
failed update leaves the card as it was; the fix goes on.
"""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext

from dialogs.identity import Identity
from dialogs.messages import to_activity
from dialogs.services import Services
from dialogs.status_answers import latest_reasons
from domain.claim import Claim
from domain.plan import Plan
from views.notice_cards import claim_notice, plan_notice

log = logging.getLogger(__name__)


async def mark_notice_used(
    context: TurnContext,
    services: Services,
    identity: Identity,
    item: Claim | Plan,
    done: str,
    clicked_only: bool = True,
) -> None:
    """Make the notice about `item` read-only, ending with `done`: the one clicked, or with
    `clicked_only` False (the action ended turns later: a dispute's justification) the one
    showing the item in this chat."""
    clicked = context.activity.reply_to_id
    if clicked_only and not clicked:
        return  # typed, not clicked: no card to change
    try:
        shown = await services.cards.get(identity.tenant_id, item.id, identity.user_id)
        conversation = context.activity.conversation.id if context.activity.conversation else None
        if shown is None or shown.conversation_id != conversation:
            return
        if clicked_only and shown.activity_id != clicked:
            return
        clicked = shown.activity_id
        locale = identity.locale
        if isinstance(item, Claim):
            reasons = [
                r.model_dump(include={"code", "message", "item"}) for r in latest_reasons(item)
            ]
            message = claim_notice(item, shown.status, reasons, locale, done=done)
        else:
            message = plan_notice(item, shown.status, [], locale, done=done)
        activity = to_activity(message)
        activity.id = clicked
        await context.update_activity(activity)
    except Exception:  # the card keeps its buttons (a second click is answered as before)
        log.warning("the notice card of %s was not made read-only", item.id, exc_info=True)
