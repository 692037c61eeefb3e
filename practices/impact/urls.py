"""The impact app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern, path

from practices.impact import api, views
from practices.impact.dashboard import views as dashboard

page_urlpatterns: list[URLPattern] = [
    path("carbon/method/", views.carbon_method, name="carbon_method"),
    path("my-soil-carbon/", views.my_soil_carbon, name="my_soil_carbon"),
    path("dashboard/", dashboard.dashboard_page, name="dashboard"),
    path("dashboard/export.xlsx", dashboard.dashboard_export_xlsx, name="dashboard_xlsx"),
    path("dashboard/export.csv", dashboard.dashboard_export_csv, name="dashboard_csv"),
]
api_urlpatterns: list[URLPattern] = [
    path("api/v1/carbon/estimate", api.carbon_estimate, name="api_carbon_estimate"),
    path(
        "api/v1/practices/<id:practice_id>/carbon", api.practice_carbon, name="api_practice_carbon"
    ),
    path("api/v1/dashboard", dashboard.dashboard_api, name="api_dashboard"),
]
