"""`khabar eval TASK GOLD [--json]`: score khabar against a gold file.

Dispatches by task name to ``khabar.eval.<task>.run(gold_path, as_json) -> int``; a task is
added by writing that module, nothing here changes.
"""

from __future__ import annotations

import argparse
import inspect
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
    parser.add_argument("--against", metavar="SECOND",
                        help="score a second annotation of the same articles instead of khabar "
                             "(inter-annotator agreement; tasks that support it: times)")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    if args.task not in available_tasks():
        print(f"error: unknown eval task {args.task!r}; known: {', '.join(available_tasks())}", file=sys.stderr)
        return 2
    run = import_module(f"khabar.eval.{args.task}").run
    if args.against is None:
        return int(run(args.gold, args.json) or 0)
    if "against" not in inspect.signature(run).parameters:
        print(f"error: eval {args.task} has no --against", file=sys.stderr)
        return 2
    return int(run(args.gold, args.json, against=args.against) or 0)
