"""Paste a report, get draft events: the Qt-free extraction service.

``extract`` splits the report into events and fills each draft's fields from the text,
leaving a field empty where the text says nothing. Every value keeps the span it came
from (``Span``), so the GUI can highlight it, and ``warnings`` say what a clerk should
check (an anniversary that disagrees with the occasion's date, a city not in the
gazetteer). ``DraftEvent.to_event_input`` hands a draft to the normal event form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from db.event_store import (
    EventInput,
    OrganizerInput,
    ProgramInput,
    SourceInput,
    SpeakerInput,
)
from db.gazetteer import Gazetteer, read_rows
from db.messages import N_, _, current_language, format_date, format_number, format_ordinal
from db.models import DatePrecision, OrganizerRole, PlacePrecision
from db.queries import dates_text, iso_date
from db.reference import read_csv
from desktop.extraction.attendance import find_attendance
from desktop.extraction.dates import (
    DayFound,
    PeriodFound,
    find_event_day,
    find_period,
    find_year,
    window,
)
from desktop.extraction.document import read_document
from desktop.extraction.event_type_de import event_type_de
from desktop.extraction.items import Item
from desktop.extraction.lexicon import Lexicon, OccasionInfo, PlaceInfo
from desktop.extraction.occasion import (
    AnniversaryHit,
    OccasionFinder,
    OccasionHit,
    anniversaries,
    best_occasion,
)
from desktop.extraction.organizers import (
    OrganizerHit,
    clean_org,
    full_names,
    organizers_in,
)
from desktop.extraction.organizers_az import full_names_az
from desktop.extraction.places import PlaceFinder, PlaceResult
from desktop.extraction.program import LABELS, program_items
from desktop.extraction.russian import phrase_nominative, warm_up
from desktop.extraction.segment import Segment, event_noun_spans, only_country_of, segment
from desktop.extraction.shown_names import ShownNames
from desktop.extraction.source import SourceInfo, find_source
from desktop.extraction.speakers import SpeakerFinder, SpeakerHit
from desktop.extraction.speakers_de import german_speakers
from desktop.extraction.text import Document, Sentence, split_document
from desktop.extraction.titles import event_name
from desktop.extraction.venues import find_venue, venues_in
from desktop.extraction.vocab import (
    CULTURE_DAYS,
    ORG_HEADS_AZ,
    ORG_HEADS_EN,
    ORG_HEADS_RU,
    SUMMARY_RE,
)

__all__ = [
    "DraftEvent",
    "Extraction",
    "Span",
    "extract",
    "extraction_to_json",
    "format_extraction",
    "read_document",
]

GOLD_KEYS = (
    "date",
    "country",
    "region",
    "city",
    "organizations",
    "occasion",
    "anniversary",
    "speakers",
    "program",
    "event_type",
)


@dataclass
class Span:
    """Where in the report's text a value came from (``text[start:end]``)."""

    start: int
    end: int
    field: str


