"""The harness: the bot in a child process, partners posting to its real /api/messages.

Why a child process: the bot then has its own interpreter, event loop and heap, as in
production, so (1) the load generator and the loopback connector (both in this process)
do not steal its event loop, and on two cores they get the other core; (2) its resident
memory is its own, measurable by pid; (3) the stock echo bot runs without the connector
seam the incentives bot installs at start-up (`seam.install()`; a process cannot un-install it).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil

from bench.connector import BenchConnector
from bench.scripts import APOLOGY, Step
from bench.teams import Partner

ROOT = Path(__file__).resolve().parent.parent


AGENTS_PYTHON = ROOT / ".venv-agents" / "bin" / "python"


class BotProcess:
    """A bot under bench as a child: `python -m bench.serve KIND DATA_DIR`, or one of the
    Agents SDK bots in their own virtual environment (`agents-echo`; `agents-form`, its
    state under DATA_DIR). Its URL, pid, memory, and how long it took to serve."""

    def __init__(
        self, kind: str, data_dir: Path | None = None, environ: dict[str, str] | None = None
    ) -> None:
        self.kind = kind
        self.data_dir = data_dir
        self.environ = environ or {}
        self.port = 0
        self.spawned_at = 0.0
        self._process: asyncio.subprocess.Process | None = None
        self._log = None

    def command(self) -> list[str]:
        if self.kind in ("agents-echo", "agents-form"):
            if not AGENTS_PYTHON.exists():
                raise RuntimeError(
                    f"{AGENTS_PYTHON} is missing: `make agents-venv` installs the Agents SDK "
                    "bots' own virtual environment"
                )
            command = [
                str(AGENTS_PYTHON),
                str(ROOT / "bench" / f"{self.kind.replace('-', '_')}.py"),
            ]
            if self.kind == "agents-form":
                if self.data_dir is None:
                    raise ValueError("the agents-form bot keeps its state in a data folder")
                command.append(str(self.data_dir))
            return command
        arguments = [sys.executable, "-m", "bench.serve", self.kind]
        if self.data_dir is not None:
            arguments.append(str(self.data_dir))
        return arguments

    async def start(self, log_folder: Path) -> BotProcess:
        arguments = self.command()
        self._log = open(log_folder / f"{self.kind}-{id(self)}.log", "wb")  # noqa: ASYNC230
        self.spawned_at = time.perf_counter()
        self._process = await asyncio.create_subprocess_exec(
            *arguments,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **self.environ},
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self._log,
        )
        assert self._process.stdout is not None
        try:
            line = await asyncio.wait_for(self._process.stdout.readline(), timeout=300)
        except TimeoutError:
            await self.stop()
            raise RuntimeError(f"the {self.kind} bot did not start in 300 s") from None
        if not line:
            log_name = self._log.name
            await self.stop()
            raise RuntimeError(f"the {self.kind} bot did not start; see {log_name}")
        self.port = json.loads(line)["port"]
        return self

    async def serving(self, session: aiohttp.ClientSession, patience: float = 300) -> float:
        """Seconds from spawning the process to its first good answer to `GET /healthz`."""
        deadline = time.perf_counter() + patience
        while True:
            try:
                async with session.get(f"{self.url}/healthz") as response:
                    await response.read()
                    if response.status == 200:
                        return time.perf_counter() - self.spawned_at
            except aiohttp.ClientError:
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the {self.kind} bot did not answer /healthz in {patience} s")
            await asyncio.sleep(0.01)

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self) -> float:
        return psutil.Process(self.pid).memory_info().rss / (1024 * 1024)

    def cpu_seconds(self) -> float:
        times = psutil.Process(self.pid).cpu_times()
        return times.user + times.system

    async def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), timeout=20)
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


@dataclass
class Conversation:
    """One partner saying `steps` in order, each after the previous answer came."""

    partner: Partner
    steps: Sequence[Step]


@dataclass
class TurnStats:
    """What a drive measured: wall time, every turn's latency, and what went wrong."""

    turns: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    bot_cpu_seconds: float = 0.0

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    def merge(self, other: TurnStats) -> None:
        self.turns += other.turns
        self.seconds += other.seconds
        self.latencies_ms += other.latencies_ms
        self.failures += other.failures
        self.bot_cpu_seconds += other.bot_cpu_seconds


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (share 0.99 → p99)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


async def drive(
    session: aiohttp.ClientSession,
    bot: BotProcess,
    connector: BenchConnector,
    conversations: Sequence[Conversation],
    concurrency: int,
) -> TurnStats:
    """Run the conversations, `concurrency` partners at a time; every turn is checked."""
    return await drive_while(
        session, bot, connector, iter(conversations), concurrency, lambda: True
    )


async def drive_while(
    session: aiohttp.ClientSession,
    bot: BotProcess,
    connector: BenchConnector,
    conversations: Iterator[Conversation],
    concurrency: int,
    going: Callable[[], bool],
) -> TurnStats:
    """`concurrency` partners each taking the next conversation in turn, until there is none
    left or `going()` turns false (then each stops after the turn it is in)."""
    stats = TurnStats()
    endpoint = f"{bot.url}/api/messages"

    async def partner_worker() -> None:
        while going():
            conversation = next(conversations, None)
            if conversation is None:
                return
            partner = conversation.partner
            for step in conversation.steps:
                if not going():
                    return
                activity = partner.message(connector.url, step.text)
                started = time.perf_counter()
                async with session.post(endpoint, json=activity) as response:
                    await response.read()
                    status = response.status
                stats.latencies_ms.append((time.perf_counter() - started) * 1000)
                stats.turns += 1
                problem = _check(status, connector.take(partner.conversation_id), step)
                if problem:
                    stats.failures.append(f"{partner.conversation_id} {step.text!r}: {problem}")
                    break  # the rest of this conversation would not mean anything

    cpu_before = bot.cpu_seconds()
    started = time.perf_counter()
    workers = [asyncio.create_task(partner_worker()) for _ in range(concurrency)]
    await asyncio.gather(*workers)
    stats.seconds = time.perf_counter() - started
    stats.bot_cpu_seconds = bot.cpu_seconds() - cpu_before
    return stats


def _check(status: int, replies: list[str], step: Step) -> str | None:
    if status not in (200, 201, 202):
        return f"HTTP {status}"
    if not replies:
        return "no reply reached the connector"
    shown = "\n".join(replies)
    if APOLOGY in shown:
        return "the bot apologised (a failed turn)"
    if step.expect is not None and step.expect not in shown:
        return f"expected {step.expect!r} in the reply"
    return None


def client_session(concurrency: int) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=concurrency * 2),
        timeout=aiohttp.ClientTimeout(total=120),
    )
