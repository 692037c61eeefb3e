from django.urls import path, re_path

from search import api, views

page_urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("farms-like-mine/", views.farms_like_mine, name="farms_like_mine"),
    path("climate/<str:koppen>/", views.climate_zone, name="climate_zone"),
]

api_urlpatterns = [
    path("api/v1/practices/search", api.search, name="api_search"),
    path("api/v1/practices/similar", api.similar, name="api_similar"),
    path(
        "api/v1/practices/<id:practice_id>/similar",
        api.practice_similar,
        name="api_practice_similar",
    ),
    # Any other address under /api/ (an unknown endpoint, an id beyond any database): the
    # API's own JSON 404, not the site's HTML page.
    re_path(r"^api/", api.not_found, name="api_not_found"),
]
