"""An operator can watch it: the app run with an in-memory exporter records a span per turn
(intent and outcome, never the partner's words), turn and durable-write latencies, notices
by result and pending, signature failures; logs are JSON lines with the turn's ids."""

from __future__ import annotations

import io
import json
import logging

import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bot import telemetry
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.proactive.test_notifier import Clock, start
from tests.support import TENANT

WORDS = "new plan"

_SPANS = InMemorySpanExporter()
_METRICS = InMemoryMetricReader()


@pytest.fixture(scope="module", autouse=True)
def in_memory_telemetry():
    """The process's providers, as `bot.telemetry.configure` would set them (once)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_SPANS))
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[_METRICS]))
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        pytest.skip("another test set the process's tracer provider first")
    yield


@pytest.fixture(autouse=True)
def fresh_spans():
    _SPANS.clear()
    _METRICS.collect()  # cumulative: each test reads what it adds on top
    yield


def points(name: str) -> list:
    data = _METRICS.get_metrics_data()
    found = []
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == name:
                    found.extend(metric.data.data_points)
    return found


def total(name: str, **attributes: str) -> float:
    matching = [
        p for p in points(name) if all(p.attributes.get(k) == v for k, v in attributes.items())
    ]
    return sum(getattr(p, "count", None) or getattr(p, "value", 0) for p in matching)


@pytest.fixture
async def connector():
    async with FakeConnector() as fake:
        yield fake


async def test_a_plan_turn_and_a_notice_are_traced_and_measured(data_dir, tmp_path, connector):
    house, client = await start(data_dir, tmp_path, Clock())
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    turns_before = total("incentives.turn.duration", intent="new_plan", outcome="answered")
    writes_before = total("incentives.storage.write.duration", store="tinydb")

    await client.post("/api/messages", json=teams_message(connector.url, WORDS, number=2))
    assert connector.take()  # answered
    [span] = [
        s
        for s in _SPANS.get_finished_spans()
        if s.attributes.get("incentives.activity_id") == "msg-2"
    ]
    assert span.name == "teams turn"
    assert span.attributes["incentives.activity_type"] == "message"
    assert span.attributes["incentives.intent"] == "new_plan"
    assert span.attributes["incentives.outcome"] == "answered"
    assert span.attributes["incentives.tenant_id"] == TENANT
    assert span.attributes["incentives.conversation_id"] == "a:chat-1"
    assert all(WORDS not in str(value) for value in span.attributes.values())  # never the text
    assert (
        total("incentives.turn.duration", intent="new_plan", outcome="answered") == turns_before + 1
    )
    assert total("incentives.storage.write.duration", store="tinydb") > writes_before

    # A notice: delivered, counted; the pending gauge reads the outbox.
    delivered_before = total("incentives.notices", result="delivered")
    claim = await submitted_claim(house)
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "t1")) == 202
    await house.notifier.count_pending()
    assert total("incentives.notices.pending") == 1
    await house.notifier.run_once()
    await house.notifier.count_pending()
    assert total("incentives.notices", result="delivered") == delivered_before + 1
    assert total("incentives.notices.pending") == 0
    await client.close()


async def test_refusals_are_counted_by_source(data_dir, tmp_path, connector):
    _house, client = await start(data_dir, tmp_path, Clock())
    before = total("incentives.signature.failures", source="backoffice")
    response = await client.post(
        "/api/claims/CLM-2026-000001/status",
        data=b"{}",
        headers={"X-Incentives-Timestamp": "1", "X-Incentives-Signature": "v2=00"},
    )
    assert response.status == 401
    assert total("incentives.signature.failures", source="backoffice") == before + 1
    await client.close()


async def test_a_failed_turn_is_an_error_on_its_span(data_dir, tmp_path, connector):
    house, client = await start(data_dir, tmp_path, Clock())

    async def broken(*_args, **_kwargs):
        raise RuntimeError("the storage is on fire")

    house.services.profiles.get = broken
    await client.post("/api/messages", json=teams_message(connector.url, "hello", number=3))
    [span] = [
        s
        for s in _SPANS.get_finished_spans()
        if s.attributes.get("incentives.activity_id") == "msg-3"
    ]
    assert span.attributes["incentives.outcome"] == "error"
    assert span.status.description == "RuntimeError"  # the type, never the message
    await client.close()


def test_log_lines_are_json_with_the_turns_ids():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(telemetry.CorrelationFilter())
    handler.setFormatter(telemetry.JSONFormatter())
    logger = logging.getLogger("incentives.test_json")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        ids = {"activity_id": "msg-9", "conversation_id": "a:chat-9", "tenant_id": TENANT}
        with telemetry.turn("message", ids):
            logger.info("plan %s saved", "PLN-2026-000001")
        logger.info("outside any turn")
    finally:
        logger.removeHandler(handler)
    inside, outside = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert inside["message"] == "plan PLN-2026-000001 saved" and inside["level"] == "INFO"
    assert inside["activity_id"] == "msg-9" and inside["tenant_id"] == TENANT
    assert len(inside["trace_id"]) == 32 and len(inside["span_id"]) == 16
    assert "activity_id" not in outside and "trace_id" not in outside
