"""Page types of the practice library: an index per language, and practices, tutorials and
videos beneath it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from taggit.models import TaggedItemBase

from practices import vocabulary as v
from practices.blocks import BodyBlock
from practices.forms.admin import LearningPageForm, PracticePageForm
from practices.models.fields import file_link, optional_number, voice_note_field
from practices.models.profile import ProfileMixin
from practices.models.rights import CorrespondentRights, CorrespondentRightsMixin
from practices.models.taxonomy import PracticeCategory, Region
from practices.page_context import PageContextMixin
from practices.wagtail_internals import child_routed


def main_photo() -> models.ForeignKey:
    """The photo that stands for a page in lists and at the top of the page."""
    return file_link("wagtailimages.Image", _("main photo"))


class SectionIndexPage(PageContextMixin, CorrespondentRightsMixin, Page):
    """A section of one language's site, once under its home page (the library, the events,
    the twin regions): an introduction (`intro`, declared by each) above its pages, to which
    the correspondents may add."""

    correspondent_rights = CorrespondentRights.CHILDREN
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class PracticeIndexPage(SectionIndexPage):
    """The library of one language: lists its practices, tutorials and videos."""

    template = "pages/practice_index_page.html"
    intro = models.TextField(_("introduction"), blank=True)
    subpage_types = ["practices.PracticePage", "practices.TutorialPage", "practices.VideoPage"]

    class Meta:
        verbose_name = _("practice library")

    def route(self, request, path_components):
        # A practice (most of a library) is found in one query with its photo, not three (its
        # page row, its specific row, its photo): the practice page keeps within its query
        # budget (DESIGN.md).
        practices = PracticePage.objects.select_related("photo")
        routed = len(path_components) == 1 and child_routed(
            self, practices, request, path_components
        )
        return routed or super().route(request, path_components)


class PracticePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class PracticePage(PageContextMixin, CorrespondentRightsMixin, ProfileMixin, Page):
    """What a farm did for its soil, in which conditions, and what happened."""

    template = "pages/practice_page.html"
    base_form_class = PracticePageForm
    correspondent_rights = CorrespondentRights.NONE  # they review it through the workflow task

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("What was done and why, in two sentences.")
    )
    photo = main_photo()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("what was done"))
    categories = ParentalManyToManyField(
        PracticeCategory, verbose_name=_("categories"), related_name="practices"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    tags = ClusterTaggableManager(through=PracticePageTag, blank=True, verbose_name=_("tags"))

    outcome = models.CharField(_("outcome"), max_length=12, choices=v.Outcome.choices)
    what_worked = models.TextField(_("what worked"), blank=True)
    what_did_not_work = models.TextField(_("what did not work"), blank=True)
    soc_change_t_ha_yr = optional_number(
        models.FloatField, _("soil organic carbon change (t C/ha/yr)"), low=-20, high=20
    )
    evidence = models.CharField(
        _("evidence"), max_length=14, choices=v.Evidence.choices, blank=True
    )
    yield_effect_pct = optional_number(
        models.FloatField, _("yield effect (%)"), low=-100, high=1000
    )
    area_ha = optional_number(models.FloatField, _("area (ha)"), low=0)
    farmers = models.PositiveIntegerField(_("farmers involved"), null=True, blank=True)
    years = optional_number(
        models.PositiveSmallIntegerField, _("years practised"), high=v.YEARS_PRACTISED_MAX
    )
    contributor = models.CharField(_("contributor"), max_length=200, blank=True)
    voice_note = voice_note_field()

    location_required = True
    # Indexed by practices.services.wagtail_index (same behaviour, plus a bulk mode for imports).
    search_auto_update = False

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("photo"),
        FieldPanel("categories"),  # checkboxes in the page's language (PracticePageForm)
        FieldPanel("body"),
        FieldPanel("voice_note"),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldPanel("what_worked"),
                FieldPanel("what_did_not_work"),
                FieldRowPanel([FieldPanel("soc_change_t_ha_yr"), FieldPanel("evidence")]),
                FieldRowPanel([FieldPanel("yield_effect_pct"), FieldPanel("area_ha")]),
                FieldRowPanel([FieldPanel("farmers"), FieldPanel("years")]),
                FieldPanel("contributor"),
            ],
            heading=_("Outcome"),
        ),
        *ProfileMixin.profile_panels,
        FieldPanel("region"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not_work"),
        index.SearchField("tag_names", boost=2),
        index.SearchField("category_names", boost=2),
        index.FilterField("outcome"),
        index.FilterField("evidence"),
        index.RelatedFields("categories", [index.FilterField("slug")]),
        *ProfileMixin.profile_search_fields,
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    @property
    def tag_names(self) -> str:
        return " ".join(item.tag.name for item in self.tagged_items.all())

    @property
    def category_names(self) -> str:
        return " ".join(category.name for category in self.categories.all())


def learning_panels(*own) -> list:
    """The editor of a tutorial or a video: its title and summary, its own fields, then the
    practices it explains and its conditions."""
    return [
        *Page.content_panels,
        FieldPanel("summary"),
        *own,
        FieldPanel("practices"),
        *ProfileMixin.profile_panels,
    ]


def learning_search_fields(text: str) -> list:
    """A tutorial's or a video's search fields: its title, summary and main text (`text`), and
    its conditions."""
    return [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField(text),
        *ProfileMixin.profile_search_fields,
    ]


class LearningPageMixin(PageContextMixin, CorrespondentRightsMixin, ProfileMixin, models.Model):
    """What tutorials and videos share: a summary, categories and the practices they explain.
    Correspondents write them for their region."""

    correspondent_rights = CorrespondentRights.REGION
    base_form_class = LearningPageForm

    summary = models.TextField(_("summary"), max_length=600)
    categories = ParentalManyToManyField(
        PracticeCategory, verbose_name=_("categories"), blank=True, related_name="+"
    )
    practices = ParentalManyToManyField(
        "practices.PracticePage",
        verbose_name=_("practices it explains"),
        blank=True,
        related_name="explained_by_%(class)s",
    )

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True


class TutorialPage(LearningPageMixin, Page):  # noqa: DJ008 - Page.__str__
    """A step-by-step how-to for one kind of practice."""

    template = "pages/tutorial_page.html"

    photo = main_photo()
    body = StreamField(BodyBlock(), verbose_name=_("how to do it"))

    content_panels = learning_panels(
        FieldPanel("photo"), FieldPanel("categories"), FieldPanel("body")
    )
    search_fields = learning_search_fields("body")

    class Meta:
        verbose_name = _("tutorial")
        verbose_name_plural = _("tutorials")


class VideoPage(LearningPageMixin, Page):  # noqa: DJ008 - Page.__str__
    """A video (uploaded, or a link) with its transcript, for readers who cannot stream it."""

    template = "pages/video_page.html"

    video = file_link("wagtailmedia.Media", _("uploaded video"))
    video_url = models.URLField(_("or a link to the video"), blank=True)
    transcript = models.TextField(_("transcript"))

    content_panels = learning_panels(
        FieldRowPanel([FieldPanel("video"), FieldPanel("video_url")]),
        FieldPanel("transcript"),
        FieldPanel("categories"),
    )
    search_fields = learning_search_fields("transcript")

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def clean(self):
        super().clean()
        if not self.video_id and not self.video_url:
            raise ValidationError({"video_url": _("Upload a video or give a link to one.")})