@dataclass
class DraftEvent:
    """One event proposed from a report; every field may be empty."""

    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.BETWEEN
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    region_code: str | None = None
    city: str | None = None
    place_as_written: str | None = None
    venue: str | None = None
    """The building or institution the event was held in ("Дом дружбы народов X")."""
    attendance: int | None = None
    """How many came; an approximate count ("около 150 человек") carries a warning."""
    organizations: list[str] = field(default_factory=list)
    organizer_roles: list[OrganizerRole] = field(default_factory=list)
    occasion: str | None = None
    anniversary: int | None = None
    speakers: list[dict[str, str | None]] = field(default_factory=list)
    program: list[str] = field(default_factory=list)
    event_type: str | None = None
    event_type_name: str | None = None
    title: str = ""
    name: str | None = None
    """The event's own name when the report gives one ("Фестиваль «Новруз-2025»"): its
    title in every language, as a clerk would type it."""
    text_start: int = 0
    text_end: int = 0
    description: str | None = None
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: SourceInput = field(default_factory=SourceInput)
    relative_date: bool = False
    occasion_listed: bool = True
    """False for an occasion from the genre's calendar that the data set does not list yet:
    the form gets no occasion (it would refuse it) and a warning says so."""
    confidence: dict[str, float | None] = field(default_factory=dict)
    city_unknown: bool = False
    """The city is kept as written: the gazetteer does not know it (a warning says so)."""
    anniversary_disagrees: bool = False
    """The report's anniversary is not the one the occasion's date gives (a warning says so)."""

    def rate(self) -> None:
        """A confidence per field from its evidence, so the clerk checks the weak ones first.

        A value read in the event's own sentences is likelier right than one inherited from
        the lead or derived; a city the gazetteer does not know, a day counted from
        "yesterday" and a type guessed from the occasion are less sure.
        """
        gold = self.to_gold()
        for name in GOLD_KEYS:
            value = gold[name]
            if value in (None, []):
                self.confidence[name] = None
                continue
            kinds = {name, "speakers.role"} if name == "speakers" else {name}
            spans = [s for s in self.spans if s.field in kinds]
            own = any(self.text_start <= s.start < self.text_end for s in spans)
            score = 0.85 if own else 0.55 if spans else 0.6
            if name in ("country", "region") and not spans and self.city:
                score = 0.8  # follows from the city through the gazetteer
            if name == "city" and self.city_unknown:
                score = 0.4
            if name == "date" and self.relative_date:
                score = min(score, 0.7)
            if name == "anniversary" and self.anniversary_disagrees:
                score = 0.4
            self.confidence[name] = round(score, 2)

    def evidence(self, text: str) -> dict[str, list[str]]:
        """The words of the report each field came from."""
        out: dict[str, list[str]] = {}
        for span in self.spans:
            if span.field != "event":
                out.setdefault(span.field, []).append(text[span.start : span.end])
        return out

    @property
    def program_labels(self) -> list[str]:
        names = _type_names("program_item_types.csv")
        return [names.get(code) or LABELS.get(code, code) for code in self.program]

    def to_event_input(self) -> EventInput:
        """The draft as the event form's data object (names and codes, not records)."""
        if self.city:
            precision: PlacePrecision | None = PlacePrecision.SETTLEMENT
        elif self.region:
            precision = PlacePrecision.REGION
        elif self.country:
            precision = PlacePrecision.COUNTRY
        else:
            precision = None
        return EventInput(
            title=self.title,
            start_date=self.start_date,
            end_date=self.end_date,
            date_precision=self.date_precision,
            event_type=self.event_type,
            occasion=self.occasion if self.occasion_listed else None,
            anniversary=self.anniversary,
            country=self.country_code or self.country,
            region=self.region_code or self.region,
            city=self.city,
            place_as_written=self.place_as_written,
            place_precision=precision,
            venue=self.venue,
            attendance=self.attendance,
            description=self.description,
            organizers=[
                OrganizerInput(name, role)
                for name, role in zip(self.organizations, self._roles(), strict=True)
            ],
            speakers=[
                SpeakerInput(s["name"] or "", s.get("role"), s.get("organization"))
                for s in self.speakers
            ],
            program=[
                ProgramInput("other", LABELS[code]) if code in LABELS else ProgramInput(code)
                for code in self.program
            ],
            source=self.source,
        )

    def _roles(self) -> list[OrganizerRole]:
        roles = list(self.organizer_roles)
        roles += [OrganizerRole.ORGANIZER] * (len(self.organizations) - len(roles))
        return roles[: len(self.organizations)]

    def to_gold(self) -> dict[str, Any]:
        """The draft in the shape of an event of ``gold.jsonl`` (for scoring and --json)."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "country": self.country,
            "region": self.region,
            "city": self.city,
            "organizations": list(self.organizations),
            "occasion": self.occasion,
            "anniversary": self.anniversary,
            "speakers": [dict(s) for s in self.speakers],
            "program": self.program_labels,
            "event_type": self.event_type_name,
        }


@dataclass
class Extraction:
    source: dict[str, Any]
    events: list[DraftEvent]
    text: str


@cache
def _type_names(file: str) -> dict[str, str]:
    return {row["code"]: row["name_en"] for row in read_csv(file)}


@cache
def _scratch_database() -> Any:
    """Reference data for callers without a session (see reference_copy)."""
    from desktop.extraction.reference_copy import open_reference_copy

    return open_reference_copy()


def extract(
    text: str, session: Session | None = None, published: dt.date | None = None
) -> Extraction:
    """Draft events of a report. Offline; uses ``session`` for the gazetteer when given."""
    if re.search(r"[А-Яа-яЁё]{3}", text[:3000]):
        warm_up()  # the Russian models load while the reference data is read
    if session is None:
        with _scratch_database().sessions() as scratch:
            return _Extractor(text, scratch, published).run()
    return _Extractor(text, session, published).run()


_GAZETTEERS: dict[tuple[str, tuple[int, ...]], Gazetteer] = {}


@cache
def _gazetteer_state() -> Select[Any]:
    """One query of the counts, last ids and version sums :func:`_gazetteer` is keyed by
    (Core: an ORM one took longer to compile than to run, on every new data file)."""
    from sqlalchemy import func, select

    from db import tables
    from db.reference_kinds import REFERENCE_KINDS

    columns = [select(func.count(tables.event.c.id)).scalar_subquery()]
    for kind in REFERENCE_KINDS.values():
        table = kind.model.__table__
        columns.append(select(func.count(table.c.id)).scalar_subquery())
        columns.append(select(func.coalesce(func.sum(table.c.version), 0)).scalar_subquery())
        if kind.alias_model is not None:
            alias = kind.alias_model.__table__
            columns.append(select(func.count(alias.c.id)).scalar_subquery())
            columns.append(select(func.coalesce(func.max(alias.c.id), 0)).scalar_subquery())
    return select(*columns)


def _gazetteer(session: Session) -> Gazetteer:
    """One gazetteer per state of the data set: building its name indexes took a third of
    every extraction. Any name added, changed or removed (a new version of a record), or a
    new event (cities are ranked by use), gives a fresh one."""
    bind = session.get_bind()
    (state,) = read_rows(session, _gazetteer_state())
    key = (str(bind.engine.url if hasattr(bind, "engine") else bind), state)
    gazetteer = _GAZETTEERS.get(key)
    if gazetteer is None:
        _GAZETTEERS.clear()
        gazetteer = _GAZETTEERS[key] = Gazetteer(session)
    gazetteer.session = session  # its indexes are plain data; records come from this session
    return gazetteer


# "презентация книги", "kitabının təqdimatı", "a book presentation": told in the event's
# opening sentence, the presentation is the event, of no type the reference data names
_BOOK_LAUNCH_RE = (
    r"презентаци\w* (?:\w+ )?книг|(?:презентова\w*|представ\w*) (?:\w+ )?книг"
    r"|kitab\w* (?:[\"“«][^\"”»]{1,60}[\"”»] ?)?təqdimat|\bbook (?:presentation|launch)"
    r"|\bpresentation of (?:a|the|his|her|their) (?:new )?(?:book|novel)"
)


_NO_ORGANIZER = N_("No organizer was found in the text: add the organizer.")
# "The festival will continue in X", "Фестиваль продолжится в X", "Festival X-da davam edəcək"
_CONTINUES_RE = re.compile(
    r"\b(?:will continue|continues)\s+in\b|(?<!\w)продолж(?:ится|атся|ит|ат)\s+в"
    r"|(?<!\w)davam ed(?:əcək|ir)",
    re.IGNORECASE,
)


def _carry_organizers(draft: DraftEvent, previous: DraftEvent, opening: str) -> None:
    """An event that continues the one before in another town ("Фестиваль продолжится в
    Азове") is held by the same bodies when its own text names none."""
    if draft.organizations or not previous.organizations or not _CONTINUES_RE.search(opening):
        return
    draft.organizations = list(previous.organizations)
    draft.organizer_roles = list(previous.organizer_roles)
    draft.warnings = [w for w in draft.warnings if w != _(_NO_ORGANIZER)]


class _Extractor:
    def __init__(self, text: str, session: Session, published: dt.date | None) -> None:
        self.text = text
        self.session = session
        self.gazetteer = _gazetteer(session)
        self.lexicon = Lexicon(session, self.gazetteer)
        self.doc: Document = split_document(text)
        written = self.doc.language
        # German reports are read with the Latin-script rules, whose word lists carry German.
        self.language = self.doc.language = "en" if written == "de" else written
        self.written = written  # German organizers and speakers have rules of their own
        self.source: SourceInfo = find_source(text, written, published)
        self.text_year = _only_recent_year(text)
        self.written_days: set[dt.date] = set()
        """Days whose year the report writes out (what a relative day may count from)."""
        self._by_day: dict[tuple[int, int], list[OccasionInfo]] | None = None

    # --- the pipeline ----------------------------------------------------------------------

    def run(self) -> Extraction:
        doc = self.doc
        occasions = OccasionFinder(self.lexicon, self.text, self.language)
        occasion_spans = occasions.spans(doc.sentences)
        self.occasion_spans = occasion_spans
        excluded = list(occasion_spans)
        skip: set[int] = set()
        dateline_country = None
        if self.source.dateline_span is not None:
            d_start, d_end = self.source.dateline_span
            excluded.append((d_start, d_end))
            skip = {
                s.index for s in doc.sentences if s.start >= d_start and s.end <= d_end + 1
            }
            dateline_country = self._dateline_country()
        skip |= {s.index for s in doc.sentences if s.text.lstrip().startswith("#")}
        places = PlaceFinder(doc, self.lexicon, excluded)
        home_country, default_place = self._home(places, dateline_country, skip)
        places.default_town = default_place is not None and default_place.city is not None
        segmentation = segment(
            doc, places, skip, home_country, default_place, self.source.published
        )
        lead = [s for s in segmentation.lead if s.index not in skip]

        lead_occasion = best_occasion(
            [h for s in lead for h in occasions.occasions(s)], {s.index for s in lead}
        )
        lead_anniversary = next(
            (a for s in lead for a in anniversaries(s)), None
        )
        opening_anniversary: AnniversaryHit | None = None
        if lead_occasion is None and len(segmentation.events) > 1:
            # A report whose opening sentence is already its first event: that sentence is
            # still the lead whose occasion later events inherit.
            opening = segmentation.events[0].sentences[0]
            lead_occasion = best_occasion(occasions.occasions(opening), {opening.index})
            if lead_anniversary is None and lead_occasion is not None:
                # "... celebrated the 30th anniversary of X. In Boston, ...": its number goes
                # to the events of the opening's day
                opening_anniversary = next(iter(anniversaries(opening)), None)
        self._infer_year(lead_occasion, lead_anniversary, segmentation.events, occasions)
        lead_place = places.place_of(lead, {s.index for s in lead}, home_country) if lead else None
        lead_countries = {
            self.lexicon.place(m.kind, m.record_id).country_id
            for s in lead for m in places.mentions(s) if m.locative
        }
        if lead_place is not None and len(lead_countries) > 1:
            lead_place.country = None  # a lead over several countries gives none of them

        known_orgs: list[str] = []
        drafts: list[DraftEvent] = []
        previous_day: dt.date | None = None
        single = len(segmentation.events) == 1
        if single and segmentation.events[0].item is None:
            # A report of one event: its lead tells of that event too ("A reception was given
            # ... It opened with the anthem"), whatever sentence the rules saw it start at.
            seg = segmentation.events[0]
            body = [
                s for s in lead
                if not s.heading and s.start < seg.start and not SUMMARY_RE.search(s.text)
                and places.summary_places(s) < 2  # a roundup's lead tells of more
            ]
            seg.sentences = body + seg.sentences
        day_before_sentence = previous_day  # the towns of one sentence count from one day
        first_sentence: int | None = None
        for seg in segmentation.events:
            if seg.sentences[0].index != first_sentence:
                first_sentence, day_before_sentence = seg.sentences[0].index, previous_day
            draft = self._draft(
                seg,
                places,
                occasions,
                lead,
                lead_occasion,
                lead_anniversary or opening_anniversary,
                lead_place,
                home_country,
                known_orgs,
                day_before_sentence,
                single,
            )
            if (
                opening_anniversary is not None
                and drafts
                and draft.date not in (None, drafts[0].date)
                and any(sp.field == "anniversary" and sp.start == opening_anniversary.start
                        for sp in draft.spans)
            ):
                # an event on a day of its own is not told as the opening's anniversary
                draft.anniversary = None
                draft.spans = [sp for sp in draft.spans if sp.field != "anniversary"]
            if drafts:
                _carry_organizers(draft, drafts[-1], seg.sentences[0].text)
            previous_day = draft.date or previous_day
            drafts.append(draft)
        lead_towns = {
            self.lexicon.place("city", m.record_id).name
            for s in lead for m in places.mentions(s) if m.locative and m.kind == "city"
        }
        _programme_town(drafts, lead_towns)
        source = self.source.as_dict()
        return Extraction(source=source, events=drafts, text=self.text)

    def _home(
        self, places: PlaceFinder, dateline_country: int | None, skip: set[int]
    ) -> tuple[int | None, PlaceResult | None]:
        """The reporting country (a national agency abroad) or, for events at home, a default.

        An agency in Baku reports events abroad: its country is then no event's place.
        A dateline like "New York, Aug 16" over events in New York is the place itself.
        """
        if dateline_country is None:
            return None, None
        inside = outside = 0
        for sentence in self.doc.sentences:
            if sentence.index in skip:
                continue
            for mention in places.mentions(sentence):
                info = self.lexicon.place(mention.kind, mention.record_id)
                if mention.locative:
                    if info.country_id == dateline_country:
                        inside += 1
                    else:
                        outside += 1
        # Kyiv reporting on Kharkiv and Odesa is at home, even if a speaker recalls Baku.
        abroad = outside > inside
        if abroad:
            return dateline_country, None
        default = PlaceResult()
        city = self._dateline_city()
        if city is not None and city.country_id is not None:
            default.city = city
            default.country = self.lexicon.place("country", city.country_id)
            if city.region_id and self._dateline_region() is not None:
                # "SEATTLE, Washington (...)": the state the dateline writes is the region
                default.region = self.lexicon.place("region", city.region_id)
        return None, default

    def _dateline_city(self) -> PlaceInfo | None:
        """The dateline's town: the data set's, else the world gazetteer's ("DENVER — "); a
        region written after it ("KINGSTON, Ontario, ...") picks that region's town."""
        if not self.source.dateline:
            return None
        region = self._dateline_region()
        city = self.gazetteer.resolve_city(self.source.dateline)
        if city is not None and region is None:
            return self.lexicon.place("city", city.id)
        found = self.lexicon.world_place(
            self.source.dateline, self.language, kinds=("city",), region=region
        )
        if city is not None and (found is None or found.region_id == city.region_id):
            return self.lexicon.place("city", city.id)
        return found

    def _dateline_region(self) -> str | None:
        """The code of a region the dateline writes after its town ("KINGSTON, Ontario")."""
        if not self.source.dateline_area:
            return None
        region = self.gazetteer.resolve_region(self.source.dateline_area, fuzzy=False)
        return region.code if region is not None else None

    def _in_dateline(self, position: int) -> bool:
        """ "HAIFA, March 21 (Agency) — Jews of Israel celebrated": the dateline's town in
        capitals looks like an acronym but is where the report was filed."""
        span = self.source.dateline_span
        return span is not None and span[0] <= position < span[1]

    def _dateline_country(self) -> int | None:
        if not self.source.dateline:
            return None
        city = self.gazetteer.resolve_city(self.source.dateline)
        if city is not None:
            return city.country_id
        country = self.gazetteer.resolve_country(self.source.dateline)
        if country is not None:
            return country.id
        world = self._dateline_city()
        return world.country_id if world is not None else None

    def _infer_year(
        self,
        lead_occasion: OccasionHit | None,
        lead_anniversary: AnniversaryHit | None,
        events: list[Segment],
        occasions: OccasionFinder,
    ) -> None:
        """Publication date from the dateline's day and a year the context implies."""
        if self.source.published is not None:
            return
        year = None
        pairs: list[tuple[OccasionHit | None, AnniversaryHit | None]] = [
            (lead_occasion, lead_anniversary)
        ]
        for seg in events:
            hits = [h for s in seg.sentences for h in occasions.occasions(s)]
            ann = next((a for s in seg.sentences for a in anniversaries(s)), None)
            pairs.append((best_occasion(hits, seg.anchors), ann))
        for occasion, ann in pairs:
            if occasion and ann and occasion.occasion.reference_date:
                year = occasion.occasion.reference_date.year + ann.number
                break
        if year is None:
            year = self.text_year
        if year is None:
            return
        if self.source.dateline_month_day:
            month, day = self.source.dateline_month_day
            try:
                self.source.published = dt.date(year, month, day)
            except ValueError:
                return
            self.source.year_known = True

    # --- one event -------------------------------------------------------------------------

    def _draft(
        self,
        seg: Segment,
        places: PlaceFinder,
        occasions: OccasionFinder,
        lead: list[Sentence],
        lead_occasion: OccasionHit | None,
        lead_anniversary: AnniversaryHit | None,
        lead_place: PlaceResult | None,
        home_country: int | None,
        known_orgs: list[str],
        previous_day: dt.date | None,
        single: bool,
    ) -> DraftEvent:
        draft = DraftEvent(text_start=seg.start, text_end=seg.end)
        sentences = seg.sentences
        draft.spans.append(Span(seg.start, seg.end, "event"))

        # place
        place = (
            places.place_of(sentences, seg.anchors, home_country)
            if seg.town is None
            else places.town_place(seg.town)
        )
        # A place shared with other events is copied: the region found below is this event's.
        if place.is_empty() and single and lead_place is not None:
            place = replace(lead_place, spans=list(lead_place.spans))
        if seg.default_place is not None and (
            place.is_empty() or only_country_of(place, seg.default_place)
        ):
            place = replace(seg.default_place, spans=list(seg.default_place.spans))
        if place.region is None and place.city is not None and lead:
            found = places.lead_region(lead, place.city)
            if found is not None:
                place.region = found[0]
                place.spans.append((found[1], found[2], "region"))
        if seg.item is not None:
            self._item_place(place, seg.item)
        self._apply_place(draft, place, lead_place)

        # organizers
        hits: list[OrganizerHit] = []
        scope = ([s for s in lead if not s.heading or single] if single else []) + sentences
        venues = [v for s in scope for v in venues_in(s, self.language)]
        for sentence in scope:
            hits.extend(
                hit for hit in organizers_in(sentence, self.written, self.text)
                # "At the Friendship Hall, ...": the hall is where, not who; a community
                # house the genre names as the host stays one (its role says so)
                if (hit.role == OrganizerRole.HOST
                    or not any(v.start < hit.end and hit.start < v.end for v in venues))
                and not self._in_dateline(hit.start)
            )
        if not hits and not single:
            # "The embassy will hold a series of events: ...": the one body that announces
            # a series organizes each of its items.
            series = [h for s in lead if _SERIES_RE.search(s.text)
                      for h in organizers_in(s, self.written, self.text)]
            if len(series) == 1:
                hits = series
            # "A and B held joint memorial events": the bodies of a joint series hold each
            joint = [h for s in lead if _JOINT_RE.search(s.text)
                     for h in organizers_in(s, self.written, self.text)]
            if len(joint) > 1:
                hits = joint
        self._apply_organizers(draft, hits, known_orgs)
        if not draft.organizations:  # kept all the same: the clerk adds who held it
            draft.warnings.append(_(_NO_ORGANIZER))
        # the event's own sentences first; a report of one event: its lead too
        own = sentences + [s for s in lead if single and s not in sentences]
        self._apply_venue_and_attendance(draft, own)

        # speakers
        finder = SpeakerFinder(self.text, self.language, self.lexicon, self.occasion_spans)
        if self.written == "de":
            speaker_hits = german_speakers(sentences, draft.organizations)
        else:
            speaker_hits = finder.speakers(sentences)
        self._apply_speakers(draft, speaker_hits)

        # occasion and anniversary
        hits_occ = [h for s in sentences for h in occasions.occasions(s)
                    if not occasions.days_of_culture(h)]
        occasion = best_occasion(hits_occ, seg.anchors) or lead_occasion
        if occasion is None and single:
            occasion = best_occasion(
                [h for s in lead for h in occasions.occasions(s)], {s.index for s in lead}
            )
        info: OccasionInfo | None = occasion.occasion if occasion else None
        if occasion is not None:
            draft.occasion = info.name if info else None
            if info is not None and info.record_id < 0:
                draft.occasion_listed = False
                draft.warnings.append(
                    _("{occasion} is not in the list of occasions: add it there to keep it.")
                    .format(occasion=info.name)
                )
            draft.spans.append(Span(occasion.start, occasion.end, "occasion"))
        anniversary = next((a for s in sentences for a in anniversaries(s)), None)
        if anniversary is None and lead_anniversary is not None and (
            occasion is lead_occasion
            or (lead_occasion and occasion and occasion.occasion == lead_occasion.occasion)
        ):
            anniversary = lead_anniversary
        if anniversary is None and single:
            anniversary = next((a for s in lead for a in anniversaries(s)), None)
        if anniversary is None and occasion is not None and info and info.reference_date:
            anniversary = _ordinal_before(self.text, occasion)
        if anniversary is not None:
            draft.anniversary = anniversary.number
            draft.spans.append(Span(anniversary.start, anniversary.end, "anniversary"))

        # date
        published = self.source.published
        year = published.year if published else self.text_year
        if year is None and info and info.reference_date and draft.anniversary:
            year = info.reference_date.year + draft.anniversary  # 100th of 1915: 2015
        # The dateline's day is the report's, not the event's ("New York, Aug 16: ... marked
        # the occasion yesterday").
        dateline = [self.source.dateline_span] if self.source.dateline_span else []
        day = find_event_day(
            [(s.start, s.text) for s in sentences],
            published,
            year,
            occasions.name_spans(hits_occ) + dateline,
            previous_day,
        )
        if day is None and single:
            # "12 марта в городе N прошли мероприятия ... После панихиды состоялся митинг":
            # the lead that sums up a report's only event gives its day.
            day = find_event_day(
                [(s.start, s.text) for s in lead if not s.heading],
                published,
                year,
                occasions.spans(lead) + dateline,
            )
        if day is not None and info is not None and info.reference_date is not None and (
            day.day.year == info.reference_date.year
        ):
            day = None  # "on February 26, 1992": the occasion's own day, history
        item = seg.item
        # "August 6-8": a range of days has no one date.
        if day is None and item and item.date_text and item.date_start and not item.ranged:
            # A schedule announces: its days may lie after the report.
            day = find_event_day([(item.date_start, item.date_text)], None, year, [])
        future = bool(
            re.search(r"\b(?:will be held|will take place|is to be held|состоится|состоятся"
                      r"|пройд(?:[её]т|ут)|планиру\w+|ожида(?:ет|ют)ся"
                      r"|будут (?:проходить|проводиться))\b",
                      " ".join(s.text for s in sentences[:2]))
        )
        period = self._period(sentences, lead if single else [], published, year, future)
        if period is not None and day is not None and not period.covers(day) and (
            period.holds(day.day)
            or _sentence_at(sentences, day.start) <= _sentence_at(sentences, period.start)
        ):
            period = None  # "В марте ... 21 марта": the day; "с 3 по 5 марта": the span
        if period is None and day is None and published is None:
            period = self._year_alone(sentences, lead if single else [], info)
        if period is not None:
            day = None  # "с 3 по 5 марта": not the 5th alone
            draft.spans.append(Span(period.start, period.end, "date"))
        reference = info.reference_date if info else None
        win = period.window if period else window(
            day.day if day else None, published, reference, future
        )
        draft.date = day.day if day else None
        draft.relative_date = bool(day and day.relative)
        if day is not None and not day.relative and (occasion is None or not occasion.cued):
            dated = self._occasion_on(day.day)
            told = " ".join(s.text for s in sentences)
            cue = _MEMORIAL_CUE_RE if dated and dated.kind == "commemoration" else _FESTIVE_CUE_RE
            if dated is not None and cue.search(told) and (info is None or (
                info.reference_date is not None
                and (info.reference_date.month, info.reference_date.day)
                != (day.day.month, day.day.day)
            )):
                # An event of remembrance on 31 March with no occasion, or one a loose name
                # gave ("День памяти" of another day): the occasion whose day it is.
                draft.spans = [sp for sp in draft.spans if sp.field != "occasion"]
                draft.occasion = dated.name
                draft.occasion_listed = True
                info = dated
        if day is not None:
            draft.spans.append(Span(day.start, day.end, "date"))
        draft.start_date, draft.end_date, draft.date_precision = win.start, win.end, win.precision
        if published is None and win.precision == DatePrecision.YEAR and win.start:
            draft.warnings.append(
                _("The report's date is unknown and the text gives only the year {year}: "
                  "enter the event's day by hand.").format(year=win.start.year)
            )
        elif published is None and not self._year_written(day, previous_day):
            draft.warnings.append(
                _("The report's date is unknown: enter the event's date by hand.")
            )
        elif win.precision == DatePrecision.BETWEEN and win.start and win.start == win.end:
            draft.warnings.append(
                _("The text gives no day: the event is dated {day}, the day of the occasion "
                  "and of the report.").format(day=format_date(win.start))
            )
        elif win.precision == DatePrecision.BETWEEN and win.start and win.end:
            draft.warnings.append(
                _("The text gives no day: the event is dated between {start} and {end}.").format(
                    start=format_date(win.start), end=format_date(win.end))
            )

        # anniversary check
        if info and info.reference_date and draft.anniversary:
            when = draft.date or published
            if when is not None:
                expected = when.year - info.reference_date.year
                if expected != draft.anniversary:
                    draft.anniversary_disagrees = True
                    draft.warnings.append(
                        _("The report gives anniversary {number}, but {occasion} ({year}) gives "
                          "{expected} in {when}.").format(
                            number=draft.anniversary, occasion=info.name,
                            year=info.reference_date.year, expected=expected, when=when.year)
                    )

        # program and type
        speech_positions = [h.start for h in speaker_hits]
        nouns = [span for s in sentences if s.index in seg.anchors
                 for span in event_noun_spans(s, self.language)]
        items = program_items(sentences, speech_positions, [])
        draft.program = [h.code for h in items]
        for hit in items:
            if hit.end > hit.start:
                draft.spans.append(Span(hit.start, hit.end, "program"))
        self._apply_type(draft, [s for s in sentences if s.index in seg.anchors], info, nouns)
        if draft.event_type is None:
            # "Culture days will take place ... concerts in A, B and C": the lead says what
            # the events it sums up are.
            self._apply_type(draft, [s for s in lead if not s.heading], info, [])
        self._drop_self_item(draft, items, [s for s in sentences if s.index in seg.anchors])

        draft.name = event_name(scope, self.language)
        draft.title = self._title(draft)
        draft.description = " ".join(s.text for s in sentences)[:2000]
        draft.source = SourceInput(
            publisher=self.source.publisher,
            passed_on_by=self.source.via,
            published_on=self.source.published,
            url=self.source.url,
            language=self.language,
            dateline=self.source.dateline_text,
            full_text=self.text,
        )
        draft.spans.sort(key=lambda s: (s.start, s.end))
        draft.rate()
        return draft

    def _occasion_on(self, day: dt.date) -> OccasionInfo | None:
        """The one listed occasion whose reference day (month and day) ``day`` is."""
        if self._by_day is None:
            self._by_day = defaultdict(list)
            for info in self.lexicon.occasions.values():
                if info.record_id > 0 and info.reference_date is not None:
                    when = info.reference_date
                    self._by_day[(when.month, when.day)].append(info)
        found = self._by_day.get((day.month, day.day), [])
        return found[0] if len(found) == 1 else None

    def _item_place(self, place: PlaceResult, item: Item) -> None:
        """A list item's own settlement (and bracketed region) over what the text scan found;
        a roundup's place (a city, region or country of a summary sentence) likewise."""
        if item.country is not None:
            country = self.gazetteer.resolve_country(item.country[0], fuzzy=False)
            if country is not None:
                place.country = self.lexicon.place("country", country.id)
                place.city = place.region = None
                place.city_text = None
                place.spans = [(item.country[1], item.country[2], "country")]
        if item.region is not None and (place.region is None or item.city is None):
            name, start, end = item.region
            region = self.gazetteer.resolve_region(name, fuzzy=False)
            if region is not None:
                place.region = self.lexicon.place("region", region.id)
                place.spans.append((start, end, "region"))
                if item.city is None and place.city is not None and (
                    place.city.region_id != region.id
                ):
                    place.city = None  # the sentence's first town lies in another region
                if region.country_id is not None:
                    place.country = self.lexicon.place("country", region.country_id)
        if item.city is not None:
            name, start, end = item.city
            city = self.gazetteer.resolve_city(name, fuzzy=False)
            if city is not None:
                place.city = self.lexicon.place("city", city.id)
            else:
                # A list's towns lie in the country its lead names, when it names one.
                context = place.country.code if place.country is not None else None
                found = self.lexicon.world_place(name, self.language, country=context)
                place.city = found if found is not None and found.kind == "city" else None
            place.city_text = None if place.city is not None else name
            if place.city is not None and place.region is None and place.city.region_id:
                place.region = self.lexicon.place("region", place.city.region_id)
            place.spans = [span for span in place.spans if span[2] != "city"]
            place.spans.append((start, end, "city"))
            if place.region is not None and place.city is not None and (
                place.city.region_id not in (None, place.region.record_id)
            ):
                # Another town of that name: the written region decides, the name stays.
                place.city, place.city_text = None, name
        if place.country is None:
            for info in (place.city, place.region):
                if info is not None and info.country_id is not None:
                    place.country = self.lexicon.place("country", info.country_id)
                    break

    def _apply_place(
        self, draft: DraftEvent, place: PlaceResult, lead_place: PlaceResult | None
    ) -> None:
        if place.country is None and lead_place is not None and lead_place.country is not None:
            place.country = lead_place.country
        town = place.city or place.region
        if town is not None and town.country_id and (
            place.country is None or place.country.record_id != town.country_id
        ):
            # Chicago's Polish community: the country is the town's, not the community's.
            place.country = self.lexicon.place("country", town.country_id)
        if place.country is not None:
            draft.country = place.country.name
            draft.country_code = place.country.code
        if place.region is not None:
            draft.region = place.region.name
            draft.region_code = place.region.code
        if place.city is not None:
            draft.city = place.city.name
        elif place.city_text:
            draft.city = place.city_text
            draft.city_unknown = True
            draft.warnings.append(
                _("'{city}' is not in the gazetteer: check the city.").format(city=place.city_text)
            )
        draft.place_as_written = place.as_written
        for start, end, name in place.spans:
            draft.spans.append(Span(start, end, name))

    @staticmethod
    def _period(
        sentences: list[Sentence],
        lead: list[Sentence],
        published: dt.date | None,
        year: int | None,
        future: bool,
    ) -> PeriodFound | None:
        """A month or span of days in the event's sentences, else in the lead that sums up
        a report's only event (``lead`` is empty otherwise)."""
        own = find_period([(s.start, s.text) for s in sentences], published, year, future)
        if own is not None or not lead:
            return own
        return find_period([(s.start, s.text) for s in lead if not s.heading],
                           published, year, future)

    def _year_written(self, day: DayFound | None, previous_day: dt.date | None) -> bool:
        """Whether the report itself gives ``day``'s year: its own words ("10 мая 2025
        года"), or it counts from an event's day that does ("Днём позже"). Such a day is
        remembered in ``written_days`` for the relative days of the events after it."""
        if day is None:
            return False
        written = bool(_YEAR_RE.search(self.text[day.start:day.end])) or (
            day.relative and previous_day in self.written_days
        )
        if written:
            self.written_days.add(day.day)
        return written

    @staticmethod
    def _year_alone(
        sentences: list[Sentence], lead: list[Sentence], info: OccasionInfo | None
    ) -> PeriodFound | None:
        """ "В 2025 году община провела ...", in a report with no date of its own: the year is
        all that is known of the date (the occasion's own year is history, not the event's).
        The lead of a report's only event counts too: two years there leave the year unknown."""
        history = info.reference_date.year if info and info.reference_date else None
        told = [s for s in lead if not s.heading and s not in sentences] + sentences
        return find_year([(s.start, s.text) for s in told], history)

    def _apply_organizers(
        self, draft: DraftEvent, hits: list[OrganizerHit], known: list[str]
    ) -> None:
        publisher = (self.source.publisher or "").casefold()
        for hit in hits:
            name = hit.name
            words = name.casefold().split()
            head = _org_head(words[0]) if len(words) == 1 and name.islower() else None
            if head is not None:
                # "the society", "dərnəyin": a body named before, told by its kind alone
                full = self._anaphor(head, hit.start, draft.organizations + known)
                if full is None:
                    continue
                name = full
            elif _ABBREVIATION_RE.fullmatch(name):
                # "NAB": the body named before in full with that abbreviation in brackets
                full = next((k for k in draft.organizations + known if f"({name})" in k), None)
                if full is None:
                    continue
                name = full
            if not name or name.casefold() == publisher:
                continue
            if self.language == "ru":
                name = phrase_nominative(name)
            record = self.gazetteer.resolve_organization(name)
            if record is not None:
                name = record.name
            if any(_same_org(name, existing) for existing in draft.organizations):
                continue
            shorter = next((at for at, existing in enumerate(draft.organizations)
                            if _quoted_kind(existing, name)), None)
            if shorter is not None:  # "общество «X»" told before in full: keep the full name
                draft.organizations[shorter] = name
                continue
            if any(_quoted_kind(name, existing) for existing in draft.organizations):
                continue
            draft.organizations.append(name)
            draft.organizer_roles.append(hit.role)
            draft.spans.append(Span(hit.start, hit.end, "organizations"))
            known.append(name)

    def _apply_venue_and_attendance(self, draft: DraftEvent, sentences: list[Sentence]) -> None:
        """Where the event was held and how many came, for the clerk's form; a count the
        report only estimates ("около 150 человек") is told in a warning."""
        venue = find_venue(sentences, self.language)
        if venue is not None:
            draft.venue = venue.name
            draft.spans.append(Span(venue.start, venue.end, "venue"))
        count = find_attendance(sentences, self.language)
        if count is not None:
            draft.attendance = count.number
            draft.spans.append(Span(count.start, count.end, "attendance"))
            if count.approximate:
                draft.warnings.append(
                    _("The attendance {number} is approximate: the report says “{words}”.")
                    .format(number=format_number(count.number), words=count.words)
                )

    def _anaphor(self, head: str, before: int, known: list[str]) -> str | None:
        """The body named before whose words hold ``head``, a word or an inflected stem
        ("society", "dərnəy" of "Dərnəyi")."""
        # a final k or q softens before a vowel: "birlik" is "Birliyi", "konsulluq" "-ğu"
        softened = head[:-1] + {"k": "y", "q": "ğ"}[head[-1]] if (
            self.language == "az" and head[-1] in "kq"
        ) else head
        heads = (head, {"centre": "center", "center": "centre"}.get(head, head), softened)

        def has_head(name: str) -> bool:
            words = re.findall(r"\w+", name.casefold().replace("\u0307", ""))  # "İ" -> "i"
            return any(w.startswith(heads) for w in words)

        for candidate in reversed(known):
            if has_head(candidate):
                return candidate
        written = full_names(self.text[:before])
        if self.language == "az":
            written += full_names_az(self.text[:before])
        for candidate, _start in sorted(written, key=lambda hit: hit[1], reverse=True):
            if has_head(candidate):
                return clean_org(candidate)
        return None

    def _apply_speakers(self, draft: DraftEvent, hits: list[SpeakerHit]) -> None:
        previous_org: str | None = None
        for hit in hits:
            role = hit.role
            organization = hit.organization
            own = re.match(r"(?:its|their)\s+(?=\w)", role or "", re.IGNORECASE)
            if own and not organization and len(draft.organizations) == 1:
                # "Its chairman, X, spoke": the chairman of the event's one organizer
                role, organization = (role or "")[own.end() :], draft.organizations[0]
            if organization:
                resolved, rest = self._speaker_org(organization, draft.organizations)
                if resolved is not None:
                    organization = resolved
                    if rest and role:
                        role = f"{role} {rest}"
                else:
                    organization = clean_org(organization)
            elif role and previous_org and re.match(
                r"^(?:deputy|vice|board member|member|secretary)", role, re.IGNORECASE
            ):
                organization = previous_org
            if self.language == "ru":
                role = phrase_nominative(role) if role else role
                organization = phrase_nominative(organization) if organization else organization
            if role:
                role = re.sub(r"^(?:the|a|an|der|die|das)\s+", "", role, flags=re.IGNORECASE)
                role = role.strip()
            person = self.gazetteer.resolve_person(hit.name, fuzzy=False)
            name = person.full_name if person is not None else hit.name  # as the clerk keeps it
            draft.speakers.append({"name": name, "role": role, "organization": organization})
            previous_org = organization or previous_org
            for start, end, name in hit.spans:
                draft.spans.append(Span(start, end, name))

    def _speaker_org(self, text: str, organizers: list[str]) -> tuple[str | None, str | None]:
        """ "the organization" / "the National-Cultural Autonomy for ..." -> an organizer."""
        cleaned = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
        core_match = re.match(r"^(?P<core>.+?)(?P<rest>\s+(?:for|on|of)\s+.*)?$", cleaned)
        core = core_match.group("core") if core_match else cleaned
        rest = core_match.group("rest") if core_match else None
        core_words = {w.casefold() for w in re.findall(r"[\w-]+", core)}
        if not core_words:
            return None, None
        for organizer in organizers:
            words = {w.casefold() for w in re.findall(r"[\w-]+", organizer)}
            if core_words <= words:
                extra = rest.strip() if rest and rest.strip().startswith("for") else None
                if extra:
                    extra = re.split(r"\s+of\s+the\s+", extra)[0]
                return organizer, extra
        if len(core_words) == 1 and organizers:
            head = _org_head(next(iter(core_words)))
            if head is not None:
                return _organizer_of_kind(head, organizers), None
        return None, None

    def _apply_type(
        self,
        draft: DraftEvent,
        anchors: list[Sentence],
        occasion: OccasionInfo | None,
        nouns: list[tuple[int, int]],
    ) -> None:
        text = " ".join(s.text for s in anchors).casefold()
        code = None
        specific = [
            # A video bridge is a meeting; a clean-up, a street action or a stand handing out
            # leaflets is neither a memorial event nor a celebration, whatever it marks.
            ("meeting", r"\bvideo[- ]?(?:bridges?|conferences?|links?)\b|телемост|видеомост"
                        r"|videokörpü|telekörpü|videobrücke"),
            ("other", r"\bclean[- ]?ups?\b|субботник|iməcilik|\bflash ?mobs?\b|флешмоб|fləşmob"
                      r"|\bstreet actions?\b|уличн\w* акци|\binformation (?:tents?|stands?)\b"
                      r"|\btents?\b[^.;]{0,40}\bset up\b|информационн\w* палатк"
                      r"|\bhand(?:s|ed|ing)? out (?:\w+ ){0,2}?"
                      r"(?:brochures|leaflets|booklets|flyers)"
                      r"|(?:brochures|leaflets|booklets|flyers) (?:will be |were |are )?"
                      r"(?:handed out|distributed)|раздач\w* (?:\w+ )?(?:буклет|листов)"
                      r"|buklet\w* paylan"),
            # not a venue named after conferences ("Conference Centre", "Konfrans Mərkəzi")
            ("conference", r"\bconferences?\b(?! (?:cent(?:er|re)|hall|room))"
                           r"|конференци(?!-?зал)|konfrans(?! (?:mərkəz|zal))"),
            ("round_table", r"\bround[- ]?tables?\b|кругл\w+ стол|dəyirmi masa"),
            # The event is a concert only when the concert is what took place, not an item.
            (
                "concert",
                r"\b(?:a|the|gala)\s+(?:[\w-]+\s+){0,3}?concerts?\b[^.;]{0,80}"
                r"\b(?:was|were|took|held|featured)"
                r"|\b(?:held|hosted|organi[sz]ed|gave) (?:a|the|gala) concert"
                r"|концерт\w* (?:\w+ ){0,4}?(?:прош|состоял)"
                r"|(?:прош|пройд|состоял|провел|провёл|провели|организова|устроил|дал)\w* "
                r"(?:\w+ ){0,3}?(?:гала-)?концерт|\bkonsert\w* (?:keçiril|təşkil)"
                # "guests gathered for a concert organized by the X": the concert is the event
                r"|\bfor (?:a|the) (?:[\w-]+ ){0,2}?concert (?:organi[sz]ed|hosted|held)\b"
                # a listed title that is a concert: "Fundraising Concert (Chicago, IL)"
                r"|\bconcerts?\s*\(|концерт\w*\s*\(|\bkonsert\w*\s*\(",
            ),
            # announced too: "откроется фотовыставка", "an exhibition will open"
            ("exhibition", r"\b(?:an?|the|photo) exhibitions?\b (?:was|were|opened|held|titled)"
                           r"|\bexhibitions?\b[^.;]{0,60}\bwill (?:open|be held)\b"
                           r"|выставк\w+ (?:открыл|откроет|прош|пройд|состоял|состоит)"
                           r"|(?:откр(?:оет|оют|ыл[аи]?с[ья]|ыт[аы])\w*|состоится|состоял[аи]с[ья]"
                           r"|пройд[её]т|прош(?:ла|ли)) (?:\w+ )?\w*выставк"
                           r"|(?<!\w)(?:foto)?sərgi\w* (?:açıl|keçiril|təşkil)"),
            ("festival", r"\bfestivals?\b (?:was|were|took|held)|фестивал\w+ (?:прош|состоял)"),
            ("competition", r"\b(?:competition|contest|tournament)s?\b|\bконкурс|\bтурнир"),
            ("seminar", r"\bseminars?\b|\bсеминар"),
        ]
        prose = [s for s in anchors if not s.heading]
        opening = prose[0].text.casefold() if prose else text
        if re.search(_BOOK_LAUNCH_RE, opening):
            specific = [("other", _BOOK_LAUNCH_RE)]  # the event is a book's presentation
        for candidate, pattern in specific:
            # a concert or an exhibition told after the event's opening sentence ("at the
            # celebration an exhibition was opened") is an item of it, not its kind
            where = opening if candidate in _ITEM_KINDS else text
            if re.search(pattern, where):
                code = candidate
                break
        if code is None:
            # "памятник" is a monument, not mourning
            mourning = re.search(
                r"memorial|commemorat|mourning|траурн|памят(?!ник)|anım|matəm"
                # a wreath-laying ceremony mourns, whatever day it is held on
                r"|wreath|возложени\w* венк|венк\w* возлож|əklil|kranzniederlegung", text
            )
            if mourning or (occasion is not None and occasion.kind == "commemoration"):
                code = "memorial_event"
            elif occasion is not None or re.search(
                rf"celebrat|праздн|bayram|festive|festival|фестивал|\bevening\b|\bвечер\b"
                rf"|{CULTURE_DAYS}", text
            ):
                code = "celebration"
            elif re.search(r"\bmeetings?\b|\bвстреч|\bgörüş", text):
                code = "meeting"
        if self.written == "de":
            code = event_type_de(text) or code  # German compounds name the kind
        if code is not None:
            draft.event_type = code
            draft.event_type_name = _type_names("event_types.csv").get(code, code)
            if nouns:
                start, end = nouns[0]
                draft.spans.append(Span(start, end, "event_type"))

    def _drop_self_item(
        self, draft: DraftEvent, items: list[Any], anchors: list[Sentence]
    ) -> None:
        """A festival or conference that is the event is not an item of it (a concert or
        an exhibition that is the event is its programme's item)."""
        same = _SELF_ITEMS.get(draft.event_type or "")
        if not same:
            return
        spans = [(s.start, s.end) for s in anchors]
        listed = {h.code for h in items if any(a <= h.start < b for a, b in spans)}
        if len(listed & _FORMATS) >= 2:
            return
        keep = [
            h for h in items
            if not (h.code in same and any(a <= h.start < b for a, b in spans))
        ]
        if len(keep) == len(items):
            return
        draft.program = [h.code for h in keep]

    def _title(self, draft: DraftEvent) -> str:
        if draft.name:
            return draft.name
        kind = (draft.event_type_name or "Event").capitalize()
        parts = [kind]
        if draft.occasion:
            if draft.anniversary:
                ordinal = format_ordinal(draft.anniversary, "en")
                parts.append(f"for the {ordinal} anniversary of the {draft.occasion}")
            else:
                parts.append(f"for {draft.occasion}")
        where = draft.city or draft.region or draft.country
        if where:
            parts.append(f"in {where}")
        return " ".join(parts)


# How a report tells that an event remembers or celebrates: an event on an occasion's day
# marks it only when told the way that occasion is marked.
_MEMORIAL_CUE_RE = re.compile(
    r"памят|память|жертв|скорб|траур|\bmemor|\bvictims?\b|\bmourn|xatir|\banım|\banıl"
    r"|qurban|gedenk|\bopfer",
    re.IGNORECASE,
)
_FESTIVE_CUE_RE = re.compile(
    r"праздн|торжеств|\bcelebrat|\bfestiv|bayram|şənlik|\bfeier|\bfest\b", re.IGNORECASE
)


_SERIES_RE = re.compile(
    r"\b(?:a series of|a number of|a programme of|a program of) events\b"
    r"|сери[юяи] мероприятий|ряд мероприятий|программ[уа] мероприятий"
    r"|silsilə tədbirlər|tədbirlər silsiləsi",
    re.IGNORECASE,
)
_JOINT_RE = re.compile(
    r"\b(?:joint|jointly)\b|(?<!\w)совместн\w*|(?<!\w)birgə(?!\w)", re.IGNORECASE
)
_SELF_ITEMS = {
    "festival": {"festival"},
    "conference": {"conference"},
    "round_table": {"round_table"},
    "seminar": {"seminar"},
}
# Formats listed together ("a conference, a round table and a seminar") are a programme's
# items even when the first of them gives the event its type.
_FORMATS = {"conference", "round_table", "seminar"}


_YEAR_RE = re.compile(r"(?<![\d.,/-])(?:199[5-9]|20[0-4]\d)(?![\d.,/-]?\d)")


# "30th Independence Day", "30-й День независимости": the ordinal right before the name
_ORDINAL_BEFORE_RE = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th|-?(?:й|я|е|го|му|м))\s+$")


