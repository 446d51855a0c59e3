"""Saving, loading, deleting and restoring events, with validation and a change log.

The GUI form, the CLI, the sample loader and the importers all describe an
event as an :class:`EventInput` (plain values and names, no ORM objects) and
hand it to :class:`EventStore`. Names are resolved through the gazetteer by
exact alias only: an unknown region, country or occasion is refused with a
"did you mean" hint, an unknown city is kept as written, an organization or
person that matches nothing is created. Nothing is saved as a guess; the form
asks first about every name that is not exact (:meth:`EventStore.name_questions`)
and a confirmed match becomes an alias (:meth:`EventStore.confirm_name`).

Each event has its own source record: editing it never changes another event's
source unless the clerk chose ``SourceInput.apply_to_report``; every change to
a source is logged, on the source and on each event it belongs to.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from db.change_log import current_user, write_change
from db.change_values import organizer_value, program_value, speaker_value
from db.gazetteer import Gazetteer
from db.limits import TextColumn, length_problem
from db.messages import N_, _, current_language
from db.models import (
    City,
    Country,
    DatePrecision,
    Event,
    EventOrganizer,
    EventSource,
    EventSpeaker,
    EventStatus,
    EventType,
    Occasion,
    Organization,
    OrganizationAlias,
    OrganizerRole,
    Person,
    PersonAlias,
    PlacePrecision,
    ProgramItem,
    ProgramItemType,
    Region,
    Source,
    SourceScale,
)
from db.names import normalize
from db.reference_kinds import REFERENCE_KINDS
from db.text_clean import xml_safe_fields
from db.world import world

MIN_YEAR = 1800

Changes = dict[str, list[object]]
"""{field: [old, new]}, as the change log stores them."""


@dataclass
class OrganizerInput:
    name: str
    role: OrganizerRole = OrganizerRole.ORGANIZER


@dataclass
class SpeakerInput:
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass
class ProgramInput:
    item_type: str
    """A program item type code or name ("minute_of_silence", "minute of silence")."""
    note: str | None = None


SOURCE_FIELDS = (
    "publisher",
    "passed_on_by",
    "published_on",
    "url",
    "language",
    "dateline",
    "full_text",
    "scale",
)


@dataclass
class SourceInput:
    publisher: str | None = None
    passed_on_by: str | None = None
    published_on: dt.date | None = None
    url: str | None = None
    language: str | None = None
    dateline: str | None = None
    full_text: str | None = None
    scale: str | None = None
    apply_to_report: bool = field(default=False, compare=False)
    """The clerk's explicit choice to write this source into every event of the same report
    (same address, else same full text); otherwise only this event's source changes.
    An instruction for one save, not data: left out of comparisons."""

    def is_empty(self) -> bool:
        return all(getattr(self, name) in (None, "") for name in SOURCE_FIELDS)

    def values(self) -> dict[str, object]:
        """The source's fields as the change log stores them (blank is None)."""
        return {name: json_value(getattr(self, name) or None) for name in SOURCE_FIELDS}


@dataclass
class EventInput:
    """Everything a clerk can say about one event, as plain values."""

    title: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.DAY
    event_type: str | None = None
    occasion: str | None = None
    anniversary: int | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    venue: str | None = None
    place_as_written: str | None = None
    place_precision: PlacePrecision | None = None
    attendance: int | None = None
    description: str | None = None
    status: EventStatus = EventStatus.DRAFT
    organizers: list[OrganizerInput] = field(default_factory=list)
    speakers: list[SpeakerInput] = field(default_factory=list)
    program: list[ProgramInput] = field(default_factory=list)
    source: SourceInput = field(default_factory=SourceInput)
    uuid: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True)
class FieldError:
    """A problem with one field, worded for the person who typed it."""

    field: str
    message: str
    unknown: bool = False
    """The field names a record that no record of its kind is called (the importer words
    these its own way, with the cell and a "did you mean")."""


class ValidationError(Exception):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class NameCandidate:
    """A stored record a typed name may mean, for "did you mean X (Y)?"."""

    kind: str
    record_id: int | None
    """None: a GeoNames town not stored yet (``written`` names it)."""
    name: str
    label: str
    country: str | None
    region: str | None
    score: float
    """Similarity of the typed text to this record's nearest name, 0-100."""
    shown: str = ""
    """The record as the clerk reads it: its name and place in the message language."""
    moves_to: str | None = None
    """A city or region of another country than the event's: that country's name.
    Choosing the record takes the event there (:meth:`EventStore.with_place_of`)."""
    written: str | None = None
    """A world town one of several of its name: the city text that names it, as picking
    it from the completion list puts it in ("Cambridge, Ontario"); choosing it puts that
    in the event, which saving then stores like the completion's pick."""


class PlaceRecords(NamedTuple):
    """A place as records (an event's, or an organization's seat); None where unknown."""

    country: Country | None
    region: Region | None
    city: City | None


