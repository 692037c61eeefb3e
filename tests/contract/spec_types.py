"""The specification's types resolved for the request validator (tests/contract/spec.py): an
interface flattened over its ancestors into a Shape, an internally tagged union's members by tag,
an enum's accepted names, a value type's readable name. Resolved on first use and cached."""

import json
from dataclasses import dataclass
from typing import Any

Key = tuple[str, str]  # (namespace, name) of a type


@dataclass(frozen=True)
class Shape:
    """An interface flattened over its inheritance chain, generics bound."""

    properties: dict[str, tuple[dict, dict]]  # name or alias -> (property, generic bindings)
    required: tuple[str, ...]
    container: bool  # exactly one variant property (or additional property)
    extra: tuple[dict, dict, dict] | None  # (key type, value type, bindings) of other keys
    single_extra: bool  # AdditionalProperty: exactly one other key
    shortcut: str | None  # property a bare value stands for, e.g. a script's `source`


def _key(reference: dict) -> Key:
    return reference["namespace"], reference["name"]


def _bind(definition: dict, arguments: list[dict], bindings: dict) -> dict:
    """Generic parameters of `definition` bound to `arguments` as written where `bindings` hold."""
    parameters = [_key(g) for g in definition.get("generics", [])]
    return {p: (a, bindings) for p, a in zip(parameters, arguments, strict=False)}


def _show(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."


class SpecificationTypes:
    """The schema's types by (namespace, name), with the shapes and tags resolved so far."""

    def __init__(self, schema: dict) -> None:
        self.types: dict[Key, dict] = {_key(t["name"]): t for t in schema["types"]}
        self.shapes: dict[Key, Shape] = {}
        self.tags: dict[Key, dict[str, dict]] = {}

    def _shape(self, definition: dict, bindings: dict) -> Shape:
        """Properties and behaviours of an interface (or a request body) and its ancestors."""
        cacheable = "name" in definition and not definition.get("generics")
        if cacheable and _key(definition["name"]) in self.shapes:
            return self.shapes[_key(definition["name"])]
        properties, required, behaviours = {}, [], []
        node: dict | None = definition
        while node is not None:
            for prop in node["properties"]:
                for name in [prop["name"], *prop.get("aliases", [])]:
                    properties.setdefault(name, (prop, bindings))
                if prop["required"]:
                    required.append(prop["name"])
            behaviours += [(b, bindings) for b in node.get("behaviors", [])]
            inherits = node.get("inherits")
            node = self.types[_key(inherits["type"])] if inherits else None
            if inherits:
                bindings = _bind(node, inherits.get("generics", []), bindings)
        extra, single = None, False
        for behaviour, outer in behaviours:
            if behaviour["type"]["name"] in ("AdditionalProperties", "AdditionalProperty"):
                key_type, value_type = behaviour["generics"]
                extra = (key_type, value_type, outer)
                single = behaviour["type"]["name"] == "AdditionalProperty"
        shape = Shape(
            properties=properties,
            required=tuple(dict.fromkeys(required)),
            container=definition.get("variants", {}).get("kind") == "container",
            extra=extra,
            single_extra=single,
            shortcut=definition.get("shortcutProperty"),
        )
        if cacheable:
            self.shapes[_key(definition["name"])] = shape
        return shape

    def _tags(self, alias: dict) -> dict[str, dict]:
        """Tag value -> member of an internally tagged union (`"dense_vector"` -> its property)."""
        key, tag = _key(alias["name"]), alias["variants"]["tag"]
        if key not in self.tags:
            self.tags[key] = {
                self._shape(self.types[_key(m["type"])], {}).properties[tag][0]["type"]["value"]: m
                for m in alias["type"]["items"]
            }
        return self.tags[key]

    def _enum_accepts(self, enum: dict, text: str) -> bool:
        names = {n for m in enum["members"] for n in [m["name"], *m.get("aliases", [])]}
        return text in names or bool(enum.get("isOpen"))

    def _name(self, vtype: dict) -> str:
        """A short readable name of a value type, for messages."""
        kind = vtype["kind"]
        if kind == "instance_of":
            return vtype["type"]["name"]
        if kind == "array_of":
            return f"list of {self._name(vtype['value'])}"
        if kind == "union_of":
            return " | ".join(self._name(item) for item in vtype["items"])
        if kind == "literal_value":
            return _show(vtype["value"])
        return kind.replace("_", " ")
