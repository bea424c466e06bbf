#!/usr/bin/env python3
"""Merge translations from a JSON file into the .ts files.

    python3 i18n/ts_fill.py translations.json [--keep-going]

The file maps language -> context -> English source -> translation:

    {"ru": {"DeminingDock": {"Items found": "Найдено предметов"}},
     "az": {"*": {"Team": "Komanda"}}}

Context "*" fills that source in every context that has it. Empty translations are
skipped. Entries filled are marked finished. Sources the .ts does not hold are listed
(run `make i18n` first) and make the exit status 1. Placeholders ({n}, {}, %s) must be the
same in the translation as in the source, or the entry is refused.
"""

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tslib  # noqa: E402

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9]*[sdfn]|%\d")


def placeholders(text: str) -> list:
    return sorted(_PLACEHOLDER.findall(text))


def fill(language: str, entries: dict) -> list:
    """Fill ``entries`` (context -> source -> translation) into the language's .ts; the
    problems found, as lines of text."""
    path = tslib.ts_path(language)
    if not path.exists():
        return [f"{language}: {path.name} does not exist (run `make i18n`)"]
    ts = tslib.TsFile(path)
    by_key = ts.by_key()
    by_source = {}
    for message in by_key.values():
        by_source.setdefault(message.source, []).append(message)
    problems, filled = [], 0
    for context, sources in entries.items():
        for source, translation in sources.items():
            if not translation:
                continue
            targets = by_source.get(source, []) if context == "*" else \
                [by_key[(context, source)]] if (context, source) in by_key else []
            if not targets:
                problems.append(f"{language}: not in the .ts: [{context}] {source!r}")
                continue
            if placeholders(source) != placeholders(translation):
                problems.append(f"{language}: placeholders differ: [{context}] {source!r} -> {translation!r}")
                continue
            for message in targets:
                ts.set_translation(message, translation)
                filled += 1
    ts.write(language)
    print(f"{language}: {filled} entries filled")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", help="JSON files: language -> context -> source -> translation")
    args = parser.parse_args(argv)
    problems = []
    for name in args.files:
        data = json.loads(Path(name).read_text(encoding="utf-8"))
        for language, entries in data.items():
            problems += fill(language, entries)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
