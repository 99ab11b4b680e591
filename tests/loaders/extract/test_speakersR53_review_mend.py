"""speakersR53, mend of the speakersR52 review (made-up rows): (D1) a "Quotes:" block of several signed quotes gives
each quote to the person its own dash line signs, not the first signer; (B5) initials in brackets after a
prepositional object ("In a letter to the Statistics Office (PSO) the minister said") do not swallow the subject
after them: the phrase read back from the verb stops at the bracket when a determiner opens the words after it."""
import pytest

from loaders.extract import run_steps
from loaders.extract.people import extract_people
from loaders.extract.quote_subjects import _np_before
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry

INTRO = "Mayor Ana Lind said the town would fix the harbour. Works Minister Karl Moss met farmer Juan Cruz on Monday.\n\n"


def _quotes(text):
    body = INTRO + text
    article = ArticleRecord(source_path="made-up", source_format="txt", raw_text=body, body=body)
    registry = Registry()
    people = extract_people(article, registry)
    return {q.text.rstrip(".,"): q.speaker_name or q.speaker_label
            for q in extract_quotes(article, people, registry) if q.kind in ("direct", "partial")}


SIGNED = [
    # two signed quotes: each its own signer
    ("Quotes:\n“The wall will hold for another century.”\n- Ana Lind, Mayor, Town of Varna\n"
     "“The boats can work all winter now.”\n- Karl Moss, Minister of Works\n",
     {"The wall will hold for another century": "Ana Lind", "The boats can work all winter now": "Karl Moss"}),
    # blank lines between everything
    ("Quotes:\n\n“The wall will hold for another century.”\n\n- Ana Lind, Mayor, Town of Varna\n\n"
     "“The boats can work all winter now.”\n\n- Karl Moss, Minister of Works\n\nQuick Facts:",
     {"The wall will hold for another century": "Ana Lind", "The boats can work all winter now": "Karl Moss"}),
    # three quotes
    ("Quotes:\n“The wall will hold.”\n- Ana Lind, Mayor\n“The boats can work.”\n- Karl Moss, Minister of Works\n"
     "“My nets are safe now.”\n- Juan Cruz, farmer\n",
     {"The wall will hold": "Ana Lind", "The boats can work": "Karl Moss", "My nets are safe now": "Juan Cruz"}),
]

# (near misses: no dash line of its own after the second quote — the older readings stay)
UNSIGNED = [
    # the second quote unsigned: it goes on with the first signer, as before
    ("Quotes:\n“The wall will hold for another century.”\n- Ana Lind, Mayor, Town of Varna\n"
     "“The boats can work all winter now,” she said.\n",
     {"The wall will hold for another century": "Ana Lind", "The boats can work all winter now": "Ana Lind"}),
    # a quote with its own verb before a dash line: the verb's subject
    ("“The boats can work all winter now,” Karl Moss said.\n- Ana Lind, Mayor\n",
     {"The boats can work all winter now": "Karl Moss"}),
]


@pytest.mark.parametrize("text,expected", SIGNED + UNSIGNED)
def test_each_signed_quote_is_its_signers(text, expected):
    found = _quotes(text)
    for quote, speaker in expected.items():
        assert found.get(quote, "missing") == speaker, found


def test_a_signed_quote_whose_signature_the_page_step_drops_is_not_the_first_signers():
    """Through the whole pipeline the page step may drop the block's last dash line: the second quote is then
    unsigned, and no longer carried over from the first signer across her signature line."""
    body = INTRO + ("Quotes:\n“The wall will hold for another century.”\n- Ana Lind, Mayor, Town of Varna\n"
                    "“The boats can work all winter now.”\n- Karl Moss, Minister of Works\n")
    result = run_steps(SourceDocument(source_path="t.txt", source_format="txt", raw_text=body), Registry())
    found = {q.text.rstrip(".,"): q.speaker_name for q in result.quotes if q.kind == "direct"}
    assert found.get("The wall will hold for another century") == "Ana Lind", found
    assert found.get("The boats can work all winter now", "missing") in ("Karl Moss", None), found


BRACKETS = [
    # a determiner after the bracket opens the subject: the bracket closes a prepositional object
    ("In a letter to the Statistics Office (PSO) the minister said", "the minister"),
    ("After a meeting with the Harbour Board (HB) the mayor said", "the mayor"),
    ("In talks with the Rail Agency (RA) his deputy said", "his deputy"),
]
BRACKET_NEAR_MISSES = [
    # the words after the bracket go on with the body's phrase: kept whole (speakersR52)
    ("The Coastal Water Authority (CWA) in the north said", "The Coastal Water Authority (CWA) in the north"),
    ("The Department of Roads (DOR) regional office said", "The Department of Roads (DOR) regional office"),
    # a comma after the bracket: the subject after it, as before
    ("In a letter to the Statistics Office (PSO), the minister said", "the minister"),
    # a party tag with nothing after it
    ("Sen. Maria Lopez (D-Ore.) said", "Sen. Maria Lopez (D-Ore.)"),
]


@pytest.mark.parametrize("text,expected", BRACKETS + BRACKET_NEAR_MISSES)
def test_bracketed_initials_before_a_new_subject(text, expected):
    body = "Flooding closed roads. " + text + " the work would end soon."
    end = body.index(" said")
    found = _np_before(body, len("Flooding closed roads. "), end)
    assert found is not None and body[found[0]:found[1]] == expected, found and body[found[0]:found[1]]
