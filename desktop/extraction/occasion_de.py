"""Occasions and anniversaries as German reports of the genre write them.

The genre's calendar in German ("Tag der Unabhängigkeit", "Gedenktag an die Opfer von
Chodschali", "Novruz-Fest", "Geburtstag Heydar Aliyevs"), each with its genitive, which
German puts on the first noun ("anlässlich des Tages der Unabhängigkeit", "des 100.
Geburtstags"). The lexicon adds them as more names of the data set's occasion of that
English name, or as an occasion of its own when the data set has none.

Stated anniversaries: "zum 34. Jahrestag", "jährte sich zum 33. Mal", "des 100.
Geburtstags", "vor 106 Jahren" (an edition, "zum 5. Mal findet das Festival statt", is none).
"""

from __future__ import annotations

import re

# (English name as in the reference data, its reference date, kind, German names)
_OCCASIONS = [
    ("Independence Day (May 28)", "1918-05-28", "national holiday",
     "Tag der Unabhängigkeit; Unabhängigkeitstag; Tag der Republik; Republiktag;"
     " Tag der Unabhängigkeit Aserbaidschans; Unabhängigkeitstag Aserbaidschans"),
    ("Independence Restoration Day (October 18)", "1991-10-18", "national holiday",
     "Tag der Wiederherstellung der Unabhängigkeit"),
    ("Heydar Aliyev's birthday", "1923-05-10", "commemoration",
     "Geburtstag Heydar Aliyevs; Geburtstag von Heydar Aliyev;"
     " Geburtstag des Nationalleaders Heydar Aliyev; Geburtstag des nationalen Leaders"
     " Heydar Aliyev; Geburtstag Heydar Alijews; Geburtstag von Heydar Alijew"),
    ("Heydar Aliyev Remembrance Day", "2003-12-12", "commemoration",
     "Todestag Heydar Aliyevs; Todestag von Heydar Aliyev"),
    ("Genocide of Azerbaijanis (March 31)", "1918-03-31", "commemoration",
     "Völkermord an den Aserbaidschanern; Tag des Völkermords an den Aserbaidschanern"),
    ("Khojaly genocide", "1992-02-26", "commemoration",
     "Völkermord in Chodschali; Chodschali-Völkermord; Chodschali-Genozid;"
     " Genozid von Chodschali; Gedenktag an die Opfer von Chodschali; Chodschali-Gedenktag"),
    ("20 January tragedy", "1990-01-20", "commemoration",
     "Tragödie des 20. Januar; Tragödie vom 20. Januar 1990; Blutiger Januar;"
     " Opfer des 20. Januar; Schwarzer Januar 1990"),
    ("Victory Day (November 8)", "2020-11-08", "national holiday", "Tag des Sieges am 8. November"),
    ("Remembrance Day (September 27)", "2020-09-27", "commemoration",
     "Tag der Erinnerung am 27. September"),
    ("Solidarity Day of World Azerbaijanis", "1991-12-31", "national holiday",
     "Tag der Solidarität der Aserbaidschaner; Solidaritätstag der Aserbaidschaner der Welt;"
     " Tag der Solidarität aller Aserbaidschaner"),
    ("National Flag Day", "1918-11-09", "national holiday", "Tag der Nationalflagge; Flaggentag"),
    ("Constitution Day", "1995-11-12", "national holiday", "Tag der Verfassung; Verfassungstag"),
    ("Novruz", None, "national holiday",
     "Novruz-Fest; Nowruz-Fest; Novruzfest; Novruz-Bayram; Frühlingsfest Novruz"),
    ("International Mother Language Day", "2000-02-21", "cultural date",
     "Internationaler Tag der Muttersprache; Tag der Muttersprache"),
    ("German Unity Day", "1990-10-03", "national holiday", "Tag der Deutschen Einheit"),
]


def _genitives(alias: str) -> list[str]:
    """The alias and its genitive: "Tag der X" -> "Tages der X", "Geburtstag Y" ->
    "Geburtstags Y", "Novruz-Fest" -> "Novruz-Festes"."""
    first, _space, rest = alias.partition(" ")
    forms = [alias]
    lower = first.casefold()
    if lower.endswith("tag"):
        forms += [f"{first}es {rest}".strip(), f"{first}s {rest}".strip()]
    elif lower.endswith("fest"):
        forms.append(f"{first}es {rest}".strip())
    elif lower.endswith(("mord", "genozid", "massaker")):
        forms.append(f"{first}s {rest}".strip())
    return forms


GERMAN_OCCASIONS: list[tuple[str, str | None, str, str]] = [
    (name, date, kind, "; ".join(form for alias in aliases.split(";")
                                 for form in _genitives(alias.strip())))
    for name, date, kind, aliases in _OCCASIONS
]
"""(name, reference date, kind, "; "-joined German names with their genitives)."""

ANNIVERSARY_RES_DE = [
    re.compile(r"\bjährt\w*\s+sich\s+(?:\w+\s+){0,4}?zum\s+(?P<n>\d{1,3})\.\s+Mal"),
    re.compile(r"\b(?P<n>\d{1,3})\.\s+(?:\w+\s+)?(?:Geburtstag|Todestag|Wiederkehr)",
               re.IGNORECASE),
    re.compile(r"\bvor\s+(?P<n>\d{1,3})\s+Jahren\b"),
]
