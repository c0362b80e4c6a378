"""The claim labeler: one sentence at a time in its paragraph, label buttons and keys, note, undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ipywidgets as widgets

from kit.analysis.grading import Grade, LabelFeedback
from kit.analysis.items import LabelItem
from kit.model.taxonomy import Taxonomy
from kit.model.work import Label
from kit.views.claims import card_html, grade_html
from kit.views.html import esc
from kit.widgets.controls import button, check_toggle, export_row, progress
from kit.widgets.keyboard import KeyboardCard

MOVE_KEYS = {"ArrowLeft": -1, "ArrowRight": +1}
NEXT_UNLABELED_KEY = "n"
UNDO_KEY = "u"


@dataclass(frozen=True)
class LabelerHooks:
    """What the labeler asks of the activity around it (saving and grading live there)."""

    # Applies a change to one sentence's label as it is on disk now; returns every label on disk.
    save: Callable[[str, Callable[[Label | None], Label | None]], dict[str, Label]]
    feedback: Callable[[str, Label | None], LabelFeedback | None]
    grade: Callable[[dict[str, Label]], Grade]
    export: Callable[[], str] | None = None  # writes a submission; returns what to tell the student


class ClaimLabeler(widgets.VBox):
    def __init__(
        self,
        items: Sequence[LabelItem],
        taxonomy: Taxonomy,
        labels: dict[str, Label],
        hooks: LabelerHooks,
        self_check: bool = True,
        messages: Sequence[str] = (),
    ) -> None:
        if not items:
            raise ValueError("there is nothing to label")
        self.items, self.taxonomy, self.hooks = list(items), taxonomy, hooks
        self.labels = dict(labels)
        self.index = self._first_unlabeled_from(0) or 0
        self.undo_stack: list[tuple[str, Label | None]] = []
        self.self_check = self_check

        self.card = KeyboardCard(
            on_key=self.press_key,
            shortcut_keys=[str(n) for n in range(1, len(taxonomy.labels) + 1)]
            + [*MOVE_KEYS, NEXT_UNLABELED_KEY, UNDO_KEY],
            hint=f"Keys: 1-{len(taxonomy.labels)} pick a label · ← → move · N next unlabeled · U undo",
            aria_label="The sentence to label. Keys 1 to "
            f"{len(taxonomy.labels)} pick a label, arrows move, N goes to the next unlabeled, U undoes.",
        )
        self.label_buttons = {
            label.id: button(
                f"{n} {label.name}",
                "",
                f"{label.name}: {label.definition} (key {n})",
                lambda label_id=label.id: self.set_label(label_id),
            )
            for n, label in enumerate(taxonomy.labels, start=1)
        }
        self.previous_button = button(
            "Previous", "arrow-left", "Previous sentence (←)", lambda: self.move(-1)
        )
        self.next_button = button("Next", "arrow-right", "Next sentence (→)", lambda: self.move(+1))
        self.unlabeled_button = button(
            "Next unlabeled",
            "forward",
            "Jump to the next sentence without a label (N)",
            self.next_unlabeled,
        )
        self.undo_button = button("Undo", "undo", "Undo your last label (U)", self.undo)
        self.note = widgets.Textarea(
            placeholder="Why did you pick this label? (optional, saved as you type)",
            description="Your reason",
            layout=widgets.Layout(width="95%", height="4em"),
        )
        self.note.observe(self._note_changed, names="value")
        self.progress, self.progress_text = progress(len(self.items))
        self.check_toggle = check_toggle(
            self_check, "Show whether each label you gave matches the answer key", self.refresh
        )
        self.summary = widgets.HTML()
        banner = "".join(f'<div style="color:#b71c1c">⚠ {esc(m)}</div>' for m in messages)
        super().__init__(
            [
                widgets.HTML(banner),
                self.card,
                widgets.HBox(
                    list(self.label_buttons.values()), layout=widgets.Layout(flex_flow="row wrap")
                ),
                self.note,
                widgets.HBox(
                    [
                        self.previous_button,
                        self.next_button,
                        self.unlabeled_button,
                        self.undo_button,
                    ]
                ),
                widgets.HBox([self.progress, self.progress_text, self.check_toggle]),
                self.summary,
                export_row(hooks.export),
            ]
        )
        self.add_class("kit-labeler")
        self.refresh()

    @property
    def current(self) -> LabelItem:
        return self.items[self.index]

    def current_label(self) -> Label | None:
        return self.labels.get(self.current.sentence.id)

    def labeled_count(self) -> int:
        return sum(
            1 for item in self.items if (lab := self.labels.get(item.sentence.id)) and lab.label
        )

    def press_key(self, key: str) -> None:
        if key.isdigit() and 1 <= int(key) <= len(self.taxonomy.labels):
            self.set_label(self.taxonomy.labels[int(key) - 1].id)
        elif key in MOVE_KEYS:
            self.move(MOVE_KEYS[key])
        elif key.lower() == NEXT_UNLABELED_KEY:
            self.next_unlabeled()
        elif key.lower() == UNDO_KEY:
            self.undo()

    def set_label(self, label_id: str) -> None:
        sentence_id = self.current.sentence.id
        previous = self.labels.get(sentence_id)
        if previous and previous.label == label_id:
            return
        self.undo_stack.append((sentence_id, previous))
        self._save(sentence_id, lambda old: Label(label=label_id, note=old.note if old else ""))

    def undo(self) -> None:
        if not self.undo_stack:
            self.summary.value = "Nothing to undo."
            return
        sentence_id, previous = self.undo_stack.pop()
        self.index = next(i for i, item in enumerate(self.items) if item.sentence.id == sentence_id)
        self._save(sentence_id, lambda _old: previous)

    def move(self, step: int) -> None:
        self.index = min(max(self.index + step, 0), len(self.items) - 1)
        self.refresh()

    def next_unlabeled(self) -> None:
        found = self._first_unlabeled_from(self.index + 1)
        if found is None:
            found = self._first_unlabeled_from(0)
        if found is None:
            self.summary.value = "Every sentence has a label. Well done!"
            return
        self.index = found
        self.refresh()

    def _first_unlabeled_from(self, start: int) -> int | None:
        for i in range(start, len(self.items)):
            label = self.labels.get(self.items[i].sentence.id)
            if not label or not label.label:
                return i
        return None

    def _note_changed(self, change: dict) -> None:
        if self._refreshing:
            return
        current = self.current_label()
        if (current.note if current else "") == change["new"]:
            return

        def with_note(old: Label | None) -> Label | None:
            label = Label(label=old.label if old else None, note=change["new"])
            return label if label.label or label.note else None

        self._save(self.current.sentence.id, with_note)

    def _save(self, sentence_id: str, change: Callable[[Label | None], Label | None]) -> None:
        self.labels = self.hooks.save(sentence_id, change)
        self.refresh()

    _refreshing = False

    def refresh(self) -> None:
        """Redraw everything from ``self.labels`` and ``self.index``."""
        item, label = self.current, self.current_label()
        checking = self.self_check and self.check_toggle.value
        feedback = self.hooks.feedback(item.sentence.id, label) if checking else None
        self.card.html = card_html(
            item, self.index + 1, len(self.items), label, self.taxonomy, feedback
        )
        for label_id, label_button in self.label_buttons.items():
            label_button.button_style = "info" if label and label.label == label_id else ""
        self._refreshing = True
        try:
            self.note.value = label.note if label else ""
        finally:
            self._refreshing = False
        done = self.labeled_count()
        self.progress.value = done
        self.progress_text.value = f"{done} of {len(self.items)} labeled"
        self.previous_button.disabled = self.index == 0
        self.next_button.disabled = self.index == len(self.items) - 1
        self.undo_button.disabled = not self.undo_stack
        self.summary.value = grade_html(self.hooks.grade(self.labels)) if checking else ""
