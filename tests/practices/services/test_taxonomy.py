"""The initiative's vocabulary (practices/taxonomy.json) is on every site that has run
`migrate`, demo or not: categories and regions in English, French and Spanish. The install
creates only what was never installed, so editors' renames and deletions survive deployments."""

import html
import io
import json
import re
from pathlib import Path

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale

import pytest
from django_countries.data import COUNTRIES

import practices
from practices.models import InstalledTerm, PracticeCategory, PracticePage, Region
from practices.models.review import regions_of
from practices.services.interchange import COLUMNS, practices_import
from practices.services.members import member_get
from practices.services.taxonomy import taxonomy_install

VOCABULARY = json.loads((Path(practices.__file__).parent / "taxonomy.json").read_text("utf-8"))
LANGUAGES = ("en", "fr", "es")


def rows(model) -> list[tuple]:
    """Everything an editor or a reader could notice about the model's rows."""
    fields = ["id", "slug", "locale__language_code", "name", "translation_key"]
    if model is PracticeCategory:
        fields.append("description")
    else:
        fields.append("countries")
    return sorted(model.objects.values_list(*fields))


def deploy() -> str:
    """What every deployment runs (`make run`, docs/deploy.md)."""
    out = io.StringIO()
    call_command("migrate", interactive=False, verbosity=1, stdout=out)
    return out.getvalue()


def test_a_fresh_site_imports_a_practice_in_cover_crops(libraries):
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        title="Mucuna between maize rows",
        summary="A cover of mucuna kept the soil shaded through the dry season.",
        language="en",
        latitude="13.51",
        longitude="2.11",
        categories="cover-crops",
        outcome="worked",
    )
    content = ",".join(COLUMNS) + "\n" + ",".join(f'"{row[c]}"' for c in COLUMNS) + "\n"

    result = practices_import(content=content, file_format="csv")

    assert result.errors == [] and len(result.created) == 1
    page = PracticePage.objects.get(title="Mucuna between maize rows")
    assert [c.slug for c in page.categories.all()] == ["cover-crops"]
    assert page.region.slug == "west-africa"  # Niger, from the coordinates


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_share_form_offers_the_thirteen_categories_in_the_readers_language(libraries, language):
    user = User.objects.create_user("awa@example.org", "awa@example.org", "x")
    member_get(user=user)
    client = Client()
    client.force_login(user)

    page = client.get(f"/{language}/accounts/share-a-practice/").content.decode()

    offered = re.findall(r'name="categories" value="([a-z-]+)"', page)
    assert sorted(offered) == sorted(entry["slug"] for entry in VOCABULARY["categories"])
    assert len(offered) == 13
    for entry in VOCABULARY["categories"]:
        assert html.escape(entry[language]["name"]) in page, entry[language]["name"]


def test_every_country_of_the_world_is_in_exactly_one_region(db):
    english = Locale.objects.get(language_code="en")
    for code in COUNTRIES:
        found = list(Region.objects.filter(locale=english, countries__contains=code))
        assert len(found) == 1, (code, found)
    niger = PracticePage(country="NE")
    assert {region.slug for region in regions_of(niger)} == {"west-africa"}
    assert regions_of(niger).count() == 3  # its English, French and Spanish rows


def test_categories_and_regions_are_translated(db):
    for model, entries in ((PracticeCategory, "categories"), (Region, "regions")):
        for entry in VOCABULARY[entries]:
            names = dict(
                model.objects.filter(slug=entry["slug"]).values_list(
                    "locale__language_code", "name"
                )
            )
            assert names == {code: entry[code]["name"] for code in LANGUAGES}
    cover = PracticeCategory.objects.get(slug="cover-crops", locale__language_code="es")
    assert cover.description.startswith("Plantas sembradas")


def test_installing_twice_changes_nothing(db):
    before = rows(PracticeCategory), rows(Region)

    summary = taxonomy_install()
    deploy()

    assert (rows(PracticeCategory), rows(Region)) == before
    assert summary.categories == 0 and summary.regions == 0


def test_an_editors_changes_and_deletions_survive_a_deployment(db):
    french = PracticeCategory.objects.get(slug="cover-crops", locale__language_code="fr")
    french.name = "Plantes de couverture"
    french.save()
    PracticeCategory.objects.filter(slug="biochar").delete()
    europe = Region.objects.get(slug="europe", locale__language_code="en")
    europe.countries = ["FR", "BE"]
    europe.save()

    deploy()

    french.refresh_from_db()
    assert french.name == "Plantes de couverture"
    assert not PracticeCategory.objects.filter(slug="biochar").exists()
    europe.refresh_from_db()
    assert [country.code for country in europe.countries] == ["BE", "FR"]


def test_a_flushed_database_gets_its_vocabulary_back(db):
    """Test databases are flushed by live-server tests; Django emits post_migrate again."""
    call_command("flush", interactive=False, verbosity=0)

    assert PracticeCategory.objects.filter(slug="cover-crops").count() == 3
    assert Region.objects.filter(countries__contains="BR").count() == 3


def test_a_site_that_had_the_vocabulary_before_keeps_it(db):
    """A site where the demo (or an editor) made the categories before this install existed:
    nothing is added beside them, nothing is changed."""
    InstalledTerm.objects.all().delete()
    PracticeCategory.objects.filter(slug="agroforestry").update(name="Trees on farms")
    before = rows(PracticeCategory), rows(Region)

    summary = taxonomy_install()

    assert (rows(PracticeCategory), rows(Region)) == before
    assert summary.categories == 0 and summary.regions == 0


def test_a_new_region_takes_only_the_countries_no_region_holds(db):
    """An editor's own region (made before the install) keeps its countries: a country is
    never in two regions."""
    InstalledTerm.objects.filter(slug="west-africa").delete()
    Region.objects.filter(slug="west-africa").delete()
    Region.objects.create(
        slug="sahel", name="Sahel", countries=["NE", "ML", "BF"], locale=Locale.get_default()
    )

    summary = taxonomy_install()

    assert summary.regions == 1
    west = Region.objects.get(slug="west-africa", locale__language_code="fr")
    codes = {country.code for country in west.countries}
    assert "SN" in codes and not codes & {"NE", "ML", "BF"}
    assert Region.objects.filter(countries__contains="NE").count() == 1