_ITEM_KINDS = frozenset({"concert", "exhibition", "festival"})


def _ordinal_before(text: str, occasion: OccasionHit) -> AnniversaryHit | None:
    """An ordinal written right before a dated occasion's name counts its years (the
    occasion's reference date makes it an anniversary, not an edition of a festival)."""
    match = _ORDINAL_BEFORE_RE.search(text, max(0, occasion.start - 12), occasion.start)
    if match is None or not 0 < int(match.group("n")) < 1000:
        return None
    return AnniversaryHit(
        int(match.group("n")), match.start("n"), match.end("n"), occasion.sentence
    )


def _programme_town(drafts: list[DraftEvent], lead_towns: set[str]) -> None:
    """A programme whose placed items are all in one town ("in Tbilisi a concert ... on the
    12th a rally in the park"): an item that names no place of its own is in that town too.
    It carries no span of its own, so its confidence stays low for the clerk to check.
    A lead that names other towns ("in Quebec City and Sherbrooke") is of no one town."""
    towns = {(d.country, d.region, d.city) for d in drafts if d.city and not d.city_unknown}
    if len(drafts) < 2 or len(towns) != 1:
        return
    country, region, city = next(iter(towns))
    if lead_towns - {city}:
        return
    donor = next(d for d in drafts if d.city == city)
    for draft in drafts:
        if draft.city is None and draft.region is None and draft.country in (None, country):
            draft.country, draft.country_code = country, donor.country_code
            draft.region, draft.region_code = region, donor.region_code
            draft.city = city
            draft.rate()


