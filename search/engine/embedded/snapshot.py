"""The embedded engine's snapshot: every indexed document's facet values, numbers and vector,
held in memory as numpy arrays (loaded by embedded.query when the index version moves)."""

from dataclasses import dataclass

import numpy as np

from search.encoder import DIMENSION
from search.engine.base import FACETS, LANGUAGES, RANGES
from search.engine.embedded.indexing import index_version
from search.models import SearchDocument

SINGLE_VALUED = [f for f in FACETS if f not in ("category", "koppen_group")]
# The columns a snapshot loads (koppen, among the facets, also gives koppen_group).
_FIELDS = ["page_id", *SINGLE_VALUED, "translation_key", "farm_key", "categories", *RANGES,
           "published_at", "vector"]  # fmt: skip


@dataclass
class _Column:
    codes: np.ndarray  # int32 code per document
    values: list[str]  # code -> value ("" is code 0)
    index: dict[str, int]


def _column(raw: list[str]) -> _Column:
    values = [""] + sorted({value for value in raw if value})
    index = {value: code for code, value in enumerate(values)}
    return _Column(np.fromiter((index[v or ""] for v in raw), np.int32, len(raw)), values, index)


class Snapshot:
    """Every indexed document's facet values, numbers and vector, as arrays."""

    def __init__(self, version: int, rows: list[tuple]):
        self.version = version
        count = len(rows)
        self.ids = np.fromiter((r[0] for r in rows), np.int64, count)
        self.position = {int(page_id): i for i, page_id in enumerate(self.ids)}
        columns = list(zip(*rows, strict=True)) if rows else [[] for _ in range(len(_FIELDS))]
        by_name = dict(zip(_FIELDS, columns, strict=True))
        self.columns = {name: _column(list(by_name[name])) for name in SINGLE_VALUED}
        self.columns["koppen_group"] = _column([(k or "")[:1] for k in by_name["koppen"]])
        self.columns["translation_key"] = _column([str(k) for k in by_name["translation_key"]])
        self.columns["farm_key"] = _column(list(by_name["farm_key"]))
        category_lists = [c.split(";") if c else [] for c in by_name["categories"]]
        self.category_values = sorted({c for cats in category_lists for c in cats})
        self.category_index = {c: i for i, c in enumerate(self.category_values)}
        self.categories = np.zeros((count, len(self.category_values)), dtype=bool)
        for row, cats in enumerate(category_lists):
            for cat in cats:
                self.categories[row, self.category_index[cat]] = True
        self.numbers = {
            name: np.array([np.nan if x is None else x for x in by_name[name]], dtype=np.float64)
            for name in RANGES
        }
        self.preferred = self._preferred_versions(by_name)
        self.published = np.array(
            [p.timestamp() if p else 0.0 for p in by_name["published_at"]], dtype=np.float64
        )
        self.vectors = (
            np.frombuffer(b"".join(bytes(v) for v in by_name["vector"]), dtype=np.float32)
            .reshape(count, DIMENSION)
            .copy()
            if count
            else np.zeros((0, DIMENSION), np.float32)
        )

    def __len__(self) -> int:
        return len(self.ids)

    def _preferred_versions(self, by_name) -> dict[str, np.ndarray]:
        """Per language, the documents to show when collapsing translations: the version in
        that language, or, for pages not translated into it, their first version."""
        languages = self.columns["language"]
        groups = self.columns["translation_key"].codes
        preferred = {}
        first_of_group = np.zeros(len(groups), dtype=bool)
        if len(groups):
            _values, first = np.unique(groups, return_index=True)
            first_of_group[first] = True
        for language in LANGUAGES:
            code = languages.index.get(language)
            in_language = (
                languages.codes == code if code is not None else np.zeros(len(groups), bool)
            )
            groups_with = np.zeros(len(self.columns["translation_key"].values) + 1, dtype=bool)
            groups_with[groups[in_language]] = True
            preferred[language] = in_language | (~groups_with[groups] & first_of_group)
        return preferred


def snapshot_load() -> Snapshot:
    version = index_version()
    rows = list(SearchDocument.objects.order_by("page_id").values_list(*_FIELDS))
    return Snapshot(version, rows)
