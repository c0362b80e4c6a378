"""Comment votes in a lesson: the vote table, rankings, charts and the explorer for one article."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from kit.analysis.votes import rank, top_comments, vote_table
from kit.articles import load_article
from kit.figures.votes import CHARTS
from kit.quiz_activity import DEFAULT_ARTICLE
from kit.store.student import current_student
from kit.store.work_store import WorkStore
from kit.taxonomies import DEFAULT_TAXONOMY
from kit.widgets.vote_explorer import VoteExplorer

COMMENT_LABELS_ACTIVITY = "claims-comments"


class VotesActivity:
    """``votes = kit.votes()``, then ``votes.table()``, ``votes.top()``, ``votes.explorer()``."""

    def __init__(self, article_id: str = DEFAULT_ARTICLE, student: str | None = None) -> None:
        self.article = load_article(article_id)
        self.student = student or current_student()

    def _comment_labels(self):
        """The student's labels of the comments from lesson 02, where there are any."""
        store = WorkStore(
            self.student,
            self.article.id,
            self.article.content_hash(),
            COMMENT_LABELS_ACTIVITY,
            DEFAULT_TAXONOMY,
        )
        return store.load().labels if store.path.exists() else None

    def table(self, confidence: float = 0.95) -> pd.DataFrame:
        return vote_table(self.article, confidence, claim_labels=self._comment_labels())

    def top(self, n: int = 3) -> pd.DataFrame:
        return top_comments(self.table(), n)

    def ranking(self, rule: str) -> pd.DataFrame:
        table = self.table()
        order = rank(table, rule).sort_values().index
        return table.loc[
            order, ["position", "first_words", "up", "down", "net", "wilson_lower", "controversy"]
        ]

    def figure(self, chart: str = "up and down votes") -> go.Figure:
        return CHARTS[chart](self.table())

    def explorer(self) -> VoteExplorer:
        texts = {c.id: c.text for c in self.article.comments}
        return VoteExplorer(self.table(), texts.__getitem__)
