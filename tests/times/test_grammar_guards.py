"""The shipped first-character guards (khabar/resources/temporal/grammar_guards.json) cover the grammar."""

from khabar.temporal import firstchars, grammar


def test_every_alternative_guard_is_shipped():
    grammar.time_regex.cache_clear()
    firstchars.MISSED.clear()
    grammar.time_regex()
    grammar.time_regex(grammar.RARE_ALTERNATIVES)
    assert not firstchars.MISSED, "stale guards: run scripts/build_grammar_guards.py"


def test_shipped_guards_are_what_parsing_gives(monkeypatch, tmp_path):
    grammar.time_regex.cache_clear()
    from_table = grammar.time_regex().pattern
    monkeypatch.setattr(firstchars, "GUARDS_FILE", tmp_path / "none.json")
    firstchars.shipped_guards.cache_clear()
    grammar.time_regex.cache_clear()
    try:
        assert grammar.time_regex().pattern == from_table
    finally:
        firstchars.shipped_guards.cache_clear()
        grammar.time_regex.cache_clear()


def test_a_new_pattern_is_parsed_not_looked_up():
    firstchars.MISSED.clear()
    assert firstchars.guard("(?:غدا|أمس)\\s+الخميس") == "(?=[أغ])"
    assert firstchars.MISSED
