"""The regions app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern

page_urlpatterns: list[URLPattern] = []
api_urlpatterns: list[URLPattern] = []
