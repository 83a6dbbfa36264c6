"""Which card in whose chat shows an item's status: so that the card can be updated in place.

When the bot sends a partner a card about a plan or a claim (the receipt at submission,
each status notice), the connector answers with the new message's id. That id is kept
here, per item and per person, with the conversation it is in and the status it shows:
`tenants/<t>/cards/<item id>` = ``{"people": {user_id: {"activity_id", "conversation_id",
"status"}}}``. The notifier reads it to update that card when the status moves on,
rather than leave a stale "Submitted" card above a new one. Only the latest card of an
item per person is kept: older ones were made read-only when it replaced them.

Ids are the connector's: opaque text, kept only if short (an id is not a place to store
anything else).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.repository import KeyValueStore, tenant_prefix
from storage.unit_of_work import Outcome, change

MAX_ID_LENGTH = 512


@dataclass(frozen=True)
class SentCard:
    """A card in a person's chat: the message's id, its conversation, what status it shows."""

    activity_id: str
    conversation_id: str
    status: str

    @classmethod
    def of(cls, raw: Any) -> SentCard | None:
        """The card stored as `raw`, or None when it is not one (missing or damaged)."""
        if not isinstance(raw, dict):
            return None
        fields = [raw.get(name) for name in ("activity_id", "conversation_id", "status")]
        if not all(isinstance(value, str) and value for value in fields):
            return None
        return cls(*fields)


class SentCards:
    """`get(tenant, item, person)` and `keep(tenant, item, person, card)`, in the store."""

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str, item_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/cards/{item_id}"

    async def get(self, tenant_id: str, item_id: str, person: str) -> SentCard | None:
        key = self._key(tenant_id, item_id)
        document = (await self._store.read([key])).get(key) or {}
        people = document.get("people")
        return SentCard.of(people.get(person)) if isinstance(people, dict) else None

    async def keep(self, tenant_id: str, item_id: str, person: str, card: SentCard) -> None:
        """Remember `card` as the one showing the item to `person` (ids too long are not kept)."""
        if len(card.activity_id) > MAX_ID_LENGTH or len(card.conversation_id) > MAX_ID_LENGTH:
            return
        key = self._key(tenant_id, item_id)

        def decide(found: dict[str, Any]) -> Outcome[None]:
            document = found.get(key) or {}
            people = document.get("people")
            people = dict(people) if isinstance(people, dict) else {}
            people[person] = {
                "activity_id": card.activity_id,
                "conversation_id": card.conversation_id,
                "status": card.status,
            }
            return Outcome({key: {**document, "people": people}})

        await change(self._store, [key], decide, what=f"the cards of {item_id}")
