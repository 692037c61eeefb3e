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
from practices.forms.contribute import PAGE_FIELDS, ContributionForm
from practices.forms.mixins import kept_photos_sign, service_errors_add
from practices.models import PracticePage
from practices.models.profile import PROFILE_FORM_FIELDS
from practices.selectors.submissions import declined_reasons, draft_media
from practices.services.members import member_get
from practices.services.submissions import contribution_submit, contribution_update
from practices.services.uploads import photos_stage
from practices.views.limits import Limit
from practices.views.uploads import files_unread, form_corrected, upload_guarded

CONTRIBUTE_LIMIT = Limit(group="practices:contribute", per_account="10/h", per_ip="200/h")
TEMPLATE = "practices/contribute.html"


@csrf_exempt  # the upload handler must be in place before CSRF reads the body; checked after
@never_cache
@login_required
def contribute(request):
    return upload_guarded(request, _contribute, limit=CONTRIBUTE_LIMIT)


@csrf_exempt  # as above
@never_cache
@login_required
def contribute_edit(request, page_id: int):
    return upload_guarded(request, _contribute_edit, limit=CONTRIBUTE_LIMIT, page_id=page_id)


@csrf_protect
def _contribute(request, *, limited: bool = False):
    if request.method != "POST":
        member = member_get(user=request.user)
        farm = {name: getattr(member, name) for name in PROFILE_FORM_FIELDS}
        initial = farm if member.has_farm else {}
        form = ContributionForm(user=request.user, initial=initial)
        return render(request, TEMPLATE, {"form": form})

    def save(form, photos):
        return contribution_submit(
            user=request.user,
            language=form.cleaned_data["language"],
            contribution=form.contribution(photos),
        )

    form = ContributionForm(request.POST, request.FILES, user=request.user)
    return _post(request, form, save, limited=limited)


@csrf_protect
def _contribute_edit(request, *, page_id: int, limited: bool = False):
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
    draft = page.get_latest_revision_as_object()  # read once: the form's values and files
    initial, stored = _initial(page, draft, request.user), draft_media(draft=draft)
    if request.method != "POST":
        form = ContributionForm(user=request.user, initial=initial, stored=stored)
        form.fields["language"].disabled = True
        return render(request, TEMPLATE, {**context, "form": form})

    def save(form, photos):
        return contribution_update(
            page=page, user=request.user, contribution=form.contribution(photos)
        )

    form = ContributionForm(request.POST, request.FILES, user=request.user,
                            initial=initial, stored=stored)  # fmt: skip
    form.fields["language"].disabled = True  # the page stays in its language's library
    return _post(request, form, save, context, limited=limited)


def _initial(page: PracticePage, draft: PracticePage, user) -> dict:
    """The edit form's values: those of the page's latest `draft`."""
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
    unread = files_unread(request, form, template=TEMPLATE, context=context, limited=limited,
                          max_bytes=upload_checks.REQUEST_MAX_BYTES)  # fmt: skip
    if unread is not None:
        return unread
    valid = form.is_valid()
    if valid:
        try:
            page = save(form, form.kept_photos + form.new_photos)
        except ValidationError as error:
            service_errors_add(form, error)
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
    return form_corrected(request, form, template=TEMPLATE, context=context, kept=kept)
