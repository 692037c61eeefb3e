"""The embedded engine's query side: the database's word index for words, numpy for filters,
facets and similarity.

Needs no server. The facet columns and the profile vectors of every document are held in
memory as numpy arrays (embedded.snapshot), loaded once per process and reloaded when the index
version changes (embedded.indexing moves it in the transaction that changes the index). Words
are matched by SQLite FTS5 or PostgreSQL full text (embedded.fulltext), queried with the query
built by embedded.text (user input is never query syntax); relevance is bm25 (ts_rank on
PostgreSQL) over title (boosted), summary, body, tags and labels, ranked with
`ORDER BY rank LIMIT cap` so that a word found in every document stays fast.
"""

import threading
import time

from django.conf import settings

import numpy as np

from search.encoder import block_similarities, profile_encode
from search.engine.base import FACETS, HIT_FIELDS, FacetCount, Hit, SearchQuery, SearchResult
from search.engine.embedded.fulltext import fulltext
from search.engine.embedded.indexing import index_version, local_generation
from search.engine.embedded.snapshot import Snapshot, snapshot_load
from search.models import SearchDocument

RANK_CAP = 2000
UNCAPPED_LIMIT = 20_000


class EmbeddedEngine:
    name = "embedded"

    def __init__(self):
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._generation = -1

    # --- snapshot ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The in-memory arrays, reloaded when the index version has moved.

        The version is read at most every TERROIR_INDEX_CHECK_SECONDS (other processes' changes
        show within that delay); this process's own changes are seen at once."""
        current = self._snapshot
        now = time.monotonic()
        if (
            current is not None
            and self._generation == local_generation()
            and now - self._checked_at < settings.TERROIR_INDEX_CHECK_SECONDS
        ):
            return current
        self._checked_at, self._generation = now, local_generation()
        version = index_version()
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = snapshot_load()
            return self._snapshot

    # --- search --------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        snap = self.snapshot()
        count = len(snap)
        base = np.ones(count, dtype=bool)
        if query.exclude_translation_key:
            code = snap.columns["translation_key"].index.get(str(query.exclude_translation_key))
            if code is not None:
                base &= snap.columns["translation_key"].codes != code
        if query.exclude_farm_key:
            code = snap.columns["farm_key"].index.get(query.exclude_farm_key)
            if code is not None:
                base &= snap.columns["farm_key"].codes != code

        if query.collapse_language in snap.preferred:
            base &= snap.preferred[query.collapse_language]
        words = fulltext()
        match = words.match(query.text) if query.text else None
        matched = 0
        if match is not None:
            text_mask = self._text_mask(snap, words.matching(match))
            matched = int(text_mask.sum())
            base &= text_mask
        for name, (low, high) in query.ranges.items():
            values = snap.numbers[name]
            with np.errstate(invalid="ignore"):
                if low is not None:
                    base &= values >= low
                if high is not None:
                    base &= values <= high

        filter_masks = {
            name: self._filter_mask(snap, name, values)
            for name, values in query.filters.items()
            if values
        }
        mask = base.copy()
        for filter_mask in filter_masks.values():
            mask &= filter_mask
        total = int(mask.sum())

        facets = self._facets(snap, base, filter_masks) if query.facets else {}
        positions, scores, similarities = self._rank(snap, query, mask, match, matched)
        hits = self._hits(snap, query, positions, scores, similarities)
        return SearchResult(hits, total, facets, self.name, query.page, query.page_size)

    @staticmethod
    def _text_mask(snap: Snapshot, matched_ids: list[int]) -> np.ndarray:
        mask = np.zeros(len(snap), dtype=bool)
        ids = np.fromiter(matched_ids, np.int64, len(matched_ids))
        if len(ids):
            # Positions of the matched ids in the (sorted) snapshot; ids the snapshot does not
            # hold (changed since it was loaded) are skipped.
            where = np.searchsorted(snap.ids, ids)
            inside = where < len(snap.ids)
            where, ids = where[inside], ids[inside]
            mask[where[snap.ids[where] == ids]] = True
        return mask

    def _filter_mask(self, snap: Snapshot, name: str, values: frozenset[str]) -> np.ndarray:
        if name == "category":
            columns = [snap.category_index[v] for v in values if v in snap.category_index]
            if not columns:
                return np.zeros(len(snap), dtype=bool)
            return snap.categories[:, columns].any(axis=1)
        column = snap.columns[name]
        codes = [column.index[v] for v in values if v in column.index and v]
        if not codes:
            return np.zeros(len(snap), dtype=bool)
        return np.isin(column.codes, codes)

    def _facets(self, snap, base, filter_masks) -> dict[str, list[FacetCount]]:
        """Counts for every facet, each honouring the other facets' active filters."""
        facets = {}
        for name in FACETS:
            others = base.copy()
            for other, other_mask in filter_masks.items():
                if other != name:
                    others &= other_mask
            if name == "category":
                counts = snap.categories[others].sum(axis=0)
                pairs = zip(snap.category_values, counts.tolist(), strict=True)
            else:
                column = snap.columns[name]
                counts = np.bincount(column.codes[others], minlength=len(column.values))
                pairs = zip(column.values, counts.tolist(), strict=True)
            facets[name] = sorted(
                (FacetCount(value, int(n)) for value, n in pairs if value and n),
                key=lambda facet: (-facet.count, facet.value),
            )
        return facets

    def _rank(self, snap, query: SearchQuery, mask, match, matched: int):
        """Positions of the requested page of hits, with their text scores and similarities."""
        start = (query.page - 1) * query.page_size
        stop = start + query.page_size
        candidates = np.flatnonzero(mask)
        similarities = None
        if query.profile is not None:
            vector = profile_encode(query.profile)
            if len(candidates) > len(snap) // 4:  # cheaper than gathering the rows first
                similarities = snap.vectors @ vector
            else:
                similarities = np.zeros(len(snap), dtype=np.float32)
                if len(candidates):
                    similarities[candidates] = snap.vectors[candidates] @ vector

        scores: dict[int, float] = {}
        sort = query.sort
        if sort == "relevance" and match is None:
            sort = "similarity" if similarities is not None else "newest"
        if sort == "relevance" and similarities is not None:
            sort = "similarity"  # a profile ranks by likeness; the words filter

        if sort == "similarity" and similarities is not None:
            order = self._top(similarities, candidates, stop)
        elif sort == "relevance":
            order, scores = self._text_ranked(snap, match, mask, candidates, stop, matched)
        else:
            order = candidates[np.argsort(-snap.published[candidates], kind="stable")][:stop]
        return order[start:stop], scores, similarities

    @staticmethod
    def _top(values: np.ndarray, candidates: np.ndarray, k: int) -> np.ndarray:
        if len(candidates) <= k:
            chosen = candidates
        else:
            part = np.argpartition(-values[candidates], k - 1)[:k]
            chosen = candidates[part]
        return chosen[np.argsort(-values[chosen], kind="stable")]

    def _text_ranked(self, snap, match, mask, candidates, stop, matched: int):
        """bm25 order, capped: the RANK_CAP best matches are ranked by FTS5 (ORDER BY rank
        LIMIT, in a CTE) and kept if they pass the filters. When the filters leave too few of
        them for the page asked, and the word matches at most UNCAPPED_LIMIT documents, every
        match is scored and the candidates sorted in numpy; past that, newest first.

        (Constraining FTS5 with `rowid IN (…)` instead is far slower: it evaluates the match
        once per listed row.)"""
        words = fulltext()
        ranked = words.ranked(match, RANK_CAP)
        capped = len(ranked) == RANK_CAP
        order, scores = self._filtered(snap, ranked, mask, stop)
        if len(order) < stop and capped and len(candidates) > len(order):
            if matched <= UNCAPPED_LIMIT:
                order, scores = self._filtered(snap, words.ranked(match, None), mask, stop)
        if len(order) < stop:
            seen = set(order)
            newest = candidates[np.argsort(-snap.published[candidates], kind="stable")]
            order += [p for p in newest[: stop + len(seen)] if p not in seen][: stop - len(order)]
        return np.array(order, dtype=np.int64), scores

    @staticmethod
    def _filtered(snap, ranked, mask, stop) -> tuple[list[int], dict[int, float]]:
        order, scores = [], {}
        for page_id, rank in ranked:
            position = snap.position.get(page_id)
            if position is not None and mask[position]:
                order.append(position)
                scores[position] = -float(rank)
                if len(order) >= stop:
                    break
        return order, scores

    def _hits(self, snap, query, positions, scores, similarities) -> list[Hit]:
        page_ids = [int(snap.ids[p]) for p in positions]
        stored = {
            row["page_id"]: row
            for row in SearchDocument.objects.filter(page_id__in=page_ids).values(*HIT_FIELDS)
        }
        query_vector = profile_encode(query.profile) if query.profile is not None else None
        hits = []
        for position, page_id in zip(positions, page_ids, strict=True):
            document = stored.get(page_id)
            if document is None:  # removed since the snapshot was taken
                continue
            similarity = None if similarities is None else float(similarities[position])
            blocks = (
                block_similarities(query_vector, snap.vectors[position])
                if query_vector is not None
                else {}
            )
            hits.append(Hit(page_id, scores.get(int(position)), similarity, blocks, document))
        return hits
