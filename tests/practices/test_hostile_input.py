"""Hostile or clumsy input on the public forms and addresses (issue 10, finding 5): line breaks
and control characters in one-line fields, numbers out of the model's range, integers beyond
any database, ids beyond any database in the URLs. Each gets a clear 400 or 404 with what was
typed kept, never a 500, and nothing half-saved."""

import re

from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.cache import caches
from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practices.models import (
    Answer,
    ExperienceReport,
    Member,
    PracticePage,
    Question,
)
from practices.roles import MODERATORS
from practices.services.members import member_create
from practices.text import one_line
from tests.factories import PracticePageFactory, region_claiming, share_form_data

SHARE = "/en/accounts/share-a-practice/"
BEYOND_ANY_DATABASE = [2**63, 2**64, 10**30, int("9" * 400)]


@pytest.fixture
def world(libraries):
    """A Sahel region with its correspondent, a published practice there, a farmer."""
    aminata = User.objects.create_user("aminata@example.org", "aminata@example.org", "x")
    region_claiming(slug="sahel", name="Sahel", countries=["NE", "BF"]).correspondents.add(aminata)
    practice = PracticePageFactory(parent=libraries["en"], title="Zaï pits", country="NE")
    farmer = member_create(name="Awa", email="awa@example.org", password="x", language="en")
    return {"practice": practice, "correspondent": aminata, "farmer": farmer}


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def report_form(**changes) -> dict:
    data = {"outcome": "worked", "what_happened": "Millet came back on the crust.", "years": "2",
            "country": "BF", "koppen": "BSh", "rainfall_mm": "600"}  # fmt: skip
    return {**data, **changes}


def farm_form(**changes) -> dict:
    data = {"farm_name": "Ferme du Sahel", "latitude": "13.51", "longitude": "2.11",
            "rainfall_mm": "550"}  # fmt: skip
    return {**data, **changes}


def errors_of(response) -> dict:
    return {name: list(messages) for name, messages in response.context["form"].errors.items()}


# --- line breaks and control characters -----------------------------------------------------


@pytest.mark.parametrize("breaker", ["\r", "\n", "\r\n", "\t", "\x0b", "\x85", "\u2028", "\x1b"])
def test_a_line_break_in_a_title_is_kept_on_one_line_and_the_reviewer_told(world, breaker):
    response = client_of(world["farmer"]).post(
        SHARE, share_form_data(title=f"Half-moons{breaker}on crusted soil")
    )
    assert response.status_code == 302
    page = PracticePage.objects.get(owner=world["farmer"])
    assert page.title == "Half-moons on crusted soil"
    (waiting,) = mail.outbox
    assert waiting.to == ["aminata@example.org"]
    assert waiting.subject == "A practice waits for your review: Half-moons on crusted soil"


def test_one_line_fields_of_the_account_forms_take_no_control_characters(world):
    response = Client().post(
        "/en/accounts/signup/",
        {"name": "Boubacar\r\nKeita\x07", "email": "boubacar@example.org",
         "password": "loam-and-clay-42", "language": "en"},
    )  # fmt: skip
    assert response.status_code == 302
    assert User.objects.get(email="boubacar@example.org").first_name == "Boubacar Keita"

    farmer = client_of(world["farmer"])
    response = farmer.post("/en/accounts/", {"name": "Awa\rDiallo", "language": "en"})
    assert response.status_code == 302
    world["farmer"].refresh_from_db()
    assert world["farmer"].first_name == "Awa Diallo"

    response = farmer.post("/en/accounts/farm/", farm_form(farm_name="Ferme\n\rdu\x00Sahel"))
    assert response.status_code == 302
    assert Member.objects.get(user=world["farmer"]).farm_name == "Ferme du Sahel"


