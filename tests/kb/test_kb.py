"""The knowledge base and the gazetteer matcher on hand-built Arabic."""

import subprocess
import sys
from pathlib import Path

from khabar.kb import gazetteer_word_tags, load_kb
from khabar.kb.matcher import word_bases
from khabar.stages.resolve import holder_at

ROOT = Path(__file__).resolve().parents[2]


def tags(sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    return list(zip(words, gazetteer_word_tags(words)))


def test_clitics_are_stripped_for_lookup():
    assert (1, "روسيا") in word_bases("وروسيا")
    assert (1, "الامم") in word_bases("للامم")
    assert (2, "سوريا") in word_bases("وبسوريا")
    assert tags("وروسيا وبسوريا للأمم المتحدة") == [
        ("وروسيا", "B-LOC"), ("وبسوريا", "B-LOC"), ("للأمم", "B-ORG"), ("المتحدة", "I-ORG")]


def test_longest_match_and_patterns():
    assert tags("وزارة الدفاع الروسية") == [("وزارة", "B-ORG"), ("الدفاع", "I-ORG"), ("الروسية", "I-ORG")]
    assert [t for _, t in tags("الولايات المتحدة الأمريكية")] == ["B-LOC", "I-LOC", "I-LOC"]
    assert [t for _, t in tags("والرئيس الروسي")] == ["B-PER", "I-PER"]
    assert [t for _, t in tags("وزير خارجية السعودية")] == ["B-PER", "I-PER", "I-PER"]


def test_diacritics_and_alef_variants():
    assert [t for _, t in tags("الشرق الاوسط")] == ["B-LOC", "I-LOC"]
    assert [t for _, t in tags("دِمَشْقَ")] == ["B-LOC"]


def test_names_run_over_quote_marks():
    assert [t for _, t in tags('نادي " فالداي "')] == ["B-ORG", "O", "I-ORG", "O"]


def test_common_words_are_not_places():
    assert [t for _, t in tags("في العالم نادي بشار أمان الخبر")] == ["O"] * 6
    # a place name that is also a word matches after a place word
    assert [t for _, t in tags("مدينة الخبر")] == ["O", "B-LOC"]


def test_short_person_forms_need_the_article():
    assert [t for _, t in tags("الأسد")] == ["O"]
    assert [t for _, t in tags("بشار الأسد")] == ["B-PER", "I-PER"]


def test_titles_resolve_by_date():
    kb = load_kb()
    assert holder_at(kb, "president@RUS", "2015-10-22").name_en == "Vladimir Putin"
    assert holder_at(kb, "president@RUS", "2010-01-01").name_en == "Dmitry Medvedev"
    assert holder_at(kb, "president@USA", "2015-07-01").name_en == "Barack Obama"
    assert holder_at(kb, "king@SAU", "2015-08-01").name_en == "King Salman bin Abdulaziz"
    assert holder_at(kb, "secretary-general@UN", "2015-08-01").name_en == "Ban Ki-moon"


def test_entries_carry_ids_roles_and_coordinates():
    kb = load_kb()
    sochi = kb.get("geo:491422")
    assert sochi.name_en == "Sochi" and sochi.country == "RUS" and sochi.lat and sochi.kb == "geonames:491422"
    assert kb.get("gov:RUS").name_en == "Government of Russia"
    assert kb.get("org:RUS:ministry-of-defence").name_en == "Russian Ministry of Defence"
    assert kb.get("kb:islamic-state").role == "REB"
    assert kb.get("country:SYR").name_en == "Syria"


def test_builder_fails_clearly_without_shared(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts/build_kb.py"), "--shared", str(tmp_path / "none")],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "missing" in result.stderr and "shipped KB" in result.stderr
