"""The claim-labeling activity: article, taxonomy, key and saved work wired to the labeler widget."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from kit.analysis.grading import Grade, check_label, grade, key_problems
from kit.analysis.items import Scope, labeling_items
from kit.analysis.signals import sentence_signals
from kit.analysis.suggest import suggest_statement_type
from kit.articles import load_article
from kit.exporting import export_message
from kit.figures.claims import confusion_figure
from kit.keys import load_claim_key
from kit.model.work import Label
from kit.quiz_activity import DEFAULT_ARTICLE, self_check_setting
from kit.store.student import current_student
from kit.store.work_store import WorkStore
from kit.taxonomies import DEFAULT_TAXONOMY, load_taxonomy
from kit.views.claims import grade_html, key_table_html, legend_html, overview_html
from kit.views.html import HTMLView
from kit.widgets.labeler import ClaimLabeler, LabelerHooks


class ClaimsActivity:
    """``claims = kit.claims("body")``, then ``claims.labeler()``; ``"comments"`` labels the comments."""

    def __init__(
        self,
        scope: Scope = "body",
        article_id: str = DEFAULT_ARTICLE,
        taxonomy: str = DEFAULT_TAXONOMY,
        student: str | None = None,
        self_check: bool | None = None,
    ) -> None:
        self.article = load_article(article_id)
        self.taxonomy = load_taxonomy(taxonomy)
        self.items = labeling_items(self.article, scope)
        self.key = load_claim_key(article_id, taxonomy)
        self.self_check = self_check_setting(self_check, has_key=self.key is not None)
        suffix = "" if taxonomy == DEFAULT_TAXONOMY else f"-{taxonomy}"
        self.store = WorkStore(
            student or current_student(),
            article_id,
            self.article.content_hash(),
            f"claims-{scope}{suffix}",
            taxonomy=taxonomy,
        )
        self.labels = dict(self.store.load().labels)
        self.skipped = (
            key_problems(self.key, self._sentences(), self.taxonomy.ids) if self.key else {}
        )

    def _sentences(self):
        return [item.sentence for item in self.items]

    def export(self) -> str:
        """Write this student's work on the article as one submission file, to hand in."""
        return export_message(self.store.blank.student, self.article)

    def _save(
        self, sentence_id: str, change: Callable[[Label | None], Label | None]
    ) -> dict[str, Label]:
        """Change one label under the store's lock, from what is on disk (another notebook may have
        labeled other sentences meanwhile), and return every label."""
        work = self.store.update(
            lambda work: work.with_label(sentence_id, change(work.labels.get(sentence_id)))
        )
        self.labels = dict(work.labels)
        return self.labels

    def _feedback(self, sentence_id: str, label: Label | None):
        if not self.self_check or not label or not label.label or sentence_id in self.skipped:
            return None
        return check_label(self.key.entries[sentence_id], sentence_id, label.label)

    def grade(self, labels: dict[str, Label] | None = None) -> Grade:
        if self.key is None:
            raise LookupError(
                f"no answer key for {self.article.id} with the {self.taxonomy.id} taxonomy yet"
            )
        return grade(
            self.key,
            self._sentences(),
            self.labels if labels is None else labels,
            self.taxonomy.ids,
        )

    def labeler(self) -> ClaimLabeler:
        messages = list(self.store.messages)
        if self.skipped:
            messages.append(
                f"Sentences changed since the answer key was written: {', '.join(self.skipped)}. "
                "They will not be checked. Tell your teacher."
            )
        return ClaimLabeler(
            self.items,
            self.taxonomy,
            self.labels,
            LabelerHooks(
                save=self._save, feedback=self._feedback, grade=self.grade, export=self.export
            ),
            self_check=self.self_check,
            messages=messages,
        )

    def legend(self) -> HTMLView:
        return HTMLView(legend_html(self.taxonomy))

    def overview(self) -> HTMLView:
        self.labels = dict(self.store.load().labels)
        return HTMLView(overview_html(self.items, self.labels, self.taxonomy))

    def check(self) -> HTMLView:
        """Score and agreement for the sentences labeled so far (only while self-check is on)."""
        if not self.self_check:
            return HTMLView(
                "<div>Checking is switched off for this activity. Your teacher will go over it.</div>"
            )
        return HTMLView(grade_html(self.grade()))

    def confusion_figure(self) -> go.Figure:
        if not self.self_check:
            raise PermissionError("checking is switched off for this activity")
        return confusion_figure(self.grade().confusion(self.taxonomy.ids), self.taxonomy)

    def second_opinion(self) -> pd.DataFrame:
        """Each sentence's tone (TextBlob) and the rule-based guess at its statement type, with why."""
        table = sentence_signals(self._sentences())
        guesses = [suggest_statement_type(text) for text in table["text"]]
        table["machine_label"] = [g.label for g in guesses]
        table["machine_reason"] = [g.reason for g in guesses]
        table["your_label"] = [
            self.labels[i].label if i in self.labels else None for i in table.index
        ]
        return table

    def compare(self) -> pd.DataFrame:
        """Your label, the machine's and the key's, side by side, for the sentences you labeled."""
        table = self.second_opinion()
        table = table[table["your_label"].notna()].copy()
        if self.self_check:
            table["key_label"] = [
                self.key.entries[i].label if i not in self.skipped else None for i in table.index
            ]
        return table.drop(columns=["polarity"])

    def answer_key(self) -> HTMLView:
        if self.key is None:
            return HTMLView("<div>No answer key has been written for this taxonomy yet.</div>")
        return HTMLView(key_table_html(self.key, self.items, self.taxonomy))
