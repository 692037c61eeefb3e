"""Country actions in the Wagtail admin: correspondents and moderators enter them (rights
granted by the migration impact 0002), filtered by country, NDC answer, year and language."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from practices.impact.dashboard.forms import CountryActionForm
from practices.impact.models import CountryAction


class CountryActionViewSet(SnippetViewSet):
    model = CountryAction
    icon = "globe"
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["name", "country", "year", "beneficiaries", "hectares", "ndc_soil_carbon",
                    "locale"]  # fmt: skip
    list_filter = ["country", "ndc_soil_carbon", "year", "locale"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("country"), FieldPanel("year")]),
            FieldPanel("name"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("beneficiaries"), FieldPanel("hectares")]),
                    FieldRowPanel([FieldPanel("funding_amount"), FieldPanel("funding_currency")]),
                    FieldPanel("funders"),
                    FieldPanel("categories"),
                ],
                heading=_("What it does"),
            ),
            FieldPanel("mrv_system"),
            FieldPanel("ndc_soil_carbon"),
            FieldPanel("source"),
            FieldPanel("notes"),
        ],
        base_form_class=CountryActionForm,
    )


register_snippet(CountryActionViewSet)
