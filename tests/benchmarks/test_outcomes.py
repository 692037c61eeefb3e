"""The outcome-prediction benchmark's own arithmetic (benchmarks/outcomes.py, trials.py): the
figures are only as good as the AUC, the site grouping and the skip when the data are absent."""

import numpy as np

from benchmarks import outcomes, outcomes_search
from benchmarks.outcomes import K
from benchmarks.stats import auc
from benchmarks.trials import Observation, sites_group


def _pairwise_auc(scores, labels):
    positives, negatives = scores[labels][:, None], scores[~labels][None, :]
    return float(((positives > negatives) + 0.5 * (positives == negatives)).mean())


def test_auc_is_the_share_of_pairs_ordered_right_ties_counting_half():
    generator = np.random.default_rng(3)
    for _run in range(50):
        scores = generator.integers(0, 4, 30).astype(float)  # many ties
        labels = generator.random(30) < 0.4
        assert auc(scores, labels) == _pairwise_auc(scores, labels)
    assert auc(np.array([0.1, 0.9]), np.array([False, True])) == 1.0
    assert np.isnan(auc(np.array([0.1, 0.9]), np.array([True, True])))


def _observation(latitude, improved, change=0.0, study="a"):
    return Observation(latitude, 10.0, improved, change, study, texture="fine")


def test_a_site_worked_when_most_observations_improved_the_mean_change_breaking_ties():
    sites = sites_group(
        [
            _observation(1.001, True), _observation(1.002, True), _observation(1.004, False),
            _observation(2.0, True, 0.3), _observation(2.0, False, -0.1, study="b"),
            _observation(3.0, True, 0.1), _observation(3.0, False, -0.2),
        ]
    )  # fmt: skip
    assert [(s.latitude, s.worked, s.observations) for s in sites] == [
        (1.0, True, 3),
        (2.0, True, 2),
        (3.0, False, 2),
    ]
    assert sites[1].studies == frozenset({"a", "b"})
    assert sites[0].texture == "fine"


def test_the_nearest_vote_leaves_the_site_itself_out():
    labels = np.array([True, True, False, False])
    near = -np.abs(np.subtract.outer([0.0, 1.0, 5.0, 6.0], [0.0, 1.0, 5.0, 6.0]))
    itself = np.eye(4, dtype=bool)
    predicted = outcomes.predictions(near, labels, k=1, excluded=itself)
    assert predicted.tolist() == [1.0, 1.0, 0.0, 0.0]


def test_without_the_published_trials_each_set_is_a_skipped_row(tmp_path, monkeypatch):
    monkeypatch.setenv("TERROIR_REAL_DATA", str(tmp_path))
    rows = outcomes.run(quick=True)
    assert [row["name"] for row in rows] == [
        "outcomes_notill_sites",
        "outcomes_cover_crops_sites",
        "outcomes_agroforestry_sites",
    ]
    assert all(row["value"] == 0 and "not found" in row["skipped"] for row in rows)


def test_the_fast_vote_is_the_benchmarks_vote_ties_in_site_order():
    generator = np.random.default_rng(5)
    scores = generator.integers(0, 3, (40, 40)).astype(float)  # many exact ties
    labels = generator.random(40) < 0.5
    expected = outcomes.predictions(scores, labels, k=K, excluded=np.eye(40, dtype=bool))
    assert np.array_equal(outcomes_search.predicted(scores, labels), expected)


def test_the_nested_inner_vote_leaves_the_held_out_site_out_of_every_neighbourhood():
    generator = np.random.default_rng(6)
    scores = generator.integers(0, 4, (30, 30)).astype(float)
    labels = generator.random(30) < 0.5
    orders = outcomes_search.first_k(scores, K + 1)
    for held in (0, 7, 29):
        excluded = np.eye(30, dtype=bool)
        excluded[:, held] = True
        expected = outcomes.predictions(scores, labels, k=K, excluded=excluded)
        inner = outcomes_search.predicted_without(orders, labels.astype(float), held)
        others = np.arange(30) != held
        assert np.allclose(inner[others], expected[others])


def test_the_search_is_left_out_of_a_quick_run_and_skips_without_the_trials(tmp_path, monkeypatch):
    monkeypatch.setenv("TERROIR_REAL_DATA", str(tmp_path))
    assert outcomes_search.run(quick=True) == []
    assert outcomes_search.run(quick=False) == []


def test_like_yours_counts_the_sites_at_least_as_similar_as_the_page_says():
    similarity = np.array([[1.0, 0.9, 0.69], [0.9, 1.0, 0.75], [0.69, 0.75, 1.0]])
    labels = np.array([True, False, True])
    # site 0: only site 1 is like it; site 1: both others; site 2: site 1 only
    assert outcomes_search.like_yours_share(similarity, labels).tolist() == [0.0, 1.0, 0.0]
    lonely = np.eye(3)
    assert np.allclose(outcomes_search.like_yours_share(lonely, labels), 2 / 3)
