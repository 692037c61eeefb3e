"""What a correspondent sees of other regions in the admin, through the real admin URLs: the
library's search, the page chooser (browse, search, chosen), a page's own listing and the bulk
actions never show another region's draft titles (a tutorial being written, a farmer's practice
in review, the unpublished new title of a live page); live titles are public. Admins and
moderators see everything.

Correspondent X writes for the Sahel (Niger); the drafts belong to the Andes (Peru).
"""

from django.test import Client, RequestFactory

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from wagtail.models import Page

import pytest

from practices.wagtail_hooks import drafts_of_their_region
from tests.factories import PracticePageFactory, TutorialPageFactory, reviewers

DRAFT = "Quinoa terraces of Cusco"  # another region's tutorial, never published
SUBMISSION = "Andean potato mulch"  # a farmer's practice in review in that region
RETITLED = "Quinoa terraces renamed"  # the unpublished new title of a live page there
LIVE = "Quinoa threshing floors"  # that live page's published title
OWN = "Quinoa in the Sahel"  # X's own draft
SECRETS = (DRAFT, SUBMISSION, RETITLED)


@pytest.fixture
def world(libraries):
    people = reviewers(elsewhere={"slug": "andes", "name": "Andes", "countries": ["PE"]})
    library = libraries["en"]
    draft = TutorialPageFactory(parent=library, title=DRAFT, country="PE", live=False)
    submission = PracticePageFactory(parent=library, title=SUBMISSION, latitude=-13.5,
                                     longitude=-71.97, country="PE")  # fmt: skip
    submission.unpublish()
    live = TutorialPageFactory(parent=library, title=LIVE, country="PE")
    live.title = RETITLED
    live.save_revision(user=people["correspondent_y"])  # a newer draft, not published
    own = TutorialPageFactory(parent=library, title=OWN, country="NE", live=False)
    pages = {"draft": draft, "submission": submission, "live": live, "own": own}
    return people, pages, library


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_hidden(response, url):
    """Answered without a 500, and none of the other region's draft titles in the body."""
    assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
    body = response.content.decode()
    for secret in SECRETS:
        assert secret not in body, (url, secret)


def test_a_correspondent_searches_a_library_and_sees_no_other_regions_draft(world):
    people, pages, library = world
    client = client_for(people["correspondent_x"])
    for url in (f"/admin/pages/{library.pk}/?q=quinoa",
                f"/admin/pages/{library.pk}/?q=quinoa&search_all=1",
                f"/admin/pages/{library.pk}/results/?q=potato",
                f"/admin/pages/{library.pk}/?q=terraces&ordering=title"):  # fmt: skip
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hidden(response, url)
    assert OWN in client.get(f"/admin/pages/{library.pk}/?q=quinoa").content.decode()


@pytest.mark.parametrize("who", ["moderator", "admin"])
def test_moderators_and_admins_search_every_region(world, who):
    people, pages, library = world
    client = client_for(people[who])
    found = client.get(f"/admin/pages/{library.pk}/?q=quinoa").content.decode()
    assert DRAFT in found and RETITLED in found and OWN in found
    assert SUBMISSION in client.get(f"/admin/pages/{library.pk}/?q=potato").content.decode()


def test_the_chooser_shows_live_titles_and_their_own_drafts_only(world):
    people, pages, library = world
    client = client_for(people["correspondent_x"])
    browse = client.get(f"/admin/choose-page/{library.pk}/")
    search = client.get("/admin/choose-page/search/", {"q": "quinoa"})
    for url, response in (("browse", browse), ("search", search)):
        assert response.status_code == 200, url
        assert_hidden(response, url)
        assert OWN in response.content.decode(), url  # their own draft, to link to
    assert_hidden(client.get("/admin/choose-page/search/", {"q": "potato"}), "potato")
    assert_hidden(client.get("/admin/choose-page/"), "root")

    TutorialPageFactory(parent=library, title="Quinoa seed banks", country="PE")
    found = client.get("/admin/choose-page/search/", {"q": "seed"}).content.decode()
    assert "Quinoa seed banks" in found  # another region's live page: its title is public


