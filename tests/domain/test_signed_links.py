"""domain.signed_links: a link is read back only as it was signed, for its use, in time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.signed_links import LinkExpired, LinkGrant, LinkRefused, read_link, sign_link

KEY, OTHER_KEY = b"k" * 32, b"o" * 32
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
GRANT = LinkGrant("tenant-1", "user-1", "fr", NOW + timedelta(minutes=15))


def test_a_link_reads_back_as_signed() -> None:
    token = sign_link(KEY, "claims-export", GRANT)

    assert read_link((KEY,), "claims-export", token, NOW) == GRANT
    assert read_link((OTHER_KEY, KEY), "claims-export", token, NOW) == GRANT  # a key rotating


@pytest.mark.parametrize(
    "change",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: ("A" if token[0] != "A" else "B") + token[1:],
        lambda token: token.split(".")[0],
        lambda token: token + "." + token.split(".")[1],
        lambda token: "",
        lambda token: "." * 3,
        lambda token: "é" + token,
        lambda token: token * 10,
    ],
)
def test_a_link_changed_in_any_way_is_refused(change) -> None:
    token = sign_link(KEY, "claims-export", GRANT)

    with pytest.raises(LinkRefused):
        read_link((KEY,), "claims-export", change(token), NOW)


def test_a_link_is_good_for_its_use_and_key_only() -> None:
    token = sign_link(KEY, "claims-export", GRANT)

    with pytest.raises(LinkRefused):
        read_link((KEY,), "plans-export", token, NOW)
    with pytest.raises(LinkRefused):
        read_link((OTHER_KEY,), "claims-export", token, NOW)


def test_a_link_past_its_time_says_whose_it_was() -> None:
    token = sign_link(KEY, "claims-export", GRANT)

    with pytest.raises(LinkExpired) as expired:
        read_link((KEY,), "claims-export", token, GRANT.expires)

    assert expired.value.grant.language == "fr"
