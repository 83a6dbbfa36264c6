"""The Agents Playground's web page, driven as a partner uses it: read, click, type.

Everything here goes through what the page shows: buttons by their visible title,
the compose box, the card inputs (drop-down, date picker), the "Mock an Activity →
Custom activity" dialog. A step waits for the bot's answer to appear on the page
(a new occurrence of its text), so the next step never races the previous one.
"""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, expect

from tools.playground import Stack, file_activity

STEP_SECONDS = 20
STEP_MS = STEP_SECONDS * 1000
# The conversation list on the left repeats the last message as a preview: not a message.
_NOT_IN_CHAT_LIST = ":not([role=tree] *)"


def _loopback_only(route) -> None:
    # The page asks for web fonts and scripts on Microsoft's CDN; tests never reach the internet.
    if urlsplit(route.request.url).hostname in ("localhost", "127.0.0.1"):
        route.continue_()
    else:
        route.abort()


class PlaygroundChat:
    """The personal chat with the bot, in the Playground's page."""

    def __init__(self, page: Page, stack: Stack, screenshots: Path) -> None:
        self.page = page
        self.stack = stack
        self.screenshots = screenshots
        self.steps = 0
        page.set_default_timeout(STEP_MS)
        page.route("**/*", _loopback_only)

    # -- looking ---------------------------------------------------------------------------

    def shown(self, text: str | re.Pattern) -> Locator:
        """Messages (and card parts) showing `text`, in the chat itself."""
        return (
            self.page.get_by_text(text)
            .and_(self.page.locator(_NOT_IN_CHAT_LIST))
            .filter(visible=True)
        )

    def count(self, text: str | re.Pattern) -> int:
        return self.shown(text).count()

    def expect_shown(self, text: str | re.Pattern) -> Locator:
        """The latest message showing `text` (waits for it)."""
        latest = self.shown(text).last
        expect(latest).to_be_visible(timeout=STEP_MS)
        return latest

    def answered(self, action: Callable[[], None], text: str | re.Pattern) -> Locator:
        """Do `action`, then wait for one more message showing `text` than before."""
        before = self.count(text)
        action()
        deadline = time.monotonic() + STEP_SECONDS
        while self.count(text) <= before:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no new message showing {text!r} after {STEP_SECONDS} s; the page shows:\n"
                    + self.page.locator("body").inner_text()[-3000:]
                )
            self.page.wait_for_timeout(100)
        return self.shown(text).last

    def text(self) -> str:
        """What the chat shows (not the conversation list's previews of the last message)."""
        return self.page.evaluate(
            """() => {
                let text = document.body.innerText;
                for (const list of document.querySelectorAll('[role=tree]')) {
                    text = text.replace(list.innerText, '');
                }
                return text;
            }"""
        )

    def screenshot(self, name: str) -> Path:
        """The page as it is now, as <folder>/NN-name.png (the first one empties the folder)."""
        if self.steps == 0:
            self.screenshots.mkdir(parents=True, exist_ok=True)
            for old in self.screenshots.glob("*.png"):
                old.unlink()
        self.steps += 1
        path = self.screenshots / f"{self.steps:02d}-{name}.png"
        self.page.wait_for_timeout(300)  # let the chat finish scrolling to the newest message
        path.write_bytes(small_png(self.page.screenshot()))
        return path

    # -- doing -----------------------------------------------------------------------------

    def open(self, welcome: str) -> None:
        self.page.goto(self.stack.playground_url)
        self.expect_shown(welcome)
        hide = self.page.get_by_role("button", name="Hide log panel")
        if hide.is_visible():
            hide.click()  # the developer log repeats every message; the partner sees no log

    def button(self, title: str) -> Locator:
        """The newest card button with exactly this title."""
        button = self.page.get_by_role("button", name=title, exact=True).last
        expect(button).to_be_enabled(timeout=STEP_MS)
        return button

    def click(self, title: str, then: str | re.Pattern) -> Locator:
        return self.answered(lambda: self.button(title).click(), then)

    def say(self, words: str, then: str | re.Pattern) -> Locator:
        def type_and_send() -> None:
            box = self.page.get_by_role("textbox").last
            box.click()
            box.type(words)
            box.press("Enter")

        return self.answered(type_and_send, then)

    def choose(self, option: str) -> None:
        """Pick `option` in the newest card's drop-down list."""
        self.page.get_by_role("combobox").last.click()
        self.page.get_by_role("option", name=option).click()

    def pick_date(self, day: date, placeholder: str) -> None:
        """Pick `day` in the newest card's date picker, month by month as a person would."""
        field = self.page.get_by_placeholder(placeholder).last
        self.pick_date_in(field, day, opened=self.page.locator("[role=grid]").count() > 0)

    def pick_date_in(self, field: Locator, day: date, *, opened: bool = False) -> None:
        """Pick `day` in the date picker `field` (one of several on a card form)."""
        if not opened:
            field.click()
        wanted = day.replace(day=1)
        for _ in range(36):
            label = self.page.locator("[role=grid]").last.get_attribute("aria-label") or ""
            shown = datetime.strptime(label.split(",")[0].strip(), "%B %Y").date()
            if shown == wanted:
                break
            direction = "Previous" if shown > wanted else "Next"
            self.page.locator(f"button[title^='{direction} month']").last.click()
        self.page.get_by_role(
            "button", name=f"{day.day}, {day.strftime('%B')}, {day.year}", exact=True
        ).click()
        expect(field).not_to_have_value("", timeout=STEP_MS)

    def send_file(self, url: str, name: str, locale: str, then: str | re.Pattern) -> Locator:
        """Send a file the way Teams does, with the Playground's "Custom activity" dialog.

        The Playground's compose box cannot attach files, so the activity Teams would
        send (a `file.download.info` attachment with its download URL) is typed into
        the dialog the Playground offers for any activity, and sent from there.
        """
        response = self.page.request.get(
            f"{self.stack.playground_url}/_internal/v1/customActivities/template"
            f"?conversationId={self.stack.conversation_id}"
        )
        activity = file_activity(response.json(), url, name, locale)

        def send() -> None:
            self.page.get_by_role("button", name="Mock an Activity").click()
            self.page.get_by_role("menuitem", name="Custom activity").click()
            editor = self.page.locator(".monaco-editor").last
            expect(editor).to_be_visible(timeout=STEP_MS)
            editor.click()
            self.page.keyboard.press("Control+A")
            self.page.keyboard.press("Delete")
            # One line: the editor would indent (and close brackets in) typed lines.
            self.page.keyboard.insert_text(json.dumps(activity))
            self.page.keyboard.press("Control+Shift+End")
            self.page.keyboard.press("Delete")
            self.page.get_by_role("button", name="Send activity").click()

        return self.answered(send, then)


