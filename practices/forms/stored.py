"""Files a farmer's draft already carries (its video file, its voice note), shown on the
"changes requested" form: their size, a player and a link (served only to those who may see
the draft: practices.reach.media_access), kept unless the farmer removes them or sends another.
The stored file's own name is random (the storage's), so it is never shown."""

from dataclasses import dataclass

from django import forms
from django.template.defaultfilters import filesizeformat

from .held import Held


@dataclass(frozen=True)
class Stored:
    """How the edit form shows one kind of file the draft carries."""

    held: Held  # the same kind of file sent with the form: its kind and its "Remove it"
    message: str  # with %(size)s; lazily translated
    download: str  # the link to the file
    hint: str  # what becomes of it

    @property
    def kind(self) -> str:
        return self.held.kind

    @property
    def remove(self) -> str:
        return f"{self.kind}_stored_remove"


class StoredFilesMixin(forms.Form):
    """For the edit form: `stored` (kind: the draft's file, wagtailmedia) shown as
    `stored_files` say."""

    stored_files: tuple[Stored, ...] = ()

    def __init__(self, *args, stored: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored = stored or {}

    def stored_removed(self, kind: str) -> bool:
        """The farmer ticked the box that lets the draft's file of `kind` go."""
        remove = next(stored.remove for stored in self.stored_files if stored.kind == kind)
        return kind in self.stored and self.is_bound and bool(self.data.get(remove))

    @property
    def stored_shown(self) -> dict[str, dict]:
        """For the template, by kind: what the form says of each file the draft carries."""
        shown = {}
        for stored in self.stored_files:
            media = self.stored.get(stored.kind)
            try:
                size = media and filesizeformat(media.file.size)
            except OSError:  # its file is gone: nothing to keep or to play
                size = None
            if size:
                shown[stored.kind] = {
                    "kind": stored.kind,
                    "message": stored.message % {"size": size},
                    "url": media.file.url,
                    "download": stored.download,
                    "hint": stored.hint,
                    "remove": stored.remove,
                    "remove_label": stored.held.remove_label,
                    "removed": self.stored_removed(stored.kind),
                }
        return shown
