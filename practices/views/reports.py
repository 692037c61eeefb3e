"""'I tried this': a logged-in farmer reports how a published practice went on their farm.
The report goes to regional review and shows on the practice page once approved."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from practices import upload_checks
from practices.forms.contribute import kept_photos_sign
from practices.forms.reports import CONDITION_FIELDS, ReportForm
from practices.selectors.members import member_farm
from practices.selectors.visibility import practices_live
from practices.services.submissions import report_submit
from practices.services.uploads import photos_stage
from practices.upload_checks import RequestTooLarge, too_large_message, upload_too_large
from practices.views.contribute import limited_unread
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded

REPORT_LIMIT = Limit(group="practices:report", per_account="10/h", per_ip="200/h")
TEMPLATE = "practices/report.html"


@csrf_exempt  # the upload handler must be in place before CSRF reads the body; checked below
@never_cache
@login_required
def report_new(request, practice_id: int):
    limited = limit_exceeded(request, REPORT_LIMIT)  # before a byte of the body is read
    max_bytes = upload_checks.REPORT_REQUEST_MAX_BYTES
    if limited and upload_checks.request_length(request) > max_bytes:
        return limited_unread(request)
    request.upload_handlers.insert(
        0, RequestTooLarge(request, max_bytes=max_bytes, files_refused=limited)
    )
    return _report_new(request, practice_id, limited=limited)


@csrf_protect
def _report_new(request, practice_id: int, *, limited: bool = False):
    # Only published, public practices take reports: a draft's id is simply not found.
    practice = practices_live().filter(pk=practice_id).first()
    if practice is None:
        raise Http404(_("No such practice"))
    farm = member_farm(user=request.user)
    context = {"practice": practice, "farm": farm}
    if request.method != "POST":
        initial = {name: getattr(farm, name) for name in CONDITION_FIELDS} if farm else {}
        form = ReportForm(user=request.user, initial=initial)
        return render(request, TEMPLATE, {**context, "form": form})

    form = ReportForm(request.POST, request.FILES, user=request.user)
    if limited:  # counted before the body was read; its photo was dropped unread
        form.is_valid()  # shows what was typed, as typed
        return render(request, TEMPLATE, {**context, "form": form, "limited": LIMITED_MESSAGE},
                      status=429)  # fmt: skip
    if upload_too_large(request):  # its photo was dropped unread: say so, keep the text
        form.files = {}  # the photo, even if it came in whole
        form.is_valid()
        form.add_error(None, too_large_message(upload_checks.REPORT_REQUEST_MAX_BYTES))
        return render(request, TEMPLATE, {**context, "form": form,
                                          "kept_count": len(form.kept_photos)},
                      status=413)  # fmt: skip
    valid = form.is_valid()
    new_photos = [form.new_photo] if form.new_photo is not None else []
    if valid:
        fields = form.report_fields()
        if farm is not None:  # the report sits where the farm is (never shown publicly)
            fields.update(latitude=farm.latitude, longitude=farm.longitude)
        try:
            report_submit(user=request.user, practice=practice, fields=fields,
                          photos=new_photos or form.kept_photos)  # fmt: skip
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(
                request,
                _(
                    "Thank you! Your report is with the correspondents of your region; it "
                    "shows here once they have read it."
                ),
            )
            return HttpResponseRedirect(practice.url)
    # A photo that passed its checks is held (not stored) while something else is corrected;
    # nothing of a bot's post is kept.
    kept = form.kept_photos
    if new_photos and not form.has_error(NON_FIELD_ERRORS, "refused"):
        kept = photos_stage(user=request.user, photos=new_photos)
    data = request.POST.copy()
    data["kept_photos"] = kept_photos_sign(user=request.user, photos=kept)
    form.data = data
    return render(request, TEMPLATE, {**context, "form": form, "kept_count": len(kept)}, status=400)
