"""kill -9 while the bot's storage stack saves drafts: nothing acknowledged is ever lost.

A child process runs what a turn runs — `TinyDBStorage` + `PlanRepository` — saving a
draft plan answer after answer (and now and then creating a new plan, which allocates an
id from a counter in another partition). It prints each save once `save_plan` returned:
that is the acknowledgement the partner would see. The parent SIGKILLs it at a random
moment, opens the data with a new storage and checks, every time:

- every file opens (`check()`), and no temp file is left behind;
- the draft is at the acknowledged version, or at the very next one (killed after the
  write but before the print), and at the acknowledged version its content is the one
  acknowledged;
- the plan and its tenant index were written together (the index lists the plan as of
  the same save);
- every plan whose creation was acknowledged is there, and the id counter is past every
  id handed out, so a restart never hands out an id twice.

The children are forked from a "zygote" process that imported the stack once, so a child
starts in milliseconds rather than the second botbuilder's imports take; four of them run
side by side on their own folders, and 60 kills take a few seconds. A child acknowledges a
save by appending a line to its own file (the page cache keeps what a killed process
wrote). The seed is printed in every failure so a run can be replayed.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from storage.repository import PlanRepository
from storage.tinydb_storage import TinyDBStorage

REPO_ROOT = Path(__file__).resolve().parents[2]
TENANT = "kill-tenant"
DRAFTER = "drafter"
LANES = 4
ROUNDS = 15  # LANES * ROUNDS = 60 kills
KEEP_CAMPAIGNS = 12

ZYGOTE = f"""
import asyncio, os, signal, sys
from datetime import date
from storage.repository import PlanRepository
from storage.tinydb_storage import TinyDBStorage

async def write_drafts(folder, acknowledge):
    plans = PlanRepository(TinyDBStorage(folder))
    today = date(2026, 11, 27)
    mine = [s for s in await plans.list_plans({TENANT!r}) if s.owner_id == {DRAFTER!r}]
    if mine:
        plan = await plans.get_plan({TENANT!r}, mine[0].id)
    else:
        plan = await plans.create_plan(
            tenant_id={TENANT!r}, owner_id={DRAFTER!r}, owner_name=None, today=today
        )
        acknowledge("create", plan.id)
    while True:
        # One answer of a draft: a campaign added or renamed, as a turn would save it.
        if len(plan.campaigns) < {KEEP_CAMPAIGNS}:
            plan.add_campaign()
        campaign = plan.campaigns[plan.version % len(plan.campaigns)]
        campaign.name = f"answer {{plan.version + 1}}"
        plan.market = "x" * (plan.version % 50)
        plan = await plans.save_plan(plan)
        acknowledge("save", plan.id, plan.version, plan.updated_at.isoformat())
        if plan.version % 10 == 0:
            other = await plans.create_plan(
                tenant_id={TENANT!r}, owner_id="creator", owner_name=None, today=today
            )
            acknowledge("create", other.id)

def child(folder):
    ack = os.open(os.path.join(folder, "acknowledged"), os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    def acknowledge(*words):
        os.write(ack, (" ".join(map(str, words)) + "\\n").encode())
    asyncio.run(write_drafts(folder, acknowledge))

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped at once
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            child(line.strip())
        finally:
            os._exit(1)
    print(pid, flush=True)
"""


@dataclass
class Lane:
    """One folder, the child writing into it, and everything acknowledged so far."""

    folder: Path
    created: set[str] = field(default_factory=set)
    saved: tuple[str, int, str] | None = None  # plan id, version, updated_at
    pid: int = 0
    read_up_to: int = 0

    @property
    def acknowledgements(self) -> Path:
        return self.folder / "acknowledged"

    def has_acknowledged(self) -> bool:
        path = self.acknowledgements
        return path.exists() and path.stat().st_size > self.read_up_to

    def acknowledge(self) -> None:
        text = self.acknowledgements.read_text()
        # A line cut by the kill was never acknowledged; the next child goes on after it.
        complete = text[: text.rfind("\n") + 1]
        for line in complete[self.read_up_to :].splitlines():
            words = line.split()
            if words[0] == "create":
                self.created.add(words[1])
            elif words[0] == "save":
                self.saved = (words[1], int(words[2]), words[3])
        self.read_up_to = len(text)


def _run(coroutine):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


async def _verify(lane: Lane, context: str) -> None:
    storage = TinyDBStorage(lane.folder)
    try:
        storage.check()  # every partition file opens
        assert not list(lane.folder.rglob("*.tmp")), context
        plans = PlanRepository(storage)
        summaries = {summary.id: summary for summary in await plans.list_plans(TENANT)}
        assert lane.created <= set(summaries), (sorted(lane.created - set(summaries)), context)
        for plan_id in lane.created:
            assert await plans.get_plan(TENANT, plan_id) is not None, (plan_id, context)
        numbers = [int(plan_id.rsplit("-", 1)[1]) for plan_id in summaries]
        counter = (await storage.read(["counters/plans/2026"]))["counters/plans/2026"]
        assert counter["next"] > max(numbers), (counter, context)

        if lane.saved is None:
            return  # killed after creating its draft, before a save was acknowledged
        plan_id, version, updated_at = lane.saved
        plan = await plans.get_plan(TENANT, plan_id)
        assert plan.version in (version, version + 1), (plan.version, version, context)
        if plan.version == version:
            assert plan.updated_at.isoformat() == updated_at, context
            assert f"answer {version}" in [c.name for c in plan.campaigns], context
        # The plan and its index entry come from one atomic write.
        assert summaries[plan_id].updated_at == plan.updated_at.isoformat(), context
    finally:
        storage.close()


def _dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _wait(condition, what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.002)


def test_sigkill_while_saving_drafts_never_loses_an_acknowledged_save(tmp_path: Path):
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    lanes = [Lane(tmp_path / f"lane-{number}") for number in range(LANES)]
    for lane in lanes:
        lane.folder.mkdir()
    kills = 0
    with open(tmp_path / "children.log", "wb") as errors:
        zygote = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
        )
    try:
        for round_number in range(ROUNDS):
            for lane in lanes:
                zygote.stdin.write(f"{lane.folder}\n".encode())
                zygote.stdin.flush()
                line = zygote.stdout.readline()
                assert line, (tmp_path / "children.log").read_text()
                lane.pid = int(line)
            for lane in lanes:
                # Once it is writing, a random moment: mid-save, mid-fsync, mid-rename...
                _wait(lane.has_acknowledged, f"a save in {lane.folder}")
            for lane in chance.sample(lanes, len(lanes)):
                time.sleep(chance.uniform(0, 0.05))
                assert not _dead(lane.pid), (tmp_path / "children.log").read_text()[-3000:]
                os.kill(lane.pid, signal.SIGKILL)
                kills += 1
            for number, lane in enumerate(lanes):
                _wait(lambda lane=lane: _dead(lane.pid), f"child {lane.pid} to die")
                lane.acknowledge()
                context = f"seed {seed}, round {round_number}, lane {number}, saved {lane.saved}"
                _run(_verify(lane, context))
    finally:
        for lane in lanes:
            if lane.pid and not _dead(lane.pid):
                os.kill(lane.pid, signal.SIGKILL)
        zygote.stdin.close()
        zygote.wait(timeout=10)
        zygote.stdout.close()

    assert kills >= 50
    assert sum(lane.saved[1] for lane in lanes) > kills  # the children did real work
