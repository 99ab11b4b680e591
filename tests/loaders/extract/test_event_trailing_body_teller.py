"""Made-up cases (events round R21, issue 15 item 5: dated-event recall): a body told after its reported clause with
the day right after "said" and the clause ending there ("Rates will stay on hold, the Varna Central Bank said on
Monday.", "..., the Japanese automaker said on Tuesday, as rivals ...") is the body's statement on that day
(`eventwords.CLASS_TRIGGERS`, 'trailing_body_remark').

Near misses: a gathering told after the day ("said on Monday at a meeting": the gathering's), a quotation's teller
(the quote's own rows), a day's possessive, a teller with no day, a person's plain noun ("a diplomat")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 3, 13)  # a Thursday

ROWS = {
    "a named bank after its clause": (
        "Rates will stay on hold until June, the Varna Central Bank said on Monday.", date(2031, 3, 10)),
    "a named ministry, a clause after the day's comma": (
        "Exports of rye will be halted, the Ministry of Agriculture said on Tuesday, as the drought worsened.",
        date(2031, 3, 11)),
    "a firm's descriptor after its clause": (
        "Kanemura Motors will delay production at its Thai plant, the Japanese automaker said on Tuesday, as rivals "
        "cut prices.", date(2031, 3, 11)),
    # review of eventsR21: a lower-case-headed body no step keeps as a teller makes no nameless statement
    "near miss: a body's phrase no step keeps": (
        "Exports fell in February, the Varna statistics office said on Monday.", None),
    # (eventsR40: this was a near miss only because "in June, the" was read as a venue, "in Khartoum, Sudan", and
    # the firm after it as a place; the firm is a named body, whose statement it is, as the bank's above)
    "a firm's phrase after a plan dated by its month": (
        "The plant will close in June, the Brenn Foods company said on Monday.", date(2031, 3, 10)),
    "near miss: a gathering after the day": (
        "Rates will stay on hold, the Varna Central Bank said on Monday at a meeting with lenders.", None),
    "near miss: a quotation's teller": (
        "\"Rates will stay on hold,\" the Varna Central Bank said on Monday.", "quote"),
    "near miss: a day's possessive": (
        "Rates will stay on hold, the Varna Central Bank said on Monday's call.", None),
    "near miss: no day": (
        "Rates will stay on hold, the Varna Central Bank said.", None),
    "near miss: a person's plain noun": (
        "The talks will resume, a senior diplomat said on Monday.", None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_trailing_body_teller(key):
    body, expected = ROWS[key]
    statements = [e for e in events_of(body, published=PUBLISHED) if e.event_type == "statement"
                  and e.start_date is not None]
    if expected is None:
        assert not statements, statements
    elif expected == "quote":
        start = body.index("the Varna")
        assert not [e for e in statements if e.start == start], statements  # not this row's trigger
    else:
        assert [e.start_date for e in statements] == [expected], statements
