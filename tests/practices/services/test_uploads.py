"""What the real forms keep of an upload (practices/services/uploads.py): a file stored under its
detected format, nothing stored when a post is refused, photos staged for a correction capped
per member; a request over the size cap or the rate limit refused before its body is read."""

import io
from pathlib import Path

from django.conf import settings
from django.test.client import FakePayload

from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

import pytest

from practices.models import ExperienceReport, PracticeCategory, PracticePage
from practices.upload_checks import MAX_PHOTOS
from practices.views.limits import Limit
from tests.factories import PracticePageFactory, member_client
from tests.practices.test_upload_checks import image_bytes, mp4_bytes

# --- What an attacker notices through the real forms (issue 10, finding 1) -------------------

URL = "/en/accounts/share-a-practice/"
SCRIPT = b"<script>alert(document.cookie)</script>"


def named(content: bytes, name: str) -> io.BytesIO:
    upload = io.BytesIO(content)
    upload.name = name
    return upload


def media_files() -> set[str]:
    root = Path(settings.MEDIA_ROOT)
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


@pytest.fixture
def farmer(libraries):
    assert PracticeCategory.objects.filter(slug="water-harvesting").exists()  # installed
    return member_client("awa@example.org", first_name="Awa")


def share(**changes) -> dict:
    data = {"language": "en", "title": "Half-moons", "summary": "We dug half-moons.",
            "steps": "Dig", "categories": ["water-harvesting"], "latitude": "13.51",
            "longitude": "2.11", "outcome": "worked", "homepage": ""}  # fmt: skip
    return {**data, **changes}


@pytest.fixture
def practice(libraries):
    return PracticePageFactory(parent=libraries["en"], title="Zaï pits", koppen="BSh")


def report(**changes) -> dict:
    data = {"outcome": "worked", "what_happened": "Millet came back.", "years": "2",
            "country": "BF", "koppen": "BSh", "rainfall_mm": "600"}  # fmt: skip
    return {**data, **changes}


def test_a_photo_with_a_script_is_stored_under_its_detected_format(farmer):
    before = media_files()
    polyglot = named(image_bytes("PNG") + SCRIPT, "x.html")
    response = farmer.post(URL, share(photos=[polyglot]))
    assert response.status_code == 302, response.content.decode()[:2000]
    added = media_files() - before
    originals = [name for name in added if name.startswith("original_images/")]
    assert len(originals) == 1 and originals[0].endswith(".png"), added
    assert not any("html" in name or "/x." in name for name in added), added
    image = PracticePage.objects.get().photo
    assert image.file.name == originals[0]


def test_an_i_tried_this_photo_is_stored_under_its_detected_format(farmer, practice):
    before = media_files()
    polyglot = named(image_bytes("JPEG") + SCRIPT, "x.html")
    response = farmer.post(f"/en/accounts/tried/{practice.pk}/", report(photo_upload=polyglot))
    assert response.status_code == 302, response.content.decode()[:2000]
    added = media_files() - before
    assert len(added) == 1 and next(iter(added)).endswith(".jpg"), added
    assert ExperienceReport.objects.get().photo.file.name in added


def test_a_video_that_is_ftyp_then_html_is_refused(farmer):
    before = media_files()
    polyglot = named(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"<html>" + SCRIPT,
                     "clip.html")  # fmt: skip
    response = farmer.post(URL, share(video_file=polyglot))
    assert response.status_code == 400
    assert "not a video we can show" in response.content.decode()
    assert media_files() == before and not get_media_model().objects.exists()


def test_a_real_video_is_stored_under_its_container_extension(farmer):
    before = media_files()
    response = farmer.post(URL, share(video_file=named(mp4_bytes(), "clip.html")))
    assert response.status_code == 302, response.content.decode()[:2000]
    added = media_files() - before
    assert len(added) == 1 and next(iter(added)).endswith(".mp4"), added
    assert "clip" not in next(iter(added))


