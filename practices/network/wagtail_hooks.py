"""Members and partners in the admin: a snippet list with filters by college, status, country,
region and year joined."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.network.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["name", "college", "status", "country", "joined", "listed"]
    list_filter = ["college", "status", "country", "regions", "joined", "listed"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("college"), FieldPanel("status")]),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("town"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("website"),
        FieldPanel("joined"),
        FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description_en"),
        FieldPanel("description_fr"),
        FieldPanel("description_es"),
        FieldPanel("logo"),
        FieldPanel("listed"),
    ]


register_snippet(OrganisationViewSet)
