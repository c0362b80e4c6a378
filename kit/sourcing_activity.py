"""The sourcing activity: extracted attributions, the student's checks, IMVAIN and comparison charts."""

from __future__ import annotations

from functools import cached_property

import pandas as pd
import plotly.graph_objects as go

from kit.analysis.items import labeling_items
from kit.analysis.sources import source_table
from kit.analysis.sourcing import check_source
from kit.articles import load_article
from kit.exporting import export_message
from kit.figures.sourcing import (
    named_vs_unnamed_figure,
    source_type_share_figure,
    unattributed_figure,
    voices_by_side_figure,
)
from kit.keys import load_sides, load_sourcing_key
from kit.model.work import SourceCheck
from kit.quiz_activity import DEFAULT_ARTICLE, self_check_setting
from kit.store.student import current_student
from kit.store.work_store import WorkStore
from kit.taxonomies import load_taxonomy
from kit.views.html import HTMLView
from kit.views.sourcing import side_colours, sourced_article_html, sourcing_key_html
from kit.widgets.sourcing import ImvainChecklist, SourcingHooks, SourcingReviewer

PRACTICE_ARTICLE = "practice-river-fish"
SOURCE_TYPES = "source-types"


class SourcingActivity:
    """``sourcing = kit.sourcing()``, then ``sourcing.table()``, ``sourcing.reviewer()``, ..."""

    def __init__(
        self,
        article_id: str = DEFAULT_ARTICLE,
        student: str | None = None,
        self_check: bool | None = None,
    ) -> None:
        self.article = load_article(article_id)
        self.taxonomy = load_taxonomy(SOURCE_TYPES)
        self.sides = load_sides(article_id)
        self.key = load_sourcing_key(article_id)
        self.self_check = self_check_setting(self_check, has_key=self.key is not None)
        self.items = labeling_items(self.article, "body")
        self.store = WorkStore(
            student or current_student(),
            article_id,
            self.article.content_hash(),
            "sourcing-body",
            taxonomy=SOURCE_TYPES,
        )
        self.work = self.store.load()

    @cached_property
    def _extracted(self) -> pd.DataFrame:
        # The article and its sides table do not change while the activity is open: extract once.
        return source_table(self.article.body_sentences(), self.sides)

    def table(self) -> pd.DataFrame:
        """One row per attribution, as the kit extracts it (a sentence without one: type 'none')."""
        return self._extracted.copy()

    @cached_property
    def _slots(self) -> list[tuple]:
        table = self._extracted
        by_id = {item.sentence.id: item for item in self.items}
        slots = []
        for sentence_id, rows in table.groupby("sentence", sort=False):
            for n, (_, row) in enumerate(rows.iterrows(), start=1):
                values = {k: None if pd.isna(v) else v for k, v in row.to_dict().items()}
                slots.append((by_id[sentence_id], {**values, "slot": f"{sentence_id}#{n}"}))
        return slots

    def export(self) -> str:
        """Write this student's work on the article as one submission file, to hand in."""
        return export_message(self.store.blank.student, self.article)

    def _save(self, slot: str, check: SourceCheck | None) -> dict[str, SourceCheck]:
        self.work = self.store.update(lambda work: work.with_source(slot, check))
        return dict(self.work.sources)

    def _feedback(self, slot: str, check: SourceCheck):
        sentence_id, n = slot.split("#")
        if not self.self_check or sentence_id not in self.key.entries:
            return None
        if self.key.entries[sentence_id].text != self.article.sentence(sentence_id).text:
            return None  # the key was written for other text: never misapplied
        return check_source(self.key, sentence_id, int(n) - 1, check)

    def reviewer(self) -> SourcingReviewer:
        return SourcingReviewer(
            self._slots,
            self.taxonomy,
            self.sides.sides,
            dict(self.work.sources),
            SourcingHooks(save=self._save, feedback=self._feedback, export=self.export),
            self_check=self.self_check,
        )

    def sources(self) -> list[str]:
        """Each distinct source once, as the student checked it where they did, else as extracted."""
        names = []
        for _, suggestion in self._slots:
            check = self.work.sources.get(suggestion["slot"])
            name = check.source if check else suggestion["resolved"]
            kind = check.type if check else suggestion["type"]
            if name and kind != "none" and name not in names:
                names.append(name)
        return names

    def imvain(self) -> ImvainChecklist:
        def save(source: str, criteria: list[str]) -> None:
            self.work = self.store.update(lambda work: work.with_imvain(source, criteria))

        return ImvainChecklist(self.sources(), dict(self.work.imvain), save)

    def article_view(self) -> HTMLView:
        table = self.table()
        found: dict[str, list[tuple[str, str]]] = {}
        for _, row in table[table["type"] != "none"].iterrows():
            found.setdefault(row["sentence"], []).append((row["resolved"], row["side"]))
        return HTMLView(
            sourced_article_html(
                self.items, found, side_colours(self.sides.sides), self.article.practice
            )
        )

    def answer_key(self) -> HTMLView:
        if self.key is None:
            return HTMLView("<div>No sourcing key has been written for this article yet.</div>")
        return HTMLView(sourcing_key_html(self.key, self.items, self.taxonomy))

    def _compared(self, other: str | None) -> dict[str, pd.DataFrame]:
        tables = {"this article": self.table()}
        other_id = other or PRACTICE_ARTICLE
        if other_id != self.article.id:
            practice = load_article(other_id)
            name = "practice article" if practice.practice else other_id
            tables[name] = source_table(practice.body_sentences(), load_sides(other_id))
        tables["reader comments"] = source_table(self.article.comment_sentences(), self.sides)
        return tables

    def type_share_figure(self, other: str | None = None) -> go.Figure:
        return source_type_share_figure(self._compared(other), self.taxonomy)

    def named_figure(self, other: str | None = None) -> go.Figure:
        return named_vs_unnamed_figure(self._compared(other))

    def voices_figure(self) -> go.Figure:
        return voices_by_side_figure(self.table())

    def unattributed_figure(self) -> go.Figure:
        needs = (
            {sid for sid, e in self.key.entries.items() if e.needs_source} if self.key else set()
        )
        texts = {s.id: s.text for s in self.article.body_sentences()}
        return unattributed_figure(self.table(), texts, needs)
