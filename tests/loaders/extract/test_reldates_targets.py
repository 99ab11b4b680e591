"""A yearless day written as a deadline or as the day a plan is moved to is the coming one, whatever the tense of
the verb that sets it (`reldates._TARGET_BEFORE`), when something sets it (a task, a grant of time, an obligation)
or the plan is not told done; a day the past verb itself dates, or a finished state lasted to, stays gone by
(`reldates._deadline_ahead`; made-up texts)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

JULY_9 = date(2031, 7, 9)
APRIL_22 = date(2031, 4, 22)


@pytest.mark.parametrize("text, anchor, phrase, expected", [
    # deadlines and moved days: ahead
    ("The Varrow high court on Thursday ordered the civic body to file a report by July 23.", JULY_9,
     "July 23", "2031-07-23"),
    ("The tribunal gave the council until July 30 to reply.", JULY_9, "July 30", "2031-07-30"),
    ("The Kestle fair, scheduled for April 29, has been moved to May 6 to allow a larger venue.", APRIL_22,
     "May 6", "2031-05-06"),
    ("The hearing was postponed until 2 May, the registrar said.", APRIL_22, "2 May", "2031-05-02"),
    # near misses: the past verb's own day stays gone by
    ("The Varrow high court ordered the civic body on July 23 to file a report.", JULY_9, "on July 23", "2030-07-23"),
    ("The Kestle fair was held on May 6, the organisers said.", APRIL_22, "on May 6", "2030-05-06"),
    # a deadline already gone by within half a year stays in the past
    ("The council filed its report by July 2, officials said.", JULY_9, "July 2", "2031-07-02"),
    # a task or time set before the day makes it a deadline ahead, even after a past perfect
    ("The board had asked the mill to pay its fine by October 4.", JULY_9, "October 4", "2031-10-04"),
    ("The mayor said the contractor must finish the bridge by November 2.", JULY_9, "November 2", "2031-11-02"),
    ("The court granted the union until 3 December to respond.", JULY_9, "3 December", "2031-12-03"),
    ("The Lode fair was put off until September 20, the organisers announced.", JULY_9, "September 20",
     "2031-09-20"),
    # a measure imposed until a day, or a hearing adjourned to one, lasts till then
    ("The ministry suspended all ferry crossings until August 30.", JULY_9, "August 30", "2031-08-30"),
    ("Magistrates remanded the driver in custody until 14 October.", JULY_9, "14 October", "2031-10-14"),
    ("The judge adjourned the case to October 2.", JULY_9, "October 2", "2031-10-02"),
    # near misses: a finished state or act keeps its past day (no task, no time granted)
    ("The mill had paid its whole fine by October 4, the records showed.", JULY_9, "October 4", "2030-10-04"),
    ("The museum stayed shut until November 12, when the roof was fixed.", JULY_9, "November 12", "2030-11-12"),
    ("By 2 December the strikers had gone home.", JULY_9, "2 December", "2030-12-02"),
    ("The night bus ran until October 30, when the line closed.", JULY_9, "October 30", "2030-10-30"),
    ("Exports were down 6 percent by September 30, the agency reported.", JULY_9, "September 30", "2030-09-30"),
    ("The road remained closed to the public until November 8.", JULY_9, "November 8", "2030-11-08"),
    ("The Lode ministry had suspended all crossings until August 30.", JULY_9, "August 30", "2030-08-30"),
    ("Officials suspended the crossings until August 30, when the storm passed.", JULY_9, "August 30",
     "2030-08-30"),
    # near misses: a moved plan whose sentence tells it is done
    ("Last year the Lode fair was moved to September 20 after floods.", JULY_9, "September 20", "2030-09-20"),
    ("In 2030 the Lode fair was moved to September 20 after floods.", JULY_9, "September 20", "2030-09-20"),
    ("The Lode fair had been postponed to September 20 before.", JULY_9, "September 20", "2030-09-20"),
    # a plan told with its first-set day, then moved in a past perfect, is moved ahead (round R23)
    ("The Lode fair, originally planned for August 2, had been postponed to September 20, the organisers said.",
     JULY_9, "September 20", "2031-09-20"),
    ("The mayor said the Lode fair, initially scheduled for 2 August, had been moved to 20 September.", JULY_9,
     "20 September", "2031-09-20"),
    # near misses: no first-set day, a past anchor, the moved day told over
    ("The Lode fair, planned for August 2, had been postponed to September 20 before.", JULY_9, "September 20",
     "2030-09-20"),
    ("Last year the Lode fair, originally planned for August 2, had been postponed to September 20.", JULY_9,
     "September 20", "2030-09-20"),
    ("The Lode fair, originally planned for August 2, had been postponed to September 20 and 9,000 people came.",
     JULY_9, "September 20", "2030-09-20"),
    ("The Lode fair was moved to September 20, when 9,000 people came.", JULY_9, "September 20", "2030-09-20"),
    # a passive measure, a state still going on, a request or a wish: ahead
    ("The cafe's permit was revoked and its terrace was closed until September 1.", JULY_9, "September 1",
     "2031-09-01"),
    ("The driver was remanded in custody until September 4.", JULY_9, "September 4", "2031-09-04"),
    ("A night curfew was imposed until August 15.", JULY_9, "August 15", "2031-08-15"),
    ("The quay remains shut until October 3.", JULY_9, "October 3", "2031-10-03"),
    ("The ferry pier is closed to walkers until October 3.", JULY_9, "October 3", "2031-10-03"),
    ("Mayor Dunn has asked the board for a costed plan by October 9.", JULY_9, "October 9", "2031-10-09"),
    ("The minister wants the levy repealed by December 10.", JULY_9, "December 10", "2031-12-10"),
    # near misses: the same states and requests finished
    ("The quay stayed shut until October 3.", JULY_9, "October 3", "2030-10-03"),
    ("The quay had been shut until October 3.", JULY_9, "October 3", "2030-10-03"),
    ("The board had asked questions about sales by October 9.", JULY_9, "October 9", "2030-10-09"),
    ("The ferry ran hourly until September 30 last year.", JULY_9, "September 30 last year", "2030-09-30"),
    # the rest of the sentence tells the measure, request or moved plan over: gone by (review4)
    ("The Lode fair was moved to September 20 and the Kestles won it.", JULY_9, "September 20", "2030-09-20"),
    ("The quay permit was suspended until October 3; the cafe has since reopened.", JULY_9, "October 3",
     "2030-10-03"),
    ("The ferry pier was closed until October 3, the day the new pontoon opened.", JULY_9, "October 3",
     "2030-10-03"),
    ("Fares were frozen until September 1, after which they rose 5 percent.", JULY_9, "September 1", "2030-09-01"),
    ("The inquest, adjourned until October 2, heard from two pilots.", JULY_9, "October 2", "2030-10-02"),
    ("Drivers were given until November 2 to sign the deal, and most did.", JULY_9, "November 2", "2030-11-02"),
    ("Mayor Dunn asked for a costed plan by October 9 and received it early.", JULY_9, "October 9", "2030-10-09"),
    ("The board asked for a costed plan by October 9, which it got in time.", JULY_9, "October 9", "2030-10-09"),
    ("The mill was ordered to pay by October 4, and it paid in full.", JULY_9, "October 4", "2030-10-04"),
    ("The quay was closed until October 3 and has been busy ever since.", JULY_9, "October 3", "2030-10-03"),
    # near misses: what follows the day is still to come, so the day stays ahead
    ("The quay permit was suspended until October 3 and the cafe will reopen then.", JULY_9, "October 3",
     "2031-10-03"),
    ("Mayor Dunn has asked for a costed plan by October 9, which she expects on time.", JULY_9, "October 9",
     "2031-10-09"),
    ("The inquest was adjourned until October 2, when it will hear from two pilots.", JULY_9, "October 2",
     "2031-10-02"),
    ("Drivers were given until November 2 to sign the deal, and most are expected to.", JULY_9, "November 2",
     "2031-11-02"),
    ("The Lode fair was moved to September 20 and the Kestles hope to win it.", JULY_9, "September 20",
     "2031-09-20"),
    ("The inquest was adjourned until October 2, when the pilots who survived will testify.", JULY_9, "October 2",
     "2031-10-02"),
])
def test_a_deadline_or_moved_day_is_ahead(text, anchor, phrase, expected):
    assert value_of(text, anchor, phrase) == (expected, "day")
