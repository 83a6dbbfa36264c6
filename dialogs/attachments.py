"""Files a partner sends in the chat, as the channel describes them.

Teams sends a file in a personal chat as an attachment of content type
`application/vnd.microsoft.teams.file.download.info` whose `content.downloadUrl`
is a short-lived pre-authenticated link; other channels (the Emulator, Web Chat)
put the link in `contentUrl`. Inline images and cards are not files.
"""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.schema import Activity

TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
_NOT_FILES = (
    "application/vnd.microsoft.card.",
    "text/html",
    "application/vnd.microsoft.teams.card.",
)


@dataclass(frozen=True)
class IncomingFile:
    name: str
    download_url: str
    content_type: str | None


def files_of(activity: Activity) -> list[IncomingFile]:
    """The files attached to a message, in order; anything without a link is skipped."""
    files: list[IncomingFile] = []
    for attachment in activity.attachments or []:
        content_type = attachment.content_type or ""
        if content_type == TEAMS_FILE:
            content = attachment.content if isinstance(attachment.content, dict) else {}
            url = content.get("downloadUrl")
            kind = content.get("fileType")
            if url:
                files.append(IncomingFile(attachment.name or "", str(url), kind))
        elif attachment.content_url and not content_type.startswith(_NOT_FILES):
            files.append(
                IncomingFile(attachment.name or "", str(attachment.content_url), content_type)
            )
    return files
