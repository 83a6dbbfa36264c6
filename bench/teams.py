"""Teams-shaped activities and the partners who send them (distinct tenants, users, chats).

The shape is what Teams (and the Agents Playground) sends to a bot in a personal
chat: `channelId` msteams, the tenant in `conversation.tenantId` and
`channelData.tenant.id`, the user's `aadObjectId`, a locale, and the `serviceUrl`
the bot must answer to (here: the bench's loopback connector).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

_activity_numbers = itertools.count(1)


def tenant_id(number: int) -> str:
    """A GUID-shaped tenant id, stable for a number."""
    return f"{number:08x}-be7c-4000-8000-{number:012x}"


def user_id(tenant_number: int, user_number: int = 0) -> str:
    return f"aad-{tenant_number:06d}-{user_number:02d}"


@dataclass
class Partner:
    """One person of one partner organisation, in one personal chat with the bot."""

    tenant_number: int
    user_number: int = 0
    conversation_id: str = ""
    locale: str = "en-US"
    name: str = "Bench Partner"
    _sent: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        if not self.conversation_id:
            self.conversation_id = f"a:bench-{self.tenant_number}-{self.user_number}"

    @property
    def tenant_id(self) -> str:
        return tenant_id(self.tenant_number)

    @property
    def user_id(self) -> str:
        return user_id(self.tenant_number, self.user_number)

    def message(
        self, service_url: str, text: str | None, value: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A message as Teams posts it to /api/messages (a card click: no text, a value)."""
        self._sent += 1
        return {
            "type": "message",
            "id": f"1{next(_activity_numbers):012d}",
            "channelId": "msteams",
            "serviceUrl": service_url,
            "timestamp": "2026-11-27T10:00:00.000Z",
            "localTimestamp": "2026-11-27T11:00:00.000+01:00",
            "locale": self.locale,
            "text": text,
            "value": value,
            "from": {"id": f"29:{self.user_id}", "name": self.name, "aadObjectId": self.user_id},
            "recipient": {"id": "28:bench-bot", "name": "Incentives"},
            "conversation": {
                "id": self.conversation_id,
                "conversationType": "personal",
                "tenantId": self.tenant_id,
            },
            "channelData": {"tenant": {"id": self.tenant_id}},
            "entities": [
                {"type": "clientInfo", "locale": self.locale, "country": "FR", "platform": "Web"}
            ],
        }
