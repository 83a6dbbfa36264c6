"""Build the Teams app package: appPackage/build/incentives.zip (`make package`).

    MicrosoftAppId=<the bot's app id> python -m tools.app_package

The manifest's `${{MicrosoftAppId}}` becomes the bot's Microsoft App ID (the app id
and the bot id are the same registration); with no MicrosoftAppId a placeholder GUID
is used, fine to check the package, not to upload it. Before zipping, the manifest
and each localization file are validated against the JSON schema published for the
manifest's version, as the npm package `@microsoft/app-manifest` ships it
(node_modules, pinned in package.json), and the icons are checked (PNG, 192×192 and
32×32). Exits 1, saying what is wrong, if anything is.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, Draft7Validator, FormatChecker, validators

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE = REPO_ROOT / "appPackage"
OUTPUT = SOURCE / "build" / "incentives.zip"
SCHEMAS = REPO_ROOT / "node_modules" / "@microsoft" / "app-manifest" / "build" / "json-schemas"
PLACEHOLDER_APP_ID = "00000000-0000-0000-0000-000000000000"
APP_ID_TOKEN = "${{MicrosoftAppId}}"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
ICON_SIZES = {"color": 192, "outline": 32}
# Fixed zip timestamps: the same sources and id give the same bytes.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# The schemas say draft-04 but use draft-06's `const` (manifestVersion): honour both.
TeamsSchemaValidator = validators.extend(
    Draft4Validator, {"const": Draft7Validator.VALIDATORS["const"]}
)


class PackageError(Exception):
    """Something in appPackage/ is wrong; the message says what and where."""


def app_id_from(environ: dict[str, str]) -> str:
    app_id = environ.get("MicrosoftAppId", "").strip() or PLACEHOLDER_APP_ID
    if not GUID.match(app_id):
        raise PackageError("MicrosoftAppId must be a GUID (the bot's Microsoft App ID)")
    return app_id


def with_app_id(text: str, app_id: str) -> str:
    return text.replace(APP_ID_TOKEN, app_id)


def schema_folder(manifest: dict[str, Any]) -> Path:
    version = manifest.get("manifestVersion")
    folder = SCHEMAS / "teams" / f"v{version}"
    if not (folder / "MicrosoftTeams.schema.json").exists():
        raise PackageError(
            f"no published schema for manifestVersion {version!r} in {folder} "
            "(run `npm ci`; `make package` does)"
        )
    return folder


def schema_errors(document: dict[str, Any], schema_path: Path, name: str) -> list[str]:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = TeamsSchemaValidator(schema, format_checker=FormatChecker())
    return [
        f"{name}: {'/'.join(str(p) for p in error.absolute_path) or '(top)'}: "
        + (error.message if len(error.message) <= 200 else error.message[:200] + "…")
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    ]


def unmatched_keys(strings: dict[str, Any], manifest: dict[str, Any], name: str) -> list[str]:
    """Localized strings whose key names nothing in the manifest (the schema cannot tell)."""
    problems = []
    for key in strings:
        if key.startswith("$"):
            continue
        node: Any = manifest
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", key):
            if part.startswith("["):
                index = int(part[1:-1])
                node = node[index] if isinstance(node, list) and index < len(node) else None
            else:
                node = node.get(part) if isinstance(node, dict) else None
            if node is None:
                problems.append(f"{name}: {key!r} names nothing in manifest.json")
                break
    return problems


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise PackageError(f"{path.name} is not a PNG")
    return struct.unpack(">II", header[16:24])


def check_icons(manifest: dict[str, Any], source: Path) -> list[str]:
    problems = []
    for kind, size in ICON_SIZES.items():
        name = manifest.get("icons", {}).get(kind, "")
        path = source / name
        if not name or not path.is_file():
            problems.append(f"icons.{kind}: {name or '(none)'} is not in {source.name}/")
        elif png_size(path) != (size, size):
            problems.append(f"icons.{kind}: {name} is {png_size(path)}, not {size}×{size}")
    return problems


def build(source: Path, output: Path, app_id: str) -> list[str]:
    """Validate and zip; the names of the files in the package."""
    manifest_text = with_app_id((source / "manifest.json").read_text(encoding="utf-8"), app_id)
    manifest = json.loads(manifest_text)
    folder = schema_folder(manifest)
    problems = schema_errors(manifest, folder / "MicrosoftTeams.schema.json", "manifest.json")
    problems += check_icons(manifest, source)
    languages = manifest.get("localizationInfo", {}).get("additionalLanguages", [])
    files = {"manifest.json": manifest_text.encode("utf-8")}
    for language in languages:
        name = language["file"]
        path = source / name
        if not path.is_file():
            problems.append(f"localizationInfo: {name} ({language['languageTag']}) is missing")
            continue
        text = with_app_id(path.read_text(encoding="utf-8"), app_id)
        strings = json.loads(text)
        problems += schema_errors(strings, folder / "MicrosoftTeams.Localization.schema.json", name)
        problems += unmatched_keys(strings, manifest, name)
        files[name] = text.encode("utf-8")
    if problems:
        raise PackageError("the app package is not valid:\n  " + "\n  ".join(problems))
    for kind in ICON_SIZES:
        name = manifest["icons"][kind]
        files[name] = (source / name).read_bytes()
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in files.items():
            package.writestr(zipfile.ZipInfo(name, ZIP_TIME), content, zipfile.ZIP_DEFLATED)
    return list(files)


def main(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.app_package", description="Build and check the Teams app package."
    )
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        app_id = app_id_from(dict(os.environ if environ is None else environ))
        names = build(args.source, args.output, app_id)
    except PackageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    note = " (placeholder: set MicrosoftAppId to upload it)" if app_id == PLACEHOLDER_APP_ID else ""
    print(f"{args.output}: {', '.join(names)}; app id {app_id}{note}; schema-valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
