"""Date expressions: every form, from made-up sentences with their own publication dates."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import DateValue, find_dates, shift, week_value

WED_2004 = date(2004, 9, 8)  # a Wednesday
MON_2004 = date(2004, 9, 6)  # a Monday
THU_2006 = date(2006, 2, 2)  # a Thursday
TUE_2016 = date(2016, 6, 7)  # a Tuesday
NOV_2023 = date(2023, 11, 20)  # a Monday


def only(text: str, anchor: date | None, exact: bool = True, phrase: str | None = None):
    mentions = find_dates(text, anchor, exact)
    if phrase is not None:
        mentions = [m for m in mentions if m.phrase == phrase]
    assert mentions, f"no date found in {text!r}"
    return mentions[-1] if phrase is None else mentions[0]


def value_of(text: str, anchor: date | None, phrase: str | None = None, exact: bool = True):
    mention = only(text, anchor, exact, phrase)
    if mention.value is None:
        return None
    return mention.value.start.isoformat(), mention.value.precision


@pytest.mark.parametrize("text, anchor, expected", [
    # Bare weekdays: the most recent one on or before publication.
    ("The minister arrived on Monday.", WED_2004, ("2004-09-06", "day")),
    ("Officials said Wednesday the talks failed.", WED_2004, ("2004-09-08", "day")),
    ("The deal was signed Thursday.", WED_2004, ("2004-09-02", "day")),
    ("On Sunday, the two leaders spoke.", MON_2004, ("2004-09-05", "day")),
    ("He spoke at the Sunday cabinet meeting.", MON_2004, ("2004-09-05", "day")),
    ("Putin, during a press conference Monday, said so.", THU_2006, ("2006-01-30", "day")),
    ("Saturday's vote went badly.", TUE_2016, ("2016-06-04", "day")),
    ("The attack happened on Friday night.", TUE_2016, ("2016-06-03", "day")),
    # Future tense: the next one on or after publication.
    ("The minister is to hold talks Monday with the premier.", MON_2004, ("2004-09-06", "day")),
    ("On Wednesday the foreign minister plans to meet his counterpart.", TUE_2016, ("2016-06-08", "day")),
    ("The cabinet will vote on Sunday.", THU_2006, ("2006-02-05", "day")),
    ("Talks are scheduled to resume Friday.", WED_2004, ("2004-09-10", "day")),
    # the present progressive of a scheduled act names the coming day; its past, the last one
    ("The premier is travelling to Berlin on Friday.", WED_2004, ("2004-09-10", "day")),
    ("The two envoys are meeting on Friday.", WED_2004, ("2004-09-10", "day")),
    ("The two envoys were meeting on Friday.", WED_2004, ("2004-09-03", "day")),
    # an agreement, decision or promise to act dates the act, which is to come; a noun object's date is past
    ("The ministers agreed to convene the committee in Amman in January.", NOV_2023, ("2024-01-01", "month")),
    ("The board decided to open the plant in March.", NOV_2023, ("2024-03-01", "month")),
    ("The two sides agreed to the deal in March.", NOV_2023, ("2023-03-01", "month")),
    # a reported "would" is the future of the past, whatever its verb; "would have" is not
    ("Officials said the plant would open in March.", NOV_2023, ("2024-03-01", "month")),
    ("Officials said the plant would have opened in March.", NOV_2023, ("2023-03-01", "month")),
    # a person due somewhere is expected there
    ("The premier is due in Berlin on Friday for talks.", WED_2004, ("2004-09-10", "day")),
    # last / next / this weekday.
    ("They met last Monday.", WED_2004, ("2004-09-06", "day")),
    ("They met last Wednesday.", WED_2004, ("2004-09-01", "day")),
    ("They will meet next Monday.", WED_2004, ("2004-09-13", "day")),
    ("They will meet next Wednesday.", WED_2004, ("2004-09-15", "day")),
])
def test_weekdays(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("He told the paper yesterday.", MON_2004, ("2004-09-05", "day")),
    ("The envoy lands today.", MON_2004, ("2004-09-06", "day")),
    ("The envoy lands tomorrow.", MON_2004, ("2004-09-07", "day")),
    ("Rockets fell last night.", MON_2004, ("2004-09-05", "day")),
    ("They met this morning.", MON_2004, ("2004-09-06", "day")),
    ("It happened the day before yesterday.", MON_2004, ("2004-09-04", "day")),
    ("It will open the day after tomorrow.", MON_2004, ("2004-09-08", "day")),
])
def test_named_days(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # A week is kept at month precision (the month of its Thursday), its days clipped to that month.
    ("He referred to last week's siege.", WED_2004, ("2004-09-01", "month")),
    ("He told the paper last week.", date(2004, 9, 20), ("2004-09-13", "month")),
    ("Talks continue this week.", date(2004, 9, 1), ("2004-09-01", "month")),
    ("The summit is next week.", date(2004, 9, 24), ("2004-09-27", "month")),
    ("The summit is next week.", date(2004, 9, 29), ("2004-10-04", "month")),
    ("Sales fell last month.", WED_2004, ("2004-08-01", "month")),
    ("Sales fell last month.", date(2005, 1, 3), ("2004-12-01", "month")),
    ("Elections are due next month.", date(2004, 12, 3), ("2005-01-01", "month")),
    ("The report came out earlier this month.", WED_2004, ("2004-09-01", "month")),
    ("It is their only meeting this year.", TUE_2016, ("2016-01-01", "year")),
    ("The treaty was signed last year.", TUE_2016, ("2015-01-01", "year")),
    ("Elections will be held next year.", TUE_2016, ("2017-01-01", "year")),
    # the end of the current month or year: that month, that year
    ("A new unit will arrive by the end of the month.", WED_2004, ("2004-09-01", "month")),
    ("The bridge will reopen before the end of the year.", TUE_2016, ("2016-01-01", "year")),
])
def test_weeks_months_years(text, anchor, expected):
    assert value_of(text, anchor) == expected


def test_in_the_last_year_is_a_duration_not_a_date():
    assert [m.phrase for m in find_dates("It is their fourth meeting in the last year.", TUE_2016)] == []


@pytest.mark.parametrize("text, anchor, expected", [
    ("The agreement was signed last September.", NOV_2023, ("2023-09-01", "month")),
    ("The agreement was signed last September.", date(2023, 9, 20), ("2022-09-01", "month")),
    ("The agreement was signed last November.", NOV_2023, ("2022-11-01", "month")),
    ("The plan was announced in March.", NOV_2023, ("2023-03-01", "month")),
    ("The plan was announced in December.", NOV_2023, ("2022-12-01", "month")),
    ("Elections will be held in December.", NOV_2023, ("2023-12-01", "month")),
    ("Elections will be held in March.", NOV_2023, ("2024-03-01", "month")),
    # a month a plan is set for, moved to or put off until: the coming one, whatever became of the plan
    ("A shutdown planned for May was cancelled.", NOV_2023, ("2024-05-01", "month")),
    ("The overhaul has been moved to October.", date(2026, 6, 16), ("2026-10-01", "month")),
    ("The vote was postponed until March.", NOV_2023, ("2024-03-01", "month")),
    # (a called-off plan's day is the nearest one: a month gone by, not eleven months ahead; eventsR16)
    ("The festival scheduled for Oct. 17 was cancelled.", NOV_2023, ("2023-10-17", "day")),
    ("The festival scheduled for Jan. 17 was cancelled.", NOV_2023, ("2024-01-17", "day")),
    ("Talks resume next January.", NOV_2023, ("2024-01-01", "month")),
    ("Prices rose this February.", NOV_2023, ("2023-02-01", "month")),
])
def test_bare_months(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("Hamas attacked on October 7.", NOV_2023, ("2023-10-07", "day")),
    ("Hamas attacked on October 7.", date(2024, 3, 1), ("2023-10-07", "day")),
    ("Hamas attacked on October 7.", date(2023, 10, 7), ("2023-10-07", "day")),
    ("The summit opened on 12 March.", NOV_2023, ("2023-03-12", "day")),
    ("The summit will open on December 3rd.", NOV_2023, ("2023-12-03", "day")),
    ("The summit will open on March 3.", NOV_2023, ("2024-03-03", "day")),
    ("using the October 7 attack as a pretext", NOV_2023, ("2023-10-07", "day")),
])
def test_day_of_month_without_year(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    ("launched following the Sept. 11, 2001, hijacking attacks", ("2001-09-11", "day")),
    ("on September 11, 2001 the towers fell", ("2001-09-11", "day")),
    ("signed on 13 September 1993 in Washington", ("1993-09-13", "day")),
    ("the 4th of November 1995", ("1995-11-04", "day")),
    ("dated 2015-07-14 in the archive", ("2015-07-14", "day")),
    ("With the outbreak of war in February 2022, prices rose.", ("2022-02-01", "month")),
    ("the ministry announced in September 2022 its position", ("2022-09-01", "month")),
    ("Lapid's statement in April 2022", ("2022-04-01", "month")),
    ("in Sept. 2001", ("2001-09-01", "month")),
    ("Putin visited in 2005.", ("2005-01-01", "year")),
    ("relations were restored at the end of 1991 after a long break", ("1991-01-01", "year")),
    ("severed following the 1967 war", ("1967-01-01", "year")),
    ("the 2001 Dolphinarium bombing", ("2001-01-01", "year")),
    ("and then again in 2012", ("2012-01-01", "year")),
    ("since 1999 the relations improved", ("1999-01-01", "year")),
    ("in early 2005 he resigned", ("2005-01-01", "year")),
])
def test_absolute_dates_need_no_anchor(text, expected):
    assert value_of(text, None) == expected


@pytest.mark.parametrize("text", [
    "More than 2000 people attended.",
    "He paid $2005 for it.",
    "The S-300 and S-400 systems.",
    "Sales of 2,004 units.",
    "They grew 2012% in a year.",
    "In the 1990s the economy grew.",
    "a 13-year crackdown",
])
def test_numbers_that_are_not_years(text):
    assert all(m.kind != "absolute" for m in find_dates(text, None))


@pytest.mark.parametrize("text, anchor, phrase, expected", [
    # Anaphora: the previous resolved date is the reference.
    ("Putin spoke on Monday. The Quartet met the same day.", THU_2006, "the same day", ("2006-01-30", "day")),
    ("The leaders met on Tuesday. Earlier in the day he laid a wreath.", TUE_2016, "Earlier in the day",
     ("2016-06-07", "day")),
    ("The leaders met on Tuesday. Later that day they dined.", TUE_2016, "Later that day", ("2016-06-07", "day")),
    ("War broke out in February 2022. He traveled to Moscow the following month.", None, "the following month",
     ("2022-03-01", "month")),
    ("He spoke in April 2022. The following month, Moscow invited a delegation.", None, "The following month",
     ("2022-05-01", "month")),
    ("The ceasefire began on 3 March 2020. The next day rockets fell.", None, "The next day", ("2020-03-04", "day")),
    ("It was founded in 1948. The following year it joined the UN.", None, "The following year", ("1949-01-01", "year")),
    ("The raid came on 3 March 2020. Two days later a truce was agreed.", None, "Two days later",
     ("2020-03-05", "day")),
    ("The raid came on 3 March 2020. A week earlier talks had failed.", None, "A week earlier",
     ("2020-02-25", "day")),
    ("The vote was on 3 March 2020. The previous month was calm.", None, "The previous month",
     ("2020-02-01", "month")),
])
def test_anaphoric_dates(text, anchor, phrase, expected):
    assert value_of(text, anchor, phrase) == expected


# Days or weeks earlier/later count from the previous date and keep its period, even when that period holds the
# publication day ("later this year ... two days earlier" is no day counted from publication: review eventsR51 #1).
@pytest.mark.parametrize("text, anchor, phrase, expected", [
    ("The fair opens later this year. Talks had stalled two days earlier.", NOV_2023, "two days earlier",
     ("2023-01-01", "year")),
    ("Sales rose this month. Three days earlier the plant had closed.", NOV_2023, "Three days earlier",
     ("2023-11-01", "month")),
    ("The dam burst in 2019. Two days earlier rain had fallen.", NOV_2023, "Two days earlier", ("2019-01-01", "year")),
    ("The pact lapsed last year. Two days later a truce held.", NOV_2023, "Two days later", ("2022-01-01", "year")),
    ("The raid came on 3 March 2020. Two days earlier talks failed.", NOV_2023, "Two days earlier",
     ("2020-03-01", "day")),
    ("The fair opens this year. Months earlier the site was sold.", NOV_2023, "Months earlier", ("2022-01-01", "year")),
])
def test_offsets_keep_the_previous_period(text, anchor, phrase, expected):
    assert value_of(text, anchor, phrase) == expected


def test_same_day_skips_coarser_dates_in_between():
    text = "They met on Tuesday. He had one meeting with Obama this year. Earlier in the day he laid a wreath."
    assert value_of(text, TUE_2016, "Earlier in the day") == ("2016-06-07", "day")


def test_announced_future_date_does_not_move_the_narration():
    text = ("They met on Tuesday. On Wednesday the minister plans to meet his counterpart. "
            "Earlier in the day he laid a wreath.")
    assert value_of(text, TUE_2016, "Earlier in the day") == ("2016-06-07", "day")


def test_anaphora_without_reference_stays_unresolved():
    assert value_of("The Quartet met the same day.", THU_2006, "the same day") is None


@pytest.mark.parametrize("text, anchor, phrase, expected", [
    ("A full 10 days after Hamas attacked on October 7, Putin called.", NOV_2023, "A full 10 days after",
     ("2023-10-17", "day")),
    ("the war, which broke out a few weeks after the envoy signed a deal last September", NOV_2023,
     "a few weeks after", ("2023-10-01", "month")),
    ("Two days before the vote on 3 March 2020, he resigned.", None, "Two days before", ("2020-03-01", "day")),
    ("Three months after the election in May 2019, he quit.", None, "Three months after",
     ("2019-08-01", "month")),
])
def test_offsets_from_a_later_date_in_the_sentence(text, anchor, phrase, expected):
    mention = only(text, anchor, True, phrase)
    assert mention.kind == "compound"
    assert (mention.value.start.isoformat(), mention.value.precision) == expected
    assert mention.reference_index is not None


def test_future_is_read_in_the_date_s_own_clause():
    text = "She arrived on Monday evening and is due to travel on Thursday."
    assert value_of(text, date(2010, 3, 10), "on Monday evening") == ("2010-03-08", "day")
    assert value_of(text, date(2010, 3, 10), "on Thursday") == ("2010-03-11", "day")


def test_unstated_count_of_days_is_fuzzy():
    mention = only("Weeks after the vote on 3 March 2020, he quit.", None, True, "Weeks after")
    assert (mention.value.start.isoformat(), mention.value.precision) == ("2020-03-01", "month")


def test_offset_without_a_date_in_the_sentence_stays_unresolved():
    assert value_of("Ten days after the attack, Putin called.", NOV_2023, "Ten days after") is None


@pytest.mark.parametrize("text, anchor, expected", [
    ("Three days ago the envoy left.", MON_2004, ("2004-09-03", "day")),
    ("The law passed two years ago.", TUE_2016, ("2014-01-01", "year")),
    ("A month ago prices rose.", TUE_2016, ("2016-05-01", "month")),
    ("A few days ago they met.", TUE_2016, ("2016-06-01", "month")),
])
def test_ago(text, anchor, expected):
    assert value_of(text, anchor) == expected


# Weeks ago name a week, not a day: the week's month (`week_value`), as "last week" is stored.
@pytest.mark.parametrize("text, anchor, expected", [
    ("Two weeks ago the board met.", TUE_2016, ("2016-05-23", "month")),
    ("The mayor resigned a week ago.", MON_2004, ("2004-09-01", "month")),
    ("Three weeks ago the pier flooded.", TUE_2016, ("2016-05-16", "month")),
])
def test_weeks_ago_name_a_week(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, phrase", [
    ("The board met for two weeks.", TUE_2016, "two weeks"),  # a duration
    ("The pier reopens within two weeks.", TUE_2016, "two weeks"),
    ("The vote is in three weeks.", TUE_2016, "three weeks"),  # ahead, not ago
    ("Six days ago the envoy left.", MON_2004, "Six days ago"),  # days keep the day
])
def test_weeks_ago_near_misses(text, anchor, phrase):
    got = [(m.phrase, m.value.precision if m.value else None) for m in find_dates(text, anchor)]
    if phrase.endswith("ago"):
        assert got == [(phrase, "day")]
    else:
        assert all(phrase not in mention_phrase or precision != "month" for mention_phrase, precision in got)


@pytest.mark.parametrize("text, anchor, expected", [
    ("the two countries celebrate 25 years of diplomatic relations", TUE_2016, ("1991-01-01", "year")),
    ("We are marking twenty-five years since the resumption of relations", TUE_2016, ("1991-01-01", "year")),
    ("ten years of cooperation", date(2020, 1, 5), ("2010-01-01", "year")),
])
def test_anniversaries(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text", [
    "The minister arrived on Monday.",
    "He told the paper yesterday.",
    "Talks continue this week.",
    "Three days ago the envoy left.",
])
def test_day_level_deixis_needs_the_exact_publication_date(text):
    # With only an estimate of the publication date, weekdays and 'yesterday' cannot be placed.
    assert only(text, NOV_2023, exact=False).value is None
    assert only(text, None).value is None


@pytest.mark.parametrize("text, expected", [
    ("The agreement was signed last September.", ("2023-09-01", "month")),
    ("Hamas attacked on October 7.", ("2023-10-07", "day")),
    ("It is their only meeting this year.", ("2023-01-01", "year")),
])
def test_estimated_anchor_still_places_months_and_days_of_month(text, expected):
    assert value_of(text, date(2023, 10, 7), exact=False) == expected


@pytest.mark.parametrize("text", [
    "You may 5 times try.",  # lower-case month words are ordinary words
    "They march on.",
    "a sunday school",
])
def test_lower_case_month_and_day_words_are_not_dates(text):
    assert find_dates(text, TUE_2016) == []


def test_spans_are_offsets_into_the_text():
    text = "Moscow signed a memorandum with Jerusalem on Monday despite last week's siege."
    for mention in find_dates(text, WED_2004):
        assert text[mention.start:mention.end] == mention.phrase
    assert [m.phrase for m in find_dates(text, WED_2004)] == ["on Monday", "last week's"]


@pytest.mark.parametrize("value, amount, unit, fuzzy, expected", [
    (DateValue(date(2023, 10, 7), date(2023, 10, 7), "day"), 10, "day", False, ("2023-10-17", "day")),
    (DateValue(date(2023, 9, 1), date(2023, 9, 30), "month"), 3, "week", True, ("2023-10-01", "month")),
    (DateValue(date(2022, 1, 31), date(2022, 1, 31), "day"), 1, "month", False, ("2022-02-01", "month")),
    (DateValue(date(2020, 1, 1), date(2020, 12, 31), "year"), -1, "year", False, ("2019-01-01", "year")),
])
def test_shift(value, amount, unit, fuzzy, expected):
    moved = shift(value, amount, unit, fuzzy)
    assert (moved.start.isoformat(), moved.precision) == expected


def test_week_value_is_clipped_to_the_month_of_its_thursday():
    week = week_value(date(2004, 8, 30))
    assert (week.start, week.end, week.precision) == (date(2004, 9, 1), date(2004, 9, 5), "month")


@pytest.mark.parametrize("text, expected", [
    ("From 2010 to 2013 the party led a series of referendums.", ("2010-01-01", "2013-12-31")),
    ("the 2008-2009 war in Gaza", ("2008-01-01", "2009-12-31")),
    ("between 1994 and 1996 the first war was fought", ("1994-01-01", "1996-12-31")),
])
def test_year_ranges_keep_both_ends(text, expected):
    [mention] = [m for m in find_dates(text, None) if m.value is not None]
    assert (mention.value.start.isoformat(), mention.value.end.isoformat(), mention.value.precision) == (
        *expected, "year")


@pytest.mark.parametrize("text, anchor, expected", [
    ("She takes office on November 1.", date(2023, 10, 9), ("2023-11-01", "day")),
    ("He resigned on Jan. 5 after the vote.", date(2023, 12, 20), ("2023-01-05", "day")),
    ("Talks resume on Jan. 5 in Geneva.", date(2023, 12, 20), ("2024-01-05", "day")),
    ("The ceremony is on 12 March in Riverton.", date(2023, 11, 1), ("2024-03-12", "day")),
    # a date naming an event is the nearest, whatever the tense of the sentence's other verbs
    ("They are vying in the Nov. 8 election, which has grown contentious as they traded barbs.",
     date(2016, 8, 28), ("2016-11-08", "day")),
    ("He recalled the Nov. 8 election, which he lost.", date(2016, 12, 28), ("2016-11-08", "day")),
    ("Clinton noted the Sept. 11 attacks and her work.", date(2016, 4, 14), ("2015-09-11", "day")),
    ("She won after the March 15 primaries, which went well.", date(2016, 10, 24), ("2016-03-15", "day")),
    # a yearless month far back, no verb in the past: the coming one; with a past verb, the past one
    ("The team leaves for its tour in December.", date(2026, 10, 19), ("2026-12-01", "month")),
    ("The team toured Australia in December.", date(2026, 10, 19), ("2025-12-01", "month")),
    # a clause of time hangs on its main clause's future
    ("The sides, who struggled, will play a series, before Pakistan leave for their tour in December.",
     date(2026, 10, 19), ("2026-12-01", "month")),
])
def test_day_of_month_without_year_prefers_a_near_coming_date_without_past_tense(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # what is called off is still to come; what was done on a weekday is past
    ("The operator has cancelled all of Sunday's crossings.", date(2026, 9, 19), ("2026-09-20", "day")),
    ("The operator ran all of Sunday's crossings.", date(2026, 9, 19), ("2026-09-13", "day")),
    # a reported plan to tour
    ("The premier said he would tour the coast on Sunday.", date(2026, 9, 19), ("2026-09-20", "day")),
])
def test_weekdays_of_what_is_called_off_or_planned_are_to_come(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("The summit opens in Addis Ababa this weekend.", date(2024, 2, 15), ("2024-02-17", "day")),
    ("The summit opened last weekend.", date(2024, 2, 15), ("2024-02-10", "day")),
    ("The summit opens next weekend.", date(2024, 2, 15), ("2024-02-24", "day")),
    ("The summit opened this weekend.", date(2024, 2, 18), ("2024-02-17", "day")),
])
def test_weekends(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # Reported plans and scheduled events are to come, though their sentence looks past.
    ("The envoy said the delegations would meet again on Tuesday.", date(2025, 2, 9), ("2025-02-11", "day")),
    ("A second round is scheduled for Tuesday.", date(2025, 2, 9), ("2025-02-11", "day")),
    ("Experts said a court could rule before early voting begins on April 4.", date(2023, 3, 6),
     ("2023-04-04", "day")),
    ("Experts said the court ruled on April 4.", date(2023, 3, 6), ("2022-04-04", "day")),
    ("Bolivia holds a general election on Oct. 20, and he is expected to run.", date(2024, 4, 18),
     ("2024-10-20", "day")),
    ("Bolivia held a general election on Oct. 20.", date(2024, 4, 18), ("2023-10-20", "day")),
    # every noun of an event held on a set day (one list with "the Nov. 8 election"): a hearing is scheduled too
    ("Lawyers said the court holds a hearing on Oct. 20 in Sucre.", date(2024, 4, 18), ("2024-10-20", "day")),
])
def test_plans_told_in_the_past_tense_are_still_to_come(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # Early in the week "at/over the weekend" is the one just gone, unless a future verb says otherwise.
    ("The ministry protested over a raid at the weekend.", date(2024, 3, 18), ("2024-03-16", "day")),
    ("Crowds gathered over the weekend.", date(2024, 3, 20), ("2024-03-16", "day")),
    ("The ministers will meet at the weekend.", date(2024, 3, 18), ("2024-03-23", "day")),
    ("Crowds gathered over the weekend.", date(2024, 3, 22), ("2024-03-23", "day")),
])
def test_the_weekend_early_in_the_week_is_the_last_one(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # Only the year of publication is known (a day-month-swappable "07/03/2024").
    ("The vote was pushed back to December 15.", "December 15", ("2024-12-15", "day")),
    ("Clashes broke out on February 9.", "on February 9", ("2024-02-09", "day")),
    ("The talks began in January.", "in January", ("2024-01-01", "month")),
    ("The council ruled last month.", "last month", None),
    ("The council ruled three months ago.", "three months ago", None),
    ("The council ruled last year.", "last year", ("2023-01-01", "year")),
])
def test_with_only_the_year_known_yearless_dates_fall_in_it(text, phrase, expected):
    mention = next(m for m in find_dates(text, date(2024, 1, 1), False, anchor_year_only=True) if m.phrase == phrase)
    got = (mention.value.start.isoformat(), mention.value.precision) if mention.value else None
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("The country marks 30 years of diplomatic relations.", ("1994-01-01", "year")),
    ("A ceasefire ended two years of war in the region.", None),
    ("The truce came after three years of fighting.", None),
])
def test_years_of_counts_back_unless_the_span_has_ended(text, expected):
    mentions = [m for m in find_dates(text, date(2024, 5, 1)) if "years" in m.phrase]
    got = (mentions[0].value.start.isoformat(), mentions[0].value.precision) if mentions and mentions[0].value else None
    assert got == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("She had traveled to Tokyo in mid-March.", date(2023, 5, 16), ("2023-03-01", "month")),
    ("Prices rose until mid-June.", date(2023, 5, 16), ("2022-06-01", "month")),
    # "a plan to" is a noun's, not a plan of the sentence's subject: the announcement is past.
    ("Seoul announced a plan to settle the row on March 6.", date(2023, 5, 16), ("2023-03-06", "day")),
    ("The firm plans to sell the plant on March 6.", date(2023, 5, 16), ("2024-03-06", "day")),
    # A present-tense verb before a weekday: the coming one.
    ("The summit opens on Friday.", date(2023, 5, 16), ("2023-05-19", "day")),
    ("The summit opened on Friday.", date(2023, 5, 16), ("2023-05-12", "day")),
])
def test_mid_month_noun_plans_and_present_tense_weekdays(text, anchor, expected):
    assert value_of(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministers met a fortnight ago.", ("2024-04-04", "day")),
    ("The deal came on Thursday last week.", ("2024-04-11", "day")),
    ("They meet on Monday next week.", ("2024-04-22", "day")),
    ("The vote took place on 14/04/2024.", ("2024-04-14", "day")),
    ("The vote took place on 4.14.2024.", ("2024-04-14", "day")),
    ("The vote took place on 04/05/2024.", None),  # either order: not read
])
def test_fortnights_weekdays_of_another_week_and_numeric_dates(text, expected):
    assert value_of(text, date(2024, 4, 18)) == expected  # a Thursday


# A weekday "this week" is that day of the publication's own week, ahead or gone by, whatever the verb says.
@pytest.mark.parametrize("text, expected", [
    ("The launch is planned for Saturday this week.", ("2024-04-20", "day")),
    ("The board met on Monday this week.", ("2024-04-15", "day")),
    ("The hearing was moved to Friday this week.", ("2024-04-19", "day")),
    # near misses: "this week" not the weekday's own (a possessive noun, another clause) keeps the bare weekday
    ("The board met on Monday. This week it rests.", ("2024-04-15", "day")),
    ("He spoke on Friday, this week's chair said.", ("2024-04-12", "day")),
    ("The board met on Monday and this week it rests.", ("2024-04-15", "day")),
])
def test_a_weekday_this_week(text, expected):
    weekdays = ("Monday", "Friday", "Saturday")
    mention = next(m for m in find_dates(text, date(2024, 4, 18)) if any(day in m.phrase for day in weekdays))
    assert (mention.value.start.isoformat(), mention.value.precision) == expected



@pytest.mark.parametrize("text, exact, year_only, expected", [
    ("The state votes in next year's election.", True, False, ("2025-01-01", "year")),
    ("The state votes in next year's election.", False, False, None),  # counted from an estimate: a guess
    ("The state voted in last year's election.", False, True, ("2023-01-01", "year")),  # the year is known
])
def test_years_counted_from_an_estimated_anchor_stay_open(text, exact, year_only, expected):
    mention = find_dates(text, date(2024, 1, 1) if not exact else date(2024, 4, 18), exact,
                         anchor_year_only=year_only)[0]
    got = (mention.value.start.isoformat(), mention.value.precision) if mention.value else None
    assert got == expected


def test_every_form_match_holds_the_words_its_windows_are_checked_for():
    """`_FORM_NEEDS` may skip a window only when no match of the form could be there: each form's matches on
    phrases the dev sets write contain its needed words."""
    import re as _re
    from loaders.extract.reldates import _FORM_SCANS
    phrases = ("on March 3, 2011 and 3 March 2011, in early May 2012, on June 4 and the 5th of July, last week, "
               "next month's, this past year, three years ago, the following day, the next week, two weeks later, "
               "days after, a full 10 days before, weeks earlier, the day before, the day after, 25 years of "
               "relations, forty years since, on the same day, that same day, later in the day, earlier that morning, "
               "later that night, that evening")
    checked = 0
    for kind, pattern, needs in _FORM_SCANS:
        for match in pattern.finditer(phrases):
            if needs is not None:
                assert needs.search(match.group(0)), (kind, match.group(0))
                checked += 1
    assert checked >= 21


@pytest.mark.parametrize("text, anchor, expected", [
    # a weekday told as when the calling off happened dates the calling off: past
    ("The airline cancelled flights on Monday after the storm hit the coast.", date(2026, 3, 11), ("2026-03-09", "day")),
    ("Officials suspended the talks on Monday.", date(2026, 3, 11), ("2026-03-09", "day")),
    ("The club postponed its game on Sunday, citing the heat.", date(2026, 3, 11), ("2026-03-08", "day")),
    # a weekday that modifies what was called off dates the thing still to come
    ("The club postponed the Friday match.", date(2026, 3, 11), ("2026-03-13", "day")),
    ("The league called off Saturday's game.", date(2026, 3, 11), ("2026-03-14", "day")),
    ("The operator cancelled Monday sailings.", date(2026, 3, 11), ("2026-03-16", "day")),
])
def test_a_called_off_weekday_is_ahead_only_when_it_modifies_the_object(text, anchor, expected):
    assert value_of(text, anchor) == expected


# "earlier in the year", "later that month", "that same week": the period of the previous date (a week at its
# month's precision, as "last week" is stored); with none before, the publication's own period.
@pytest.mark.parametrize("text, phrase, expected", [
    ("The port opened in March 2021. Later that year it was sold.", "Later that year", ("2021-01-01", "year")),
    ("The dam burst on 3 May 2019. Earlier in the month rain fell.", "Earlier in the month", ("2019-05-01", "month")),
    ("The dam burst on 3 May 2019. That same week the mayor quit.", "That same week", ("2019-05-01", "month")),
    ("The deal was offered to a rival earlier in the year.", "earlier in the year", ("2026-01-01", "year")),
])
def test_a_period_of_the_previous_date(text, phrase, expected):
    assert value_of(text, date(2026, 12, 4), phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    ("The port is busy in the year ahead.", "the year ahead"),  # no earlier/later, no "same"
    ("The fair runs later in the week.", "later in the week"),  # a week's later days: not read
    ("The mayor quit the same week he was elected.", "the same week"),  # no date before: the week is unknown
])
def test_a_period_of_the_previous_date_near_misses(text, phrase):
    assert not [m for m in find_dates(text, date(2026, 12, 4)) if phrase in m.phrase.lower() and m.value is not None]
