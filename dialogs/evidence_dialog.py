"""EvidenceDialog: invoices, CSRs, proof documents and links for a claim.

Shows the checklist of what a reviewer needs for the activity type, then adds one
item at a time (what it is → the file or link → which requirement it shows → a
note for proof documents). A file attached to any message while the claim is open (at
the checklist, at one of these questions, or at a question of the claim itself:
`EvidenceFiles`) starts a new item with it, asked about first. Files are fetched at
once, within a size and time limit, and kept by content hash (in the data folder, or in
the blob container with STORAGE=azure-blob: `services.evidence` knows which, the dialog
does not). A file is described only as a file kind; a link is added with "Add a link".

"back" at an item's question returns to the menu (or, for files sent from another
question, to that question) and takes the unfinished item out; at the menu it returns to
the check when the partner came from it, else to the claim's last question.

The files of one message are all or nothing: their number is checked against the
message's and the claim's limits before anything is downloaded, they share one time
budget, and they are kept only if every one is accepted. A file the claim could not
record after all (the claim changed meanwhile) is removed again, so no kept file is left
without the item that names it.

Its questions are declared once, in the `Field` table of `EvidenceDialog.__init__`.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from botbuilder.dialogs import WaterfallStepContext
from pydantic import ValidationError

from dialogs.claim_form import ClaimDraft, ClaimFormDialog, edit_choices
from dialogs.form_dialog import (
    BACK,
    EDIT_FROM_CHILD,
    Back,
    Child,
    Done,
    Field,
    FilesAside,
    Next,
    Question,
    ReadAs,
    field_table,
)
from dialogs.invoice_reading import (
    read_new_invoices,
    read_reading_answer,
    reading_choices,
    reading_question,
    use_reading,
)
from dialogs.recognizer import (
    SUBMIT_WORDS,
    Choice,
    asks_something,
    asks_what_stops,
    is_link,
    match_choice,
    normalize,
    says_not_given,
)
from dialogs.review_actions import ReviewAction
from dialogs.review_words import says_undo
from dialogs.services import Services
from domain.claim import MAX_EVIDENCE_ITEMS, MAX_NOTE_LENGTH, Claim
from domain.errors import UserInputError
from domain.evidence import (
    ALLOWED_EXTENSIONS_TEXT,
    EVIDENCE_REQUIREMENTS,
    FILE_KINDS,
    FORM_FILE,
    FORM_FILE_OR_URL,
    FORM_URL,
    Evidence,
    EvidenceKind,
    check_file_count,
    check_file_name,
    check_file_size,
    kind_from_name,
    kind_from_words,
    kinds_from_words,
    parse_evidence_url,
    requirements_for,
)
from domain.plan import utc_now
from domain.text import clean_text, excerpt
from storage.evidence_store import Download, DownloadError, StoredFile
from views.cards import escape
from views.claim_cards import evidence_label, evidence_menu_card
from views.invoice_words import reading_sentence
from views.strings import language_of, t

PREFIX = "evidence."
OTHER_REQUIREMENT = "other"
# What a partner types meaning "a link" (refused as the kind of a file).
_LINK_WORDS = frozenset({"link", "lien", "url", "web link", "lien web", "a link", "un lien"})
_LINK_NAMES = frozenset({"link", "lien", "url"})
_FILE_NAMES = frozenset({"file", "fichier", "document", "attachment", "upload", "joindre"})
# The evidence menu's "done", and what else asks for the check from there.
_DONE_WORDS = (
    *("done", "termine", "fini", "c est tout", "that s all", "no", "non", "check"),
    *("what s missing", "what is missing", "verifier", "qu est ce qui manque", "ce qui manque"),
    # "no more files", « pas d'autres fichiers »: done (never "Add a file", which they name).
    *("no more files", "no more documents", "no other files", "no more evidence", "no more"),
    *("that s all the files", "that s all the documents", "i have no more files"),
    *("i have no more documents", "nothing else", "nothing more", "that s everything"),
    *("pas d autres fichiers", "plus de fichiers", "aucun autre fichier", "rien d autre"),
    *("c est tout pour les fichiers", "je n ai pas d autres fichiers", "c est tout pour moi"),
    # "skip", « passer »: on to the check, which says what is missing (nothing is sent).
    *("skip", "skip this", "skip it", "skip evidence", "skip this step", "next", "move on"),
    *("passer", "passer cette etape", "suivant", "on passe"),
)


class EvidenceFiles:
    """Files sent at any question of an open claim are its evidence (same checks as the menu).

    Mixed into the claim's form dialogs (`ClaimFormDialog` subclasses): the new items are
    asked about next (`evidence_id` in the options), then the loop goes back to the
    question the partner was at.
    """

    services: Services

    def files_aside(self, draft: ClaimDraft, answer: dict[str, Any]) -> Any:
        return self._aside(draft, answer["files"])

    async def _aside(self, draft: ClaimDraft, files: list[dict[str, Any]]) -> FilesAside:
        return FilesAside(await self.take_files(draft, files))

    async def apply_files_aside(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> Next | None:
        added = await self.record_files(step, draft, value, None)
        return Next(options={"evidence_id": added[0]}) if added else None

    async def take_files(
        self, draft: ClaimDraft, files: list[dict[str, Any]], filling: int = 0
    ) -> dict[str, Any]:
        """Count, then fetch every file, or none; a refusal re-asks, saying why.

        `filling`: 1 when the item asked for is already on the claim (its file takes no room).
        """
        check_file_count(
            len(files),
            room=MAX_EVIDENCE_ITEMS - len(draft.claim.evidence) + filling,
            max_items=MAX_EVIDENCE_ITEMS,
        )
        # Every name first: a refused one must not leave its companions downloaded.
        for incoming in files:
            if not incoming.get("name") and str(incoming.get("content_type")).startswith("image/"):
                raise UserInputError("file_pasted_image")  # Teams' inline image: no name
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

    async def record_files(
        self,
        step: WaterfallStepContext,
        draft: ClaimDraft,
        value: dict[str, Any],
        item: Evidence | None,
        kind: EvidenceKind | None = None,
        *,
        taken_as: bool = False,
    ) -> list[str]:
        """Put the fetched files on the claim (the first one into `item`, when given) and
        save; returns the ids of the items that got a file. `kind`: what the files are,
        when the partner said so before sending them ("new claim" with its invoice).
        `taken_as`: `item`'s kind (and requirement) were said before its file came: the
        file is said saved as that."""
        claim, locale = draft.claim, draft.locale
        kept_files: list[StoredFile] = [entry["kept"] for entry in value["stored"]]
        saved_lines = []
        # The same bytes twice on one claim are one piece of evidence: a file sent
        # again (a redelivery after a crash, a second drop) is named, not added.
        attached = {
            e.sha256: e.file_name or ""
            for e in claim.evidence
            if e.sha256 is not None and e is not item
        }
        added: list[str] = []
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
            target = item if position == 0 else None
            if target is None:
                try:
                    target = claim.add_evidence()
                except UserInputError as error:
                    # The claim filled up since the files were counted (another turn).
                    await self.services.evidence.discard(kept_files)
                    await step.context.send_activity(t(locale, error.message_key, **error.params))
                    return []
                target.added_at, target.added_by = utc_now(), draft.identity.user_id
            added.append(target.id)
            target.kind = target.kind or kind
            target.file_name = entry["name"]
            target.content_type = entry["type"]
            target.size, target.sha256, target.stored_as = kept.size, kept.sha256, kept.stored_as
            said = {"name": escape(entry["name"] or ""), "size": _size(kept.size, locale)}
            several = len(value["stored"]) > 1
            read = kind_from_name(entry["name"] or "", claim.activity_type) if several else None
            if taken_as and target is item:
                saved_lines.append(
                    t(locale, "evidence.saved_for", what=_what(target, locale), **said)
                )
            elif target.kind is None and read is not None:
                # Several files at once, and this one's name says what it is: taken as
                # that, and said so, rather than one question a file (a wrong reading is
                # removed by its name, at the list or the check). One file alone is asked
                # about: one click.
                target.kind, requirement = read
                target.requirement = requirement or target.requirement
                saved_lines.append(
                    t(locale, "evidence.saved_as", what=_what(target, locale), **said)
                )
            else:
                saved_lines.append(t(locale, "evidence.saved", **said))
        new_items = [item for item in claim.evidence if item.id in added]
        saved_lines += await read_new_invoices(self.services, step.context, draft, new_items)
        if not added or await self.save(step, draft):
            await step.context.send_activity("\n\n".join(saved_lines))
            return added
        # Not recorded: a file no item names is not left kept.
        await self.services.evidence.discard(kept_files)
        return []


class EvidenceDialog(EvidenceFiles, ClaimFormDialog):
    """Options: `claim_id`; `describe` to ask only about files sent from another question
    (then end); `from_check` when opened from the check card (back returns there).
    Ends when the partner says the evidence is complete."""

    def __init__(self, services: Services) -> None:
        super().__init__(EvidenceDialog.__name__, services)
        # An item's answers are kept on the item being added (`ClaimDraft.evidence`).
        kept = {"holder": lambda draft: draft.evidence, "display": _item_value}
        self.fields = field_table(
            Field(
                PREFIX + "menu",
                ask=self._menu_question,
                parse=self._menu_files,
                act=self._menu,
            ),
            Field(
                PREFIX + "kind",
                _kind_text,
                input="choice",
                choices=_kind_choices,
                parse=_refuse_kind,
                act=self._kind,
            ),
            Field(
                PREFIX + "file",
                ask=self._file_question,
                parse=self._item_file,
                act=lambda step, draft, value: self._record(step, draft, value, draft.evidence),
            ),
            Field(
                PREFIX + "reading",
                reading_question,
                input="choice",
                choices=reading_choices,
                parse=read_reading_answer,  # "yes": the one offer, or which of two
                act=self._use_reading,
            ),
            Field(
                PREFIX + "requirement",
                lambda draft: t(draft.locale, "question.evidence.requirement"),
                input="choice",
                choices=_requirement_choices,
                # Kept by the act: a link pasted here is the item's address instead.
                act=self._requirement,
            ),
            Field(
                PREFIX + "url",
                lambda draft: t(draft.locale, "question.evidence.url"),
                parse=lambda draft, answer: parse_evidence_url(answer),
                attribute="url",
                **kept,
            ),
            Field(
                PREFIX + "note",
                _note_text,
                parse=_parse_note,
                max_length=MAX_NOTE_LENGTH,
                attribute="note",
                **kept,
            ),
        )

    async def next_step(
        self, draft: ClaimDraft, options: dict[str, Any]
    ) -> Question | Child | Done:
        item = draft.evidence
        if options.get("describe"):
            # Files sent at another question: what they are, then back to that question.
            if item is not None and item.sha256 is not None:
                return await self.question(draft, PREFIX + item.missing_field())
            return Done()
        if item is not None:
            return await self.question(draft, PREFIX + item.missing_field())
        if not draft.claim.evidence_done:
            return await self.question(draft, PREFIX + "menu")
        return Done()

    # -- a file where a link was asked ----------------------------------------------------------

    async def _aside(self, draft: ClaimDraft, files: list[dict[str, Any]]) -> FilesAside:
        # The link being added takes the first file: it takes no more room (`take_files`).
        filling = 1 if _link_awaited(draft) else 0
        return FilesAside(await self.take_files(draft, files, filling))

    async def apply_files_aside(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> Next | None:
        """Files sent where a link was asked (its requirement or its address, stop 59): the
        first is that proof, as a file (its requirement, its note asked next), unless its
        name says it is something else; any other is asked about as files sent anywhere
        are."""
        item = draft.evidence
        if not _link_awaited(draft) or item is None:
            return await super().apply_files_aside(step, draft, field_name, value)
        # A name that says it is something else ("invoice.pdf") is that other file: asked
        # about, and the link asked again after it.
        read = kind_from_name(value["stored"][0]["name"] or "", draft.claim.activity_type)
        if read is not None and (
            read[0] is not EvidenceKind.PROOF
            or item.requirement
            not in (
                None,
                read[1],
            )
        ):
            return await super().apply_files_aside(step, draft, field_name, value)
        item.kind = EvidenceKind.PROOF
        item.requirement = item.requirement or (read[1] if read is not None else None)
        added = await self.record_files(step, draft, value, item, taken_as=True)
        if item.id not in added:
            item.kind = EvidenceKind.URL  # not recorded (said why): the link still awaited
            return None
        # Its own questions next (requirement, note), then any other file's (`item_to_ask`:
        # the item asked about stays in focus; files still to describe come after it).
        return None

    # -- questions ---------------------------------------------------------------------------

    def current(self, draft: ClaimDraft, spec: Field) -> str | None:
        # An item's questions come only while unanswered (`Evidence.missing_field`), and a
        # note of spaces counts as unanswered: nothing is shown as the current value.
        return None

    def _menu_question(self, draft: ClaimDraft) -> Question:
        """The checklist card, with its three ways on; files may be sent at it."""
        locale, claim = draft.locale, draft.claim
        card = evidence_menu_card(claim, draft.target, locale)
        choices = [
            Choice(
                "add_file",
                t(locale, "evidence.add_file"),
                synonyms=(
                    *("file", "fichier", "invoice", "facture", "document", "csr"),
                    # "add more files", « ajouter d'autres fichiers »
                    *("files", "fichiers", "documents", "add more"),
                ),
            ),
            Choice("add_link", t(locale, "evidence.add_link"), synonyms=("link", "lien", "url")),
            Choice(
                "done",
                t(locale, "evidence.done"),
                # "submit" here: the check comes first, and says what stops it.
                synonyms=(*_DONE_WORDS, *SUBMIT_WORDS),
            ),
        ]
        text = t(locale, "question.evidence.menu", claim_id=claim.id)
        return Question(PREFIX + "menu", text, "review", choices, card=card, accepts_files=True)

    def _file_question(self, draft: ClaimDraft) -> Question:
        """The file asked for, named when the partner said what it is ("the photos")."""
        locale, item = draft.locale, draft.evidence
        limits = {
            "extensions": ALLOWED_EXTENSIONS_TEXT,
            "max_mb": self.services.evidence.max_bytes // (1024 * 1024),
        }
        if item is not None and item.requirement not in (None, OTHER_REQUIREMENT):
            name = t(locale, f"requirement.{item.requirement}")
        elif item is not None and item.kind is not None:
            name = t(locale, f"evidence.kind.{item.kind.value}")
        else:
            name = None
        if name is None:
            text = t(locale, "question.evidence.file", **limits)
        else:
            text = t(locale, "question.evidence.file_for", name=name, **limits)
        return Question(PREFIX + "file", text, accepts_files=True)

    # -- answers -----------------------------------------------------------------------------

    def _menu_files(self, draft: ClaimDraft, answer: Any) -> Any:
        """Files sent at the menu, fetched (or refused, saying why): new items."""
        if not isinstance(answer, dict):
            raise UserInputError("choice_unknown", value=str(answer)[:60])
        return self.take_files(draft, answer["files"])

    def _item_file(self, draft: ClaimDraft, answer: Any) -> Any:
        """The file of the item asked about, fetched (or refused, saying why)."""
        if not isinstance(answer, dict):
            if isinstance(answer, str) and says_not_given(answer):
                return Back()  # "I don't have it": the unfinished item out, the list again
            if isinstance(answer, str) and is_link(answer):
                raise UserInputError("evidence_link_for_file", link=excerpt(answer))
            raise UserInputError("file_expected")
        # The item asked for is already on the claim: its file takes no new room.
        return self.take_files(draft, answer["files"], 1 if draft.evidence is not None else 0)

    async def apply(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str, value: Any
    ) -> Next | None:
        if self.fields[field_name].holder is not None and draft.evidence is None:
            return None  # the item was taken out meanwhile (another turn): nowhere to keep it
        return await super().apply(step, draft, field_name, value)

    def _parse_answer(self, draft: ClaimDraft, question: Question, answer: Any) -> Any:
        if question.field in _ITEM_QUESTIONS and isinstance(answer, str):
            if says_remove(answer) or says_wrong_file(answer):
                return Back()  # "delete the photo" just sent: taken out, as by "back"
        if question.field == PREFIX + "kind" and isinstance(answer, str):
            answer_evidence_question(answer, self.services.evidence.max_bytes)  # "a quote?"
        if question.field == PREFIX + "requirement" and isinstance(answer, str):
            return self._link_shows(draft, question, answer)
        # "envoyer les photos" at the menu: those photos, not « envoyer » (the check).
        if question.field == PREFIX + "menu" and isinstance(answer, str):
            if asks_what_stops(answer):  # "what else do you need?": the check says it
                return "done"
            if _SAYS_ALL_THERE.fullmatch(normalize(answer[:80]).rstrip(" .!")):
                if not any(e.file_name or e.url for e in draft.claim.evidence):
                    raise UserInputError("evidence_none_received", claim_id=draft.claim.id)
                return "done"  # "I have everything": the check, which says what is missing
            refuse_wrong_or_replaced(answer, draft.claim)  # "wrong file": how, nothing changed
            refuse_said_sent(answer, draft)  # "I already uploaded the invoice": not again
            answer_evidence_question(answer, self.services.evidence.max_bytes)
            refuse_internal_store(answer)  # "the photos are on our SharePoint"
            refuse_invoice_link(answer)  # ".../invoice.pdf": the invoice is a file
            claim = draft.claim
            if says_remove(answer):  # "remove the photos": never read as adding them
                if not claim.evidence:
                    raise UserInputError("evidence_nothing_to_remove", claim_id=claim.id)
                item = item_named_to_remove(answer, claim)
                if item is None:  # "remove a file": which one, by name
                    names = ", ".join(escape(e.file_name or e.url) for e in claim.evidence)
                    raise UserInputError("evidence_remove_which", names=names)
                return RemoveItem(item.id)
            link = link_in_sentence(answer, draft.claim.activity_type)
            if link is not None:  # "here is the link: https://…": that address
                return link
            answer_invoice_asked(answer, draft)  # "show me the invoice": what was read
            refuse_several_named(answer, draft)  # "the invoice and the agenda": both asked for
            named = adds_named(answer, draft.claim.activity_type)
            if named is not None:
                return named
            if adds_a_file(answer):  # "can I add another file?": its kind is asked
                return "add_file"
            refuse_said_instead(answer, draft)
            named = names_evidence(answer, draft.claim.activity_type)
            if named is not None:  # "photos", « la facture »: that item, its file asked
                return named
        return super()._parse_answer(draft, question, answer)

    def _link_shows(self, draft: ClaimDraft, question: Question, answer: str) -> Any:
        """What a link shows, picked; off the script (stop 62: "it's the invoice", "none of
        these" got 'I don't know' again and again), the invoice said is told it can't be a
        link, and anything else what a link can show and that "back" takes it off."""
        try:
            return super()._parse_answer(draft, question, answer)
        except UserInputError as error:
            if error.code != "choice_unknown":
                raise
            read = kind_from_words(answer, draft.claim.activity_type)
            if read is not None and read[0] in (EvidenceKind.INVOICE, EvidenceKind.CSR):
                raise UserInputError("evidence_link_is_invoice") from None
            raise UserInputError("evidence_link_shows_unknown", value=excerpt(answer)) from None

    def parse(self, draft: ClaimDraft, field_name: str, answer: Any) -> Any:
        """A link pasted at a new link's requirement question is its address ("add a link",
        then the link: the address is kept and the requirement asked again)."""
        item = draft.evidence
        if (
            field_name == PREFIX + "requirement"
            and isinstance(answer, str)
            and is_link(answer)
            and item is not None
            and item.kind is EvidenceKind.URL
            and not item.url
        ):
            return LinkTyped(parse_evidence_url(answer))
        return super().parse(draft, field_name, answer)

    async def _requirement(self, step: WaterfallStepContext, draft: ClaimDraft, value: Any) -> None:
        item = draft.evidence
        if isinstance(value, LinkTyped):
            item.url = value.url
            if await self.save(step, draft):
                shown = escape(value.url)
                await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
            return
        item.requirement = value
        await self.save(step, draft)

    def unmatched_meaning(self, draft: ClaimDraft, answer: str, choices: list[Choice]) -> Any:
        """A web address pasted at the menu is a new link item's (a bad one is refused);
        "change the date", "the amount is wrong" ask that answer of the claim again."""
        link = link_typed(answer)
        if link is not None:
            return link
        edit = match_choice(answer, edit_choices(draft.claim, draft.locale))
        return ChangeAnswer(ReviewAction.parse(edit.value).argument) if edit else None

    async def _menu(self, step: WaterfallStepContext, draft: ClaimDraft, value: Any) -> Any:
        """Files sent at the menu are new items; else add a file, add a link, or done; or
        an answer of the claim to change (the claim's dialog asks it)."""
        if isinstance(value, ChangeAnswer):
            return Next(end=EDIT_FROM_CHILD + value.name)
        if isinstance(value, RemoveItem):
            claim = draft.claim
            item = next((e for e in claim.evidence if e.id == value.item_id), None)
            if item is None:
                return None
            removed = removed_for_undo(claim, item)  # "undo" puts it back
            if claim.remove_evidence(item.id) and await self.save(step, draft):
                label = evidence_label(item, draft.locale)
                await step.context.send_activity(t(draft.locale, "ack.removed", item=label))
                return Next(options={UNDO: removed})
            return None
        if isinstance(value, LinkTyped):
            if not await add_item(step, draft, link=True):
                return
            draft.claim.evidence[-1].url = value.url
            draft.claim.evidence[-1].requirement = value.requirement
        elif isinstance(value, AddNamed):
            if not await add_item(step, draft, link=False, named=value):
                return
        elif not isinstance(value, str):
            await self.record_files(step, draft, value, None)
            return
        elif value == "done":
            draft.claim.evidence_done = True
        elif not await add_item(step, draft, link=value == "add_link"):
            return
        await self.save(step, draft)

    async def _record(
        self, step: WaterfallStepContext, draft: ClaimDraft, value: Any, item: Evidence | None
    ) -> None:
        """Files put on the claim (`item` first, when given); nothing follows."""
        await self.record_files(step, draft, value, item)

    async def _kind(self, step: WaterfallStepContext, draft: ClaimDraft, value: Any) -> None:
        item = draft.evidence
        if item is None:
            return
        if isinstance(value, ProofOf):  # "the agenda": a proof, and which one
            for each in draft.claim.evidence:
                if each is item or (each.id in value.also and each.kind is None):
                    each.kind, each.requirement = EvidenceKind.PROOF, value.requirement
            await self.save(step, draft)
            return
        if isinstance(value, LinkTyped):  # a page's address, where a file was to come
            item.kind, item.url = EvidenceKind.URL, value.url
            if await self.save(step, draft):
                shown = escape(value.url)
                await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
            return
        kind = EvidenceKind(value)
        if kind not in FILE_KINDS:
            return  # only "Add a link" makes a link (the kind question offers none)
        item.kind = kind
        said = await read_new_invoices(self.services, step.context, draft, [item])
        if await self.save(step, draft) and said:
            await step.context.send_activity("\n\n".join(said))

    async def _use_reading(self, step: WaterfallStepContext, draft: ClaimDraft, value: Any) -> None:
        said = use_reading(draft, value)
        if said is not None and await self.save(step, draft):
            await step.context.send_activity(said)

    # -- navigation --------------------------------------------------------------------------

    async def go_back(
        self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str
    ) -> Next | None:
        claim, item = draft.claim, draft.evidence
        kept = (step.options or {}).get(UNDO)
        if field_name == PREFIX + "menu" and says_undo(step.context.activity.text):
            # "undo" after a file was taken off here: back where it was (else "back").
            if holds_removed(kept) and await put_back_removed(step, draft, kept, self.save):
                return Next(options={UNDO: None})
        if field_name == PREFIX + "menu":
            if (step.options or {}).get("from_check"):
                claim.evidence_done = True
                if not await self.save(step, draft):
                    return None
            return Next(end="back")
        if item is None:
            return None
        if field_name == PREFIX + "reading":
            # The offer closed: the invoice stays, the claim as it was.
            await self._use_reading(step, draft, BACK)
            return None
        # An item's question: the unfinished item is taken out, and the menu (or the
        # question the files were sent at) comes back.
        label = _taken_out_label(item, draft.locale)
        if claim.remove_evidence(item.id) and await self.save(step, draft):
            await step.context.send_activity(t(draft.locale, "evidence.taken_out", item=label))
        return None


# -- the item's questions, as the table declares them ----------------------------------------


def link_typed(answer: str) -> LinkTyped | None:
    """A whole answer that is one web address (the menu, the check): a new link item's
    address; None for anything else, a bad address included (refused as an unknown
    answer)."""
    if is_link(answer):
        try:
            return LinkTyped(parse_evidence_url(answer))
        except UserInputError:
            return None
    return None


# A web address inside a sentence ("here is the link: https://…", « voici le lien : … »).
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


def link_in_sentence(answer: str, activity_type: str | None) -> LinkTyped | None:
    """One web address said with words around it: a new link item's address, and the
    requirement the words name when a link can show it ("the agenda is at https://…");
    None for a whole address alone (`link_typed` reads it), none, several, or a bad one."""
    if is_link(answer):
        return None
    found = _ADDRESS.findall(answer[:MAX_URL_SENTENCE])
    if len(found) != 1:
        return None
    try:
        url = parse_evidence_url(found[0].rstrip(".,;:!?)]'"))
    except UserInputError:
        return None
    read = kind_from_words(_ADDRESS.sub(" ", answer[:MAX_URL_SENTENCE]), activity_type)
    requirement = read[1] if read is not None and read[0] is EvidenceKind.PROOF else None
    if EVIDENCE_REQUIREMENTS.get(requirement or "") not in (FORM_URL, FORM_FILE_OR_URL):
        requirement = None  # "photos: https://…": photos are files; which it shows is asked
    return LinkTyped(url, requirement)


# How much of a message is read for an address in it (an address is at most 2,048).
MAX_URL_SENTENCE = 2_400


async def add_item(
    step: WaterfallStepContext, draft: ClaimDraft, *, link: bool, named: AddNamed | None = None
) -> bool:
    """A new evidence item on the claim (not saved), a link or a file to come (of the kind
    `named`, when said); False, and said why, when the claim holds as many as it may."""
    try:
        new = draft.claim.add_evidence()
    except UserInputError as error:
        await step.context.send_activity(t(draft.locale, error.message_key, **error.params))
        return False
    new.added_at, new.added_by = utc_now(), draft.identity.user_id
    if link:
        new.kind = EvidenceKind.URL
    elif named is not None:
        new.kind, new.requirement = named.kind, named.requirement
    return True


# The option a claim's check and evidence list keep for "undo": what their last change
# replaced, as the claim keeps it in JSON (`{"amount": "9800.50"}`: small values only, in
# the dialog's state), or a file taken off, the item as kept and where it was
# (`{"removed": {…}, "at": 2}`; its stored file stays: only the item named it).
UNDO = "undo"
_REMOVED = "removed"


def removed_for_undo(claim: Claim, item: Evidence) -> dict[str, Any]:
    """What "undo" needs to put `item` back, taken before it is removed from `claim`."""
    return {_REMOVED: item.model_dump(mode="json"), "at": claim.evidence.index(item)}


def holds_removed(kept: Any) -> bool:
    """Whether a dialog's undo option holds a file taken off (`removed_for_undo`)."""
    return isinstance(kept, dict) and isinstance(kept.get(_REMOVED), dict)


async def put_back_removed(
    step: WaterfallStepContext,
    draft: ClaimDraft,
    kept: dict[str, Any],
    save: Callable[[WaterfallStepContext, ClaimDraft], Awaitable[bool]],
) -> bool:
    """The item `kept` names back where it was on the claim, saved (`save`) and said;
    False, and nothing done, when it can't be (on the claim again, or not an item)."""
    claim, locale = draft.claim, draft.locale
    try:
        item = Evidence.model_validate(kept[_REMOVED])
    except ValidationError:
        return False
    if claim.evidence_item(item.id) is not None:
        return False
    at = kept.get("at")
    claim.evidence.insert(at if isinstance(at, int) else len(claim.evidence), item)
    if await save(step, draft):
        back = t(locale, "ack.value", value=evidence_label(item, locale))
        await step.context.send_activity(t(locale, "claim.undone") + "\n\n" + back)
    return True


def adds_what(typed: str | None) -> str | None:
    """ "add a link", « ajouter un fichier »: which item `typed` asks to add (`link`, `file`),
    or None."""
    words = set(normalize(typed or "")[:80].replace("?", " ").split())  # "a file?" too
    if words & _LINK_NAMES:
        return "link"
    if words & _FILE_NAMES:
        return "file"
    return None


def _what(item: Evidence, locale: str) -> str:
    """An item's kind, and its requirement when it has one: "Proof document · Event photos"."""
    what = t(locale, f"evidence.kind.{item.kind}")
    if item.requirement is not None:
        what = f"{what} · {t(locale, f'requirement.{item.requirement}')}"
    return what


def _link_awaited(draft: ClaimDraft) -> bool:
    """The item being added is a link still without its address (its requirement or its
    address asked): a file sent now is that proof, as a file."""
    item = draft.evidence
    return (
        item is not None
        and item.kind is EvidenceKind.URL
        and not item.url
        and item.sha256 is None
        and item.missing_field() in ("requirement", "url")
    )


def _note_text(draft: ClaimDraft) -> str:
    """The note's question, naming the file (several may wait for theirs)."""
    item = draft.evidence
    if item is not None and item.file_name:
        return t(draft.locale, "question.evidence.note_for", name=escape(item.file_name))
    return t(draft.locale, "question.evidence.note")


def _kind_text(draft: ClaimDraft) -> str:
    item = draft.evidence
    if item is not None and item.file_name:
        # Several files may have come in one message: say which one this is.
        return t(draft.locale, "question.evidence.kind_file", name=escape(item.file_name))
    return t(draft.locale, "question.evidence.kind")


def _kind_choices(draft: ClaimDraft) -> list[Choice]:
    """Only a file is asked what it is (a link is one from "Add a link"): file kinds."""
    locale = draft.locale
    kinds = [EvidenceKind.INVOICE, EvidenceKind.CSR, EvidenceKind.PROOF]
    choices = [
        Choice(k.value, t(locale, f"evidence.kind.{k.value}"), synonyms=_kind_words(k))
        for k in kinds
    ]
    choices.append(_back_choice(locale))
    return choices


# The questions of the item being added ("delete the photo" there takes it out).
_ITEM_QUESTIONS = frozenset(PREFIX + name for name in ("kind", "file", "requirement", "note"))


@dataclass(frozen=True)
class RemoveItem:
    """ "remove the photos" at the evidence menu: the item to take off the claim."""

    item_id: str


@dataclass(frozen=True)
class ChangeAnswer:
    """ "change the date" at the evidence menu: the claim's answer to ask again."""

    name: str


@dataclass(frozen=True)
class LinkTyped:
    """A link pasted at the evidence menu: the address of a new link item (and what it
    shows, when the words around it said: "the agenda is at https://…")."""

    url: str
    requirement: str | None = None


@dataclass(frozen=True)
class AddNamed:
    """ "add the invoice", « envoyer les photos »: a new file item of that kind (a proof of
    `requirement`), its file asked next."""

    kind: EvidenceKind
    requirement: str | None = None


# A verb of adding evidence, then what is added ("send the photos", « joindre l'agenda »),
# maybe asked ("can I add a photo?", « je voudrais ajouter une photo »); or more of it told
# ("I have another file", "one more invoice", « j'ai un autre fichier », « encore un
# fichier »: the words for more are needed there, since "I have the invoice" may say it is
# already in).
_ADD_VERB = re.compile(
    r"(?:(?:please|i ll|i will|let me|je vais|on va|voici|can i|could i|may i|i want to"
    r"|i d like to|i would like to|i need to|we need to|je veux|je voudrais|je dois|je peux"
    r"|puis je|est ce que je peux|on peut|peut on)\s+)?"
    r"(?:add|adding|upload|uploading|attach|attaching|send|sending|submit|provide|here s"
    r"|here is|here are|ajouter|ajoute|ajoutez|joindre|joins|joignez|envoyer|envoie|envoyez"
    r"|soumettre|fournir|deposer|depose|televerser)\s+(?P<what>.+?)(?:\s*\?)?"
    r"|(?:(?:i|we) (?:have|ve got|have got|got)|there s|there is|j ai|nous avons|on a|il y a)"
    r"\s+(?P<more>(?:another|one more|a second|more|other|some more|un autre|une autre"
    r"|d autres|encore un|encore une|un deuxieme|une deuxieme)\s+.+?)(?:\s*\?)?"
    r"|(?P<again>(?:one more|another|encore un|encore une|un autre|une autre)\s+.+?)(?:\s*\?)?"
)
# What a file is called when its kind is not said ("another file", « un autre document »).
_A_FILE = re.compile(
    r"(?:(?:a|an|the|another|one more|a second|more|other|some more|some|my|un|une|des|un autre"
    r"|une autre|d autres|encore un|encore une|un deuxieme|une deuxieme|mon|ma|mes|le|la|les)"
    r"\s+)?(?:files?|documents?|attachments?|pdfs?|scans?|evidence|fichiers?|pieces? jointes?"
    r"|justificatifs?|preuves?)"
)


# Evidence to come by e-mail ("I'll send it by email", « je vous l'envoie par mail »).
_BY_EMAIL = re.compile(
    r"\b(?:by|per|via|through|in an|par|en)\s+(?:e mail|email|mail|courriel|outlook)\b"
    r"|\b(?:e mail|email|mail)\s+(?:it|them|you|this|that)\b"
    # "I emailed it to ana", "we already e-mailed them", « je l'ai mailée » (stop 62)
    r"|\b(?:i|we)(?: ve| have)?(?: already)? (?:e mailed|emailed|mailed)\b"
    r"|\b(?:l|les) (?:ai|a|avons) (?:deja )?(?:mailee?s?|maile|envoyee?s? par (?:e )?mail)\b"
)
# Evidence in the partner's mailbox ("the invoice is in my email", "can I forward the
# email?", « la facture est dans mes mails »; seen at stop 57): how to get it here.
_IN_MAILBOX = re.compile(
    r"(?:(?:it|they|the (?:invoices?|files?|photos?|documents?|csr|agenda|evidence)|everything"
    r"|all of it) (?:is|are|s|re) (?:still |all )?(?:in|on) (?:my|our|the) (?:e mails?|emails?"
    r"|mails?|inbox|mailbox|outlook|gmail)"
    r"|(?:can|could|may) (?:i|we) (?:just )?forward (?:you )?(?:the|an|my|this|that|it|them)?"
    r"(?: ?e ?mails?| ?mails?)?(?: to you)?"
    r"|(?:la facture|les factures|le fichier|les fichiers|les photos|le programme|le csr|c|elle"
    r"|elles|tout) (?:est|sont) (?:encore |toujours )?dans (?:mes|mon|ma|nos|notre|la) (?:mails"
    r"|e mails|courriels|boite mail|boite de reception|messagerie|outlook|gmail)"
    r"|(?:je peux|puis je|on peut|peut on) (?:vous |te )?(?:transferer|faire suivre) (?:le|l|un"
    r"|mon|ce) (?:mail|e mail|courriel)"
    r")"
)
# Evidence the partner does not have ("I have no photos", « je n'ai pas de programme »).
_LACKING = re.compile(
    r"(?:i (?:don t|dont|do not) have|i have no|we (?:don t|dont|do not) have|we have no|"
    r"there (?:is|are) no|no|je n ai pas|nous n avons pas|on n a pas|pas"
    # "we didn't take photos", "skip the photos", « on n'a pas pris de photos », « passer
    # les photos »: the same, said as what was not done or is to be left out.
    r"|(?:i|we) (?:didn t|did not|didnt|never) (?:take|took|make|made|get|got|have|do)"
    r"|skip|skipping|without|(?:je n ai|nous n avons|on n a) (?:pas|jamais) (?:pris|fait|eu)"
    r"|passer|sans)\s+"
    r"(?:any\s+|the\s+|a\s+|an\s+|de\s+|d\s+|la\s+|le\s+|les\s+)?(?P<what>.+)"
)


# "I sent it already", "did you get my file?", « je l'ai déjà envoyé », « vous avez reçu
# mon fichier ? »: a file the partner believes has arrived.
# "see attached", « ci-joint »: a file the partner believes is on this very message.
_ATTACHED_CUES = (
    r"^(?:please\s+)?(?:see|find)\s+(?:the\s+)?attach(?:ed|ment)\b|^attached\b"
    r"|^(?:please\s+)?find\s+(?:it\s+|them\s+)?attached\b|^ci\s+joint\w*\b"
    r"|^(?:voir\s+)?(?:la\s+|en\s+)?piece\s+jointe\b|^(?:voir\s+)?ci\s+dessous\b"
)
_SAID_SENT = re.compile(
    r"\b(?:i|we)\s+(?:have\s+|ve\s+)?(?:already\s+)?"
    r"(?:sent|uploaded|attached|shared|provided|dropped)\b"
    r"|\balready\s+(?:sent|uploaded|attached|shared)\b"
    r"|\b(?:did|have|has)\s+(?:you|it|the\s+bot)\s+(?:got|get|receive|received|see|seen)\b"
    r"|\byou\s+(?:got|received)\s+(?:my|the|it|them)\b"
    r"|\b(?:deja|j ai|l ai|les ai|nous avons)\s+(?:deja\s+|tout\s+|bien\s+tout\s+|tout\s+bien\s+)?"
    r"(?:envoye|envoyee|envoyes|envoyees|transmis|joint|joints|televerse|depose|charge)\b"
    r"|\b(?:avez|as)\s+(?:vous\s+|tu\s+)?(?:bien\s+)?recu\b|\brecu\s+mon\b"
    rf"|{_ATTACHED_CUES}"
)


# Questions about evidence a partner asks at the list, a file's kind or the check card,
# each answered in its own words (codes in form_dialog._ANSWERS_ITSELF), in this order.
_EVIDENCE_QUESTIONS = (
    # "what should the note say?", « que mettre dans la note ? » (seen at stop 56: the list's
    # general help): what a proof document's note holds, with an example.
    (
        "evidence_faq_note",
        re.compile(
            r"\b(?:the|a|my|this|each|its|la|une|ma|cette|chaque|sa) (?:notes?|explanatory notes?"
            r"|explanations?|notes? explicatives?|explications?)\b"
        ),
    ),
    (
        "evidence_faq_quote",
        re.compile(
            r"\b(?:quotes?|quotation|estimates?|purchase orders?|po|pro ?forma|devis|bons? de "
            r"commande|estimation)\b"
        ),
    ),
    ("evidence_faq_csr", re.compile(r"\bcsr\b|certification service|rapport de certification")),
    (
        "evidence_faq_keep",
        re.compile(
            r"\b(?:keep|retain|store|conserver|garder)\b.*\b(?:originals?|originaux)\b"
            r"|\bhow long\b|\bcombien de temps\b"
        ),
    ),
    (
        "evidence_faq_files",
        re.compile(
            r"\b(?:size|how big|too big|large|mb|megabytes?|formats?|file types?|types? of "
            r"files?|extensions?|taille|volumineu\w*|lourds?|mo|megaoctets?|types? de "
            r"fichiers?)\b"
        ),
    ),
    (
        "evidence_faq_invoice",
        re.compile(
            r"\b(?:invoices?|factures?)\b.*\b(?:need|needs|needed|required|necessary|mandatory"
            r"|obligatoire|necessaire)\b|\b(?:need|needs|require|requires|must|have to|faut"
            r"|besoin|exige\w*)\b.*\b(?:invoices?|factures?)\b"
        ),
    ),
    (
        "evidence_faq_proof",
        re.compile(
            r"\bproof documents?\b|\bcounts? as (?:a )?proof\b|\bwhat (?:is a )?proof\b"
            r"|\bdocuments? de preuve\b|\bjustificatifs? de preuve\b|\bvaut comme preuve\b"
            r"|\bcompte comme preuve\b"
        ),
    ),
    (
        "evidence_faq_several",
        re.compile(
            r"\b(?:two|2|several|multiple|more than one|many|a few|deux|plusieurs|plus d un)\s+"
            r"(?:invoices?|files?|documents?|photos?|factures?|fichiers?)\b"
        ),
    ),
)


# The questions where those are answered in their own words: the evidence list, a file's
# kind, the claim's check card.
EVIDENCE_QUESTIONS_AT = frozenset({PREFIX + "menu", PREFIX + "kind", "claim.review"})


def evidence_question(typed: str) -> str | None:
    """The code of the answer to a question about evidence ("what is a CSR?", "can I use a
    quote?", "how big can files be?", « faut-il la facture ? »); None for anything else, a
    question or not."""
    if not asks_something(typed):
        return None
    words = normalize(typed[:200])
    return next((code for code, pattern in _EVIDENCE_QUESTIONS if pattern.search(words)), None)


# "the photos are on our SharePoint", « c'est dans notre OneDrive » (seen at stop 56: "Please
# send the file now (Event photos)"): files kept where a reviewer at Microsoft can't open
# them. (An address typed is a link's, read before this.)
_INTERNAL_STORE = re.compile(
    r"\b(?:on|in|at|into|from|sur|dans|depuis)\s+(?:(?:our|my|the|their|your|notre|nos|mon"
    r"|le|la|les|l)\s+)?(?:(?:company|team|shared|internal|interne|partage)\s+)?"
    r"(?:sharepoint|share point|onedrive|one drive|teams(?: channel| site)?|google drive"
    r"|drive|dropbox|intranet|shared drive|network drive|file server|server|serveur"
    r"|lecteur reseau|lecteur partage|canal teams|espace teams)\b"
)


def refuse_internal_store(typed: str) -> None:
    """Files said to be kept in the partner's own storage ("on our SharePoint"), with no
    address: refused (UserInputError) saying a reviewer can't open them there, and what to
    do instead; returns for anything else."""
    if len(typed) > 200:
        return
    words = normalize(typed)
    if "http" not in words and _INTERNAL_STORE.search(words):
        raise UserInputError("evidence_internal_store")


def refuse_invoice_link(typed: str) -> None:
    """A link to an invoice file ("https://…/invoice.pdf", « …/facture-1234.pdf »): refused
    (UserInputError) saying the invoice has to be the file itself (a reviewer reads it, and
    the check reads its total), where a link item could only show what links show; returns
    for anything else."""
    if len(typed) > 2000:
        return
    for address in _ADDRESS.findall(typed):
        name = unquote(urlsplit(address).path.rsplit("/", 1)[-1])
        if _INVOICE_FILE.fullmatch(name):
            raise UserInputError("evidence_invoice_link", link=excerpt(address))


# An invoice's file name: "invoice.pdf", "INV-2026-1187.pdf", "Receipt_Nov.pdf", « Facture
# novembre.pdf », "csr-q3.docx".
_INVOICE_FILE = re.compile(
    r"(?i).{0,80}?(?:invoice|facture|receipt|re[çc]u|\bcsr|\binv[-_ ]?\d).{0,80}"
    r"\.(?:pdf|docx?|xlsx?|png|jpe?g|tiff?|msg|xps)"
)


def answer_evidence_question(typed: str, max_bytes: int) -> None:
    """A question about evidence: answered (UserInputError with its answer's code); returns
    for anything else."""
    code = evidence_question(typed)
    if code is not None:
        raise UserInputError(
            code, max_mb=max_bytes // (1024 * 1024), extensions=ALLOWED_EXTENSIONS_TEXT
        )


# With no question open: a file said to be on this very message ("see attached", "here is
# the invoice", « ci-joint », « voici la facture »), or the files asked after ("where are my
# files?", "did you get my invoice?", « où sont mes fichiers ? »).
_ON_THIS_MESSAGE = re.compile(
    rf"{_ATTACHED_CUES}"
    r"|^(?:here s|here is|here are|heres|voici|voila)\s+(?:(?:the|my|our|a|an|la|le|les|ma"
    r"|mon|mes|l|un|une)\s+)?(?:invoices?|files?|documents?|photos?|pictures?|screenshots?"
    r"|agenda|evidence|csr|proof|receipts?|factures?|fichiers?|justificatifs?|preuves?"
    r"|captures?|programme)\b"
)
# Money asked after is never a file ("did you get my payment?", « reçu mon paiement »).
_MONEY = re.compile(
    r"\b(?:payments?|paiements?|paid|payee?s?|money|argent|virements?|transfers?)\b"
)
_FILES_ASKED_AFTER = re.compile(
    r"^(?:where (?:are|is|did) (?:my|the) (?:files?|documents?|invoices?|uploads?|evidence"
    r"|attachments?|photos?)|what (?:files?|documents?|evidence) (?:did i|have i|do i have)"
    r"|what have i (?:uploaded|attached|sent)|what did i (?:upload|attach)"
    r"|ou (?:sont|est) (?:mes|mon|ma) (?:fichiers?|documents?|factures?|justificatifs?"
    r"|pieces? jointes?|photos?)|quels (?:fichiers|documents|justificatifs) (?:ai je|j ai)"
    # "show me the invoice I sent", « montre-moi mes fichiers » (stop 57)
    r"|(?:show me|show|list|montre moi|montrez moi|affiche|afficher) (?:the|my|all my|la|les"
    r"|mes|ma|tous mes) (?:invoices?|files?|documents?|evidence|photos?|attachments?|uploads?"
    r"|factures?|fichiers?|justificatifs?|pieces? jointes?)"
    r"(?: (?:i sent|i uploaded|i attached|sent|envoyee?s?|jointe?s?))?$)\b"
)


def files_talked_about(typed: str | None) -> str | None:
    """With no question open and no file on the message: "sent" when a file is said to be
    on it ("see attached", "here is the invoice"), "asked" when the files kept are asked
    after or said sent before ("where are my files?", "did you get my invoice?"); None
    otherwise (an e-mail named has its own answer in a claim)."""
    if not typed or len(typed) > 200:  # a long message is read whole or not at all
        return None
    words = normalize(typed)
    if _BY_EMAIL.search(words) or _MONEY.search(words):  # "did you get my payment?"
        return None
    if _ON_THIS_MESSAGE.match(words):
        return "sent"
    if _FILES_ASKED_AFTER.match(words) or _SAID_SENT.search(words):
        return "asked"
    return None


# "I have everything", "that's all I have", « j'ai tout », « tout est là » at the evidence
# list (seen at stop 63: 'I don't know "I have everything"'): the check, with files kept;
# with none, that none reached the claim and how one does.
_SAYS_ALL_THERE = re.compile(
    r"(?:ok |okay |so )?(?:i (?:have|ve got|got)|we (?:have|ve got|got)) (?:it all|everything"
    r"|all (?:of )?(?:it|them|the (?:documents|files|evidence|proofs?|docs)))(?: now)?"
    r"|everything s (?:there|here|in|uploaded)|everything is (?:there|here|in|uploaded)"
    r"|(?:j ai|on a|nous avons) (?:tout|tous les (?:documents|fichiers|justificatifs))"
    r"(?: maintenant)?|tout est (?:la|ici|envoye|joint|pret)"
)


def refuse_said_sent(typed: str, draft: ClaimDraft) -> None:
    """A file said to have been sent ("I sent it already"): answered (UserInputError) with
    what has reached the claim, or that nothing has and how a file does. An e-mail named
    ("I sent it by email") keeps its own answer (`refuse_said_instead`)."""
    words = normalize(typed[:120])
    if not _SAID_SENT.search(words) or _BY_EMAIL.search(words):
        return
    claim = draft.claim
    arrived = [e for e in claim.evidence if e.file_name or e.url]
    if not arrived:
        raise UserInputError("evidence_none_received", claim_id=claim.id)
    items = "; ".join(evidence_label(e, draft.locale) for e in arrived)
    raise UserInputError("evidence_received", claim_id=claim.id, items=items)


# "show me the invoice", "what did you read on the invoice?", « je veux vérifier la facture »
# (normalized; seen at stop 57 at the check card: "Pick one of the options").
_INVOICE_SHOWN = re.compile(
    r"(?:(?:can you |please )?(?:show|show me|let me see|i want to see|i d like to see"
    r"|i want to check|i d like to check|can i see|can i check|check|see|view|open)"
    r" (?:the|my|our) (?:invoices?|bill)"
    r"|what (?:did you|have you) (?:read|find|found|see|get) (?:on|in|from) (?:the|my) invoices?"
    r"|what does (?:the|my) invoice say|what did the invoice say"
    r"|(?:montre moi|montrez moi|je veux voir|je veux verifier|je voudrais voir|je voudrais"
    r" verifier|verifier|voir|afficher) (?:la|ma|les|mes) factures?"
    r"|(?:qu as tu|qu avez vous|qu est ce que tu as|qu est ce que vous avez) lu (?:sur|dans)"
    r" (?:la|ma) facture|que dit la facture"
    r")"
)


def answer_invoice_asked(typed: str, draft: ClaimDraft) -> None:
    """ "show me the invoice" at a claim's evidence list or check: each invoice or CSR on the
    claim with what was read in it, said as a refusal that answers (the card stays); none
    attached yet, that. Returns for anything else."""
    if not _INVOICE_SHOWN.fullmatch(normalize(typed[:120]).rstrip(" ?!.")):
        return
    claim, locale = draft.claim, draft.locale
    items = [e for e in claim.evidence if e.kind in (EvidenceKind.INVOICE, EvidenceKind.CSR)]
    if not items:
        raise UserInputError("invoice_shown_none", claim_id=claim.id)
    lines = [
        f"- {evidence_label(item, locale)} — "
        + (
            reading_sentence(item.reading, item.file_name or "", claim.currency, locale)
            if item.reading is not None
            else t(locale, "invoice_shown.not_read")
        )
        for item in items
    ]
    raise UserInputError("invoice_shown", claim_id=claim.id, lines="\n".join(lines))


def refuse_said_instead(typed: str, draft: ClaimDraft) -> None:
    """What is said instead of sending evidence, answered (raising UserInputError): it will
    come by e-mail (`evidence_by_email`: only a message here can carry it), or a proof the
    activity needs is not at hand (`evidence_lacking`: why a reviewer checks for it and what
    may stand in). Returns for anything else."""
    words = normalize(typed[:120])
    if _IN_MAILBOX.fullmatch(words.rstrip(" ?")):
        raise UserInputError("evidence_in_mailbox")
    if _BY_EMAIL.search(words):
        raise UserInputError("evidence_by_email")
    lacking = _LACKING.fullmatch(words)
    read = kind_from_words(lacking["what"], draft.claim.activity_type) if lacking else None
    if read is not None and read[0] in (EvidenceKind.INVOICE, EvidenceKind.CSR):
        raise UserInputError("evidence_invoice_lacking")  # "skip the invoice": as "no invoice"
    if read is not None and read[0] is EvidenceKind.PROOF and read[1] is not None:
        label = t(draft.locale, f"requirement.{read[1]}")
        raise UserInputError("evidence_lacking", requirement=label)


_LINK_INSIDE = re.compile(r"https?://|www\.", re.IGNORECASE)


# "remove the photos", « supprimer la facture »: evidence named to be taken off the claim.
_REMOVAL = re.compile(
    r"(?:please\s+|merci\s+de\s+)?(?:remove|delete|take\s+out|take\s+off|supprimer|supprime"
    r"|supprimez|retirer|retire|retirez|enlever|enleve|enlevez|effacer|efface|effacez)"
    r"(?:\s+(?P<what>.*))?"
)


_REMOVE_VERBS = ("remove", "delete", "take out", "supprimer", "retirer", "enlever", "effacer")
# What a kind of evidence is called, with and without its article, in English and French.
_KIND_WORDS: dict[EvidenceKind, tuple[str, ...]] = {
    EvidenceKind.INVOICE: ("invoice", "the invoice", "my invoice", "facture", "la facture"),
    EvidenceKind.CSR: ("csr", "the csr", "le csr"),
    EvidenceKind.PROOF: (
        *("proof", "the proof", "proof document", "the proof document", "document"),
        *("the document", "justificatif", "le justificatif", "le document"),
    ),
    EvidenceKind.URL: ("link", "the link", "lien", "le lien"),
}


def remove_words(item: Evidence, *, unique_kind: bool) -> tuple[str, ...]:
    """How a partner names removing `item`: by its file's name or address, and by its kind
    when no other item is of that kind (two invoices are never guessed between)."""
    names = [n for n in (item.file_name, item.url) if n]
    if unique_kind and item.kind is not None:
        names += _KIND_WORDS.get(item.kind, ())
    return tuple(f"{verb} {name}" for verb in _REMOVE_VERBS for name in names)


def item_named_to_remove(typed: str, claim: Claim) -> Evidence | None:
    """The one item "remove invoice.pdf", "remove the invoice" (the one invoice) or "remove
    the photos" (the one proof of them) names; None when none, or when two could be meant."""
    said = normalize(typed[:120])
    kinds = [item.kind for item in claim.evidence]
    for item in claim.evidence:
        words = remove_words(item, unique_kind=kinds.count(item.kind) == 1)
        if said in {normalize(w) for w in words}:
            return item
    return removal_named(typed, claim)


# "wrong file", "I sent the wrong file", « je me suis trompé de fichier »: a file to take off.
_WRONG_FILE = re.compile(
    r"(?:oops\s+|sorry\s+|oups\s+|pardon\s+)?(?:(?:i|we)\s+(?:sent|attached|uploaded|added)"
    r"\s+the\s+wrong\s+\w+|(?:that s|this is|it s|thats|its)\s+the\s+wrong\s+\w+"
    r"|wrong\s+(?:file|document|doc|invoice|photos?|one|attachment|upload)"
    r"|not\s+the\s+right\s+(?:file|document|one)"
    r"|(?:(?:j\s+ai|on\s+a|nous\s+avons)\s+(?:joint|envoye|mis|ajoute|televerse|charge|depose)"
    r"\s+)?(?:le\s+|la\s+|les\s+)?mauvais(?:e|es)?\s+(?:fichier|document|facture|photos?"
    r"|piece jointe)"
    r"|(?:ce\s+n\s+est\s+|c\s+est\s+)?pas\s+le\s+bon\s+(?:fichier|document)"
    r"|je\s+me\s+suis\s+trompe(?:e)?\s+de\s+(?:fichier|document|facture|photos?))"
)
# "the photos are wrong", « la facture n'est pas la bonne » (normalized): a file said wrong in
# a sentence, the one it names (a generic word: the last one sent).
_GENERIC_FILE = r"file|document|doc|attachment|upload|fichier|piece jointe"
_FILE_NOUN = (
    rf"{_GENERIC_FILE}|invoice|photos?|pictures?|agenda|screenshots?|csr|facture|programme"
    r"|captures?(?: d ecran)?"
)
_SAID_WRONG = re.compile(
    rf"(?:the |my |this |that )?(?P<what>{_FILE_NOUN}) (?:is|are|was|were|s|re) (?:wrong"
    r"|incorrect|not right|not the right (?:one|ones|file)|the wrong (?:one|ones|file))"
    rf"|(?:le |la |les |l |ce |cette |mon |ma |mes )?(?P<quoi>{_FILE_NOUN}) (?:est|sont|etait"
    r"|etaient|n est pas|ne sont pas|n etait pas) (?:faux|fausses?|mauvaise?s?|mauvais"
    r"|erronee?s?|incorrecte?s?|la bonne|le bon|les bons|les bonnes)"
)
# "replace the invoice", « remplacer la facture »: how to take that item off, then the new one.
_REPLACE = re.compile(r"(?:replace|swap|remplacer|remplace|remplacez)\s+(?P<what>.+)")


def says_wrong_file(typed: str) -> bool:
    """Whether the whole answer says a file sent was the wrong one ("wrong file")."""
    return _WRONG_FILE.fullmatch(normalize(typed[:120])) is not None


def refuse_wrong_or_replaced(typed: str, claim: Claim) -> None:
    """ "wrong file", "the wrong invoice" and "replace the invoice" at the evidence list:
    how to take it off (by its name: the one named, else the last sent), then attach the
    right one; nothing changes here, so nothing is lost to a guess. With no file on the
    claim, a file said wrong is told that none is; with none of the kind named, which one."""
    said = normalize(typed[:120]).rstrip(" .!")
    wrong = _SAID_WRONG.fullmatch(said)
    if not claim.evidence:
        if wrong is not None or says_wrong_file(typed):
            raise UserInputError("evidence_nothing_to_remove", claim_id=claim.id)
        return
    replaced = _REPLACE.fullmatch(said)
    if replaced is not None:
        item = item_named_to_remove(f"remove {replaced['what']}", claim)
    elif wrong is not None:  # "the photos are wrong": those (a file: the last one sent)
        what = wrong["what"] or wrong["quoi"]
        generic = re.fullmatch(_GENERIC_FILE, what) is not None
        item = claim.evidence[-1] if generic else item_named_to_remove(f"remove {what}", claim)
    elif says_wrong_file(typed):
        # "I attached the wrong invoice": the invoice (when one is), else the last sent.
        named = item_named_to_remove(f"remove {normalize(typed[:120]).split()[-1]}", claim)
        item = named or claim.evidence[-1]
    else:
        return
    if item is not None:
        name = item.file_name or item.url or ""
        raise UserInputError("evidence_wrong_file", name=name)
    if wrong is not None:  # "the screenshot is wrong" with none attached: which one
        names = ", ".join(escape(e.file_name or e.url or "") for e in claim.evidence)
        raise UserInputError("evidence_remove_which", names=names)


def says_remove(typed: str) -> bool:
    """Whether the whole answer asks to remove something ("remove the photos")."""
    return _REMOVAL.fullmatch(normalize(typed[:120])) is not None


def removal_named(typed: str, claim: Claim) -> Evidence | None:
    """The one item of `claim` that "remove the photos" / « supprimer le programme » names
    by what it shows (a proof of one requirement); None when the words name none, or name
    what two items show (never guessed between)."""
    said = _REMOVAL.fullmatch(normalize(typed[:120]))
    if said is None or not said["what"]:
        return None
    read = kind_from_words(said["what"], claim.activity_type)
    if read is None or read[0] is not EvidenceKind.PROOF:
        return None
    shown = [e for e in claim.evidence if e.kind is EvidenceKind.PROOF and e.requirement == read[1]]
    return shown[0] if len(shown) == 1 else None


def refuse_several_named(typed: str, draft: ClaimDraft) -> None:
    """Two kinds of evidence or more named with no file ("it's the invoice and the agenda",
    « la facture et le programme »; seen at stop 64 asked "What is this evidence?" for an
    item opened for no file): no file came, each is asked for by its name, all in one
    message if the partner likes (files at the list are new items, each one's kind read
    from its name or asked). A question naming them is answered elsewhere."""
    if asks_something(typed) or _LINK_INSIDE.search(typed):
        return
    named = [
        (kind, requirement)
        for kind, requirement in kinds_from_words(normalize(typed[:120]), draft.claim.activity_type)
        if kind in FILE_KINDS and (kind is not EvidenceKind.PROOF or requirement is not None)
    ]
    if len(named) < 2:
        return
    locale = draft.locale
    names = ", ".join(
        t(locale, f"requirement.{requirement}")
        if requirement is not None
        else t(locale, f"evidence.kind.{kind.value}")
        for kind, requirement in named
    )
    raise UserInputError("evidence_send_several", names=names)


def names_evidence(typed: str, activity_type: str | None) -> AddNamed | None:
    """Evidence named without a verb at the evidence list ("photos", « la facture », "the
    invoice is on SharePoint"): an invoice, a CSR, or a proof of one of the activity's
    requirements; None for anything else ("a file": what it is is asked), for a question
    ("what's an invoice?": answered) and for a link (".../agenda.pdf": a link item)."""
    if asks_something(typed) or _LINK_INSIDE.search(typed):
        return None
    read = kind_from_words(normalize(typed[:120]), activity_type)
    if read is None or read[0] not in FILE_KINDS:
        return None
    if read[0] is EvidenceKind.PROOF and read[1] is None:
        return None
    return AddNamed(read[0], read[1])


def adds_named(typed: str, activity_type: str | None) -> AddNamed | None:
    """A whole answer that adds evidence it names ("add the invoice", "send the photos",
    « ajouter la facture »): the item's kind and what it shows; None when the words name no
    evidence ("send it", « envoyer la réclamation »: a submission, read as one)."""
    said = _ADD_VERB.fullmatch(normalize(typed[:120]))
    if said is None:
        return None
    read = kind_from_words(_added(said), activity_type)
    if read is None or read[0] not in FILE_KINDS:
        return None
    return AddNamed(read[0], read[1])


def _added(said: re.Match[str]) -> str:
    """The words for what is added, however `_ADD_VERB` read them."""
    return said["what"] or said["more"] or said["again"]


def adds_a_file(typed: str) -> bool:
    """Whether the whole answer adds a file it does not say the kind of ("add another
    file", "can I add a document?", "I have another file", « encore un fichier »)."""
    said = _ADD_VERB.fullmatch(normalize(typed[:120]))
    return said is not None and _A_FILE.fullmatch(_added(said)) is not None


# "same note", "same as above", « idem », « même note »: the note given before, again.
_SAME_NOTE = frozenset(
    normalize(words)
    for words in (
        *("same", "the same", "same note", "same as above", "same as before", "ditto"),
        *("same as the other", "same as the other one", "same as previous", "idem"),
        *("same as the previous one", "same for this one", "same here", "same again"),
        *("même note", "la même", "la même note", "pareil", "même chose", "la même chose"),
        *("comme avant", "comme au-dessus", "comme précédemment", "identique", "pareil ici"),
        *("même note que l'autre", "comme l'autre", "la même que l'autre"),
    )
)


def _parse_note(draft: ClaimDraft, answer: Any) -> Any:
    """A proof's note as typed; "same note" is the note the claim's other proofs were
    given, said back (refused, saying so, when they have none or several different ones)."""
    if normalize(str(answer)[:60]) not in _SAME_NOTE:
        return clean_text(answer, max_length=MAX_NOTE_LENGTH, field="note")
    item = draft.evidence
    notes = list(dict.fromkeys(e.note for e in draft.claim.evidence if e is not item and e.note))
    if len(notes) != 1:
        raise UserInputError("note_same_none" if not notes else "note_same_which")
    return ReadAs(notes[0])


@dataclass(frozen=True)
class ProofOf:
    """The kind question answered with what the file shows: a proof of `requirement`;
    `also`: the other files waiting to be told what they are, when the answer says "both"
    or "all of them" (sent one by one, each asked about in turn)."""

    requirement: str
    also: tuple[str, ...] = ()


# "both are photos of the event", "all of them are event photos", « les deux sont … »
_ALL_OF_THEM = re.compile(r"\b(?:both|all|each|every one|les deux|tous|toutes|chacune?)\b")


def _also_waiting(draft: ClaimDraft, typed: str) -> list[Evidence]:
    """The claim's other files still waiting to be told what they are, when `typed` says
    "both" or "all"; none otherwise."""
    if not _ALL_OF_THEM.search(normalize(typed[:200])):
        return []
    item = draft.evidence
    return [e for e in draft.claim.evidence if e is not item and e.kind is None and e.file_name]


def _refuse_kind(draft: ClaimDraft, answer: str) -> Any:
    """A typed answer that is none of the kinds: what the file shows, if it names one of
    the activity's requirements ("agenda", « photos de la salle »); else refused, and "a
    link" is told why it is not one. A link pasted there is no answer, whatever words its
    address holds (".../agenda" made the file a proof of the agenda)."""
    item = draft.evidence
    if is_link(str(answer)) and item is not None and item.file_name:
        raise UserInputError(
            "evidence_link_at_file", link=excerpt(str(answer)), name=item.file_name
        )
    if is_link(str(answer)) and item is not None:
        # "Add a file", then a page's address: the partner has a page, not a file; the
        # item is a link to it (its requirement asked next, as after "Add a link").
        return LinkTyped(parse_evidence_url(str(answer)))
    read = kind_from_words(str(answer)[:200], draft.claim.activity_type)
    if read is not None and read[0] is EvidenceKind.PROOF and read[1] is not None:
        locale, requirement = draft.locale, read[1]
        label = t(locale, "evidence.kind.proof") + " · " + t(locale, f"requirement.{requirement}")
        also = _also_waiting(draft, str(answer))
        if also:
            names = [e.file_name or "" for e in (item, *also) if e is not None]  # escaped
            label = t(locale, "evidence.kind_of_all", what=label, names=", ".join(names))
        return ReadAs(ProofOf(requirement, tuple(e.id for e in also)), label)
    if normalize(str(answer)[:40]) in _LINK_WORDS:
        if item is not None and item.file_name:
            raise UserInputError("evidence_file_not_link", name=item.file_name)
        raise UserInputError("evidence_kind_not_link")
    raise UserInputError("choice_unknown", value=str(answer)[:60])


def _requirement_choices(draft: ClaimDraft) -> list[Choice]:
    """What the activity type needs that this item can show (a link or a file), or other."""
    locale, item = draft.locale, draft.evidence
    wanted_form = FORM_URL if item.kind is EvidenceKind.URL else FORM_FILE
    keys = [
        key
        for key in requirements_for(draft.claim.activity_type or "")
        if EVIDENCE_REQUIREMENTS.get(key) in (wanted_form, "file_or_url")
    ]
    choices = [Choice(key, t(locale, f"requirement.{key}")) for key in keys]
    choices.append(Choice(OTHER_REQUIREMENT, t(locale, "evidence.requirement.other")))
    choices.append(_back_choice(locale))
    return choices


def _item_value(draft: ClaimDraft, name: str, value: Any) -> str:
    """How an item's answer is shown (a `Field.display`)."""
    if name == "requirement":
        return t(draft.locale, f"requirement.{value}")
    return escape(str(value))


def _back_choice(locale: str) -> Choice:
    return Choice(BACK, t(locale, "button.back"))


def _taken_out_label(item: Evidence, locale: str) -> str:
    """How the item taken out by "back" is named: its file, or what it was going to be."""
    if item.file_name:
        return t(locale, "evidence.taken_out.file", name=escape(item.file_name))
    if item.kind is EvidenceKind.URL:
        return t(locale, "evidence.taken_out.link")
    return t(locale, "evidence.taken_out.item")


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
