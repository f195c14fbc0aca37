"""The JSON Schema of ``.ndproj`` files, from the pydantic models plus the layer catalog.

Pydantic sees ``params`` as a free object; the catalog adds, per layer type, which parameters
exist and their types, so other tools can check a project without NetDesigner.
Regenerate the shipped copy with ``python -m netdesigner.core.schema > resources/ndproj.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from netdesigner.core.catalog import LAYER_TYPES, ParamSpec
from netdesigner.core.spec import Project


def _param_schema(spec: ParamSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    if spec.kind == "int":
        schema = {"type": "integer"}
    elif spec.kind == "float":
        schema = {"type": "number"}
    elif spec.kind == "bool":
        schema = {"type": "boolean"}
    elif spec.kind == "choice":
        schema = {"enum": list(spec.choices)}
    else:
        schema = {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3}
    default = list(spec.default) if isinstance(spec.default, tuple) else spec.default
    return {**schema, "description": spec.description, "default": default}


def project_schema() -> dict[str, Any]:
    schema = Project.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "NetDesigner project (.ndproj)"
    node = schema["$defs"]["LayerNode"]
    node["properties"]["type"] = {"enum": [t.name for t in LAYER_TYPES], "title": "Type"}
    node["allOf"] = [
        {
            "if": {"properties": {"type": {"const": layer.name}}},
            "then": {
                "properties": {
                    "params": {
                        "type": "object",
                        "properties": {p.name: _param_schema(p) for p in layer.params},
                        "additionalProperties": False,
                    }
                }
            },
        }
        for layer in LAYER_TYPES
    ]
    return schema


def schema_json() -> str:
    return json.dumps(project_schema(), indent=2) + "\n"


if __name__ == "__main__":
    print(schema_json(), end="")
