"""The sheet "How these figures are counted": the counting rules, in every workbook.

A report travels without the app; whoever checks a figure must be able to
redo it by hand. The rules stated here are the ones :mod:`db.queries`
applies (``EventFilter`` for the period, ``event_periods`` for the columns).
"""

from __future__ import annotations

from desktop.reports.language import translate
from desktop.reports.xlsx import Book

RULES: tuple[tuple[str, str], ...] = (
    ("Which events",
     "The events that are not in the trash and match every filter on the cover."),
    ("The period",
     "An event is in the report when any day it may have taken place on falls in the "
     "period: an event that started before the period and ran into it is in it, and so is "
     "an event known only to the month or the year when that month or year overlaps the "
     "period."),
    ("Period columns",
     "An event counts in every period it overlaps: a festival from 30 December to 2 January "
     "counts in December and in January; an event dated \"between\" two days counts in each "
     "month (quarter, year) of that range. Columns outside the report's period are left out."),
    ("Totals",
     "A Total counts each event once, so it can be less than the sum of the period columns "
     "when events span several periods."),
    ("Imprecise dates",
     "An event known only to the year is not counted in January: it counts in the column "
     "\"year, month unknown\" (\"quarter unknown\") of its year. An event known only to the "
     "month counts in that month. The events list shows the dates of such an event as their "
     "month or year, with its date precision next to it."),
    ("Regions",
     "An event counts in the region where it took place. Events with no region are shown "
     "in the row \"(no region)\" and are not ranked among the regions."),
    ("Organizations",
     "An event with several organizers counts once for each of them, so the total of that "
     "sheet can exceed the number of events."),
    ("Occasions",
     "The anniversary follows from the occasion's reference date and the year the event "
     "started; where the occasion has no reference date, the reported anniversary is used."),
    ("Cover",
     "Regions and organizations on the cover are the distinct ones among the events; the "
     "first and last event are the earliest and latest start dates."),
    ("Dates before 1900",
     "Excel has no dates before 1900: such dates are written as text, year-month-day."),
)


def write_counting(book: Book, title: str) -> None:
    sheet = book.sheet(title)
    widths = (22, 66)  # as wide as an upright A4 page prints at full size
    sheet.widths(widths)
    sheet.print_setup(title_rows=None, landscape=False)
    sheet.append([translate("How these figures are counted")], "title")
    sheet.skip()
    for label, text in RULES:
        label, text = translate(label), translate(text)
        sheet.fit_height([(label, widths[0]), (text, widths[1])])
        sheet.cell(sheet.row, 0, label, "label", "wrap")
        sheet.cell(sheet.row, 1, text, "wrap")
        sheet.skip()
