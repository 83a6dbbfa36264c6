"""The real app over HTTP, with one Incentives admin in the role directory (tests/bot)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from app import House, build_house, create_app
from config import load_settings
from tests.support import ADMIN, TENANT, TODAY


@contextlib.asynccontextmanager
async def admin_app(
    data_dir: Path, tmp_path: Path, *, background: bool = False, **environment: str
) -> AsyncIterator[tuple[TestClient, House]]:
    """`python app.py` as a test client: TinyDB under `data_dir`, today is TODAY, ADMIN is
    the tenant's Incentives admin; `environment` adds settings (STATUS_WEBHOOK_SECRET...)."""
    roles = tmp_path / "roles.json"
    admin: dict[str, Any] = {"role": "incentives_admin", "name": "Ada"}
    roles.write_text(json.dumps({"tenants": {TENANT: {"users": {ADMIN: admin}}}}), "utf-8")
    settings = load_settings({"DATA_DIR": str(data_dir), "ROLES_FILE": str(roles), **environment})
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    client = TestClient(TestServer(create_app(house, background=background), host="127.0.0.1"))
    await client.start_server()
    try:
        yield client, house
    finally:
        await client.close()
