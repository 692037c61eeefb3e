"""Types shared by every search engine: what a query carries and what a result holds."""

from dataclasses import dataclass, field
from typing import Protocol

from search.encoder import Profile

# Facets: name -> the SearchDocument column it counts. "category" is multi-valued.
FACETS = (
    "category",
    "koppen",
    "koppen_group",
    "agro_climatic_zone",
    "soil_group",
    "texture",
    "slope_class",
    "land_use",
    "water_supply",
    "country",
    "region",
    "outcome",
    "evidence",
    "language",
    "kind",
)
# Private-use characters around matched words in Hit.highlight: they cannot come from the text.
HIGHLIGHT_START, HIGHLIGHT_END = "\ue000", "\ue001"
RANGES = ("rainfall_mm", "temperature_c", "altitude_m")
SORTS = ("relevance", "newest", "similarity")


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
