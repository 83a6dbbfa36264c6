"""Send a signed status change to the bot, as the back office would (for demos and tests).

    STATUS_WEBHOOK_SECRET=... python -m tools.backoffice claim CLM-2026-000001 reject \\
        --reason missing_invoice "No invoice attached" --item invoice \\
        --actor reviewer@example.com --url http://localhost:3978

Verbs: approve, reject, action-required, under-review, paid (claims only); or name the
status with --status "Under review". Each --item belongs to the --reason before it.
Prints the HTTP status and the JSON answer; exits 0 on a 2xx answer, else 1.
Standard library only, so it runs anywhere Python does.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import ipaddress
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

DEFAULT_URL = "http://localhost:3978"
DEFAULT_ACTOR = "back-office"
SECRET_VARIABLE = "STATUS_WEBHOOK_SECRET"

VERBS: dict[str, str] = {
    "approve": "Approved",
    "reject": "Rejected",
    "action-required": "Action required",
    "under-review": "Under review",
    "paid": "Paid",
}
CLAIM_ONLY_VERBS = frozenset({"paid"})
ID_PREFIXES = {"claim": "CLM-", "plan": "PLN-"}


def sign(secret: str, timestamp: str, method: str, path: str, body: bytes) -> str:
    """The X-Incentives-Signature header value for one request (scheme v2).

    HMAC-SHA256 over "v2\\n<timestamp>\\n<METHOD>\\n<path>\\n" followed by the raw body,
    where <path> is the request target exactly as sent (with its query string, if any).
    Covering the method and path makes the signature good for that one request only.
    """
    head = f"v2\n{timestamp}\n{method.upper()}\n{path}\n".encode()
    digest = hmac.new(secret.encode("utf-8"), head + body, hashlib.sha256).hexdigest()
    return f"v2={digest}"


class _ReasonAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> None:
        code, message = values
        reasons = list(getattr(namespace, self.dest) or [])
        reasons.append({"code": code, "message": message})
        setattr(namespace, self.dest, reasons)


class _ItemAction(argparse.Action):
    """--item names the item at fault of the --reason just before it."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        reasons = getattr(namespace, "reasons", None) or []
        if not reasons or "item" in reasons[-1]:
            parser.error("--item must follow the --reason it belongs to (one item a reason)")
        reasons[-1]["item"] = values


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.backoffice",
        description="Send a signed status change for a claim or a plan.",
    )
    parser.add_argument("kind", choices=sorted(ID_PREFIXES), help="claim or plan")
    parser.add_argument("item_id", help="CLM-YYYY-NNNNNN or PLN-YYYY-NNNNNN")
    parser.add_argument("verb", nargs="?", choices=list(VERBS), help="the decision")
    parser.add_argument("--status", help='the status by name, e.g. "Under review"')
    parser.add_argument(
        "--reason",
        dest="reasons",
        nargs=2,
        metavar=("CODE", "MESSAGE"),
        action=_ReasonAction,
        default=[],
        help="a reason for the decision (repeatable)",
    )
    parser.add_argument("--item", action=_ItemAction, help="the item the previous reason faults")
    parser.add_argument("--actor", default=DEFAULT_ACTOR, help="who decided (shown in history)")
    parser.add_argument("--event-id", help="the change's unique id (default: a new uuid)")
    parser.add_argument("--at", help="when it was decided, ISO 8601 with a zone (default: now)")
    parser.add_argument("--url", default=DEFAULT_URL, help=f"the bot (default {DEFAULT_URL})")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    return parser


def _status_of(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    if (args.verb is None) == (args.status is None):
        parser.error("give a verb or --status, not both")
    if args.status is not None:
        return args.status
    if args.verb in CLAIM_ONLY_VERBS and args.kind != "claim":
        parser.error(f"{args.verb!r} applies to claims only")
    return VERBS[args.verb]


def build_body(args: argparse.Namespace, status: str) -> dict[str, Any]:
    return {
        "event_id": args.event_id or uuid.uuid4().hex,
        "status": status,
        "reasons": args.reasons,
        "actor": args.actor,
        "at": args.at or datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _is_loopback(host: str | None) -> bool:
    if host in (None, "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, bytes]:
    """POST and return (status, body) for any HTTP answer, error statuses included."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    handlers = []
    if _is_loopback(urllib.parse.urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # a local bot is never behind a proxy
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read()


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    status = _status_of(parser, args)
    item_id = args.item_id.strip().upper()
    if not item_id.startswith(ID_PREFIXES[args.kind]):
        parser.error(f"a {args.kind} id starts with {ID_PREFIXES[args.kind]}")
    secret = (os.environ if environ is None else environ).get(SECRET_VARIABLE, "")
    if not secret:
        print(f"error: set {SECRET_VARIABLE} to the bot's secret", file=sys.stderr)
        return 1

    body = json.dumps(build_body(args, status)).encode("utf-8")
    timestamp = str(int(time.time()))
    path = f"/api/{args.kind}s/{urllib.parse.quote(item_id, safe='')}/status"
    url = args.url.rstrip("/") + path
    headers = {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": timestamp,
        "X-Incentives-Signature": sign(secret, timestamp, "POST", path, body),
    }
    try:
        code, answer = post(url, body, headers, args.timeout)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        print(f"error: cannot reach {args.url}: {reason}", file=sys.stderr)
        return 1
    print(f"HTTP {code}")
    try:
        print(json.dumps(json.loads(answer), indent=2, ensure_ascii=False))
    except ValueError:
        print(answer.decode("utf-8", "replace"))
    return 0 if 200 <= code < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
