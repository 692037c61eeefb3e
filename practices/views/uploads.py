"""What the public forms that take files share ("share a practice", "I tried this").

The rate limit is counted before a byte of the body is read, and a limited post too large to
read again is refused unread; files over the request's cap are dropped unread. Either way the
form comes back with what was typed. A form to be corrected carries the photos, the voice
note and the video that passed their checks, so that a farmer on a slow connection never sends
them twice.
"""

from collections.abc import Callable

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponse
from django.shortcuts import render

from practices import upload_checks
from practices.services.uploads import file_hold
from practices.upload_checks import RequestTooLarge, too_large_message, upload_too_large
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded


def upload_guarded(request, view: Callable, *, limit: Limit, max_bytes: int | None = None,
                   **kwargs) -> HttpResponse:  # fmt: skip
    """Count the post against `limit`, then run `view` (CSRF-protected: the upload handler
    must be in place before CSRF reads the body) with `limited=` what the count said."""
    max_bytes = max_bytes or upload_checks.REQUEST_MAX_BYTES
    limited = limit_exceeded(request, limit)  # before a byte of the body is read
    if limited and upload_checks.request_length(request) > max_bytes:
        return limited_unread(request)
    request.upload_handlers.insert(
        0, RequestTooLarge(request, max_bytes=max_bytes, files_refused=limited)
    )
    return view(request, limited=limited, **kwargs)


def limited_unread(request) -> HttpResponse:
    """429 for a rate-limited post too large to read again as typed: not a byte of its body is
    read (gunicorn drains little of it before closing the connection)."""
    return render(request, "registration/limited.html", {"limited_message": LIMITED_MESSAGE},
                  status=429)  # fmt: skip


def files_unread(request, form, *, template: str, context: dict, limited: bool,
                 max_bytes: int) -> HttpResponse | None:  # fmt: skip
    """The answer to a post whose files were dropped unread, else None: 429 when it was rate
    limited (what was typed shown as typed), 413 when it was too large (the text kept, and the
    photos kept from an earlier post)."""
    if limited:  # counted before the body was read; its files were dropped unread
        form.is_valid()  # shows what was typed, as typed
        return render(request, template, {**context, "form": form, "limited": LIMITED_MESSAGE},
                      status=429)  # fmt: skip
    if upload_too_large(request):  # its files were dropped unread: say so, keep the text
        form.files = {}  # not even the files that came before the cut
        form.is_valid()
        form.add_error(None, too_large_message(max_bytes))
        return render(request, template, {**context, "form": form,
                                          "kept_count": len(form.kept_photos)},
                      status=413)  # fmt: skip
    return None


def form_corrected(request, form, *, template: str, context: dict, kept: list) -> HttpResponse:
    """The form shown again to be corrected (400), values as posted, carrying `kept` photos
    and the files it holds (practices.forms.held)."""
    form.photos_keep(kept)
    _files_hold(request, form)
    return render(request, template, {**context, "form": form, "kept_count": len(kept)},
                  status=400)  # fmt: skip


def _files_hold(request, form) -> None:
    """Carry the form's voice note and video into the corrected form: one sent now that passed
    its check is held (not stored) and replaces the one held before, one held before stays;
    nothing new of a bot's post is kept."""
    refused = form.has_error(NON_FIELD_ERRORS, "refused")
    for held in form.held_files:
        checked = form.held_checked.get(held.kind)
        if checked is not None and not refused:
            name = file_hold(kind=held.kind, user=request.user, upload=checked)
            form.held_keep(held.kind, name=name, label=checked[0].name or "")
        elif (kept := form.held_kept(held.kind)) is not None:
            form.held_keep(held.kind, name=kept["name"], label=kept["label"])
        else:
            form.held_drop(held.kind)
