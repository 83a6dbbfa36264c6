"""How big each run is: the full bench, a quick one for development, and the harness's test."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    name: str
    # Every figure is measured this many times, each time by a new bot process on the
    # same store; the table gives the medians.
    repeats: int
    # The store: many small partners and a few big ones, all in one data folder. The big
    # ones are the partners who draft in the "big beside small" figure, one fresh big
    # partner per pair and repeat (a tenant holds one plan per program and period).
    small_tenants: int
    small_claims: int
    big_tenants: int
    big_claims: int
    # Throughput: plan conversations per bot per repeat, `concurrency` partners at once.
    conversations: int
    concurrency: int
    # "Big beside small": `pairs` big and `pairs` small partners drafting at once.
    pairs: int
    # Status: askers one at a time, `status_questions` each, while `drafters` partners draft
    # (they also draft while the reminder scan runs, for the stall figure).
    status_askers: int
    status_questions: int
    drafters: int
    # /healthz probes, one at a time, on the big store and on an empty one.
    health_probes: int
    # Fan-out, on a store of its own: `fanout_tenants` tenants of one person with
    # `fanout_notices` notices each (several notices to one conversation), and one tenant
    # of `wide_people` admins with `wide_notices` notices, each sent to all of them (many
    # conversations of one tenant). The connector allows `permitted_rate` requests a second.
    fanout_tenants: int
    fanout_notices: int
    wide_people: int
    wide_notices: int
    permitted_rate: float
    fanout_timeout_seconds: float

    @property
    def claims(self) -> int:
        return self.small_tenants * self.small_claims + self.big_tenants * self.big_claims

    @property
    def notice_sends(self) -> int:
        return self.fanout_tenants * self.fanout_notices + self.wide_people * self.wide_notices

    def __post_init__(self) -> None:
        if self.big_tenants < self.pairs * self.repeats:
            raise ValueError(f"{self.name}: a fresh big partner per pair and repeat")


FULL = Profile(
    name="full",
    repeats=3,
    # 200,000 claims: 140,000 in 14,000 partners of 10, 60,000 in 12 partners of 5,000.
    small_tenants=14_000,
    small_claims=10,
    big_tenants=12,
    big_claims=5_000,
    conversations=32,
    concurrency=16,
    pairs=4,
    status_askers=20,
    status_questions=5,
    drafters=4,
    health_probes=40,
    # 1,000 notices to 100 chats, 10 each, and 20 notices to each of 10 chats of one tenant:
    # about 12 s at the permitted rate, and within Teams' limits about as fast.
    fanout_tenants=100,
    fanout_notices=10,
    wide_people=10,
    wide_notices=20,
    permitted_rate=100.0,
    fanout_timeout_seconds=120.0,
)

QUICK = Profile(
    name="quick",
    repeats=1,
    # 10,000 claims: 9,000 in 900 partners of 10, and one partner of 1,000 (seeding
    # 20,000 took 45 of a quick run's 111 s; it should stay about a minute).
    small_tenants=900,
    small_claims=10,
    big_tenants=1,
    big_claims=1_000,
    conversations=8,
    concurrency=8,
    pairs=1,
    status_askers=8,
    status_questions=3,
    drafters=2,
    health_probes=20,
    fanout_tenants=10,
    fanout_notices=10,
    wide_people=10,
    wide_notices=5,
    permitted_rate=100.0,
    fanout_timeout_seconds=60.0,
)

# The harness's own test (tests/bench): every figure runs, on tiny numbers.
SMOKE = Profile(
    name="smoke",
    repeats=1,
    small_tenants=200,
    small_claims=10,
    big_tenants=1,
    big_claims=100,
    conversations=1,
    concurrency=1,
    pairs=1,
    status_askers=2,
    status_questions=2,
    drafters=1,
    health_probes=5,
    fanout_tenants=4,
    fanout_notices=3,
    wide_people=3,
    wide_notices=3,
    permitted_rate=100.0,
    fanout_timeout_seconds=60.0,
)
