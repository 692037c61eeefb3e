"""Validate Elasticsearch HTTP requests against Elastic's official request specification.

The specification is ``schema.json`` from the npm package ``@elastic/request-converter``, the
compiled form of github.com/elastic/elasticsearch-specification: every endpoint with its URL
templates, and every request with its path parts, query parameters and body type.
``specification().validate(...)`` matches a recorded request to its endpoint and checks the
query string and the body strictly: unknown names, wrong types, wrong enum members, missing
required properties and container shapes are all errors. The types are resolved by
``spec_types.py``.
"""

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from .spec_types import Shape, SpecificationTypes, _bind, _key, _show

SCHEMA = Path(__file__).parent / "node_modules/@elastic/request-converter/dist/schema.json"

# What real Elasticsearch accepts but the specification does not model, as
# (endpoint name or "*", error path pattern where "*" matches any run of characters, reason).
ALLOWED_DEVIATIONS: tuple[tuple[str, str, str], ...] = ()

# Aliases of `_builtins.number` that Elasticsearch parses as whole numbers.
INTEGRAL = {"byte", "short", "integer", "long", "uint", "ulong"}
# Elasticsearch's TimeValue: a whole number with a unit, or the bare -1 and 0.
DURATION = re.compile(r"-1|0|\d+(nanos|micros|ms|s|m|h|d)")
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")

Error = tuple[str, str]  # (JSON path, message)


@dataclass
class Validation:
    endpoint: str | None
    errors: list[str]


def _some(names: Iterable[str]) -> str:
    names = sorted(names)
    return ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")


def _media_type(content_type: str) -> str:
    """`application/vnd.elasticsearch+json; compatible-with=8` -> `application/json`."""
    media = content_type.split(";")[0].strip().lower()
    return media.replace("application/vnd.elasticsearch+", "application/")


def _allowed(endpoint: str, path: str) -> bool:
    return any(
        name in (endpoint, "*") and re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), path)
        for name, pattern, _reason in ALLOWED_DEVIATIONS
    )


