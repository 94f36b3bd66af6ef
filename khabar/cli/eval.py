"""`khabar eval TASK GOLD [--json]`: score khabar against a gold file.

Dispatches by task name to ``khabar.eval.<task>.run(gold_path, as_json) -> int``; a task is
added by writing that module, nothing here changes.
"""

from __future__ import annotations

import argparse
import pkgutil
import sys
from importlib import import_module

import khabar.eval


def available_tasks() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(khabar.eval.__path__) if not m.name.startswith("_"))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("eval", help="score khabar against a gold file",
                                   description=__doc__.split("\n")[0])
    parser.add_argument("task", help="what to score: " + ", ".join(available_tasks()))
    parser.add_argument("gold", help="the gold file")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    if args.task not in available_tasks():
        print(f"error: unknown eval task {args.task!r}; known: {', '.join(available_tasks())}", file=sys.stderr)
        return 2
    return int(import_module(f"khabar.eval.{args.task}").run(args.gold, args.json) or 0)
