"""The regions app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern, include, path

from practices.regions import views

_pages = [
    path("regions/", views.region_index, name="index"),
    path("regions/<slug:slug>/", views.region_detail, name="detail"),
    path("regions/<slug:slug>/events.ics", views.region_events_feed, name="region_feed"),
    path("events.ics", views.events_feed, name="feed"),
    path("twin-regions/interest/", views.interest, name="interest"),
    path("twin-regions/interest/thanks/", views.interest_thanks, name="interest_thanks"),
]
page_urlpatterns: list[URLPattern] = [path("", include((_pages, "regions")))]
api_urlpatterns: list[URLPattern] = []
