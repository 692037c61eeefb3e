"""'I tried this': a farmer reports how a published practice went on their farm; the regional
review publishes or declines it; the practice page sums the reports up, and says how it went
in conditions like the reader's."""

import io
import json

from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client

from wagtail.images import get_image_model

import pytest
from PIL import Image

from practices.models import ExperienceReport
from practices.roles import MODERATORS
from practices.services.interchange import reports_export_records
from practices.services.members import member_create, member_get
from tests.factories import PracticePageFactory, region_claiming

SAHEL_FARM = {"latitude": 12.37, "longitude": -1.52, "koppen": "BSh", "rainfall_mm": 600,
              "slope_class": "flat", "soil_group": "LX", "land_use": "cropland_annual"}  # fmt: skip
BRITTANY_FARM = {"latitude": 48.1, "longitude": -1.7, "koppen": "Cfb", "rainfall_mm": 900,
                 "slope_class": "rolling", "soil_group": "CM", "texture": "fine",
                 "land_use": "grazing"}  # fmt: skip


def person(name: str, farm: dict | None = None, *groups: str) -> User:
    user = member_create(name=f"{name.title()} Traoré", email=f"{name}@example.org", password="x",
                         language="en")  # fmt: skip
    member = member_get(user=user)
    if farm:
        for field, value in farm.items():
            setattr(member, field, value)
        member.profile_fill_derived()
        member.save()
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