@dataclass(frozen=True)
class NameQuestion:
    """A typed name that matches no record exactly: the clerk decides before saving."""

    field: str
    kind: str
    typed: str
    candidates: tuple[NameCandidate, ...]
    new_record: bool
    """True when saving without a match is allowed: a new organization or person is
    created, a city is kept as written."""
    place: str | None = None
    """Where a new organizer will be based (the event's place as typed), shown before saving."""

    @property
    def suggested(self) -> int | None:
        """The candidate to offer first, or None for "new record" / "keep as written"."""
        if not self.candidates:
            return None
        if self.new_record and self.candidates[0].score < LIKELY_SCORE:
            return None
        return 0


LIKELY_SCORE = 92.0
"""A candidate this similar is offered first; below it a new record (or the city as written)
is: "Berdyansk" is not "Bryansk" (88), while "Frendship" is a typo of "Friendship" (95)."""


_UNKNOWN = {
    "country": N_("No country named '{name}'."),
    "region": N_("No region named '{name}'."),
    "occasion": N_("No occasion named '{name}'."),
}
"""The message for a name that no record of its kind has."""

ROLE_WORDS = {
    OrganizerRole.ORGANIZER: N_("organizer"),
    OrganizerRole.CO_ORGANIZER: N_("co-organizer"),
    OrganizerRole.HOST: N_("host"),
    OrganizerRole.SUPPORTER: N_("supporter"),
}
"""An organizer's role as the form's list shows it, for messages."""


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _length_errors(data: EventInput) -> list[FieldError]:
    """Text longer than its column holds (see :mod:`db.limits`), by field."""
    checks: list[tuple[str, str, str | None, TextColumn]] = [
        ("title", _("The title"), data.title, Event.title),
        ("venue", _("The venue"), data.venue, Event.venue),
        ("place_as_written", _("The place as written"), data.place_as_written,
         Event.place_as_written),
        ("source_publisher", _("The publisher"), data.source.publisher, Source.publisher),
        ("source_passed_on_by", _("'Passed on by'"), data.source.passed_on_by,
         Source.passed_on_by),
        ("source_url", _("The address"), data.source.url, Source.url),
        ("source_dateline", _("The dateline"), data.source.dateline, Source.dateline),
    ]
    for n, organizer in enumerate(data.organizers, start=1):
        checks.append(("organizers", _("Organizer {number}").format(number=n), organizer.name,
                       Organization.name))
    for n, speaker in enumerate(data.speakers, start=1):
        checks.append(("speakers", _("Speaker {number}").format(number=n), speaker.name,
                       Person.full_name))
        checks.append(("speakers", _("Speaker {number}'s role").format(number=n), speaker.role,
                       EventSpeaker.role))
        checks.append(("speakers", _("Speaker {number}'s organization").format(number=n),
                       speaker.organization, Organization.name))
    for n, item in enumerate(data.program, start=1):
        checks.append(("program", _("Program item {number}'s note").format(number=n), item.note,
                       ProgramItem.note))
    return [
        FieldError(field, problem)
        for field, label, value, column in checks
        if (problem := length_problem(label, value, column))
    ]


