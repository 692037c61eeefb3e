"""The reach app's URLs: its public pages (under each language prefix) and its API routes
(included by knowledge/urls.py)."""

from django.urls import URLPattern, path

from practices.reach import views_packs, views_share, views_sheets

page_urlpatterns: list[URLPattern] = [
    path("offline/", views_packs.offline_packs, name="reach_offline"),
    path("offline/<slug:slug>.zip", views_packs.offline_pack_download, name="reach_offline_pack"),
    path("sheets/<int:practice_id>.pdf", views_sheets.practice_sheet, name="reach_sheet"),
    path("text-only/", views_share.text_only_switch, name="reach_text_only"),
]
api_urlpatterns: list[URLPattern] = [
    # Short, readable addresses to share (not an API route: mounted at the root, unprefixed).
    path("p/<int:page_id>", views_share.short_link, name="reach_short"),
]
