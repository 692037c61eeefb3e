"""A twin-region page: the sink's offer is the carbon model's sum over the practices in its
area; the two regions' correspondents may edit it, no one else's."""

from django.contrib.auth.models import Group, User
from django.test import Client

import pytest

from practices.impact.carbon import Estimate, practice_estimate
from practices.models import PracticeCategory
from practices.regions.models import Area, TwinRegionPage
from practices.regions.selectors import area_practices, twin_offer
from tests.factories import PracticePageFactory, region_claiming


@pytest.fixture
def copargo_practices(library):
    agroforestry = PracticeCategory.objects.get(slug="agroforestry", locale=library.locale)
    common = {
        "parent": library,
        "soil_group": "LX",
        "texture": "medium",
        "land_use": "cropland_annual",
        "categories": [agroforestry],
    }
    inside = [
        PracticePageFactory(
            title="Shea parkland", latitude=9.86, longitude=1.52, area_ha=38, farmers=46, **common
        ),
        PracticePageFactory(
            title="Trees in maize", latitude=9.79, longitude=1.58, area_ha=12, farmers=9, **common
        ),
        PracticePageFactory(title="No area given", latitude=9.82, longitude=1.55, **common),
    ]
    outside = PracticePageFactory(
        title="Parakou", latitude=9.35, longitude=2.62, area_ha=99, **common
    )
    draft = PracticePageFactory(title="Draft", latitude=9.84, longitude=1.55, area_ha=50, **common)
    draft.unpublish()
    return inside, outside


def twin_page(indexes, **fields) -> TwinRegionPage:
    values = {
        "title": "Copargo – Alfter",
        "slug": "copargo-alfter",
        "sink_name": "Copargo",
        "sink_country": "BJ",
        "sink_latitude": 9.837,
        "sink_longitude": 1.546,
        "sink_radius_km": 25,
        "source_name": "Alfter",
        "source_country": "DE",
        "source_latitude": 50.733,
        "source_longitude": 7.017,
        "source_radius_km": 10,
        "demand_t_co2e_yr": 450,
        **fields,
    }
    page = TwinRegionPage(**values)
    indexes["twins"]["en"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_offer_is_the_carbon_models_sum_over_the_practices_in_the_sink(
    indexes, copargo_practices
):
    inside, outside = copargo_practices
    page = twin_page(indexes)

    found = area_practices(area=page.sink)
    assert {p.title for p in found} == {p.title for p in inside}  # not Parakou, not the draft
    estimates = [practice_estimate(p) for p in inside]
    counted = [e for e in estimates if isinstance(e, Estimate) and e.area_ha]
    assert len(counted) == 2
    expected = sum(e.total_t_c_yr for e in counted)
    offer = twin_offer(practices=found)
    assert offer.t_c_yr == pytest.approx(expected)
    assert offer.low_t_c_yr == pytest.approx(sum(e.total_interval_95[0] for e in counted))
    assert offer.high_t_c_yr == pytest.approx(sum(e.total_interval_95[1] for e in counted))
    assert offer.adopters == 55

    html = Client().get(page.url).content.decode()
    assert f"{offer.t_co2e_yr:.1f}" in html and "450" in html
    offer_section = html[html.index('id="offer"') : html.index('id="demand"')]
    assert "Shea parkland" in offer_section and "Parakou" not in offer_section


def test_an_area_by_administrative_unit_takes_the_practices_of_that_unit(copargo_practices):
    inside, outside = copargo_practices
    donga = area_practices(area=Area(name="Donga", country="BJ", admin_unit="donga"))
    assert {p.title for p in donga} == {p.title for p in inside}


def test_an_area_needs_a_unit_or_a_whole_circle(indexes):
    page = TwinRegionPage(
        title="x",
        sink_name="a",
        sink_country="BJ",
        sink_latitude=9.8,
        source_name="b",
        source_country="DE",
        source_admin_unit="Bonn",
        source_radius_km=5,
    )
    with pytest.raises(Exception) as refused:
        page.clean()
    assert set(refused.value.message_dict) == {"sink_admin_unit", "source_admin_unit"}


def test_only_the_two_regions_correspondents_may_edit_the_twin_page(indexes):
    page = twin_page(indexes)
    people = {
        name: User.objects.create_user(name, f"{name}@example.org", "x")
        for name in ("benin", "germany", "kenya")
    }
    region_claiming(slug="benin", name="Benin", countries=["BJ"]).correspondents.add(
        people["benin"]
    )
    region_claiming(slug="germany", name="Germany", countries=["DE"]).correspondents.add(
        people["germany"]
    )
    region_claiming(slug="kenya", name="Kenya", countries=["KE"]).correspondents.add(
        people["kenya"]
    )
    for user in people.values():
        user.groups.add(Group.objects.get(name="Regional correspondents"))

    rights = {name: page.permissions_for_user(user).can_edit() for name, user in people.items()}

    assert rights == {"benin": True, "germany": True, "kenya": False}
    client = Client()
    client.force_login(people["kenya"])
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
    client.force_login(people["benin"])
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
