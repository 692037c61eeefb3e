"""Issues 13 and 16 on a 360 px phone: a voice note or a video file sent with a share form that
must be corrected is shown as kept (the video with its size), and the corrected form, sent
without it, lands it on the draft. In French and Spanish.

Screenshots go to test-artifacts/ (and /work/wt/voice-shots when it exists, to look at)."""

import re
from pathlib import Path

import pytest

from practices.models import PracticePage
from practices.reach.demo import clip_make
from tests.browser.test_journey import sign_up
from tests.browser.test_phone import no_sideways_scroll

SHOTS = Path("/work/wt/voice-shots")
# What the farmer sends, and what the corrected form says of it (the video's size after it).
SENT = {"voice": "ma-note.m4a", "video": "mes-demi-lunes.mp4"}
KEPT = {
    ("voice", "fr"): "Note vocale gardée : ma-note.m4a",
    ("voice", "es"): "Nota de voz guardada: ma-note.m4a",
    ("video", "fr"): r"Vidéo gardée : mes-demi-lunes\.mp4 \(\d+,\d\sKio\)",
    ("video", "es"): r"Video guardado: mes-demi-lunes\.mp4 \(\d+,\d\sKB\)",
}
SEND = {"fr": "Envoyer pour relecture", "es": "Enviar a revisión"}


def draft_file(kind: str):
    """The voice note or the video file on the draft the farmer sent."""
    draft = PracticePage.objects.get().get_latest_revision_as_object()
    if kind == "voice":
        return draft.voice_note
    videos = [block.value["video"] for block in draft.body if block.block_type == "video"]
    return videos[0] if videos else None


@pytest.mark.parametrize("kind", ["voice", "video"])
@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_kept_file_is_shown_and_sent_with_the_corrected_form(
    live_server, phone, libraries, artifacts, tmp_path, language, kind
):
    sent = clip_make(tmp_path / SENT[kind], seconds=2, video=kind == "video")
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    phone.goto(f"{live_server.url}/{language}/accounts/share-a-practice/")
    phone.locator("#id_title").fill("Demi-lunes")
    phone.locator(f"#id_{kind}_file").set_input_files(str(sent))
    phone.get_by_role("button", name=SEND[language]).click()  # no summary, no place: refused

    kept = phone.locator(f".kept-{kind}")
    assert re.search(KEPT[kind, language], kept.inner_text())
    assert phone.locator(f"#id_{kind}_file").input_value() == ""  # not to be sent again
    no_sideways_scroll(phone)
    for folder in (artifacts, SHOTS):
        if folder.exists():
            kept.scroll_into_view_if_needed()
            phone.screenshot(path=str(folder / f"{kind}-kept-{language}.png"))

    phone.locator("#id_summary").fill("Des demi-lunes contre le ruissellement.")
    phone.locator("input[name=categories]").first.check()
    phone.locator("#id_latitude").fill("13.51")
    phone.locator("#id_longitude").fill("2.11")
    phone.locator("#id_outcome").select_option("worked")
    phone.get_by_role("button", name=SEND[language]).click()
    assert "/accounts/" in phone.url and "share-a-practice" not in phone.url
    stored = draft_file(kind)
    assert stored is not None and stored.file.read() == sent.read_bytes()
