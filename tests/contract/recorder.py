"""A loopback HTTP server that answers like Elasticsearch and records every request.

It is not a search engine: it keeps the documents it is sent (per index, with aliases) so that
lifecycle and reconcile flows can be followed, and it answers each endpoint with a well-formed
canned response (searches return the stored documents in id order, whatever the query; facet
buckets are counted over them). Every request is validated against Elastic's request
specification (tests/contract/spec.py): the routing itself uses the endpoint the spec names.
"""

import fnmatch
import json
import socket
import threading
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from search.engine.base import HIGHLIGHT_END, HIGHLIGHT_START

from .spec import specification

HEADERS = {
    "X-Elastic-Product": "Elasticsearch",
    "Content-Type": "application/vnd.elasticsearch+json;compatible-with=8",
}
INFO = {
    "name": "recorder",
    "cluster_name": "contract",
    "cluster_uuid": "recorder",
    "version": {
        "number": "8.19.0",
        "build_flavor": "default",
        "build_type": "tar",
        "build_hash": "recorder",
        "build_date": "2025-01-01T00:00:00.000Z",
        "build_snapshot": False,
        "lucene_version": "9.12.0",
        "minimum_wire_compatibility_version": "7.17.0",
        "minimum_index_compatibility_version": "7.0.0",
    },
    "tagline": "You Know, for Search",
}
SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    body: bytes | None
    content_type: str | None
    endpoint: str | None
    errors: list[str]

    def json(self):
        return json.loads(self.body) if self.body else None

    def lines(self) -> list[dict]:
        return [json.loads(line) for line in (self.body or b"").splitlines() if line.strip()]


