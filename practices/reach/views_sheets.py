"""A practice's printable PDF fact sheet."""

from django.http import FileResponse, Http404

from practices.reach.share import short_url
from practices.reach.sheets import sheet_pdf
from practices.selectors.visibility import practices_live


def practice_sheet(request, practice_id: int):
    practice = practices_live().filter(pk=practice_id).select_related("locale").first()
    if practice is None:
        raise Http404
    path = sheet_pdf(practice=practice, short_url=short_url(request, practice.pk))
    response = FileResponse(path.open("rb"), filename=f"{practice.slug}.pdf")
    response.headers["Content-Type"] = "application/pdf"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
