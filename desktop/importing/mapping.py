"""Which column holds which event field: guessed from headers, saved as JSON.

Clerks label columns in English, Russian or Azerbaijani and in their own words;
headers are compared after :func:`db.names.normalize` (script- and case-blind),
so "Дата", "Tarix" and "Date" all land on the start date. The app's own export
headers (``desktop.reports.sheets_events``) and the entry template's are in
the table too, so those files map without a question.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from db.messages import _, current_language
from db.names import normalize
from desktop.reports.headers import COMPUTED_HEADERS, ENGLISH_NAME_HEADERS
from desktop.reports.language import catalog, in_every_language

FIELDS: dict[str, str] = {
    "uuid": "Event UUID",
    "title": "Title",
    "start_date": "Start date",
    "end_date": "End date",
    "date_precision": "Date precision",
    "event_type": "Event type",
    "occasion": "Occasion",
    "anniversary": "Anniversary",
    "country": "Country",
    "country_code": "Country code",
    "region": "Region",
    "region_code": "Region code",
    "city": "City",
    "venue": "Venue",
    "place_as_written": "Place as written",
    "place_precision": "Place precision",
    "organizers": "Organizers",
    "speakers": "Speakers",
    "program": "Program",
    "attendance": "Attendance",
    "description": "Description",
    "status": "Status",
    "source_publisher": "Source publisher",
    "source_passed_on_by": "Passed on by",
    "source_published": "Published",
    "source_url": "Source URL",
    "created_at": "Created (UTC)",
    "created_by": "Created by",
    "updated_at": "Updated (UTC)",
    "updated_by": "Updated by",
    "version": "Version",
}
"""Every importable field and its English label (the template's header)."""

REQUIRED = ("title", "start_date")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("uuid", "id", "event id", "event uuid", "идентификатор", "identifikator"),
    "title": ("title", "name", "event", "event title", "название", "наименование",
              "мероприятие", "заголовок", "название мероприятия",
              "наименование мероприятия", "ad", "adi", "başlıq", "tədbir", "tədbirin adı"),
    "start_date": ("date", "start date", "start", "from", "дата", "дата начала", "начало",
                   "с", "дата проведения", "дата мероприятия", "дата проведения мероприятия",
                   "tarix", "başlama tarixi", "başlanğıc tarixi", "tarixi", "tədbirin tarixi",
                   "keçirilmə tarixi", "tədbirin keçirilmə tarixi", "keçirildiyi tarix"),
    "end_date": ("end date", "end", "to", "until", "дата окончания", "окончание", "по",
                 "bitmə tarixi", "son tarix"),
    "date_precision": ("date precision", "точность даты", "tarixin dəqiqliyi"),
    "event_type": ("event type", "type", "kind", "тип", "тип мероприятия", "вид",
                   "вид мероприятия", "növ", "tədbirin növü", "tip"),
    "occasion": ("occasion", "dedicated to", "повод", "посвящено", "посвящение", "тема",
                 "münasibət", "həsr olunub", "mövzu"),
    "anniversary": ("anniversary", "anniversary reported", "годовщина", "юбилей",
                    "ildönümü"),
    "country": ("country", "страна", "ölkə"),
    "country_code": ("country code", "код страны", "ölkə kodu"),
    "region": ("region", "регион", "область", "субъект", "край", "bölgə", "region adı",
               "vilayət"),
    "region_code": ("region code", "код региона", "bölgə kodu", "region kodu"),
    "city": ("city", "town", "settlement", "город", "населенный пункт", "населённый пункт",
             "şəhər", "yaşayış məntəqəsi"),
    "venue": ("venue", "place", "location", "место", "место проведения", "площадка",
              "адрес", "адрес проведения", "məkan", "yer", "keçirildiyi yer", "ünvan"),
    "place_as_written": ("place as written", "место как в тексте", "место в источнике",
                         "mətndəki yer"),
    "place_precision": ("place precision", "точность места", "yerin dəqiqliyi"),
    "organizers": ("organizers", "organiser", "organisers", "organizer", "organization",
                   "organizations", "организаторы", "организатор", "организация",
                   "təşkilatçı", "təşkilatçılar", "təşkilat"),
    "speakers": ("speakers", "speaker", "выступающие", "выступили", "спикеры", "докладчики",
                 "natiqlər", "çıxış edənlər", "spikerlər"),
    "program": ("program", "programme", "program items", "программа", "proqram"),
    "attendance": ("attendance", "participants", "number of participants", "attendees",
                   "участники", "число участников", "количество участников",
                   "кол-во участников",
                   "iştirakçılar", "iştirakçı sayı", "iştirakçıların sayı"),
    "description": ("description", "notes", "summary", "описание", "примечание",
                    "təsvir", "qeyd"),
    "status": ("status", "статус", "vəziyyət"),
    "source_publisher": ("source publisher", "source", "publisher", "источник", "издатель",
                         "mənbə", "nəşr edən"),
    "source_passed_on_by": ("passed on by", "передал", "передано", "ötürən"),
    "source_published": ("published", "publication date", "дата публикации", "dərc tarixi"),
    "source_url": ("source url", "url", "link", "ссылка", "keçid"),
    "created_at": ("created utc", "created", "создано"),
    "created_by": ("created by", "автор", "кем создано"),
    "updated_at": ("updated utc", "updated", "last updated", "изменено"),
    "updated_by": ("updated by", "кем изменено"),
    "version": ("version", "версия", "versiya"),
}

