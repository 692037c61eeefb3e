"""Share links for practice, tutorial and video pages: WhatsApp, SMS and e-mail as plain links
(no third-party script), carrying the page's title and its short address (/p/<id>)."""

from dataclasses import dataclass
from urllib.parse import quote

from django.urls import reverse

from practices.models import PracticePage
from practices.page_context import page_context_addition


@dataclass(frozen=True)
class ShareLinks:
    short_url: str
    whatsapp: str
    sms: str
    email: str


def share_links(*, title: str, short_url: str) -> ShareLinks:
    text = f"{title} {short_url}"
    return ShareLinks(
        short_url=short_url,
        whatsapp=f"https://wa.me/?text={quote(text, safe='')}",
        sms=f"sms:?&body={quote(text, safe='')}",
        email=f"mailto:?subject={quote(title, safe='')}&body={quote(short_url, safe='')}",
    )


def short_url(request, page_id: int) -> str:
    return request.build_absolute_uri(reverse("reach_short", args=[page_id]))


@page_context_addition("PracticePage")
@page_context_addition("LearningPageMixin")
def share_context(page, request) -> dict:
    if not page.live or page.pk is None:  # a preview of a draft has no public address yet
        return {}
    context = {"share": share_links(title=page.title, short_url=short_url(request, page.pk))}
    if isinstance(page, PracticePage):
        context["sheet_url"] = reverse("reach_sheet", args=[page.pk])
    return context
