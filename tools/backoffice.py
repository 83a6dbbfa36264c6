"""Send a signed status change to the bot, as the back office would (for demos and tests).

    STATUS_WEBHOOK_SECRET=... python -m tools.backoffice claim CLM-2026-000001 reject \\
        --reason missing_invoice "No invoice attached" --item invoice \\
        --actor reviewer@example.com --url http://localhost:3978

Verbs: approve, reject, action-required, under-review, paid (claims only); or name the
status with --status "Under review". Each --item belongs to the --reason before it.

A person's role in a partner's tenant (the role directory):

    python -m tools.backoffice role <tenant id> <user aad object id> incentives_admin --name Ada
    python -m tools.backoffice role <tenant id> <user aad object id> remove

Every request is signed with STATUS_WEBHOOK_SECRET as the README's contract says
(`backoffice_api.signature.sign`, the definition the API verifies against): the signature
covers the timestamp, the method, the path and the body.
Prints the HTTP status and the JSON answer; exits 0 on a 2xx answer, else 1.
Standard library only, so it runs anywhere Python does.
"""

from __future__ import annotations

import argparse
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

# Standard library only as well: the one definition of the signature the API verifies.
from backoffice_api.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

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


def send(
    method: str, url: str, body: bytes, headers: dict[str, str], timeout: float
) -> tuple[int, bytes]:
    """Send and return (status, body) for any HTTP answer, error statuses included."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
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


ROLES = ("incentives_admin", "incentives_user", "global_admin", "billing_admin")


def build_role_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.backoffice role",
        description="Give a person a role in a partner's tenant, or remove it.",
    )
    parser.add_argument("tenant_id", help="the partner's Azure AD tenant id")
    parser.add_argument("user_id", help="the person's Azure AD object id")
    parser.add_argument("role", choices=[*ROLES, "remove"], help="the role, or remove")
    parser.add_argument("--name", help='the name shown in "ask … to submit"')
    parser.add_argument("--url", default=DEFAULT_URL, help=f"the bot (default {DEFAULT_URL})")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    return parser


def _secret(environ: Mapping[str, str] | None) -> str:
    return (os.environ if environ is None else environ).get(SECRET_VARIABLE, "")


def signed_request(
    secret: str, method: str, url: str, path: str, body: bytes, timeout: float
) -> int:
    """Sign and send one request; print the answer; the exit code."""
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(secret, timestamp, method, path, body),
    }
    try:
        code, answer = send(method, url.rstrip("/") + path, body, headers, timeout)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        print(f"error: cannot reach {url}: {reason}", file=sys.stderr)
        return 1
    print(f"HTTP {code}")
    try:
        print(json.dumps(json.loads(answer), indent=2, ensure_ascii=False))
    except ValueError:
        print(answer.decode("utf-8", "replace"))
    return 0 if 200 <= code < 300 else 1


def role_main(argv: Sequence[str], environ: Mapping[str, str] | None) -> int:
    args = build_role_parser().parse_args(argv)
    secret = _secret(environ)
    if not secret:
        print(f"error: set {SECRET_VARIABLE} to the bot's secret", file=sys.stderr)
        return 1
    quote = lambda part: urllib.parse.quote(part.strip(), safe="")  # noqa: E731
    path = f"/api/tenants/{quote(args.tenant_id)}/roles/{quote(args.user_id)}"
    if args.role == "remove":
        return signed_request(secret, "DELETE", args.url, path, b"", args.timeout)
    payload: dict[str, Any] = {"role": args.role}
    if args.name:
        payload["name"] = args.name
    body = json.dumps(payload).encode("utf-8")
    return signed_request(secret, "PUT", args.url, path, body, args.timeout)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["role"]:
        return role_main(arguments[1:], environ)
    parser = build_parser()
    args = parser.parse_args(arguments)
    status = _status_of(parser, args)
    item_id = args.item_id.strip().upper()
    if not item_id.startswith(ID_PREFIXES[args.kind]):
        parser.error(f"a {args.kind} id starts with {ID_PREFIXES[args.kind]}")
    secret = _secret(environ)
    if not secret:
        print(f"error: set {SECRET_VARIABLE} to the bot's secret", file=sys.stderr)
        return 1

    body = json.dumps(build_body(args, status)).encode("utf-8")
    path = f"/api/{args.kind}s/{urllib.parse.quote(item_id, safe='')}/status"
    return signed_request(secret, "POST", args.url, path, body, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
