"""A region's page shows exactly its live records; the events' iCalendar feeds."""

import datetime as dt
import gzip
import re

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Rendition
from wagtail.models import Locale

import pytest
import wagtail_factories

from practices.models import Region
from practices.network.models import Organisation
from practices.regions.calendar import calendar_render
from practices.regions.models import CorrespondentListing, EventPage
from practices.regions.selectors import CARD_PHOTO
from tests.factories import PracticePageFactory, region_claiming


@pytest.fixture
def sahel(db):
    return region_claiming(slug="sahel", name="Sahel", countries=["NE"])


def event(parent, region, **fields) -> EventPage:
    values = {
        "title": "Field day",
        "start_date": dt.date(2030, 5, 1),
        "place": "Niamey",
        "time_zone": "Africa/Niamey",
        **fields,
    }
    page = EventPage(**values)
    page.regions = [region]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_region_page_lists_exactly_its_live_practices(library, sahel):
    live = [
        PracticePageFactory(parent=library, title=f"Zai {n}", farmers=10, area_ha=2.5, region=sahel)
        for n in range(3)
    ]
    draft = PracticePageFactory(parent=library, title="Secret draft", region=sahel)
    draft.unpublish()
    elsewhere = PracticePageFactory(
        parent=library, title="Kenyan terraces", latitude=-0.5, longitude=37.4
    )

    html = Client().get("/en/regions/sahel/").content.decode()

    assert all(page.title in html for page in live)
    assert "Secret draft" not in html and elsewhere.title not in html
    assert "<strong>3</strong> practices" in html and "<strong>30</strong> farmers" in html


def test_region_page_shows_only_correspondents_who_chose_to(sahel):
    shown, hidden = (User.objects.create_user(name, f"{name}@example.org") for name in "ab")
    sahel.correspondents.add(shown, hidden)
    CorrespondentListing.objects.create(
        user=shown, listed=True, display_name="Amina Issa", contact_email="amina@example.org"
    )
    CorrespondentListing.objects.create(user=hidden, listed=False, display_name="Hidden Person")

    html = Client().get("/fr/regions/sahel/").content.decode()

    assert "Amina Issa" in html and "amina@example.org" in html
    assert "Hidden Person" not in html and "b@example.org" not in html


def test_region_page_lists_upcoming_events_first_and_no_draft(indexes, sahel):
    parent = indexes["events"]["en"]
    event(parent, sahel, title="Old meeting", start_date=dt.date(2020, 1, 5))
    event(parent, sahel, title="Later meeting", start_date=dt.date(2031, 1, 5))
    event(parent, sahel, title="Next meeting", start_date=dt.date(2030, 1, 5))
    event(parent, sahel, title="Draft meeting").unpublish()

    html = Client().get("/en/regions/sahel/").content.decode()

    assert html.index("Next meeting") < html.index("Later meeting") < html.index("Old meeting")
    assert "Draft meeting" not in html


def test_unknown_region_is_not_found(db):
    assert Client().get("/en/regions/atlantis/").status_code == 404


