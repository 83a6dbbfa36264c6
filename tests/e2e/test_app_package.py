"""The Teams app package (`make package`): schema-valid, with the bot's id, commands it knows.

No browser here; it sits beside the e2e test because both are about what Teams sees.
"""

from __future__ import annotations

import json
import zipfile

import pytest

from dialogs.recognizer import recognize_command, recognize_status_question
from tools import app_package
from tools.make_icons import color_icon, outline_icon

APP_ID = "2f1e0e6e-8d7a-4c1b-9a55-0c1c2d3e4f50"


@pytest.fixture(scope="module")
def schemas_installed() -> None:
    from tests.e2e.conftest import _install_node_packages

    missing = _install_node_packages()
    if missing:
        pytest.skip(f"the manifest schemas come from npm @microsoft/app-manifest: {missing}")


def build(tmp_path, environ: dict[str, str]) -> zipfile.ZipFile:
    output = tmp_path / "incentives.zip"
    assert app_package.main(["--output", str(output)], environ=environ) == 0
    return zipfile.ZipFile(output)


def test_the_package_carries_the_app_id_the_icons_and_french(schemas_installed, tmp_path):
    package = build(tmp_path, {"MicrosoftAppId": APP_ID})
    assert sorted(package.namelist()) == ["color.png", "fr.json", "manifest.json", "outline.png"]
    manifest = json.loads(package.read("manifest.json"))
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    bot = manifest["bots"][0]
    assert bot["scopes"] == ["personal"] and bot["supportsFiles"] is True
    assert manifest["localizationInfo"]["additionalLanguages"] == [
        {"languageTag": "fr", "file": "fr.json"}
    ]
    # The committed icons are what tools/make_icons.py draws.
    assert package.read("color.png") == color_icon()
    assert package.read("outline.png") == outline_icon()


def test_without_an_app_id_the_package_uses_a_placeholder(schemas_installed, tmp_path):
    manifest = json.loads(build(tmp_path, {}).read("manifest.json"))
    assert manifest["id"] == app_package.PLACEHOLDER_APP_ID


def test_a_wrong_app_id_or_an_invalid_manifest_is_refused(schemas_installed, tmp_path, capsys):
    output = str(tmp_path / "x.zip")
    assert app_package.main(["--output", output], environ={"MicrosoftAppId": "nope"}) == 1
    source = tmp_path / "source"
    source.mkdir()
    for path in app_package.SOURCE.iterdir():
        if path.is_file():
            (source / path.name).write_bytes(path.read_bytes())
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    manifest["bots"][0]["scopes"] = ["personal", "everywhere"]
    (source / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    strings = json.loads((source / "fr.json").read_text(encoding="utf-8"))
    strings["bots[0].commandLists[0].commands[9].title"] = "rien"
    (source / "fr.json").write_text(json.dumps(strings), encoding="utf-8")
    assert app_package.main(["--source", str(source), "--output", output], environ={}) == 1
    error = capsys.readouterr().err
    assert "bots/0/scopes/1: 'everywhere' is not one of" in error
    assert "'bots[0].commandLists[0].commands[9].title' names nothing" in error


def test_every_command_in_the_menu_is_one_the_bot_understands_in_both_languages(
    schemas_installed, tmp_path
):
    package = build(tmp_path, {})
    commands = json.loads(package.read("manifest.json"))["bots"][0]["commandLists"][0]["commands"]
    strings = json.loads(package.read("fr.json"))
    titles = [command["title"] for command in commands] + [
        strings[f"bots[0].commandLists[0].commands[{n}].title"] for n in range(len(commands))
    ]
    for title in titles:
        assert recognize_command(title) or recognize_status_question(title), title
