"""Indirect speech in court reports: counsel "submitted that …" (Indian, Pakistani and British court reporting)
is a speech verb taking a "that" clause, and "“…,” she submitted" attributes a quote.
Near misses: "submitted" with an object ("submitted a report", "submitted its bid that …" has no clause after the
verb itself), without "that" ("submitted the notice was void" stays unread, as for other that-only verbs), and
"that" as a determiner ("submitted that report to the prosecutor": no subject and verb follow)."""
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
        ("Rohan Kapoor submitted that counsel had no standing to appear.",
         [("counsel had no standing to appear", "Rohan Kapoor")]),
        ("Meera Pillai submitted that delay alone defeats the petition.",
         [("delay alone defeats the petition", "Meera Pillai")]),
        ("Meera Pillai submitted that workers at the mill face dismissal.",
         [("workers at the mill face dismissal", "Meera Pillai")]),
        ("Rohan Kapoor submitted that evidence from the raid was tainted.",
         [("evidence from the raid was tainted", "Rohan Kapoor")]),
        ("Rohan Kapoor submitted the notice was void.", []),
        ("Inspector Rohan Kapoor submitted that report to the prosecutor on Friday.", []),
        ("Meera Pillai submitted that application to the registry in March.", []),
        ("Rohan Kapoor related that story to the court on Monday.", []),
    ],
)
def test_submitted_that(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


def test_submitted_after_a_quote():
    quote = quote_with("Meera Pillai appeared for the petitioners. \u201cThe notice is void in law,\u201d Pillai "
                       "submitted.\n", "notice is void")
    assert quote.speaker_name == "Meera Pillai"
