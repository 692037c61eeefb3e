"""Sharing a practice from the public site (no JavaScript): a draft in regional review."""

import io
import re

from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.images import get_image_model

import pytest
from PIL import Image

from practices.forms.mixins import kept_photos_sign
from practices.models import PracticePage
from practices.services.members import member_create
from practices.services.uploads import photos_stage, photos_store
from search.engine import get_engine
from search.engine.base import SearchQuery
from tests.factories import member_client, region_claiming, share_form_data

URL = "/en/accounts/share-a-practice/"


def photo(name="field.jpg", kind="JPEG") -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (110, 80, 30)).save(out, kind)
    out.seek(0)
    out.name = name
    return out


@pytest.fixture
def farmer(libraries):
    return member_client("awa@example.org", first_name="Awa <b>Diallo</b>")


@pytest.fixture
def correspondent(libraries) -> User:
    """Aminata, correspondent of the Sahel: what is shared from Niger waits for her review."""
    aminata = User.objects.create_user("aminata@example.org", "aminata@example.org", "x")
    region_claiming(name="Sahel", slug="sahel", countries=["NE"]).correspondents.add(aminata)
    return aminata


def form(**changes) -> dict:
    """The share form's data with markup in its steps, which must come back escaped."""
    steps = "Mark the contour lines\nDig half-moons 2 m wide\n<script>alert(1)</script>"
    return share_form_data(**{"steps": steps, **changes})


def shared(farmer) -> PracticePage:
    """The farmer's practice, sent with form()'s data: a draft in review."""
    farmer.post(URL, form())
    return PracticePage.objects.get(title="Half-moons on crusted soil")


def test_anonymous_visitors_are_asked_to_log_in(libraries):
    response = Client().get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_form_starts_from_my_farm(farmer):
    member = farmer.user.member
    member.latitude, member.longitude, member.koppen, member.rainfall_mm = 14.1, -1.6, "BSh", 480
    member.save()
    page = farmer.get(URL).content.decode()
    assert 'value="14.1"' in page and 'value="480"' in page


def test_a_submission_becomes_a_draft_in_review_with_its_photos(farmer):
    response = farmer.post(URL, form(photos=[photo(), photo("second.png", "PNG")]))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PracticePage.objects.get(title="Half-moons on crusted soil")
    assert not page.live and page.owner == farmer.user
    assert page.country == "NE" and page.koppen == "BSh"
    assert page.current_workflow_state.status == "in_progress"
    assert page.photo is not None and page.photo.uploaded_by_user == farmer.user
    body = page.body.render_as_block() if hasattr(page.body, "render_as_block") else str(page.body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in str(body) and "<script>alert" not in str(body)
    assert [b.block_type for b in page.body] == ["steps", "image"]
    steps = page.body[0].value["steps"]
    assert [step["text"].source for step in steps][:2] == [
        "<p>Mark the contour lines</p>",
        "<p>Dig half-moons 2 m wide</p>",
    ]
    assert page.contributor == "Awa <b>Diallo</b>"  # stored as typed, escaped when shown
    # A draft is never found.
    assert get_engine().search(SearchQuery(text="half moons")).total == 0
    account = farmer.get("/en/accounts/").content.decode()
    assert "Half-moons on crusted soil" in account


def test_an_invalid_form_keeps_every_value_and_the_photos_already_sent(farmer):
    response = farmer.post(URL, form(latitude="0", longitude="-30", photos=[photo()]))
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Half-moons on crusted soil"' in page
    assert "1 photo already received" in page
    kept = response.context["form"].data["kept_photos"]

    response = farmer.post(URL, form(kept_photos=kept))  # corrected, no photo sent again
    assert response.status_code == 302
    assert PracticePage.objects.get(title="Half-moons on crusted soil").photo is not None


def test_photos_of_someone_else_cannot_be_claimed(farmer, libraries):

    other = User.objects.create_user("other@example.org", "other@example.org", "x")
    upload = SimpleUploadedFile("t.jpg", photo().getvalue())
    stored = photos_store(user=other, photos=[(upload, "jpg")], title="t", written=[])
    staged = photos_stage(user=other, photos=[(upload, "jpg")])  # held for their correction
    forged = kept_photos_sign(user=farmer.user, photos=stored + staged)
    assert farmer.post(URL, form(kept_photos=forged)).status_code == 302
    assert PracticePage.objects.get(title="Half-moons on crusted soil").photo is None
    tampered = farmer.post(URL, form(title="Second", kept_photos=forged[:-2] + "xx"))
    assert tampered.status_code == 302
    assert PracticePage.objects.get(title="Second").photo is None


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (io.BytesIO(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), "not a photo we can read"),
        (io.BytesIO(b"MZ\x90 not an image"), "not a photo we can read"),
    ],
)
def test_files_that_are_not_photos_are_refused_with_a_clear_message(farmer, upload, message):
    upload.name = "pretty.jpg"
    response = farmer.post(URL, form(photos=[upload]))
    assert response.status_code == 400 and message in response.content.decode()
    assert not PracticePage.objects.filter(title="Half-moons on crusted soil").exists()


