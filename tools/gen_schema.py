#!/usr/bin/python3
"""tools/gen_schema.py - writes schema/khgen-plan.schema.json (JSON Schema,
draft-07) from schema/plan-keys.yaml.

    /usr/bin/python3 tools/gen_schema.py [OUT]     (make schema)

Every key gets a description in Vietnamese and English (shown on hover by
editors). Mappings refuse keys they do not list, as khgen does (KH101).
Which keys exist where is checked against the parser by tests/schema/run.sh.
The output is deterministic (sorted keys, fixed indentation)."""
import json
import sys

import yaml

TOP = "schema/plan-keys.yaml"
SCALAR = {"type": ["string", "number", "boolean", "null"]}


def kind_schema(kind):
    """The JSON Schema of a kind of plan-keys.yaml."""
    if kind == "scalar":
        return dict(SCALAR)
    if kind == "text_or_list":
        return {"anyOf": [dict(SCALAR), {"type": "array", "items": dict(SCALAR)}]}
    if kind == "int":
        return {"type": "integer"}
    if kind == "number":
        return {"type": "number"}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "date":
        return {"type": ["string", "integer"], "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}
    if kind == "deadline":
        return {"anyOf": [dict(SCALAR), {"$ref": "#/definitions/deadline"}]}
    if kind == "list_of_scalars":
        return {"type": "array", "items": dict(SCALAR)}
    if kind == "any":
        return {}
    if kind == "body":
        return {"type": "array", "items": {"anyOf": [{"type": "string"}, {"$ref": "#/definitions/body_entry"}]}}
    if kind.startswith("list of "):
        return {"type": "array", "items": kind_schema(kind[8:])}
    if "|" in kind:  # one of several kinds: "int|period"
        return {"anyOf": [kind_schema(k) for k in kind.split("|")]}
    return {"$ref": "#/definitions/" + kind}


def describe(spec):
    return "%s\n\n%s" % (spec["vi"], spec["en"])


def context_schema(name, ctx):
    props = {}
    for key, spec in ctx["keys"].items():
        if not spec.get("vi") or not spec.get("en"):
            sys.exit("gen_schema: %s.%s needs a Vietnamese and an English description" % (name, key))
        s = kind_schema(spec["kind"])
        if "$ref" in s and len(s) == 1:
            s = {"allOf": [s]}  # draft-07 ignores siblings of $ref
        s["description"] = describe(spec)
        props[key] = s
    out = {"type": "object", "description": describe(ctx), "properties": props,
           "additionalProperties": False}
    if ctx.get("required"):
        out["required"] = ctx["required"]
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "schema/khgen-plan.schema.json"
    doc = yaml.safe_load(open(TOP, encoding="utf-8"))
    contexts = doc["contexts"]
    defs = {name: context_schema(name, ctx) for name, ctx in contexts.items() if name != "plan"}
    defs["body_entry"] = {
        "description": "Một mục của nội dung hoặc một nhiệm vụ\n\nA body entry or a task",
        "type": "object",
        "if": {"required": ["task"]},
        "then": {"$ref": "#/definitions/task"},
        "else": {"$ref": "#/definitions/entry"},
    }
    plan = context_schema("plan", contexts["plan"])
    schema = {"$schema": "http://json-schema.org/draft-07/schema#",
              "title": "khgen plan (Kế hoạch)"}
    schema.update(plan)
    schema["definitions"] = defs
    text = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