@pytest.mark.parametrize(
    "changes",
    [
        {"homepage": "http://spam.example"},  # the honeypot
        {"title": ""},  # something to correct
        {"latitude": "0", "longitude": "-30"},  # the save itself fails: a point at sea
    ],
)
def test_a_refused_share_stores_nothing_in_media(farmer, changes):
    before = media_files()
    response = farmer.post(
        URL,
        share(photos=[named(image_bytes("PNG") + SCRIPT, "x.html")],
              video_file=named(mp4_bytes(), "clip.mp4"), **changes),
    )  # fmt: skip
    assert response.status_code == 400
    assert media_files() == before
    assert not get_image_model().objects.exists() and not get_media_model().objects.exists()


def staged_files() -> set[str]:
    return {str(path) for path in Path(settings.VAR_DIR).rglob("staged-uploads/*/*")}


def test_a_rate_limited_or_bot_share_stages_nothing_either(farmer, monkeypatch):
    before, staged = media_files(), staged_files()
    photo = image_bytes("PNG")
    bot = farmer.post(URL, share(homepage="http://spam.example", photos=[named(photo, "x.png")]))
    monkeypatch.setattr("practices.views.uploads.limit_exceeded", lambda *args: True)
    limited = farmer.post(URL, share(photos=[named(photo, "x.png")]))
    assert (bot.status_code, limited.status_code) == (400, 429)
    assert media_files() == before and staged_files() == staged


def test_a_photo_kept_for_a_correction_reaches_media_only_once_saved(farmer):
    before = media_files()
    response = farmer.post(URL, share(title="", photos=[named(image_bytes("PNG"), "x.html")]))
    assert response.status_code == 400 and "1 photo already received" in response.content.decode()
    assert media_files() == before  # held outside MEDIA_ROOT, never served
    kept = response.context["form"].data["kept_photos"]
    response = farmer.post(URL, share(kept_photos=kept))
    assert response.status_code == 302
    added = media_files() - before
    assert len(added) == 1 and next(iter(added)).endswith(".png")
    assert PracticePage.objects.get().photo.file.name in added


def test_a_refused_report_stores_nothing_in_media(farmer, practice):
    before = media_files()
    for changes in ({"what_happened": ""}, {"homepage": "http://spam.example"}):
        response = farmer.post(
            f"/en/accounts/tried/{practice.pk}/",
            report(photo_upload=named(image_bytes("PNG"), "x.png"), **changes),
        )
        assert response.status_code == 400
    assert media_files() == before and not get_image_model().objects.exists()


# --- A request over the size cap (issue 10, finding 5) ----------------------------------------


def test_a_request_over_the_cap_is_refused_and_keeps_what_was_typed(farmer, monkeypatch):
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 50_000)
    before = media_files()
    big = named(mp4_bytes(boxes=((b"moov", b""), (b"mdat", b"\x00" * 80_000))), "clip.mp4")
    response = farmer.post(URL, share(title="Half-moons, with a big video", video_file=big))
    assert response.status_code == 413
    page = response.content.decode()
    assert "too large" in page and "Thank you" not in page
    assert 'value="Half-moons, with a big video"' in page
    assert not PracticePage.objects.exists() and media_files() == before


def test_a_request_over_the_cap_is_refused_in_the_readers_language(farmer, monkeypatch):
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 50_000)
    big = named(mp4_bytes(boxes=((b"moov", b""), (b"mdat", b"\x00" * 80_000))), "clip.mp4")
    response = farmer.post(URL.replace("/en/", "/fr/"), share(video_file=big))
    assert response.status_code == 413 and "est trop lourd" in response.content.decode()


def test_a_report_over_the_cap_is_refused_and_keeps_what_was_typed(farmer, practice, monkeypatch):
    monkeypatch.setattr("practices.upload_checks.REPORT_REQUEST_MAX_BYTES", 50_000)
    big = named(image_bytes("PNG", size=(400, 400)) + b"\x00" * 80_000, "big.png")
    response = farmer.post(
        f"/en/accounts/tried/{practice.pk}/",
        report(what_happened="Millet came back, typed on a phone.", photo_upload=big),
    )
    assert response.status_code == 413
    page = response.content.decode()
    assert "too large" in page and "Millet came back, typed on a phone." in page
    assert not ExperienceReport.objects.exists()


