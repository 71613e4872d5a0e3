"""Compares LibreOffice's .xlsx reading of each excel-nl CSV with the CSV itself (scripts/check-spreadsheet.sh).

Usage: spreadsheet_roundtrip.py OUTPUT_DIR XLSX_DIR. Every cell must hold what the CSV holds: a text
cell the exact text, an integer column (datapackage.json type "integer") the number itself. Then the
spot checks the issue names. Exits 1 and lists every difference when one is found.
"""
import csv
import json
import sys
from pathlib import Path

import openpyxl


def main() -> int:
    output, xlsx_dir = Path(sys.argv[1]), Path(sys.argv[2])
    package = json.loads((output / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["path"]: r["schema"] for r in package["resources"]}
    problems: list[str] = []
    sheets: dict[str, list[list]] = {}
    for csv_path in sorted((output / "excel-nl").glob("*.csv")):
        raw = csv_path.read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{csv_path}: no UTF-8 byte-order mark")
        with csv_path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        fields = schemas[f"excel-nl/{csv_path.name}"]["fields"]
        integer = {i for i, fld in enumerate(fields) if fld["type"] == "integer"}
        # Free text (no pattern, no enum: messages, raw and result values) may hold a bare number such
        # as "6"; a spreadsheet may store it as the number 6, which shows exactly the same. Codes and
        # other constrained columns must stay text to the letter ("GM0014" must not lose its zeros).
        free_text = {i for i, fld in enumerate(fields) if fld["type"] == "string"
                     and not {"pattern", "enum"} & set(fld.get("constraints", {}))}
        xlsx = xlsx_dir / (csv_path.stem + ".xlsx")
        if not xlsx.exists():
            problems.append(f"{csv_path}: LibreOffice wrote no {xlsx.name}")
            continue
        sheet = openpyxl.load_workbook(xlsx, data_only=True).active
        cells = [list(r) for r in sheet.iter_rows(values_only=True)]
        sheets[csv_path.name] = cells
        if [c for c in cells[0] if c is not None] != [f["name"] for f in fields] or rows[0] != [f["name"] for f in fields]:
            problems.append(f"{csv_path.name}: columns {cells[0]} differ from the data package {[f['name'] for f in fields]}")
        if len(cells) != len(rows):
            problems.append(f"{csv_path.name}: {len(rows)} CSV rows but {len(cells)} spreadsheet rows")
        mismatches = 0
        for r, (csv_row, cell_row) in enumerate(zip(rows, cells), start=1):
            cell_row = list(cell_row) + [None] * (len(csv_row) - len(cell_row))
            for c, (text, cell) in enumerate(zip(csv_row, cell_row)):
                if r > 1 and c in integer and text != "":
                    ok = (text.isdigit() and isinstance(cell, (int, float)) and not isinstance(cell, bool)
                          and cell == int(text))
                elif r > 1 and c in free_text and isinstance(cell, int) and not isinstance(cell, bool):
                    ok = str(cell) == text  # shown exactly as written: no lost zeros, no decimal comma
                else:
                    ok = (cell is None and text == "") or (isinstance(cell, str) and cell == text)
                if not ok:
                    mismatches += 1
                    if mismatches <= 20:
                        problems.append(f"{csv_path.name} row {r} column {fields[c]['name']}: CSV {text!r} became {cell!r} ({type(cell).__name__})")
        print(f"{csv_path.name}: {len(rows) - 1} rows x {len(rows[0])} columns read back by LibreOffice; "
              f"{mismatches} cells differ")

    def find(sheet: str, column: str, value) -> list:
        cells = sheets.get(sheet, [[]])
        index = cells[0].index(column)
        return [row for row in cells[1:] if row[index] == value]

    spot = [
        ("municipalities.csv", "name", "Súdwest-Fryslân", "diacritics"),
        ("municipalities.csv", "name", "'s-Gravenhage", "leading apostrophe"),
        ("municipalities.csv", "code", "GM0014", "code with leading zeros stays text"),
        ("regions.csv", "students", 70780, "figure stays the number 70780"),
    ]
    for sheet, column, value, what in spot:
        hits = find(sheet, column, value) if sheet in sheets else []
        print(f"{'ok  ' if hits else 'FAIL'} {sheet} {column} = {value!r} ({what})")
        if not hits:
            problems.append(f"{sheet}: no cell {column} = {value!r} ({what})")
    for problem in problems:
        print("FAIL " + problem, file=sys.stderr)
    print(f"{len(problems)} problems" if problems else "the excel-nl CSVs read back cell for cell in LibreOffice (nl-NL)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
