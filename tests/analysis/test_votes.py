import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.analysis.raw_page import import_raw_page
from kit.analysis.votes import (
    RULES,
    controversy,
    rank,
    ranks,
    top_comments,
    vote_table,
    wilson_lower_bound,
)
from kit.model.work import Label
from tests.pages import comment_block, make_page


def test_wilson_lower_bound_on_hand_computed_cases():
    # 10 of 10 at 95%: (1 + 1.96²/20 - 1.96·sqrt(1.96²/400)/sqrt(10)·...) = 0.7225 (Evan Miller's formula)
    assert wilson_lower_bound(np.array([10]), np.array([10]))[0] == pytest.approx(0.72247, abs=1e-4)
    assert wilson_lower_bound(np.array([0]), np.array([8]))[0] == 0.0  # only down votes
    assert wilson_lower_bound(np.array([0]), np.array([0]))[0] == 0.0  # no votes at all
    assert math.isnan(
        wilson_lower_bound(np.array([np.nan]), np.array([np.nan]))[0]
    )  # missing votes
    ninety = wilson_lower_bound(np.array([10]), np.array([10]), confidence=0.90)[0]
    assert ninety > 0.7225  # less confidence, a higher lower bound


def test_controversy_on_hand_computed_cases():
    assert controversy(np.array([7, 5, 0, 0, 3]), np.array([1, 5, 8, 0, 4])).tolist() == [
        8 / 6,
        10.0,
        1.0,
        0.0,
        7.0,
    ]


def test_seed_vote_table(article):
    table = vote_table(article)
    assert len(table) == 11 and table.index[0] == "c01"
    c05 = table.loc["c05"]
    assert (c05["up"], c05["down"], c05["net"], c05["total"]) == (7, 1, 6, 8)
    assert c05["approval"] == pytest.approx(0.875) and c05["controversy"] == pytest.approx(4 / 3)
    assert table.loc["c01", "small_total"] == False and table.loc["c11", "small_total"] == True  # noqa: E712
    assert table.loc["c10", "polarity"] == -1.0
    assert table["checkable_claim"].isna().all() and table["cites_source"].isna().all()
    assert "95% confidence" in table.attrs["formulas"]["wilson_lower"]


def test_a_comment_without_votes_keeps_them_missing_not_zero():
    page = make_page([comment_block("Voted comment.", 3, 1)]).replace(
        "\nLogin to leave a comment", "\nA comment with no vote line.\n\nLogin to leave a comment"
    )
    table = vote_table(import_raw_page(page, "t"))
    missing = table.loc["c02"]
    assert pd.isna(missing["up"]) and pd.isna(missing["net"]) and pd.isna(missing["total"])
    assert math.isnan(missing["wilson_lower"]) and math.isnan(missing["controversy"])
    assert missing["small_total"]
    assert all(rank(table, rule)["c02"] == 2 for rule in RULES if rule != "posting order")


def test_claim_labels_fill_checkable_claim(article):
    labels = {"c02s01": Label(label="fact"), "c10s01": Label(label="opinion")}
    table = vote_table(article, claim_labels=labels)
    assert table.loc["c02", "checkable_claim"] == True  # noqa: E712
    assert table.loc["c10", "checkable_claim"] == False  # noqa: E712
    assert pd.isna(table.loc["c01", "checkable_claim"])


def test_rules_and_top_three(article):
    table = vote_table(article)
    assert rank(table, "net score").sort_values().index[:3].tolist() == ["c01", "c02", "c08"]
    assert rank(table, "controversy").sort_values().index[0] == "c05"
    assert rank(table, "Wilson lower bound")["c11"] == 9
    top = top_comments(table)
    assert len(top) == 12 and top[top["rule"] == "posting order"]["comment"].tolist() == [
        "c01",
        "c02",
        "c03",
    ]
    assert list(ranks(table).columns) == list(RULES)


VOTES = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(VOTES)
def test_metrics_stay_in_range_and_every_rule_is_a_total_order(votes):
    page = make_page(
        [comment_block(f"Comment number {n}.", up, down) for n, (up, down) in enumerate(votes)]
    )
    table = vote_table(import_raw_page(page, "fuzz"))
    assert table["wilson_lower"].between(0, 1).all()
    assert (table["wilson_lower"] <= table["approval"].fillna(0) + 1e-12).all()
    assert (table["controversy"] >= 0).all() and table["approval"].dropna().between(0, 1).all()
    for rule in RULES:
        assert sorted(rank(table, rule)) == list(range(1, len(votes) + 1))
