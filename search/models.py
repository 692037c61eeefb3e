"""Storage of the embedded search engine: one row per indexed page, plus a word index.

The word index (search.engine.embedded.fulltext) is the FTS5 table `search_fts` on SQLite
(migration 0002) or the table `search_pg_text` on PostgreSQL (migration 0003); it holds the
analysed text (search.engine.embedded.text.analyse) of each document under its page id.
"""

from django.db import models


class SearchDocument(models.Model):
    """What search, facets and similarity need of one live, public page."""

    # The page's id, without a foreign key: an index row is removed by the index sync when its
    # page goes (search.sync), and engine benchmarks can fill the index without pages.
    page_id = models.BigIntegerField(primary_key=True)
    kind = models.CharField(max_length=12, db_index=True)  # practice | tutorial | video
    language = models.CharField(max_length=5)
    translation_key = models.UUIDField()
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=400)
    country = models.CharField(max_length=2, blank=True)
    region = models.CharField(max_length=60, blank=True)
    categories = models.CharField(max_length=400, blank=True)  # slugs joined by ";"
    koppen = models.CharField(max_length=3, blank=True)
    agro_climatic_zone = models.CharField(max_length=12, blank=True)
    slope_class = models.CharField(max_length=12, blank=True)
    soil_group = models.CharField(max_length=2, blank=True)
    texture = models.CharField(max_length=8, blank=True)
    land_use = models.CharField(max_length=20, blank=True)
    water_supply = models.CharField(max_length=10, blank=True)
    outcome = models.CharField(max_length=12, blank=True)
    evidence = models.CharField(max_length=14, blank=True)
    rainfall_mm = models.FloatField(null=True)
    temperature_c = models.FloatField(null=True)
    altitude_m = models.FloatField(null=True)
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    farm_key = models.CharField(max_length=40, blank=True)
    published_at = models.DateTimeField(null=True)
    vector = models.BinaryField()

    class Meta:
        verbose_name = "search document"

    def __str__(self):
        return self.title


class SearchIndexState(models.Model):
    """Changed (in the same transaction) whenever the index changes, so that every process
    knows when to reload its in-memory copy. A random value, never reused."""

    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "search index state"

    def __str__(self):
        return f"search index v{self.version}"


class OutboxEntry(models.Model):
    """A page whose Elasticsearch document must be brought up to date (indexed if the page is
    live and public then, deleted otherwise). Written in the transaction that changes the page,
    so no change is lost when Elasticsearch is down; removed once delivered
    (search.engine.elasticsearch.outbox)."""

    page_id = models.BigIntegerField()
    # Known when the page is already gone: its translations' documents change with it.
    translation_key = models.CharField(max_length=36, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = "search outbox entry"
        verbose_name_plural = "search outbox entries"

    def __str__(self):
        return f"page {self.page_id} ({self.attempts} attempts)"