class EventStore:
    """Reads and writes events in one session; the caller commits."""

    def __init__(self, session: Session, user: str | None = None, desk: str | None = None):
        self.session = session
        self.user = user or current_user()
        self.desk = desk or socket.gethostname()
        self.gazetteer = Gazetteer(session)
        self._source_logs: list[tuple[Source, str, Changes]] = []
        """Source rows written by the current save, logged once they have ids."""

    # --- validation -----------------------------------------------------------

    def validate(self, data: EventInput) -> list[FieldError]:
        """Every problem that stops ``data`` from being saved, by field."""
        errors: list[FieldError] = []
        if _blank(data.title):
            errors.append(FieldError("title", _("Enter a title for the event.")))
        errors.extend(self._date_errors(data))
        if data.attendance is not None and data.attendance < 0:
            errors.append(FieldError("attendance", _("Attendance cannot be negative.")))
        if data.anniversary is not None and data.anniversary <= 0:
            errors.append(FieldError("anniversary", _("An anniversary is a positive number.")))
        errors.extend(self._reference_errors(data))
        for index, speaker in enumerate(data.speakers, start=1):
            if _blank(speaker.name):
                errors.append(FieldError(
                    "speakers", _("Speaker {number} has no name.").format(number=index)))
        for index, item in enumerate(data.program, start=1):
            if _blank(item.item_type):
                errors.append(FieldError("program", _(
                    "Program item {number} (“{note}”) has no type: choose one, or “other” and "
                    "keep the note."
                ).format(number=index, note=item.note or "")))
            elif self._program_type(item.item_type) is None:
                errors.append(
                    FieldError("program", _("Program item {number}: unknown type '{type}'.").format(
                        number=index, type=item.item_type))
                )
        if data.source.scale and data.source.scale not in {s.value for s in SourceScale}:
            errors.append(
                FieldError("source_scale", _("Unknown source scale '{scale}'.").format(
                    scale=data.source.scale))
            )
        for index, organizer in enumerate(data.organizers, start=1):
            if _blank(organizer.name):
                errors.append(FieldError(
                    "organizers", _("Organizer {number} has no name.").format(number=index)))
        errors.extend(self.repeated_organizers(data))
        errors.extend(_length_errors(data))
        return errors

    def repeated_organizers(self, data: EventInput) -> list[FieldError]:
        """Organizer rows that name an organization an earlier row names (by any alias).

        An event lists an organization once, in one role (the table's unique key; the
        per-organization counts count it once): which row to keep is the clerk's choice,
        so a second row is refused, never dropped."""
        first_rows: dict[int | str, int] = {}
        errors: list[FieldError] = []
        for number, organizer in enumerate(data.organizers, start=1):
            if _blank(organizer.name):
                continue
            known = self.gazetteer.resolve_organization(organizer.name, fuzzy=False)
            # a name of no letters or digits ("/", "-") has no key to compare: itself then
            key: int | str = (known.id if known is not None
                              else normalize(organizer.name) or organizer.name.strip())
            first = first_rows.setdefault(key, number)
            if first == number:
                continue
            earlier = data.organizers[first - 1]
            name = known.name if known is not None else earlier.name.strip()
            roles = {"role": _(ROLE_WORDS[earlier.role]),
                     "other_role": _(ROLE_WORDS[organizer.role])}
            message = (
                _("Organizers {first} and {second} are both '{name}' ('{role}'): an event "
                  "lists an organization once. Keep one of them.")
                if earlier.role == organizer.role
                else _("Organizers {first} and {second} are both '{name}' ('{role}' and "
                       "'{other_role}'): an event lists an organization once, in one role. "
                       "Keep one of them.")
            )
            errors.append(FieldError("organizers", message.format(
                first=first, second=number, name=name, **roles)))
        return errors

    def _date_errors(self, data: EventInput) -> list[FieldError]:
        if data.start_date is None:
            return [FieldError(
                "start_date", _("Enter the date of the event (or its earliest date)."))]
        errors = []
        if data.start_date.year < MIN_YEAR:
            errors.append(
                FieldError("start_date", _("The year {year} is too early.").format(
                    year=data.start_date.year))
            )
        if data.date_precision == DatePrecision.BETWEEN and data.end_date is None:
            errors.append(FieldError(
                "end_date", _("Give the latest possible date for 'between'.")))
        if data.end_date is not None and data.end_date < data.start_date:
            errors.append(FieldError("end_date", _("The end date is before the start date.")))
        return errors

    def _reference_errors(self, data: EventInput) -> list[FieldError]:
        errors = []
        country = self._country(data.country) if not _blank(data.country) else None
        if not _blank(data.country) and country is None:
            assert data.country is not None
            errors.append(FieldError(
                "country", self._unknown_message("country", data.country), unknown=True))
        if not _blank(data.region):
            assert data.region is not None
            region = self.region(data.region, country)
            if region is None:
                errors.append(FieldError(
                    "region", self._unknown_message("region", data.region, country), unknown=True
                ))
            elif country is not None and region.country_id != country.id:
                errors.append(FieldError("region", _("{region} is not in {country}.").format(
                    region=_local_name(region), country=_local_name(country))))
            elif (city := self._city(data.city, country, region)) is not None and (
                city.region_id not in (None, region.id)
            ):
                errors.append(FieldError("city", _(
                    "{city} is in {city_region}, not in {region}: correct the region or the "
                    "city, or leave the region empty."
                ).format(city=_local_name(city), city_region=_local_name(city.region),
                         region=_local_name(region))))
        if not _blank(data.event_type) and self._event_type(data.event_type) is None:
            errors.append(FieldError("event_type", _("No event type named '{name}'.").format(
                name=data.event_type), unknown=True))
        if not _blank(data.occasion) and self._occasion(data.occasion) is None:
            assert data.occasion is not None
            message = self._unknown_message("occasion", data.occasion)
            errors.append(FieldError("occasion", _(
                "{message} Pick one from the list or add it there first.").format(message=message),
                unknown=True))
        return errors

    def _unknown_message(self, kind: str, text: str, country: Country | None = None) -> str:
        """ "No region named 'X'. Did you mean "Y"?" (the nearest name, if any)."""
        suggestions = self._candidates(kind, text, country=country, limit=1)
        message = _(_UNKNOWN[kind]).format(name=text)
        if suggestions:
            message += " " + _('Did you mean "{name}"?').format(name=suggestions[0].label)
        return message

    # --- names the clerk must confirm ------------------------------------------------------

    def name_questions(self, data: EventInput) -> list[NameQuestion]:
        """Every typed name that matches no record exactly, with the records it may mean.

        The form asks these before saving; the store itself never guesses (a region or
        country must match, an unknown city is kept as written, a new organization or
        person is created)."""
        questions: list[NameQuestion] = []
        asked: set[tuple[str, str]] = set()

        def ask(
            field_name: str,
            kind: str,
            text: str | None,
            new: bool,
            country: Country | None = None,
            region: Region | None = None,
            place: str | None = None,
        ) -> None:
            if _blank(text) or (kind, normalize(text or "")) in asked:
                return
            assert text is not None
            asked.add((kind, normalize(text)))
            candidates = tuple(self._candidates(kind, text, country, region))
            if candidates or new:
                questions.append(
                    NameQuestion(field_name, kind, text.strip(), candidates, new, place)
                )

        with self.session.no_autoflush:
            country = self._country(data.country)
            if not _blank(data.country) and country is None:
                ask("country", "country", data.country, False)
            region = self.region(data.region, country)
            if not _blank(data.region) and region is None:
                ask("region", "region", data.region, False, country=country)
            if data.city and not _blank(data.city) and not self._city_known(
                data.city, country, region
            ):
                ask("city", "city", data.city, True, country=country, region=region)
            if not _blank(data.occasion) and self._occasion(data.occasion) is None:
                ask("occasion", "occasion", data.occasion, False)
            place = self._place_shown(data)
            for organizer in data.organizers:
                if self._known("organization", organizer.name) is None:
                    ask("organizers", "organization", organizer.name, True, place=place)
            for speaker in data.speakers:
                if self._known("person", speaker.name) is None:
                    ask("speakers", "person", speaker.name, True)
                if self._known("organization", speaker.organization) is None:
                    ask("speakers", "organization", speaker.organization, True)
        return questions

    def _place_shown(self, data: EventInput) -> str | None:
        """The event's place as the clerk will see a new organizer's seat: the records'
        names in the message language where typed names resolve, else the text as typed."""
        from db.localized import display_name  # pycountry: not at the window's start

        records = self.place_records(data.country, data.region, data.city)
        parts: list[str] = []
        for record, typed in zip(records[::-1], (data.city, data.region, data.country),
                                 strict=True):
            text = display_name(record, current_language()) if record else (typed or "").strip()
            if text and text not in parts:
                parts.append(text)
        return ", ".join(parts) or None

    def confirm_name(self, question: NameQuestion, candidate: NameCandidate) -> None:
        """The clerk says ``question.typed`` means ``candidate``: remember it as an alias
        (logged), so the same spelling resolves silently from now on."""
        model, alias_model = _ALIAS_OWNERS[candidate.kind]
        record = self.session.get(model, candidate.record_id)
        if record is None:
            raise LookupError(f"No {candidate.kind} with id {candidate.record_id}.")
        typed = question.typed
        if any(alias.normalized == normalize(typed) for alias in record.aliases):
            return  # the spelling names the record already (a city of another country)
        record.aliases.append(alias_model(name=typed, normalized=normalize(typed)))
        self.session.flush()
        self.gazetteer.refresh(candidate.kind)
        self.log_change(
            candidate.kind,
            getattr(record, "uuid", None),
            record.id,
            "update",
            {"aliases": [None, question.typed]},
            summary=f"{question.typed} = {candidate.name}",
        )

    def with_place_of(self, data: EventInput, candidate: NameCandidate) -> EventInput:
        """``data`` placed where the chosen city or region is, when that is another
        country than the typed one (the clerk was told so: ``candidate.moves_to``);
        else ``data`` unchanged. The typed spelling stays: it now names the record."""
        if candidate.moves_to is None or candidate.kind not in ("city", "region"):
            return data
        record: City | Region | None
        if candidate.kind == "city":
            record = self.session.get(City, candidate.record_id)
        else:
            record = self.session.get(Region, candidate.record_id)
        if record is None or record.country is None:
            return data
        region = record if isinstance(record, Region) else record.region
        return replace(
            data, country=record.country.code, region=region.code if region else None
        )

    def _known(self, kind: str, text: str | None) -> object | None:
        """The record ``text`` names exactly (any alias), or None; blank counts as known."""
        if _blank(text):
            return True
        if kind == "organization":
            return self.gazetteer.resolve_organization(text, fuzzy=False)
        return self.gazetteer.resolve_person(text, fuzzy=False)

    def _candidates(
        self,
        kind: str,
        text: str,
        country: Country | None = None,
        region: Region | None = None,
        limit: int = 5,
    ) -> list[NameCandidate]:
        """The records ``text`` may mean, nearest first: within the region, else the
        country, else anywhere."""
        found: list[tuple[str, object]] = []
        for context in ({"region": region}, {"country": country}, {}):
            if any(value is None for value in context.values()):
                continue
            found = self.gazetteer.suggest(kind, text, limit=limit, **context)
            if found:
                break
        key = normalize(text)
        event_country = country or (region.country if region is not None else None)
        out = []
        for label, record in found:
            if record is None:
                continue
            written = _PAREN.sub("", label.split(" → ")[0])
            elsewhere = _country_elsewhere(record, event_country)
            out.append(
                NameCandidate(
                    kind=kind,
                    record_id=record.id,  # type: ignore[attr-defined]
                    name=_record_name(record),
                    label=label,
                    country=_country_code(record),
                    region=_region_name(record),
                    score=round(fuzz.WRatio(key, normalize(written)), 1),
                    shown=_shown(record, label),
                    moves_to=_local_name(elsewhere) if elsewhere is not None else None,
                )
            )
        if kind == "city":
            stored = {c.record_id for c in out}
            towns = self._world_towns(text, country, region)
            out += [town for town in towns if town.record_id not in stored]
        return sorted(out, key=lambda c: -c.score)

    def _world_towns(
        self, text: str, country: Country | None, region: Region | None
    ) -> list[NameCandidate]:
        """The world's towns ``text`` names exactly, biggest first, labelled as the
        completion list shows them (``record_id``: the one already stored, if any)."""
        return [
            NameCandidate(
                kind="city",
                record_id=town.city_id,
                name=town.name,
                label=town.label,
                country=town.country_code,
                region=_world_region_name(town.region_code),
                score=100.0,
                shown=town.label,
                written=town.qualified,
            )
            for town in self.gazetteer.world_towns(
                text, country, region, lang=current_language()
            )
        ]

    # --- lookups ------------------------------------------------------------------

    def _country(self, text: str | None) -> Country | None:
        if _blank(text):
            return None
        assert text is not None
        by_code = self.session.scalar(select(Country).where(Country.code == text.strip().upper()))
        return by_code or self.gazetteer.resolve_country(text, fuzzy=False)

    def region(self, text: str | None, country: Country | None) -> Region | None:
        """A region by ISO 3166-2 code ("RU-CHE") or by any of its names."""
        if _blank(text):
            return None
        assert text is not None
        by_code = self.session.scalar(select(Region).where(Region.code == text.strip().upper()))
        return by_code or self.gazetteer.resolve_region(text, country=country, fuzzy=False)

    def _city(
        self,
        text: str | None,
        country: Country | None,
        region: Region | None,
        *,
        store_world: bool = False,
    ) -> City | None:
        """The city ``text`` names exactly (any alias), or None: never a guess.

        ``store_world`` (saving): a GeoNames town that ``text`` names exactly and without
        doubt is stored in the data set and returned, linked to its region and country.
        """
        if _blank(text):
            return None
        return self.gazetteer.resolve_city(
            text, country=country, region=region, fuzzy=False, world=store_world
        )

    def _city_known(self, text: str, country: Country | None, region: Region | None) -> bool:
        """Whether saving would resolve ``text`` to a city without asking (no writes)."""
        return (
            self._city(text, country, region) is not None
            or self.gazetteer.world_city(text, country, region) is not None
        )

    def _occasion(self, text: str | None) -> Occasion | None:
        if _blank(text):
            return None
        return self.gazetteer.resolve_occasion(text, fuzzy=False)

    def _event_type(self, text: str | None) -> EventType | None:
        if _blank(text):
            return None
        return self.gazetteer.resolve_event_type(text, fuzzy=False)

    def _program_type(self, text: str) -> ProgramItemType | None:
        return self.gazetteer.resolve_program_item_type(text, fuzzy=False)

    def organization(self, name: str, based_at: PlaceRecords | None = None) -> Organization:
        """The organization called ``name`` (by any alias), created when new.

        A new organization first named as an event's organizer (``based_at``) is based where
        that event is: the form says so before saving, and the Reference lists can move it."""
        found = self.gazetteer.resolve_organization(name, fuzzy=False)
        if found is not None:
            return found
        organization = Organization(name=name.strip())
        organization.aliases.append(
            OrganizationAlias(name=name.strip(), normalized=normalize(name))
        )
        changes: dict[str, list[object]] = {"name": [None, name]}
        if based_at is not None:
            organization.country = based_at.country
            organization.region = based_at.region
            organization.city = based_at.city
            changes.update(
                (field, [None, value])
                for field, value in (
                    ("country", based_at.country.code if based_at.country else None),
                    ("region", based_at.region.code if based_at.region else None),
                    ("city", based_at.city.name if based_at.city else None),
                )
                if value is not None
            )
        self.session.add(organization)
        self.session.flush()
        self.gazetteer.refresh("organization")
        self.log_change("organization", organization.uuid, organization.id, "insert", changes)
        return organization

    def person(self, name: str) -> Person:
        """The person called ``name`` (by any alias), created when new."""
        found = self.gazetteer.resolve_person(name, fuzzy=False)
        if found is not None:
            return found
        person = Person(full_name=name.strip())
        person.aliases.append(PersonAlias(name=name.strip(), normalized=normalize(name)))
        self.session.add(person)
        self.session.flush()
        self.gazetteer.refresh("person")
        self.log_change("person", person.uuid, person.id, "insert", {"full_name": [None, name]})
        return person

    # --- reading ----------------------------------------------------------------------

    def get(self, event_uuid: uuid.UUID) -> Event | None:
        return self.session.scalar(
            select(Event)
            .where(Event.uuid == event_uuid)
            .options(
                selectinload(Event.organizers).selectinload(EventOrganizer.organization),
                selectinload(Event.speakers).selectinload(EventSpeaker.person),
                selectinload(Event.speakers).selectinload(EventSpeaker.organization),
                selectinload(Event.program).selectinload(ProgramItem.item_type),
                selectinload(Event.sources),
            )
        )

    def load(self, event_uuid: uuid.UUID) -> EventInput:
        """The stored event as an :class:`EventInput`, ready for a form."""
        event = self.get(event_uuid)
        if event is None:
            raise LookupError(_("No event with id {uuid}.").format(uuid=event_uuid))
        return to_input(event)

    # --- writing ----------------------------------------------------------------------

    def save(self, data: EventInput) -> Event:
        """Create or update the event described by ``data``; raises ValidationError."""
        data = xml_safe_fields(data)  # no character a report or a backup could not hold
        errors = self.validate(data)
        if errors:
            raise ValidationError(errors)
        if data.uuid is None:
            event = Event(uuid=uuid.uuid4(), created_by=self.user)
            before: dict[str, object] = {}
            action = "insert"
        else:
            found = self.get(data.uuid)
            if found is None:
                raise LookupError(_("No event with id {uuid}.").format(uuid=data.uuid))
            event = found
            if data.version is not None and data.version != event.version:
                raise StaleEventError(event)
            before = snapshot(event)
            action = "update"
        self._source_logs = []
        with self.session.no_autoflush:
            self._apply(event, data)
            after = snapshot(event)
            changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
            changes.update(self._apply_source(event, data.source))
        event.updated_by = self.user
        if changes and action == "update":
            event.updated_at = _now()  # a new version even when only linked rows changed
        self.session.add(event)  # only now: lookups above may flush, and it is complete
        try:
            self.session.flush()
        except StaleDataError as error:  # another desk saved between our check and our write
            raise StaleEventError(None, data.title) from error
        if changes:
            self.log_change("event", event.uuid, event.id, action, changes, summary=event.title)
        for source, source_action, source_changes in self._source_logs:
            self.log_change(
                "source", source.uuid, source.id, source_action, source_changes, event.title
            )
        return event

    def delete(self, event_uuid: uuid.UUID) -> Event:
        """Move an event to the trash; it stays restorable."""
        event = self._require(event_uuid)
        event.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        event.updated_by = self.user
        self.log_change("event", event.uuid, event.id, "delete", None, summary=event.title)
        return event

    def restore(self, event_uuid: uuid.UUID) -> Event:
        event = self._require(event_uuid)
        event.deleted_at = None
        event.updated_by = self.user
        self.log_change("event", event.uuid, event.id, "restore", None, summary=event.title)
        return event

    def _require(self, event_uuid: uuid.UUID) -> Event:
        event = self.get(event_uuid)
        if event is None:
            raise LookupError(_("No event with id {uuid}.").format(uuid=event_uuid))
        return event

    def place_records(
        self,
        country_text: str | None,
        region_text: str | None,
        city_text: str | None,
        *,
        store_world: bool = False,
    ) -> PlaceRecords:
        """Typed country, region and city as records, each filled in from the others where
        it was left out (a region's country, a city's region); ``store_world`` stores a
        GeoNames town named exactly."""
        country = self._country(country_text)
        region = self.region(region_text, country)
        if country is None and region is not None:
            country = region.country
        city = self._city(city_text, country, region, store_world=store_world)
        if city is not None and region is None:
            region = city.region
            country = country or city.country
        return PlaceRecords(country, region, city)

    def _apply(self, event: Event, data: EventInput) -> None:
        place = self.place_records(data.country, data.region, data.city, store_world=True)
        country, region, city = place
        # Children before the fields (their flush must not write the event early); a new
        # organizer is based at the event's place.
        self._apply_children(event, data, place)
        event.title = data.title.strip()
        event.start_date = data.start_date  # type: ignore[assignment]
        event.end_date = data.end_date
        event.date_precision = data.date_precision
        event.event_type = self._event_type(data.event_type)
        event.occasion = self._occasion(data.occasion)
        event.anniversary = data.anniversary
        event.country = country
        event.region = region
        event.city = city
        event.venue = data.venue or None
        event.place_as_written = place_as_written(data, city is not None)
        event.place_precision = data.place_precision
        event.attendance = data.attendance
        event.description = data.description or None
        event.status = data.status
        event.search_text = search_text(event)

    def _apply_children(self, event: Event, data: EventInput, place: PlaceRecords) -> None:
        event.organizers.clear()
        if event.id is not None:
            self.session.flush()  # delete old rows before re-adding the same organization
        for organizer in data.organizers:  # one row each: validate refused a repeated one
            organization = self.organization(organizer.name, based_at=place)
            event.organizers.append(EventOrganizer(organization=organization, role=organizer.role))
        event.speakers.clear()
        for speaker in data.speakers:
            event.speakers.append(
                EventSpeaker(
                    person=self.person(speaker.name),
                    role=speaker.role or None,
                    organization=self.organization(speaker.organization or "")
                    if not _blank(speaker.organization)
                    else None,
                )
            )
        event.program.clear()
        for item in data.program:
            item_type = self._program_type(item.item_type)
            assert item_type is not None  # validated
            event.program.append(ProgramItem(item_type=item_type, note=item.note or None))

    def _apply_source(self, event: Event, data: SourceInput) -> Changes:
        """Write ``data`` into this event's own source; its changes as ``source_<field>``.

        A row other events link to is copied before it is changed, unless the clerk chose
        ``apply_to_report``: then every event of the report gets the new values."""
        current = event.sources[0] if event.sources else None
        old = _source_values(current)
        new = data.values()
        if old == new:
            return {}
        changes = {f"source_{k}": [old[k], v] for k, v in new.items() if old[k] != v}
        if data.is_empty():
            event.sources.clear()
            return changes
        if data.apply_to_report:
            self._apply_to_report(event, current, old, data)
        if current is None or self._shared_with_others(current, event):
            source = Source(uuid=uuid.uuid4())
            self.session.add(source)
            event.sources[:] = [source]
            _write_source(source, data)
            self._source_logs.append((source, "insert", {k: [None, v] for k, v in new.items()}))
        else:
            _write_source(current, data)
            self._source_logs.append((current, "update", _diff(old, new)))
        return changes

    def _shared_with_others(self, source: Source, event: Event) -> bool:
        others = select(EventSource.event_id).where(EventSource.source_id == source.id)
        if event.id is not None:
            others = others.where(EventSource.event_id != event.id)
        return self.session.scalar(select(exists(others))) or False

    def _apply_to_report(
        self, event: Event, current: Source | None, old: dict[str, object], data: SourceInput
    ) -> None:
        """Write ``data`` into the sources of every other event of the same report (same
        address, else same full text), each change logged and each event's version raised."""
        new = data.values()
        key = old if current is not None else new
        if key["url"]:
            match = Source.url == key["url"]
        elif key["full_text"]:
            match = Source.full_text == key["full_text"]
        else:
            return
        rows = self.session.scalars(select(Source).where(match)).all()
        linked = self.session.scalars(
            select(Event)
            .join(EventSource, EventSource.event_id == Event.id)
            .where(EventSource.source_id.in_([r.id for r in rows]), Event.deleted_at.is_(None))
            .options(selectinload(Event.sources))
        ).unique()
        for other in linked:
            if other is event:
                continue
            previous = _source_values(other.sources[0] if other.sources else None)
            changes = {f"source_{k}": v for k, v in _diff(previous, new).items()}
            if changes:
                other.updated_by = self.user
                other.updated_at = _now()  # a new version: a stale save of it conflicts
                self.log_change("event", other.uuid, other.id, "update", changes, other.title)
        for row in rows:
            if row is not current:
                previous = _source_values(row)
                _write_source(row, data)
                self._source_logs.append((row, "update", _diff(previous, new)))

    def log_change(
        self,
        table: str,
        record_uuid: uuid.UUID | None,
        record_id: int | None,
        action: str,
        changes: Mapping[str, object] | None,
        summary: str | None = None,
    ) -> None:
        """One change-log row by this store's clerk and desk (an import adds its batch)."""
        write_change(
            self.session,
            table,
            action,
            record_id=record_id,
            record_uuid=record_uuid,
            changes=changes,
            summary=summary,
            user=self.user,
            desk=self.desk,
        )


