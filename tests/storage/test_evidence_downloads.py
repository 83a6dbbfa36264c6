"""Evidence downloads: only https from the configured hosts, capped while streaming, sniffed
before they are kept, content-addressed under data/evidence and nowhere else.

The servers here are raw loopback sockets, so they can lie: a Content-Length that is not
the body's, no length at all, chunks without end, a program dressed as a PDF.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from storage.evidence_store import DownloadError, EvidenceStore
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


async def test_https_certificates_are_verified(tmp_path, no_internet, monkeypatch):
    # An allowed host over https, but with a certificate nobody vouches for: not fetched.
    keys = tmp_path / "keys"
    keys.mkdir()
    app = web.Application()
    app.router.add_get("/invoice.pdf", lambda _request: web.Response(body=PDF))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(ssl=self_signed(keys))
    try:
        assert server.scheme == "https"
        url = f"https://localhost:{server.port}/invoice.pdf"
        evidence = EvidenceStore(tmp_path / "data", max_bytes=CAP, allowed_hosts=("localhost",))
        with pytest.raises(DownloadError) as refused:
            await evidence.fetch(url, file_name="invoice.pdf")
        assert refused.value.code == "download_failed"
        assert everything_under(tmp_path / "data") == []
        # The control: the same server, its certificate trusted, is fetched.
        trusting = ssl.create_default_context(cafile=str(keys / "cert.pem"))
        session_class = aiohttp.ClientSession

        def trusting_session(*args, **kwargs):
            return session_class(*args, connector=aiohttp.TCPConnector(ssl=trusting), **kwargs)

        monkeypatch.setattr(aiohttp, "ClientSession", trusting_session)
        kept = await evidence.fetch(url, file_name="invoice.pdf")
        assert kept.size == len(PDF)
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
