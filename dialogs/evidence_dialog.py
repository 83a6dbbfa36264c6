"""EvidenceDialog: invoices, CSRs, proof documents and links for a claim.

Shows the checklist of what a reviewer needs for the activity type, then adds one
item at a time (what it is → the file or link → which requirement it shows → a
note for proof documents). A file attached to any message at the checklist starts
a new item with it. Files are fetched at once, within a size and time limit, into
the data folder by content hash.

The files of one message are all or nothing: their number is checked against the
message's and the claim's limits before anything is downloaded, they share one time
budget, and they are kept only if every one is accepted. A file the claim could not
record after all (the claim changed meanwhile) is removed again, so no file on disk is
left without the item that names it.
"""

from __future__ import annotations

from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from bot.cards import escape
from bot.claim_cards import evidence_menu_card
from bot.recognizer import Choice
from bot.strings import language_of, t
from dialogs.claim_form import ClaimDraft, ClaimFormDialog
from dialogs.form_dialog import Child, Done, Question
from dialogs.services import Services
from domain.claim import MAX_EVIDENCE_ITEMS, MAX_NOTE_LENGTH
from domain.errors import UserInputError
from domain.evidence import (
    ALLOWED_EXTENSIONS_TEXT,
    EVIDENCE_REQUIREMENTS,
    FORM_FILE,
    FORM_URL,
    EvidenceKind,
    check_file_count,
    check_file_name,
    check_file_size,
    parse_evidence_url,
    requirements_for,
)
from domain.plan import utc_now
from domain.text import clean_text
from storage.evidence_store import Download, DownloadError, StoredFile

PREFIX = "evidence."
OTHER_REQUIREMENT = "other"


