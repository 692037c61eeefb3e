from django.urls import path, re_path

from search import api, open_data_views, views

page_urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("farms-like-mine/", views.farms_like_mine, name="farms_like_mine"),
    path("open-data/", open_data_views.open_data, name="open_data"),
    path("climate/", views.climate_index, name="climate_index"),
    path("climate/<str:koppen>/", views.climate_zone, name="climate_zone"),
]

api_urlpatterns = [
    path("api/v1/practices/search", api.search, name="api_search"),
    path("api/v1/practices/similar", api.similar, name="api_similar"),
    path(
        "api/v1/exports/terroir-practices.<str:file_format>",
        open_data_views.export_download,
        name="api_export",
    ),
    path("api/v1/openapi.json", api.openapi, name="api_openapi"),
    path("api/v1/practices/<id:practice_id>", api.practice, name="api_practice"),
    path(
        "api/v1/practices/<id:practice_id>/similar",
        api.practice_similar,
        name="api_practice_similar",
    ),
    # Any other address under /api/ (an unknown endpoint, an id beyond any database): the
    # API's own JSON 404, not the site's HTML page.
    re_path(r"^api/", api.not_found, name="api_not_found"),
]
