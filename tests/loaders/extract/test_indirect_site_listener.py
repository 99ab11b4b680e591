"""Indirect speech told to a news site written as its address ("told kestelnews.com that …", "told
Harbour24.co.uk that …"): a stop before a lower-case letter or digit belongs to the listener's name. Made-up text; near
misses (a stop ending a sentence after the listener, with or without its space; no "that" clause) give no
indirect clause."""
import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Anton Merrick",)


@pytest.mark.parametrize("body, clause", [
    ("Anton Merrick told kestelnews.com that all ferries had been halted since Wednesday.",
     "all ferries had been halted since Wednesday"),
    ("The port's director, Anton Merrick, told Harbour24.co.uk that the jetty would reopen on Friday.",
     "the jetty would reopen on Friday"),
    ("Anton Merrick also told kestel-news.net on Monday that the berth was safe.", "the berth was safe"),
])
def test_a_site_address_is_a_listener(body, clause):
    assert indirect_clauses(body, CAST) == [(clause, "Anton Merrick")]


@pytest.mark.parametrize("body", [
    "Anton Merrick told kestelnews.com. That was the end of the ferry season for the town.",
    "Anton Merrick told the council. That evening the ferries stopped at the jetty.",
    "Anton Merrick told kestelnews.com about the berth and the jetty on Monday.",
    "Anton Merrick told the port authority.That night the ferries that had sailed were recalled.",
])
def test_no_clause_after_a_finished_sentence(body):
    assert indirect_clauses(body, CAST) == []


# review of speakersR20 (S1): a stop between digits stays in the listener only as a decimal point ("3.5 million"),
# never after a year's four digits run on into the next sentence without its space
def test_a_decimal_point_in_the_listener():
    assert indirect_clauses("Anton Merrick told 3.5 million listeners that the ferries were halted.", CAST) == [
        ("the ferries were halted", "Anton Merrick")]


@pytest.mark.parametrize("body", [
    "Ministers met in Halvik on Monday.\nAnton Merrick told the board in 2019.15 people said that the ferries were "
    "halted.",
    "Anton Merrick told the council in 2021.40 residents said that the jetty was unsafe.",
])
def test_a_year_run_on_into_the_next_sentence(body):
    assert ("the ferries were halted", "Anton Merrick") not in indirect_clauses(body, CAST) \
        and ("the jetty was unsafe", "Anton Merrick") not in indirect_clauses(body, CAST)
