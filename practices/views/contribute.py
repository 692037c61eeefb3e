"""Sharing a practice from the public site: the farmer's draft goes to regional review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from practices.forms.contribute import FARM_FIELDS, ContributionForm, kept_photos_sign
from practices.services.accounts import member_get
from practices.services.contributions import contribution_submit, photos_store
from practices.uploads import RequestTooLarge
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded

CONTRIBUTE_LIMIT = Limit(group="practices:contribute", per_ip="10/h", per_account="10/h")


@csrf_exempt  # the upload handler must be in place before CSRF reads the body; checked below
@never_cache
@login_required
def contribute(request):
    request.upload_handlers.insert(0, RequestTooLarge(request))
    return _contribute(request)


@csrf_protect
def _contribute(request):
    member = member_get(user=request.user)
    if request.method != "POST":
        initial = {name: getattr(member, name) for name in FARM_FIELDS if member.has_farm}
        form = ContributionForm(user=request.user, initial=initial)
        return render(request, "practices/contribute.html", {"form": form})

    form = ContributionForm(request.POST, request.FILES, user=request.user)
    if limit_exceeded(request, CONTRIBUTE_LIMIT):
        form.is_valid()  # shows what was typed, as typed
        context = {"form": form, "limited": LIMITED_MESSAGE}
        return render(request, "practices/contribute.html", context, status=429)
    valid = form.is_valid()
    # Photos that passed their checks are kept even if something else must be corrected, so
    # that a farmer on a slow connection never sends them twice.
    kept = form.kept_photo_ids + [image.pk for image in photos_store(request.user, form.new_photos)]
    if valid:
        try:
            page = contribution_submit(
                user=request.user,
                language=form.cleaned_data["language"],
                fields=form.page_fields(),
                category_slugs=form.cleaned_data["categories"],
                steps=form.cleaned_data["steps"],
                image_ids=kept,
                video_url=form.cleaned_data["video_url"],
                video_file=form.cleaned_data["video_file"],
            )
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
                % {"title": page.title},
            )
            return HttpResponseRedirect(reverse("accounts:account"))
    data = request.POST.copy()
    data["kept_photos"] = kept_photos_sign(user=request.user, image_ids=kept)
    form.data = data
    context = {"form": form, "kept_count": len(kept)}
    return render(request, "practices/contribute.html", context, status=400)
