"""Who is who for bodies (`orgnames.ArticleBodies`, `parties.taken_up_body`): a definite description by a body's
head ("the ministry", "the authority", "the bloc") or the pronoun "it" as the trigger's subject takes up the one
body named before that fits, or the nearest fitting one in the same paragraph; never across a paragraph when
several fit, never a passive's "it". Made-up articles; expected outputs written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import ArticleBodies
from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, event_type, expected", [
    # a gazetteer's ministry taken up by its head word
    ("The Varn Health Ministry warned of a heat wave in May. On Monday the ministry held a press conference in the "
     "capital.", "press_conference", "Varn Health Ministry"),
    # the pronoun "it" in the same paragraph as the one body named before
    ("Kessel Rail Authority reported record traffic in 2009. It held a press conference on Monday to announce new "
     "fares.", "press_conference", "Kessel Rail Authority"),
    # a description beyond the body's own head word ("the bloc" for a union)
    ("The European Union opened talks with Chile in 2009. The bloc signed a trade agreement on Monday.",
     "agreement_signing", "European Union"),
    # of several bodies with the head, the nearest in the same paragraph
    ("Kessel Rail Authority reported record traffic in 2009. Varn Port Authority reported a loss, and on Monday the "
     "authority held a press conference.", "press_conference", "Varn Port Authority"),
    # a future's auxiliary before the verb taking the trigger noun ("will hold a public hearing")
    # (row corrected after the run: "a public hearing" is no trigger of this step, "a public meeting" is)
    ("Brenn City Council approved the budget in 2009. The council will hold a public meeting on March 15.",
     "meeting", "Brenn City Council"),
])
def test_description_or_pronoun_takes_up_the_body(body, event_type, expected):
    events = [e for e in events_of(body) if e.event_type == event_type]
    assert events and expected in events[0].actors


@pytest.mark.parametrize("body, not_expected", [
    # "it" a paragraph after the body: unresolved
    ("Kessel Rail Authority reported record traffic in 2009.\n\nIt held a press conference on Monday to announce "
     "new fares.", "Kessel Rail Authority"),
    # two authorities named in an earlier paragraph: "the authority" is unresolved
    ("Kessel Rail Authority reported record traffic in 2009. Varn Port Authority reported a loss.\n\nOn Monday the "
     "authority held a press conference.", "Varn Port Authority"),
    # a passive's "it" is the thing done, not its agent (the drafting before is the authority's own: not read)
    ("Kessel Rail Authority drafted the accord in 2009. It was signed on Monday in Varn by the two mayors.",
     "Kessel Rail Authority"),
])
def test_no_body_taken_up_without_one_fitting(body, not_expected):
    last = body.rindex(". ") if "\n" not in body else body.rindex("\n")
    assert all(not_expected not in e.actors for e in events_of(body) if e.event_type != "statement" and e.start > last)


@pytest.mark.parametrize("names, head, position, expected", [
    # (start, name, heads): one body of the head named before -> it, sure
    ([(0, "Brenn Port Authority", {"authority"})], "authority", 100, ("Brenn Port Authority", 1.0)),
    # a body named in full, then a shorter form of it: one body
    ([(0, "Holm Sessions Court", {"court"}), (50, "Sessions Court", {"court"})], "court", 100,
     ("Holm Sessions Court", 1.0)),
    # two bodies, the nearest in the same paragraph: it, less sure
    ([(0, "Brenn Port Authority", {"authority"}), (40, "Varn Rail Authority", {"authority"})], "authority", 100,
     ("Varn Rail Authority", 0.7)),
    # near miss: two bodies named in one sentence (before the stop at 30): neither is nearer in the telling
    ([(0, "Brenn Port Authority", {"authority"}), (20, "Varn Rail Authority", {"authority"})], "authority", 100,
     None),
    # no body of that head named before
    ([(0, "Brenn Port Authority", {"authority"})], "ministry", 100, None),
    # named after the position only
    ([(120, "Brenn Port Authority", {"authority"})], "authority", 100, None),
])
def test_resolve_table(names, head, position, expected):
    table = ArticleBodies("x" * 30 + ". " + "x" * 168, [], {}, [])  # (one sentence stop, at 30)
    table._source = None
    table._entries = [(start, name, frozenset(heads)) for start, name, heads in names]
    table._starts = [start for start, _, _ in names]
    assert table.resolve(head, position) == expected
