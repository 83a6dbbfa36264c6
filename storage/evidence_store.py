"""Evidence files: fetched from the channel with limits, kept by content hash.

A file never lands at a path the partner chose: it is streamed to a temporary
file under `<data_dir>/evidence`, hashed, and handed to the store's keeper as
`evidence/<aa>/<sha256>` — in the data folder (STORAGE=tinydb) or as a blob of the bot's
container (STORAGE=azure-blob, so every instance reads it), outside any served folder;
see storage/evidence_keepers.py. The size cap is enforced while streaming (a lying
Content-Length does not help). Before a file is kept its first bytes must match its
extension (`domain.evidence.check_file_content`): a program dressed as a PDF is deleted,
never kept.

Only the public internet is reached. A link's host is resolved once, before anything is
sent; every address it resolves to must be public (not loopback, private, link-local,
multicast, reserved or unspecified, IPv4 wrapped in IPv6 unwrapped first), and the
connection then goes to exactly those addresses (no second look-up a DNS server could
answer differently), while TLS still verifies the certificate against the link's host
name. Numeric host forms other than a plain dotted quad (`0x7f000001`, `2852039166`,
`169.254.43518`, `0177.0.0.1`) are refused unread.

The files of one message are one batch: every link is checked first, all of them are
downloaded within one time budget, and they are kept only when every one was accepted — a
refused file never leaves its companions kept. If keeping one fails (a full disk, the blob
service refusing), the ones this batch created are removed again.

Reading back goes through the store too (`read`): only a name of the store's own form is
accepted (never another blob of the container, never a path out of the folder), and the
bytes must still hash to their name.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import os
import re
import socket
import ssl
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from opentelemetry import metrics
from yarl import URL

from domain.errors import UserInputError
from domain.evidence import SNIFF_BYTES, check_file_content
from storage.evidence_keepers import EvidenceCorruptedError, EvidenceKeeper, FolderKeeper

log = logging.getLogger(__name__)
DOWNLOADS_FAILED = metrics.get_meter("incentives.storage").create_counter(
    "incentives.downloads.failed", description="Evidence downloads refused or failed, by code"
)

CHUNK_BYTES = 64 * 1024
PART_PREFIX = ".part-"
# A part older than the download budget by this much belongs to no download in flight.
STALE_PART_MARGIN_SECONDS = 60.0

# host, port -> the IP addresses the host resolves to (as text).
Resolve = Callable[[str, int], Awaitable[list[str]]]

_IP = ipaddress.IPv4Address | ipaddress.IPv6Address
# What inet_aton reads as a number: decimal, octal (leading 0) or hex (0x) parts.
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
# A host name as it travels (IDNA already applied): letters, digits, hyphens, dots.
_HOST_NAME = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# The only names the store makes: the file's sha256 under its first two hex digits.
_STORED_AS = re.compile(r"evidence/([0-9a-f]{2})/(\1[0-9a-f]{62})")


class DownloadError(Exception):
    """The file could not be fetched; `code` keys the sentence shown to the partner."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Download:
    """One file to fetch: its link, the name it came with, the headers to send."""

    url: str
    file_name: str | None = None
    headers: dict[str, str] | None = None


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    stored_as: str  # evidence/<aa>/<sha256>: under the data folder, or the blob's name
    # This download put the file there (no item held the same content before it).
    created: bool = field(default=False, compare=False)


@dataclass
class _Part:
    temporary: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class _Target:
    """A link that passed the checks, and the addresses its connection may go to."""

    url: URL
    addresses: tuple[str, ...]


