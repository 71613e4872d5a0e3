"""Compares LibreOffice's .xlsx reading of each excel-nl CSV with the CSV itself (scripts/check-spreadsheet.sh).

Usage: spreadsheet_roundtrip.py OUTPUT_DIR XLSX_DIR [--hostile]. Every cell must hold what the CSV
holds: a text cell the exact text, an integer column (datapackage.json type "integer") the number
itself. Every excel-nl cell must also be the RFC 4180 file's cell (OUTPUT_DIR/*.csv), or that text
behind a leading ' when it starts with a formula trigger (= + - @ tab CR), and such a cell must be
text, never a formula. Then the spot checks: the real data's (diacritics, codes, figures) or, with
--hostile, the formula fixture's (=HYPERLINK( and @SUM( show as text). Exits 1 and lists every
difference when one is found.
"""
import csv
import json
import sys
from pathlib import Path

import openpyxl


TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def guarded(text: str) -> str:
    """The excel-nl form of an RFC 4180 value: a leading ' before a formula trigger (OWASP)."""
    return "'" + text if text.startswith(TRIGGERS) else text


def main() -> int:
    output, xlsx_dir = Path(sys.argv[1]), Path(sys.argv[2])
    hostile = "--hostile" in sys.argv[3:]
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
        # The same cells without cached results: a formula shows here as data_type "f".
        formulas = [(cell.coordinate, cell.value) for row in openpyxl.load_workbook(xlsx).active.iter_rows()
                    for cell in row if cell.data_type == "f"]
        for coordinate, value in formulas[:20]:
            problems.append(f"{csv_path.name} {coordinate}: read as the formula {value!r}")
        rfc_path = output / csv_path.name
        if rfc_path.exists():
            with rfc_path.open(encoding="utf-8", newline="") as f:
                rfc_rows = list(csv.reader(f))
            differing = [(r, c, a, b) for r, (rfc_row, row) in enumerate(zip(rfc_rows, rows), start=1)
                         for c, (a, b) in enumerate(zip(rfc_row, row)) if guarded(a) != b]
            if len(rfc_rows) != len(rows) or differing:
                problems.append(f"{csv_path.name}: differs from {rfc_path} beyond the formula guard: {differing[:3]}")
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                if "\n" in text or "\r" in text:
                    problems.append(f"{csv_path.name} row {r} column {c + 1}: a raw line break in {text!r}")
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
    ] if not hostile else [
        ("regions.csv", "name", "'=HYPERLINK(\"http://example.invalid/\";\"klik hier\")", "a formula name shows as text"),
        ("issues.csv", "raw_value", "'@SUM(1+1)", "an @-function shows as text"),
        ("issues.csv", "raw_value", "'=1+1", "a sum shows as text, not 2"),
        ("issues.csv", "raw_value", "'+31 Apeldoorn", "a leading + shows as text"),
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
