"""How big each figure's run is: the full bench, and a quick one for development."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    # Figure 1: plan conversations per bot per round, rounds interleaved bot by bot.
    rounds: int
    conversations: int
    concurrency: int
    # Figures 2 and 3: the same partners against a small and a big store, interleaved.
    # Status questions are asked one at a time: the time a partner waits for the answer,
    # not the time spent queueing behind other partners (plan turns run side by side).
    latency_rounds: int
    latency_conversations: int
    latency_concurrency: int
    status_askers: int
    status_questions_each: int
    status_concurrency: int
    small_tenants: int
    big_tenants: int
    claims_per_tenant: int
    # Figure 4: notices in the big store's outbox, and the connector's permitted rate.
    notices: int
    permitted_rate: float
    fanout_timeout_seconds: float

    @property
    def small_claims(self) -> int:
        return self.small_tenants * self.claims_per_tenant

    @property
    def big_claims(self) -> int:
        return self.big_tenants * self.claims_per_tenant


FULL = Profile(
    name="full",
    rounds=3,
    conversations=16,
    concurrency=16,
    latency_rounds=4,
    latency_conversations=15,
    latency_concurrency=4,
    status_askers=40,
    status_questions_each=10,
    status_concurrency=1,
    small_tenants=10,
    big_tenants=5_000,
    claims_per_tenant=10,
    notices=10_000,
    permitted_rate=100.0,
    fanout_timeout_seconds=300.0,
)

QUICK = Profile(
    name="quick",
    rounds=1,
    conversations=4,
    concurrency=4,
    latency_rounds=1,
    latency_conversations=3,
    latency_concurrency=2,
    status_askers=8,
    status_questions_each=3,
    status_concurrency=1,
    small_tenants=10,
    big_tenants=200,
    claims_per_tenant=10,
    # Spread over 100 tenants: with a few, each throttled tenant's wait shows, not the rate.
    notices=1_000,
    permitted_rate=50.0,
    fanout_timeout_seconds=60.0,
)

# The harness's own test (tests/bench): every figure runs, on tiny numbers.
SMOKE = Profile(
    name="smoke",
    rounds=1,
    conversations=1,
    concurrency=1,
    latency_rounds=1,
    latency_conversations=1,
    latency_concurrency=1,
    status_askers=2,
    status_questions_each=2,
    status_concurrency=1,
    small_tenants=10,
    big_tenants=20,
    claims_per_tenant=10,
    notices=20,
    permitted_rate=100.0,
    fanout_timeout_seconds=60.0,
)