class Recorder:
    def __init__(self):
        self.requests: list[Recorded] = []
        self.indexes: dict[str, dict] = {}  # name -> {"body": creation body, "docs": {id: source}}
        self.aliases: dict[str, set[str]] = {}  # alias -> index names
        self.fail_with: int | None = None  # answer every request with this status (a sick cluster)
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        specification()  # loaded before the first request, not while a client waits on it
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    # --- what tests read ---------------------------------------------------------------------

    def violations(self) -> list[str]:
        return [
            f"{r.method} {r.path}?{r.query}: {error}" for r in self.requests for error in r.errors
        ]

    def of(self, endpoint: str) -> list[Recorded]:
        return [r for r in self.requests if r.endpoint == endpoint]

    def documents(self, name: str) -> dict[str, dict]:
        """The documents of an index, or of the index behind an alias."""
        (index,) = self.resolve(name)
        return self.indexes[index]["docs"]

    def resolve(self, name: str) -> list[str]:
        names = []
        for part in name.split(","):
            if part in self.aliases:
                names += sorted(self.aliases[part])
            else:
                names += [i for i in sorted(self.indexes) if fnmatch.fnmatchcase(i, part)]
        return names

    # --- serving -----------------------------------------------------------------------------

    def _handler(self):
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                status, payload = recorder.answer(
                    self.command, self.path, body, self.headers.get("Content-Type")
                )
                data = b"" if payload is None else json.dumps(payload).encode()
                self.send_response(status)
                for name, value in HEADERS.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _serve

        return Handler

    def answer(self, method: str, target: str, body: bytes | None, content_type: str | None):
        parts = urlsplit(target)
        path = unquote(parts.path)
        validation = specification().validate(method, path, parts.query, body, content_type)
        recorded = Recorded(
            method, path, parts.query, body, content_type, validation.endpoint, validation.errors
        )
        with self.lock:
            self.requests.append(recorded)
            if self.fail_with:
                return self.fail_with, {"error": {"type": "recorder", "reason": "unavailable"}}
            handler = getattr(
                self, "_" + (validation.endpoint or "unknown").replace(".", "_"), None
            )
            if handler is None:
                return 400, {"error": {"type": "recorder", "reason": f"no answer for {path}"}}
            segments = [s for s in path.split("/") if s]
            return handler(recorded, segments, parse_qs(parts.query))

    # --- endpoints (named as in the specification) ---------------------------------------------

    def _info(self, request, segments, query):
        return 200, INFO

    def _indices_create(self, request, segments, query):
        name = segments[0]
        if name in self.indexes:
            return 400, {"error": {"type": "resource_already_exists_exception"}, "status": 400}
        body = request.json() or {}
        self.indexes[name] = {"body": body, "docs": {}, "versions": {}}
        for alias in body.get("aliases", {}):
            self.aliases.setdefault(alias, set()).add(name)
        return 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}

    def _indices_put_settings(self, request, segments, query):
        return 200, {"acknowledged": True}

    def _indices_refresh(self, request, segments, query):
        return 200, {"_shards": SHARDS}

    def _indices_exists_alias(self, request, segments, query):
        return (200 if segments[-1] in self.aliases else 404), None

    def _indices_get_alias(self, request, segments, query):
        alias = segments[-1]
        if alias not in self.aliases:
            return 404, {"error": f"alias [{alias}] missing", "status": 404}
        return 200, {index: {"aliases": {alias: {}}} for index in sorted(self.aliases[alias])}

    def _indices_get(self, request, segments, query):
        found = self.resolve(segments[0])
        return 200, {
            index: {
                "aliases": {a: {} for a, names in self.aliases.items() if index in names},
                "mappings": self.indexes[index]["body"].get("mappings", {}),
                "settings": {"index": {}},
            }
            for index in found
        }

    def _indices_delete(self, request, segments, query):
        for index in self.resolve(segments[0]):
            del self.indexes[index]
            for names in self.aliases.values():
                names.discard(index)
        return 200, {"acknowledged": True}

    def _indices_update_aliases(self, request, segments, query):
        for action in request.json()["actions"]:
            ((kind, spec),) = action.items()
            targets = self.aliases.setdefault(spec["alias"], set())
            for index in self.resolve(spec["index"]):
                if kind == "add":
                    targets.add(index)
                else:
                    targets.discard(index)
        return 200, {"acknowledged": True}

    def _indices_put_mapping(self, request, segments, query):
        for index in self.resolve(segments[0]):
            self.indexes[index]["body"].setdefault("mappings", {}).update(request.json())
        return 200, {"acknowledged": True}

    def _indices_put_alias(self, request, segments, query):
        for index in self.resolve(segments[0]):
            self.aliases.setdefault(segments[-1], set()).add(index)
        return 200, {"acknowledged": True}

    def _index(self, request, segments, query):
        """One document (Wagtail's writes on save); an unknown index is created, as
        Elasticsearch does."""
        name, doc_id = segments[0], segments[-1]
        if not self.resolve(name):
            self.indexes[name] = {"body": {}, "docs": {}, "versions": {}}
        (index,) = self.resolve(name)
        docs = self.indexes[index]["docs"]
        result = "updated" if doc_id in docs else "created"
        docs[doc_id] = request.json()
        return (200 if result == "updated" else 201), {
            "_index": index, "_id": doc_id, "_version": 1, "result": result, "_shards": SHARDS,
            "_seq_no": 0, "_primary_term": 1,
        }  # fmt: skip

    def _delete(self, request, segments, query):
        (index,) = self.resolve(segments[0])
        found = self.indexes[index]["docs"].pop(segments[-1], None) is not None
        return (200 if found else 404), {
            "_index": index, "_id": segments[-1], "_version": 1,
            "result": "deleted" if found else "not_found", "_shards": SHARDS,
            "_seq_no": 0, "_primary_term": 1,
        }  # fmt: skip

    def _bulk(self, request, segments, query):
        lines, items = request.lines(), []
        while lines:
            ((kind, meta),) = lines.pop(0).items()
            (index,) = self.resolve(meta.get("_index") or segments[0])
            docs, versions = self.indexes[index]["docs"], self.indexes[index]["versions"]
            source = None if kind == "delete" else lines.pop(0)
            # external_gte versioning: an older version than the one stored (or deleted) loses.
            if meta.get("version", 0) < versions.get(meta["_id"], 0):
                status, result = 409, "version_conflict"
            elif kind == "delete":
                status, result = (200, "deleted") if meta["_id"] in docs else (404, "not_found")
                docs.pop(meta["_id"], None)
            else:
                status, result = (200, "updated") if meta["_id"] in docs else (201, "created")
                docs[meta["_id"]] = source
            if status < 300 and "version" in meta:
                versions[meta["_id"]] = meta["version"]
            items.append(
                {
                    kind: {"_index": index, "_id": meta["_id"], "_version": 1, "result": result,
                           "status": status, "_shards": SHARDS, "_seq_no": 0, "_primary_term": 1}
                }
            )  # fmt: skip
        errors = any(item[next(iter(item))]["status"] >= 300 for item in items)
        return 200, {"took": 1, "errors": errors, "items": items}

    def _count(self, request, segments, query):
        docs = [d for index in self.resolve(segments[0]) for d in self.indexes[index]["docs"]]
        return 200, {"count": len(docs), "_shards": SHARDS}

    def _search(self, request, segments, query):
        body = request.json() or {}
        everything = [
            (int(doc_id), source)
            for index in self.resolve(segments[0])
            for doc_id, source in self.indexes[index]["docs"].items()
        ]
        everything.sort(key=lambda pair: pair[0])
        if "search_after" in body:
            everything = [p for p in everything if p[0] > body["search_after"][0]]
        start, size = body.get("from", 0), body.get("size", 10)
        hits = []
        for doc_id, source in everything[start : start + size]:
            includes = body.get("_source")
            shown = {k: v for k, v in source.items() if k in includes} if includes else source
            hit = {"_index": segments[0], "_id": str(doc_id), "_score": 1.0, "_source": shown}
            stored = body.get("stored_fields") or query.get("stored_fields")
            if stored:  # Wagtail's searches: stored fields only, no source
                hit.pop("_source")
                stored = [stored] if isinstance(stored, str) else stored
                hit["fields"] = {name: [source[name]] for name in stored if name in source}
            if "sort" in body:
                hit["sort"] = [doc_id]
            if "highlight" in body:
                hit["highlight"] = _highlight(source, body["highlight"]["fields"])
            hits.append(hit)
        response = {
            "took": 1,
            "timed_out": False,
            "_shards": SHARDS,
            "hits": {
                "total": {"value": len(everything), "relation": "eq"},
                "max_score": 1.0,
                "hits": hits,
            },
        }
        aggs = body.get("aggs") or body.get("aggregations")
        if aggs:
            response["aggregations"] = _aggregate(aggs, [s for _i, s in everything])
        return 200, response