class StaleEventError(Exception):
    """Someone else saved this event after it was opened here."""

    def __init__(self, current: Event | None, title: str = ""):
        if current is not None:
            message = (
                _("'{title}' was changed by {user} at {time} after you opened it.")
                if current.updated_by
                else _("'{title}' was changed by someone at {time} after you opened it.")
            ).format(
                title=current.title,
                user=current.updated_by,
                time=f"{current.updated_at:%Y-%m-%d %H:%M}",
            )
        else:
            message = _("'{title}' was changed by someone else while you were saving it.").format(
                title=title
            )
        super().__init__(message)
        self.current = current


def json_value(value: object) -> object:
    """A value as the change log, drafts and checksums store it: ISO dates, UUID text,
    enum values; anything else unchanged."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _source_values(source: Source | None) -> dict[str, object]:
    """A stored source's fields as the change log stores them (all None for no source)."""
    return {
        name: json_value(getattr(source, name) if source is not None else None)
        for name in SOURCE_FIELDS
    }


def _diff(old: dict[str, object], new: dict[str, object]) -> Changes:
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}


def _write_source(source: Source, data: SourceInput) -> None:
    for name in ("publisher", "passed_on_by", "published_on", "url", "language", "dateline"):
        setattr(source, name, getattr(data, name) or None)
    source.full_text = data.full_text or None
    source.scale = SourceScale(data.scale) if data.scale else None