@pytest.mark.parametrize("page", ["draft", "submission", "live"])
def test_the_chooser_and_explorer_refuse_another_regions_draft_by_id(world, page):
    people, pages, library = world
    client = client_for(people["correspondent_x"])
    pk = pages[page].pk
    for url in (f"/admin/pages/{pk}/", f"/admin/pages/{pk}/results/",
                f"/admin/choose-page/{pk}/",
                f"/admin/choose-page/chosen-multiple/?id={pk}",
                # Spellings the database also reads as that id.
                f"/admin/choose-page/chosen-multiple/?id=%2B{pk}",
                f"/admin/choose-page/chosen-multiple/?id=%20{pk}",
                f"/admin/choose-page/chosen-multiple/?id={pk:020d}"):  # fmt: skip
        response = client.get(url)
        assert response.status_code in (302, 403, 404), (url, response.status_code)
        assert_hidden(response, url)
        assert_hidden(client.get(url, headers={"x-requested-with": "XMLHttpRequest"}), url)


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_bulk_actions_do_not_name_another_regions_drafts(world, action):
    people, pages, library = world
    client = client_for(people["correspondent_x"])
    ids = "&".join(f"id={pages[name].pk}" for name in ("draft", "submission", "live"))
    url = f"/admin/bulk/wagtailcore/page/{action}/?{ids}"
    response = client.get(url)
    assert response.status_code in (302, 403, 404), response.status_code
    assert_hidden(response, url)
    client.post(url, {"include_descendants": "on"})
    assert Page.objects.filter(pk=pages["draft"].pk, live=False).exists()
    assert_hidden(client.get(f"/admin/bulk/wagtailcore/page/{action}/?id=all&childOf={library.pk}"),
                  "all")  # fmt: skip

    # Their own draft is still offered to them.
    own = client.get(f"/admin/bulk/wagtailcore/page/{action}/?id={pages['own'].pk}")
    assert own.status_code == 200 and OWN in own.content.decode()


@pytest.mark.parametrize("who", ["moderator", "admin"])
def test_moderators_and_admins_choose_explore_and_bulk_act_on_every_region(world, who):
    people, pages, library = world
    client = client_for(people[who])
    assert DRAFT in client.get(f"/admin/choose-page/{library.pk}/").content.decode()
    assert DRAFT in client.get("/admin/choose-page/search/", {"q": "quinoa"}).content.decode()
    response = client.get(f"/admin/pages/{pages['draft'].pk}/")
    assert response.status_code == 200 and DRAFT in response.content.decode()
    response = client.get(f"/admin/bulk/wagtailcore/page/publish/?id={pages['draft'].pk}")
    assert response.status_code == 200 and DRAFT in response.content.decode()


def test_the_narrowing_compiles_for_elasticsearch(world):
    """Production's admin search backend takes the same narrowing: a filter on the page id,
    which Page's search fields declare (compiled here; no cluster needed)."""
    people, pages, library = world
    request = RequestFactory().get(f"/admin/pages/{library.pk}/", {"q": "quinoa"})
    request.user = people["correspondent_x"]
    narrowed = drafts_of_their_region(library, Page.objects.all(), request)
    backend = Elasticsearch8SearchBackend({"URLS": ["http://127.0.0.1:9"], "INDEX": "t"})
    compiler = backend.autocomplete_query_compiler_class(narrowed, "quinoa", fields=None)
    [hidden] = [f["bool"]["must_not"]["terms"]["id_filter"]
                for f in compiler.get_query()["bool"]["filter"] if "bool" in f]  # fmt: skip
    assert set(hidden) == {pages[name].pk for name in ("draft", "submission", "live")}
