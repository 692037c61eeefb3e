"""`manage.py derive_conditions`: sites saved before the derivation get it, values a person
entered are kept, a second run does nothing, and the search index hears of it."""

import io

from django.core.management import call_command

from practices.models import Member, PracticePage
from search.encoder import Profile
from search.engine import get_engine
from search.engine.base import SearchQuery
from tests.factories import PracticePageFactory, member_client


def as_before_the_derivation(model, pk: int) -> None:
    """What a row saved by the last release looks like: country and Köppen class only."""
    model.objects.filter(pk=pk).update(
        rainfall_mm=None, temperature_c=None, altitude_m=None, ipcc_zone="",
        agro_climatic_zone="", derived={},
    )  # fmt: skip


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("derive_conditions", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_old_sites_are_derived_once_keeping_what_people_entered(library):
    entered = PracticePageFactory(parent=library, latitude=9.84, longitude=1.55)
    blank = PracticePageFactory(parent=library, latitude=14.68, longitude=77.60)
    farm = member_client("awa@example.org").user.member
    Member.objects.filter(pk=farm.pk).update(latitude=13.51, longitude=2.11, country="NE")
    for page in (entered, blank):
        as_before_the_derivation(PracticePage, page.pk)
    PracticePage.objects.filter(pk=entered.pk).update(rainfall_mm=1150)
    as_before_the_derivation(Member, farm.pk)

    out, err = run()
    assert "PracticePage 2" in out and "Member 1" in out
    assert "PracticePage: 2/2" in err  # progress
    entered.refresh_from_db(), blank.refresh_from_db(), farm.refresh_from_db()
    assert entered.rainfall_mm == 1150 and "rainfall_mm" not in entered.derived_fields
    assert entered.temperature_c is not None and entered.ipcc_zone
    assert blank.rainfall_mm and "rainfall_mm" in blank.derived_fields
    assert farm.altitude_m and farm.ipcc_zone == "tropical_dry"

    again, _err = run()
    assert "PracticePage 0" in again and "Member 0" in again


def test_the_search_index_compares_the_derived_conditions(library):
    page = PracticePageFactory(parent=library, latitude=14.68, longitude=77.60)
    as_before_the_derivation(PracticePage, page.pk)
    run("--all")
    page.refresh_from_db()
    hit = get_engine().search(
        SearchQuery(profile=Profile(altitude_m=page.altitude_m), sort="similarity")
    ).hits[0]
    assert hit.page_id == page.pk and hit.document["altitude_m"] == page.altitude_m
