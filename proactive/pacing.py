"""Teams' rate limits, kept before each notice rather than learnt from 429s.

Teams throttles a bot per conversation and per tenant ("Optimize your bot with rate
limiting in Teams", learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
in one conversation ("per bot per thread") at most 7 sends in 1 s, 8 in 2 s, 60 in 30 s and
1,800 in an hour; to one tenant at most 50 requests a second from the app. Answering 429s
alone (the notifier still does) means going over first: against a loopback connector the
notifier sent 8 notices into one conversation within 0.12 s and 41 into one tenant within
half a second (tests/proactive/test_notifier_limits.py, before the pacer).

The notifier asks `Pacer.delay(tenant, conversation)` before each send and sends inside
`Pacer.sending(...)`. The windows slide: a send is allowed when, counting it, no window
ending now holds more than its limit (a fixed one-second bucket would let 14 through in
the second straddling its boundary). A send counts from the moment it starts until its
answer comes, and is then stamped with the time of the answer: Teams counts a request
when it arrives, which is somewhere in between, so counting from the answer never lets a
window at Teams' end hold more than at ours, however long the requests take. A send that
failed (429, 5xx, no answer) counts as well: it reached Teams or may have.

Budgets: the conversation windows are Teams' own four. Per tenant the notifier keeps to
40 a second, not 50: Teams counts every request of the app into the tenant, and the
bot's replies to that tenant's partners, sent during their turns, are not paced here;
the other 10 are left for them.

Memory stays bounded: a conversation's stamps are dropped once they leave its longest
window (so at most 1,800 each), and a conversation idle for over an hour, or a tenant
idle for over a second, is forgotten (the oldest used first; every call drops those due).

Per instance: each instance of the bot paces what it sent itself and knows nothing of the
others' sends. An outbox entry is delivered by one instance (its lease), and a tenant's
entries one after another (its order), but successive entries of one tenant, and so of
one conversation, may be delivered by different instances, and every instance's replies
to partners' turns count at Teams too. With N instances a conversation or a tenant may in
the worst case see up to N times a window's budget; the connector's 429s (still honoured,
with Retry-After) are then what pace the excess. A shared pacer (a store every instance
writes each send to) would cost a write per notice; not done.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """At most `sends` in any window of `seconds`."""

    seconds: float
    sends: int


CONVERSATION_LIMITS = (Limit(1, 7), Limit(2, 8), Limit(30, 60), Limit(3600, 1800))
# Teams allows 50; 10 are left for the replies to partners' turns (see the module).
TENANT_LIMITS = (Limit(1, 40),)
# A wait shorter than this is this long: float rounding can otherwise ask for waits too
# small to move a clock reading in the thousands of seconds, and never end.
SHORTEST_WAIT = 0.001


class _Recent:
    """One conversation's or tenant's sends: ended ones by when, and how many under way."""

    __slots__ = ("last_used", "stamps", "under_way")

    def __init__(self, now: float) -> None:
        self.stamps: deque[float] = deque()
        self.under_way = 0
        self.last_used = now


class _Windows:
    """The recent sends of every key of one kind (conversations, or tenants)."""

    def __init__(self, limits: tuple[Limit, ...]) -> None:
        if not limits:
            raise ValueError("at least one limit")
        self.limits = limits
        self.horizon = max(limit.seconds for limit in limits)
        # Least recently used first, so the idle are found at the front.
        self.keys: OrderedDict[str, _Recent] = OrderedDict()

    def forget_idle(self, now: float) -> None:
        while self.keys:
            recent = next(iter(self.keys.values()))
            if recent.under_way or recent.last_used > now - self.horizon:
                return
            self.keys.popitem(last=False)

    def wait(self, key: str, now: float) -> float:
        recent = self.keys.get(key)
        if recent is None:
            return 0.0
        stamps = recent.stamps
        while stamps and stamps[0] <= now - self.horizon:
            stamps.popleft()
        wait = 0.0
        for limit in self.limits:
            room = limit.sends - recent.under_way
            if room <= 0:
                # Full of sends still under way: each will be stamped when it ends, later
                # than now; look again after a window.
                wait = max(wait, limit.seconds)
            elif len(stamps) >= room:
                # Allowed once the room-th latest ended send has left the window.
                wait = max(wait, stamps[-room] + limit.seconds - now)
        return wait

    def begin(self, key: str, now: float) -> _Recent:
        recent = self.keys.get(key)
        if recent is None:
            recent = self.keys[key] = _Recent(now)
        else:
            self.keys.move_to_end(key)
        recent.under_way += 1
        recent.last_used = now
        return recent

    def end(self, key: str, recent: _Recent, now: float) -> None:
        recent.under_way -= 1
        # The clock only goes forward, so appending keeps the stamps in order.
        recent.stamps.append(now)
        recent.last_used = now
        if key in self.keys:
            self.keys.move_to_end(key)


class Pacer:
    """How long a send to a conversation of a tenant must wait; counts the sends made.

    `clock` is monotonic seconds (a fake in tests). The pacer never sleeps: the caller
    decides how to wait (the notifier puts the notice back in its outbox).
    """

    def __init__(
        self,
        *,
        conversation_limits: tuple[Limit, ...] = CONVERSATION_LIMITS,
        tenant_limits: tuple[Limit, ...] = TENANT_LIMITS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clock = clock
        self._conversations = _Windows(conversation_limits)
        self._tenants = _Windows(tenant_limits)

    def delay(self, tenant_id: str, conversation_id: str) -> float:
        """Seconds before a send to `conversation_id` of `tenant_id` is allowed; 0: now.

        Enter `sending` with no await in between, or ask again: another task may have
        taken the room meanwhile.
        """
        now = self.clock()
        self._forget_idle(now)
        wait = max(
            self._conversations.wait(conversation_id, now), self._tenants.wait(tenant_id, now)
        )
        return max(wait, SHORTEST_WAIT) if wait > 0 else 0.0

    @contextmanager
    def sending(self, tenant_id: str, conversation_id: str) -> Iterator[None]:
        """Count one send, under way while inside, stamped when it ends (even by an error)."""
        now = self.clock()
        conversation = self._conversations.begin(conversation_id, now)
        tenant = self._tenants.begin(tenant_id, now)
        try:
            yield
        finally:
            now = self.clock()
            self._conversations.end(conversation_id, conversation, now)
            self._tenants.end(tenant_id, tenant, now)

    def remembered(self) -> tuple[int, int]:
        """How many conversations and tenants the pacer holds sends of."""
        self._forget_idle(self.clock())
        return len(self._conversations.keys), len(self._tenants.keys)

    def _forget_idle(self, now: float) -> None:
        self._conversations.forget_idle(now)
        self._tenants.forget_idle(now)