_LOOKUP: dict[str, str] = {}
for _field, _label in FIELDS.items():
    _LOOKUP.setdefault(normalize(_label), _field)
for _field, _words in _SYNONYMS.items():
    for _word in _words:
        _LOOKUP.setdefault(normalize(_word), _field)


# The app's own reports in Russian or Azerbaijani: their translated headers map too.
for _header in (*FIELDS.values(), "Anniversary (reported)"):
    for _word in in_every_language(_header):
        _LOOKUP.setdefault(normalize(_word), _LOOKUP[normalize(_header)])

_COMPUTED = {
    normalize(word)
    for header in (*COMPUTED_HEADERS, *ENGLISH_NAME_HEADERS)
    for word in in_every_language(header)
}
"""The events sheet's computed columns and the English names a report in another language
adds: an exported workbook imports without them."""


_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
"""A heading's closing words in brackets: what the column wants ("Выступающие (ФИО,
должность)") or a plural ending ("Организатор(ы)")."""


def guess_field(header: str) -> str | None:
    """The field a header names, or None when it is not recognised; a heading's closing
    words in brackets are left out when the whole heading names none."""
    found = _LOOKUP.get(normalize(header or ""))
    if found is None and header:
        bare = _ASIDE.sub("", header)
        found = _LOOKUP.get(normalize(bare)) if bare and bare != header else None
    return found


@dataclass
class ColumnMapping:
    """Field -> column index (0-based) of one table; kept by header name when saved."""

    columns: dict[str, int] = field(default_factory=dict)

    def column(self, name: str) -> int | None:
        return self.columns.get(name)

    def unused_headings(self, headers: list[str]) -> list[str]:
        """The headed columns no field takes (the reports' computed columns aside):
        their cells are not imported, and the preview says so."""
        used = set(self.columns.values())
        return [
            str(header).strip()
            for index, header in enumerate(headers)
            if header and str(header).strip() and index not in used
            and normalize(str(header)) not in _COMPUTED
        ]

    def missing_required(self) -> list[str]:
        """The required fields no column holds, as the template heads them."""
        return [field_label(name) for name in REQUIRED if name not in self.columns]

    def to_json(self, headers: list[str]) -> str:
        """The mapping as JSON keyed by header text, to reuse on the next file."""
        by_header = {headers[i]: name for name, i in self.columns.items() if i < len(headers)}
        return json.dumps({"format": "diaspora-events-mapping", "version": 1,
                           "columns": by_header}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str, headers: list[str]) -> ColumnMapping:
        """A saved mapping applied to this table's headers; unknown headers are ignored."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise ValueError(_("not a column mapping file"))
        positions = {normalize(h): i for i, h in reversed(list(enumerate(headers))) if h}
        columns: dict[str, int] = {}
        for header, name in data["columns"].items():
            index = positions.get(normalize(str(header)))
            if index is not None and name in FIELDS and name not in columns:
                columns[name] = index
        return cls(columns)

    def save(self, path: Path, headers: list[str]) -> None:
        Path(path).write_text(self.to_json(headers), encoding="utf-8")

    @classmethod
    def load(cls, path: Path, headers: list[str]) -> ColumnMapping:
        """A mapping saved earlier (``save``); ValueError says plainly what is wrong."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ValueError(_("There is no column mapping file {path}.").format(
                path=path)) from None
        except (OSError, UnicodeDecodeError):
            text = ""
        try:
            return cls.from_json(text, headers)
        except ValueError:  # json.JSONDecodeError too
            raise ValueError(_(
                "{path} is not a column mapping saved by this app: save one with "
                "--save-mapping (or in the import window) and give that file."
            ).format(path=path)) from None


def field_label(name: str) -> str:
    """A field as the template and the reports head its column, in the message language."""
    label = FIELDS.get(name, name)
    return catalog(current_language()).gettext(label)


def guess_mapping(headers: list[str], hidden: Collection[int] = ()) -> ColumnMapping:
    """Each field on the first column whose header names it, a column hidden in the sheet
    (``hidden``) only when no visible one does: of two "Дата" columns the clerk sees the
    visible one's dates, the hidden one is often last year's."""
    columns: dict[str, int] = {}
    in_order = sorted(range(len(headers)), key=lambda index: index in hidden)
    for index in in_order:
        name = guess_field(headers[index])
        if name is not None and name not in columns:
            columns[name] = index
    return ColumnMapping(dict(sorted(columns.items(), key=lambda item: item[1])))