def test_at_most_five_photos(farmer):
    response = farmer.post(URL, form(photos=[photo(f"p{n}.jpg") for n in range(6)]))
    assert response.status_code == 400
    assert "Up to 5 photos" in response.content.decode()


def test_a_video_file_must_be_a_video(farmer):
    fake = io.BytesIO(b"<html>hello</html>")
    fake.name = "clip.mp4"
    response = farmer.post(URL, form(video_file=fake))
    assert response.status_code == 400 and "not a video we can show" in response.content.decode()


def test_the_honeypot_refuses_without_saying_why(farmer):

    response = farmer.post(URL, form(homepage="http://spam.example", photos=[photo()]))
    assert response.status_code == 400
    assert not PracticePage.objects.exists()
    assert not get_image_model().objects.exists()  # nothing of a bot's post is kept


def test_submissions_are_rate_limited_and_nothing_typed_is_lost(farmer):
    for n in range(10):
        assert farmer.post(URL, form(title=f"Practice {n}")).status_code == 302
    response = farmer.post(URL, form(title="The eleventh"))
    assert response.status_code == 429
    assert 'value="The eleventh"' in response.content.decode()


def test_csrf_is_required(libraries, farmer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(farmer.user)
    assert client.post(URL, form()).status_code == 403


def test_a_change_request_comes_back_to_the_farmer_who_edits_and_resubmits(farmer, correspondent):
    farmer.post(URL, form(photos=[photo()]))
    page = PracticePage.objects.get(title="Half-moons on crusted soil")
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, correspondent, "reject", comment="Say <i>how deep</i> the half-moons are."
    )

    account = farmer.get("/en/accounts/").content.decode()
    assert "Changes requested" in account
    assert "Say &lt;i&gt;how deep&lt;/i&gt; the half-moons are." in account
    edit_url = f"/en/accounts/share-a-practice/{page.pk}/"
    assert edit_url in account
    editing = farmer.get(edit_url)
    assert editing.status_code == 200
    initial = editing.context["form"].initial
    assert initial["steps"].splitlines() == [
        "Mark the contour lines",
        "Dig half-moons 2 m wide",
        "<script>alert(1)</script>",  # given back as typed, escaped again when saved
    ]

    response = farmer.post(
        edit_url,
        form(title="Half-moons, 30 cm deep", kept_photos=initial["kept_photos"],
             steps=initial["steps"] + "\nDig 30 cm deep"),
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, correspondent, "approve")
    page.refresh_from_db()
    assert page.live and page.title == "Half-moons, 30 cm deep" and page.photo is not None
    public = Client().get(page.url).content.decode()
    assert "Dig 30 cm deep" in public and "&lt;script&gt;" in public
    # Published: no more edits from the public form.
    assert farmer.get(edit_url).status_code == 302


def test_nobody_else_can_open_or_post_to_a_farmers_draft(farmer):
    page = shared(farmer)
    intruder = User.objects.create_user("b@example.org", "b@example.org", "x")
    client = Client()
    client.force_login(intruder)
    url = f"/en/accounts/share-a-practice/{page.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, form(title="Taken over")).status_code == 404
    assert Client().get(url).status_code == 302  # anonymous: log in first
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Half-moons on crusted soil"


