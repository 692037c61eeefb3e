"""The impact app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern, path

from practices.impact import api, views

page_urlpatterns: list[URLPattern] = [
    path("carbon/method/", views.carbon_method, name="carbon_method"),
    path("my-soil-carbon/", views.my_soil_carbon, name="my_soil_carbon"),
]
api_urlpatterns: list[URLPattern] = [
    path("api/v1/carbon/estimate", api.carbon_estimate, name="api_carbon_estimate"),
    path(
        "api/v1/practices/<id:practice_id>/carbon", api.practice_carbon, name="api_practice_carbon"
    ),
]
