"""Short addresses (/p/<id>) and the text-only switch."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_safe

from wagtail.models import Locale, Page

from practices.selectors.visibility import pages_visible

TEXT_ONLY_COOKIE = "terroir_text_only"
TEXT_ONLY_MAX_AGE = 365 * 24 * 3600


def short_link(request, page_id: int):
    """The page in the reader's language when it has a live translation, else as it is;
    404 for a draft, a private page or anything that does not exist."""
    page = pages_visible(Page.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    language = get_language_from_request(request)
    if page.locale.language_code != language:
        translation = pages_visible(
            Page.objects.filter(
                translation_key=page.translation_key,
                locale__in=Locale.objects.filter(language_code=language),
            )
        ).first()
        page = translation or page
    return redirect(page.get_url(request))


@require_safe
def text_only_switch(request):
    """Turn text-only mode on (`on=1`) or off, and go back to the page the reader was on. A
    plain link, as the language links are: it changes only this reader's own preference."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.GET.get("on") == "1":
        response.set_cookie(
            TEXT_ONLY_COOKIE, "1", max_age=TEXT_ONLY_MAX_AGE, samesite="Lax", httponly=True
        )
    else:
        response.delete_cookie(TEXT_ONLY_COOKIE, samesite="Lax")
    return response
