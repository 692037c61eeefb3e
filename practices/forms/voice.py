"""A voice note on the public forms ("share a practice", "I tried this"): recorded on the
phone (`capture`) or attached, checked by content (practices.upload_checks.voice_check)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.upload_checks import voice_check


class VoiceNoteMixin(forms.Form):
    voice_file = forms.FileField(
        label=_("A voice note"),
        required=False,
        # `capture` lets a phone record at once; no script is needed.
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*", "capture": True}),
        help_text=_("Optional: say it in your own words, 3 minutes and 10 MB at most."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.voice_checked: tuple | None = None  # (upload, extension of its container)

    def clean_voice_file(self):
        upload = self.cleaned_data.get("voice_file")
        if upload:
            self.voice_checked = (upload, voice_check(upload))
        return upload
