"""The bot's process keeps to two malloc arenas however many threads read and write its
files, leaves an operator's own malloc settings alone, and gives freed memory back after
each reminder round. Observed from inside a real process, with glibc's `malloc_info`."""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or ctypes.util.find_library("c") is None,
    reason="glibc's malloc only",
)

# Builds the app as `python app.py` does, then 8 threads allocate and free blocks of all
# sizes (as the store's reader and writer threads do), then counts malloc's arenas.
SCRIPT = r"""
import asyncio, ctypes, ctypes.util, json, os, re, sys, tempfile, threading
import app

async def build():
    built = await app.make_app()
    built.freeze()
    await built.cleanup()
    return built

asyncio.run(build())

def churn():
    for size in (100, 5_000, 70_000, 300_000, 2_000_000, 9_000_000) * 5:
        kept = [bytearray(size) for _ in range(3)]
        del kept

threads = [threading.Thread(target=churn) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.open_memstream.restype = ctypes.c_void_p
libc.fclose.argtypes = [ctypes.c_void_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
buffer, size = ctypes.c_char_p(), ctypes.c_size_t()
stream = libc.open_memstream(ctypes.byref(buffer), ctypes.byref(size))
libc.malloc_info(0, stream)
libc.fclose(stream)
print(json.dumps({"arenas": len(re.findall(rb"<heap nr=", buffer.value))}))
"""


def arenas(tmp_path: Path, **environment: str) -> int:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATA_DIR": str(tmp_path / "data"),
        "STORAGE": "tinydb",
        "LOG_LEVEL": "WARNING",
        **environment,
    }
    for name in ("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES"):
        if name not in environment:
            env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])["arenas"]


def test_the_bots_process_keeps_to_two_malloc_arenas_whatever_its_threads_do(tmp_path):
    assert arenas(tmp_path) <= 2


def test_an_operators_own_malloc_setting_is_left_alone(tmp_path):
    assert arenas(tmp_path, MALLOC_ARENA_MAX="4") > 2


async def test_after_each_reminder_round_the_bot_gives_freed_memory_back(tmp_path, monkeypatch):
    import app
    from bot import allocator

    given_back: list[bool] = []
    monkeypatch.setattr(allocator, "give_back", lambda: given_back.append(True) or True)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STORAGE", "tinydb")
    built = await app.make_app()
    built.freeze()
    try:
        house = built[app.HOUSE_KEY]
        assert house.reminders.after_round is not None
        await house.reminders.after_round()
        assert given_back == [True]
    finally:
        await built.cleanup()
