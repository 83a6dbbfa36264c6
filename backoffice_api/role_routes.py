"""The back-office API for the role directory: who may submit, per partner tenant.

`PUT /api/tenants/{tenant_id}/roles/{user_id}` with `{"role": "incentives_admin",
"name": "Ada Lovelace"}` gives a person (Azure AD object id) a role; `DELETE` of the same
path takes it away. Requests are signed and checked by the status API's verifier
(`backoffice_api.signed_requests.SignedRequests`: 503 without a secret → 413 → 401 → 429 → 409 →
415 → 400), with the same error shape `{"error", "message", "field"?}`. The signature
covers the method and the path, so a grant signed for one person in one tenant is
refused for anyone else.

A PUT or DELETE carries no event id, so one signed request is taken once: the same
signature again within the timestamp window is a replay (409 `replayed`), on this
instance or any other sharing the store, before or after a restart. Without that, a
captured "make X an admin" could be played back minutes after X's role was removed. A
client that retries signs again (a new timestamp gives a new signature).

The API is the source of truth for the people it names: `ROLES_FILE` only seeds people
the directory has never seen (see `storage.repository.RoleDirectory.seed`).
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from backoffice_api.signed_requests import SignedRequests, validation_error
from backoffice_api.signed_requests import error_response as _error
from domain.roles import Role
from storage.repository import DirectoryEntry, RoleDirectory

log = logging.getLogger(__name__)

API_NAME = "roles API"

# Teams tenant and user ids are GUIDs; "local" and test ids are plain words.
_TENANT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_USER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._-]{0,199}")

AssignableRole = Literal["incentives_admin", "incentives_user", "global_admin", "billing_admin"]


class RoleAssignment(BaseModel):
    """The body of a PUT: the role, and the name shown in "ask … to submit"."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    role: AssignableRole
    name: str | None = Field(default=None, min_length=1, max_length=200)


class RoleRoutes:
    """PUT and DELETE of one person's role in one tenant's directory."""

    def __init__(self, directory: RoleDirectory, signed: SignedRequests) -> None:
        self._directory = directory
        self.signed = signed

    async def put_role(self, request: web.Request) -> web.Response:
        data = await self.signed.json_object(request, API_NAME, once=True)
        if isinstance(data, web.Response):
            return data
        refused = self._refuse_path(request)
        if refused is not None:
            return refused
        try:
            assignment = RoleAssignment.model_validate(data)
        except ValidationError as error:
            return validation_error(error)
        tenant_id, user_id = request.match_info["tenant_id"], request.match_info["user_id"]
        entry = DirectoryEntry(role=Role(assignment.role), name=assignment.name)
        previous = await self._directory.replace_entry(tenant_id, user_id, entry)
        outcome = "created" if previous is None else "updated"
        log.info(
            "roles API: tenant=%s user=%s role=%s (%s) from %s",
            tenant_id, user_id, entry.role.value, outcome, request.remote,
        )  # fmt: skip
        return web.json_response(
            {
                "status": outcome,
                "tenant_id": tenant_id,
                "user_id": user_id,
                "role": entry.role.value,
                "previous_role": None if previous is None else previous.role.value,
            }
        )

    async def delete_role(self, request: web.Request) -> web.Response:
        body = await self.signed.verify(request, API_NAME, once=True)
        if isinstance(body, web.Response):
            return body
        refused = self._refuse_path(request)
        if refused is not None:
            return refused
        if body.strip():
            return _error(
                HTTPStatus.BAD_REQUEST, "invalid_body", "body: DELETE takes no body", field="body"
            )
        tenant_id, user_id = request.match_info["tenant_id"], request.match_info["user_id"]
        previous = await self._directory.replace_entry(tenant_id, user_id, None)
        if previous is None:
            return _error(HTTPStatus.NOT_FOUND, "not_found", "no role for this user in this tenant")
        log.info(
            "roles API: tenant=%s user=%s role %s removed from %s",
            tenant_id, user_id, previous.role.value, request.remote,
        )  # fmt: skip
        return web.json_response(
            {
                "status": "deleted",
                "tenant_id": tenant_id,
                "user_id": user_id,
                "previous_role": previous.role.value,
            }
        )

    @staticmethod
    def _refuse_path(request: web.Request) -> web.Response | None:
        if not _TENANT_ID.fullmatch(request.match_info["tenant_id"]):
            return _error(
                HTTPStatus.BAD_REQUEST,
                "invalid_path",
                "tenant_id: not a tenant id",
                field="tenant_id",
            )
        if not _USER_ID.fullmatch(request.match_info["user_id"]):
            return _error(
                HTTPStatus.BAD_REQUEST, "invalid_path", "user_id: not a user id", field="user_id"
            )
        return None


def add_role_routes(
    app: web.Application, directory: RoleDirectory, signed: SignedRequests
) -> RoleRoutes:
    """Serve PUT and DELETE `/api/tenants/{tenant_id}/roles/{user_id}` on `app`.

    `signed` is the status routes' verifier: one rate limit and one record of requests
    taken over the whole back-office API.
    """
    routes = RoleRoutes(directory, signed)
    path = "/api/tenants/{tenant_id}/roles/{user_id}"
    app.router.add_put(path, routes.put_role)
    app.router.add_delete(path, routes.delete_role)
    return routes
