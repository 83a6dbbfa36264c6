"""Who is talking, from a Teams activity: tenant, user, display name and language."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.schema import Activity

# Outside Teams (the Emulator, Web Chat, a test) there is no tenant: everything lands here.
LOCAL_TENANT = "local"
# Where a turn keeps the locale its activity came with (the Teams client's), once the
# activity's own is set to the language the partner chose in the chat (bot.teams_bot).
TEAMS_LOCALE = "incentives.teams_locale"
# The one channel whose activities name a tenant (Azure AD's, vouched for by Teams).
TEAMS_CHANNEL = "msteams"


@dataclass(frozen=True)
class Identity:
    tenant_id: str
    user_id: str
    name: str | None
    locale: str

    @classmethod
    def from_activity(cls, activity: Activity) -> Identity:
        return cls(
            tenant_id=tenant_of(activity) or LOCAL_TENANT,
            user_id=_user_of(activity),
            name=getattr(activity.from_property, "name", None) or None,
            locale=activity.locale or "en-US",
        )


def tenant_of(activity: Activity) -> str | None:
    """The tenant Teams puts in channelData (authoritative) or on the conversation.

    Only Teams names one: on any other channel (Web Chat, Direct Line, the Emulator)
    channelData is whatever the client typed, so a `tenant.id` there would let anyone
    read a partner's plans. Those activities have no tenant (the local one).
    """
    if activity.channel_id != TEAMS_CHANNEL:
        return None
    channel_data = activity.channel_data or {}
    if isinstance(channel_data, dict):
        tenant = channel_data.get("tenant") or {}
        if isinstance(tenant, dict) and tenant.get("id"):
            return str(tenant["id"])
    conversation = activity.conversation
    return getattr(conversation, "tenant_id", None) or None


def _user_of(activity: Activity) -> str:
    sender = activity.from_property
    if sender is None:
        return "anonymous"
    return getattr(sender, "aad_object_id", None) or sender.id or "anonymous"