class _PinnedResolver(AbstractResolver):
    """Answers aiohttp's look-up with the addresses already checked, for that host only."""

    def __init__(self, host: str, addresses: Sequence[str]) -> None:
        self._host = host
        self._addresses = tuple(addresses)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host != self._host:
            raise OSError(f"{host} was not checked")
        return [
            ResolveResult(
                hostname=host,
                host=address,
                port=port,
                family=socket.AF_INET6 if ":" in address else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for address in self._addresses
        ]

    async def close(self) -> None:
        return None


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host`, looked up off the event loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class EvidenceStore:
    """Downloads evidence and keeps it content-addressed, in the folder or the container."""

    def __init__(
        self,
        data_dir: Path,
        *,
        max_bytes: int,
        timeout_seconds: float = 10.0,
        allowed_hosts: tuple[str, ...] = (),
        allow_http_loopback: bool = False,
        resolver: Resolve | None = None,
        ssl_context: ssl.SSLContext | None = None,
        allow_https_loopback: bool = False,
        keeper: EvidenceKeeper | None = None,
    ) -> None:
        """`timeout_seconds` bounds a whole batch (all the files of one message).

        `keeper` keeps the bytes (storage/evidence_keepers.py); by default the data folder.
        Parts are streamed to `<data_dir>/evidence` whichever keeper it is.

        `resolver`, `ssl_context` and `allow_https_loopback` are for tests: a name
        resolution they decide, the authorities they trust, and a TLS server of their own
        on loopback. Production uses the system's resolver and trust store, and never
        fetches from this machine over https.
        """
        self.root = Path(data_dir) / "evidence"
        self.max_bytes = max_bytes
        self.timeout_seconds = timeout_seconds
        # Empty: any https host (the channel decides). Otherwise only these hosts.
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.allow_http_loopback = allow_http_loopback
        self.allow_https_loopback = allow_https_loopback
        self._resolve = resolver or system_resolve
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self.keeper: EvidenceKeeper = keeper if keeper is not None else FolderKeeper(data_dir)
        self.remove_stale_parts()

    # -- parts left behind ---------------------------------------------------------------

    def remove_stale_parts(self) -> int:
        """Delete the temporary files a crash left behind; returns how many.

        Only parts older than any download can last: a younger one may be another
        worker's download in flight (several workers may share the data folder).
        """
        if not self.root.is_dir():
            return 0
        oldest_in_flight = time.time() - (self.timeout_seconds + STALE_PART_MARGIN_SECONDS)
        removed = 0
        for entry in os.scandir(self.root):
            if not entry.name.startswith(PART_PREFIX):
                continue
            try:
                if entry.is_file(follow_symlinks=False) and (
                    entry.stat(follow_symlinks=False).st_mtime < oldest_in_flight
                ):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                pass  # cleaned by another worker first, or not ours to remove: start anyway
        return removed

    # -- where a file may come from ------------------------------------------------------

    def _check_form(self, url: str) -> URL:
        """The link's shape: scheme, host form, host list. Nothing is looked up yet."""
        try:
            parsed = URL(url)
            parsed.port  # noqa: B018 - a malformed port raises
        except (ValueError, TypeError):
            raise DownloadError("download_refused") from None
        scheme = parsed.scheme.lower()
        host = (parsed.raw_host or "").lower()
        if scheme not in ("http", "https") or not host or parsed.raw_user is not None:
            raise DownloadError("download_refused")
        if scheme == "http" and not self.allow_http_loopback:
            raise DownloadError("download_refused")
        if "%" in host or not _canonical_host(host):
            # A zone id, an escaped character, or a number inet_aton would read as an
            # address (0x7f000001, 2852039166, 169.254.43518): no file host looks so.
            raise DownloadError("download_refused")
        if self.allowed_hosts and not any(
            host == allowed or host.endswith("." + allowed) for allowed in self.allowed_hosts
        ):
            raise DownloadError("download_refused")
        return parsed

    async def _check_addresses(self, parsed: URL) -> _Target:
        """Resolve the host once and accept it only if every address may be reached."""
        host = parsed.raw_host or ""
        literal = _ip_or_none(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                addresses = await self._resolve(host, parsed.port or 0)
            except (OSError, ValueError):
                raise DownloadError("download_failed", status=0) from None
        checked = [_ip_or_none(a) for a in addresses]
        if not checked or any(a is None for a in checked):
            raise DownloadError("download_refused")
        public = all(a is not None and _is_public(a) for a in checked)
        # 127.0.0.0/8 and ::1 as such: a wrapped form (::ffff:127.0.0.1) is a trick, not a test.
        loopback = all(a is not None and a.is_loopback for a in checked)
        if parsed.scheme == "http":
            # The test mode only: plain http to this machine, never further.
            allowed = loopback and self.allow_http_loopback
        else:
            allowed = public or (loopback and self.allow_https_loopback)
        if not allowed:
            raise DownloadError("download_refused")
        return _Target(parsed, tuple(addresses))

    # -- fetching ------------------------------------------------------------------------

    async def fetch(
        self, url: str, headers: dict[str, str] | None = None, *, file_name: str | None = None
    ) -> StoredFile:
        """Download `url` within the size and time limits; raise DownloadError otherwise.

        With `file_name`, the content must match its extension (else `file_executable` or
        `file_content_mismatch`, and nothing is kept).
        """
        [kept] = await self.fetch_all([Download(url, file_name, headers)])
        return kept

    async def fetch_all(self, downloads: Sequence[Download]) -> list[StoredFile]:
        """Download every file, or none: each link is checked before any is fetched, all
        within one time budget, and nothing is kept unless every file is accepted.
        A refusal or failure is counted (`incentives.downloads.failed`, by its code).
        """
        try:
            return await self._fetch_all(downloads)
        except DownloadError as error:
            DOWNLOADS_FAILED.add(1, {"reason": error.code})
            raise

    async def _fetch_all(self, downloads: Sequence[Download]) -> list[StoredFile]:
        parsed = [self._check_form(d.url) for d in downloads]
        self.remove_stale_parts()
        parts: list[_Part] = []
        try:
            async with asyncio.timeout(self.timeout_seconds):
                targets = [await self._check_addresses(p) for p in parsed]
                self.root.mkdir(parents=True, exist_ok=True)
                for download, target in zip(downloads, targets, strict=True):
                    parts.append(await self._download(target, download))
            kept: list[StoredFile] = []
            try:
                for part in parts:
                    kept.append(await self._keep(part))
            except BaseException:
                # A full disk, the blob service refusing, the turn cancelled: none of the
                # batch stays that this batch created.
                await self.discard(kept)
                raise
            return kept
        except TimeoutError:
            raise DownloadError("download_timeout") from None
        finally:
            for part in parts:
                part.temporary.unlink(missing_ok=True)

    async def discard(self, files: Iterable[StoredFile]) -> None:
        """Remove the files these downloads created, when no item could record them.

        Best effort: one that cannot be removed is named in the log (by hash) and left, a
        file no item names, rather than hiding the failure the caller is handling.
        """
        for kept in files:
            if not kept.created:
                continue
            try:
                await self.keeper.remove(_checked(kept.stored_as))
            except Exception as error:
                log.warning(
                    "evidence %s could not be removed from %s (%s); no item names it",
                    kept.sha256, self.keeper.where, type(error).__name__,
                )  # fmt: skip

    async def read(self, stored_as: str) -> bytes:
        """The bytes of a recorded `stored_as`, from whichever instance kept them.

        ValueError for a name this store does not make; FileNotFoundError if nothing is
        kept under it; EvidenceCorruptedError if the bytes no longer hash to it.
        """
        data = await self.keeper.read(_checked(stored_as))
        digest = await asyncio.to_thread(lambda: hashlib.sha256(data).hexdigest())
        if stored_as.rsplit("/", 1)[-1] != digest:
            raise EvidenceCorruptedError(stored_as, self.keeper.where)
        return data

    def path_of(self, stored_as: str) -> Path:
        """The local file for a recorded `stored_as`, when the data folder keeps them.

        With blob storage there is no local file (TypeError): use `read`.
        """
        if not isinstance(self.keeper, FolderKeeper):
            raise TypeError(f"evidence is kept in {self.keeper.where}: read it with read()")
        return self.keeper.path_of(_checked(stored_as))

    async def _download(self, target: _Target, download: Download) -> _Part:
        digest = hashlib.sha256()
        size = 0
        head = b""
        handle = tempfile.NamedTemporaryFile(dir=self.root, prefix=PART_PREFIX, delete=False)
        temporary = Path(handle.name)
        try:
            host = target.url.raw_host or ""
            connector = aiohttp.TCPConnector(
                resolver=_PinnedResolver(host, target.addresses),
                ssl=self._ssl,
                use_dns_cache=False,
            )
            timeout = aiohttp.ClientTimeout(total=self.timeout_seconds)
            async with (
                aiohttp.ClientSession(connector=connector, timeout=timeout) as session,
                session.get(
                    target.url, headers=download.headers, allow_redirects=False
                ) as response,
            ):
                if response.status != 200:
                    raise DownloadError("download_failed", status=response.status)
                declared = response.content_length
                if declared is not None and declared > self.max_bytes:
                    raise DownloadError("file_too_large", size=declared)
                async for chunk in response.content.iter_chunked(CHUNK_BYTES):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise DownloadError("file_too_large", size=size)
                    if len(head) < SNIFF_BYTES:
                        head += chunk[: SNIFF_BYTES - len(head)]
                    digest.update(chunk)
                    handle.write(chunk)
            handle.close()
            if size == 0:
                raise DownloadError("file_empty")
            if download.file_name is not None:
                try:
                    check_file_content(download.file_name, head)
                except UserInputError as error:
                    raise DownloadError(error.code, **error.params) from None
            return _Part(temporary, digest.hexdigest(), size)
        except TimeoutError:
            # aiohttp's own limit (a slow connect or read): the same as the batch's.
            temporary.unlink(missing_ok=True)
            raise DownloadError("download_timeout") from None
        except aiohttp.ClientError:
            temporary.unlink(missing_ok=True)
            raise DownloadError("download_failed", status=0) from None
        except BaseException:
            # A refusal, the batch's time running out, the turn cancelled: no part stays.
            temporary.unlink(missing_ok=True)
            raise
        finally:
            if not handle.closed:
                handle.close()

    async def _keep(self, part: _Part) -> StoredFile:
        stored_as = f"evidence/{part.sha256[:2]}/{part.sha256}"
        created = await self.keeper.keep(part.temporary, stored_as, part.size)
        return StoredFile(sha256=part.sha256, size=part.size, stored_as=stored_as, created=created)


def _checked(stored_as: str) -> str:
    """`stored_as` if it is a name this store makes; ValueError otherwise.

    Blob names share the container with the bot's own documents and paths could climb out
    of the folder: a recorded name is never trusted further than its form.
    """
    if not isinstance(stored_as, str) or not _STORED_AS.fullmatch(stored_as):
        raise ValueError(f"not an evidence name this store makes: {stored_as!r}")
    return stored_as


def _canonical_host(host: str) -> bool:
    """A host name, a dotted quad or an IPv6 literal — no other numeric form, no odd byte."""
    if ":" in host:
        return _ip_or_none(host) is not None  # an IPv6 literal
    if not _HOST_NAME.match(host):
        return False
    labels = host.removesuffix(".").split(".")
    if all(_NUMERIC_LABEL.match(label) for label in labels):
        # Numbers only: an IPv4 address, and then only written the plain way.
        return len(labels) == 4 and all(
            label.isdigit() and str(int(label)) == label and int(label) <= 255 for label in labels
        )
    return True


def _ip_or_none(text: str) -> _IP | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def _embedded(address: _IP) -> list[_IP]:
    """The address and every IPv4 address it carries (mapped, 6to4, NAT64)."""
    found: list[_IP] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return [address.ipv4_mapped]
        if address.sixtofour is not None:
            found.append(address.sixtofour)
        if address in _NAT64:
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.teredo is not None:
            found.extend(address.teredo)
    return found


def _is_public(address: _IP) -> bool:
    """An address on the public internet: nothing of this machine or a private network."""
    return all(
        a.is_global
        and not (
            a.is_loopback
            or a.is_private
            or a.is_link_local
            or a.is_multicast
            or a.is_reserved
            or a.is_unspecified
            or (isinstance(a, ipaddress.IPv6Address) and a.is_site_local)
        )
        for a in _embedded(address)
    )
