"""Did it happen, round 3 of evdateF (issue 15: stored `occurred` events that are real). Readings the status rules
lacked, from a study of the tune halves' stored occurred events that are not gold occurred, each with near misses
that must not change. The trigger is in brackets; the sentence ends at '¦' (the whole text when there is none).
Made-up sentences, not copied from any set.
"""
import pytest

from loaders.extract.modality import read_status


def status(text: str) -> str:
    start = text.index("[")
    end = text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    stop = plain.index("¦") if "¦" in plain else len(plain)
    plain = plain.replace("¦", " ") if "¦" in plain else plain
    return read_status(plain, (start, end), (0, stop))[0]


@pytest.mark.parametrize("text, expected", [
    # a reported claim put as a question and answered "No" in the next line, or called untrue in the next sentence
    ("Reporter: There were reports in May that the council had [closed] the depot.¦ Is that true?\n"
     "Varga: No. The depot was never shut.", "denied"),
    ("There were reports that the army [shelled] the bridge.¦ That is not true, a spokesman said.", "denied"),
    # near misses: the claim confirmed; no claim before the trigger
    ("Reporter: There were reports in May that the council had [closed] the depot.¦ Is that true?\n"
     "Varga: Yes, we closed it in June.", "occurred"),
    ("Reporter: The council [closed] the depot in May.¦ Why?\nVarga: No money was left.", "occurred"),
    # a denial in a relative clause on the event noun
    ("A [meeting] that did not happen", "denied"),
    ("The [raid], which never took place, was cited in the report.", "denied"),
    # near miss: a relative clause that denies something else of it
    ("The [summit] that the mayor did not attend was held in Oslo.", "occurred"),
    # a headline's bare participle: called off, put off
    ("Council [meeting] postponed", "cancelled"),
    ("Harbour [festival] called off after storm", "cancelled"),
    ("The [talks] were put on hold in March.", "cancelled"),
    # near misses: the participle of another event; a reduced relative in a sentence that says it was held
    ("The minister [met] the mayor, whose visit was postponed.", "occurred"),
    ("The [meeting] postponed from May took place on Friday.", "occurred"),
    # a headline's infinitive with the verb of a chair
    ("Prime minister to chair crisis [meeting]", "planned"),
    # a modal's verb with the trigger noun as its object, under a condition
    ("The agency may allow a limited commercial [opening] in October if the counts hold up.", "hypothetical"),
    # near miss: the month May
    ("In May the agency allowed a limited commercial [opening] on the river.", "occurred"),
    # what cannot be done
    ("They pay rates set by a council they cannot [vote] for.", "hypothetical"),
    # near miss: a clause of its own before the comma
    ("The mayor, who cannot drive, [visited] the site on Monday.", "occurred"),
    # a decision or ruling awaited, approval still needed
    ("The mill expects a [decision] in November.", "planned"),
    ("The firm is awaiting a [ruling] from the tribunal.", "planned"),
    ("The text still needed [approval] by both governments.", "planned"),
    # near miss: what few expected, told as done
    ("Few expected the [ruling] that came on Monday.", "occurred"),
    # a question about what is still to come
    ("When does the working group [meet]?", "hypothetical"),
    # near miss: a question about what was done
    ("Why did the board [meet] on a Sunday?", "occurred"),
    # a day set for after a long phrase of its topic
    ("A [hearing] on whether the farm should be sold is set for June 4.", "planned"),
    # near miss: another noun's expectation in a clause of reason
    ("The [hearing] ended early because the verdict was expected soon.", "occurred"),
])
def test_round3_status_readings(text, expected):
    assert status(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the present of a schedule: a trip or a meeting told in the present with the day it is set for
    ("The national team [fly to] Rabat on Thursday for a second friendly.", "planned"),
    ("The two ministers [meet] on Tuesday in Oslo.", "planned"),
    ("Kowal met Silva on Monday and [flies to] Rome on Friday.", "planned"),
    # near misses: the past; a habit; a headline's present, which tells what was done; no day
    ("Kowal met Silva on Monday and [flew to] Rome on Friday.", "occurred"),
    ("The ministers usually [meet] on Tuesdays.", "generic"),
    ("Kowal [meets] Silva on Monday", "occurred"),
    ("The ministers [meet] in a hotel by the lake.", "occurred"),
    # near misses: a report's historical present, told on with another verb
    ("The champion [meets] the challenger on Saturday and beats her in straight sets.", "occurred"),
    ("She [meets] the envoy on Monday and then flew home.", "occurred"),
])
def test_present_of_a_schedule(text, expected):
    assert status(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past plan ("was due to", "was scheduled to") that the sentence tells called off or held
    ("The envoy was due to [visit] Kell in July, but the visit was cancelled at short notice.", "cancelled"),
    ("The ministers were scheduled to [meet] on Friday, but the talks were postponed.", "cancelled"),
    ("The envoy was due to [visit] Kell in July, and the visit went ahead.", "occurred"),
    # near misses: a plan still to come, whatever else was called off
    ("The envoy is due to [visit] Kell in July, but a dinner was cancelled.", "planned"),
])
def test_past_plan_called_off(text, expected):
    assert status(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan said not to go ahead, in the future: called off, not denied (round eventsR6)
    ("The prize won't be [doled] out next week as many expected.", "cancelled"),
    ("The body won't be holding a [vote] on the endorsement at its winter meeting.", "cancelled"),
    ("The council will not hold a [vote] on the plan this month.", "cancelled"),
    # near misses: a past denial; a party staying away from an event that goes on
    ("The council did not hold a [vote] on the plan.", "denied"),
    ("Karl Brenner won't attend the [summit] in Kiel.", "denied"),
])
def test_future_negation_calls_off(text, expected):
    assert status(text) == expected
