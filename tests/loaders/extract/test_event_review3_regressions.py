"""Review round 3 (made-up cases, published Wednesday 2026-06-10, expectations written before any run),
copied as regression rows. exp: type, status, date (ISO prefix; "" = the event at the trigger has no date or there is
none), prec. Rows wrong before this session too are xfail (strict), each with its reason."""
from datetime import date

import pytest

from tests.loaders.extract.test_event_articles_stress import _row_event
from tests.loaders.extract.test_events import events_of

BOTH_WRONG = "wrong before the reviewed steps too (review: both wrong); outside the habitual step, left for now"

ROWS = [
    ('e_pos_began', 'The protests began in May after fuel prices doubled.', (), 'began', {'status': 'occurred', 'date': '2026-05', 'prec': 'month'}, None),
    ('e_habitual_usually', 'The talks usually begin in May and run for six weeks.', (), 'begin', {'date': ''}, None),
    ('e_future_present', 'The elections take place in June, and campaigning is already under way.', (), 'elections', {'status': 'planned', 'date': '2026-06'}, BOTH_WRONG),
    ('e_will_resume', "The hearings will resume on Monday, the court clerk's office said.", (), 'hearings', {'status': 'planned', 'date': '2026-06-15'}, BOTH_WRONG),
    ('e_every_year', 'The festival is held every year in August on the banks of the river.', (), 'festival', {'date': ''}, None),
    ('e_could_start', 'The strike could start on Monday if no agreement is reached.', (), 'strike', {'date': '2026-06-15', 'status': 'planned'}, BOTH_WRONG),
    ('e_attack_killed', 'The attack on Tuesday killed twelve people at a market.', (), 'attack', {'status': 'occurred', 'date': '2026-06-09', 'prec': 'day'}, None),
    ('e_talks_ended', 'The talks in Geneva ended on Friday without agreement.', (), 'talks', {'status': 'occurred', 'date': '2026-06-05', 'prec': 'day'}, BOTH_WRONG),
    ('e_expected_start', 'The negotiations are expected to start in July, according to a draft timetable.', (), 'negotiations', {'status': 'planned', 'date': '2026-07'}, BOTH_WRONG),
    ('e_traditionally', 'The celebrations traditionally begin on 1 May with a parade.', (), 'celebrations', {'date': ''}, None),
    ('e_typically_peak', 'The protests typically peak in September, when students return.', (), 'protests', {'date': ''}, None),
    ('e_grown_since', 'The riots have become less frequent since March, residents say.', (), 'riots', {'date': ''}, None),
    ('e_elections_2019', 'The elections of 2019 were marred by fraud.', (), 'elections', {'status': 'occurred', 'date': '2019', 'prec': 'year'}, None),
    ('e_hypoth_would', 'The vote would take place on Monday if the bill passes the committee.', (), 'vote', {'status': 'planned', 'date': '2026-06-15'}, BOTH_WRONG),
    ('e_generic_in_many', 'In many countries the elections are held in November.', (), 'elections', {'date': ''}, BOTH_WRONG),
    ('e_unless', 'The strike will begin on Monday unless the company improves its offer.', (), 'strike', {'status': 'planned', 'date': '2026-06-15'}, BOTH_WRONG),
    ('e_past_ceremony', 'The ceremony took place on Saturday in the old cathedral.', (), 'ceremony', {'status': 'occurred', 'date': '2026-06-06', 'prec': 'day'}, None),
    ('e_never', 'The rally never took place in May because of the curfew.', (), 'rally', {'date': ''}, None),
    ('e_historic_each', 'The meetings are normally held on the first Monday of each month.', (), 'meetings', {'date': ''}, None),
    ('e_anniv', 'The war ended in 1995, and the anniversary is marked each July.', (), 'war', {'status': 'occurred', 'date': '1995', 'prec': 'year'}, BOTH_WRONG),
    ('b_pos_questioned', 'Police questioned the driver, Anna Holt, on Monday about the crash.', ('Anna Holt',), 'questioned', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, None),
    ('b_said_date_other_verb', 'Officials said the former minister, Karl Ode, on Tuesday denied every charge.', ('Karl Ode',), 'said', {'date': ''}, None),
    ('b_heard_date_other_verb', 'The court heard that the victim, Mary Cole, on March 3 called the police twice.', ('Mary Cole',), 'heard', {'date': ''}, None),
    ('b_say_opened_fire', 'Witnesses say the gunman, Paul Fry, on Friday opened fire outside a school.', ('Paul Fry',), 'say', {'date': ''}, None),
    ('b_believe_falsified', 'Investigators believe the pilot, Jan Roos, in 2019 falsified his logbook.', ('Jan Roos',), 'believe', {'date': ''}, None),
    ('b_elected_pos', 'Voters elected the former judge, Ana Ruiz, on Sunday as mayor of the city.', ('Ana Ruiz',), 'elected', {'status': 'occurred', 'date': '2026-06-07', 'prec': 'day'}, BOTH_WRONG),
    ('b_fired_pos', 'The club sacked its coach, Mark Dunn, on Saturday after a fifth defeat.', ('Mark Dunn',), 'sacked', {'status': 'occurred', 'date': '2026-06-06', 'prec': 'day'}, None),
    ('b_claims_later', 'Prosecutors allege the accountant, Lena Park, in May 2024 moved funds abroad.', ('Lena Park',), 'allege', {'date': ''}, None),
    ('b_knew_since', 'Colleagues had known the officer, Tom Reed, since January 2020.', ('Tom Reed',), 'known', {'date': ''}, None),
    ('b_interview_pos', 'Reporters interviewed the new governor, Petra Ilic, on Monday in her office.', ('Petra Ilic',), 'interviewed', {'status': 'occurred', 'date': '2026-06-08'}, None),
    ('b_warned_future', 'The ministry warned the contractor, Omar Hadi, on Tuesday that he faces a fine.', ('Omar Hadi',), 'warned', {'status': 'occurred', 'date': '2026-06-09'}, None),
    ('b_think_until', 'Aides expect the president, Dario Venn, until Friday to stay abroad.', ('Dario Venn',), 'expect', {'date': ''}, None),
    ('s_pos_died', 'Ruth Amsel died on Saturday at her home in Vienna.', ('Ruth Amsel',), 'died', {'status': 'occurred', 'date': '2026-06-06', 'prec': 'day'}, None),
    ('s_died_out', 'The old customs died out in the 1990s as villages emptied.', (), 'died', {'date': ''}, None),
    ('s_died_down', 'The rumours died down on Friday after the club issued a denial.', (), 'died', {'date': ''}, BOTH_WRONG),
    ('s_hopes_died', 'Her hopes of a medal died on Sunday in the final lap.', (), 'died', {'date': ''}, None),
    ('s_sued_hypo', 'If the firm had sued in March, it would have recovered its losses.', (), 'sued', {'date': ''}, None),
    ('s_sued_pos', 'The company sued the city on Monday over the contract.', (), 'sued', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, None),
    ('s_sued_would', 'Residents say they would have sued in 2020 had they known about the leak.', (), 'sued', {'date': ''}, None),
    ('s_who_sued_pos', 'Farmers who sued the state in 2020 lost their appeal on Monday.', (), 'lost', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, BOTH_WRONG),
    ('s_died_threat', 'Patients could have died on Tuesday if the generator had failed.', (), 'died', {'date': ''}, None),
    ('s_never_sued', 'The family never sued in 2019, despite advice from lawyers.', (), 'sued', {'date': ''}, None),  # (met since round 4: a definite subject that is no doer, with no object, tells no happening)
    ('s_hometown_died', 'Interest in the project died in 2018, when funding dried up.', (), 'died', {'date': ''}, None),
    ('a_pos_age', 'Venn, who turned 60 on 2 April, met the envoy on Monday.', ('Dario Venn',), 'met', {'status': 'occurred', 'date': '2026-06-08'}, None),
    ('a_turned_on_protesters', 'The army turned on protesters on Monday, firing tear gas into the crowd.', (), 'turned', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, None),  # right since a definite body's dated act is one (test_event_dated_agent_subject)
    ('a_turned_deficit', 'United turned 2-0 down into a 3-2 win on Saturday at Wembley.', (), 'turned', {'status': 'occurred', 'date': '2026-06-06'}, None),
    ('a_turned_over_prisoners', 'The rebels turned 30 prisoners over to the Red Cross on Friday.', (), 'turned', {'status': 'occurred', 'date': '2026-06-05', 'prec': 'day'}, None),
    ('a_turned_down_pos', 'The council turned down the plan on Tuesday.', (), 'turned', {'status': 'occurred', 'date': '2026-06-09', 'prec': 'day'}, None),  # right since a definite body's dated act is one (test_event_dated_agent_subject)
    ('a_turned_100_firm', 'The firm, which turned 100 in March, opened a factory in Leeds on Monday.', (), 'opened', {'status': 'occurred', 'date': '2026-06-08'}, None),
    ('a_voted_after_age', 'She turned 18 in May and voted for the first time on Sunday.', (), 'voted', {'status': 'occurred', 'date': '2026-06-07', 'prec': 'day'}, BOTH_WRONG),
    ('a_turned_away_number', 'Police turned 200 fans away from the stadium on Saturday.', (), 'turned', {'status': 'occurred', 'date': '2026-06-06'}, BOTH_WRONG),
    ('a_turned_three_games', 'Rossi turned three games around in May with late goals.', ('Luca Rossi',), 'turned', {'status': 'occurred', 'date': '2026-05'}, BOTH_WRONG),
    ('d_pos_report_dated', "Officials cited a report dated 2 March on the bridge's repairs.", (), 'report', {'date': ''}, None),
    ('d_agreement_dated_signed', 'The agreement, dated 4 April, was signed by both sides on 6 April.', (), 'signed', {'status': 'occurred', 'date': '2026-04-06', 'prec': 'day'}, BOTH_WRONG),
    ('d_couple_dated', 'The couple dated for two years before they married in 2019.', (), 'married', {'status': 'occurred', 'date': '2019', 'prec': 'year'}, BOTH_WRONG),
    ('d_dated_to', 'Pottery dated to 2000 BC was found near the village on Monday.', (), 'found', {'status': 'occurred', 'date': '2026-06-08'}, "old output dated 'dated' to 2000 (wrong); now no event at 'found' (still wrong, better): the clause after 'dated to' is left for now"),
    ('d_warrant_dated', 'Police arrested the man on Monday on a warrant dated 2 March.', (), 'arrested', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, BOTH_WRONG),
    ('d_letter_dated_resigned', 'In a letter dated 14 May, the minister resigned, citing ill health.', (), 'resigned', {'status': 'occurred', 'date': '2026-05-14'}, None),
    ('d_dated_back', 'Tensions between the villages dated back to a land dispute in 1998.', (), 'dispute', {'status': 'occurred', 'date': '1998'}, BOTH_WRONG),
    ('r_pos_ruled_out', 'The central bank ruled out a delay to its rate decision.', (), 'ruled', {'date': ''}, None),
    ('r_referee_ruled_out_goal', 'The referee ruled out a late goal on Saturday for offside.', (), 'ruled', {'status': 'occurred', 'date': '2026-06-06'}, "the sentence names no one ('The referee' is no event noun): without the stance rule it still gives no event; the stance rule does block 'The referee Anna Holt ruled out a goal by Silva on Saturday', but telling a disallowed score from a stance would need a list of score nouns for one phrase, left for now"),
    ('r_singled_out_arrest', 'Police singled out three men at the border on Friday and detained them.', (), 'detained', {'status': 'occurred', 'date': '2026-06-05'}, BOTH_WRONG),
    ('r_court_ruled', 'The court ruled on Monday that the ban was unlawful.', (), 'ruled', {'status': 'occurred', 'date': '2026-06-08', 'prec': 'day'}, None),
    ('r_played_down_then_met', 'The minister played down the row and met his counterpart in Rome on Tuesday.', (), 'met', {'status': 'occurred', 'date': '2026-06-09'}, None),
    ('r_injury_ruled_out', 'An injury ruled the striker out of the final on Saturday.', (), 'final', {'date': '2026-06-06'}, BOTH_WRONG),
    ('e2_often_erupt', 'The protests often erupt in October, when fuel subsidies are reviewed.', (), 'protests', {'date': ''}, None),
    ('e2_tend_to', 'The negotiations tend to drag on until December.', (), 'negotiations', {'date': ''}, None),
    ('e2_always_start', 'The celebrations always start on 1 May in the main square.', (), 'celebrations', {'date': ''}, None),
    ('e2_rarely', 'The elections rarely take place in winter, and the next one is due in May.', (), 'elections', {'date': ''}, None),
    ('e2_next_month', 'The trial begins in July, lawyers for the defence expect.', (), 'trial', {'status': 'planned', 'date': '2026-07'}, None),
    ('e2_present_will', 'The festival opens on Friday with a concert by the city orchestra.', (), 'festival', {'status': 'planned', 'date': '2026-06-12'}, None),
    ('e2_generic_rule', 'By law, the elections must be held in November.', (), 'elections', {'date': ''}, BOTH_WRONG),
    ('e2_since_past', 'The clashes have continued since March despite a truce.', (), 'clashes', {'date': ''}, None),
    ('e2_each_spring', 'The riots recur each spring in the poorer districts.', (), 'riots', {'date': ''}, None),
    ('e2_past_pos_ended', 'The strike ended on Tuesday after 40 days.', (), 'strike', {'status': 'occurred', 'date': '2026-06-09', 'prec': 'day'}, None),
    ('e2_past_pos_held', 'The referendum was held in March 2024 under heavy security.', (), 'referendum', {'status': 'occurred', 'date': '2024-03', 'prec': 'month'}, None),
    ('e2_past_cancel', 'The match was called off on Sunday because of flooding.', (), 'match', {'date': '2026-06-07'}, None),
    ('e2_modal_may', 'The vote may be delayed until September, officials warn.', (), 'vote', {'date': ''}, None),
    ('e2_usually_generic_past', 'The ceremonies were usually held in August before the war.', (), 'ceremonies', {'date': ''}, BOTH_WRONG),
    ('b2_list_apposition', 'The board named the former banker, Lena Park, on Monday its new chair.', ('Lena Park',), 'named', {'status': 'occurred', 'date': '2026-06-08'}, BOTH_WRONG),
    ('b2_birthdate', 'Police identified the victim, Mary Cole, 34, on Tuesday.', ('Mary Cole',), 'identified', {'status': 'occurred', 'date': '2026-06-09'}, BOTH_WRONG),
    ('s2_died_age', 'Amsel, who died in 2019 aged 90, founded the museum in 1975.', ('Ruth Amsel',), 'founded', {'status': 'occurred', 'date': '1975', 'prec': 'year'}, BOTH_WRONG),
    ('s2_sued_hyp_could', 'Lawyers say the tenants could have sued in May but chose to settle.', (), 'sued', {'date': ''}, None),
    ('a2_turned_tide', 'The army turned 2025 into a year of advances, the minister said on Monday.', (), 'said', {'status': 'occurred', 'date': '2026-06-08'}, None),
]


def _bad(exp, event):
    bad = []
    for field, want in exp.items():
        if field == "date" and want == "":
            if event is not None and event.start_date:
                bad.append(field)
            continue
        if event is None:
            bad.append(field)
            continue
        got = dict(type=event.event_type, status=event.status, prec=event.date_precision,
                   date=event.start_date.isoformat() if event.start_date else "")
        if not (got[field].startswith(want) if field == "date" else got[field] == want):
            bad.append(field)
    return bad


@pytest.mark.parametrize("body, people, trigger, exp", [
    pytest.param(body, people, trigger, exp, id=case_id,
                 marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])
    for case_id, body, people, trigger, exp, reason in ROWS])
def test_review3_row(body, people, trigger, exp):
    event = _row_event(body, events_of(body, *people, published=date(2026, 6, 10)), trigger)
    assert _bad(exp, event) == []
