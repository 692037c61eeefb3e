"""What every search engine shares: what a query carries, what a result holds, which words of a
query count, and which fields a document has. Each engine (search.engine.embedded,
search.engine.elasticsearch) answers a SearchQuery with a SearchResult built of these."""

import re
from dataclasses import dataclass, field
from typing import Protocol

from practices.models.profile import COORDINATES, PROFILE_CHOICES, PROFILE_NUMBERS
from search.encoder import Profile

# The languages documents are written in; each engine analyses text in each of them.
LANGUAGES = ("en", "fr", "es")
# The document fields whose values are vocabulary codes: filterable, and labelled in each language.
CODED_FIELDS = (*PROFILE_CHOICES, "outcome", "evidence")
# Facets: name -> the document field it counts. "category" is multi-valued; "koppen_group" is the
# first letter of "koppen". The pages show them in the order of search.presentation.FACET_TITLES.
FACETS = ("category", "koppen_group", *CODED_FIELDS, "country", "region", "language", "kind")
RANGES = PROFILE_NUMBERS
SORTS = ("relevance", "newest", "similarity")
# What Hit.document holds, whichever engine answered ("" for a missing code, None for a number).
HIT_FIELDS = (
    "page_id", "kind", "language", "title", "summary", "url", "country", "region", "categories",
    *CODED_FIELDS, *PROFILE_NUMBERS, "translation_key", "farm_key", *COORDINATES,
)  # fmt: skip
NUMBERS = (*PROFILE_NUMBERS, *COORDINATES)
# The text of a document, column by column (search.documents writes it), with each column's
# weight in either engine's relevance (the embedded bm25 column weights, Elasticsearch's boosts).
TEXT_WEIGHTS = {"title": 10, "summary": 4, "body": 1, "tags": 3, "labels": 2}
TEXT_COLUMNS = tuple(TEXT_WEIGHTS)
# Private-use characters around matched words in Hit.highlight: they cannot come from the text.
HIGHLIGHT_START, HIGHLIGHT_END = "\ue000", "\ue001"

# --- the words of a query: every one of them is required, in either engine ----------------------

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORD_LENGTH = 40
MAX_QUERY_WORDS = 12
# Words too common to help; dropped from queries (unless the query has nothing else), so that
# "zaï or half-moons" does not require the word "or".
STOP_WORDS = frozenset(
    "a an and are as at be by for from in is it of on or the to with "
    "au aux avec ce ces dans de des du en et la le les ou par pour sur un une "
    "al con del el en las los o para por un una y".split()
)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text or "") if len(w) <= MAX_WORD_LENGTH]


def query_words(text: str) -> list[str]:
    """The words of a query that count: stop words dropped unless nothing else is left."""
    found = words(text)
    meaningful = [w for w in found if w not in STOP_WORDS]
    return (meaningful or found)[:MAX_QUERY_WORDS]


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: dict[str, frozenset[str]] = field(default_factory=dict)  # OR within, AND across
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    profile: Profile | None = None
    exclude_translation_key: str | None = None
    exclude_farm_key: str | None = None
    # Show one version of each translated page: the one in this language when it exists.
    collapse_language: str | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    facets: bool = True


@dataclass(frozen=True)
class Hit:
    page_id: int
    score: float | None  # text relevance (higher is better), None without text
    similarity: float | None  # 0..1, None without a profile
    block_similarities: dict[str, float]  # per attribute, for explanations
    document: dict  # the SearchDocument's stored fields
    # The passage that matched the words, with the matched words between HIGHLIGHT_START and
    # HIGHLIGHT_END (unescaped user text: search_tags.highlight escapes it). Empty if none.
    highlight: str = ""


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetCount]]
    engine: str
    page: int
    page_size: int
    fallback: bool = False  # the main engine was unavailable; the embedded engine answered


class SearchEngine(Protocol):
    name: str

    def search(self, query: SearchQuery) -> SearchResult: ...
