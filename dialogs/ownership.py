"""Who may change a draft inside a tenant: its owner, and the tenant's admins.

A draft (a plan or a claim being edited) belongs to the person who started it. The
tenant's admins (Incentives, Global and Billing admins: the people who may submit, per
DOMAIN.md "Who uses it") may also resume, change, submit or delete it, since an
Incentives user's draft is finished and sent by them. Anyone else in the tenant is told
whose draft it is, and nothing changes. "Fix and resubmit" on a notice follows the same
rule (it reopens or copies the item); a dispute is for admins only (DisputeDialog).
"""

from __future__ import annotations

from botbuilder.core import TurnContext

from dialogs.identity import Identity
from dialogs.services import Services
from domain.roles import Role, may_submit_plan
from views import cards
from views.strings import t

# The role of the person speaking, looked up once a turn (several drafts may be checked).
_ROLE = "incentives.speaker_role"
# The longest owner name shown in the refusal (a Teams display name, from the draft).
MAX_OWNER_NAME = 80


async def speaker_role(services: Services, context: TurnContext, identity: Identity) -> Role:
    role = context.turn_state.get(_ROLE)
    if role is None:
        role = await services.directory.role_of(identity.tenant_id, identity.user_id)
        context.turn_state[_ROLE] = role
    return role


async def may_change(
    services: Services, context: TurnContext, identity: Identity, owner_id: str
) -> bool:
    """Whether the speaker may change an item `owner_id` started (one directory read at most)."""
    if owner_id == identity.user_id:
        return True
    return may_submit_plan(await speaker_role(services, context, identity))


def owner_label(locale: str, owner_name: str | None) -> str:
    """A draft's owner as said in a message: their name, shortened and escaped, or "someone
    else" (a draft of an older version may not have it)."""
    name = (owner_name or "").strip()
    if len(name) > MAX_OWNER_NAME:
        name = name[: MAX_OWNER_NAME - 1] + "…"
    return cards.escape(name) or t(locale, "owner.someone")


def owner_refusal(locale: str, kind: str, item_id: str, owner_name: str | None) -> str:
    """ "PLN-… belongs to Ada: only they or an admin can change it." (`kind`: plan | claim)."""
    key = "owner.only.plan" if kind == "plan" else "owner.only.claim"
    return t(locale, key, item_id=item_id, owner=owner_label(locale, owner_name))


async def refusal_unless_may_change(
    services: Services,
    context: TurnContext,
    identity: Identity,
    kind: str,
    item_id: str,
    owner_id: str,
    owner_name: str | None,
) -> str | None:
    """None when the speaker may change the item; else the sentence naming its owner."""
    if await may_change(services, context, identity, owner_id):
        return None
    return owner_refusal(identity.locale, kind, item_id, owner_name)
