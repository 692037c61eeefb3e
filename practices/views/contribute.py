"""Sharing a practice from the public site: the farmer's draft goes to regional review, and
comes back to them when a correspondent asks for a change."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from wagtail.models import WorkflowState

from practices import upload_checks
from practices.blocks import step_texts
from practices.forms.contribute import (
    FARM_FIELDS,
    PAGE_FIELDS,
    ContributionForm,
    kept_photos_sign,
)
from practices.models import PracticePage
from practices.selectors.submissions import declined_reasons
from practices.services.members import member_get
from practices.services.submissions import contribution_submit, contribution_update
from practices.services.uploads import photos_stage
from practices.upload_checks import RequestTooLarge, too_large_message, upload_too_large
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded

CONTRIBUTE_LIMIT = Limit(group="practices:contribute", per_account="10/h", per_ip="200/h")
TEMPLATE = "practices/contribute.html"


@csrf_exempt  # the upload handler must be in place before CSRF reads the body; checked below
@never_cache
@login_required
def contribute(request):
    limited = limit_exceeded(request, CONTRIBUTE_LIMIT)  # before a byte of the body is read
    if limited and upload_checks.request_length(request) > upload_checks.REQUEST_MAX_BYTES:
        return limited_unread(request)
    request.upload_handlers.insert(0, RequestTooLarge(request, files_refused=limited))
    return _contribute(request, limited=limited)


@csrf_exempt  # as above
@never_cache
@login_required
def contribute_edit(request, page_id: int):
    limited = limit_exceeded(request, CONTRIBUTE_LIMIT)  # before a byte of the body is read
    if limited and upload_checks.request_length(request) > upload_checks.REQUEST_MAX_BYTES:
        return limited_unread(request)
    request.upload_handlers.insert(0, RequestTooLarge(request, files_refused=limited))
    return _contribute_edit(request, page_id, limited=limited)


def limited_unread(request):
    """429 for a rate-limited post too large to read again as typed: not a byte of its body is
    read (gunicorn drains little of it before closing the connection)."""
    return render(request, "registration/limited.html", {"limited_message": LIMITED_MESSAGE},
                  status=429)  # fmt: skip


@csrf_protect
def _contribute(request, *, limited: bool = False):
    if request.method != "POST":
        member = member_get(user=request.user)
        initial = {name: getattr(member, name) for name in FARM_FIELDS} if member.has_farm else {}
        form = ContributionForm(user=request.user, initial=initial)
        return render(request, TEMPLATE, {"form": form})

    def save(form, photos):
        return contribution_submit(
            user=request.user,
            language=form.cleaned_data["language"],
            fields=form.page_fields(),
            category_slugs=form.cleaned_data["categories"],
            steps=form.cleaned_data["steps"],
            photos=photos,
            video_url=form.cleaned_data["video_url"],
            video_file=form.video_checked,
        )

    form = ContributionForm(request.POST, request.FILES, user=request.user)
    return _post(request, form, save, limited=limited)


@csrf_protect
def _contribute_edit(request, page_id: int, *, limited: bool = False):
    # Only the owner's own pages: another id (tampered with) is simply not found.
    page = get_object_or_404(PracticePage, pk=page_id, owner=request.user)
    state = page.current_workflow_state
    waiting = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    declined = state is None and page.pk in declined_reasons([page])
    if declined:
        messages.info(
            request,
            _("This practice was declined by the review: it cannot be sent again. The reason "
              "is on your account page."),
        )  # fmt: skip
        return HttpResponseRedirect(reverse("accounts:account"))
    if not (waiting or (state is None and not page.live)):
        messages.info(
            request, _("This practice is in review or published: it cannot be changed now.")
        )
        return HttpResponseRedirect(reverse("accounts:account"))
    context = {"page": page, "editing": True}
    if request.method != "POST":
        form = ContributionForm(user=request.user, initial=_initial(page, request.user))
        form.fields["language"].disabled = True
        return render(request, TEMPLATE, {**context, "form": form})

    def save(form, photos):
        return contribution_update(
            page=page,
            user=request.user,
            fields=form.page_fields(),
            category_slugs=form.cleaned_data["categories"],
            steps=form.cleaned_data["steps"],
            photos=photos,
            video_url=form.cleaned_data["video_url"],
        )

    form = ContributionForm(
        request.POST, request.FILES, user=request.user, initial=_initial(page, request.user)
    )
    form.fields["language"].disabled = True  # the page stays in its language's library
    return _post(request, form, save, context, limited=limited)


def _initial(page: PracticePage, user) -> dict:
    draft = page.get_latest_revision_as_object()
    images = [draft.photo_id] if draft.photo_id else []
    steps = []
    for block in draft.body:
        if block.block_type == "image":
            images.append(block.value["image"].pk)
        elif block.block_type == "steps":
            steps += step_texts(block.value)
    return {
        **{name: getattr(draft, name) for name in PAGE_FIELDS},
        "language": page.locale.language_code,
        "categories": [c.slug for c in draft.categories.all()],
        "steps": "\n".join(steps),
        "kept_photos": kept_photos_sign(user=user, photos=images),
    }


def _post(request, form, save, context=None, *, limited: bool = False):
    """Validate, save or show what to correct (values kept). Nothing sent reaches the site's
    media unless the practice is saved; photos that passed their checks are held for the
    correction, so that a farmer on a slow connection never sends them twice."""
    context = context or {}
    if limited:  # counted before the body was read; its files were dropped unread
        form.is_valid()  # shows what was typed, as typed
        return render(request, TEMPLATE, {**context, "form": form, "limited": LIMITED_MESSAGE},
                      status=429)  # fmt: skip
    if upload_too_large(request):  # its files were dropped unread: say so, keep the text
        form.files = {}  # not even the photos that came before the cut
        form.is_valid()
        form.add_error(None, too_large_message(upload_checks.REQUEST_MAX_BYTES))
        return render(request, TEMPLATE, {**context, "form": form,
                                          "kept_count": len(form.kept_photos)},
                      status=413)  # fmt: skip
    valid = form.is_valid()
    if valid:
        try:
            page = save(form, form.kept_photos + form.new_photos)
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(
                request,
                _(
                    "Thank you! “%(title)s” is now with the correspondents of your region. "
                    "You will see here when it is published, or if they ask for a change."
                )
                % {"title": page.get_latest_revision_as_object().title},
            )
            return HttpResponseRedirect(reverse("accounts:account"))
    refused = form.has_error(NON_FIELD_ERRORS, "refused")  # the honeypot: keep nothing
    new_photos = (
        []
        if refused
        else photos_stage(user=request.user, photos=form.new_photos, kept=form.kept_photos)
    )
    kept = form.kept_photos + new_photos
    data = request.POST.copy()
    data["kept_photos"] = kept_photos_sign(user=request.user, photos=kept)
    form.data = data
    return render(request, TEMPLATE, {**context, "form": form, "kept_count": len(kept)}, status=400)
