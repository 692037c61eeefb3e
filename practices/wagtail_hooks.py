"""The taxonomy and the members in the Wagtail admin."""

from wagtail.admin.panels import FieldPanel
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.models import ExperienceReport, PracticeCategory, Region
from practices.permissions import ReportPermissionPolicy

# Before any view asks for the model's policy (Wagtail would make a default one).
register_permission_policy(ExperienceReport, ReportPermissionPolicy(ExperienceReport))


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


class ExperienceReportViewSet(SnippetViewSet):
    model = ExperienceReport
    icon = "comment"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["__str__", "author", "country", "live"]
    list_filter = ["outcome", "live"]
    panels = [
        FieldPanel("practice", read_only=True),
        FieldPanel("outcome"),
        FieldPanel("what_happened"),
        FieldPanel("years"),
        FieldPanel("photo"),
        *ExperienceReport.profile_panels,
    ]


register_snippet(PracticeCategoryViewSet)
register_snippet(ExperienceReportViewSet)
register_snippet(RegionViewSet)
