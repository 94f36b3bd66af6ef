"""Statistical Arabic NER: a CRF tagger over PER/ORG/LOC/MISC (see tagger.py)."""
