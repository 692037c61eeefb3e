from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from practices.blocks import BodyBlock
from practices.models.pages import PracticeIndexPage
from practices.selectors.home import home_page_context
from practices.wagtail_internals import child_routed


class HomePage(Page):
    """The root of one language's site: what Terroir is, counts, featured practices."""

    template = "pages/home_page.html"

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One sentence that explains the platform."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["practices.PracticeIndexPage", "home.StandardPage",
                     "regions.EventIndexPage", "regions.TwinRegionIndexPage"]  # fmt: skip
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # The practice library (what most requests go through) in one query rather than two
        # (its page row, then its specific row): the practice page keeps its query budget.
        routed = path_components and child_routed(
            self, PracticeIndexPage.objects.all(), request, path_components
        )
        return routed or super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context(home=self, user=request.user))
        return context


class StandardPage(Page):
    """A plain page: about, how to contribute."""

    template = "pages/standard_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
