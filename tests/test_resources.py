"""Every shipped resource is listed in MANIFEST.json with its source, licence and checksum."""

from khabar import resources


def test_manifest_lists_every_resource_with_a_matching_checksum():
    assert resources.verify() == []


def test_manifest_entries_are_complete():
    for entry in resources.manifest():
        assert set(entry) >= {"path", "version", "source", "licence", "sha256"}, entry
        assert entry["licence"] and entry["source"]


def test_resources_derived_from_share_alike_data_are_attributed_in_notice():
    from pathlib import Path

    notice = (Path(__file__).resolve().parent.parent / "NOTICE").read_text(encoding="utf-8")
    for needle in ("GeoNames", "ANERcorp", "CC BY-SA"):
        assert needle in notice
