"""The back-office status API: signed status changes for claims and plans.

`POST /api/claims/{claim_id}/status` and `POST /api/plans/{plan_id}/status`, signed as
`backoffice_api.signed_requests` says (the signature covers the timestamp, the method, the path and
the body; 5 minutes either side of now). With no secret configured every call is refused:
an unsigned change is never accepted. A repeat of the same signed request is harmless: the
event id makes it a duplicate (200), in every instance, because the processed-event marker
is stored with the change.

After the verifier (503 → 413 → 401 → 429 → 415 → 400): schema (400) → the change itself
(404, 409, 400, 200, 202).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from http import HTTPStatus

from aiohttp import web
from pydantic import ValidationError

from backoffice_api.signed_requests import SignedRequests, error_response, validation_error
from storage.repository import ChangedError
from storage.status_changes import ItemKind, StatusChange, StatusService

log = logging.getLogger(__name__)

API_NAME = "status API"
_ITEM_IDS: dict[ItemKind, re.Pattern[str]] = {
    "claim": re.compile(r"CLM-[0-9]{4}-[0-9]{6}", re.IGNORECASE),
    "plan": re.compile(r"PLN-[0-9]{4}-[0-9]{6}", re.IGNORECASE),
}
_error = error_response


class StatusRoutes:
    """The two handlers and what they share (service, signature checks, rate limit)."""

    def __init__(
        self,
        service: StatusService,
        signed: SignedRequests,
        on_accepted: Callable[[], None] | None = None,
    ) -> None:
        self._service = service
        self._on_accepted = on_accepted
        self.signed = signed

    async def claim_status(self, request: web.Request) -> web.Response:
        return await self._handle(request, "claim", request.match_info["claim_id"])

    async def plan_status(self, request: web.Request) -> web.Response:
        return await self._handle(request, "plan", request.match_info["plan_id"])

    async def _handle(self, request: web.Request, kind: ItemKind, raw_id: str) -> web.Response:
        source = request.remote or "unknown"
        data = await self.signed.json_object(request, API_NAME)
        if isinstance(data, web.Response):
            return data
        try:
            change = StatusChange.model_validate(data)
        except ValidationError as error:
            return validation_error(error)

        if not _ITEM_IDS[kind].fullmatch(raw_id):
            return _error(HTTPStatus.NOT_FOUND, "not_found", f"no such {kind}")
        item_id = raw_id.upper()
        try:
            result = await self._service.apply(kind, item_id, change)
        except ChangedError:
            log.warning("status API: %s %s kept changing; asked the caller to retry", kind, item_id)
            response = _error(
                HTTPStatus.SERVICE_UNAVAILABLE, "busy", "the item is being changed; retry"
            )
            response.headers["Retry-After"] = "1"
            return response
        except Exception:
            log.exception("status API: %s %s failed", kind, item_id)
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error", "please retry")

        log.info(
            "status API: %s %s → %s (%s) from %s, notice %s",
            kind,
            item_id,
            result.current_status,  # canonical: never echo what the caller typed into the log
            result.outcome,
            source,
            result.notice_id,
        )
        if result.outcome == "unknown":
            return _error(HTTPStatus.NOT_FOUND, "not_found", f"no {kind} {item_id}")
        if result.outcome == "invalid_status":
            return _error(
                HTTPStatus.BAD_REQUEST,
                "invalid_status",
                f"status must be one of: {', '.join(result.allowed)}",
                field="status",
                allowed=list(result.allowed),
            )
        if result.outcome == "conflict":
            return _error(
                HTTPStatus.CONFLICT,
                "transition_not_allowed",
                f"{kind} {item_id} is {result.current_status}; it cannot become {change.status}",
                current_status=result.current_status,
            )
        if result.outcome == "duplicate":
            return web.json_response(
                {
                    "status": "duplicate",
                    "item_id": item_id,
                    "current_status": result.current_status,
                    "notice_id": result.notice_id,
                },
                status=HTTPStatus.OK,
            )
        if self._on_accepted is not None:
            try:
                self._on_accepted()
            except Exception:  # the change is stored; the notifier's poll will find it
                log.exception("status API: waking the notifier failed")
        return web.json_response(
            {
                "status": "accepted",
                "item_id": item_id,
                "new_status": result.current_status,
                "notice_id": result.notice_id,
            },
            status=HTTPStatus.ACCEPTED,
        )


def add_status_routes(
    app: web.Application,
    service: StatusService,
    signed: SignedRequests,
    on_accepted: Callable[[], None] | None = None,
) -> StatusRoutes:
    """Serve the two status routes on `app`; `on_accepted` runs after each 202."""
    routes = StatusRoutes(service, signed, on_accepted)
    app.router.add_post("/api/claims/{claim_id}/status", routes.claim_status)
    app.router.add_post("/api/plans/{plan_id}/status", routes.plan_status)
    return routes
