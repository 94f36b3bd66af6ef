import json

from khabar.cli import main
from tests.conftest import FIXTURES, SEED_NAME


def test_quotes_verb_groups_by_speaker(capsys):
    assert main(["quotes", str(FIXTURES / f"{SEED_NAME}.txt"), "--published", "2015-10-22", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    counts = {g["speaker_en"]: len(g["quotes"]) for g in groups}
    assert counts == {"Vladimir Putin": 8, "Russian Ministry of Defence": 1, "Government of Russia": 1}


def test_quotes_verb_text_output(capsys):
    assert main(["quotes", str(FIXTURES / f"{SEED_NAME}.txt"), "--published", "2015-10-22"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("فلاديمير بوتين (Vladimir Putin): 8") or "(Vladimir Putin): 8" in out


def test_quotes_verb_missing_file(capsys):
    assert main(["quotes", "/nonexistent/article.txt"]) == 2
    assert "no such file" in capsys.readouterr().err
