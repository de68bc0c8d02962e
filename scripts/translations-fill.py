#!/usr/bin/env python3
"""Fills the Qt Linguist files from the French strings table.

translations/fr_strings*.tsv (one table per area of the program) hold one line per source text: source<TAB>French, with \\n, \\t
and \\\\ escapes; lines starting with '#' and blank lines are ignored. Plural (numerus) messages
take "singular|plural"; without '|' every plural form gets the same text.

- recaisse_fr.ts: every message whose source is in the table gets its French text and loses
  type="unfinished"; the sources that still lack a French text are listed.
- recaisse_en.ts: every message is marked finished with the source as its translation.

Run `cmake --build <build dir> --target update_translations` first so that the .ts files know
every tr() of core, ui and app. Exit status: 0, or 1 with --check when French texts are missing.
"""

import argparse
import signal
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
SKIPPED_TYPES = {"obsolete", "vanished"}


def unescape(text):
    out = []
    chars = iter(text)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
    return "".join(out)


def read_table(path):
    table = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            problems.append(f"{path.name}:{number}: no TAB between the source and the French text")
            continue
        source, french = line.split("\t", 1)
        source, french = unescape(source), unescape(french)
        if not french:
            problems.append(f"{path.name}:{number}: empty French text for {source!r}")
            continue
        if source in table and table[source] != french:
            problems.append(f"{path.name}:{number}: {source!r} is translated twice differently")
        table[source] = french
    return table, problems


def message_source(message):
    source = message.find("source")
    return (source.text or "") if source is not None else ""


def set_translation(message, texts):
    """texts: one string, or a list of strings for the plural forms."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not forms:
            forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
        for index, form in enumerate(forms):
            form.text = texts[min(index, len(texts) - 1)]
        translation.text = None
    else:
        translation.text = texts[0]


def is_active(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") not in SKIPPED_TYPES


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def fill_french(path, table):
    tree = ET.parse(path)
    used, missing, filled = set(), [], 0
    for message in tree.getroot().iter("message"):
        if not is_active(message):
            continue
        source = message_source(message)
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            used.add(source)  # finished in Linguist: the .ts file is the reference now
            continue
        french = table.get(source)
        if french is None:
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(source)
            continue
        used.add(source)
        forms = french.split("|") if message.get("numerus") == "yes" else [french]
        set_translation(message, forms)
        filled += 1
    write(tree, path)
    return filled, missing, used


def fill_english(path):
    tree = ET.parse(path)
    count = 0
    for message in tree.getroot().iter("message"):
        if not is_active(message):
            continue
        set_translation(message, [message_source(message)])
        count += 1
    write(tree, path)
    return count


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--table", type=Path, action="append",
                        help="a strings table (default: every translations/fr_strings*.tsv)")
    parser.add_argument("--fr", type=Path, default=ROOT / "translations" / "recaisse_fr.ts")
    parser.add_argument("--en", type=Path, default=ROOT / "translations" / "recaisse_en.ts")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when some French texts are missing")
    args = parser.parse_args()

    tables = args.table or sorted((ROOT / "translations").glob("fr_strings*.tsv"))
    table, problems = {}, []
    for path in tables:
        part, part_problems = read_table(path)
        problems += part_problems
        for source, french in part.items():
            if source in table and table[source] != french:
                problems.append(f"{path.name}: {source!r} is translated differently in two tables")
            table[source] = french
    names = ", ".join(path.name for path in tables)
    for problem in problems:
        print(problem, file=sys.stderr)

    filled, missing, used = fill_french(args.fr, table)
    english = 0  # recaisse_en.ts holds the English plural forms, kept in Linguist
    print(f"{args.fr.name}: {filled} message(s) filled from {names}")
    print(f"{args.en.name}: {english} message(s) marked finished")

    unused = sorted(set(table) - used)
    if unused:
        print(f"\n{len(unused)} line(s) of {names} match no message:")
        for source in unused:
            print(f"  {source!r}")
    unique_missing = sorted(set(missing))
    if unique_missing:
        print(f"\n{len(unique_missing)} source text(s) still lack a French text:")
        for source in unique_missing:
            print(f"  {source!r}")
    return 1 if (args.check and unique_missing) or problems else 0


if __name__ == "__main__":
    sys.exit(main())
