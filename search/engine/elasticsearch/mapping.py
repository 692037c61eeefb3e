"""The Elasticsearch index's mapping, and each page's document in it.

Documents are built from the same page -> document function as the embedded engine
(search.documents), so both engines hold the same pages, fields and vectors.
"""

import hashlib
import json
from collections.abc import Iterable

import numpy as np
from elasticsearch.dsl import (
    Date,
    DenseVector,
    Document,
    Float,
    GeoPoint,
    Keyword,
    Long,
    MetaField,
    Text,
    analyzer,
    token_filter,
)

from practices.models.profile import COORDINATES, PROFILE_NUMBERS
from search.documents import IndexedPage
from search.encoder import DIMENSION
from search.engine.base import (
    CODED_FIELDS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    HIT_FIELDS,
    LANGUAGES,
    TEXT_COLUMNS,
)

FRENCH_ELIDED = "l m t qu n s j d c jusqu quoiqu lorsqu puisqu".split()


def _analyzer(language: str, *, stopwords: str, stemmer: str, first: Iterable = ()):
    """A language's analyzer: `first` filters, then lower case, its own stop words and a light
    stemmer, then accents folded, so that "maïs" finds "mais" as in the embedded engine."""
    return analyzer(
        f"terroir_{language}",
        tokenizer="standard",
        filter=[
            *first,
            "lowercase",
            token_filter(f"terroir_{language}_stop", "stop", stopwords=stopwords),
            token_filter(f"terroir_{language}_stemmer", "stemmer", language=stemmer),
            "asciifolding",
        ],
    )


ANALYZERS = {
    "en": _analyzer(
        "en",
        stopwords="_english_",
        stemmer="english",
        first=[token_filter("terroir_en_possessive", "stemmer", language="possessive_english")],
    ),
    "fr": _analyzer(
        "fr",
        stopwords="_french_",
        stemmer="light_french",
        first=[
            token_filter(
                "terroir_fr_elision", "elision", articles_case=True, articles=FRENCH_ELIDED
            )
        ],
    ),
    "es": _analyzer("es", stopwords="_spanish_", stemmer="light_spanish"),
}
# Facet name (search.engine.base.FACETS) -> keyword field.
FACET_FIELDS = {"category": "categories"}


class _PracticeFields(Document):
    page_id = Long()
    kind = Keyword()
    language = Keyword()
    translation_key = Keyword()
    preferred_in = Keyword()  # languages in which this version stands for its translations
    title = Keyword(index=False)
    summary = Keyword(index=False)
    url = Keyword(index=False)
    categories = Keyword()
    tags = Keyword()
    country = Keyword()
    region = Keyword()
    koppen_group = Keyword()
    farm_key = Keyword()
    location = GeoPoint()
    published_at = Date()
    vector = DenseVector(
        dims=DIMENSION,
        similarity="dot_product",  # the encoder's vectors have unit length
        index=True,
        index_options={"type": "hnsw", "m": 16, "ef_construction": 100},
    )
    digest = Keyword(index=False)  # of the rest of the document, for reconcile

    class Meta:
        dynamic = MetaField("strict")


# The practice document: the fields above, the coded fields as keywords, the numbers, and one
# text field per text column and language, analysed in that language (title_en, …, labels_es).
PracticeDocument = type(
    "PracticeDocument",
    (_PracticeFields,),
    {
        **{name: Keyword() for name in CODED_FIELDS},
        **{name: Float() for name in PROFILE_NUMBERS},
        **{name: Float(index=False) for name in COORDINATES},
        **{
            f"{column}_{language}": Text(analyzer=ANALYZERS[language])
            for column in TEXT_COLUMNS
            for language in LANGUAGES
        },
    },
)
# The document's fields copied into the source as they are (the others are shaped below).
COPIED_FIELDS = tuple(
    name for name in HIT_FIELDS if name not in ("page_id", "categories", "translation_key")
)


def preferred_languages(members: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """For the indexed versions (page id, language) of one translated page: the languages in
    which each version is the one shown — its own, and for languages the page is not translated
    into, the first version's (as the embedded engine's collapse does)."""
    members = sorted(members)
    present = {language for _page_id, language in members}
    first = members[0][0] if members else None
    return {
        page_id: sorted(
            code
            for code in LANGUAGES
            if code == language or (code not in present and page_id == first)
        )
        for page_id, language in members
    }


def elastic_source(page_id: int, indexed: IndexedPage, preferred_in: list[str]) -> dict:
    fields = indexed.fields
    language = fields["language"]
    vector = np.frombuffer(fields["vector"], dtype=np.float32)
    latitude, longitude = fields["latitude"], fields["longitude"]
    source = {
        "page_id": page_id,
        **{name: fields[name] for name in COPIED_FIELDS},
        "translation_key": str(fields["translation_key"]),
        "preferred_in": preferred_in,
        "categories": [c for c in fields["categories"].split(";") if c],
        "tags": indexed.tags,
        "koppen_group": fields["koppen"][:1],
        "published_at": fields["published_at"].isoformat() if fields["published_at"] else None,
        "location": {"lat": latitude, "lon": longitude}
        if latitude is not None and longitude is not None
        else None,
        # A profile with nothing known has no direction: it is left out, since dot_product
        # accepts only unit-length vectors (a search treats the document as similarity 0).
        "vector": [round(float(x), 7) for x in vector] if np.any(vector) else None,
        **{f"{column}_{language}": _no_markers(text) for column, text in indexed.words.items()},
    }
    source = {name: value for name, value in source.items() if value not in ("", None, [])}
    source["digest"] = hashlib.sha1(
        json.dumps(source, sort_keys=True).encode(), usedforsecurity=False
    ).hexdigest()
    return source


def _no_markers(text: str) -> str:
    """Highlights are marked with two private-use characters: the text itself never has them."""
    return text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