@pytest.mark.parametrize("title", ["Zaï\rpits", "Zaï\npits\r\nBcc: x@example.org"])
def test_email_subjects_never_carry_line_breaks(world, title, django_capture_on_commit_callbacks):
    """A title from before the forms refused line breaks (or from an import) still reaches the
    correspondents: a question and an "I tried this" report on it are kept and announced."""
    practice = world["practice"]
    PracticePage.objects.filter(pk=practice.pk).update(title=title)
    farmer = client_of(world["farmer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = farmer.post(f"/en/accounts/ask/{practice.pk}/", {"text": "How deep?"})
    assert response.status_code == 302
    assert Question.objects.filter(practice=practice).exists()
    response = farmer.post(f"/en/accounts/tried/{practice.pk}/", report_form())
    assert response.status_code == 302
    assert ExperienceReport.objects.filter(practice=practice).exists()
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "\r" not in message.subject and "\n" not in message.subject
        assert message.subject.endswith(one_line(title))
        assert message.message()["Bcc"] is None


# --- numbers out of the model's range --------------------------------------------------------


def test_the_share_form_refuses_values_out_of_range_field_by_field(world):
    response = client_of(world["farmer"]).post(
        SHARE,
        share_form_data(temperature_c="1000", area_ha="-5", years="500", altitude_m="-9000",
                        rainfall_mm="-1"),
    )  # fmt: skip
    assert response.status_code == 400
    errors = errors_of(response)
    assert errors["temperature_c"] == ["Ensure this value is less than or equal to 40."]
    assert errors["area_ha"] == ["Ensure this value is greater than or equal to 0."]
    assert errors["years"] == ["Ensure this value is less than or equal to 200."]
    assert errors["altitude_m"] == ["Ensure this value is greater than or equal to -500."]
    assert errors["rainfall_mm"] == ["Ensure this value is greater than or equal to 0."]
    page = response.content.decode()
    assert 'value="Half-moons on crusted soil"' in page and 'value="1000"' in page
    # A phone opens its number keyboard (a text input: a browser's number input would drop a
    # decimal comma before the server sees it, practices/forms/numbers.py).
    assert re.search(r'<input type="text" name="temperature_c"[^>]* inputmode="decimal"', page)
    assert re.search(r'<input type="text" name="rainfall_mm"[^>]* inputmode="numeric"', page)
    assert not PracticePage.objects.filter(owner=world["farmer"]).exists()


def test_the_share_form_in_french_says_so_in_french(world):
    """A decimal comma is read (12,5 ha is 12.5 ha); what is not one number gets a clear error
    in French with the value kept as typed, never a silent change."""
    response = client_of(world["farmer"]).post(
        "/fr/accounts/share-a-practice/",
        share_form_data(language="fr", temperature_c="1000", area_ha="12,5", years="1,5"),
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert "inférieure ou égale à 40" in errors["temperature_c"][0]
    assert "area_ha" not in errors
    assert errors["years"] == [
        "Indiquez un nombre entier, comme 1200 (sans virgule ni point, sans lettres)."
    ]
    page = response.content.decode()
    assert 'value="12,5"' in page and 'value="1,5"' in page


def test_the_report_form_refuses_values_out_of_range(world):
    practice = world["practice"]
    response = client_of(world["farmer"]).post(
        f"/en/accounts/tried/{practice.pk}/",
        report_form(years="500", temperature_c="1000", rainfall_mm="99999"),
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert errors["years"] == ["Ensure this value is less than or equal to 200."]
    assert errors["temperature_c"] == ["Ensure this value is less than or equal to 40."]
    assert errors["rainfall_mm"] == ["Ensure this value is less than or equal to 15000."]
    assert not ExperienceReport.objects.exists()


def test_my_farm_refuses_values_out_of_range(world):
    response = client_of(world["farmer"]).post(
        "/en/accounts/farm/", farm_form(temperature_c="1000", altitude_m="7000")
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert errors["temperature_c"] == ["Ensure this value is less than or equal to 40."]
    assert errors["altitude_m"] == ["Ensure this value is less than or equal to 6000."]
    assert Member.objects.get(user=world["farmer"]).farm_name == ""


@pytest.mark.parametrize("number", [str(n) for n in BEYOND_ANY_DATABASE] + ["-" + "9" * 30])
def test_integers_beyond_any_database_are_field_errors(world, number):
    farmer = client_of(world["farmer"])
    response = farmer.post(
        SHARE, share_form_data(rainfall_mm=number, years=number, altitude_m=number)
    )
    assert response.status_code == 400
    assert {"rainfall_mm", "years", "altitude_m"} <= set(errors_of(response))
    assert not PracticePage.objects.filter(owner=world["farmer"]).exists()

    response = farmer.post(
        f"/en/accounts/tried/{world['practice'].pk}/", report_form(years=number, rainfall_mm=number)
    )
    assert response.status_code == 400
    assert {"years", "rainfall_mm"} <= set(errors_of(response))
    assert not ExperienceReport.objects.exists()

    response = farmer.post("/en/accounts/farm/", farm_form(rainfall_mm=number, altitude_m=number))
    assert response.status_code == 400
    assert {"rainfall_mm", "altitude_m"} <= set(errors_of(response))


def test_approving_a_draft_that_holds_bad_values_says_what_to_correct(world):
    """A draft saved before the forms checked ranges: the correspondent's approval does not
    fail with a 500 and leave the review stuck; it says what is wrong, and the draft can still
    be sent back to the farmer."""
    farmer = client_of(world["farmer"])
    assert farmer.post(SHARE, share_form_data()).status_code == 302
    page = PracticePage.objects.get(owner=world["farmer"])
    draft = page.get_latest_revision_as_object()
    draft.temperature_c, draft.years = 1000, 500
    draft.save_revision(user=world["farmer"], clean=False)
    task_state = page.current_workflow_task_state
    correspondent = client_of(world["correspondent"])
    response = correspondent.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", follow=True
    )
    assert response.status_code == 200
    shown = response.content.decode()
    assert "could not be published" in shown and "temperature" in shown
    page.refresh_from_db()
    assert not page.live
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"  # still in review: a change can be requested
    response = correspondent.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "The temperature is the yearly mean, in °C."},
    )
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes"


# --- ids beyond any database in the addresses ------------------------------------------------


@pytest.fixture
def question(world):
    return Question.objects.create(
        practice=world["practice"], author=world["farmer"], text="How deep?", status="published"
    )


@pytest.mark.parametrize(
    "address",
    [
        "/en/accounts/share-a-practice/{}/",
        "/en/accounts/tried/{}/",
        "/en/accounts/ask/{}/",
        "/en/accounts/answer/{}/",
        "/en/accounts/questions/question/{}/",
        "/en/accounts/questions/answer/{}/",
    ],
)
def test_ids_beyond_any_database_are_not_found(world, question, address):
    moderator = User.objects.create_user("secretariat@example.org", "s@example.org", "x")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    client = client_of(moderator)
    for number in BEYOND_ANY_DATABASE:
        assert client.post(address.format(number), {"action": "hide"}).status_code == 404
        if "/questions/" not in address:  # the moderation addresses take posts only
            assert client.get(address.format(number)).status_code == 404


def test_the_api_answers_an_id_beyond_any_database_with_its_json_404(world):
    for number in BEYOND_ANY_DATABASE:
        response = Client().get(f"/api/v1/practices/{number}/similar")
        assert response.status_code == 404
        assert response.json() == {"error": "not found", "field": None}


def test_real_ids_still_resolve(world, question):
    farmer = client_of(world["farmer"])
    assert farmer.get(f"/en/accounts/tried/{world['practice'].pk}/").status_code == 200
    assert farmer.get(f"/en/accounts/answer/{question.pk}/").status_code == 200
    assert Client().get(f"/api/v1/practices/{world['practice'].pk}/similar").status_code == 200
    assert not Answer.objects.exists()


# --- generated hostile values on every public form -------------------------------------------

NUMBER_TEXTS = st.one_of(
    st.integers(-(2**80), 2**80).map(str),
    st.floats().map(str),
    st.sampled_from(["nan", "NaN", "inf", "-Infinity", "1e400", "-1e400", "12,5", "1 000", "1_000",
                     "0x1F", "٣", "40.0000000000001", "-0", "9" * 5000, " 7 ", ""]),
)  # fmt: skip
CONTROL_TEXTS = st.text(st.characters(codec="utf-8", categories=["Cc", "Zl", "Zp", "L", "Zs"]))
HOSTILE_TEXTS = st.one_of(
    CONTROL_TEXTS.map(lambda text: text[:200]),
    st.sampled_from(["x" * 100_000, "\r\nBcc: x@example.org", "<script>alert(1)</script>", ""]),
)
# Each public form with a number or text field: its address, its valid post, and the fields
# that get hostile values.
PUBLIC_FORMS = {
    "share": (SHARE, share_form_data, ["title", "summary", "town", "latitude", "longitude",
                                       "rainfall_mm", "temperature_c", "altitude_m", "area_ha",
                                       "years"]),
    "tried": ("/en/accounts/tried/{practice}/", report_form,
              ["what_happened", "years", "rainfall_mm", "temperature_c", "altitude_m"]),
    "farm": ("/en/accounts/farm/", farm_form, ["farm_name", "town", "latitude", "longitude",
                                              "rainfall_mm", "temperature_c", "altitude_m"]),
    "account": ("/en/accounts/", lambda: {"name": "Awa", "language": "en"}, ["name"]),
    "ask": ("/en/accounts/ask/{practice}/", lambda: {"text": "How deep?"}, ["text"]),
}  # fmt: skip
TEXT_FIELDS = {"title", "summary", "town", "what_happened", "farm_name", "name", "text"}


def stored_state(user) -> tuple:
    """What a refused post must leave as it was."""
    member = Member.objects.get(user=user)
    return (
        PracticePage.objects.count(),
        ExperienceReport.objects.count(),
        Question.objects.count(),
        [getattr(member, name) for name in ("farm_name", "latitude", "rainfall_mm")],
        User.objects.get(pk=user.pk).first_name,
    )


@pytest.mark.parametrize("name", list(PUBLIC_FORMS))
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_hostile_values_never_cause_a_500_nor_half_saved_posts(world, name, data):
    for cache in caches.all():  # the rate limits count every example as a post
        cache.clear()
    address, valid, fields = PUBLIC_FORMS[name]
    chosen = data.draw(st.lists(st.sampled_from(fields), min_size=1, max_size=4, unique=True))
    post = valid()
    for field in chosen:
        post[field] = data.draw(HOSTILE_TEXTS if field in TEXT_FIELDS else NUMBER_TEXTS)
    before = stored_state(world["farmer"])
    response = client_of(world["farmer"]).post(address.format(practice=world["practice"].pk), post)
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 400:
        assert stored_state(world["farmer"]) == before
        assert response.context["form"].errors
        return
    # Accepted: what is stored passes the model's own validation, one-line texts on one line.
    saved = {
        "share": lambda: PracticePage.objects.latest("pk").get_latest_revision_as_object(),
        "tried": lambda: ExperienceReport.objects.latest("pk"),
        "farm": lambda: Member.objects.get(user=world["farmer"]),
        "account": lambda: User.objects.get(pk=world["farmer"].pk),
        "ask": lambda: Question.objects.latest("pk"),
    }[name]()
    saved.full_clean(exclude=["password", "username", "path", "depth", "url_path", "slug"])
    for field in ("title", "farm_name", "first_name"):
        assert one_line(getattr(saved, field, "")) == getattr(saved, field, "")