def unfold(text: str) -> list[str]:
    """RFC 5545 §3.1: every line ends with CRLF, is at most 75 octets, and a line starting with
    a space continues the one before."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    joined: list[str] = []
    for line in lines:
        if line.startswith(" "):
            joined[-1] += line[1:]
        else:
            joined.append(line)
    return joined


def components(lines: list[str]) -> list[dict]:
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _sep, value = line.partition(":")
            current[name] = value
    return events


def test_region_feed_is_valid_icalendar_with_its_events(indexes, sahel):
    parent = indexes["events"]["en"]
    event(
        parent,
        sahel,
        title="Meeting; with, commas — and a long title " + "x" * 60,
        start_date=dt.date(2030, 6, 15),
        start_time=dt.time(9),
        end_time=dt.time(17),
        time_zone="Europe/Helsinki",
    )
    event(
        parent,
        sahel,
        title="Field day",
        start_date=dt.date(2030, 2, 20),
        end_date=dt.date(2030, 2, 21),
    )
    other = Region.objects.get(slug="europe", locale__language_code="en")
    event(parent, other, title="Not in the Sahel")

    response = Client().get("/en/regions/sahel/events.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    lines = unfold(response.content.decode())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events = components(lines)
    assert len(events) == 2
    meeting, field_day = sorted(events, key=lambda e: e["SUMMARY"])[::-1]
    assert meeting["SUMMARY"].startswith("Meeting\\; with\\, commas")
    assert meeting["DTSTART"] == "20300615T060000Z"  # 09:00 in Helsinki (UTC+3 in summer)
    assert meeting["DTEND"] == "20300615T140000Z"
    assert field_day["DTSTART;VALUE=DATE"] == "20300220"
    assert field_day["DTEND;VALUE=DATE"] == "20300222"  # exclusive: the day after the last
    assert all(
        e["UID"] and e["DTSTAMP"].endswith("Z") and e["URL"].startswith("http") for e in events
    )


def test_feed_folds_multibyte_text_without_cutting_a_character(db):
    page = EventPage(
        locale=Locale.get_default(),
        title="Réunion régionale à Ouagadougou — " + "é" * 80,
        start_date=dt.date(2030, 1, 1),
        place="Ouaga",
    )
    text = calendar_render(
        events=[page],
        name="x",
        url_of=lambda e: "https://example.org/",
        stamp=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
    )
    lines = unfold(text)  # decodes: no character was cut
    assert "SUMMARY:Réunion régionale à Ouagadougou — " + "é" * 80 in lines


def test_region_page_maps_and_lists_its_listed_members_and_partners(library, sahel):
    practice = PracticePageFactory(parent=library, title="Zai of Niamey", region=sahel)
    listed = Organisation.objects.create(
        name="Réseau des producteurs",
        college="producer_organisation",
        status="member",
        country="NE",
        latitude=13.5,
        longitude=2.1,
    )
    hidden = Organisation.objects.create(
        name="Unlisted NGO",
        college="ngo",
        status="partner",
        country="NE",
        latitude=13.6,
        longitude=2.2,
        listed=False,
    )
    for organisation in (listed, hidden):
        organisation.regions.add(sahel)

    html = Client().get("/en/regions/sahel/").content.decode()

    assert "<svg" in html and f'id="org-{listed.pk}"' in html
    assert "Réseau des producteurs" in html and "Unlisted NGO" not in html
    assert html.count(practice.title) >= 2  # on the map's list and among the practices


def test_region_page_reads_its_practices_photos_in_a_fixed_number_of_queries(library, sahel):
    """No query per card, even when the renditions are not in the cache (a worker just
    started, a cache culled): the page's queries do not grow with the practices it shows."""
    photos = []

    def with_photo(title: str):
        page = PracticePageFactory(parent=library, title=title, region=sahel)
        page.photo = wagtail_factories.ImageFactory()
        page.save_revision().publish()
        photos.append(page.photo.get_rendition(CARD_PHOTO))  # made once, by a first reader

    def queries_of_the_page() -> int:
        client.get("/en/regions/sahel/")  # the figures and navigation cached after a change
        Rendition.cache_backend.delete_many([photo.get_cache_key() for photo in photos])
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/en/regions/sahel/").content.decode()
        assert html.count('class="card"') == len(photos)
        return len(queries.captured_queries)

    client = Client()
    with_photo("Zai 0")
    one = queries_of_the_page()
    for number in range(1, 6):
        with_photo(f"Zai {number}")
    assert queries_of_the_page() == one


def test_region_page_stays_within_the_first_load_budget(library, sahel):
    """≤ 150 KB gzipped, HTML and CSS, with every practice of a busy region on its map."""
    for number in range(80):
        PracticePageFactory(
            parent=library, title=f"Zai pits of village {number}", region=sahel, farmers=10,
            latitude=12 + (number % 9) * 0.5, longitude=1 + (number // 9) * 0.5,
        )  # fmt: skip
    client = Client()
    response = client.get("/en/regions/sahel/")
    html = response.content
    css = b"".join(
        b"".join(client.get(f"/static/{path.decode()}").streaming_content)
        for path in re.findall(rb'href="/static/([^"]+\.css)"', html)
    )
    assert html.count(b"<li data-lat") == 80  # every practice in the list beside the map
    assert len(gzip.compress(html)) + len(gzip.compress(css)) <= 150 * 1024
