"""An entry heading set between paragraphs in quotation marks, alone or after a short label and a colon
("Governor: 'Roads will reopen by Friday'"), with no sentence's end, is the page's heading, no quote: neither a
continuation of the speaker quoted before nor a quote of nobody. Near misses: a quoted sentence with its full
stop (a continuation), a heading-like line whose label is a person of the article, an attributed quote line.
Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

OPENING = ("Port chief Hana Kollberg said the cranes had been tied down overnight.\n\n"
           "“We will open when the wind drops,” she said.\n\n")
ENTRY = "Ruby Aalto, who runs a bakery on Dock Road, told the Courier she had closed for a third day.\n"


@pytest.mark.parametrize(
    "line, kept",
    [
        ("‘The wind has to drop first’", False),
        ("'No ships before Sunday'", False),
        ("Governor: 'Roads will reopen by Friday'", False),
        ("Minister: “Help is on its way”", False),
        # near misses: a quoted sentence with its end goes on with the speaker before; a person's label; an
        # attributed line
        ("“No ships will sail before Sunday.”", True),
        ("Kollberg: “No ships before Sunday”", True),
        ("“No ships will sail before Sunday,” Hana Kollberg said.", True),
    ],
)
def test_a_quoted_heading_between_paragraphs_is_no_quote(line, kept):
    body = OPENING + line + "\n\n" + ENTRY
    words = line.split(":", 1)[-1] if ":" in line.split()[0] else line
    opening = " ".join(words.strip().strip("‘’“”\"'").split()[:2])
    found = [q for q in quotes_of(body) if q.kind != "indirect" and q.text.startswith(opening)]
    assert bool(found) == kept, [(q.text, q.speaker_name, q.speaker_label) for q in found]
    if kept:
        assert found[0].speaker_name == "Hana Kollberg"
    # the speaker's own quote before is kept, with its speaker
    assert any(q.text.startswith("We will open when") and q.speaker_name == "Hana Kollberg" for q in quotes_of(body))


# Review speakersR15 (E01, X16): a quotation line given its speaker by continuation goes on with that speaker's
# words when it opens on a conjunction or a lowercase word, or when the paragraph before leaves its quotation open
# (a quote over paragraphs); no heading. Near misses: a heading line after a closed quote, a word that only begins
# like a conjunction, a label before the line.
@pytest.mark.parametrize(
    "opening, line, kept",
    [
        (OPENING, "“And no ships will sail before Sunday”", True),
        (OPENING, "“But not one ship before Sunday”", True),
        (OPENING, "“and not one ship before Sunday”", True),
        ("Port chief Hana Kollberg said the cranes had been tied down overnight.\n\n"
         "“We will open when the wind drops,” she said. “We have waited three days for this.\n\n",
         "“No ships will sail before Sunday”", True),
        (OPENING, "“Andover ships wait for the wind”", False),
        (OPENING, "“Butter ships wait for the wind”", False),
        (OPENING, "Minister: “And help is on its way”", False),
        ("Port chief Hana Kollberg said the cranes had been tied down overnight.\n\n"
         "“We will open when the wind drops,” she said. “We have waited three days for this.”\n\n",
         "“No ships will sail before Sunday”", False),
    ],
)
def test_a_continued_quote_line_is_no_heading(opening, line, kept):
    body = opening + line + "\n\n" + ENTRY
    words = line.split(":", 1)[-1] if ":" in line.split()[0] else line
    start = " ".join(words.strip().strip("‘’“”\"'").split()[:2])
    found = [q for q in quotes_of(body) if q.kind != "indirect" and q.text.startswith(start)]
    assert bool(found) == kept, [(q.text, q.speaker_name, q.speaker_label) for q in found]
    if kept:
        assert found[0].speaker_name == "Hana Kollberg"
