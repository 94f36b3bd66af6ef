"""How many distinct words each per-word cache keeps.

Stages cache their work per distinct surface word (its normalised key, its clitic pieces,
whether it can open a time expression, its KB readings, its NER features): news repeats its
vocabulary, so most tokens of an article are cache hits. A long batch meets hundreds of
thousands of distinct words, though, and caches sized for all of them took a worker past the
brief's 400 MB; 60,000 words hold about a thousand articles' vocabulary, which keeps nearly
all of the hits.
"""

WORD_CACHE_SIZE = 60_000
