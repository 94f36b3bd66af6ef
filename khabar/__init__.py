"""khabar — Arabic news into verifiable structured data."""

__version__ = "0.1.0"
SCHEMA_VERSION = "khabar/1"
