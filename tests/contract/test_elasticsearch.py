"""The Elasticsearch engine, verified without a server: the real client and our real engine code
talk over real HTTP to a loopback recorder, and every request they send is validated against
Elastic's request specification (the `recorder` fixture fails the test on any violation).

What the recorder cannot show (relevance, analysis, kNN recall) is covered by the live suite:
the behaviour tests of tests/search/engine/test_engine.py and tests/search/test_sync.py run on a
real server when ELASTICSEARCH_URL is set.
"""

import io
import json

from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

import numpy as np
import pytest

from practices.models import PracticePage
from search.encoder import DIMENSION, Profile
from search.engine import get_engine
from search.engine.base import SearchQuery
from search.engine.elasticsearch import indexing
from search.engine.elasticsearch import query as engine_module
from search.engine.elasticsearch.breaker import breaker
from search.engine.elasticsearch.client import alias_name
from search.engine.elasticsearch.indexing import elastic_rebuild, index_count, index_reconcile
from search.engine.elasticsearch.outbox import outbox_deliver
from search.engine.elasticsearch.query import ElasticsearchEngine
from search.models import OutboxEntry
from tests.contract.recorder import Recorder
from tests.factories import PracticePageFactory
from tests.search.conftest import SAHEL


def live_ids() -> set[str]:
    return {str(pk) for pk in PracticePage.objects.live().public().values_list("pk", flat=True)}


def searches(recorder) -> list[dict]:
    return [r.json() for r in recorder.of("search")]


# --- index lifecycle ---------------------------------------------------------------------------


def test_rebuild_creates_a_mapped_index_fills_it_and_points_the_alias(world, recorder):
    rebuilt = elastic_rebuild()

    (created,) = recorder.of("indices.create")
    body = created.json()
    properties = body["mappings"]["properties"]
    assert body["mappings"]["dynamic"] == "strict"
    assert properties["vector"] == {
        "type": "dense_vector",
        "dims": DIMENSION,
        "similarity": "dot_product",
        "index": True,
        "index_options": {"type": "hnsw", "m": 16, "ef_construction": 100},
    }
    assert properties["title_fr"] == {"type": "text", "analyzer": "terroir_fr"}
    assert properties["location"] == {"type": "geo_point"}
    assert properties["rainfall_mm"] == {"type": "float"}
    assert properties["koppen"] == {"type": "keyword"}
    analyzers = body["settings"]["analysis"]["analyzer"]
    assert set(analyzers) == {"terroir_en", "terroir_fr", "terroir_es"}
    assert "asciifolding" in analyzers["terroir_fr"]["filter"]

    assert recorder.aliases[alias_name()] == {rebuilt.index}
    documents = recorder.documents(alias_name())
    assert set(documents) == live_ids()  # the draft and the draft translation are not there
    india = documents[str(world["india"].pk)]
    assert india["title_en"] == "Zaï pits in the Deccan" and "title_fr" not in india
    assert india["categories"] == ["water-harvesting"]
    assert india["preferred_in"] == ["en", "es", "fr"]  # its only version
    assert india["location"] == {"lat": 14.68, "lon": 77.6}
    assert len(india["vector"]) == DIMENSION
    assert np.linalg.norm(india["vector"]) == pytest.approx(1, abs=1e-5)


def test_a_new_rebuild_swaps_the_alias_in_one_call_then_deletes_the_old_index(world, recorder):
    first = elastic_rebuild()
    second = elastic_rebuild()

    swap = recorder.of("indices.update_aliases")[-1]
    assert swap.json()["actions"] == [
        {"remove": {"index": first.index, "alias": alias_name()}},
        {"add": {"index": second.index, "alias": alias_name()}},
    ]
    # Searches read the old index until that one call; it is deleted only after it.
    deleted = next(r for r in recorder.requests if r.endpoint == "indices.delete")
    assert recorder.requests.index(swap) < recorder.requests.index(deleted)
    assert second.removed == [first.index]
    assert set(recorder.indexes) == {second.index}
    assert set(recorder.documents(alias_name())) == live_ids()