# --- Staged photos are capped per member (review M5) ------------------------------------------


def test_invalid_posts_stage_at_most_max_photos_per_member(farmer):
    """Each post to correct holds its photos for a day: without a cap per member, repeating an
    invalid post with 5 x 8 MB fills the disk. Only the latest form's photos are kept."""
    folder = Path(settings.VAR_DIR) / "staged-uploads" / str(farmer.user.pk)
    for attempt in range(3):
        photos = [named(image_bytes("PNG", size=(8 + attempt, 8 + i)), f"{i}.png")
                  for i in range(MAX_PHOTOS)]  # fmt: skip
        response = farmer.post(URL, share(title="", photos=photos))
        assert response.status_code == 400
    assert len(list(folder.iterdir())) <= MAX_PHOTOS
    kept = response.context["form"].data["kept_photos"]
    assert farmer.post(URL, share(kept_photos=kept)).status_code == 302
    sizes = [(image.width, image.height) for image in get_image_model().objects.order_by("pk")]
    assert sizes == [(10, 8 + i) for i in range(MAX_PHOTOS)]  # the last post's, all of them


# --- The rate limit comes before the body is read (review M4) ---------------------------------


@pytest.fixture
def body_read(monkeypatch):
    """How many bytes of request bodies the server read (the test client's payload)."""
    counted = {"bytes": 0}
    original = FakePayload.read

    def read(self, *args, **kwargs):
        content = original(self, *args, **kwargs)
        counted["bytes"] += len(content)
        return content

    monkeypatch.setattr(FakePayload, "read", read)
    return counted


@pytest.mark.parametrize("view", ["share", "report"])
def test_a_limited_member_gets_429_before_the_body_is_read(farmer, practice, monkeypatch,
                                                           body_read, view):  # fmt: skip
    """Oversize posts count against the limit, and once over it a post is refused unread:
    otherwise any account makes the server read large bodies without end."""
    url = URL if view == "share" else f"/en/accounts/tried/{practice.pk}/"
    limit = Limit(group=f"test:{view}", per_account="1/h", per_ip="200/h")
    monkeypatch.setattr("practices.views.contribute.CONTRIBUTE_LIMIT", limit)
    monkeypatch.setattr("practices.views.reports.REPORT_LIMIT", limit)
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 50_000)
    monkeypatch.setattr("practices.upload_checks.REPORT_REQUEST_MAX_BYTES", 50_000)
    big = named(image_bytes("PNG") + b"\x00" * 80_000, "big.png")
    data = share(photos=[big]) if view == "share" else report(photo_upload=big)
    assert farmer.post(url, data).status_code == 413  # counted, though too large
    read_before = body_read["bytes"]
    big.seek(0)
    response = farmer.post(url, data)
    assert response.status_code == 429
    assert body_read["bytes"] == read_before  # not a byte of it
    assert "Too many attempts" in response.content.decode()


def test_a_limited_members_post_within_the_cap_keeps_what_was_typed(farmer, monkeypatch):
    limit = Limit(group="test:typed", per_account="1/h", per_ip="200/h")
    monkeypatch.setattr("practices.views.contribute.CONTRIBUTE_LIMIT", limit)
    assert farmer.post(URL, share(title="")).status_code == 400
    response = farmer.post(URL, share(title="Half-moons, typed twice",
                                      photos=[named(image_bytes("PNG"), "x.png")]))  # fmt: skip
    assert response.status_code == 429
    assert 'value="Half-moons, typed twice"' in response.content.decode()
    assert not PracticePage.objects.exists() and not get_image_model().objects.exists()


def test_a_request_far_over_the_cap_is_cut_off_unread(farmer, monkeypatch, body_read):
    """Past twice the cap no phone sends in good faith: the files are not read at all."""
    monkeypatch.setattr("practices.upload_checks.REQUEST_MAX_BYTES", 50_000)
    big = named(mp4_bytes(boxes=((b"moov", b""), (b"mdat", b"\x00" * 300_000))), "clip.mp4")
    response = farmer.post(URL, share(video_file=big))
    assert response.status_code == 413
    assert body_read["bytes"] < 100_000
