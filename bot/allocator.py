"""The C allocator's settings for the bot's process (glibc's malloc; nothing elsewhere).

Python's own allocator serves small objects; everything larger (a partition file's bytes,
up to 8 MB for a partner of 5,000 claims, the lists and dicts parsed from it, a reply's
JSON) comes from malloc. Two of glibc's defaults make a long-running threaded process like
this one keep memory it no longer uses:

- **One arena per thread, up to 8 per core.** The store reads files on 4 reader threads
  and writes them on up to 16; each thread that allocates may get an arena of its own,
  and memory freed in one arena is never used by another. Two arenas here.
- **A moving mmap threshold.** A block of 128 KB or more is mapped on its own and given
  back when freed, but glibc then raises the threshold to the size of the block freed
  (up to 32 MB): after one 8 MB file, every file of up to 8 MB is read into the heap,
  whose freed holes stay resident. Fixed at 256 KB here, big blocks are always mapped.

And after each reminder scan (which reads every partner's files), `give_back` returns
freed pages to the system (`malloc_trim`), on a thread.

`make bench`'s memory figure measured the effect: see README, "Latest run". An operator's
own `MALLOC_ARENA_MAX`, `MALLOC_MMAP_THRESHOLD_` or `GLIBC_TUNABLES` win: when one is set,
nothing is changed here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from functools import cache

log = logging.getLogger(__name__)

ARENAS = 2
MMAP_THRESHOLD_BYTES = 256 * 1024
# mallopt's parameters (malloc.h).
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
_OPERATOR_SETTINGS = ("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES")


@cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (mallopt and malloc_trim are glibc's), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        # gnu_get_libc_version: glibc only (musl and others lack it).
        for symbol in ("gnu_get_libc_version", "mallopt", "malloc_trim"):
            getattr(libc, symbol)
    except (OSError, AttributeError):
        return None
    return libc


def tune() -> bool:
    """Set the arenas and the mmap threshold above; returns whether they were set.

    Call it before the process starts threads that allocate (an arena made before stays).
    """
    operator = [name for name in _OPERATOR_SETTINGS if os.environ.get(name)]
    if operator:
        log.info("malloc: left as the environment sets it (%s)", ", ".join(operator))
        return False
    libc = _glibc()
    if libc is None:
        return False
    done = libc.mallopt(_M_ARENA_MAX, ARENAS) == 1
    done = libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1 and done
    return done


def give_back() -> bool:
    """Return the pages malloc holds free to the system; whether any were returned.
    It walks every arena, holding each one's lock: run it on a thread, not the loop."""
    libc = _glibc()
    if libc is None:
        return False
    return libc.malloc_trim(0) == 1
