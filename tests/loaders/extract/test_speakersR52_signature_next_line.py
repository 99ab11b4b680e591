"""speakersR52: a news release's "Quotes:" block signs each quote on the line right after it ("“…”\\n- Ana Lind,
Mayor, Town of Varna"): the signature line names the speaker when it holds a person of the article. Rows made up."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry

INTRO = ("Mayor Ana Lind said the town would add $200,000 to the harbour repairs. Works Minister Karl Moss announced "
         "the plan on Monday.\n\n")

HITS = [
    ("Quotes:\n“The harbour wall has stood for a century and it needs our help now.”\n- Ana Lind, Mayor, Town of "
     "Varna\n\nQuick Facts:\n- the wall is 400 metres long", "The harbour wall has stood for a century and it needs "
     "our help now.", "Ana Lind"),
    ("Quotes:\n“This money keeps the boats working through the winter.”\n– Karl Moss, Minister of Works\n",
     "This money keeps the boats working through the winter.", "Karl Moss"),
    ("“Every family on the quay has waited for this day.”\n— Ana Lind\n\nMore to come.",
     "Every family on the quay has waited for this day.", "Ana Lind"),
    # the body's paragraphs: a blank line between the quote and its signature
    ("Quotes:\n\n“The boats can stay in the water all winter now.”\n\n- Karl Moss, Minister of Works\n\nQuick Facts:",
     "The boats can stay in the water all winter now.", "Karl Moss"),
]

# (near misses: the dash line is not read as the signature, so the quote does not go to the person it names;
# whatever speaker the older readings give stays)
NEAR_MISSES = [
    # a paragraph between the quote and the dash line: the dash line signs nothing of the quote
    ("“The harbour wall has stood for a century and it needs our help now.”\n\nThe works start in May.\n\n- Ana "
     "Lind, Mayor, Town of Varna", "The harbour wall has stood for a century and it needs our help now.", "Ana Lind"),
    # a list item after the quote that names no person of the article: no label from it either
    ("“The harbour wall has stood for a century and it needs our help now.”\n- Harbour Works Fund, 2026 budget\n",
     "The harbour wall has stood for a century and it needs our help now.", "Harbour Works Fund"),
    # a list item that is a sentence, not a signature
    ("“The harbour wall has stood for a century and it needs our help now.”\n- Ana Lind has asked for more\n",
     "The harbour wall has stood for a century and it needs our help now.", "Ana Lind"),
    # words after the closing mark on the quote's own line: the line is prose, the next line no signature
    ("“The harbour wall has stood for a century and it needs our help now,” a resident wrote.\n- Ana Lind, Mayor\n",
     "The harbour wall has stood for a century and it needs our help now,", "Ana Lind"),
]


def _quotes(text):
    body = INTRO + text
    article = ArticleRecord(source_path="made-up", source_format="txt", raw_text=body, body=body)
    registry = Registry()
    people = extract_people(article, registry)
    return [q for q in extract_quotes(article, people, registry) if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text,quote,speaker", HITS)
def test_signature_on_the_next_line(text, quote, speaker):
    found = {q.text: q.speaker_name for q in _quotes(text)}
    assert found.get(quote, "missing") == speaker, found


@pytest.mark.parametrize("text,quote,not_speaker", NEAR_MISSES)
def test_no_signature_on_the_next_line(text, quote, not_speaker):
    found = {q.text: (q.speaker_name, q.speaker_label) for q in _quotes(text)}
    assert quote in found, found
    assert not_speaker not in found[quote], found
