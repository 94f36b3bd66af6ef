"""Build khabar/resources/temporal/grammar_guards.json: the first-character guard of each alternative
of the times grammar, so that start-up need not parse them (khabar/temporal/firstchars.py).

    .venv/bin/python scripts/build_grammar_guards.py

Run it after changing an alternative of khabar/temporal/grammar.py (or a lexicon it is built from);
tests/times/test_grammar_guards.py fails while the table is stale. A stale table never changes what
is matched: a pattern missing from it is parsed at start-up as before.
"""

from __future__ import annotations

import json

from khabar.temporal import firstchars, grammar


def main() -> None:
    firstchars.shipped_guards.cache_clear()
    firstchars.GUARDS_FILE = firstchars.GUARDS_FILE.with_suffix(".ignored")  # parse every pattern afresh
    grammar.time_regex.cache_clear()
    grammar.time_regex()
    grammar.time_regex(grammar.RARE_ALTERNATIVES)
    out = firstchars.GUARDS_FILE.with_suffix(".json")
    table = {"about": "first-character guards of the times grammar, by sha1 of each alternative's pattern",
             "guards": dict(sorted(firstchars.USED.items()))}
    out.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(firstchars.USED)} guards written to {out}")


if __name__ == "__main__":
    main()
