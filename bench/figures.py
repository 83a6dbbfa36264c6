"""The five figures, each measured beside its baseline in the same invocation."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from bench.connector import BenchConnector
from bench.load import BotProcess, Conversation, TurnStats, client_session, drive, percentile
from bench.profiles import Profile
from bench.scripts import PLAN_CONVERSATION, STATUS_QUESTION, echo_of
from bench.seed import conversation_of
from bench.teams import Partner, tenant_id, user_id

# Tenant numbers of the simulated partners who draft plans: never a seeded tenant, and
# a fresh one per conversation (a tenant holds one plan per program and period).
THROUGHPUT_TENANTS = 1_000_000
LATENCY_TENANTS = 2_000_000
WARM_UP_TENANTS = 3_000_000


@dataclass
class Figure:
    """One line of the table."""

    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float | None
    ratio: float | None
    target: str
    passed: bool | None
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Workbench:
    """What every figure shares: the profile, a work folder and the loopback connector."""

    profile: Profile
    folder: Path
    connector: BenchConnector
    session: aiohttp.ClientSession
    log: Any = sys.stderr

    def say(self, message: str) -> None:
        print(f"  … {message}", file=self.log, flush=True)

    def roles_file(self, name: str, tenant_numbers: list[int]) -> Path:
        """Every partner an Incentives admin of its tenant (only admins may submit)."""
        roles = {
            "tenants": {
                tenant_id(number): {
                    "mpn_ids": ["1234567"],
                    "users": {user_id(number): {"role": "incentives_admin", "name": "Partner"}},
                }
                for number in tenant_numbers
            }
        }
        path = self.folder / f"roles-{name}.json"
        path.write_text(json.dumps(roles), encoding="utf-8")
        return path

    async def start_bot(
        self, kind: str, data_dir: Path | None = None, roles: Path | None = None
    ) -> BotProcess:
        environ = {"ROLES_FILE": str(roles)} if roles else {}
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True)
        return await BotProcess(kind, data_dir, environ).start(self.folder)

    async def seed(self, data_dir: Path, tenants: int, notices: int) -> dict[str, Any]:
        data_dir.mkdir(parents=True, exist_ok=True)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.seed", str(data_dir), str(tenants),
            str(self.profile.claims_per_tenant), str(notices), self.connector.url,
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        output, _ = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"seeding {data_dir} failed")
        return json.loads(output.decode().strip().splitlines()[-1])


def plan_conversations(first_tenant: int, count: int, echo: bool = False) -> list[Conversation]:
    steps = tuple(echo_of(step) for step in PLAN_CONVERSATION) if echo else PLAN_CONVERSATION
    return [Conversation(Partner(first_tenant + number), steps) for number in range(count)]


# -- 1. throughput against the echo bot ----------------------------------------------------


async def throughput(bench: Workbench) -> tuple[Figure, dict[str, TurnStats]]:
    profile = bench.profile
    per_round = profile.conversations
    tenants = list(range(THROUGHPUT_TENANTS, THROUGHPUT_TENANTS + per_round * profile.rounds))
    warm = list(range(WARM_UP_TENANTS, WARM_UP_TENANTS + 2))
    roles = bench.roles_file("throughput", tenants + warm)
    bots = {
        "echo": await bench.start_bot("echo"),
        "echo-seam": await bench.start_bot("echo-seam"),
        "incentives": await bench.start_bot("incentives", bench.folder / "fresh", roles),
    }
    stats = {name: TurnStats() for name in bots}
    try:
        for name, bot in bots.items():
            warm_up = plan_conversations(WARM_UP_TENANTS, 2, echo=name != "incentives")
            await drive(bench.session, bot, bench.connector, warm_up, 2)
        order = list(bots)
        for round_number in range(profile.rounds):
            first = THROUGHPUT_TENANTS + round_number * per_round
            # Rotated each round, so no bot always runs right after another.
            for name in order[round_number % 3 :] + order[: round_number % 3]:
                conversations = plan_conversations(first, per_round, echo=name != "incentives")
                bench.say(f"round {round_number + 1}/{profile.rounds}: {name}")
                stats[name].merge(
                    await drive(
                        bench.session, bots[name], bench.connector, conversations,
                        profile.concurrency,
                    )
                )  # fmt: skip
    finally:
        for bot in bots.values():
            await bot.stop()
    incentives, echo = stats["incentives"].turns_per_second, stats["echo"].turns_per_second
    ratio = incentives / echo if echo else None
    figure = Figure(
        name="turns/s, plan conversations on TinyDB",
        value=incentives,
        unit="turns/s",
        baseline_name="stock echo bot",
        baseline=echo,
        ratio=ratio,
        target="≥ 3×",
        passed=_all_ok(stats) and ratio is not None and ratio >= 3,
        notes=_failures(stats),
    )
    return figure, stats


# -- 2 and 3. latency at 50,000 claims against 100 -----------------------------------------


@dataclass
class Stores:
    small: BotProcess
    big: BotProcess
    seeded: dict[str, dict[str, Any]]


async def start_stores(bench: Workbench) -> Stores:
    profile = bench.profile
    bench.say(
        f"seeding {profile.big_claims:,} claims in {profile.big_tenants:,} tenants "
        f"and {profile.small_claims} in {profile.small_tenants}"
    )
    started = time.perf_counter()
    seeded_big, seeded_small = await asyncio.gather(
        bench.seed(bench.folder / "big", profile.big_tenants, profile.notices),
        bench.seed(bench.folder / "small", profile.small_tenants, 0),
    )
    seeded_big["wall_seconds"] = round(time.perf_counter() - started, 1)
    tenants = list(
        range(
            LATENCY_TENANTS,
            LATENCY_TENANTS + profile.latency_conversations * profile.latency_rounds,
        )
    ) + list(range(WARM_UP_TENANTS, WARM_UP_TENANTS + 2))
    roles = bench.roles_file("latency", tenants)
    started = time.perf_counter()
    big = await bench.start_bot("incentives", bench.folder / "big", roles)
    seeded_big["start_seconds"] = round(time.perf_counter() - started, 1)
    small = await bench.start_bot("incentives", bench.folder / "small", roles)
    return Stores(small, big, {"big": seeded_big, "small": seeded_small})


def status_askers(profile: Profile, store: str) -> list[Conversation]:
    """Owners of seeded claims, spread over the store (the big one: past its notices)."""
    tenants = _tenants(profile, store)
    notices = profile.notices if store == "big" else 0
    count = min(profile.status_askers, tenants)
    first = min(tenants - count, -(-notices // profile.claims_per_tenant))
    span = tenants - first
    numbers = sorted({first + (index * span) // count for index in range(count)})
    # The same number of questions in both stores: fewer askers ask more each.
    each = profile.status_askers * profile.status_questions_each // len(numbers)
    steps = (STATUS_QUESTION,) * each
    return [Conversation(Partner(number), steps) for number in numbers]


async def latency(bench: Workbench, stores: Stores) -> tuple[Figure, Figure, dict[str, TurnStats]]:
    profile = bench.profile
    bots = {"small": stores.small, "big": stores.big}
    turns = {name: TurnStats() for name in bots}
    status = {name: TurnStats() for name in bots}
    for name, bot in bots.items():
        await drive(bench.session, bot, bench.connector, plan_conversations(WARM_UP_TENANTS, 2), 2)
        # Every asker's first message records where to send them notices (a durable write
        # of their profile): a first contact, not a status lookup, so it is made here, in
        # both stores, before the figure. Otherwise the big store, with four times as many
        # askers, would count four times as many first contacts among its status turns.
        warm_askers = [
            Conversation(asker.partner, asker.steps[:1]) for asker in status_askers(profile, name)
        ]
        await drive(bench.session, bot, bench.connector, warm_askers, 2)
    for round_number in range(profile.latency_rounds):
        first = LATENCY_TENANTS + round_number * profile.latency_conversations
        order = ["small", "big"] if round_number % 2 == 0 else ["big", "small"]
        for name in order:
            bench.say(f"round {round_number + 1}/{profile.latency_rounds}: {name} store")
            conversations = plan_conversations(first, profile.latency_conversations)
            turns[name].merge(
                await drive(
                    bench.session, bots[name], bench.connector, conversations,
                    profile.latency_concurrency,
                )
            )  # fmt: skip
            askers = status_askers(profile, name)
            status[name].merge(
                await drive(
                    bench.session, bots[name], bench.connector, askers, profile.status_concurrency
                )
            )
    big_p99, small_p99 = (percentile(turns[n].latencies_ms, 0.99) for n in ("big", "small"))
    turn_ratio = big_p99 / small_p99 if small_p99 else None
    turn_figure = Figure(
        name=f"p99 turn latency, {profile.big_claims:,} claims / {profile.big_tenants:,} tenants",
        value=big_p99,
        unit="ms",
        baseline_name=f"{profile.small_claims} claims",
        baseline=small_p99,
        ratio=turn_ratio,
        target="≤ 1.25×",
        passed=_all_ok(turns) and turn_ratio is not None and turn_ratio <= 1.25,
        notes=_failures(turns),
    )
    big_status, small_status = (percentile(status[n].latencies_ms, 0.99) for n in ("big", "small"))
    status_ratio = big_status / small_status if small_status else None
    status_figure = Figure(
        name=f'"what\'s my claim status" p99, {profile.big_claims:,} claims',
        value=big_status,
        unit="ms",
        baseline_name=f"{profile.small_claims} claims",
        baseline=small_status,
        ratio=status_ratio,
        target="≤ 1.25×, < 20 ms",
        passed=_all_ok(status)
        and status_ratio is not None
        and status_ratio <= 1.25
        and big_status < 20,
        notes=_failures(status),
    )
    return (
        turn_figure,
        status_figure,
        {
            **{f"turns-{name}": stats for name, stats in turns.items()},
            **{f"status-{name}": stats for name, stats in status.items()},
        },
    )


def _tenants(profile: Profile, store: str) -> int:
    return profile.big_tenants if store == "big" else profile.small_tenants


# -- 5. memory -----------------------------------------------------------------------------


def memory(bench: Workbench, stores: Stores) -> Figure:
    big, small = stores.big.rss_mb(), stores.small.rss_mb()
    return Figure(
        name=f"resident memory at {bench.profile.big_claims:,} claims",
        value=big,
        unit="MB",
        baseline_name=f"{bench.profile.small_claims} claims",
        baseline=small,
        ratio=big / small if small else None,
        target="≤ 200 MB",
        passed=big <= 200,
    )


# -- 4. proactive fan-out ------------------------------------------------------------------


async def fan_out(bench: Workbench, stores: Stores) -> Figure:
    profile = bench.profile
    connector = bench.connector
    rate = profile.permitted_rate
    connector.expect_notices(rate_per_second=rate, burst=max(1.0, rate / 10), random_429=0.10)
    expected = _expected_notices(profile)
    bot = stores.big
    bench.say(f"fan-out of {len(expected):,} notices at {rate:g}/s permitted, 10% random 429")
    started = time.monotonic()
    async with bench.session.post(f"{bot.url}/_bench/notifier/start") as response:
        response.raise_for_status()
    last_progress, delivered = started, 0
    while len(connector.notices) < len(expected):
        await asyncio.sleep(0.25)
        now = time.monotonic()
        if len(connector.notices) != delivered:
            delivered, last_progress = len(connector.notices), now
        if now - started > profile.fanout_timeout_seconds or now - last_progress > 30:
            break
    await asyncio.sleep(1.0)  # anything sent twice late would show now
    async with bench.session.get(f"{bot.url}/_bench/outbox") as response:
        outbox = await response.json()
    received = set(connector.notices)
    lost = len(expected - received)
    duplicated = sum(count - 1 for count in connector.notices.values() if count > 1)
    unexpected = len(received - expected)
    times = connector.notice_times
    seconds = (times[-1] - started) if times else float("nan")
    achieved = len(received & expected) / seconds if times else 0.0
    share = achieved / rate
    return Figure(
        name=f"fan-out of {len(expected):,} notices, 10% answered 429",
        value=achieved,
        unit="notices/s",
        baseline_name="permitted rate",
        baseline=rate,
        ratio=share,
        target="≥ 90%, 0 lost, 0 dup",
        passed=share >= 0.9 and lost == 0 and duplicated == 0 and unexpected == 0,
        notes=[
            f"lost {lost}, duplicated {duplicated}, unexpected {unexpected}; "
            f"429 answered: {connector.refused_rate} over the rate, "
            f"{connector.refused_random} at random; outbox after: {outbox}"
        ],
    )


def _expected_notices(profile: Profile) -> set[tuple[str, str]]:
    """(conversation, claim id) of every seeded notice: the first claims, tenant by tenant."""
    expected = set()
    for number in range(profile.notices):
        tenant_number = number // profile.claims_per_tenant
        expected.add((conversation_of(tenant_number), f"CLM-2026-{number + 1:06d}"))
    return expected


# -- helpers -------------------------------------------------------------------------------


def _all_ok(stats: dict[str, TurnStats]) -> bool:
    return all(not s.failures and s.turns for s in stats.values())


def _failures(stats: dict[str, TurnStats]) -> list[str]:
    notes = []
    for name, stat in stats.items():
        if stat.failures:
            notes.append(f"{name}: {len(stat.failures)} failed turns, e.g. {stat.failures[0]}")
    return notes


__all__ = [
    "Figure",
    "Stores",
    "Workbench",
    "client_session",
    "fan_out",
    "latency",
    "memory",
    "start_stores",
    "throughput",
]
