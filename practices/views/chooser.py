"""The page chooser's "chosen" step, which answers the title of any page id it is given and
has no hook to narrow it: refused when one of the ids is a page whose title the user may not
see (practices.permissions.pages_seen_or_refused). knowledge/urls.py serves it on Wagtail's
path, ahead of the admin's own URLs.

The ids are parsed here, once, and the answer is built from those numbers through the same
narrowing: Wagtail's own view would hand the raw strings to the database, which also reads
"+5", " 5" or "0005" as page 5."""

from django.http import Http404
from django.urls import reverse
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page

from practices.converters import DATABASE_ID_MAX
from practices.permissions import pages_seen_by, pages_seen_or_refused


def _page_ids(raw_ids: list[str]) -> list[int]:
    """The ids as numbers; Http404 for anything but a page id a database can hold."""
    ids = []
    for raw in raw_ids:
        try:
            number = int(raw)
        except ValueError:
            raise Http404 from None
        if not 1 <= number <= DATABASE_ID_MAX:
            raise Http404
        ids.append(number)
    return ids


class ChosenPagesSeenView(ChosenMultipleView):
    def get(self, request):
        ids = _page_ids(request.GET.getlist("id"))
        pages_seen_or_refused(user=request.user, page_ids=ids)
        pages = pages_seen_by(user=request.user, pages=Page.objects.filter(pk__in=ids))
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": page.get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                "url": page.url,
            }
            for page in pages.specific()
        ]
        return self.render_chosen_response(result)


# As Wagtail decorates its admin URLs.
chosen_pages_seen = never_cache(require_admin_access(ChosenPagesSeenView.as_view()))
