"""Evaluators: one module per task (`khabar eval <task> GOLD [--json]`), each with
``run(gold_path, as_json) -> int``."""
