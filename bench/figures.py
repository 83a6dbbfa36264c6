"""The figures, each measured beside its baseline in the same run, `repeats` times.

One run:

1. Two stores are seeded at once (bench/seed.py): the store, many small partners and a
   few big ones in one data folder (`full`: 14,000 partners of 10 claims and 12 of
   5,000, 200,000 claims), and the fan-out's own store, whose outbox holds the notices.
2. The baselines start and stay up: the stock botbuilder echo bot, the Agents SDK 1.9
   echo bot and the same SDK running a durable dialog form (both in their own virtual
   environment: bench/agents_echo.py, bench/agents_form.py), and the durable floor
   (bench/floor.py).
3. Each repeat starts the bot on an empty data folder (the start-up, /healthz and memory
   baselines), then on the store, as production runs it (reminders on, bench/serve.py),
   and measures in turn: start-up to serving; the start-up reminder scan, waited for;
   /healthz p99; a throughput round of the five bots in rotated order; a big and small
   partners drafting at once; the status question with and without plan turns beside
   it; big and small partners claiming at once (the turns that read what a partner's
   other claims hold); a reminder scan started on demand with plan turns flowing, and
   the same turns without a scan; the bot's memory after it all.
4. Each repeat of the fan-out starts the bot on a fresh copy of the fan-out store, whose
   notifier delivers the outbox at start-up through a throttling connector that counts
   every request per conversation and per tenant.
5. The readers of typed text run on hostile text, each repeat in a process of its own,
   against one plain pass over the same text (bench/readers.py).

Every turn is checked (bench/load.py); a repeat with a failed turn, a lost or duplicated
notice fails its figure, whatever the medians say.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from bench.connector import BenchConnector, Limits
from bench.load import BotProcess, Conversation, TurnStats, drive, drive_while, percentile
from bench.profiles import Profile
from bench.scripts import (
    CANCEL,
    CLAIM_CONVERSATION,
    PLAN_CONVERSATION,
    SCRIPT_MPN_ID,
    STATUS_QUESTION,
    Step,
    echo_of,
)
from bench.seed import Group, conversation_of, groups_text
from bench.series import Figure, Series
from bench.teams import Partner, tenant_id

# Partners of the echo bots and the floor, which keep no store: any number will do.
ECHO_TENANTS = 1_000_000
THROUGHPUT_BOTS = ("stock-echo", "agents-echo", "agents-form", "floor", "incentives")
KIND_OF = {
    "stock-echo": "echo",
    "agents-echo": "agents-echo",
    "agents-form": "agents-form",
    "floor": "floor",
}
# The throughput figure's lines of the table, each against one baseline bot.
THROUGHPUT_ROWS = {
    "agents": "agents-echo",
    "agents-form": "agents-form",
    "floor": "floor",
    "stock": "stock-echo",
}
# What `--only` can name, and the lines of the table each gives.
FIGURES = {
    "mixed": ("mixed",),
    "claims": ("claims",),
    "stall": ("stall",),
    "healthz": ("healthz",),
    "startup": ("startup",),
    "memory": ("memory",),
    "throughput": tuple(THROUGHPUT_ROWS),
    "status": ("status",),
    "fanout": ("fanout", "limits"),
    "readers": ("readers",),
}
STORE_FIGURES = frozenset(FIGURES) - {"fanout", "readers"}
# The stall figure's baseline: the same turns without a scan, for as long as the scan took
# but no longer than this (a scan over 200,000 claims can take a minute).
ALONE_SECONDS = 20.0


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

    async def start_bot(self, kind: str, data_dir: Path | None = None) -> BotProcess:
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True)
        return await BotProcess(kind, data_dir).start(self.folder)

    async def seed(self, data_dir: Path, groups: list[Group]) -> dict[str, Any]:
        data_dir.mkdir(parents=True, exist_ok=True)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.seed", str(data_dir), self.connector.url,
            groups_text(groups), stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        output, _ = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(f"seeding {data_dir} failed")
        return json.loads(output.decode().strip().splitlines()[-1])


def store_groups(profile: Profile) -> list[Group]:
    """Small partners numbered from 0, then the big ones."""
    return [
        Group(first=0, tenants=profile.small_tenants, claims=profile.small_claims),
        Group(first=profile.small_tenants, tenants=profile.big_tenants, claims=profile.big_claims),
    ]


def fanout_groups(profile: Profile) -> list[Group]:
    """Partners of one person with several notices each, then one of many people."""
    singles = Group(
        first=0,
        tenants=profile.fanout_tenants,
        claims=profile.fanout_notices,
        notices=profile.fanout_notices,
    )
    wide = Group(
        first=profile.fanout_tenants,
        tenants=1,
        claims=profile.wide_notices,
        people=profile.wide_people,
        notices=profile.wide_notices,
    )
    return [singles, wide]


def expected_notices(profile: Profile) -> set[tuple[str, str]]:
    """(conversation, claim id) of every notice the fan-out store must deliver, numbered as
    bench/seed.py numbers claims: on, group after group, tenant after tenant."""
    expected = set()
    claims = itertools.count(1)
    for tenant in range(profile.fanout_tenants):
        for _ in range(profile.fanout_notices):
            expected.add((conversation_of(tenant), f"CLM-2026-{next(claims):06d}"))
    for _ in range(profile.wide_notices):
        claim = f"CLM-2026-{next(claims):06d}"
        for person in range(profile.wide_people):
            expected.add((conversation_of(profile.fanout_tenants, person), claim))
    return expected


def fanout_tenants(profile: Profile) -> dict[str, str]:
    """Conversation id → tenant id of every person of the fan-out store."""
    people = [(tenant, 0) for tenant in range(profile.fanout_tenants)]
    people += [(profile.fanout_tenants, person) for person in range(profile.wide_people)]
    return {conversation_of(tenant, person): tenant_id(tenant) for tenant, person in people}


def plan_conversation(tenant_number: int, echo: bool = False, mpn_id: str = "") -> Conversation:
    """The scripted plan conversation of one partner; under `mpn_id` instead of the
    script's partner id when given (the same partner drafting again, who first cancels
    whatever draft an earlier figure left them in the middle of)."""
    steps = PLAN_CONVERSATION
    if mpn_id:
        renamed = (Step(mpn_id, s.expect) if s.text == SCRIPT_MPN_ID else s for s in steps)
        steps = (CANCEL, *renamed)
    if echo:
        steps = tuple(echo_of(step) for step in steps)
    return Conversation(Partner(tenant_number), steps)


def claim_conversation(tenant_number: int) -> Conversation:
    """A claim of one partner on their seeded plan, to its check, saved and resumed."""
    return Conversation(Partner(tenant_number), CLAIM_CONVERSATION)


class Partners:
    """Who talks to the store's bot: drafters from the top of the small partners down,
    status askers spread over the bottom half, small claimers from the top of the bottom
    half down (never an asker), each big partner once to draft, and again to claim.

    A tenant holds one plan per partner id, fund, program and period: when every drafter
    has drafted (a reminder scan over 200,000 claims keeps drafters busy for minutes), they
    draft again from the top, each round under another partner id."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._lowest_drafter = profile.small_tenants // 2
        self._round = 0
        self._drafters = itertools.count(profile.small_tenants - 1, -1)
        first_big = profile.small_tenants
        self._big = iter(range(first_big, first_big + profile.big_tenants))
        self._first_big = first_big
        asking = {c.partner.tenant_number for c in self.askers()}
        self._claimers = (n for n in range(self._lowest_drafter - 1, -1, -1) if n not in asking)

    def draft(self) -> Conversation:
        """The next drafter's plan conversation."""
        number = next(self._drafters)
        if number < self._lowest_drafter:
            self._round += 1
            self._drafters = itertools.count(self.profile.small_tenants - 1, -1)
            number = next(self._drafters)
        mpn_id = str(int(SCRIPT_MPN_ID) + self._round) if self._round else ""
        return plan_conversation(number, mpn_id=mpn_id)

    def big(self) -> int:
        return next(self._big)

    def small_claimer(self) -> Conversation:
        """The next small partner's claim (each claims once a run)."""
        return claim_conversation(next(self._claimers))

    def big_claimer(self, number: int) -> Conversation:
        """The claim of the `number`th big partner: the one that drafted `number`th."""
        return claim_conversation(self._first_big + number % self.profile.big_tenants)

    def drafting(self) -> Iterator[Conversation]:
        while True:
            yield self.draft()

    def askers(self) -> list[Conversation]:
        count = min(self.profile.status_askers, self._lowest_drafter)
        numbers = sorted({(index * self._lowest_drafter) // count for index in range(count)})
        steps = (STATUS_QUESTION,) * self.profile.status_questions
        return [Conversation(Partner(number), steps) for number in numbers]


class Figures:
    """The series of the figures wanted, in the order of the table."""

    def __init__(self, profile: Profile, wanted: set[str]) -> None:
        claims = f"{profile.claims:,}"
        sends = f"{profile.notice_sends:,}"
        every = {
            "mixed": Series(
                f"plan-turn p99, {profile.big_claims:,}-claim partner beside "
                f"{profile.small_claims}-claim ones, at once",
                unit="ms",
                baseline_name=f"{profile.small_claims} claims",
                target="≤ 1.25×",
                check=lambda value, ratio: ratio is not None and ratio <= 1.25,
            ),
            # Informative: the figure is the plan turn's; this one is what a big
            # partner's claim costs them and the others (its note: the longest stall).
            "claims": Series(
                f"claim-turn p99, {profile.big_claims:,}-claim partner beside "
                f"{profile.small_claims}-claim ones, at once",
                unit="ms",
                baseline_name=f"{profile.small_claims} claims",
                target="informative",
            ),
            "stall": Series(
                f"longest loop stall, reminder scan over {claims} claims, turns flowing",
                unit="ms",
                baseline_name="no scan (≤ 20 s)",
                target="≤ 50 ms",
                check=lambda value, ratio: value <= 50,
            ),
            "healthz": Series(
                f"/healthz p99 at {claims} claims",
                unit="ms",
                baseline_name="empty store",
                target="≤ 20 ms",
                check=lambda value, ratio: value <= 20,
            ),
            "startup": Series(
                f"start-up to serving at {claims} claims",
                unit="s",
                baseline_name="empty store",
                target="≤ 3 s",
                check=lambda value, ratio: value <= 3,
            ),
            "memory": Series(
                f"memory (RSS) at {claims} claims, after a full scan",
                unit="MB",
                baseline_name="empty store",
                target="≤ 200 MB",
                check=lambda value, ratio: value <= 200,
            ),
            "agents": Series(
                "plan turns/s ÷ Agents SDK 1.9 echo",
                unit="turns/s",
                baseline_name="Agents SDK echo",
                target="≥ 1.0×",
                check=lambda value, ratio: ratio is not None and ratio >= 1.0,
            ),
            # Like for like: a plan turn against the successor SDK doing the least a
            # form-filling turn does (a dialog's question, its state written durably).
            "agents-form": Series(
                "plan turns/s ÷ Agents SDK 1.9 dialog form, durable",
                unit="turns/s",
                baseline_name="Agents SDK form",
                target="informative",
            ),
            "floor": Series(
                "plan turns/s ÷ durable floor",
                unit="turns/s",
                baseline_name="durable floor",
                target="≥ 0.5×",
                check=lambda value, ratio: ratio is not None and ratio >= 0.5,
            ),
            "stock": Series(
                "plan turns/s ÷ stock botbuilder echo",
                unit="turns/s",
                baseline_name="stock echo",
                target="informative",
            ),
            "status": Series(
                "status question p99, beside plan turns",
                unit="ms",
                baseline_name="alone",
                target="< 20 ms",
                check=lambda value, ratio: value < 20,
            ),
            "fanout": Series(
                f"fan-out of {sends} notices, 10% answered 429",
                unit="notices/s",
                baseline_name="permitted rate",
                # Informative: ten notices to one chat take Teams' per-chat windows about
                # two seconds whatever the connector permits, so a share of its rate is no
                # target; delivery itself (all, once, within the limits) is the next line's.
                target="informative",
            ),
            "limits": Series(
                "Teams limits in the fan-out: 7/s, 1,800/h a chat; 50/s a tenant",
                unit="of the limit",
                baseline_name="the limits",
                target="never over, all delivered, 0 dup",
                check=lambda value, ratio: value <= 1.0,
            ),
            # A typed message's readers, linear in what they read (bench/readers.py): a
            # pattern that backtracks is thousands of passes on 2,000 characters.
            "readers": Series(
                "readers of typed text on hostile text, worst call",
                unit="µs",
                baseline_name="one pass over it",
                target="≤ 500×",
                check=lambda value, ratio: ratio is not None and ratio <= 500,
            ),
        }
        keys = {key for name in wanted for key in FIGURES[name]}
        self.series = {key: series for key, series in every.items() if key in keys}
        self.stats: dict[str, TurnStats] = {}
        # How long the last reminder scan took: the turns without a scan run as long.
        self.last_scan_seconds = 1.0

    def __contains__(self, key: str) -> bool:
        return key in self.series

    def __getitem__(self, key: str) -> Series:
        return self.series[key]

    def turns(self, name: str, stats: TurnStats) -> TurnStats:
        """Keep a drive's turns for the details printed under the table."""
        self.stats.setdefault(name, TurnStats()).merge(stats)
        return stats

    def results(self, measured_only: bool = False) -> list[Figure]:
        """The table's figures; only those measured at least once if `measured_only` (a
        run stopped part-way)."""
        figures = []
        for key, series in self.series.items():
            if measured_only and not series.samples:
                continue
            figure = series.figure()
            if key == "limits":
                worst = max(series.samples, key=lambda sample: sample["value"])
                figure.shown = worst["shown"]
            figures.append(figure)
        return figures


def _failed(*stats: TurnStats) -> str:
    failures = [failure for stat in stats for failure in stat.failures]
    if not failures:
        return ""
    return f"{len(failures)} failed turns, e.g. {failures[0]}"


# -- the run -------------------------------------------------------------------------------


async def seed_stores(bench: Workbench, wanted: set[str]) -> dict[str, Any]:
    profile = bench.profile
    jobs = {}
    if wanted & STORE_FIGURES:
        jobs["store"] = bench.seed(bench.folder / "store", store_groups(profile))
    if "fanout" in wanted:
        jobs["fanout"] = bench.seed(bench.folder / "fanout-store", fanout_groups(profile))
    seeding = []
    if "store" in jobs:
        partners = profile.small_tenants + profile.big_tenants
        seeding.append(f"{profile.claims:,} claims in {partners:,} partners")
    if "fanout" in jobs:
        seeding.append(f"{profile.notice_sends:,} notices to send")
    bench.say(f"seeding {' and '.join(seeding)}")
    started = time.perf_counter()
    done = dict(zip(jobs, await asyncio.gather(*jobs.values()), strict=True))
    done["wall_seconds"] = round(time.perf_counter() - started, 1)
    return done


async def start_baselines(bench: Workbench) -> dict[str, BotProcess]:
    bots: dict[str, BotProcess] = {}
    try:
        for name, kind in KIND_OF.items():
            data_dir = bench.folder / kind if kind in ("floor", "agents-form") else None
            bots[name] = await bench.start_bot(kind, data_dir)
            warm_up = [plan_conversation(ECHO_TENANTS + n, echo=True) for n in range(2)]
            await drive(bench.session, bots[name], bench.connector, warm_up, 2)
    except BaseException:
        for bot in bots.values():
            await bot.stop()
        raise
    return bots


async def store_figures(
    bench: Workbench, figures: Figures, wanted: set[str], baselines: dict[str, BotProcess]
) -> None:
    partners = Partners(bench.profile)
    for number in range(bench.profile.repeats):
        await _store_repeat(bench, figures, wanted, baselines, partners, number)


async def _store_repeat(
    bench: Workbench,
    figures: Figures,
    wanted: set[str],
    baselines: dict[str, BotProcess],
    partners: Partners,
    number: int,
) -> None:
    profile = bench.profile
    repeat = f"repeat {number + 1}/{profile.repeats}"
    empty = await _empty_store(bench, wanted, number)
    bench.say(f"{repeat}: the bot on the {profile.claims:,}-claim store")
    bot = await bench.start_bot("incentives", bench.folder / "store")
    try:
        started_in = await bot.serving(bench.session)
        if "startup" in figures:
            figures["startup"].add(started_in, empty["startup"])
        startup_scan = await _scans_done(bench, bot)
        after_startup_scan = bot.rss_mb()
        if "healthz" in figures:
            probes = await _probe(bench, bot)
            figures["healthz"].add(percentile(probes, 0.99), percentile(empty["probes"], 0.99))
        warm_up = [partners.draft() for _ in range(2)]
        figures.turns("warm-up", await drive(bench.session, bot, bench.connector, warm_up, 2))
        if "agents" in figures:
            await _throughput(bench, figures, baselines, bot, partners, number)
        if "mixed" in figures:
            await _mixed(bench, figures, bot, partners)
        if "claims" in figures:
            await _claims(bench, figures, bot, partners, number)
        if "status" in figures:
            await _status(bench, figures, bot, partners, number)
        if "stall" in figures:
            await _stall(bench, figures, bot, partners, number)
        if "memory" in figures:
            figures["memory"].add(
                bot.rss_mb(),
                empty["rss"],
                note=f"{after_startup_scan:.0f} MB after the start-up scan "
                f"({startup_scan['seconds']} s)",
            )
    finally:
        await bot.stop()


async def _empty_store(bench: Workbench, wanted: set[str], number: int) -> dict[str, Any]:
    """The baselines of start-up, /healthz and memory: the same bot on an empty folder."""
    if not wanted & {"startup", "healthz", "memory"}:
        return {}
    bot = await bench.start_bot("incentives", bench.folder / f"empty-{number}")
    try:
        startup = await bot.serving(bench.session)
        await _scans_done(bench, bot)
        return {
            "startup": startup,
            "rss": bot.rss_mb(),
            "probes": await _probe(bench, bot) if "healthz" in wanted else [],
        }
    finally:
        await bot.stop()


async def _scans_done(bench: Workbench, bot: BotProcess) -> dict[str, Any]:
    """Wait for the reminder scan under way (the one at start-up, or one started on demand)
    to end; the last scan's record."""
    while True:
        async with bench.session.get(f"{bot.url}/_bench/scans") as response:
            scans = (await response.json())["scans"]
        if scans and all(scan["done"] for scan in scans):
            return scans[-1]
        await asyncio.sleep(0.05)


async def _probe(bench: Workbench, bot: BotProcess) -> list[float]:
    """`health_probes` GET /healthz, one at a time, each answer's milliseconds."""
    times = []
    for _ in range(bench.profile.health_probes):
        started = time.perf_counter()
        async with bench.session.get(f"{bot.url}/healthz") as response:
            await response.read()
            if response.status != 200:
                raise RuntimeError(f"/healthz answered {response.status}")
        times.append((time.perf_counter() - started) * 1000)
    return times


async def _throughput(
    bench: Workbench,
    figures: Figures,
    baselines: dict[str, BotProcess],
    bot: BotProcess,
    partners: Partners,
    number: int,
) -> None:
    """One round of the five bots, one after another, in an order rotated each repeat."""
    profile = bench.profile
    bots = {**baselines, "incentives": bot}
    shift = number % len(THROUGHPUT_BOTS)
    stats: dict[str, TurnStats] = {}
    for name in THROUGHPUT_BOTS[shift:] + THROUGHPUT_BOTS[:shift]:
        if name == "incentives":
            conversations = [partners.draft() for _ in range(profile.conversations)]
        else:
            first = ECHO_TENANTS + 1_000 * (number + 1)
            conversations = [
                plan_conversation(first + n, echo=True) for n in range(profile.conversations)
            ]
        bench.say(f"throughput: {name}")
        stats[name] = figures.turns(
            f"throughput {name}",
            await drive(
                bench.session, bots[name], bench.connector, conversations, profile.concurrency
            ),
        )
    ours = stats["incentives"]
    for key, name in THROUGHPUT_ROWS.items():
        note = _failed(ours, stats[name])
        figures[key].add(
            ours.turns_per_second, stats[name].turns_per_second, ok=not note, note=note
        )


async def _beside(
    bench: Workbench, bot: BotProcess, big: list[Conversation], small: Iterator[Conversation]
) -> tuple[TurnStats, TurnStats]:
    """The big partners' conversations, `len(big)` at once, and as many small partners'
    beside them for as long as the big ones talk."""
    big_done = False

    async def big_talking() -> TurnStats:
        nonlocal big_done
        try:
            return await drive(bench.session, bot, bench.connector, big, len(big))
        finally:
            big_done = True

    return await asyncio.gather(
        big_talking(),
        drive_while(bench.session, bot, bench.connector, small, len(big), lambda: not big_done),
    )


async def _mixed(bench: Workbench, figures: Figures, bot: BotProcess, partners: Partners) -> None:
    """Big partners draft while small ones draft beside them, for as long as the big do."""
    pairs = bench.profile.pairs
    big = [plan_conversation(partners.big()) for _ in range(pairs)]
    bench.say(f"{pairs} partner(s) of {bench.profile.big_claims:,} claims drafting beside small")
    big_stats, small_stats = await _beside(bench, bot, big, partners.drafting())
    figures.turns("mixed big", big_stats)
    figures.turns("mixed small", small_stats)
    note = _failed(big_stats, small_stats)
    figures["mixed"].add(
        percentile(big_stats.latencies_ms, 0.99),
        percentile(small_stats.latencies_ms, 0.99),
        ok=not note,
        note=note,
    )


async def _claims(
    bench: Workbench, figures: Figures, bot: BotProcess, partners: Partners, number: int
) -> None:
    """Big partners claim while small ones claim beside them, for as long as the big do;
    the longest event-loop stall meanwhile, measured inside the bot, in the note. Each big
    partner is the one that drafted in this repeat's "big beside small": a fresh process
    has read nothing of their claims yet, as after a restart."""
    pairs = bench.profile.pairs
    big = [partners.big_claimer(number * pairs + pair) for pair in range(pairs)]
    bench.say(f"{pairs} partner(s) of {bench.profile.big_claims:,} claims claiming beside small")

    def small_claiming() -> Iterator[Conversation]:
        while True:
            yield partners.small_claimer()

    async with bench.session.post(f"{bot.url}/_bench/stall") as response:
        response.raise_for_status()
    big_stats, small_stats = await _beside(bench, bot, big, small_claiming())
    async with bench.session.get(f"{bot.url}/_bench/stall") as response:
        worst = (await response.json())["worst_stall_ms"]
    figures.turns("claims big", big_stats)
    figures.turns("claims small", small_stats)
    note = _failed(big_stats, small_stats)
    figures["claims"].add(
        percentile(big_stats.latencies_ms, 0.99),
        percentile(small_stats.latencies_ms, 0.99),
        ok=not note,
        note=note
        or f"longest loop stall {worst} ms; {big_stats.turns} big and {small_stats.turns} "
        "small turns",
    )


async def _status(
    bench: Workbench, figures: Figures, bot: BotProcess, partners: Partners, number: int
) -> None:
    """The status question asked one at a time, with plan turns beside it and alone."""
    askers = partners.askers()
    # Each asker's first message may record where to send them notices (a durable write of
    # their profile): a first contact, not the status answer, so it is made beforehand.
    first_contact = [Conversation(asker.partner, asker.steps[:1]) for asker in askers]
    await drive(bench.session, bot, bench.connector, first_contact, 1)

    async def loaded() -> TurnStats:
        asking = True
        drafting = asyncio.create_task(
            drive_while(
                bench.session, bot, bench.connector, partners.drafting(),
                bench.profile.drafters, lambda: asking,
            )
        )  # fmt: skip
        try:
            return await drive(bench.session, bot, bench.connector, askers, 1)
        finally:
            asking = False
            figures.turns("status: plan turns beside", await drafting)

    async def alone() -> TurnStats:
        return await drive(bench.session, bot, bench.connector, askers, 1)

    bench.say("the status question, with plan turns beside it and alone")
    if number % 2 == 0:
        under_load, quiet = await loaded(), await alone()
    else:
        quiet, under_load = await alone(), await loaded()
    figures.turns("status under load", under_load)
    figures.turns("status alone", quiet)
    note = _failed(under_load, quiet)
    figures["status"].add(
        percentile(under_load.latencies_ms, 0.99),
        percentile(quiet.latencies_ms, 0.99),
        ok=not note,
        note=note,
    )


async def _stall(
    bench: Workbench, figures: Figures, bot: BotProcess, partners: Partners, number: int
) -> None:
    """A reminder scan started now with plan turns flowing, and the same turns without a
    scan for up to `ALONE_SECONDS`: the longest event-loop stall of each, measured inside
    the bot. (The longest stall of a window grows with its length: the baseline's is the
    shorter when the scan takes longer, which only makes the ratio look worse.)"""
    drafters = bench.profile.drafters

    async def with_scan() -> tuple[dict[str, Any], TurnStats]:
        async with bench.session.post(f"{bot.url}/_bench/scan") as response:
            response.raise_for_status()
        scanning = True

        async def scan_end() -> dict[str, Any]:
            nonlocal scanning
            try:
                return await _scans_done(bench, bot)
            finally:
                scanning = False

        return await asyncio.gather(
            scan_end(),
            drive_while(
                bench.session, bot, bench.connector, partners.drafting(), drafters,
                lambda: scanning,
            ),
        )  # fmt: skip

    async def without_scan(seconds: float) -> tuple[float, TurnStats]:
        async with bench.session.post(f"{bot.url}/_bench/stall") as response:
            response.raise_for_status()
        until = time.perf_counter() + seconds
        stats = await drive_while(
            bench.session, bot, bench.connector, partners.drafting(), drafters,
            lambda: time.perf_counter() < until,
        )  # fmt: skip
        async with bench.session.get(f"{bot.url}/_bench/stall") as response:
            return (await response.json())["worst_stall_ms"], stats

    bench.say("a reminder scan with plan turns flowing, and the same turns without")
    if number % 2 == 0:
        scan, during = await with_scan()
        alone_worst, alone = await without_scan(min(ALONE_SECONDS, max(1.0, scan["seconds"])))
    else:
        # As long as the last scan took: the next one reads the same store.
        alone_worst, alone = await without_scan(
            min(ALONE_SECONDS, max(1.0, figures.last_scan_seconds))
        )
        scan, during = await with_scan()
    figures.last_scan_seconds = scan["seconds"]
    figures.turns("stall: turns during the scan", during)
    figures.turns("stall: turns without a scan", alone)
    note = _failed(during, alone)
    if scan["error"]:
        note = f"the scan failed: {scan['error']}; {note}"
    figures["stall"].add(
        scan["worst_stall_ms"],
        alone_worst,
        ok=not note,
        note=note
        or f"scan {scan['seconds']} s, {during.turns} turns meanwhile "
        f"(longest collection by generation: {_by_generation(scan)}); "
        f"{alone.seconds:.0f} s without a scan, {alone.turns} turns",
    )


async def reader_figures(bench: Workbench, figures: Figures) -> None:
    """The readers of typed text on the hostile corpus, each repeat in a process of its own."""
    for number in range(1, bench.profile.repeats + 1):
        bench.say(f"readers on hostile text, repeat {number}")
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.readers", stdout=asyncio.subprocess.PIPE
        )
        output, _ = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError("bench.readers failed")
        sweep = json.loads(output.decode().strip().splitlines()[-1])
        figures["readers"].add(
            1_000_000 * sweep["seconds"],
            1_000_000 * sweep["pass_seconds"],
            note=f"worst {sweep['worst']}; slowest {sweep['slowest']}",
        )


def _by_generation(scan: dict[str, Any]) -> str:
    longest = scan.get("longest_collections_ms") or {}
    return ", ".join(f"{g}: {ms} ms" for g, ms in longest.items()) or "none"


async def fanout_figures(bench: Workbench, figures: Figures) -> None:
    for number in range(bench.profile.repeats):
        await _fanout_repeat(bench, figures, number)


async def _fanout_repeat(bench: Workbench, figures: Figures, number: int) -> None:
    """The bot on a fresh copy of the fan-out store: its notifier delivers the outbox at
    start-up, as in production, through the throttling connector."""
    profile = bench.profile
    connector = bench.connector
    rate = profile.permitted_rate
    expected = expected_notices(profile)
    data_dir = bench.folder / f"fanout-{number}"
    await asyncio.to_thread(shutil.copytree, bench.folder / "fanout-store", data_dir)
    bench.say(
        f"fan-out {number + 1}/{profile.repeats}: {len(expected):,} notices, "
        f"{rate:g}/s permitted, 10% random 429"
    )
    connector.expect_notices(
        rate_per_second=rate,
        burst=max(1.0, rate / 10),
        random_429=0.10,
        tenants=fanout_tenants(profile),
    )
    try:
        bot = await bench.start_bot("incentives", data_dir)
        try:
            started = last_progress = time.monotonic()
            delivered = 0
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
        finally:
            await bot.stop()
        received = set(connector.notices)
        # Not received when the fan-out ended (all sent, its time out, or 30 s of no progress).
        undelivered = len(expected - received)
        duplicated = sum(count - 1 for count in connector.notices.values() if count > 1)
        unexpected = len(received - expected)
        first_request = min(
            (times[0] for times in connector.sends_by_conversation.values()), default=None
        )
        last_notice = connector.notice_times[-1] if connector.notice_times else None
        achieved = 0.0
        if first_request is not None and last_notice is not None and last_notice > first_request:
            achieved = len(received & expected) / (last_notice - first_request)
        peaks = connector.peaks()
        refused = f"{connector.refused_rate} over the rate, {connector.refused_random} at random"
    finally:
        connector.expect_turns()
    counted = f"undelivered {undelivered}, duplicated {duplicated}, unexpected {unexpected}"
    clean = undelivered == 0 and duplicated == 0 and unexpected == 0
    figures["fanout"].add(
        achieved,
        rate,
        ok=clean,
        note=f"{counted}; 429 answered: {refused}; outbox after: {outbox}",
    )
    limits = Limits()
    exceeded = limits.check(
        conversation_second=peaks["conversation_second"],
        conversation_hour=peaks["conversation_hour"],
        tenant_second=peaks["tenant_second"],
    )
    worst_share = max(
        peaks["conversation_second"] / limits.per_conversation_second,
        peaks["conversation_hour"] / limits.per_conversation_hour,
        peaks["tenant_second"] / limits.per_tenant_second,
    )
    figures["limits"].add(
        worst_share,
        ok=clean and not exceeded,
        note="; ".join(exceeded) or counted,
        shown=(
            f"{peaks['conversation_second']}/s, {peaks['conversation_hour']}/h a chat; "
            f"{peaks['tenant_second']}/s a tenant"
        ),
    )
