"""An invoice's reading from its bytes, and the safe way for the bot to ask for one.

`read_document` is the whole reading, synchronous and in the calling process: text out of
the bytes (`invoices.extract`), fields out of the text (`invoices.fields`). It never
raises for what a partner sends: a refused, damaged or unreadable document is a reading
with its status (and `reason`), so the bot always has something to say.

`InvoiceReader` is what the bot uses. Parsing a partner's file is the riskiest thing the
bot does: a PDF can be built to make a parser loop or allocate without end, an image to
inflate to gigabytes, and pypdf, pdfium, Pillow and Tesseract are large native or
pure-Python parsers. So every reading runs in a worker process (spawned, never forked
from the bot's threads and event loop) that has a memory ceiling (`RLIMIT_AS`, inherited
by Tesseract), a lower priority than the bot, and its own process group; a reading past
its time is abandoned and its worker killed with everything it started, then replaced.
The event loop only waits.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import resource
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from functools import cache
from multiprocessing.process import BaseProcess

from domain.invoice import InvoiceReading, ReadingStatus
from invoices.limits import (
    DEFAULT_LIMITS,
    MB,
    Limits,
    NoOcr,
    ReadRefused,
    ocr_available,
    ocr_languages,
    ocr_off_reason,
)

log = logging.getLogger(__name__)

# How `find_fields` expects a document's pages joined.
PAGE_BREAK = "\n\f\n"
# A worker's address space: a page at the pixel limit with its copies, pdfium, Tesseract.
WORKER_MEMORY_BYTES = 1536 * MB
WORKER_NICENESS = 5
# Beyond the reading's own time limit: a worker to start (about a second when spawned
# afresh), the file to send, the reading to send back.
GRACE_SECONDS = 3.0
# Linux's prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


def read_document(
    data: bytes, name: str, *, ocr: bool | None = None, limits: Limits = DEFAULT_LIMITS
) -> InvoiceReading:
    """What the document `data` (as sent, named `name`) says, or why it says nothing.

    `ocr`: whether images and scanned pages may be read (None: if an engine is installed).
    """
    use_ocr = ocr_available() if ocr is None else ocr
    try:
        reading = _read(data, name, ocr=use_ocr, limits=limits)
    except ReadRefused as refused:
        reading = _failed(refused.reason)
    except NoOcr:
        reading = InvoiceReading(status=ReadingStatus.NO_OCR)
    except MemoryError:
        reading = _failed("too_large")
    except Exception as error:
        # A library's bug or a file it chokes on: the type says which, and never the text.
        log.warning("invoice reading failed: %s", type(error).__name__)
        reading = _failed("damaged")
    return reading.model_copy(update={"read_at": datetime.now(UTC)})


def _read(data: bytes, name: str, *, ocr: bool, limits: Limits) -> InvoiceReading:
    # The parsers (and the fields' patterns, 0.1 s to build) are loaded here, in the
    # worker that reads, never in the bot's process.
    from invoices.extract import extract_text
    from invoices.fields import find_fields

    extracted = extract_text(data, name, ocr=ocr, limits=limits)
    pages = len(extracted.pages)
    if not any(page.strip() for page in extracted.pages):
        return InvoiceReading(status=ReadingStatus.UNREADABLE, method=extracted.method, pages=pages)
    return find_fields(
        PAGE_BREAK.join(extracted.pages),
        method=extracted.method,
        ocr_confidence=extracted.ocr_confidence,
        pages=pages,
    )


def _failed(reason: str) -> InvoiceReading:
    return InvoiceReading(status=ReadingStatus.FAILED, reason=reason, read_at=datetime.now(UTC))


def describe_ocr() -> dict[str, object]:
    """Whether images can be read here, for start-up and /healthz.

    `{"ocr": bool, "languages": [...], "reason": str | None}`; when OCR is off, the reason
    is logged once, at the first call.
    """
    reason = ocr_off_reason()
    if reason is not None:
        _say_ocr_is_off(reason)
    return {"ocr": reason is None, "languages": ocr_languages(), "reason": reason}


@cache
def _say_ocr_is_off(reason: str) -> None:
    log.warning("image reading is off: %s", reason)


class InvoiceReader:
    """Readings in worker processes, at most `workers` at a time, each within its time.

    A reading waiting for a free worker counts that wait in its time. It ends `failed`
    with `timeout` when the time is up (its worker is then killed and replaced), and with
    `too_large` when its worker died twice in a row (a memory ceiling reached inside a
    library, a crash): the first death may have been another reading's, so it is tried
    once more on a fresh worker.
    """

    def __init__(
        self,
        limits: Limits = DEFAULT_LIMITS,
        *,
        workers: int = 1,
        ocr: bool | None = None,
        memory_bytes: int = WORKER_MEMORY_BYTES,
    ) -> None:
        """`ocr`: whether images and scanned pages are read (None: if an engine is
        installed and not turned off); `memory_bytes`: each worker's address space."""
        if workers < 1:
            raise ValueError("an invoice reader needs at least one worker")
        self.limits = limits
        self._ocr = ocr
        self._workers = workers
        self._memory_bytes = memory_bytes
        self._slots = asyncio.Semaphore(workers)
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    @property
    def ocr(self) -> bool:
        """Whether images and scanned PDFs are read (the bot says so when they are not)."""
        return ocr_available() if self._ocr is None else self._ocr

    async def read(self, data: bytes, name: str, seconds: float | None = None) -> InvoiceReading:
        """The reading of `data` (named `name`); never raises for what is in it. `seconds`:
        what the caller can still wait (a turn Teams waits 15 s for), if less than the
        reader's own limit."""
        if self._closed:
            raise RuntimeError("the invoice reader is closed")
        allowed = self.limits.total_seconds + GRACE_SECONDS
        if seconds is not None:
            allowed = min(allowed, seconds)
        try:
            async with asyncio.timeout(allowed):
                async with self._slots:
                    return await self._read_twice(data, name)
        except TimeoutError:
            log.warning("an invoice reading ran out of time; its worker was stopped")
            return _failed("timeout")
        except Exception as error:
            # The worker could not run the reading at all (it could not start, say).
            log.warning("an invoice reading failed in its worker: %s", type(error).__name__)
            return _failed("damaged")

    async def _read_twice(self, data: bytes, name: str) -> InvoiceReading:
        """The reading, tried once more on a fresh worker if its worker died: the death
        may have been another reading's (killed for its time, a worker takes every reading
        in its pool with it). A reader closed meanwhile has abandoned it."""
        if self._closed:
            return _failed("timeout")
        try:
            return await self._in_worker(data, name)
        except BrokenProcessPool:
            if self._closed:
                return _failed("timeout")
        try:
            return await self._in_worker(data, name)
        except BrokenProcessPool:
            log.warning("an invoice reading's worker died twice")
            return _failed("too_large")

    async def close(self) -> None:
        """Stop the workers at once; a reading still running ends `failed`."""
        self._closed = True
        if self._pool is not None:
            self._stop(self._pool)

    async def _in_worker(self, data: bytes, name: str) -> InvoiceReading:
        pool = self._running_pool()
        try:
            future = pool.submit(read_document, data, name, ocr=self.ocr, limits=self.limits)
            return await asyncio.wrap_future(future)
        except (asyncio.CancelledError, BrokenProcessPool):
            # Out of time (or given up): the worker may be stuck in a parser, and a pool
            # whose worker died takes no more work. Either way, a fresh pool next time.
            self._stop(pool)
            raise

    def _running_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._memory_bytes, os.getpid()),
            )
        return self._pool

    def _stop(self, pool: ProcessPoolExecutor) -> None:
        if pool is not self._pool:
            return  # stopped already, by another reading
        self._pool = None
        # The executor has no public way to stop a busy worker: its processes are in
        # `_processes` (None once shut down, hence first).
        for process in list((pool._processes or {}).values()):
            _kill(process)
        pool.shutdown(wait=False, cancel_futures=True)


def _kill(process: BaseProcess) -> None:
    """Kill a worker and whatever it started (Tesseract): its process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)  # type: ignore[arg-type]
    except ProcessLookupError:
        # Not a group leader yet (still starting), or gone: the process alone.
        process.kill()


def _start_worker(memory_bytes: int, parent: int) -> None:
    """A worker's set-up: its own process group, a memory ceiling, a lower priority, and
    its end with the bot's process. An idle worker outlives a killed parent otherwise (it
    holds both ends of its task queue, so never sees it close); the kernel kills it when
    the thread that started it ends, the event loop's, which submits every reading."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the call above
            os._exit(1)
    os.setpgrp()
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    os.nice(WORKER_NICENESS)