def test_publish_and_unpublish_reach_the_index_as_bulk_lines(
    world, recorder, django_capture_on_commit_callbacks
):
    elastic_rebuild()
    india = world["india"]
    with django_capture_on_commit_callbacks(execute=True):
        india.unpublish()
    deletes = [line["delete"] for line in recorder.of("bulk")[-1].lines() if "delete" in line]
    assert [(d["_index"], d["_id"], d["version_type"]) for d in deletes] == [
        (alias_name(), str(india.pk), "external_gte")
    ]
    assert str(india.pk) not in recorder.documents(alias_name())

    with django_capture_on_commit_callbacks(execute=True):
        india.save_revision().publish()
    assert recorder.documents(alias_name())[str(india.pk)]["title_en"] == "Zaï pits in the Deccan"
    assert not OutboxEntry.objects.exists()


def test_a_published_translation_changes_which_version_each_language_shows(
    world, recorder, django_capture_on_commit_callbacks
):
    elastic_rebuild()
    english = world["france"]
    french = PracticePage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    ).get_latest_revision_as_object()  # the draft translation, with its French title
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    documents = recorder.documents(alias_name())
    assert documents[str(english.pk)]["preferred_in"] == ["en", "es"]
    assert documents[str(french.pk)]["preferred_in"] == ["fr"]
    assert documents[str(french.pk)]["title_fr"] == "Couverts végétaux en Normandie"


def test_count(world, recorder):
    elastic_rebuild()
    assert index_count() == len(live_ids())
    assert recorder.of("count")


def test_reconcile_writes_missing_and_changed_documents_and_removes_stale_ones(world, recorder):
    elastic_rebuild()
    documents = recorder.documents(alias_name())
    del documents[str(world["india"].pk)]  # lost
    documents[str(world["brazil"].pk)]["digest"] = "out of date"  # changed since
    documents["987654"] = {"page_id": 987654, "title": "Gone"}  # deleted since

    reconciled = index_reconcile()

    assert (reconciled.indexed, reconciled.deleted) == (2, 1)
    assert set(recorder.documents(alias_name())) == live_ids()
    assert recorder.documents(alias_name())[str(world["brazil"].pk)]["digest"] != "out of date"


# --- search shapes -------------------------------------------------------------------------------


def test_words_filters_ranges_and_facets_in_one_request(world, recorder):
    elastic_rebuild()
    query = SearchQuery(
        text="zaï pits",
        filters={"country": frozenset({"IN", "BR"}), "outcome": frozenset({"worked"})},
        ranges={"rainfall_mm": (400, None)},
        collapse_language="en",
    )
    result = ElasticsearchEngine().search(query)

    body = searches(recorder)[-1]
    words = body["query"]["bool"]["must"][0]["multi_match"]
    assert words["query"] == "zaï pits" and words["operator"] == "and"
    assert "title_fr^10" in words["fields"]
    assert {"range": {"rainfall_mm": {"gte": 400}}} in body["query"]["bool"]["filter"]
    assert {"term": {"preferred_in": "en"}} in body["query"]["bool"]["filter"]
    # Facet filters narrow the hits, not the counts of their own facet.
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {"country": ["BR", "IN"]}},
        {"terms": {"outcome": ["worked"]}},
    ]
    assert body["aggs"]["country"]["filter"] == {
        "bool": {"filter": [{"terms": {"outcome": ["worked"]}}]}
    }
    assert body["aggs"]["category"]["aggs"]["values"]["terms"]["field"] == "categories"
    assert body["highlight"]["pre_tags"] == ["\ue000"]

    assert result.engine == "elasticsearch" and not result.fallback
    assert result.total == len(live_ids())  # the recorder answers every document
    assert {hit.document["title"] for hit in result.hits} >= {"Zaï pits in the Deccan"}
    assert {(f.value, f.count) for f in result.facets["category"]} == {
        ("water-harvesting", 2),
        ("cover-crops", 2),
    }
    deccan = next(h for h in result.hits if h.document["title"] == "Zaï pits in the Deccan")
    assert deccan.document["categories"] == "water-harvesting"  # as the embedded engine's rows
    assert deccan.highlight.startswith("\ue000")


