"""A class's submissions screened and summed up: scores, agreement, disputed sentences, sourcing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import krippendorff
import numpy as np
import pandas as pd

from kit.analysis.grading import grade
from kit.model.article import Article, Sentence
from kit.model.claim_key import ClaimKey
from kit.model.submission import Submission


@dataclass(frozen=True)
class Rejected:
    file: str
    reason: str


@dataclass
class Screened:
    accepted: list[Submission] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def screen(
    submissions: Sequence[tuple[str, Submission]],
    article: Article,
    known_labels: dict[str, set[str]],
    key_hashes: dict[str, str],
) -> Screened:
    """Keep submissions for this article, its current text and keys, with known labels only; of
    several from one student keep the newest. ``known_labels`` maps a taxonomy id to its labels."""
    result = Screened()
    newest: dict[str, tuple[str, Submission]] = {}
    content_hash = article.content_hash()
    for file, submission in submissions:
        reason = None
        if submission.article_id != article.id:
            reason = f"it is for another article ({submission.article_id})"
        elif submission.article_hash != content_hash:
            reason = "it was made on an older or different version of the article"
        else:
            for activity, used in submission.key_hashes.items():
                if activity in key_hashes and used != key_hashes[activity]:
                    reason = f"it was made with an older version of the answer key for {activity}"
            for work in submission.works:
                allowed = known_labels.get(work.taxonomy or "", set())
                unknown = {lab.label for lab in work.labels.values() if lab.label} - allowed
                unknown |= {c.type for c in work.sources.values()} - known_labels.get(
                    "source-types", set()
                )
                if work.taxonomy and unknown:
                    reason = f"it uses labels the kit does not know: {sorted(unknown)[:5]}"
                if work.student != submission.student or work.article_id != article.id:
                    reason = "its parts belong to another student or article"
        if reason:
            result.rejected.append(Rejected(file, reason))
            continue
        earlier = newest.get(submission.student)
        if earlier is None or submission.exported > earlier[1].exported:
            if earlier:
                result.rejected.append(
                    Rejected(earlier[0], f"a newer submission from {submission.student} is used")
                )
            newest[submission.student] = (file, submission)
        else:
            result.rejected.append(
                Rejected(file, f"a newer submission from {submission.student} is used")
            )
    result.accepted = [s for _, s in sorted(newest.values(), key=lambda pair: pair[1].student)]
    return result


def label_matrix(
    accepted: Sequence[Submission], activity: str, sentence_ids: Sequence[str]
) -> pd.DataFrame:
    """Students by sentences; each cell the student's label, or missing."""
    rows = {}
    for submission in accepted:
        work = submission.work(activity)
        labels = work.labels if work else {}
        rows[submission.student] = [labels[s].label if s in labels else None for s in sentence_ids]
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(sentence_ids), dtype=object)


def student_scores(
    accepted: Sequence[Submission],
    activity: str,
    sentences: Sequence[Sentence],
    key: ClaimKey,
    label_ids: Sequence[str],
) -> pd.DataFrame:
    rows = []
    for submission in accepted:
        work = submission.work(activity)
        result = grade(key, sentences, work.labels if work else {}, label_ids)
        rows.append(
            (
                submission.student,
                result.labeled,
                result.count("right"),
                result.count("acceptable"),
                result.points,
                result.kappa,
            )
        )
    return pd.DataFrame(
        rows, columns=["student", "labeled", "right", "acceptable", "points", "kappa"]
    ).set_index("student")


def class_alpha(matrix: pd.DataFrame, label_ids: Sequence[str]) -> float | None:
    """Krippendorff's alpha (nominal) across the class; None with fewer than two students or one label."""
    codes = {label: n for n, label in enumerate(label_ids)}
    data = np.array(
        [
            [codes.get(v, np.nan) if v is not None else np.nan for v in row]
            for row in matrix.to_numpy()
        ],
        dtype=float,
    )
    if data.shape[0] < 2 or len(set(data[~np.isnan(data)].tolist())) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def sentence_spread(matrix: pd.DataFrame, label_ids: Sequence[str]) -> pd.DataFrame:
    """Per sentence, how many students gave each label, and how split they were (1 - the top share),
    most disputed first."""
    counts = pd.DataFrame({label: (matrix == label).sum(axis=0) for label in label_ids})
    answered = counts.sum(axis=1)
    counts["dispute"] = np.where(
        answered > 0, 1 - counts[list(label_ids)].max(axis=1) / answered.where(answered > 0, 1), 0.0
    )
    counts["answered"] = answered
    return counts.sort_values(["dispute", "answered"], ascending=[False, False], kind="stable")


def sourcing_spread(accepted: Sequence[Submission]) -> pd.DataFrame:
    """Per suggested attribution: how many students confirmed it, and which types the others chose."""
    rows: dict[str, dict[str, int]] = {}
    for submission in accepted:
        work = submission.work("sourcing-body")
        for slot, check in work.sources.items() if work else []:
            row = rows.setdefault(slot, {"confirmed": 0, "corrected": 0})
            row["confirmed" if check.confirmed else "corrected"] += 1
            if not check.confirmed:
                row[f"→ {check.type}"] = row.get(f"→ {check.type}", 0) + 1
    return pd.DataFrame.from_dict(rows, orient="index").fillna(0).astype(int).sort_index()
