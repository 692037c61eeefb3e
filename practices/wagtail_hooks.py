"""The taxonomy and the members in the Wagtail admin."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import PracticeCategory, Region


class PracticeCategoryViewSet(SnippetViewSet):
    model = PracticeCategory
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("countries"),
        FieldPanel("correspondents"),
    ]


register_snippet(PracticeCategoryViewSet)
register_snippet(RegionViewSet)
