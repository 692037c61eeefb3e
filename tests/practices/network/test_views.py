"""The map and the directory as a visitor reads them, in English, French and Spanish, without
JavaScript: exactly the live records, on the map and in the list beside it."""

import gzip
import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, PageViewRestriction

import pytest

from practices.models import PracticePage
from practices.network.models import Organisation
from practices.network.services import organisation_save
from tests.factories import (
    PracticeCategoryFactory,
    PracticePageFactory,
    RegionFactory,
    organisations_saved,
)

pytestmark = pytest.mark.django_db


def _map_links(html: str) -> set[str]:
    svg = html[html.index('<svg class="network-map"') : html.index("</svg>")]
    return set(re.findall(r'<a href="([^"#][^"]*)"', svg))


def _list_links(html: str, list_id: str = "map-list") -> set[str]:
    start = html.index(f'id="{list_id}"')
    block = html[start : html.index("</ul>", start)]
    return set(re.findall(r'<a href="([^"]+)"', block))


@pytest.fixture
def organisations(db):
    west_africa = RegionFactory(slug="west-africa", name="West Africa")
    europe = RegionFactory(slug="europe", name="Europe")
    data = [
        ("CIRAD", "research", "member", "FR", 43.65, 3.87, [europe]),
        ("Thiès farmers", "producer_organisation", "member", "SN", 14.79, -16.93, [west_africa]),
        ("Copargo", "state", "partner", "BJ", 9.84, 1.55, [west_africa]),
        ("Alfter", "state", "partner", "DE", 50.73, 7.01, [europe]),
    ]
    saved = organisations_saved(
        data, descriptions={"en": "{name} in English", "fr": "{name} en français"}
    )
    hidden = organisation_save(
        data={
            "name": "Unlisted body",
            "college": "ngo",
            "status": "partner",
            "country": "KE",
            "latitude": -1.3,
            "longitude": 36.8,
        }
    )
    hidden.listed = False
    hidden.save()
    return saved


@pytest.fixture
def practices(library):
    cover = PracticeCategoryFactory(slug="cover-crops", name="Cover crops")
    live = [
        PracticePageFactory(parent=library, title="Zaï in Niger"),
        PracticePageFactory(
            parent=library,
            title="Mulch in Kenya",
            latitude=-0.5,
            longitude=37.4,
            outcome="mixed",
            categories=[cover],
        ),
        PracticePageFactory(
            parent=library, title="Terraces in Peru", latitude=-13.5, longitude=-72.0
        ),
    ]
    draft = PracticePageFactory(
        parent=library, title="Draft in Mali", latitude=12.6, longitude=-8.0
    )
    draft.unpublish()
    return live


def test_the_map_shows_exactly_the_live_practices_and_listed_organisations(
    practices, organisations
):
    html = Client().get("/en/map/").content.decode()
    live = {page.url for page in PracticePage.objects.live().exclude(latitude=None)}
    anchors = {f"/en/partners/#org-{o.pk}" for o in Organisation.objects.filter(listed=True)}
    assert live == {page.url for page in practices}  # the draft is not live
    assert _list_links(html) == live | anchors
    # On the map: each record a point of its own, or counted in a cluster (Niamey and Copargo
    # are one at world scale).
    singles = _map_links(html)
    clustered = sum(int(n) for n in re.findall(r'class="map-cluster">.*?>(\d+)</text>', html))
    assert singles < live | anchors
    assert len(singles) + clustered == len(live | anchors)
    assert "Draft in Mali" not in html and "Unlisted body" not in html


def test_filters_are_links_that_narrow_the_map_and_its_list(practices, organisations):
    client = Client()
    html = client.get("/en/map/?show=practices&category=cover-crops").content.decode()
    assert _list_links(html) == {practices[1].url}
    assert 'href="?show=practices&amp;category=cover-crops&amp;outcome=mixed"' in html
    members = client.get("/en/map/?show=members").content.decode()
    assert _list_links(members) == {
        f"/en/partners/#org-{o.pk}" for o in organisations if o.status == "member"
    }
    # A hand-typed unknown value is ignored, never an error.
    assert client.get("/en/map/?show=everything&outcome=great&category=<b>").status_code == 200


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_map_and_directory_read_in_french_and_spanish(practices, organisations, language):
    client = Client()
    words = {
        "fr": ("Carte du réseau", "Membres et partenaires"),
        "es": ("Mapa de la red", "Miembros y socios"),
    }[language]
    html = client.get(f"/{language}/map/").content.decode()
    assert words[0] in html and "<svg" in html and "<script" not in html
    directory = client.get(f"/{language}/partners/").content.decode()
    assert words[1] in directory
    if language == "fr":
        assert "CIRAD en français" in directory  # the description in the reader's language
    else:
        assert "CIRAD in English" in directory  # else in English


