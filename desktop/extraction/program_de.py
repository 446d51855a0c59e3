"""Program items as German reports write them, as more keyword rules for ``program``.

German compounds put the item in one word ("Filmvorführung", "Podiumsdiskussion",
"Volkstänze", "Ehrenurkunden") that the English-style word boundaries of the shared rules
miss, and German tells customs and courtesies in its own words ("Eierklopfen", "der
Sprung über das Feuer", "ein Büffet mit Spezialitäten", "Grußworte").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

RULES_DE: list[tuple[str, re.Pattern[str]]] = [
    ("speech", re.compile(r"\bBegrüßung\b|\bFestrede\w*|\bVorträge?n?\b|\bReferat\w*", _I)),
    ("film_screening", re.compile(r"\w*filmvorführung\w*|\bFilmabend\w*", _I)),
    ("video_screening", re.compile(
        r"\bVideo(?:präsentation|vorführung|beitr(?:a|ä)g|clip|film)\w*|\bVideos?\b", _I)),
    ("open_discussion", re.compile(
        r"\w+diskussion\w*|\bGesprächsrunde\w*|\bFragerunde\w*|\bDiskussion\w*", _I)),
    ("dance_performance", re.compile(
        r"\w+tänze\b|\w*tanzgruppe\w*|\w*tanzensemble\w*|\bgetanzt\b", _I)),
    ("music_performance", re.compile(
        r"\w+lieder\b|\bStreichquartett\w*|\bmusikalisch\w*|\bMugham\w*", _I)),
    ("poetry_recitation", re.compile(r"\brezitiert\w*|\bRezitation\w*|\bvorgetragen\b", _I)),
    ("reception", re.compile(
        r"\bEmpfang\b|\bBü(?:f|ff)et\w*|\bBuffet\w*|\bSpezialitäten\b|\bbewirtet\w*"
        r"|\bImbiss\w*|\bGerichte(?:n)?\b", _I)),
    ("egg_tapping", re.compile(r"\bEier(?:klopfen|titschen|pecken)\b|\bEier\b[^.;]{0,30}klopf",
                               _I)),
    ("bonfire", re.compile(
        r"\b(?:Sprung|Springen|sprangen|sprang)\b[^.;]{0,20}\bFeuer\b|\bFeuersprung\w*"
        r"|\bNovruz-?Feuer\w*", _I)),
    ("award_ceremony", re.compile(
        r"\w*urkunden?\b|\bAuszeichnung\w*|\bausgezeichnet\b|\bPreisverleihung\w*"
        r"|\bMedaillen?\b", _I)),
    ("gift_presentation", re.compile(r"\bGeschenk\w*|\bbeschenkt\b", _I)),
    ("wreath_laying", re.compile(
        r"\blegten\b[^.;]{0,60}\b(?:Blumen|Kränze|Nelken|Kranz)\b|\bKranz\b[^.;]{0,40}"
        r"\bniedergelegt", _I)),
    ("national_anthem", re.compile(r"\w*hymnen?\b", _I)),
    ("flag_hoisting", re.compile(r"\b(?:Flagge|Fahne)n?\b[^.;]{0,40}\bgehisst", _I)),
    ("book_presentation", re.compile(
        r"\bBuch(?:vorstellung|präsentation)\w*|\bBuch\b[^.;]{0,40}\bvorgestellt", _I)),
    ("prayer", re.compile(r"\bGebet\w*|\bKoransure\w*", _I)),
    ("distribution_of_literature", re.compile(
        r"\b(?:Broschüren|Flyer|Flugblätter|Infomaterial\w*|Bücher)\b[^.;]{0,40}\bverteilt", _I)),
    ("photo_session", re.compile(r"\b(?:Gruppen|Erinnerungs)fotos?\b", _I)),
]
"""(program item type code, pattern) rules for German, read with the shared ones."""