def _only_recent_year(text: str) -> int | None:
    """The one recent year a report names ("Сабантуй-2025 ... в 2025 году"), if only one;
    addresses and the "# source:" line are no part of the report's words."""
    words = re.sub(r"^#.*$|\S+://\S+|www\.\S+", " ", text, flags=re.MULTILINE)
    years = {int(match.group()) for match in _YEAR_RE.finditer(words)}
    return years.pop() if len(years) == 1 else None


def _sentence_at(sentences: list[Sentence], position: int) -> int:
    """The number of the sentence ``position`` falls in (past the last: their count)."""
    return next((i for i, s in enumerate(sentences) if position < s.end), len(sentences))


_ORG_HEAD_RE = re.compile(
    # Azerbaijani stems as a genitive leaves them: "birliyin" -> "birliy", "icmanın" -> "icman"
    rf"(?:{ORG_HEADS_RU}|{ORG_HEADS_AZ}|birliy|səfirliy|nümayəndəliy|konsulluğ)"
)


# An abbreviation alone, as the organizer finders keep one told again ("NAB", "ŞGB")
_ABBREVIATION_RE = re.compile(r"[A-ZА-ЯЁƏÖÜÇŞİĞ]{2,8}")


def _org_head(word: str) -> str | None:
    """The kind of body a word names ("community", "общины", "icman"), if any."""
    if word in ORG_HEADS_EN:
        return word
    match = _ORG_HEAD_RE.match(word)
    return match.group() if match else None


