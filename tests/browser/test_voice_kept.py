"""Issue 16 on a 360 px phone: a voice note sent with a form that must be corrected is shown
as kept, and the corrected form, sent without it, carries it. In French and Spanish.

Screenshots go to test-artifacts/ (and /work/wt/voice-shots when it exists, to look at)."""

from pathlib import Path

import pytest

from practices.models import PracticePage
from practices.reach.demo import clip_make
from tests.browser.test_journey import sign_up
from tests.browser.test_phone import no_sideways_scroll

SHOTS = Path("/work/wt/voice-shots")
KEPT = {"fr": "Note vocale gardée : ma-note.m4a", "es": "Nota de voz guardada: ma-note.m4a"}
SEND = {"fr": "Envoyer pour relecture", "es": "Enviar a revisión"}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_kept_voice_note_is_shown_and_sent_with_the_corrected_form(
    live_server, phone, libraries, artifacts, tmp_path, language
):
    note = clip_make(tmp_path / "ma-note.m4a", seconds=2, video=False)
    sign_up(phone, live_server.url, "Awa", "awa@example.org")
    phone.goto(f"{live_server.url}/{language}/accounts/share-a-practice/")
    phone.locator("#id_title").fill("Demi-lunes")
    phone.locator("#id_voice_file").set_input_files(str(note))
    phone.get_by_role("button", name=SEND[language]).click()  # no summary, no place: refused

    kept = phone.locator(".kept-voice")
    assert KEPT[language] in kept.inner_text()
    assert phone.locator("#id_voice_file").input_value() == ""  # not to be sent again
    no_sideways_scroll(phone)
    for folder in (artifacts, SHOTS):
        if folder.exists():
            kept.scroll_into_view_if_needed()
            phone.screenshot(path=str(folder / f"voice-kept-{language}.png"))

    phone.locator("#id_summary").fill("Des demi-lunes contre le ruissellement.")
    phone.locator("input[name=categories]").first.check()
    phone.locator("#id_latitude").fill("13.51")
    phone.locator("#id_longitude").fill("2.11")
    phone.locator("#id_outcome").select_option("worked")
    phone.get_by_role("button", name=SEND[language]).click()
    assert "/accounts/" in phone.url and "share-a-practice" not in phone.url
    draft = PracticePage.objects.get().get_latest_revision_as_object()
    assert draft.voice_note is not None and draft.voice_note.file.name.endswith(".m4a")