def place_as_written(data: EventInput, city_found: bool) -> str | None:
    """The place as the report wrote it; a city that matched no record is kept here too."""
    written = (data.place_as_written or "").strip()
    typed = (data.city or "").strip()
    if not city_found and typed and normalize(typed) not in normalize(written):
        written = f"{written}; {typed}" if written else typed
    return written or None


_ALIAS_OWNERS: dict[str, tuple[type, type]] = {
    name: (kind.model, kind.alias_model)
    for name, kind in REFERENCE_KINDS.items()
    if kind.alias_model is not None
}
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


def _record_name(record: object) -> str:
    return str(getattr(record, "name", None) or getattr(record, "full_name", ""))


def _country_code(record: object) -> str | None:
    if isinstance(record, Country):
        return record.code
    country = getattr(record, "country", None)
    return country.code if country is not None else None


def _region_name(record: object) -> str | None:
    region = getattr(record, "region", None)
    return region.name if region is not None else None


def _world_region_name(code: str | None) -> str | None:
    region = world().region(code) if code else None
    return region.name if region is not None else None


def _country_elsewhere(record: object, event_country: Country | None) -> Country | None:
    """The country of a city or region ``record`` when the event is placed in another."""
    if not isinstance(record, City | Region) or event_country is None:
        return None
    country: Country | None = record.country
    return country if country is not None and country.id != event_country.id else None


