"""The sound keys are stored: every data set holds ``db.sound.sound_key`` of each alias
(migration 0019), computed by the app when the alias was written. A change of the rules
leaves the stored keys of every existing data set stale, and the search silently misses
what it found before, unless a migration computes them again (as 0019 does)."""

from __future__ import annotations

from db.sound import sound_key

STORED = {
    "Джафаров": "cafarov", "Cəfərov": "cafarov", "Жале": "jala", "Чингиз": "cingiz",
    "Шахин": "saxin", "Khalilov": "xalilov", "Хасай": "xasai", "Гасай": "gasai",
    "Hüseynov": "husainov", "Qurbanov": "gurbanov", "Ələkbərov": "alakbarov",
    "Алекперов": "alakbarov", "Məmmədov": "mamadov", "Эльчин": "alcin", "Yusif": "usif",
    "Гянджа": "ganca",
}
"""Names whose keys cover every rule, as data sets written by this version store them."""


def test_the_keys_data_sets_store_change_only_with_a_migration():
    """If this fails after a change of db.sound's rules, add a migration that computes
    ``search_sound`` of every alias again (see 0019's upgrade), then update STORED."""
    assert {name: sound_key(name) for name in STORED} == STORED