def _organizer_of_kind(head: str, organizers: list[str]) -> str:
    """"председатель общины": the organizer whose name has a word of that kind (the
    community, not the youth union named first), else the first one."""
    for organizer in organizers:
        words = re.findall(r"\w+", organizer.casefold().replace("\u0307", ""))  # "İ" -> "i"
        if any(w.startswith(head) for w in words):
            return organizer
    return organizers[0]


def _same_org(a: str, b: str) -> bool:
    """Whether two mentions name one body: the same words, whatever their case, quotes or
    abbreviation in brackets. A name with more words is another body ("Azerbaijani Youth
    Union of Moscow" is a branch of the "Azerbaijani Youth Union"), kept for the clerk."""
    wa, wb = _org_words(a), _org_words(b)
    return bool(wa) and wa == wb


def _quoted_kind(short: str, full: str) -> bool:
    """ "общество «Достар»" after "азербайджанское культурное общество «Достар»": one body
    told again by its kind and its quoted name, whose words are all in the full name."""
    quoted = re.findall(r"[«\"“„]([^»\"”“]+)[»\"”“]", short)
    ws, wf = _org_words(short), _org_words(full)
    return (
        bool(quoted)
        and quoted == re.findall(r"[«\"“„]([^»\"”“]+)[»\"”“]", full)
        and ws < wf
    )