class EvidenceDialog(ClaimFormDialog):
    """Options: `claim_id`. Ends when the partner says the evidence is complete."""

    def __init__(self, services: Services) -> None:
        super().__init__(EvidenceDialog.__name__, services)

    async def next_step(
        self, draft: ClaimDraft, options: dict[str, Any]
    ) -> Question | Child | Done:
        item = draft.evidence
        if item is not None:
            return await self.question(draft, PREFIX + item.missing_field())
        if not draft.claim.evidence_done:
            return await self.question(draft, PREFIX + "menu")
        return Done()

    async def question(self, draft: ClaimDraft, field_name: str) -> Question:
        name = field_name.removeprefix(PREFIX)
        locale, claim, item = draft.locale, draft.claim, draft.evidence
        if name == "menu":
            card = evidence_menu_card(claim, draft.target, locale)
            choices = [
                Choice(
                    "add_file",
                    t(locale, "evidence.add_file"),
                    synonyms=("file", "fichier", "invoice", "facture", "document", "csr"),
                ),
                Choice(
                    "add_link", t(locale, "evidence.add_link"), synonyms=("link", "lien", "url")
                ),
                Choice(
                    "done",
                    t(locale, "evidence.done"),
                    synonyms=("done", "termine", "fini", "c est tout", "that s all", "no", "non"),
                ),
            ]
            text = t(locale, "question.evidence.menu", claim_id=claim.id)
            return Question(field_name, text, "review", choices, card=card, accepts_files=True)
        if name == "kind":
            kinds = [EvidenceKind.INVOICE, EvidenceKind.CSR, EvidenceKind.PROOF]
            if item is None or not item.is_file or item.sha256 is None:
                kinds.append(EvidenceKind.URL)
            choices = [
                Choice(k.value, t(locale, f"evidence.kind.{k.value}"), synonyms=_kind_words(k))
                for k in kinds
            ]
            text = t(locale, "question.evidence.kind")
            if item is not None and item.file_name:
                # Several files may have come in one message: say which one this is.
                text = t(locale, "question.evidence.kind_file", name=escape(item.file_name))
            return Question(field_name, text, "choice", choices)
        if name == "file":
            text = t(
                locale,
                "question.evidence.file",
                extensions=ALLOWED_EXTENSIONS_TEXT,
                max_mb=self.services.evidence.max_bytes // (1024 * 1024),
            )
            return Question(field_name, text, accepts_files=True)
        if name == "requirement":
            wanted_form = FORM_URL if item.kind is EvidenceKind.URL else FORM_FILE
            keys = [
                key
                for key in requirements_for(claim.activity_type or "")
                if EVIDENCE_REQUIREMENTS.get(key) in (wanted_form, "file_or_url")
            ]
            choices = [Choice(key, t(locale, f"requirement.{key}")) for key in keys]
            choices.append(Choice(OTHER_REQUIREMENT, t(locale, "evidence.requirement.other")))
            return Question(
                field_name, t(locale, "question.evidence.requirement"), "choice", choices
            )
        if name == "url":
            return Question(field_name, t(locale, "question.evidence.url"))
        if name == "note":
            return Question(
                field_name, t(locale, "question.evidence.note"), max_length=MAX_NOTE_LENGTH
            )
        raise KeyError(field_name)

    def parse(self, draft: ClaimDraft, field_name: str, answer: Any) -> Any:
        name = field_name.removeprefix(PREFIX)
        if name in ("menu", "file"):
            if isinstance(answer, dict):
                files = answer["files"]
                # The item asked for is already on the claim: its file takes no new room.
                filling = 1 if name == "file" and draft.evidence is not None else 0
                check_file_count(
                    len(files),
                    room=MAX_EVIDENCE_ITEMS - len(draft.claim.evidence) + filling,
                    max_items=MAX_EVIDENCE_ITEMS,
                )
                return self._fetch_all(files)
            if name == "file":
                raise UserInputError("file_expected")
            raise UserInputError("choice_unknown", value=str(answer)[:60])
        if name in ("kind", "requirement"):
            raise UserInputError("choice_unknown", value=str(answer)[:60])
        if name == "url":
            return parse_evidence_url(answer)
        if name == "note":
            return clean_text(answer, max_length=MAX_NOTE_LENGTH, field=name)
        raise KeyError(field_name)

    async def _fetch_all(self, files: list[dict[str, Any]]) -> dict[str, Any]:
        """Fetch every attached file, or none; a refusal re-asks, saying why."""
        # Every name first: a refused one must not leave its companions downloaded.
        for incoming in files:
            check_file_name(incoming.get("name") or "")
        # The name's extension says what the bytes must be (a .pdf that is a program is
        # refused and deleted before it is kept).
        downloads = [Download(f["download_url"], f.get("name") or "") for f in files]
        try:
            kept = await self.services.evidence.fetch_all(downloads)
        except DownloadError as error:
            if error.code == "file_too_large":
                check_file_size(int(error.params.get("size", 0)), self.services.evidence.max_bytes)
            raise UserInputError(error.code, **error.params) from None
        stored = [
            {"name": incoming.get("name"), "type": incoming.get("content_type"), "kept": file}
            for incoming, file in zip(files, kept, strict=True)
        ]
        return {"stored": stored}

    async def apply(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> None:
        name = field_name.removeprefix(PREFIX)
        claim, locale = draft.claim, draft.locale
        item = draft.evidence
        if name == "menu" and isinstance(value, str):
            if value == "done":
                claim.evidence_done = True
            else:
                try:
                    new = claim.add_evidence()
                except UserInputError as error:
                    await step.context.send_activity(t(locale, error.message_key, **error.params))
                    return
                new.added_at, new.added_by = utc_now(), draft.identity.user_id
                if value == "add_link":
                    new.kind = EvidenceKind.URL
            await self.save(step, draft)
            return
        if name in ("menu", "file"):
            kept_files: list[StoredFile] = [entry["kept"] for entry in value["stored"]]
            saved_lines = []
            # The same bytes twice on one claim are one piece of evidence: a file sent
            # again (a redelivery after a crash, a second drop) is named, not added.
            attached = {
                e.sha256: e.file_name or ""
                for e in claim.evidence
                if e.is_file and e.sha256 is not None and e is not item
            }
            added = 0
            for position, entry in enumerate(value["stored"]):
                kept = entry["kept"]
                if kept.sha256 in attached:
                    saved_lines.append(
                        t(
                            locale,
                            "evidence.already_attached",
                            name=escape(entry["name"] or ""),
                            existing=escape(attached[kept.sha256]),
                        )
                    )
                    continue
                attached[kept.sha256] = entry["name"] or ""
                added += 1
                target = item if (name == "file" and position == 0) else None
                if target is None:
                    try:
                        target = claim.add_evidence()
                    except UserInputError as error:
                        # The claim filled up since the files were counted (another turn).
                        self.services.evidence.discard(kept_files)
                        await step.context.send_activity(
                            t(locale, error.message_key, **error.params)
                        )
                        return
                    target.added_at, target.added_by = utc_now(), draft.identity.user_id
                target.file_name = entry["name"]
                target.content_type = entry["type"]
                target.size, target.sha256, target.stored_as = (
                    kept.size,
                    kept.sha256,
                    kept.stored_as,
                )
                saved_lines.append(
                    t(
                        locale,
                        "evidence.saved",
                        name=escape(entry["name"] or ""),
                        size=_size(kept.size, locale),
                    )
                )
            if not added or await self.save(step, draft):
                await step.context.send_activity("\n\n".join(saved_lines))
            else:
                # Not recorded: a file no item names is not left on disk.
                self.services.evidence.discard(kept_files)
            return
        if item is None:
            return
        if name == "kind":
            item.kind = EvidenceKind(value)
        elif name == "requirement":
            item.requirement = value
        elif name == "url":
            item.url = value
        elif name == "note":
            item.note = value
        await self.save(step, draft)


def _kind_words(kind: EvidenceKind) -> tuple[str, ...]:
    return {
        EvidenceKind.INVOICE: ("invoice", "facture"),
        EvidenceKind.CSR: ("csr", "certification service report"),
        EvidenceKind.PROOF: ("proof", "document", "preuve", "justificatif"),
        EvidenceKind.URL: ("link", "url", "lien"),
    }[kind]


def _size(size: int, locale: str) -> str:
    """1 KB / 1.5 MB in English, 1 Ko / 1,5 Mo in French."""
    french = language_of(locale) == "fr"
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} {'Ko' if french else 'KB'}"
    megabytes = f"{size / (1024 * 1024):.1f}"
    return f"{megabytes.replace('.', ',') if french else megabytes} {'Mo' if french else 'MB'}"