def _local_name(record: object) -> str:
    from db.localized import display_name  # pycountry: not at the window's start

    return display_name(record, current_language())


def _shown(record: object, label: str) -> str:
    """A place or an occasion by its name and place in the message language; people
    and organizations by their label (their names are not translated)."""
    if not isinstance(record, City | Region | Country | Occasion):
        return label
    where = [getattr(record, "region", None), getattr(record, "country", None)]
    place = ", ".join(_local_name(part) for part in where if part is not None)
    name = _local_name(record)
    return f"{name} ({place})" if place else name


def snapshot(event: Event) -> dict[str, object]:
    """The event's fields as JSON-ready values, for the change log."""
    text = json_value

    return {
        "title": event.title,
        "start_date": text(event.start_date),
        "end_date": text(event.end_date),
        "date_precision": text(event.date_precision),
        "event_type": event.event_type.code if event.event_type else None,
        "occasion": event.occasion.name if event.occasion else None,
        "anniversary": event.anniversary,
        "country": event.country.code if event.country else None,
        "region": event.region.code if event.region else None,
        "city": event.city.name if event.city else None,
        "venue": event.venue,
        "place_as_written": event.place_as_written,
        "place_precision": text(event.place_precision),
        "attendance": event.attendance,
        "description": event.description,
        "status": text(event.status),
        "organizers": [
            organizer_value(o.organization.name, o.role) for o in event.organizers
        ],
        "speakers": [
            speaker_value(
                s.person.full_name, s.role, s.organization.name if s.organization else None
            )
            for s in event.speakers
        ],
        "program": [program_value(p.item_type.code, p.note) for p in event.program],
    }


