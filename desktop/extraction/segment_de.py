"""Sentences that introduce an event, in German.

German tells an event with a verb that often needs no event noun ("versammelten sich rund
sechzig Landsleute", "lud ... zu einem Novruz-Fest ein", "gab einen Empfang") and puts the
verb second, after a place or a date ("In Salzburg organisierte die Gemeinde ...", "Am
Samstag feierte der Verein ..."), or splits it ("fand ... statt", "lud ... ein"). The
perfect of a lead ("haben ... gedacht") sums a report up and is no event of its own.
"""

from __future__ import annotations

import re

_INTRO_DE = re.compile(
    r"\b(?:lud|luden)\b[^;]{0,160}?\bein\b"
    r"|\bzu\s+(?:einer|einem|ihrer|ihrem|seiner|seinem)\b[^;]{0,120}?"
    r"\b(?:eingeladen|aufgerufen)\b"
    r"|\b(?:versammelten|trafen|versammelte|trafen)\s+sich\b"
    r"|\bkamen\b[^;]{0,120}?\bzusammen\b"
    r"|\b(?:feierte|feierten|beging|begingen|gedachte|gedachten|organisierte|organisierten"
    r"|veranstaltete|veranstalteten|richtete|richteten)\b"
    # announcements in the present: "veranstaltet der Verein ... ein Kinderfest", "lädt ... ein"
    r"|\b(?:veranstaltet|organisiert|feiert|feiern|begeht|gedenkt)\s+(?:der|die|das)\b"
    r"|\b(?:lädt|laden)\b[^;]{0,160}?\bein\b"
    # "folgten der Einladung ...", "kamen ..., um gemeinsam Novruz zu feiern"
    r"|\bEinladung\b[^;]{0,160}?\bgefolgt\b|\bfolgten\b[^;]{0,40}\bEinladung\b"
    r"|\bum\b[^;]{0,80}?\bzu\s+(?:feiern|gedenken|begehen)\b"
    r"|\b(?:fand|finden|findet)\b[^;]{0,160}?\bstatt\b"
    r"|\bgab\b[^;]{0,80}?\b(?:Empfang|Konzert|Festabend|Kulturabend)\b"
    r"|\b(?:zeigt|zeigte|zeigen)\b[^;]{0,80}?(?:ausstellung|film)\w*\b"
    r"|\b(?:hatte|hat|hatten)\b[^;]{0,160}?\b(?:gefeiert|gedacht|begangen|organisiert"
    r"|veranstaltet|ausgerichtet)\b"
    r"|\b(?:wird|werden)\b[^;]{0,80}?\b(?:erinnert|gedacht|gefeiert)\b",
)
# A lead: several places or the country as a whole ("In mehreren Städten Deutschlands",
# "Die Aserbaidschaner in Österreich haben ... gedacht").
_SUMMARY_DE = re.compile(
    r"\b(?:in|In)\s+(?:mehreren|vielen|zahlreichen|verschiedenen|einigen)\s+"
    r"(?:Städten|Ländern|Orten|Regionen|Bundesländern|Kantonen)\b"
    r"|\b(?:zahlreiche|mehrere|viele|verschiedene)\s+(?:Veranstaltungen|Gedenkveranstaltungen"
    r"|Aktionen|Feiern)\b"
)
# An opening that moves to another day: one more event ("Tags darauf, am Sonntag, lud ...",
# "Bereits am 27. Mai veranstaltet ...", "Eine Woche zuvor ... hatte ...").
BESIDES_DE = (
    r"Tags darauf|Am (?:folgenden|nächsten|darauffolgenden) Tag|Einen Tag (?:später|zuvor|davor)"
    r"|Eine Woche (?:später|zuvor|davor|vorher)|(?:Bereits|Schon) am (?:\d|Vortag|Montag"
    r"|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
)
# A German clause that opens on its place: "Auch in der Hansestadt Hamburg wird ...",
# "In der Stadt München feierte ...".
PLACE_OPENER_DE = re.compile(
    r"^(?:(?:Auch|Ebenfalls|Zudem|Außerdem|Bereits|Schon|Und)\s+)?[Ii][nm]\s+"
    r"(?:der\s+|dem\s+)?(?:(?:Hanse|Landeshaupt|Bundeshaupt|Haupt|Messe|Universitäts)?"
    r"[Ss]tadt\s+|Gemeinde\s+|Kanton\s+)?[A-ZÄÖÜ]"
)


def is_intro_de(text: str) -> bool:
    """Whether a German sentence tells that an event took place (or will)."""
    return bool(_INTRO_DE.search(text)) and not is_summary_de(text)


def is_summary_de(text: str) -> bool:
    """Whether a German sentence sums up events in several places."""
    return bool(_SUMMARY_DE.search(text))