def small_png(content: bytes) -> bytes:
    """The screenshot in 256 colours (a third of the bytes; a chat has few colours)."""
    try:
        from PIL import Image
    except ImportError:  # requirements-dev.txt pins Pillow; without it, full colour
        return content
    image = Image.open(io.BytesIO(content)).convert("RGB")
    palette = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    output = io.BytesIO()
    palette.save(output, format="PNG", optimize=True)
    return output.getvalue()


def markup_left_over(text: str) -> list[str]:
    """Bits of raw markdown or JSON a partner should never see in the chat."""
    patterns = {
        "markdown bold": r"\*\*\S",
        "escaped markdown": r"\\[_*\[\]#`]",
        "raw JSON": r"\{\s*\"\w+\"\s*:",
        "template placeholder": r"\{[a-z_]+\}",
        "string key": r"\b(?:question|button|notice|error|status)\.[a-z_]+\b",
    }
    return [name for name, pattern in patterns.items() if re.search(pattern, text)]


def browser_arguments() -> list[str]:
    # As root in a container: no sandbox; and none of Chromium's calls home.
    return [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ]


def page_options() -> dict[str, Any]:
    # Narrow enough that the Playground folds its chat list away: the chat alone, small PNGs.
    return {"viewport": {"width": 900, "height": 960}, "locale": "en-US"}
