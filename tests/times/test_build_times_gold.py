"""The gold builder (scripts/build_times_gold.py) refuses a value its editor mangled, naming file and line,
and keeps the rest of the set."""

import importlib.util

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("build_times_gold", ROOT / "scripts" / "build_times_gold.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def test_a_value_with_a_right_to_left_mark_is_named_and_left_out(tmp_path):
    source = tmp_path / "times-heldout-zz.tsv"
    source.write_text("# header\n"
                      "100\tحاليا\tP\u200fESENT_\u200fEF\n"     # the R of PRESENT_REF replaced by RLM
                      "100\tأمس\t2015-07-20\n"
                      "100\tخلال الأيام الماضية\tPXD\t2\n"
                      "101\n", encoding="utf-8")
    articles, problems = build.read_annotations(source)
    assert articles == {100: [("أمس", "2015-07-20", 1), ("خلال الأيام الماضية", "PXD", 2)], 101: []}
    assert problems == [f"{source}:2: value 'P\\u200fESENT_\\u200fEF' has a character that is not printable ASCII"]


def test_every_shipped_value_is_plain_ascii():
    for source in sorted((ROOT / "tests" / "gold" / "src").glob("times-*.tsv")):
        _articles, problems = build.read_annotations(source)
        assert problems == [], problems