def client_of(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def world(libraries):
    sahel = region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML", "BF"])
    europe = region_claiming(name="Europe", slug="europe", countries=["FR"])
    people = {
        "reporter": person("issa", SAHEL_FARM),
        "sahel": person("aminata"),
        "europe": person("jean"),
        "moderator": person("secretariat", None, MODERATORS),
    }
    sahel.correspondents.add(people["sahel"])
    europe.correspondents.add(people["europe"])
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")
    return practice, people


def report_form(**changes) -> dict:
    data = {"outcome": "worked", "what_happened": "Millet came back on the crust.", "years": "2",
            "country": "BF", "koppen": "BSh", "rainfall_mm": "600", "slope_class": "flat",
            "soil_group": "LX", "land_use": "cropland_annual"}  # fmt: skip
    return {**data, **changes}


def url(practice) -> str:
    return f"/en/accounts/tried/{practice.pk}/"


def send_report(practice, user, **changes) -> ExperienceReport:
    response = client_of(user).post(url(practice), report_form(**changes))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ExperienceReport.objects.filter(author=user).latest("created_at")


def act(user, report, action: str, comment: str = "") -> None:
    task_state = report.current_workflow_task_state
    client_of(user).post(
        f"/admin/snippets/practices/experiencereport/workflow/action/{report.pk}/{action}/"
        f"{task_state.pk}/",
        {"comment": comment},
    )
    report.refresh_from_db()


def page_text(practice, user=None, query: str = "") -> str:
    response = client_of(user).get(practice.url + query)
    assert response.status_code == 200
    return response.content.decode()


def test_anonymous_readers_are_asked_to_log_in(world):
    practice, _people = world
    assert "Log in to say how it went for you" in page_text(practice)
    response = Client().get(url(practice))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_form_starts_from_my_farm(world):
    practice, people = world
    page = client_of(people["reporter"]).get(url(practice)).content.decode()
    assert '<option value="BSh" selected>' in page and 'value="600"' in page
    assert "Filled in from your farm" in page


def test_a_report_waits_for_the_reporters_region_and_shows_once_published(world):
    practice, people = world
    report = send_report(practice, people["reporter"])
    assert not report.live and report.current_workflow_state.status == "in_progress"
    assert (report.latitude, report.longitude) == (12.37, -1.52)  # the farm, never shown
    assert "Millet came back" not in page_text(practice)
    assert "Nobody has reported trying it yet." in page_text(practice)
    waiting = [m for m in mail.outbox if m.to == ["aminata@example.org"]]
    assert len(waiting) == 1 and "Zaï pits" in waiting[0].subject
    assert "/admin/snippets/practices/experiencereport/edit/" in waiting[0].body
    assert not [m for m in mail.outbox if m.to == ["jean@example.org"]]
    edit = f"/admin/snippets/practices/experiencereport/edit/{report.pk}/"
    assert edit in client_of(people["sahel"]).get("/admin/").content.decode()  # her queue
    assert edit not in client_of(people["europe"]).get("/admin/").content.decode()

    act(people["europe"], report, "approve")  # another region's correspondent: nothing happens
    assert not report.live
    act(people["sahel"], report, "approve")
    assert report.live
    page = page_text(practice)
    assert "Millet came back on the crust." in page
    assert "1 farmer tried it; it worked for 1." in page
    assert "Burkina Faso" in page and "12.37" not in page
    assert "Issa" in page and "Traoré" not in page and "issa@example.org" not in page
    published = [m for m in mail.outbox if m.to == ["issa@example.org"]]
    assert len(published) == 1 and practice.url in published[0].body


def test_in_conditions_like_yours(world):
    practice, people = world
    for name, farm, outcome in [("ali", SAHEL_FARM, "worked"),
                                ("moussa", SAHEL_FARM, "did_not_work"),
                                ("yann", BRITTANY_FARM, "worked")]:  # fmt: skip
        conditions = {k: value for k, value in farm.items() if k not in ("latitude", "longitude")}
        report = send_report(practice, person(name, farm), outcome=outcome, country="",
                             **conditions)  # fmt: skip
        act(people["moderator"], report, "approve")
    assert "3 farmers tried it; it worked for 2." in page_text(practice)

    sahel_reader = person("fatou", {**SAHEL_FARM, "rainfall_mm": 520})
    page = page_text(practice, sahel_reader)
    assert "In conditions like yours: 2 farmers tried it; it worked for 1." in page

    breton_reader = person("gwen", BRITTANY_FARM)
    page = page_text(practice, breton_reader)
    assert "In conditions like yours: 1 farmer tried it; it worked for 1." in page

    alpine_reader = person("heidi", {"latitude": 46.8, "longitude": 9.8, "koppen": "Dfc",
                                     "rainfall_mm": 1400, "slope_class": "steep"})  # fmt: skip
    assert "None of them farms in conditions like yours yet." in page_text(practice, alpine_reader)

    # A reader without a farm sees the link to say what their farm is like, or chooses the
    # conditions in the address (as "farms like mine" links do).
    assert "to see how it went in conditions like yours" in page_text(practice)
    chosen = page_text(practice, query="?koppen=BSh&rainfall_mm=550&soil_group=LX")
    assert "In conditions like yours: 2 farmers tried it; it worked for 1." in chosen


def test_a_declined_report_says_why_to_its_author_only(world):
    practice, people = world
    report = send_report(practice, people["reporter"])
    task = report.current_workflow_task
    assert [a[0] for a in task.get_actions(report, people["sahel"])] == [
        "decline", "approve", "approve"]  # fmt: skip
    act(people["sahel"], report, "decline", "")  # a reason is required: nothing happens
    assert report.current_workflow_state is not None
    act(people["sahel"], report, "decline", "This is about <b>another</b> practice.")
    assert not report.live and report.current_workflow_state is None
    assert "Millet came back" not in page_text(practice)
    account = client_of(people["reporter"]).get("/en/accounts/").content.decode()
    assert "Declined" in account
    assert "This is about &lt;b&gt;another&lt;/b&gt; practice." in account
    declined = [m for m in mail.outbox if m.to == ["issa@example.org"]]
    assert len(declined) == 1 and "another</b> practice" in declined[0].body


def test_reports_from_every_language_of_the_practice_count(world, libraries):
    practice, people = world
    french = practice.copy_for_translation(libraries["fr"].locale)
    french.save_revision().publish()
    report = send_report(french, people["reporter"])
    act(people["sahel"], report, "approve")
    assert "1 farmer tried it" in page_text(practice)


def test_only_published_practices_take_reports(world, libraries):
    practice, people = world
    practice.unpublish()
    response = client_of(people["reporter"]).post(url(practice), report_form())
    assert response.status_code == 404
    assert client_of(people["reporter"]).get("/en/accounts/tried/999999/").status_code == 404
    assert not ExperienceReport.objects.exists()


def photo() -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (110, 80, 30)).save(out, "JPEG")
    out.seek(0)
    out.name = "field.jpg"
    return out


