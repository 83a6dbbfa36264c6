"""The SDK seam: every patch of botbuilder's and msrest's internals, installed by one call.

`install()` is called by the composition root (`app.build_house`) and by nothing else in
production; importing a module of this package patches nothing. The tests install it once
for the whole session (tests/conftest.py), so every test runs the SDK production runs.

The patches (each module says why and what it keeps):

- `auth_seam`: the channel's signing keys fetched on the event loop, bounded and shared;
- `connector_seam` (with `connector_sender` and `model_json`): the connector's per-turn
  costs (retry set-up, a client per turn, msrest's walks, requests on a thread); with
  `bot_token`, the bot's own token fetched off the event loop, bounded, and kept;
- `state_seam` (with `state_codec`): how botbuilder tells whether bot state changed;
- `turn_seam`: the reference cycles botbuilder builds every turn (dialog contexts and
  their state managers, the send handlers' chain), which the garbage collector freed in
  pauses of 25-40 ms under load.

They reach into private modules and copy rules by hand, so they hold only for the versions
they were read against: `VERIFIED`, checked before anything is patched. Another version
installed refuses the start (`SeamVersionError`) rather than run half-understood code. To
move a pin: read the patched code of the new version, run the suite (tests/seam, the bot's
HTTP tests, `make bench`), then add the version here and in requirements.txt.
"""

from __future__ import annotations

import importlib.metadata

# Package → the versions the seam was read and tested against, and what it relies on there.
VERIFIED: dict[str, tuple[str, ...]] = {
    # state_seam: CachedBotState.compute_hash; turn_seam: TurnContext._emit.
    "botbuilder-core": ("4.17.1",),
    # state_codec: the attributes of DialogState, DialogInstance, PromptOptions;
    # turn_seam: DialogContext.__init__ and its `state` (DialogStateManager).
    "botbuilder-dialogs": ("4.17.1",),
    # connector_seam: Activity.__deepcopy__; model_json: the models' _attribute_map.
    "botbuilder-schema": ("4.17.1",),
    # CloudAdapter and ConfigurationBotFrameworkAuthentication build the connector
    # factories and user token clients connector_seam keeps.
    "botbuilder-integration-aiohttp": ("4.17.1",),
    # auth_seam: _OpenIdMetadata._refresh; connector_seam: _ConnectorFactoryImpl.create,
    # _BuiltinBotFrameworkAuthentication.create_user_token_client.
    "botframework-connector": ("4.17.1",),
    # connector_seam: ClientRetryPolicy.safe_codes, Serializer.body and serialize_object,
    # Deserializer._deserialize; connector_sender: the pipeline's last step.
    "msrest": ("0.7.1",),
    # state_codec writes and reads jsonpickle's format byte for byte (3.0 writes objects
    # without "py/state"); the stored dialog state is in this format.
    "jsonpickle": ("1.4.2",),
    # connector_sender keeps what msrest's requests sender did (CA bundle, proxies,
    # HTTPError for 4xx/5xx) and retries as urllib3 2 applies msrest's retry policy.
    "requests": ("2.34.2",),
    "urllib3": ("2.8.0",),
}

_PATCHES = ("auth_seam", "connector_seam", "state_seam", "turn_seam")


class SeamVersionError(RuntimeError):
    """An installed package is not at a version the seam was verified against."""


def check_versions() -> None:
    """Raise `SeamVersionError` naming every package not at a verified version."""
    problems = []
    for package, verified in VERIFIED.items():
        try:
            found = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found = None
        if found not in verified:
            installed = f"{package} {found}" if found else f"{package} not installed"
            problems.append(f"{installed} (verified: {', '.join(verified)})")
    if problems:
        raise SeamVersionError(
            "the SDK seam (seam/) was not verified against "
            + "; ".join(problems)
            + ": install the pinned requirements (pip install -r requirements.txt)"
        )


def install() -> None:
    """Check the versions, then apply every patch. Idempotent; patches nothing on refusal."""
    check_versions()
    from seam import auth_seam, connector_seam, state_seam, turn_seam

    connector_seam.apply()  # msrest's retry set-up and a client per turn cost ~10 ms
    auth_seam.apply()  # the channel's keys: fetched on the loop, bounded, shared
    state_seam.apply()  # botbuilder hashes state with jsonpickle 3 times a turn
    turn_seam.apply()  # cycles every turn: freed by the collector in 25-40 ms pauses


def status() -> dict[str, bool]:
    """Each patch module → whether all its patches are in place now."""
    from seam import auth_seam, connector_seam, state_seam, turn_seam

    modules = {
        "auth_seam": auth_seam,
        "connector_seam": connector_seam,
        "state_seam": state_seam,
        "turn_seam": turn_seam,
    }
    return {name: modules[name].applied() for name in _PATCHES}


def installed() -> bool:
    """Whether every patch is in place."""
    return all(status().values())
