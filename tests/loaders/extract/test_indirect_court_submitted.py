"""Indirect speech in court reports: counsel "submitted that …" (Indian, Pakistani and British court reporting)
is a speech verb taking a "that" clause, and "“…,” she submitted" attributes a quote.
Near misses: "submitted" with an object ("submitted a report", "submitted its bid that …" has no clause after the
verb itself) and without "that" ("submitted the notice was void" stays unread, as for other that-only verbs)."""
import pytest

from tests.loaders.extract.quote_steps import indirect_clauses, quote_with

CAST = ("Meera Pillai", "Rohan Kapoor")


@pytest.mark.parametrize(
    "body, clauses",
    [
        ("Meera Pillai, appearing for the petitioners, submitted that the notice was void.",
         [("the notice was void", "Meera Pillai")]),
        ("Senior Advocate Rohan Kapoor submitted that the rules had been framed lawfully.",
         [("the rules had been framed lawfully", "Rohan Kapoor")]),
        # near misses
        ("Meera Pillai submitted a report on the notice to the registry.", []),
        ("Rohan Kapoor submitted the notice was void.", []),
    ],
)
def test_submitted_that(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


def test_submitted_after_a_quote():
    quote = quote_with("Meera Pillai appeared for the petitioners. \u201cThe notice is void in law,\u201d Pillai "
                       "submitted.\n", "notice is void")
    assert quote.speaker_name == "Meera Pillai"
