"""Evidence downloads: only https from the configured hosts, capped while streaming, sniffed
before they are kept, content-addressed under data/evidence and nowhere else.

The servers here are raw loopback sockets, so they can lie: a Content-Length that is not
the body's, no length at all, chunks without end, a program dressed as a PDF.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import os
import ssl
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from storage.evidence_store import Download, DownloadError, EvidenceStore
from tests.bot.local_issuer import forbid_internet

CAP = 64 * 1024
PDF = b"%PDF-1.4\n" + b"x" * 1000
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 1000

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class RawServer:
    """An HTTP server written by hand on loopback: it says exactly what a test tells it to."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> RawServer:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            try:
                await self._handler(reader, writer)
            except (ConnectionError, OSError):
                pass  # the client hung up on a body it refused: as it should
            finally:
                writer.close()

        self._server = await asyncio.start_server(serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/file"


def headers(*lines: str) -> bytes:
    return ("HTTP/1.1 200 OK\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode()


def store(root: Path, **options) -> EvidenceStore:
    options.setdefault("allow_http_loopback", True)
    return EvidenceStore(root, max_bytes=CAP, timeout_seconds=5, **options)


def everything_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def no_internet(monkeypatch):
    refused = forbid_internet(monkeypatch)
    yield refused
    assert refused == [], f"a test tried to reach {refused}"


# -- the size cap, enforced while streaming --------------------------------------------------


async def test_a_declared_length_above_the_cap_is_refused_before_the_body(tmp_path, no_internet):
    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {CAP * 100}"))
        await writer.drain()

    async with RawServer(handler) as server:
        with pytest.raises(DownloadError) as refused:
            await store(tmp_path).fetch(server.url, file_name="invoice.pdf")
    assert refused.value.code == "file_too_large"
    assert everything_under(tmp_path) == []


async def test_a_body_with_no_length_is_cut_at_the_cap(tmp_path, no_internet):
    # HTTP/1.0 style: no Content-Length, the body runs until the server closes.
    async def handler(_reader, writer):
        writer.write(headers("Connection: close") + b"%PDF-1.4\n")
        for _ in range(64):
            writer.write(b"y" * 16 * 1024)
            await writer.drain()

    async with RawServer(handler) as server:
        with pytest.raises(DownloadError) as refused:
            await store(tmp_path).fetch(server.url, file_name="invoice.pdf")
    assert refused.value.code == "file_too_large"
    assert refused.value.params["size"] <= CAP + 64 * 1024  # stopped within one chunk
    assert everything_under(tmp_path) == []  # no part file left behind


async def test_a_chunked_body_without_end_is_cut_at_the_cap(tmp_path, no_internet):
    async def handler(_reader, writer):
        writer.write(headers("Transfer-Encoding: chunked"))
        for _ in range(64):
            chunk = b"z" * 16 * 1024
            writer.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            await writer.drain()

    async with RawServer(handler) as server:
        with pytest.raises(DownloadError) as refused:
            await store(tmp_path).fetch(server.url, file_name="invoice.pdf")
    assert refused.value.code == "file_too_large"
    assert everything_under(tmp_path) == []


async def test_a_content_length_that_understates_the_body_keeps_no_more_than_it_said(
    tmp_path, no_internet
):
    # It says 1,000 bytes, then sends 2 MB: no more than the 1,000 are read or kept.
    async def handler(_reader, writer):
        writer.write(headers("Content-Length: 1000") + PDF[:1000])
        for _ in range(128):
            writer.write(b"w" * 16 * 1024)
            await writer.drain()

    async with RawServer(handler) as server:
        try:
            kept = await store(tmp_path).fetch(server.url, file_name="invoice.pdf")
        except DownloadError as refused:
            # aiohttp may call the trailing bytes a protocol error: then nothing is kept.
            assert refused.code == "download_failed"
            assert everything_under(tmp_path) == []
        else:
            assert kept.size == 1000
            [path] = everything_under(tmp_path)
            assert path.read_bytes() == PDF[:1000]


async def test_a_file_of_exactly_the_cap_is_kept_and_one_byte_more_is_not(tmp_path, no_internet):
    body = b"%PDF-1.4\n" + b"e" * (CAP - 9)

    async def exact(_reader, writer):
        writer.write(headers(f"Content-Length: {len(body)}") + body)

    async def one_more(_reader, writer):
        writer.write(headers("Transfer-Encoding: chunked"))
        data = body + b"!"
        writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n0\r\n\r\n")

    async with RawServer(exact) as server:
        assert (await store(tmp_path).fetch(server.url, file_name="invoice.pdf")).size == CAP
    async with RawServer(one_more) as server:
        with pytest.raises(DownloadError):
            await store(tmp_path / "other").fetch(server.url, file_name="invoice.pdf")


# -- content sniffing before the file is kept ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("invoice.pdf", EXE, "file_executable"),
        ("invoice.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "file_executable"),
        ("invoice.pdf", b"#!/bin/sh\nrm -rf ~\n", "file_executable"),
        ("photos.jpg", PDF, "file_content_mismatch"),
    ],
)
async def test_a_file_whose_content_betrays_its_name_is_deleted_not_kept(
    tmp_path, no_internet, name, content, code
):
    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {len(content)}") + content)

    async with RawServer(handler) as server:
        with pytest.raises(DownloadError) as refused:
            await store(tmp_path).fetch(server.url, file_name=name)
    assert refused.value.code == code
    assert refused.value.params["name"] == name
    assert everything_under(tmp_path) == []


# -- where files may come from ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://files.teams.example/invoice.pdf",  # not https
        "https://evil.example/invoice.pdf",  # not a configured host
        "https://teams.example.evil.example/invoice.pdf",  # a suffix is not the host
        "https://evilteams.example/invoice.pdf",
        "https://files.teams.example@evil.example/invoice.pdf",  # user-info trick
        "ftp://files.teams.example/invoice.pdf",
        "file:///etc/passwd",
        "https:///invoice.pdf",
        "http://127.0.0.1:9/invoice.pdf",  # loopback over http, outside tests
    ],
)
async def test_only_https_from_the_configured_hosts_is_fetched(tmp_path, no_internet, url):
    evidence = EvidenceStore(tmp_path, max_bytes=CAP, allowed_hosts=("teams.example",))
    with pytest.raises(DownloadError) as refused:
        await evidence.fetch(url, file_name="invoice.pdf")
    assert refused.value.code == "download_refused"
    assert no_internet == []  # refused before any look-up or connection
    assert everything_under(tmp_path) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/x.pdf",
        "https://10.0.0.8/x.pdf",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/x.pdf",
        "https://localhost/x.pdf",
        "https://192.168.1.1/x.pdf",
    ],
)
async def test_without_a_host_list_our_own_network_is_still_off_limits(tmp_path, url):
    with pytest.raises(DownloadError) as refused:
        await EvidenceStore(tmp_path, max_bytes=CAP).fetch(url, file_name="x.pdf")
    assert refused.value.code == "download_refused"