def _org_words(name: str) -> set[str]:
    unbracketed = re.sub(r"\([^)]*\)", " ", name.casefold())
    return {w for w in re.findall(r"\w+", unbracketed) if w not in ("the", "of")}


# --- output ----------------------------------------------------------------------------------


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """``{"source": {...}, "events": [...]}`` with gold-shaped events (for --json), each
    with its ``venue`` and ``attendance``, ``confidence`` (0-1 per gold field, null for an
    empty one) and ``evidence`` (the words of the report per field)."""
    return {
        "source": dict(extraction.source),
        "events": [
            event.to_gold()
            | {
                "venue": event.venue,
                "attendance": event.attendance,
                "confidence": dict(event.confidence),
                "evidence": event.evidence(extraction.text),
            }
            for event in extraction.events
        ],
    }


_FIELD_LABELS = {
    "date": N_("Date"),
    "place": N_("Place"),
    "venue": N_("Venue"),
    "attendance": N_("Attendance"),
    "type": N_("Type"),
    "occasion": N_("Occasion"),
    "organizers": N_("Organizers"),
    "speakers": N_("Speakers"),
    "program": N_("Program"),
}
"""The fields of a draft as :func:`format_extraction` names them."""
_SOURCE_LABELS = {
    "publisher": N_("publisher"),
    "via": N_("passed on by"),
    "dateline": N_("dateline"),
    "published": N_("published"),
    "language": N_("language"),
}
"""The report's details as :func:`format_extraction` names them."""


