"""Made-up probes of pronoun speakers (issue 9 class 5): people of one gender alternating, a pronoun after a quote
that names another person, an object of the last sentence as a rival, a person named only in passing, "she" after a
woman named only by role, "they" for an organisation. The resolver gives the subject of the last speech clause,
with low confidence when a same-gender rival is named after it, and no speaker rather than a wrong one."""
import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people


def _last(body: str, cast: tuple[str, ...]):
    people = cast_people(body, cast)
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    quote = [q for q in extract_quotes(article, people, Registry()) if q.kind == "direct"][-1]
    return quote.speaker_name, quote.speaker_label, quote.speaker_confidence


KM = ("Peter Kowal", "Ezra Moss")


@pytest.mark.parametrize(
    "body, cast, speaker, label, confident",
    [
        # alternating men: "he added" goes on with the last speaker
        ("Peter Kowal spoke first. “The budget is late,” Kowal said.\n\n“It is not late,” Ezra Moss replied.\n\n"
         "“We will see,” he added.", KM, "Ezra Moss", None, True),
        # three men: the last named speaker
        ("“We start now,” Peter Kowal said.\n\n“Not yet,” Ezra Moss said. “The money is not there,” said Tom Hale."
         "\n\n“Then we wait,” he said.", KM + ("Tom Hale",), "Tom Hale", None, True),
        # a quote that names another man: the pronoun stays with the quote's speaker
        ("“Ezra Moss is wrong,” Peter Kowal said.\n\nHe said: “The numbers are clear.”", KM, "Peter Kowal", None, True),
        ("Ezra Moss said Peter Kowal had promised him a seat. “He told me it was mine,” Moss said.\n\n"
         "He added: “I believed him.”", KM, "Ezra Moss", None, True),
        # near miss: the last sentence's object is a rival, so the subject is given with low confidence
        ("Peter Kowal called Ezra Moss on Monday. “It is over,” he said.", KM, "Peter Kowal", None, False),
        ("Peter Kowal told Ezra Moss the deal was off.\n\n“I am sorry,” he said.", KM, "Peter Kowal", None, False),
        # a man named in passing does not take the pronoun from the last speech clause's subject
        ("“The road will be built,” Peter Kowal said. The council approved the road, a plan backed by Senator "
         "John Roe.\n\n“It will take years,” he said.", ("Peter Kowal", "John Roe"), "Peter Kowal", None, False),
        ("“The road will be built,” Peter Kowal said, citing a report by John Roe.\n\n“It will take years,” he "
         "added.", ("Peter Kowal", "John Roe"), "Peter Kowal", None, False),
        ("Peter Kowal, who worked under John Roe for years, resigned on Monday.\n\n“I had no choice,” he said.",
         ("Peter Kowal", "John Roe"), "Peter Kowal", None, False),
        # "he added" goes on with the last speaker, not a man named since in a sentence that says nothing
        ("“The road will be built,” Peter Kowal said. John Roe, a senator, backed the plan last year.\n\n"
         "“It will take years,” he added.", ("Peter Kowal", "John Roe"), "Peter Kowal", None, False),
        ("“The road will be built,” Peter Kowal said. John Roe, a senator, backed the plan last year.\n\n"
         "“It will take years,” he continued.", ("Peter Kowal", "John Roe"), "Peter Kowal", None, False),
        # near misses: "he said" introduces the new man; a new man who spoke himself; no speech clause before
        ("“The road will be built,” Peter Kowal said. John Roe, a senator, backed the plan last year.\n\n"
         "“It will take years,” he said.", ("Peter Kowal", "John Roe"), "John Roe", None, True),
        ("“The road will be built,” Peter Kowal said. John Roe, a senator, said the plan was old.\n\n"
         "“It will take years,” he added.", ("Peter Kowal", "John Roe"), "John Roe", None, True),
        ("Peter Kowal walked into the hall. John Roe, a senator, backed the plan last year.\n\n"
         "“It will take years,” he added.", ("Peter Kowal", "John Roe"), "John Roe", None, True),
        # a woman who speaks after another: the last sentence's subject
        ("“We start now,” Anna Kowal said. Maria Moss disagreed.\n\n“It is too soon,” she said.",
         ("Anna Kowal", "Maria Moss"), "Maria Moss", None, True),
        # "she" after a woman named only by role
        ("The mayor of Tarn, a former nurse, opened the bridge on Friday.\n\n“This is for the children,” she said.",
         (), None, "The mayor of Tarn", True),
        ("“The water is clean,” Peter Kowal said. The town's health officer, a woman who asked not to be named, "
         "was less sure.\n\n“I would not drink it,” she said.", ("Peter Kowal",), None, "The town's health officer",
         True),
        # near miss: "she" with no woman at all is nobody, not the man named
        ("Peter Kowal said the head teacher had asked for a crossing.\n\n“We waited ten years,” she said.",
         ("Peter Kowal",), None, None, None),
        ("Peter Kowal runs the farm. His neighbour, a retired judge, disagrees.\n\n“The river is dying,” she said.",
         ("Peter Kowal",), None, None, None),
        # "they" for an organisation
        ("Peter Kowal works for Tarnco. The company says the plant is safe.\n\n“There is no leak,” they said.",
         ("Peter Kowal",), None, "The company", True),
        ("Peter Kowal criticised Tarnco. “They lied,” Kowal said.\n\nTarnco disagreed. “We follow every rule,” "
         "they said in a statement.", ("Peter Kowal",), None, "Tarnco", True),
    ],
)
def test_pronoun_probe(body, cast, speaker, label, confident):
    name, found_label, confidence = _last(body, cast)
    assert (name, found_label) == (speaker, label)
    if confident is None:
        assert confidence is None
    elif confident:
        assert confidence >= 0.8
    else:
        assert confidence < 0.8