def search_text(event: Event) -> str:
    """The words a search box should find this event by, normalized."""
    parts = [
        event.title,
        event.description,
        event.venue,
        event.place_as_written,
        event.city.name if event.city else None,
        event.region.name if event.region else None,
        event.occasion.name if event.occasion else None,
        *(o.organization.name for o in event.organizers),
        *(s.person.full_name for s in event.speakers),
        *(s.role for s in event.speakers),
    ]
    return " | ".join(normalize(p) for p in parts if p)


def to_input(event: Event) -> EventInput:
    """An ORM event as plain values (for forms and copies)."""
    source = event.sources[0] if event.sources else None
    return EventInput(
        title=event.title,
        start_date=event.start_date,
        end_date=event.end_date,
        date_precision=event.date_precision,
        event_type=event.event_type.code if event.event_type else None,
        occasion=event.occasion.name if event.occasion else None,
        anniversary=event.anniversary,
        country=event.country.code if event.country else None,
        region=event.region.code if event.region else None,
        city=event.city.name if event.city else None,
        venue=event.venue,
        place_as_written=event.place_as_written,
        place_precision=event.place_precision,
        attendance=event.attendance,
        description=event.description,
        status=event.status,
        organizers=[OrganizerInput(o.organization.name, o.role) for o in event.organizers],
        speakers=[
            SpeakerInput(
                s.person.full_name, s.role, s.organization.name if s.organization else None
            )
            for s in event.speakers
        ],
        program=[ProgramInput(p.item_type.code, p.note) for p in event.program],
        source=SourceInput(
            publisher=source.publisher,
            passed_on_by=source.passed_on_by,
            published_on=source.published_on,
            url=source.url,
            language=source.language,
            dateline=source.dateline,
            full_text=source.full_text,
            scale=source.scale.value if source.scale else None,
        )
        if source
        else SourceInput(),
        uuid=event.uuid,
        version=event.version,
    )