def _source_value(key: str, value: object) -> str:
    if key == "published":
        return format_date(dt.date.fromisoformat(str(value)))
    return str(value)


_PRECISIONS = {"month": N_("month"), "year": N_("year"), "between": N_("between")}
"""A draft's date precision, when it is not a day, as :func:`format_extraction` names it."""


def _dates_line(event: DraftEvent) -> str:
    """The dates as the events table shows them (a month, a span), with their precision."""
    if event.start_date is None:
        return _("unknown")
    dates = dates_text(event.start_date, event.end_date, event.date_precision, _written)
    word = _PRECISIONS.get(event.date_precision)
    if word is None:
        return dates
    return _("{dates} (precision: {precision})").format(dates=dates, precision=_(word))


def _written(day: dt.date, precision: str) -> str:
    """A date in the message language, as the window writes it: "03.2025" for a month
    (ISO in English), a day as :func:`format_date` writes it."""
    if precision == "day":
        return format_date(day)
    if precision == "year" or current_language() == "en":
        return iso_date(day, precision)
    from babel.dates import format_skeleton  # as format_date: only where a date is written

    return format_skeleton("yMM", day, locale=current_language())


def format_extraction(extraction: Extraction, names: ShownNames | None = None) -> str:
    """The drafts as readable text for the terminal; ``names`` names places, types,
    occasions and program items in the message language (else as the drafts hold them)."""
    names = names or ShownNames()
    source = extraction.source
    labels = {key: _(label) for key, label in _FIELD_LABELS.items()}
    width = max(len(label) for label in labels.values()) + 2

    def line(key: str, value: str) -> str:
        return f"  {labels[key] + ':':<{width}}{value}"

    lines = [
        _("Source: {details}").format(details=", ".join(
            f"{_(label)} {_source_value(key, source[key])}"
            for key, label in _SOURCE_LABELS.items()
            if source.get(key)
        ))
    ]
    if not extraction.events:
        lines.append(_("No events found in the text."))
    for number, event in enumerate(extraction.events, start=1):
        lines.append("")
        lines.append(_("Event {number}: {title}").format(number=number, title=names.title(event)))
        lines.append(line("date", _dates_line(event)))
        place = ", ".join(p for p in names.place(event) if p)
        lines.append(line("place", place or "-"))
        if event.venue:
            lines.append(line("venue", event.venue))
        if event.attendance is not None:
            lines.append(line("attendance", format_number(event.attendance)))
        lines.append(line("type", names.event_type(event) or "-"))
        lines.append(line("occasion", names.occasion_line(event) or "-"))
        lines.append(line("organizers", "; ".join(event.organizations) or "-"))
        if event.speakers:
            lines.append(line("speakers", "").rstrip())
            for speaker in event.speakers:
                parts = (speaker.get("role"), speaker.get("organization"))
                extra = ", ".join(p for p in parts if p)
                lines.append(f"    - {speaker['name']}" + (f" ({extra})" if extra else ""))
        else:
            lines.append(line("speakers", "-"))
        lines.append(line("program", ", ".join(names.program(event)) or "-"))
        for warning in event.warnings:
            lines.append(f"  ! {warning}")
    return "\n".join(lines)


def extract_file(path: Path, session: Session | None = None,
                 published: dt.date | None = None) -> Extraction:
    """``extract`` on the text of a .txt, .html or .docx file."""
    return extract(read_document(path), session, published)
