"""The practice library: its listing, and what a practice, tutorial or video page shows."""

from collections.abc import Mapping

from django.db.models import Min, Prefetch, Q
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction

from practices.models.pages import PracticeIndexPage, PracticePage, TutorialPage, VideoPage
from practices.models.reports import ExperienceReport
from practices.models.taxonomy import PracticeCategory
from practices.pagination import paginate
from practices.selectors.labels import category_labels, category_links, region_label
from practices.selectors.questions import practice_questions_detail
from practices.selectors.visibility import practices_live

LIBRARY_KINDS = {
    "practices": (PracticePage, _("Practices")),
    "tutorials": (TutorialPage, _("Tutorials")),
    "videos": (VideoPage, _("Videos")),
}


def _has_field(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


def library_page(*, index: PracticeIndexPage, params: Mapping[str, str]) -> dict:
    """One page of the library's listing, newest first, for the kind asked (`?kind=`)."""
    kind = params.get("kind") if params.get("kind") in LIBRARY_KINDS else "practices"
    model = LIBRARY_KINDS[kind][0]
    # What each kind shows beside its title: a photo (practices, tutorials) or the video.
    shown = [name for name in ("photo", "video") if _has_field(model, name)]
    here = model.objects.live().public().child_of(index)
    others = _other_languages(index=index) if kind == "practices" else None
    every_language = others is not None and params.get("languages") == "all"
    items = (here | model.objects.filter(pk__in=others)) if every_language else here
    items = (
        items.select_related(*shown, "locale")
        .prefetch_related(
            Prefetch("categories", queryset=PracticeCategory.objects.only("slug", "name"))
        )
        .order_by("-first_published_at", "-id")
    )
    page_obj = paginate(items=items, page_number=params.get("page"), per_page=20)
    labels = category_labels(locale=index.locale_id)
    entries = [
        (item, category_links(item, labels), _language_name(item, index))
        for item in page_obj.object_list
    ]
    return {
        "count_here": here.count() if others is not None else None,
        "count_other_languages": len(others) if others is not None else 0,
        "every_language": every_language,
        # The pages' links keep the choice of languages.
        "pagination_kind": f"{kind}&languages=all" if every_language else kind,
        "kind": kind,
        "kinds": [(key, label) for key, (_model, label) in LIBRARY_KINDS.items()],
        "page_obj": page_obj,
        "entries": entries,
    }


def _other_languages(*, index: PracticeIndexPage) -> list[int]:
    """Ids of one live version (the oldest) of each practice with no live version in this
    library's language: the practices a reader of this language would otherwise not see."""
    live = practices_live()
    translated_here = live.filter(locale_id=index.locale_id).values("translation_key")
    return list(
        live.exclude(locale_id=index.locale_id)
        .exclude(translation_key__in=translated_here)
        .order_by()  # no ordering column in the GROUP BY: one row per translation key
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values_list("first", flat=True)
    )


def _language_name(item, index: PracticeIndexPage) -> str:
    if item.locale_id == index.locale_id:
        return ""
    return get_language_info(item.locale.language_code)["name_translated"]


def practice_learning_pages(*, practice: PracticePage) -> list[Page]:
    """Live tutorials and videos of the practice's library that explain it: one query.

    They share the practice's ancestors (which Wagtail checked when serving it), so only their
    own view restrictions need excluding, in a subquery rather than `.public()`'s extra query.
    """
    library_path = practice.path[: -Page.steplen]
    return list(
        Page.objects.live()
        .filter(path__startswith=library_path, depth=practice.depth)
        .filter(Q(tutorialpage__practices=practice) | Q(videopage__practices=practice))
        .exclude(id__in=PageViewRestriction.objects.values("page_id"))
        .select_related("content_type")
        .only("title", "url_path", "content_type")
        .distinct()
        .order_by("title")
    )


def practice_detail(*, practice: PracticePage, user) -> dict:
    """What a practice page shows this reader (its questions, and whether they may moderate
    or answer them, depend on who reads)."""
    labels = category_labels(locale=practice.locale_id)
    return {
        "categories": category_links(practice, labels),
        "region_name": region_label(region_id=practice.region_id, locale_id=practice.locale_id),
        "learning_pages": practice_learning_pages(practice=practice),
        "tags": list(practice.tags.all()),
        "reports": practice_reports(practice=practice),
        **practice_questions_detail(practice=practice, user=user),
    }


def practice_reports(*, practice: PracticePage) -> list[ExperienceReport]:
    """The published "I tried this" reports on the practice, in any of its languages (a report
    written on the French page counts on the Spanish one), newest first, in one query (their
    photos' renditions come from Wagtail's rendition cache once made)."""
    return list(
        ExperienceReport.objects.filter(
            live=True, practice__translation_key=practice.translation_key
        ).select_related("author", "photo")
    )


def learning_page_detail(*, page: TutorialPage | VideoPage) -> dict:
    labels = category_labels(locale=page.locale_id)
    return {
        "categories": category_links(page, labels),
        "explained_practices": list(
            practices_live()
            .filter(**{f"explained_by_{page._meta.model_name}": page})
            .order_by("title")
        ),
    }


def practice_page_for(*, practice: PracticePage, language: str) -> PracticePage:
    """The live translation of the practice in `language`, else the practice itself."""
    return (
        practices_live()
        .filter(translation_key=practice.translation_key, locale__language_code=language)
        .first()
        or practice
    )