# Inland places (a point at sea is refused), each the centre of a few practices around it.
LAND = [(13.5, 2.1), (20.0, 78.0), (-10.0, -50.0), (47.0, 5.0), (35.0, 105.0), (40.0, -95.0),
        (-25.0, 134.0), (0.0, 37.0), (-15.0, 28.0), (50.0, 30.0)]  # fmt: skip


def test_the_map_page_stays_within_its_budget(library, organisations):
    for index in range(200):
        latitude, longitude = LAND[index % len(LAND)]
        offset = (index // len(LAND)) * 0.15
        PracticePageFactory(
            parent=library,
            title=f"Practice number {index}",
            latitude=latitude + offset,
            longitude=longitude + offset,
        )
    response = Client().get("/en/map/")
    css = Client().get("/static/css/terroir.css")
    first_load = len(gzip.compress(response.content)) + len(
        gzip.compress(b"".join(css.streaming_content) if css.streaming else css.content)
    )
    assert response.status_code == 200
    assert first_load < 150 * 1024
    assert len(re.findall(r"<li data-lat", response.content.decode())) == 204  # 200 + 4 listed


def test_the_directory_filters_and_counts_per_college(organisations):
    client = Client()
    html = client.get("/en/partners/").content.decode()
    counts = re.search(r'<table class="college-counts">(.*?)</table>', html, re.S).group(1)
    rows = {
        label: (int(partners), int(members))
        for label, partners, members in re.findall(
            r"<th scope=\"row\">(?:<a [^>]*>)?([^<]+)(?:</a>)?</th>\s*<td>(\d+)</td><td>(\d+)</td>",
            counts,
        )
    }
    assert rows["States and provinces"] == (2, 0)
    assert rows["Research institutes and universities"] == (1, 1)
    assert rows["Producer organisations"] == (1, 1)
    assert rows["Total"] == (4, 2)  # the unlisted one is not counted
    west = client.get("/en/partners/?region=west-africa").content.decode()
    assert "Copargo" in west and "Thiès farmers" in west and "Alfter" not in west
    members = client.get("/en/partners/?status=member&country=SN").content.decode()
    assert "Thiès farmers" in members and "CIRAD" not in members and "Copargo" not in members
    research = client.get("/en/partners/?college=research").content.decode()
    assert "1 organisation" in research and "CIRAD" in research
    assert client.get("/en/partners/?college=nonsense&country=%3Cb%3E").status_code == 200


def test_a_practice_page_has_its_locator_map(practices):
    html = Client().get(practices[0].url).content.decode()
    assert 'id="locator-list"' in html
    assert "<title>Zaï in Niger</title>" in html
    assert 'class="network-map"' in html


def test_the_map_is_drawn_once_then_read_from_the_cache(practices, organisations):
    client = Client()
    first = client.get("/en/map/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/map/").content.decode()
    assert again == first
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "practices_practicepage" not in read and "network_organisation" not in read
    # Each language is drawn apart: its own links.
    french = _list_links(client.get("/fr/map/").content.decode())
    assert {link for link in french if "#org-" in link} == {
        f"/fr/partners/#org-{o.pk}" for o in organisations
    }


def test_the_cached_map_follows_every_change_of_what_it_shows(library, practices, organisations):
    client = Client()
    client.get("/en/map/")  # drawn and cached
    draft = PracticePage.objects.get(title="Draft in Mali")
    draft.save_revision().publish()
    assert draft.url in _list_links(client.get("/en/map/").content.decode())

    peru = practices[2]
    peru.title = "Terraces in the Andes"
    peru.save_revision().publish()
    assert "Terraces in the Andes" in client.get("/en/map/").content.decode()

    practices[0].unpublish()
    PageViewRestriction.objects.create(page=practices[1], restriction_type="login")
    cirad = Organisation.objects.get(name="CIRAD")
    cirad.listed = False
    cirad.save()
    links = _list_links(client.get("/en/map/").content.decode())
    assert practices[0].url not in links and practices[1].url not in links
    assert f"/en/partners/#org-{cirad.pk}" not in links

    draft.delete()
    assert draft.url not in _list_links(client.get("/en/map/").content.decode())


def test_a_translated_practice_is_one_place_in_the_readers_language(practices):
    original = practices[0]
    french = original.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Zaï au Niger"
    french.save_revision().publish()
    client = Client()
    in_french = _list_links(client.get("/fr/map/").content.decode())
    assert french.url in in_french and original.url not in in_french
    in_spanish = _list_links(client.get("/es/map/").content.decode())
    assert original.url in in_spanish and french.url not in in_spanish  # no Spanish version
    assert len(in_french) == len(in_spanish) == len(practices)
