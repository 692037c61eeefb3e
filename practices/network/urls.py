"""The network app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern, path

from practices.network import views

page_urlpatterns: list[URLPattern] = [
    path("map/", views.map_page, name="network_map"),
    path("partners/", views.partners_page, name="network_partners"),
]
api_urlpatterns: list[URLPattern] = []
