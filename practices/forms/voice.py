"""A voice note on the public forms ("share a practice", "I tried this"): recorded on the
phone (`capture`) or attached, checked by content (practices.upload_checks.voice_check), and
held while the form is corrected (practices.forms.held)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.upload_checks import voice_check

from .held import Held, HeldFilesMixin

VOICE = Held(kind="voice", field="voice_file", check=voice_check,
             message=_("Voice note kept: %(name)s"), remove_label=_("Remove it"))  # fmt: skip


class VoiceNoteMixin(HeldFilesMixin):
    """For forms made for one `user` (KeptPhotosMixin sets it)."""

    voice_file = forms.FileField(
        label=_("A voice note"),
        required=False,
        # `capture` lets a phone record at once; no script is needed.
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*", "capture": True}),
        help_text=_("Optional: say it in your own words, 3 minutes and 10 MB at most."),
    )

    held_files = (VOICE,)

    def clean_voice_file(self):
        return self.held_check("voice")

    def voice_note(self) -> tuple | str | None:
        """What the submission stores: a note sent now (checked), else the one held."""
        return self.held_sent("voice")
