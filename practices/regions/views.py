"""The regional level's public pages: the regions and each region's page (views over the
Region snippet), the iCalendar feeds, the call for twin regions' form; and the context of the
event and twin-region page types (registered with practices.page_context)."""

from datetime import date

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from wagtail.models import Locale

from practices.network.selectors import organisation_points, practice_points
from practices.page_context import page_context
from practices.regions.calendar import calendar_render
from practices.regions.forms import ExpressionOfInterestForm
from practices.regions.selectors import (
    events_live,
    events_split,
    points_bbox,
    practices_for_cards,
    region_correspondents,
    region_events,
    region_figures,
    region_get,
    region_organisations,
    region_practices,
    regions_of_locale,
    twin_page_context,
)
from practices.regions.services import interest_express
from practices.selectors.labels import category_labels, category_links
from practices.views.limits import LIMITED_MESSAGE, Limit, limit_exceeded

INTEREST_LIMIT = Limit(group="regions:interest", per_ip="20/h", per_field=("email", "5/h"))
PRACTICES_SHOWN = 12


def _today() -> date:
    return timezone.localdate()


def region_index(request):
    regions = regions_of_locale(locale=Locale.get_active())
    return render(request, "regions/region_index.html", {"regions": regions})


def region_detail(request, slug: str):
    locale = Locale.get_active()
    region = region_get(slug=slug, locale=locale)
    practices = region_practices(region=region, locale=locale)
    labels = category_labels(locale=locale)
    shown = practices_for_cards(practices=practices, count=PRACTICES_SHOWN)
    organisations = region_organisations(region=region)
    located = practices.exclude(latitude=None).only(
        "title", "url_path", "path", "depth", "latitude", "longitude", "outcome", "locale"
    )
    points = [*practice_points(list(located), request=request),
              *organisation_points(organisations)]  # fmt: skip
    context = {
        "region": region,
        "organisations": organisations,
        "points": points,
        "bbox": points_bbox(points),
        "correspondents": region_correspondents(region=region),
        "figures": region_figures(region=region),
        "practices": [(page, category_links(page, labels)) for page in shown],
        "events": events_split(events=region_events(region=region, locale=locale), today=_today()),
    }
    return render(request, "regions/region_detail.html", context)


def _feed(request, events, name: str) -> HttpResponse:
    body = calendar_render(
        events=events,
        name=name,
        url_of=lambda event: request.build_absolute_uri(event.get_url(request)),
        stamp=timezone.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def events_feed(request):
    events = events_live(locale=Locale.get_active()).order_by("start_date", "id")
    return _feed(request, events, _("Terroir: events"))


def region_events_feed(request, slug: str):
    locale = Locale.get_active()
    region = region_get(slug=slug, locale=locale)
    events = region_events(region=region, locale=locale).order_by("start_date", "id")
    return _feed(request, events, _("Terroir: events in %(region)s") % {"region": region.name})


@never_cache
def interest(request):
    """The call for twin regions: a refused post (invalid, a bot, too many) shows the form
    again with everything typed; an accepted one is stored, then e-mailed."""
    template = "regions/interest_form.html"
    if request.method != "POST":
        return render(request, template, {"form": ExpressionOfInterestForm()})
    form = ExpressionOfInterestForm(request.POST)
    if limit_exceeded(request, INTEREST_LIMIT):
        form.is_valid()  # shows what was typed, as typed
        context = {"form": form, "limited_message": LIMITED_MESSAGE}
        return render(request, template, context, status=429)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    data = {name: form.cleaned_data[name] for name in form.Meta.fields}
    interest_express(data=data, language=get_language())
    messages.success(
        request, _("Thank you: the secretariat has your expression of interest and will reply.")
    )
    return HttpResponseRedirect(reverse("regions:interest_thanks"))


def interest_thanks(request):
    return render(request, "regions/interest_thanks.html")


@page_context("EventIndexPage")
def event_index_context(page, request) -> dict:
    return {"events": events_split(events=events_live(locale=page.locale), today=_today())}


@page_context("EventPage")
def event_context(page, request) -> dict:
    return {"event_regions": list(page.regions.all())}


@page_context("TwinRegionIndexPage")
def twin_index_context(page, request) -> dict:
    twins = page.get_children().live().public().specific()
    return {"twins": twins}


@page_context("TwinRegionPage")
def twin_context(page, request) -> dict:
    return twin_page_context(page=page)
