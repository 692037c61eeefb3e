from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator


def paginate(*, items, page_number: str | int | None, per_page: int = 20) -> PaginatorPage:
    """The requested page of `items`; the first page for a missing or malformed number, the
    last one for a number past the end (a bad link still shows something useful)."""
    return Paginator(items, per_page).get_page(page_number)
