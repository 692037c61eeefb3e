"""Per-practice similarities learned on half the trials (benchmarks/outcomes_learned.py): the
held-out figure is only honest if the learning never sees the other half's outcomes."""

from types import SimpleNamespace

import numpy as np

from benchmarks import outcomes_learned as learned
from benchmarks.outcomes_learned import K
from benchmarks.trials import Site

METRIC = learned.FAMILIES[0]  # the weighted distance plus kilometres


def _sites(count, studies_of=lambda n: {f"study {n // 3}"}):
    return [
        Site(float(n), 0.0, n % 2 == 0, 1, frozenset(studies_of(n)), texture="fine")
        for n in range(count)
    ]


def _line(count, seed=1):
    """Sites on a line (km apart as their positions) with random outcomes and one feature."""
    generator = np.random.default_rng(seed)
    positions = np.sort(generator.random(count) * 5000)
    km = np.abs(np.subtract.outer(positions, positions))
    rainfall = generator.random(count)
    differences = {name: np.zeros((count, count)) for name in learned.FEATURES}
    differences["rainfall"] = np.subtract.outer(rainfall, rainfall) ** 2
    labels = generator.random(count) < 0.5
    return km, differences, labels


def test_a_studys_sites_stay_on_one_side_of_every_split():
    prepared = SimpleNamespace(sites=_sites(60))
    for seed in range(5):
        halves = learned.study_halves(prepared, seed)
        for first in range(0, 60, 3):  # three sites a study
            assert len(set(halves[first : first + 3])) == 1
        assert 0 < halves.sum() < 60
    assert not np.array_equal(learned.study_halves(prepared, 0), learned.study_halves(prepared, 1))


def test_learning_on_one_half_ignores_the_other_halfs_outcomes():
    km, differences, labels = _line(80)
    rows = np.arange(40)
    flipped = labels.copy()
    flipped[40:] = ~flipped[40:]
    for family in learned.FAMILIES:
        assert learned.fit(family, differences, km, labels, rows) == learned.fit(
            family, differences, km, flipped, rows
        )


def test_a_metric_of_kilometres_alone_is_distance():
    km, differences, labels = _line(50)
    scores = learned.metric_score(differences, km, {}, 1.0)
    assert np.array_equal(learned.predicted(scores, labels), learned.predicted(-km, labels))


def test_near_then_like_keeps_to_the_m_nearest():
    km, differences, labels = _line(50)
    scores = learned.near_then_like_score(differences, km, {"rainfall": 4}, K)
    assert np.array_equal(learned.predicted(scores, labels), learned.predicted(-km, labels))
    wider = learned.near_then_like_score(differences, km, {"rainfall": 4}, 30)
    assert not np.array_equal(learned.predicted(wider, labels), learned.predicted(-km, labels))


def test_an_unknown_value_neither_brings_sites_together_nor_apart():
    differences = learned.squared_differences(
        {"texture": np.array([0.0, 2.0, np.nan]), "rainfall": np.array([1.0, 1.0, 1.0])}
    )
    assert differences["texture"][0, 1] > 0
    assert differences["texture"][0, 2] == differences["texture"][1, 2] == 0
    assert not differences["rainfall"].any()  # no spread: nothing to tell sites apart


def test_each_site_is_predicted_by_what_the_other_half_learned():
    km, differences, labels = _line(60)
    prepared = SimpleNamespace(sites=_sites(60), labels=labels, km=km)
    halves = learned.study_halves(prepared, 0)
    predictions, learnt = learned.held_out(METRIC, prepared, differences, halves)
    first = learnt[1]  # learned on half 1, checks half 0
    expected = learned.predicted(
        METRIC.score(differences, km, first["weights"], first["constant"]), labels
    )
    assert np.array_equal(predictions[halves == 0], expected[halves == 0])


def test_left_out_of_a_quick_run_and_skipped_without_the_trials(tmp_path, monkeypatch):
    monkeypatch.setenv("TERROIR_REAL_DATA", str(tmp_path))
    assert learned.run(quick=True) == []
    rows = learned.run(quick=False)
    assert [row["name"] for row in rows] == [
        "outcomes_learned_notill_sites",
        "outcomes_learned_cover_crops_sites",
        "outcomes_learned_agroforestry_sites",
    ]
    assert all(row["value"] == 0 and str(tmp_path) in row["skipped"] for row in rows)
