"""The dashboard's totals equal the sums over live practices, counted by hand."""

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

import pytest

from practices.impact.carbon import Estimate, practice_estimate
from practices.impact.dashboard import selectors
from practices.impact.dashboard.selectors import Filters, dashboard_figures
from practices.models import PracticePage, Region
from tests.factories import PracticePageFactory
from tests.practices.impact.conftest import category


def by_key(dashboard, breakdown: str) -> dict:
    return {row.key: row for row in dashboard.breakdowns[breakdown]}


@pytest.mark.django_db
def test_totals_are_the_hand_sums_over_live_practices(corpus):
    dashboard = dashboard_figures(filters=Filters())
    totals = dashboard.totals
    # zai (counted once with its French translation), compost, silent, mulch; not the draft.
    assert totals.practices == 4
    assert totals.farmers_from_practices == 12 + 5 + 40
    assert totals.reports == 3  # two on zai, one on its translation; not the unpublished
    assert totals.farmers == 12 + 5 + 40 + 3
    assert totals.practices_without_farmers == 1
    assert totals.hectares == pytest.approx(3.0 + 2.5 + 10.0)
    assert totals.practices_without_area == 1
    assert totals.outcomes == {"worked": 2, "mixed": 1, "did_not_work": 1}
    assert totals.report_outcomes == {"worked": 1, "mixed": 1, "did_not_work": 1}


@pytest.mark.django_db
def test_breakdowns_sum_by_country_region_category_and_year(corpus):
    dashboard = dashboard_figures(filters=Filters())
    countries = by_key(dashboard, "country")
    assert countries["NE"].farmers == 12 + 5 + 2  # two reports from Niger
    assert countries["NE"].hectares == pytest.approx(5.5)
    assert countries["BF"].farmers == 1 and countries["BF"].practices == 0
    assert countries["KE"].farmers == 40 and countries["KE"].hectares == pytest.approx(10.0)
    categories = by_key(dashboard, "category")
    # "compost" is in two categories: counted in each.
    assert categories["cover-crops"].practices == 2
    assert categories["cover-crops"].farmers == 5
    assert categories["organic-amendments"].hectares == pytest.approx(2.5)
    assert categories["water-harvesting"].farmers == 12 + 3
    region = corpus["zai"].region.slug
    assert by_key(dashboard, "region")[region].practices == 2
    years = by_key(dashboard, "year")
    assert sum(row.practices for row in years.values()) == 4
    assert sum(row.farmers for row in years.values()) == dashboard.totals.farmers


@pytest.mark.django_db
def test_filters_narrow_every_figure(corpus):
    kenya = dashboard_figures(filters=Filters(country="KE"))
    assert kenya.totals.practices == 2 and kenya.totals.farmers == 40
    assert set(by_key(kenya, "country")) == {"KE"}
    cover = dashboard_figures(filters=Filters(category="cover-crops"))
    assert cover.totals.practices == 2 and cover.totals.hectares == pytest.approx(2.5)
    region = dashboard_figures(filters=Filters(region=corpus["zai"].region.slug))
    assert region.totals.practices == 2
    # Two practices' farmers, and the three published reports on zaï: Niger's two and Burkina
    # Faso's (the same region, West Africa).
    assert region.totals.farmers == 12 + 5 + 3


@pytest.mark.django_db
def test_publishing_a_practice_renews_the_cached_figures(corpus):
    before = dashboard_figures(filters=Filters()).totals
    draft = corpus["draft"]
    draft.save_revision().publish()
    after = dashboard_figures(filters=Filters()).totals
    assert after.practices == before.practices + 1
    assert after.farmers == before.farmers + 1000 + 1  # its farmers and its report
    draft.refresh_from_db()
    draft.unpublish()
    assert dashboard_figures(filters=Filters()).totals.practices == before.practices
    corpus["mulch"].delete()
    assert dashboard_figures(filters=Filters()).totals.hectares == pytest.approx(5.5)


@pytest.mark.django_db
def test_tonnes_are_each_practice_estimate_times_its_area_summed(corpus):
    expected, estimated = [0.0, 0.0, 0.0], 0
    for name in ("zai", "compost", "silent", "mulch"):
        page = PracticePage.objects.get(pk=corpus[name].pk)
        estimate = practice_estimate(page)
        if isinstance(estimate, Estimate) and page.area_ha:
            estimated += 1
            low, high = estimate.interval_95
            for index, value in enumerate((estimate.change_t_c_ha_yr, low, high)):
                expected[index] += value * page.area_ha
    totals = dashboard_figures(filters=Filters()).totals
    assert estimated == 2  # compost and mulch; zai (water harvesting) has no Tier 1 factor
    assert totals.practices_estimated == estimated
    assert (totals.t_c_yr, totals.t_c_yr_low, totals.t_c_yr_high) == pytest.approx(expected)
    assert totals.t_c_yr_low <= totals.t_c_yr <= totals.t_c_yr_high


@pytest.mark.django_db
def test_a_no_till_tag_counts_in_the_dashboard_as_on_the_practice_page(libraries):
    site = {"latitude": -0.10, "longitude": 34.75, "country": "KE", "soil_group": "FR",
            "texture": "fine", "area_ha": 4.0, "farmers": 3}  # fmt: skip
    tillage = [category("reduced-tillage")]
    reduced = PracticePageFactory(parent=libraries["en"], categories=tillage, **site)
    no_till = PracticePageFactory(parent=libraries["en"], categories=tillage, **site)
    no_till.tags.add("semis direct")
    no_till.save_revision().publish()
    per_page = []
    for page in (reduced, no_till):
        estimate = practice_estimate(PracticePage.objects.get(pk=page.pk))
        assert isinstance(estimate, Estimate)
        per_page.append(estimate.change_t_c_ha_yr * 4.0)
    assert per_page[1] > per_page[0]  # no-till stores more than reduced tillage
    totals = dashboard_figures(filters=Filters(category="reduced-tillage")).totals
    assert totals.practices_estimated == 2
    assert totals.t_c_yr == pytest.approx(sum(per_page))


@pytest.mark.django_db
def test_a_practice_without_a_region_counts_in_its_countrys_region(corpus):
    # The Kenyan practices were saved without a region (as an import may leave them).
    east = Region.objects.filter(countries__contains="KE").order_by("slug").first()
    assert east is not None and corpus["mulch"].region is None
    dashboard = dashboard_figures(filters=Filters())
    assert by_key(dashboard, "region")[east.slug].farmers == 40
    within = dashboard_figures(filters=Filters(region=east.slug))
    assert within.totals.practices == 2 and within.totals.hectares == pytest.approx(10.0)


@pytest.mark.django_db(transaction=True)
def test_threads_asking_at_once_after_a_publication_read_the_practices_once(monkeypatch):
    readings = []
    groups_of = selectors.groups_of

    def grouped(facts):
        readings.append(threading.get_ident())
        time.sleep(0.2)  # a long reading: the other threads arrive meanwhile
        return groups_of(facts)

    monkeypatch.setattr(selectors, "groups_of", grouped)
    monkeypatch.setattr(selectors, "_shared", {})
    generation = uuid.uuid4().hex
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda _: _facts_closing(generation), range(6)))
    assert len(readings) == 1
    assert all(answer is answers[0] for answer in answers)


def _facts_closing(generation):
    try:
        return selectors._facts(generation)
    finally:
        connection.close()
