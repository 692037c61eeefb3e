"""`text_only` in every template: the reader asked for pages without photos (a cookie set by
the text-only switch, practices.reach.views_share)."""

from practices.reach.views_share import TEXT_ONLY_COOKIE


def text_only(request) -> dict:
    return {"text_only": request.COOKIES.get(TEXT_ONLY_COOKIE) == "1"}
