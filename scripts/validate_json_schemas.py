"""Validates the JSON outputs against the committed JSON Schemas (used by scripts/check-contract.sh).

Usage: validate_json_schemas.py OUTPUT_DIR SCHEMA_DIR. Exits 1 and names every violation when one fails.
"""
import json
import sys
from pathlib import Path

import jsonschema

PAIRS = [("regions.json", "regions.schema.json"), ("issues.json", "issues.schema.json"), ("cases.json", "cases.schema.json")]


def main() -> int:
    output, schemas = Path(sys.argv[1]), Path(sys.argv[2])
    failed = False
    for data_name, schema_name in PAIRS:
        schema = json.loads((schemas / schema_name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        document = json.loads((output / data_name).read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            place = "/".join(str(p) for p in error.absolute_path) or "(top)"
            print(f"FAIL {output / data_name} at {place}: {error.message}", file=sys.stderr)
        failed |= bool(errors)
        # What a schema cannot say: the declared counts agree with the content.
        if data_name == "regions.json" and document["region_count"] != len(document["regions"]):
            print(f"FAIL {output / data_name}: region_count {document['region_count']} but {len(document['regions'])} regions", file=sys.stderr)
            failed = True
        if data_name == "issues.json":
            for severity, count in document["counts"].items():
                actual = sum(1 for i in document["issues"] if i["severity"] == severity)
                if actual != count:
                    print(f"FAIL {output / data_name}: counts.{severity} is {count} but {actual} issues have it", file=sys.stderr)
                    failed = True
        if not errors:
            print(f"valid: {output / data_name} against schemas/{schema_name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
