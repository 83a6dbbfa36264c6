"""A fix at the seam for msrest's retry configuration, which dominates turn time.

`msrest.universal_http.requests.ClientRetryPolicy.__init__` builds its retryable
status list as `[i for i in range(999) if i not in self.safe_codes]` with
`safe_codes` a *list* of about 500 codes: half a million comparisons, and the
connector builds one policy per connector client, twice a turn. Making
`safe_codes` a frozenset yields the very same list in a thousand lookups.
Imported once by the composition root; measured by `make bench`.
"""

from __future__ import annotations

from msrest.universal_http.requests import ClientRetryPolicy


def apply() -> None:
    if not isinstance(ClientRetryPolicy.safe_codes, frozenset):
        ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)


apply()
