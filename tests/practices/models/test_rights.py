"""Correspondents write, publish and translate tutorials and videos of their region, through the
real admin URLs (Wagtail's and wagtail-localize's); nothing of another region, no practice
outside the review, no library. Moderators keep every right.

Correspondent X writes for the Sahel (Niger), Y for Europe (France).
"""

from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from practices.models import PracticePage, Region, TutorialPage
from practices.roles import MODERATORS
from tests.factories import PracticePageFactory, TutorialPageFactory, region_claiming


@pytest.fixture
def world(libraries):
    def user(name):
        return User.objects.create_user(name, f"{name}@example.org", "x")

    people = {"x": user("correspondent_x"), "y": user("correspondent_y"), "mod": user("mod")}
    people["mod"].groups.add(Group.objects.get(name=MODERATORS))
    region_claiming(name="Sahel", slug="sahel", countries=["NE", "BF"]).correspondents.add(
        people["x"]
    )
    region_claiming(name="Europe", slug="europe", countries=["FR"]).correspondents.add(people["y"])
    library = libraries["en"]
    pages = {
        "sahel": TutorialPageFactory(parent=library, title="Zaï pits, step by step", country="NE"),
        "europe": TutorialPageFactory(parent=library, title="Sowing a cover crop", country="FR"),
    }
    return people, pages, libraries


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def tutorial_form(title, country, **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": "",
            "summary": "Dig before the first rains.",
            "body": streamfield([("paragraph", rich_text("<p>Thirty pits a row.</p>"))]),
            "country": country,
            **extra,
        }
    )
    data["slug"] = title.lower().replace(" ", "-").replace(",", "")
    return data


def messages_of(response) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def assert_refused(response):
    """What the user sees: a 403, or Wagtail sending them back with "you do not have permission"."""
    if response.status_code != 403:
        assert response.status_code == 302, response.status_code
        assert "permission" in messages_of(response)


def test_a_correspondent_writes_publishes_and_edits_a_tutorial_of_their_region(world):
    people, pages, libraries = world
    client = client_for(people["x"])
    url = f"/admin/pages/add/practices/tutorialpage/{libraries['en'].pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, tutorial_form("Half-moons", "NE", **{"action-publish": "1"}))
    assert response.status_code == 302, response.context["form"].errors
    page = TutorialPage.objects.get(slug="half-moons")
    assert page.live and page.owner == people["x"]
    assert Client().get(page.url).status_code == 200  # readers see it

    edit = f"/admin/pages/{page.pk}/edit/"
    response = client.post(edit, tutorial_form("Half-moons, corrected", "BF", slug="half-moons",
                                                **{"action-publish": "1"}))  # fmt: skip
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Half-moons, corrected" and str(page.country) == "BF" and page.live


def test_a_tutorial_for_another_regions_country_is_refused_and_nothing_typed_is_lost(world):
    people, pages, libraries = world
    client = client_for(people["x"])
    url = f"/admin/pages/add/practices/tutorialpage/{libraries['en'].pk}/"
    for country in ("FR", ""):  # another region's, or no place at all
        data = tutorial_form("Cover crops", country, **{"action-publish": "1"})
        response = client.post(url, data)
        assert response.status_code == 200
        assert "You write for the countries of your regions (BF, NE)" in response.content.decode()
        assert "Dig before the first rains." in response.content.decode()
        assert not TutorialPage.objects.filter(slug="cover-crops").exists()

    own = pages["sahel"]  # nor can one of theirs be moved to another region
    response = client.post(f"/admin/pages/{own.pk}/edit/",
                           tutorial_form(own.title, "FR", slug=own.slug))  # fmt: skip
    assert response.status_code == 200
    own.refresh_from_db()
    assert str(own.country) == "NE" and own.get_latest_revision_as_object().country == "NE"


@pytest.mark.parametrize("who", ["y", "x"])
def test_another_regions_tutorial_is_out_of_reach(world, who):
    """Y against the Sahel tutorial, X against the European one: edit, publish, unpublish,
    move, delete."""
    people, pages, libraries = world
    page = pages["sahel" if who == "y" else "europe"]
    client = client_for(people[who])
    edit = f"/admin/pages/{page.pk}/edit/"
    assert_refused(client.get(edit))
    client.post(edit, tutorial_form("Taken over", str(page.country), slug=page.slug,
                                    **{"action-publish": "1"}))  # fmt: skip
    client.post(f"/admin/pages/{page.pk}/unpublish/")
    client.post(f"/admin/pages/{page.pk}/move/{libraries['es'].pk}/confirm/")
    client.post(f"/admin/pages/{page.pk}/delete/")
    page = TutorialPage.objects.get(pk=page.pk)
    assert page.title == pages["sahel" if who == "y" else "europe"].title
    assert page.get_latest_revision_as_object().title == page.title
    assert page.live and page.get_parent().pk == libraries["en"].pk


def test_the_library_lists_live_pages_and_drafts_of_their_region_only(world):
    people, pages, libraries = world
    for page in pages.values():
        page.unpublish()
    listing = client_for(people["x"]).get(f"/admin/pages/{libraries['en'].pk}/")
    assert listing.status_code == 200
    assert "Zaï pits, step by step" in listing.content.decode()
    assert "Sowing a cover crop" not in listing.content.decode()
    moderator = client_for(people["mod"]).get(f"/admin/pages/{libraries['en'].pk}/")
    assert "Sowing a cover crop" in moderator.content.decode()


