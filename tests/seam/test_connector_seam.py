"""The msrest seam changes the cost of a retry policy, not what it retries."""

from __future__ import annotations

from msrest.universal_http.requests import ClientRetryPolicy

from seam import connector_seam


def test_the_retry_policy_retries_the_same_statuses_after_the_seam():
    expected = [
        code
        for code in range(999)
        if code not in ([i for i in range(500) if i != 408] + [501, 505])
    ]
    connector_seam.apply()
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    assert ClientRetryPolicy().policy.status_forcelist == expected
    # msrest retries 408 and most 5xx itself; 429 is left to the caller (the notifier).
    assert 408 in expected and 500 in expected and 501 not in expected and 429 not in expected
