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
from practices.forms.mixins import CONDITION_FIELDS, service_errors_add
from practices.forms.reports import ReportForm
from practices.selectors.members import member_farm
from practices.selectors.visibility import practices_live
from practices.services.submissions import report_submit
from practices.services.uploads import photos_stage
from practices.views.limits import Limit
from practices.views.uploads import files_unread, form_corrected, upload_guarded

REPORT_LIMIT = Limit(group="practices:report", per_account="10/h", per_ip="200/h")
TEMPLATE = "practices/report.html"


@csrf_exempt  # the upload handler must be in place before CSRF reads the body; checked after
@never_cache
@login_required
def report_new(request, practice_id: int):
    return upload_guarded(request, _report_new, limit=REPORT_LIMIT, practice_id=practice_id,
                          max_bytes=upload_checks.REPORT_REQUEST_MAX_BYTES)  # fmt: skip


@csrf_protect
def _report_new(request, *, practice_id: int, limited: bool = False):
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
    unread = files_unread(request, form, template=TEMPLATE, context=context, limited=limited,
                          max_bytes=upload_checks.REPORT_REQUEST_MAX_BYTES)  # fmt: skip
    if unread is not None:
        return unread
    valid = form.is_valid()
    new_photos = [form.new_photo] if form.new_photo is not None else []
    if valid:
        fields = form.report_fields()
        if farm is not None:  # the report sits where the farm is (never shown publicly)
            fields.update(latitude=farm.latitude, longitude=farm.longitude)
        try:
            report_submit(user=request.user, practice=practice, fields=fields,
                          photos=new_photos or form.kept_photos,
                          voice_file=form.voice_note())  # fmt: skip
        except ValidationError as error:
            service_errors_add(form, error)
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
    return form_corrected(request, form, template=TEMPLATE, context=context, kept=kept)
