"""khabar — Arabic news into verifiable structured data."""

__version__ = "0.1.0"
SCHEMA_VERSION = "khabar/1"


def __getattr__(name: str):
    """`khabar.extract(text, published=...)` without importing the pipeline at package import."""
    if name in ("extract", "extract_article"):
        from khabar import core

        return getattr(core, name)
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")
