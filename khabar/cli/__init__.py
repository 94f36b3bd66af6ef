"""The `khabar` command: thin verbs over khabar.core.

Each verb lives in its own module here with a ``register(subparsers)`` function that
adds its parser and sets ``func``; a verb is added by listing its module below.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from khabar import __version__

COMMANDS = ["extract", "demo", "bench", "eval", "ingest", "export", "quotes"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khabar", description="Arabic news into verifiable structured data.")
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"khabar.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
