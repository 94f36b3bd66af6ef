"""Time expressions and quantities: lexicon-driven grammars over the normalised key.

``khabar.temporal.times.find_times`` and ``khabar.temporal.quantities.find_quantities``
work on a key string; the stages in khabar/stages/times.py and quantities.py map their
results back to original offsets and attach TimeExpr / Quantity records.
"""