def test_similarity_is_exact_on_small_sets_and_knn_beyond(world, recorder, monkeypatch):
    elastic_rebuild()
    profile = Profile(**SAHEL)
    result = ElasticsearchEngine().search(
        SearchQuery(profile=profile, filters={"kind": frozenset({"practice"})}, sort="similarity")
    )
    counted, scored = searches(recorder)[-2:]
    assert counted["size"] == 0 and counted["track_total_hits"] is True
    script = scored["query"]["script_score"]
    assert "dotProduct(params.query_vector, 'vector')" in script["script"]["source"]
    assert len(script["script"]["params"]["query_vector"]) == DIMENSION
    assert script["query"]["bool"]["filter"] == [{"terms": {"kind": ["practice"]}}]
    # The engine computes each hit's similarity from its profile, as the embedded engine does.
    by_title = {hit.document["title"]: hit.similarity for hit in result.hits}
    assert by_title["Zaï pits in the Deccan"] > by_title["Clover in grassland"]
    assert result.hits[0].block_similarities

    monkeypatch.setattr(engine_module, "EXACT_LIMIT", 0)
    ElasticsearchEngine().search(SearchQuery(profile=profile, text="pits", page=2, page_size=5))
    knn = searches(recorder)[-1]
    assert knn["knn"]["field"] == "vector" and knn["knn"]["k"] == 10
    assert knn["knn"]["num_candidates"] == 100
    assert knn["knn"]["filter"]["bool"]["filter"][0]["multi_match"]["query"] == "pits"
    assert (knn["from"], knn["size"]) == (5, 5)


def test_newest_first_and_exclusions(world, recorder):
    elastic_rebuild()
    ElasticsearchEngine().search(
        SearchQuery(sort="newest", exclude_farm_key="14.68:77.60", exclude_translation_key="k")
    )
    body = searches(recorder)[-1]
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    assert {"term": {"farm_key": "14.68:77.60"}} in body["query"]["bool"]["must_not"]


def test_highlighted_passages_are_escaped_on_the_page(libraries, recorder):
    PracticePageFactory(parent=libraries["en"], title="<b>Zaï</b> pits <script>x()</script>")
    elastic_rebuild()
    page = Client().get("/en/search/", {"q": "zai"}).content.decode()
    assert "<mark>&lt;b&gt;Zaï&lt;/b&gt;</mark>" in page
    assert "<script>x()" not in page


# --- Elasticsearch down ---------------------------------------------------------------------------


def test_nothing_is_lost_while_elasticsearch_is_down(
    world, libraries, nowhere, settings, django_capture_on_commit_callbacks
):
    library = libraries["en"]
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(20):
            PracticePageFactory(parent=library, title=f"Terraces of the hills number {n}")
    assert OutboxEntry.objects.values("page_id").distinct().count() == 20

    # Searches fall back to the embedded engine, which has every page, and say so.
    result = get_engine().search(SearchQuery(text="terraces", page_size=50))
    assert result.fallback and result.engine == "embedded" and result.total == 20
    page = Client().get("/fr/search/", {"q": "terraces"}).content.decode()
    assert "proviennent de la recherche de secours" in page
    data = json.loads(Client().get("/api/v1/practices/search", {"q": "terraces"}).content)
    assert (data["engine"], data["fallback"], data["total"]) == ("embedded", True, 20)

    # Elasticsearch comes back: reconcile makes its index hold exactly the live pages.
    with Recorder() as back:
        settings.ELASTICSEARCH_URLS = [back.url]
        index_reconcile()
        assert set(back.documents(alias_name())) == live_ids()
        assert len(live_ids()) == 24
        assert back.violations() == []
    assert not OutboxEntry.objects.exists()


def test_failed_deliveries_wait_longer_each_time_and_keep_the_change(world, nowhere, settings):
    settings.SEARCH_BREAKER_FAILURES = 100  # watch the backoff, not the breaker
    OutboxEntry.objects.create(page_id=world["india"].pk, next_attempt_at=timezone.now())
    waits = []
    for _attempt in range(3):
        started = timezone.now()
        assert outbox_deliver().failed == 1
        entry = OutboxEntry.objects.get()
        waits.append(round((entry.next_attempt_at - started).total_seconds()))
        entry.next_attempt_at = timezone.now()  # due again
        entry.save()
    assert waits == [5, 10, 20]
    assert entry.attempts == 3 and "Connection" in entry.last_error

    with Recorder() as back:
        settings.ELASTICSEARCH_URLS = [back.url]
        breaker.reset()
        assert outbox_deliver().delivered == 1
        assert str(world["india"].pk) in back.documents(alias_name())
        assert back.violations() == []
    assert not OutboxEntry.objects.exists()


