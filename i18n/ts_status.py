#!/usr/bin/env python3
"""What the translation files still lack, per language.

    python3 i18n/ts_status.py                 # summary, then every entry to fix
    python3 i18n/ts_status.py --todo todo.json   # also write the untranslated sources as a
                                              # template for ts_fill.py
    python3 i18n/ts_status.py --no-pylupdate  # skip the pylupdate5 comparison
    python3 i18n/ts_status.py --raw-messages  # also list errors raised in English (to convert)

Lists, for each language: unfinished entries (no translation yet), obsolete entries
(no longer in the code), and strings the code translates that the .ts lacks (run
`make i18n`). Then calls pylupdate5 cannot collect (f-strings, ``_tr()``, ``tr()`` outside
a class, a trailing comma or a line break before the closing parenthesis). Exit status 1
when anything is listed.
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tslib  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--todo", help="write untranslated entries as JSON for ts_fill.py")
    parser.add_argument("--no-pylupdate", action="store_true", help="do not compare with pylupdate5")
    parser.add_argument("--languages", nargs="*", default=None)
    parser.add_argument("--raw-messages", action="store_true",
                        help="also list error messages raised in English without translation (not an error)")
    args = parser.parse_args(argv)

    strings, problems = tslib.scan_code()
    if not args.no_pylupdate:
        collected = tslib.pylupdate_keys()
        for s in strings:
            if (s.context, s.source) not in collected:
                problems.append(tslib.CodeProblem(
                    s.path, s.line, f"pylupdate5 does not collect [{s.context}] {s.source[:60]!r}: put the closing "
                                    "parenthesis right after the string, with no trailing comma"))
    bad = bool(problems)
    todo = {}
    for language in args.languages or tslib.languages_present():
        status = tslib.language_status(language, strings)
        print(f"{language}: {status.total} strings, {status.finished} translated, "
              f"{len(status.unfinished)} unfinished, {len(status.obsolete)} obsolete, "
              f"{len(status.missing)} missing from the .ts")
        for m in status.unfinished:
            print(f"  unfinished  [{m.context}] {m.source!r}")
        for m in status.obsolete:
            print(f"  obsolete    [{m.context}] {m.source!r}")
        for s in status.missing:
            print(f"  missing     [{s.context}] {s.source!r} ({s.path}:{s.line})")
        bad = bad or bool(status.unfinished or status.obsolete or status.missing)
        entries = {}
        for m in status.unfinished:
            entries.setdefault(m.context, {})[m.source] = ""
        for s in status.missing:
            entries.setdefault(s.context, {})[s.source] = ""
        if entries:
            todo[language] = entries
    for problem in problems:
        print(f"code: {problem}")
    if args.raw_messages:
        raw = tslib.untranslated_messages()
        print(f"{len(raw)} error messages raised in English without translate():")
        for message in raw:
            print(f"  {message}")
    if args.todo:
        Path(args.todo).write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.todo}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
