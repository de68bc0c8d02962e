#!/usr/bin/env python3
"""Checks the Qt Linguist files a translator keeps: complete, current, typographically French.

translations/recaisse_fr.ts is the shipped interface; translations/recaisse_en.ts holds only the
English plural forms (English is the source language: "%n ticket(s)" needs "%n ticket" and
"%n tickets"). Both are kept by lupdate (`cmake --build build/ci --target update_translations`)
and edited in Qt Linguist; see translations/README.md.

Fails (exit status 1), naming each message, when:
- a message is unfinished, vanished or obsolete (the sources changed and nobody translated or
  removed it), or has an empty translation or plural form;
- with --lupdate LUPDATE --project JSON, the files are not what lupdate makes of today's sources (a tr() added or
  changed without running update_translations);
- a French text uses a straight apostrophe or writes "Déchetterie" (the spelling is "déchèterie");
- an English plural form still says "(s)", or a source text carries a keyboard shortcut
  ("Sell (F2)"): the shortcut is added by the code from the key itself.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHORTCUT = re.compile(r"\((F\d+|Esc|Enter|Ctrl\+[^)]*|Alt\+[^)]*|Shift\+[^)]*)\)")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") == "yes")


def texts(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def where(context, message):
    return f"[{context}] {message.findtext('source')!r}"


def check_states(path, problems):
    for context, message in messages(path):
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "missing"
        if state in {"unfinished", "vanished", "obsolete", "missing"}:
            problems.append(f"{path.name}: {state}: {where(context, message)}")
        elif any(not text.strip() for text in texts(message)) or not texts(message):
            problems.append(f"{path.name}: empty translation: {where(context, message)}")


def check_french(path, problems):
    for context, message in messages(path):
        source = message.findtext("source") or ""
        if SHORTCUT.search(source):
            problems.append(f"source text carries a keyboard shortcut: {where(context, message)}")
        for text in texts(message):
            if "'" in re.sub(r"<[^>]*>", "", text):
                problems.append(f"{path.name}: straight apostrophe (use ’): {where(context, message)}")
            if re.search(r"[Dd]échetterie|[Dd]echetterie", text):
                problems.append(f"{path.name}: write « déchèterie »: {where(context, message)}")


def check_english(path, problems):
    for context, message in messages(path):
        if message.get("numerus") != "yes":
            problems.append(f"{path.name}: not a plural message: {where(context, message)}")
            continue
        forms = texts(message)
        if len(forms) != 2 or len(set(forms)) == 1 and "(s)" in (message.findtext("source") or ""):
            problems.append(f"{path.name}: needs a singular and a plural form: {where(context, message)}")
        if any("(s)" in form for form in forms):
            problems.append(f"{path.name}: a plural form still says (s): {where(context, message)}")


def check_current(lupdate, project, fr, en, problems):
    """Runs lupdate on copies and compares the set of messages with the committed files."""
    with tempfile.TemporaryDirectory() as tmp:
        for path, options in ((fr, []), (en, ["-pluralonly"])):
            copy = Path(tmp) / path.name
            shutil.copy(path, copy)
            result = subprocess.run([lupdate, "-silent", "-locations", "none", *options,
                                     "-project", str(project), "-ts", str(copy)],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"lupdate failed on {path.name}: {result.stderr.strip()}")
                continue
            committed = {key(c, m) for c, m in messages(path)}
            current = {key(c, m) for c, m in messages(copy)
                       if (m.find("translation") is None
                           or m.find("translation").get("type") not in {"vanished", "obsolete"})}
            for added in sorted(current - committed):
                problems.append(f"{path.name}: new in the sources, not in the file: [{added[0]}] {added[1]!r}"
                                " (run the update_translations target)")
            for gone in sorted(committed - current):
                problems.append(f"{path.name}: no longer in the sources: [{gone[0]}] {gone[1]!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lupdate", help="lupdate, to compare the files with today's sources")
    parser.add_argument("--project", type=Path,
                        help="the lupdate project listing the sources (app/translations-check.json"
                        " in the build directory)")
    parser.add_argument("--fr", type=Path, default=ROOT / "translations" / "recaisse_fr.ts")
    parser.add_argument("--en", type=Path, default=ROOT / "translations" / "recaisse_en.ts")
    args = parser.parse_args()

    problems = []
    for path in (args.fr, args.en):
        check_states(path, problems)
    check_french(args.fr, problems)
    check_english(args.en, problems)
    if args.lupdate:
        if not args.project:
            parser.error("--lupdate needs --project")
        check_current(args.lupdate, args.project, args.fr, args.en, problems)
    for problem in problems:
        print(problem)
    count = sum(1 for _ in messages(args.fr))
    print(f"{count} French messages, {sum(1 for _ in messages(args.en))} English plural forms, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