def test_the_library_and_farmers_practices_stay_out_of_reach(world):
    people, pages, libraries = world
    library = libraries["en"]
    practice = PracticePageFactory(parent=library, country="NE")  # of X's region, live
    client = client_for(people["x"])
    for page in (library, practice):
        assert_refused(client.get(f"/admin/pages/{page.pk}/edit/"))
        client.post(f"/admin/pages/{page.pk}/unpublish/")
        client.post(f"/admin/pages/{page.pk}/delete/")
    assert Page.objects.get(pk=library.pk).live
    assert PracticePage.objects.get(pk=practice.pk).live

    # Copying a practice would publish one outside the review.
    client.post(f"/admin/pages/{practice.pk}/copy/",
                {"new_title": "Copy", "new_slug": "copy", "new_parent_page": library.pk,
                 "publish_copies": "on"})  # fmt: skip
    assert not PracticePage.objects.filter(slug="copy").exists()


def test_a_correspondent_cannot_create_a_practice_in_the_admin(world):
    people, pages, libraries = world
    library = libraries["en"]
    client = client_for(people["x"])
    url = f"/admin/pages/add/practices/practicepage/{library.pk}/"
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[library.pk])
    assert "tutorials and videos" in messages_of(response)
    client.post(url, {"title": "Bypass", "slug": "bypass", "summary": "x", "outcome": "worked",
                      "country": "NE", "action-publish": "1"})  # fmt: skip
    assert not PracticePage.objects.filter(slug="bypass").exists()


def translate(client, page, code="fr"):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [Locale.objects.get(language_code=code).pk]})


def test_a_correspondent_translates_a_tutorial_of_their_region(world):

    people, pages, libraries = world
    client = client_for(people["x"])
    source = pages["sahel"]
    assert translate(client, source).status_code == 302
    french = source.get_translation(Locale.objects.get(language_code="fr"))
    assert french.get_parent().pk == libraries["fr"].pk
    assert not french.live  # French readers see it once it is translated
    edit = f"/admin/pages/{french.pk}/edit/"
    assert client.get(edit).status_code == 200
    response = client.post(edit, tutorial_form("Les zaï pas à pas", "NE", slug=french.slug,
                                                **{"action-publish": "1"}))  # fmt: skip
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.live and french.title == "Les zaï pas à pas"

    sync = TranslationSource.objects.get(object_id=source.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[sync.pk])
    assert client.get(url).status_code == 200


def test_a_correspondent_cannot_translate_another_regions_page(world):

    people, pages, libraries = world
    source = pages["europe"]
    client = client_for(people["x"])
    assert_refused(translate(client, source))
    assert not TutorialPage.objects.filter(translation_key=source.translation_key,
                                           locale__language_code="fr").exists()  # fmt: skip

    assert translate(client_for(people["mod"]), source).status_code == 302  # the moderator can
    french = source.get_translation(Locale.objects.get(language_code="fr"))
    edit = f"/admin/pages/{french.pk}/edit/"
    assert_refused(client.get(edit))
    client.post(edit, tutorial_form("Pris", "FR", slug=french.slug, **{"action-publish": "1"}))
    assert not Page.objects.get(pk=french.pk).live
    sync = TranslationSource.objects.get(object_id=source.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[sync.pk])
    assert_refused(client.post(url, {"publish_translations": "on"}))
    assert not Page.objects.get(pk=french.pk).live

    # Nor the taxonomy: a translated region would be a new one.
    sahel = Region.objects.get(slug="sahel")
    url = reverse("wagtail_localize:submit_snippet_translation",
                  args=["practices", "region", sahel.pk])  # fmt: skip
    assert_refused(client.post(url, {"locales": [french.locale_id]}))
    assert Region.objects.filter(slug="sahel").count() == 1


def test_the_moderator_can_do_everything(world):
    people, pages, libraries = world
    client = client_for(people["mod"])
    library = libraries["en"]
    assert client.get(f"/admin/pages/add/practices/practicepage/{library.pk}/").status_code == 200
    url = f"/admin/pages/add/practices/tutorialpage/{library.pk}/"
    response = client.post(url, tutorial_form("No country", "", **{"action-publish": "1"}))
    assert response.status_code == 302 and TutorialPage.objects.get(slug="no-country").live
    for page in pages.values():
        response = client.post(f"/admin/pages/{page.pk}/edit/",
                               tutorial_form("Reviewed", str(page.country), slug=page.slug,
                                             **{"action-publish": "1"}))  # fmt: skip
        assert response.status_code == 302
        assert TutorialPage.objects.get(pk=page.pk).title == "Reviewed"
        assert translate(client, page, "es").status_code == 302
        client.post(f"/admin/pages/{page.pk}/unpublish/")
        assert not TutorialPage.objects.get(pk=page.pk).live
        client.post(f"/admin/pages/{page.pk}/delete/")
        assert not TutorialPage.objects.filter(pk=page.pk).exists()


def test_admin_search_and_reports_show_a_correspondent_their_region_only(world):
    """Wagtail's page search and reports list pages through the page policy, not each page's
    permission tester: they too keep other regions' drafts and review comments away."""
    people, pages, libraries = world
    for page in pages.values():
        page.save_revision().publish()
        page.save_revision(user=people["mod"])  # a newer draft in each
    for url in ("/admin/pages/search/?q=pits", "/admin/pages/search/?q=cover",
                "/admin/reports/aging-pages/", "/admin/reports/workflow/"):  # fmt: skip
        seen = client_for(people["x"]).get(url)
        assert seen.status_code == 200, url
        assert "Sowing a cover crop" not in seen.content.decode(), url
        moderator = client_for(people["mod"]).get(url).content.decode()
        if "cover" in url or "aging" in url:
            assert "Sowing a cover crop" in moderator, url
    found = client_for(people["x"]).get("/admin/pages/search/?q=pits").content.decode()
    assert "Zaï pits, step by step" in found
