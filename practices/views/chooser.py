"""The page chooser's "chosen" step, which answers the title of any page id it is given and
has no hook to narrow it: refused when one of the ids is a page whose title the user may not
see (practices.permissions.pages_seen_or_refused). knowledge/urls.py serves it on Wagtail's
path, ahead of the admin's own URLs."""

from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView

from practices.permissions import pages_seen_or_refused


class ChosenPagesSeenView(ChosenMultipleView):
    def get(self, request):
        # Ids a database integer can hold; Wagtail's view answers the others.
        ids = [int(i) for i in request.GET.getlist("id") if i.isdecimal() and len(i) < 19]
        pages_seen_or_refused(user=request.user, page_ids=ids)
        return super().get(request)


# As Wagtail decorates its admin URLs.
chosen_pages_seen = never_cache(require_admin_access(ChosenPagesSeenView.as_view()))