def test_an_invalid_report_keeps_what_was_typed_and_the_photo(world):
    practice, people = world
    client = client_of(people["reporter"])
    response = client.post(url(practice), report_form(what_happened="", photo_upload=photo()))
    assert response.status_code == 400
    page = response.content.decode()
    assert "This field is required." in page and 'value="600"' in page
    assert "Your photo is received" in page
    kept = page.split('name="kept_photos" value="')[1].split('"')[0]
    response = client.post(url(practice), report_form(kept_photos=kept))
    assert response.status_code == 302
    assert ExperienceReport.objects.get().photo is not None


def test_markup_is_shown_as_text_on_the_page_and_in_the_admin(world):
    practice, people = world
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    report = send_report(practice, people["reporter"], what_happened=payload)
    admin = client_of(people["sahel"]).get(
        f"/admin/snippets/practices/experiencereport/edit/{report.pk}/"
    )
    assert admin.status_code == 200
    assert payload not in admin.content.decode()
    act(people["sahel"], report, "approve")
    page = page_text(practice)
    assert payload not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_the_honeypot_refuses_without_saying_why(world):
    practice, people = world
    response = client_of(people["reporter"]).post(
        url(practice), report_form(homepage="http://x", photo_upload=photo())
    )
    assert response.status_code == 400 and "Please try again later" in response.content.decode()
    assert not ExperienceReport.objects.exists()
    assert not get_image_model().objects.exists()  # nothing of a bot's post is kept


def test_reports_are_rate_limited_and_nothing_typed_is_lost(world):
    practice, people = world
    client = client_of(people["reporter"])
    for _n in range(10):
        assert client.post(url(practice), report_form()).status_code == 302
    response = client.post(url(practice), report_form(what_happened="The eleventh"))
    assert response.status_code == 429 and "The eleventh" in response.content.decode()


def test_csrf_is_required(world):
    practice, people = world
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["reporter"])
    assert client.post(url(practice), report_form()).status_code == 403


def test_only_published_reports_are_exported_without_the_farm_location(world):
    practice, people = world
    draft = send_report(practice, people["reporter"], what_happened="Still in review")
    published = send_report(practice, people["reporter"])
    act(people["sahel"], published, "approve")
    records = list(reports_export_records())
    assert [r["what_happened"] for r in records] == ["Millet came back on the crust."]
    record = records[0]
    assert record["practice_title"] == "Zaï pits" and record["practice_language"] == "en"
    assert record["country"] == "BF" and record["koppen"] == "BSh"
    assert "latitude" not in record and "author" not in record
    assert json.dumps(record)  # plain values only
    assert draft.pk != published.pk


@pytest.mark.parametrize(
    ("role", "may"),
    [("anonymous", False), ("reporter", False), ("other_farmer", False), ("sahel", True),
     ("europe", False), ("moderator", True), ("admin", True)],
)  # fmt: skip
def test_who_may_publish_a_report(world, role, may):
    practice, people = world
    people["other_farmer"] = person("binta", SAHEL_FARM)
    people["admin"] = User.objects.create_superuser("admin", "admin@example.org", "x")
    people["anonymous"] = None
    report = send_report(practice, people["reporter"])
    editor = client_of(people[role]).get(
        f"/admin/snippets/practices/experiencereport/edit/{report.pk}/"
    )
    assert (editor.status_code == 200) is may, role  # the others are sent away
    act(people[role], report, "approve")
    assert report.live is may, role


def test_a_task_state_of_another_region_cannot_be_acted_on_through_an_object_of_mine(world):
    """Wagtail's action views check the actions against the object in the URL; the review
    checks the task state's own object."""
    practice, people = world
    mine = send_report(practice, person("jean2", BRITTANY_FARM), country="FR")  # Europe's
    theirs = send_report(practice, people["reporter"])  # the Sahel's
    client = client_of(people["europe"])
    for action in ("approve", "decline", "reject"):
        client.post(
            f"/admin/snippets/practices/experiencereport/workflow/action/{mine.pk}/{action}/"
            f"{theirs.current_workflow_task_state.pk}/",
            {"comment": "Taken over"},
        )
        theirs.refresh_from_db()
        assert not theirs.live and theirs.current_workflow_state.status == "in_progress", action