async def test_a_redirect_is_not_followed(tmp_path, no_internet):
    async def handler(_reader, writer):
        writer.write(
            b"HTTP/1.1 302 Found\r\nLocation: https://evil.example/x.pdf\r\n"
            b"Content-Length: 0\r\n\r\n"
        )

    async with RawServer(handler) as server:
        with pytest.raises(DownloadError) as refused:
            await store(tmp_path).fetch(server.url, file_name="invoice.pdf")
    assert (refused.value.code, refused.value.params["status"]) == ("download_failed", 302)


def self_signed(folder: Path) -> ssl.SSLContext:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


async def test_https_certificates_are_verified(tmp_path, no_internet):
    # An https server with a certificate nobody vouches for: not fetched. It listens on
    # loopback, which only a test may reach over https (`allow_https_loopback`).
    keys = tmp_path / "keys"
    keys.mkdir()
    hits: list[str] = []

    async def serve(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(body=PDF)

    app = web.Application()
    app.router.add_get("/invoice.pdf", serve)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(ssl=self_signed(keys))
    try:
        assert server.scheme == "https"
        url = f"https://localhost:{server.port}/invoice.pdf"
        data = tmp_path / "data"
        # Outside tests, loopback is refused before any connection, host list or not.
        production = EvidenceStore(data, max_bytes=CAP, allowed_hosts=("localhost",))
        with pytest.raises(DownloadError) as refused:
            await production.fetch(url, file_name="invoice.pdf")
        assert refused.value.code == "download_refused"

        evidence = EvidenceStore(
            data, max_bytes=CAP, allowed_hosts=("localhost",), allow_https_loopback=True
        )
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch(url, file_name="invoice.pdf")
        assert refused.value.code == "download_failed"
        assert hits == []  # the handshake failed: no request was sent
        assert everything_under(data) == []

        # The control: the same server, its certificate trusted, is fetched.
        trusting = ssl.create_default_context(cafile=str(keys / "cert.pem"))
        evidence = EvidenceStore(
            data,
            max_bytes=CAP,
            allowed_hosts=("localhost",),
            allow_https_loopback=True,
            ssl_context=trusting,
        )
        kept = await evidence.fetch(url, file_name="invoice.pdf")
        assert kept.size == len(PDF)
        assert hits == ["/invoice.pdf"]
    finally:
        await server.close()


# -- where files land ------------------------------------------------------------------------


async def test_files_land_by_content_hash_under_evidence_whatever_the_url_path(
    tmp_path, no_internet
):
    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {len(PDF)}") + PDF)

    data = tmp_path / "data"
    async with RawServer(handler) as server:
        url = server.url.replace("/file", "/..%2F..%2Fetc%2Fpasswd/../../x.pdf")
        kept = await store(data).fetch(url, file_name="..%2F..%2Finvoice.pdf")
    [path] = everything_under(tmp_path)
    assert path == data / "evidence" / kept.sha256[:2] / kept.sha256
    assert kept.stored_as == f"evidence/{kept.sha256[:2]}/{kept.sha256}"


# -- only the public internet: every address checked, the checked one connected to ------------


class Listener:
    """A loopback TCP port that counts the connections it accepts (and says nothing)."""

    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> Listener:
        async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            writer.close()

        self._server = await asyncio.start_server(accept, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.sockets[0].getsockname()[1]


def fake_resolver(answers: dict[str, list[str]], calls: list[str] | None = None):
    """Name resolution a test decides: each name to the addresses given, once each."""

    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in answers:
            raise OSError(f"test: {host} does not resolve")
        return answers[host]

    return resolve


# The numeric forms the system resolver (inet_aton) reads as an address: hex, octal, one
# number, dotted-short; and addresses of our own network wrapped in IPv6.
NUMERIC_LOOPBACK = [
    "0x7f000001",
    "0x7f.0.0.1",
    "0177.0.0.1",
    "2130706433",
    "127.1",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[64:ff9b::7f00:1]",  # NAT64
    "[2002:7f00:1::1]",  # 6to4
]
NUMERIC_ELSEWHERE = [
    "0xa9fea9fe",  # 169.254.169.254, the cloud metadata service
    "2852039166",
    "169.254.43518",
    "0251.0376.0251.0376",
    "[::ffff:a9fe:a9fe]",
    "[64:ff9b::a9fe:a9fe]",
    "[::ffff:10.0.0.8]",
    "224.0.0.1",  # multicast
    "0.0.0.0",
    "100.64.0.1",  # carrier-grade NAT
    "[fe80::1%25eth0]",
    "[ff02::1]",
    "[fd00::8]",
]


@pytest.mark.parametrize("host", NUMERIC_LOOPBACK)
@pytest.mark.parametrize("allow_http_loopback", [False, True])
async def test_numeric_forms_of_loopback_are_refused_before_any_connection(
    tmp_path, no_internet, host, allow_http_loopback
):
    async with Listener() as listener:
        for scheme in ("https", "http"):
            evidence = store(tmp_path, allow_http_loopback=allow_http_loopback)
            url = f"{scheme}://{host}:{listener.port}/x.pdf"
            with pytest.raises(DownloadError) as refused:
                await evidence.fetch(url, file_name="x.pdf")
            assert refused.value.code == "download_refused", url
    assert listener.connections == 0
    assert everything_under(tmp_path) == []


@pytest.mark.parametrize("host", NUMERIC_ELSEWHERE)
async def test_numeric_forms_of_other_internal_addresses_are_refused_unresolved(
    tmp_path, no_internet, host
):
    for evidence in (store(tmp_path), EvidenceStore(tmp_path, max_bytes=CAP)):
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch(f"https://{host}/latest/meta-data.pdf", file_name="x.pdf")
        assert refused.value.code == "download_refused"
    assert no_internet == []  # neither looked up nor connected to
    assert everything_under(tmp_path) == []


@pytest.mark.parametrize("allowed_hosts", [(), ("localhost",)])
async def test_a_name_that_resolves_to_loopback_is_refused_over_https(
    tmp_path, no_internet, allowed_hosts
):
    # "localhost" is a real name the system resolves to 127.0.0.1; listing it as an allowed
    # host does not make our own machine a file host, nor does the test mode for http.
    async with Listener() as listener:
        for allow_http_loopback in (False, True):
            evidence = EvidenceStore(
                tmp_path,
                max_bytes=CAP,
                allowed_hosts=allowed_hosts,
                allow_http_loopback=allow_http_loopback,
            )
            with pytest.raises(DownloadError) as refused:
                await evidence.fetch(f"https://localhost:{listener.port}/x.pdf", file_name="x.pdf")
            assert refused.value.code == "download_refused"
    assert listener.connections == 0


@pytest.mark.parametrize(
    "addresses",
    [
        ["127.0.0.1"],
        ["93.184.216.34", "10.0.0.8"],  # one internal address among public ones is enough
        ["2606:2800:220:1::1", "::1"],
        ["169.254.169.254"],
        ["::ffff:169.254.169.254"],
        ["64:ff9b::a00:8"],
        ["2002:c0a8:101::1"],
        ["fe80::1%eth0"],
        ["fc00::1"],
        ["0.0.0.0"],
        ["::"],
        ["239.1.2.3"],
        ["255.255.255.255"],
        ["198.18.0.1"],
        ["192.0.2.10"],
        [],
    ],
)
async def test_a_name_is_refused_when_any_of_its_addresses_is_not_public(
    tmp_path, no_internet, addresses
):
    calls: list[str] = []
    evidence = EvidenceStore(
        tmp_path,
        max_bytes=CAP,
        allowed_hosts=("teams.example",),
        resolver=fake_resolver({"files.teams.example": addresses}, calls),
    )
    with pytest.raises(DownloadError) as refused:
        await evidence.fetch("https://files.teams.example/x.pdf", file_name="x.pdf")
    assert refused.value.code == "download_refused"
    assert calls == ["files.teams.example"]
    assert no_internet == []
    assert everything_under(tmp_path) == []


async def test_a_name_that_does_not_resolve_is_a_failed_download(tmp_path, no_internet):
    evidence = EvidenceStore(tmp_path, max_bytes=CAP, resolver=fake_resolver({}))
    with pytest.raises(DownloadError) as refused:
        await evidence.fetch("https://files.teams.example/x.pdf", file_name="x.pdf")
    assert refused.value.code == "download_failed"


async def test_the_connection_goes_to_the_address_that_was_checked(tmp_path, no_internet):
    # The name is looked up once, by the check; the connection then goes to that address
    # (a second look-up could answer differently: DNS rebinding). "files.evidence.test"
    # exists nowhere but in this resolver, so a second, system look-up would fail.
    calls: list[str] = []

    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {len(PDF)}") + PDF)

    async with RawServer(handler) as server:
        port = server.url.split(":")[-1].split("/")[0]
        evidence = store(
            tmp_path, resolver=fake_resolver({"files.evidence.test": ["127.0.0.1"]}, calls)
        )
        kept = await evidence.fetch(f"http://files.evidence.test:{port}/file", file_name="x.pdf")
    assert kept.size == len(PDF)
    assert calls == ["files.evidence.test"]
    assert no_internet == []


async def test_plain_http_is_only_for_loopback_in_the_test_mode(tmp_path, no_internet):
    for addresses in (["93.184.216.34"], ["127.0.0.1", "93.184.216.34"]):
        evidence = store(tmp_path, resolver=fake_resolver({"files.teams.example": addresses}))
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch("http://files.teams.example/x.pdf", file_name="x.pdf")
        assert refused.value.code == "download_refused"
    assert no_internet == []


async def test_tls_is_verified_against_the_name_not_the_checked_address(tmp_path, no_internet):
    # The certificate names localhost and 127.0.0.1. Reached as "files.evidence.test"
    # (pinned to 127.0.0.1), it must be refused: verified against the name in the link.
    keys = tmp_path / "keys"
    keys.mkdir()
    app = web.Application()
    app.router.add_get("/invoice.pdf", lambda _request: web.Response(body=PDF))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(ssl=self_signed(keys))
    try:
        trusting = ssl.create_default_context(cafile=str(keys / "cert.pem"))
        evidence = EvidenceStore(
            tmp_path / "data",
            max_bytes=CAP,
            ssl_context=trusting,
            allow_https_loopback=True,
            resolver=fake_resolver(
                {"files.evidence.test": ["127.0.0.1"], "localhost": ["127.0.0.1"]}
            ),
        )
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch(
                f"https://files.evidence.test:{server.port}/invoice.pdf", file_name="invoice.pdf"
            )
        assert refused.value.code == "download_failed"
        # The control: the name the certificate is for.
        kept = await evidence.fetch(
            f"https://localhost:{server.port}/invoice.pdf", file_name="invoice.pdf"
        )
        assert kept.size == len(PDF)
    finally:
        await server.close()


# -- a batch: all or nothing, within one time budget ----------------------------------------


def pdf_server_handler(body: bytes = PDF, *, pause: float = 0.0, pieces: int = 1):
    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {len(body)}"))
        step = -(-len(body) // pieces)
        for start in range(0, len(body), step):
            if pause:
                await asyncio.sleep(pause)
            writer.write(body[start : start + step])
            await writer.drain()

    return handler


async def test_a_batch_with_one_refused_file_keeps_none_of_them(tmp_path, no_internet):
    async with (
        RawServer(pdf_server_handler(PDF)) as good,
        RawServer(pdf_server_handler(PDF + b"other")) as other,
        RawServer(pdf_server_handler(EXE)) as program,
    ):
        evidence = store(tmp_path)
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch_all(
                [
                    Download(good.url, "invoice.pdf"),
                    Download(other.url, "agenda.pdf"),
                    Download(program.url, "photos.pdf"),
                ]
            )
        assert refused.value.code == "file_executable"
        assert everything_under(tmp_path) == []
        kept = await evidence.fetch_all(
            [Download(good.url, "invoice.pdf"), Download(other.url, "agenda.pdf")]
        )
    assert sorted(everything_under(tmp_path)) == sorted(evidence.path_of(k.stored_as) for k in kept)


async def test_a_batch_refuses_every_link_before_downloading_any(tmp_path, no_internet):
    async with RawServer(pdf_server_handler(PDF)) as good, Listener() as listener:
        evidence = store(tmp_path)
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch_all(
                [
                    Download(good.url, "invoice.pdf"),
                    Download(f"https://0x7f000001:{listener.port}/x.pdf", "x.pdf"),
                ]
            )
    assert refused.value.code == "download_refused"
    assert listener.connections == 0
    assert everything_under(tmp_path) == []


async def test_a_batch_shares_one_time_budget(tmp_path, no_internet):
    # Three files that each take about 60% of the budget: each alone would finish, the
    # three together cannot. The whole batch is refused and leaves nothing behind.
    budget = 1.0
    handler = pdf_server_handler(PDF, pause=0.6 * budget / 4, pieces=4)
    async with RawServer(handler) as slow:
        evidence = EvidenceStore(
            tmp_path, max_bytes=CAP, timeout_seconds=budget, allow_http_loopback=True
        )
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch_all([Download(slow.url, f"file{n}.pdf") for n in range(3)])
    assert refused.value.code == "download_timeout"
    assert everything_under(tmp_path) == []


async def test_a_trickling_server_is_given_up_on_and_its_part_removed(tmp_path, no_internet):
    # One byte at a time, for ever: the budget ends it, not the size cap.
    sent = asyncio.Event()

    async def handler(_reader, writer):
        writer.write(headers(f"Content-Length: {CAP}") + PDF[:16])
        await writer.drain()
        while True:
            await asyncio.sleep(0.01)
            writer.write(b"x")
            await writer.drain()
            sent.set()

    async with RawServer(handler) as server:
        evidence = EvidenceStore(
            tmp_path, max_bytes=CAP, timeout_seconds=0.3, allow_http_loopback=True
        )
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch(server.url, file_name="invoice.pdf")
    assert sent.is_set()
    assert refused.value.code == "download_timeout"
    assert everything_under(tmp_path) == []


# -- parts left by a crash ------------------------------------------------------------------


def test_parts_left_by_a_crash_are_removed_when_the_store_starts(tmp_path):
    folder = tmp_path / "evidence"
    (folder / "ab").mkdir(parents=True)
    kept = folder / "ab" / ("ab" + "0" * 62)
    kept.write_bytes(PDF)
    stray = folder / ".part-crashed"
    stray.write_bytes(b"half a file")
    an_hour_ago = time.time() - 3600
    os.utime(stray, (an_hour_ago, an_hour_ago))
    os.utime(kept, (an_hour_ago, an_hour_ago))
    # A part written a moment ago may be another worker's download in flight (several
    # workers may share DATA_DIR on blob storage): it is older than any download first.
    fresh = folder / ".part-in-flight"
    fresh.write_bytes(b"being written")

    EvidenceStore(tmp_path, max_bytes=CAP, timeout_seconds=10)

    assert not stray.exists()
    assert kept.read_bytes() == PDF
    assert fresh.exists()


@pytest.mark.parametrize(
    "url",
    [
        "https://exa mple.com/x.pdf",
        "https://\x00.example/x.pdf",
        "https://files.example%00.evil/x.pdf",
        "https://[::1%25lo]/x.pdf",
    ],
)
async def test_a_host_with_odd_bytes_is_refused_unresolved(tmp_path, no_internet, url):
    with pytest.raises(DownloadError) as refused:
        await EvidenceStore(tmp_path, max_bytes=CAP).fetch(url, file_name="x.pdf")
    assert refused.value.code == "download_refused"
    assert no_internet == []


async def test_a_look_alike_of_localhost_is_localhost(tmp_path, no_internet):
    # Full-width and circled letters become "localhost" once the name is encoded (IDNA).
    async with Listener() as listener:
        for host in ("ⓛⓞⓒⓐⓛⓗⓞⓢⓣ", "ｌｏｃａｌｈｏｓｔ", "LOCALHOST"):
            with pytest.raises(DownloadError) as refused:
                await EvidenceStore(tmp_path, max_bytes=CAP).fetch(
                    f"https://{host}:{listener.port}/x.pdf", file_name="x.pdf"
                )
            assert refused.value.code == "download_refused"
    assert listener.connections == 0