def test_the_breaker_stops_calling_a_failing_cluster_then_tries_again(world, settings):
    settings.SEARCH_BREAKER_FAILURES = 2
    settings.SEARCH_BREAKER_RESET_SECONDS = 3600
    with Recorder() as failing:
        failing.fail_with = 503
        settings.ELASTICSEARCH_URLS = [failing.url]
        for _ in range(5):
            assert get_engine().search(SearchQuery(text="zai")).fallback
        assert len(failing.requests) == 2  # then open: no more calls

        settings.SEARCH_BREAKER_RESET_SECONDS = 0  # half-open: one trial goes through
        failing.fail_with = None
        indexing.alias_ensure()
        result = get_engine().search(SearchQuery(text="zai"))
        assert not result.fallback and result.engine == "elasticsearch"


# --- commands ------------------------------------------------------------------------------------


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_commands_rebuild_and_reconcile_both_engines(world, recorder):
    assert "Elasticsearch: 4 page(s) into terroir-practices-" in run("rebuild_search_index")
    del recorder.documents(alias_name())[str(world["india"].pk)]
    assert "Reconciled: 1 written, 0 deleted, 3 already up to date." in run(
        "reconcile_search_index"
    )


def test_the_commands_say_plainly_when_they_cannot_work(world, settings, nowhere):
    with pytest.raises(CommandError, match="Elasticsearch is not reachable, nothing changed"):
        run("reconcile_search_index")
    with pytest.raises(CommandError, match="the current index is unchanged"):
        run("rebuild_search_index")
    settings.ELASTICSEARCH_URLS = []
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL is not set"):
        run("reconcile_search_index")


def test_a_delivery_inside_the_saving_request_waits_only_the_short_timeout(
    world, recorder, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Development runs deliveries at once, inside the request that saved the page: each call
    waits at most ELASTICSEARCH_SAVE_TIMEOUT, not the bulk timeout (benchmarks/scaleout.py
    measures saves against a cluster that never answers)."""
    settings.ELASTICSEARCH_SAVE_TIMEOUT = 0.25
    used = []
    real = indexing.bulk_client
    monkeypatch.setattr(
        indexing, "bulk_client", lambda timeout=None: used.append(timeout) or real(timeout)
    )
    with django_capture_on_commit_callbacks(execute=True):
        world["india"].save_revision().publish()
    assert used == [0.25]
    assert str(world["india"].pk) in recorder.documents(alias_name())


def test_a_refused_query_falls_back_without_opening_the_breaker(world, settings):
    settings.SEARCH_BREAKER_FAILURES = 1
    with Recorder() as refusing:
        refusing.fail_with = 400  # e.g. a page past Elasticsearch's result window
        settings.ELASTICSEARCH_URLS = [refusing.url]
        result = get_engine().search(SearchQuery(text="zai", page=400))
        assert result.fallback and result.engine == "embedded"
        assert breaker.state == "closed"


def test_an_older_read_never_overwrites_a_newer_state(world, recorder, monkeypatch):
    """A slow reconcile (or worker) that read a page before it was unpublished loses to the
    delivery of the unpublish: documents carry the time their page was read (external_gte)."""
    elastic_rebuild()
    india = str(world["india"].pk)
    later = indexing.read_stamp() + 1_000_000
    indexing.bulk_write(indexing._delete_actions(alias_name(), [int(india)], later))
    assert india not in recorder.documents(alias_name())

    index_reconcile()  # reads now, earlier than `later`: its write of the page is refused
    assert india not in recorder.documents(alias_name())
    conflicts = [
        item for r in recorder.of("bulk") for item in r.lines() if "index" in item
        and item["index"]["_id"] == india
    ]  # fmt: skip
    assert conflicts  # it tried, and the newer delete stood


def test_a_half_open_breaker_is_closed_by_any_answer_and_untouched_by_an_idle_outbox(
    world, settings
):
    settings.SEARCH_BREAKER_FAILURES = 1
    settings.SEARCH_BREAKER_RESET_SECONDS = 0
    with Recorder() as refusing:
        settings.ELASTICSEARCH_URLS = [refusing.url]
        breaker.failure()
        assert breaker.state == "half-open"
        assert outbox_deliver().delivered == 0  # nothing due: no call, no trial taken
        assert breaker.allow()  # the trial is still there …
        breaker.release()
        refusing.fail_with = 400
        assert get_engine().search(SearchQuery(text="zai")).fallback
        assert breaker.state == "closed"  # … and a 400 is an answer: the cluster is up