class Specification(SpecificationTypes):
    def __init__(self, schema: dict) -> None:
        super().__init__(schema)
        self.endpoints: dict[str, dict] = {e["name"]: e for e in schema["endpoints"]}
        self.routes = [
            ([s for s in url["path"].split("/") if s], url["methods"], endpoint)
            for endpoint in schema["endpoints"]
            for url in endpoint["urls"]
        ]

    def validate(
        self, method: str, path: str, query: str, body: bytes | None, content_type: str | None
    ) -> Validation:
        """Check one recorded request: `path` as sent (percent-encoded), `query` without `?`."""
        segments = [unquote(s) for s in path.split("/") if s]
        routes = [
            (template, methods, endpoint, parameters)
            for template, methods, endpoint in self.routes
            if (parameters := _match(template, segments)) is not None
        ]
        if not routes:
            return Validation(None, [f"{method} {path}: no endpoint accepts this path"])
        allowed = [r for r in routes if method in r[1]]
        if not allowed:
            methods = sorted({m for r in routes for m in r[1]})
            return Validation(None, [f"{method} {path}: method not allowed, expected {methods}"])
        _template, _methods, endpoint, parameters = max(
            allowed,
            key=lambda r: (sum(not s.startswith("{") for s in r[0]), [s[0] != "{" for s in r[0]]),
        )
        if endpoint["request"] is None:
            return Validation(endpoint["name"], ["request: not modelled by the specification"])
        request = self.types[_key(endpoint["request"])]
        errors = self._check_parameters(parameters, request)
        errors += self._check_query(query, request)
        if body:
            errors += self._check_body(endpoint, request, body, content_type, "index" in parameters)
        elif endpoint["requestBodyRequired"]:
            errors.append(("body", "required by this endpoint"))
        kept = [f"{p}: {m}" for p, m in errors if not _allowed(endpoint["name"], p)]
        return Validation(endpoint["name"], kept)

    # Path parts and query string: text parsed by type.

    def _check_parameters(self, parameters: dict[str, str], request: dict) -> list[Error]:
        types = {p["name"]: p["type"] for p in request["path"]}
        return [
            (f"path.{name}", f"{_show(text)} is not a valid {self._name(types[name])}")
            for name, text in parameters.items()
            if name in types and not self._parses(text, types[name])
        ]

    def _check_query(self, query: str, request: dict) -> list[Error]:
        declared = {p["name"]: p for p in request["query"]}
        for behaviour in {"CommonQueryParameters", *request.get("attachedBehaviors", [])}:
            if behaviour.startswith("Common"):
                common = self.types[("_spec_utils", behaviour)]["properties"]
                declared |= {p["name"]: p for p in common}
        pairs = parse_qsl(query, keep_blank_values=True)
        given = {name for name, _ in pairs}
        errors = [(f"query.{name}", "unknown parameter") for name in given - declared.keys()]
        errors += [
            (f"query.{name}", "missing required parameter")
            for name, p in declared.items()
            if p["required"] and name not in given
        ]
        errors += [
            (f"query.{name}", f"{_show(text)} is not a valid {self._name(declared[name]['type'])}")
            for name, text in pairs
            if name in declared and not self._parses(text, declared[name]["type"])
        ]
        return errors

    def _parses(self, text: str, vtype: dict) -> bool:
        kind = vtype["kind"]
        if kind == "union_of":
            return any(self._parses(text, item) for item in vtype["items"])
        if kind == "array_of":
            return all(self._parses(part, vtype["value"]) for part in text.split(","))
        if kind == "literal_value":
            return text == str(vtype["value"]).lower()
        if kind != "instance_of":
            return kind == "user_defined_value"
        namespace, name = key = _key(vtype["type"])
        if key == ("_types", "Duration"):
            return bool(DURATION.fullmatch(text))
        if namespace == "_types" and name in INTEGRAL:
            return text.lstrip("-").isdigit()
        if namespace == "_builtins":
            if name == "boolean":
                return text in ("true", "false", "")  # a bare `?pretty` means true
            return name != "number" or bool(NUMBER.fullmatch(text))
        definition = self.types.get(key)
        if definition is None:  # an unbound generic parameter
            return True
        if definition["kind"] == "enum":
            return self._enum_accepts(definition, text)
        return definition["kind"] == "type_alias" and self._parses(text, definition["type"])

    # Bodies: JSON checked against the body type.

    def _check_body(
        self, endpoint: dict, request: dict, body: bytes, content_type: str | None, indexed: bool
    ) -> list[Error]:
        if request["body"]["kind"] == "no_body":
            return [("body", "this endpoint takes no body")]
        media_types = endpoint.get("requestMediaType") or ["application/json"]
        if content_type is None or _media_type(content_type) not in media_types:
            return [("headers.content-type", f"{content_type!r} is not one of {media_types}")]
        if endpoint["name"] == "bulk":
            return self._check_bulk(body, indexed)
        if _media_type(content_type) == "application/x-ndjson":  # msearch & co: lines only
            return [e for n, line in enumerate(body.splitlines()) for e in _parse(line, n)[1]]
        document, errors = _parse(body)
        if errors:
            return errors
        if request["body"]["kind"] == "value":
            return self._check(document, request["body"]["value"], {}, "body")
        return self._check_object(document, self._shape(request["body"], {}), "body")

    def _check_bulk(self, body: bytes, indexed: bool) -> list[Error]:
        """Action lines, each followed by a document (index, create) or an update (update)."""
        errors = [] if body.endswith(b"\n") else [("body", "must end with a newline")]
        lines = body.splitlines()
        actions = self._shape(self.types[("_global.bulk", "OperationContainer")], {})
        update = {
            "kind": "instance_of",
            "type": {"namespace": "_global.bulk", "name": "UpdateAction"},
        }
        number = 0
        while number < len(lines):
            path = f"body[line {number + 1}]"
            action, parse_errors = _parse(lines[number], number)
            errors += parse_errors or self._check_object(action, actions, path)
            number += 1
            if not isinstance(action, dict) or len(action) != 1:
                break  # where the next action starts is unknown
            ((kind, metadata),) = action.items()
            if not indexed and isinstance(metadata, dict) and "_index" not in metadata:
                errors.append((f"{path}.{kind}._index", "required when the path names no index"))
            if kind not in ("index", "create", "update"):
                continue
            if number == len(lines):
                errors.append((path, f"{kind} action without the line that must follow it"))
                break
            source, parse_errors = _parse(lines[number], number)
            source_path = f"body[line {number + 1}]"
            if parse_errors:
                errors += parse_errors
            elif kind == "update":
                errors += self._check(source, update, {}, source_path)
            elif not isinstance(source, dict):
                errors.append((source_path, "expected the document as a JSON object"))
            number += 1
        return errors

    def _check(self, value: Any, vtype: dict, bindings: dict, path: str) -> list[Error]:
        kind = vtype["kind"]
        if kind == "user_defined_value":
            return []
        if kind == "literal_value":
            literal = vtype["value"]
            if value == literal and type(value) is type(literal):
                return []
            return [(path, f"expected {_show(literal)}, got {_show(value)}")]
        if kind == "array_of":
            if not isinstance(value, list):
                return [(path, f"expected {self._name(vtype)}, got {_show(value)}")]
            item = vtype["value"]
            return [
                e
                for i, v in enumerate(value)
                for e in self._check(v, item, bindings, f"{path}[{i}]")
            ]
        if kind == "dictionary_of":
            if not isinstance(value, dict):
                return [(path, f"expected an object, got {_show(value)}")]
            errors = []
            if vtype["singleKey"] and len(value) != 1:
                errors.append((path, f"needs exactly one key, found {len(value)}"))
            for key, item in value.items():
                errors += self._check(key, vtype["key"], bindings, f"{path}.{key}")
                errors += self._check(item, vtype["value"], bindings, f"{path}.{key}")
            return errors
        if kind == "union_of":
            return self._check_union(value, vtype, bindings, path)
        return self._check_instance(value, vtype, bindings, path)

    def _check_union(self, value: Any, union: dict, bindings: dict, path: str) -> list[Error]:
        """Valid if any member is; otherwise the errors of the member that fits best."""
        attempts = []
        for item in union["items"]:
            errors = self._check(value, item, bindings, path)
            if not errors:
                return []
            mismatch = len(errors) == 1 and errors[0][0] == path and "expected" in errors[0][1]
            if not mismatch:  # the value has this member's JSON shape but is wrong inside
                attempts.append(errors)
        if not attempts:
            return [(path, f"expected {self._name(union)}, got {_show(value)}")]
        return min(attempts, key=len)

    def _check_instance(self, value: Any, vtype: dict, bindings: dict, path: str) -> list[Error]:
        namespace, name = key = _key(vtype["type"])
        if key in bindings:  # a generic parameter bound where the generic type was used
            bound, outer = bindings[key]
            return self._check(value, bound, outer, path)
        expected = [(path, f"expected {name}, got {_show(value)}")]
        if namespace == "_builtins":
            accepts = {
                "string": lambda v: isinstance(v, str),
                "boolean": lambda v: isinstance(v, bool),
                "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
                "null": lambda v: v is None,
            }.get(name, lambda v: True)  # binary, void
            return [] if accepts(value) else expected
        if namespace == "_types" and name in INTEGRAL:
            number = isinstance(value, int | float) and not isinstance(value, bool)
            return [] if number and float(value).is_integer() else expected
        if key == ("_types", "Duration") and isinstance(value, str):
            return [] if DURATION.fullmatch(value) else expected
        definition = self.types.get(key)
        if definition is None:  # an unbound generic parameter, e.g. a document's TDocument
            return []
        if definition["kind"] == "enum":
            if isinstance(value, bool):  # boolean-turned-enum quirk (Refresh, DynamicMapping)
                value = str(value).lower()
            if isinstance(value, str) and self._enum_accepts(definition, value):
                return []
            members = _some(m["name"] for m in definition["members"])
            return [(path, f"{_show(value)} is not a valid {name} ({members})")]
        local = _bind(definition, vtype.get("generics", []), bindings)
        if definition["kind"] == "interface":
            return self._check_object(value, self._shape(definition, local), path)
        variants = definition.get("variants", {})
        if variants.get("kind") == "internal_tag":
            return self._check_tagged(value, definition, local, path)
        return self._check(value, definition["type"], local, path)

    def _check_tagged(self, value: Any, alias: dict, bindings: dict, path: str) -> list[Error]:
        """One of the alias' interfaces, chosen by the tag property (e.g. a mapping's `type`)."""
        if not isinstance(value, dict):
            return [(path, f"expected an object, got {_show(value)}")]
        tag = alias["variants"]["tag"]
        members = self._tags(alias)
        chosen = value.get(tag, alias["variants"].get("defaultTag"))
        if chosen not in members:
            return [(f"{path}.{tag}", f"unknown {tag} {_show(chosen)} ({_some(members)})")]
        member = members[chosen]
        definition = self.types[_key(member["type"])]
        shape = self._shape(definition, _bind(definition, member.get("generics", []), bindings))
        return self._check_object(value, shape, path, tag)

    def _check_object(self, value: Any, shape: Shape, path: str, tag: str = "") -> list[Error]:
        if not isinstance(value, dict):
            if shape.shortcut:
                prop, bindings = shape.properties[shape.shortcut]
                return self._check(value, prop["type"], bindings, path)
            return [(path, f"expected an object, got {_show(value)}")]
        errors, present, variants, extras, unknown = [], {}, [], [], []
        for key, item in value.items():
            here = f"{path}.{key}"
            if key in shape.properties:
                prop, bindings = shape.properties[key]
                if prop["name"] in present:
                    errors.append((here, f"given twice, also as {present[prop['name']]}"))
                present[prop["name"]] = key
                if shape.container and not prop.get("containerProperty"):
                    variants.append(key)
                errors += self._check(item, prop["type"], bindings, here)
            elif shape.extra:
                key_type, value_type, bindings = shape.extra
                (variants if shape.container else extras).append(key)
                errors += self._check(key, key_type, bindings, here)
                errors += self._check(item, value_type, bindings, here)
            else:
                unknown.append((here, "unknown property"))
        errors += unknown
        if shape.container and len(variants) != 1 and (variants or not unknown):
            errors.append((path, f"needs exactly one variant key, found {variants or 'none'}"))
        if shape.single_extra and not shape.container and len(extras) != 1:
            errors.append((path, f"needs exactly one field key, found {extras or 'none'}"))
        missing = [n for n in shape.required if n not in present and n != tag]
        return errors + [(f"{path}.{n}", "missing required property") for n in missing]


def _match(template: list[str], segments: list[str]) -> dict[str, str] | None:
    """Path parameters of `segments` if they fit `template` (`{name}` parts match any segment)."""
    if len(template) != len(segments):
        return None
    parameters = {}
    for part, segment in zip(template, segments, strict=True):
        if part.startswith("{"):
            parameters[part[1:-1]] = segment
        elif part != segment:
            return None
    return parameters


def _parse(text: bytes, number: int | None = None) -> tuple[Any, list[Error]]:
    where = "body" if number is None else f"body[line {number + 1}]"
    try:
        return json.loads(text), []
    except ValueError as error:
        return None, [(where, f"invalid JSON: {error}")]


@functools.cache
def specification() -> Specification:
    return Specification(json.loads(SCHEMA.read_text()))
