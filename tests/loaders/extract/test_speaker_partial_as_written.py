"""A partial quote's organisation speaker as its own sentence names it (speakersR39): a fragment sits inside the
writer's sentence, so "The institute said the course would be “…”" keeps "The institute" even when the resolver
reads the description as the body named before it. Full quotes ("“…,” the company said"), "it", a person's
description and a body named in the fragment's own sentence are the near misses: they keep what they had.
Made-up text; expectations written before the run."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

FERRY = "The Kessel Ferry Company cancelled all crossings on Sunday because of high winds.\n\n"
INSTITUTE = ("The Varna Coastal Research Institute will host the trainees. Its director, Dr. Pavel Ostrov, met them "
             "on Tuesday.\n\n")


@pytest.mark.parametrize("text, start, speaker", [
    # hits: a definite description as a partial quote's subject stays as written
    (INSTITUTE + "The institute said the course would be \"built around the local tides\".", "built around",
     "The institute"),
    (FERRY + "The company said the boats would stay in port \"until the wind drops\".", "until the wind drops",
     "The company"),
    ("Orlo Water cut supplies to 4,000 homes on Monday. The utility said crews were \"working through the "
     "night\".", "working through the night", "The utility"),
    # near misses: a full quote with the same description is the body's name
    (INSTITUTE + "\"The course is built around the local tides,\" the institute said.", "The course is built",
     "The Varna Coastal Research Institute"),
    (FERRY + "\"The safety of our passengers comes first,\" the company said.", "The safety of our",
     "The Kessel Ferry Company"),
    ("Orlo Water cut supplies to 4,000 homes on Monday. \"Crews are working through the night,\" the utility "
     "said.", "Crews are working", "Orlo Water"),
    # ... the body's own name as the fragment's subject stays its name
    (FERRY + "The Kessel Ferry Company said the boats would stay in port \"until the wind drops\".",
     "until the wind drops", "The Kessel Ferry Company"),
    # ... "it" for the body is the body's name
    (FERRY + "It said the boats would stay in port \"until the wind drops\".", "until the wind drops",
     "The Kessel Ferry Company"),
])
def test_a_partial_quotes_body_description_stays_as_written(text, start, speaker):
    got = speaker_of(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got


@pytest.mark.parametrize("text, start, speaker", [
    # hits: a day between a body's subject and its verb leaves it the subject "it" stands for
    ("The port authority on Thursday denied the reports. \"That request was never made,\" it said.", "That request",
     "The port authority"),
    ("The harbour board on Monday rejected the plan. \"We were not consulted,\" it said.", "We were not",
     "The harbour board"),
    # ... and is no part of a body's capitalised name
    ("Kessel Water on Friday cut supplies. \"Boil your water,\" it said.", "Boil your", "Kessel Water"),
    # near misses: "she" is no body; a person with a day before her verb is no "it"; a person's own "she"
    ("The port authority on Thursday denied the reports. \"That request was never made,\" she said.", "That request",
     None),
    ("Harbour chief Ana Roe on Thursday denied the reports. \"That request was never made,\" it said.",
     "That request", None),
    ("The port authority said on Thursday it had asked for help. Ana Roe, a docker, on Friday denied it. \"That "
     "request was never made,\" she said.", "That request", "Ana Roe"),
])
def test_a_day_between_a_bodys_subject_and_its_verb(text, start, speaker):
    got = speaker_of(text, start)
    assert (got.casefold() if got else None) == (speaker.casefold() if speaker else None), got


@pytest.mark.parametrize("text, start, speaker", [
    # hits (speakersR40): a weekday followed by a capitalised word is inside a body's name, not a day
    ("The League on Saturday Markets issued a report. \"Stalls need more room,\" it said.", "Stalls need",
     "The League on Saturday Markets"),
    ("The Fund on Monday Mornings closed its doors. \"We ran out of money,\" it said.", "We ran out",
     "The Fund on Monday Mornings"),
    # ... a calendar day, a weekday's part or an abbreviated weekday between the subject and its verb is a day
    ("The ferry operator on 14 June denied the claims. \"No sailing was cancelled,\" it said.", "No sailing",
     "The ferry operator"),
    ("The water board on June 14 rejected the plan. \"We were never asked,\" it said.", "We were never",
     "The water board"),
    ("The transit agency on Thursday night cut two routes. \"Ridership has fallen,\" it said.", "Ridership has",
     "The transit agency"),
    ("The harbour board on Weds rejected the offer. \"The price is too low,\" it said.", "The price is",
     "The harbour board"),
    ("Kessel Water on 3 March cut supplies. \"Boil your water,\" it said.", "Boil your", "Kessel Water"),
    ("Kessel Water on Sunday morning cut supplies. \"Boil your water,\" it said.", "Boil your", "Kessel Water"),
    # near misses: "she" is no body; a person with a date before her verb is no "it"; a street named like a
    # month is a place in the name, no date
    ("The ferry operator on 14 June denied the claims. \"No sailing was cancelled,\" she said.", "No sailing", None),
    ("Harbour chief Ana Roe on 14 June denied the claims. \"No sailing was cancelled,\" it said.", "No sailing",
     None),
    ("Harbour chief Ana Roe on Thursday night denied the claims. \"No sailing was cancelled,\" it said.",
     "No sailing", None),
    ("The Trust on May Street denied the claims. \"No tree was felled,\" it said.", "No tree was",
     "The Trust on May Street"),
    ("The Club on March Road closed the pitch. \"The grass needs a rest,\" it said.", "The grass needs",
     "The Club on March Road"),
    ("Harbour chief Ana Roe on Weds denied the claims. \"No sailing was cancelled,\" it said.", "No sailing", None),
    ("The Fund on Monday Mornings closed its doors. \"We ran out of money,\" she said.", "We ran out", None),
    ("Kessel Water on 3 March cut supplies. Ana Roe, a baker, on 4 March closed her shop. \"I had no water,\" she "
     "said.", "I had no water", "Ana Roe"),
])
def test_a_date_between_a_bodys_subject_and_its_verb(text, start, speaker):
    got = speaker_of(text, start)
    assert (got.casefold() if got else None) == (speaker.casefold() if speaker else None), got


@pytest.mark.parametrize("text, start, speaker", [
    # hits (review of speakersR40): a day told late or early, and a modal verb after the day, leave the body the
    # subject that "it" takes up
    ("The ferry operator late on Thursday denied the claims. \"No sailing was cancelled,\" it said.", "No sailing",
     "The ferry operator"),
    ("The water board early on 14 June rejected the plan. \"We were never asked,\" it said.", "We were never",
     "The water board"),
    ("The ferry operator on Thursday will not deny the claims. \"Some sailings were late,\" it said.", "Some sailings",
     "The ferry operator"),
    ("The water board would not comment on the plan. \"We were never asked,\" it said.", "We were never",
     "The water board"),
    # near misses: "she" is no body; a person with a late day or a modal before her verb is no "it"; a lowercase
    # "late" is no day's and no name's
    ("The ferry operator late on Thursday denied the claims. \"No sailing was cancelled,\" she said.", "No sailing",
     None),
    ("Harbour chief Ana Roe late on Thursday denied the claims. \"No sailing was cancelled,\" it said.",
     "No sailing", None),
    ("Harbour chief Ana Roe on Thursday will not deny the claims. \"Some sailings were late,\" it said.",
     "Some sailings", None),
    ("The ferry operator on Thursday will not deny the claims. \"Some sailings were late,\" she said.",
     "Some sailings", None),
])
def test_a_late_day_or_a_modal_between_a_bodys_subject_and_its_verb(text, start, speaker):
    got = speaker_of(text, start)
    assert (got.casefold() if got else None) == (speaker.casefold() if speaker else None), got