class Stalled:
    """A cluster that accepts connections, reads what it is sent and never answers (a stalled
    node): every request waits for its client's timeout."""

    def __init__(self):
        self._server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._server.settimeout(0.1)
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def connections(self) -> int:
        return len(self._held)

    def _accept(self):
        while not self._stop.is_set():
            try:
                self._held.append(self._server.accept()[0])
            except OSError:
                continue

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        for connection in self._held:
            connection.close()
        self._server.close()


def _highlight(source: dict, fields) -> dict:
    names = list(fields) if isinstance(fields, dict) else [next(iter(f)) for f in fields]
    for name in names:
        if source.get(name):
            first, _space, rest = source[name].partition(" ")
            return {name: [f"{HIGHLIGHT_START}{first}{HIGHLIGHT_END} {rest}"[:160]]}
    return {}


def _aggregate(aggs: dict, sources: list[dict]) -> dict:
    """Aggregation results shaped as requested (filter and terms), counted over every doc."""
    out = {}
    for name, spec in aggs.items():
        inner = spec.get("aggs") or spec.get("aggregations") or {}
        if "filter" in spec:
            out[name] = {"doc_count": len(sources), **_aggregate(inner, sources)}
        elif "terms" in spec:
            field = spec["terms"]["field"]
            counts = Counter()
            for source in sources:
                values = source.get(field)
                for value in values if isinstance(values, list) else [values]:
                    if value is not None:
                        counts[value] += 1
            out[name] = {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [{"key": k, "doc_count": n} for k, n in counts.most_common()],
            }
    return out