def test_emails_reach_the_correspondent_then_the_farmer_in_their_language(correspondent):

    awa = member_create(name="Awa", email="awa@example.org", password="x", language="fr")
    client = Client()
    client.force_login(awa)
    assert client.post(URL, form()).status_code == 302
    (waiting,) = mail.outbox
    assert waiting.to == ["aminata@example.org"]
    assert "Half-moons on crusted soil" in waiting.subject and "/admin/pages/" in waiting.body

    page = PracticePage.objects.get(title="Half-moons on crusted soil")
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, correspondent, "reject", comment="Quelle profondeur ?")
    asked = mail.outbox[-1]
    assert asked.to == ["awa@example.org"] and len(mail.outbox) == 2  # not Wagtail's as well
    assert asked.subject.startswith("Une modification est demandée")  # Awa reads French
    assert "Quelle profondeur ?" in asked.body
    assert f"/fr/accounts/share-a-practice/{page.pk}/" in asked.body

    page.current_workflow_state.resume(awa)
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, correspondent, "approve")
    done = mail.outbox[-1]
    assert done.to == ["awa@example.org"] and page.title in done.subject


def test_a_declined_practice_says_why_and_cannot_be_sent_again(farmer, correspondent):

    page = shared(farmer)
    task_state = page.current_workflow_task_state
    client = Client()
    client.force_login(correspondent)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/decline/{task_state.pk}/",
        {"comment": "An <b>advert</b> for a fertiliser, not a practice."},
    )
    page.refresh_from_db()
    assert not page.live and page.current_workflow_state is None

    account = farmer.get("/en/accounts/").content.decode()
    assert "Declined" in account
    assert "An &lt;b&gt;advert&lt;/b&gt; for a fertiliser, not a practice." in account
    edit_url = f"/en/accounts/share-a-practice/{page.pk}/"
    assert edit_url not in account
    assert farmer.get(edit_url).status_code == 302
    farmer.post(edit_url, form(title="Sent again"))
    page.refresh_from_db()
    assert page.current_workflow_state is None
    assert page.get_latest_revision_as_object().title == "Half-moons on crusted soil"
    declined = [m for m in mail.outbox if m.to == ["awa@example.org"]]
    assert len(declined) == 1 and "advert</b> for a fertiliser" in declined[0].body
    assert "Half-moons on crusted soil" in declined[0].subject


def test_each_category_is_offered_once(farmer):
    page = farmer.get(URL).content.decode()
    offered = re.findall(r'name="categories" value="([a-z-]+)"', page)
    assert len(offered) == len(set(offered)) == 13  # the installed vocabulary, in 3 languages


def test_a_change_request_then_a_cancelled_review_is_not_a_decline(farmer, correspondent):
    page = shared(farmer)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, correspondent, "reject", comment="Deeper?")
    page.current_workflow_state.cancel()  # an admin cancels the review
    account = farmer.get("/en/accounts/").content.decode()
    assert "Declined" not in account and "Deeper?" not in account
    assert f"/en/accounts/share-a-practice/{page.pk}/" in account  # a draft: edit and send


def test_a_change_request_must_say_what_to_change(farmer, correspondent):
    page = shared(farmer)
    task_state = page.current_workflow_task_state
    client = Client()
    client.force_login(correspondent)
    action = f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/"
    # The admin's modal (an XMLHttpRequest) shows the error; nothing is done either way.
    response = client.post(action, {"comment": "   "}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert "This field is required" in response.content.decode()
    client.post(action, {"comment": ""})
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"  # nothing sent to the farmer
    client.post(action, {"comment": "How deep are the half-moons?"})
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes"
    asked = [m for m in mail.outbox if m.to == ["awa@example.org"]][-1]
    assert "How deep are the half-moons?" in asked.body


def test_editing_after_a_change_request_shows_the_photos_and_removes_one(farmer, correspondent):
    farmer.post(URL, form(photos=[photo("before.jpg"), photo("after.jpg")]))
    page = PracticePage.objects.get(title="Half-moons on crusted soil")
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, correspondent, "reject", comment="Less photos")
    edit_url = f"/en/accounts/share-a-practice/{page.pk}/"

    editing = farmer.get(edit_url).content.decode()
    shown = re.findall(r'<img alt="Half-moons on crusted soil"[^>]*src="([^"]+)"', editing)
    assert len(shown) == 2  # both photos, as thumbnails, titled with the practice
    boxes = re.findall(r'name="photo_remove" value="(\d+)"', editing)
    assert len(boxes) == 2 and "Remove this photo" in editing

    kept = farmer.get(edit_url).context["form"].initial["kept_photos"]
    response = farmer.post(edit_url, form(kept_photos=kept, photo_remove=[boxes[1]]))
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    body_images = [b.value["image"].pk for b in draft.body if b.block_type == "image"]
    assert draft.photo_id == int(boxes[0]) and int(boxes[1]) not in body_images
