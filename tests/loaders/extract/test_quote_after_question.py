"""A quote answering the writer's question about someone ('Why was he out in the heat? "My mom says I have to
save."'): the person the question's he/she stands for speaks. Made-up rows: the speaker each quote must get."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _speakers(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t", source_format="text", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    return {q.text: q.speaker_name for q in extract_quotes(article, people, registry) if q.kind != "indirect"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Tomas Varga, 13, sold water on Main Street. Sales were good.\n\n"
         "Why was he out in the heat? \"My mom says I have to save up for college.\"",
         "My mom says I have to save up for college.", "Tomas Varga"),
        ("Lena Ortiz runs the shelter on Pike Street.\n\nWhat keeps her going? “The dogs, every single day.”",
         "The dogs, every single day.", "Lena Ortiz"),
        # near misses: a question with no he/she, and a quote with its own attribution
        ("Lena Ortiz runs the shelter on Pike Street.\n\nWhy does it matter? “Nobody else will,” Tom Reyes said.",
         "Nobody else will,", "Tom Reyes"),
    ],
)
def test_quote_answers_question(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker


# Review rows (round-1 review): the question asks about one person but the quote is someone else's answer. The
# quote names that person by a pronoun of the question's gender ('She never stops', 'He is the best finisher'),
# so it speaks OF them; or the question is put to the speaker ('What did you tell him?'). No wrong speaker: the
# one expected, or none.
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Maya Lind, 7, has raised $3,000 for the animal shelter. Her father, Jon Lind, is proud.\n\n"
         "Where does she get the energy? \"I have no idea. She never stops.\"",
         "I have no idea. She never stops.", "Jon Lind"),
        ("Mayor Ana Ruiz spoke to the Herald about her deputy, Tom Reyes, who resigned on Monday.\n\n"
         "What did you tell him? “That it was time to go.”", "That it was time to go.", "Ana Ruiz"),
        ("The coach, Ana Ruiz, has no doubts about her striker, Tomas Varga.\n\n"
         "Can he score 30 goals this season? “Easily. He is the best finisher I have seen.”",
         "Easily. He is the best finisher I have seen.", "Ana Ruiz"),
        ("We asked Senator Kate Lind's former chief of staff, Tom Reyes, about her plans.\n\n"
         "Will she run again? \"I would be surprised if she didn't.\"", "I would be surprised if she didn't.",
         "Tom Reyes"),
        ("Police say Daniel Moss, 22, was driving at twice the limit. His lawyer, Ruth Adler, disputes that.\n\n"
         "Was he speeding? “The evidence will show he was not.”", "The evidence will show he was not.",
         "Ruth Adler"),
        ("Interview with novelist Joy Adeyemi about her late father, the poet Wole Adeyemi.\n\n"
         "What did he teach you? \"To listen before I write.\"", "To listen before I write.", "Joy Adeyemi"),
    ],
)
def test_question_about_another_person_gives_no_wrong_speaker(text, quote, speaker):
    assert _speakers(text).get(quote, "missing") in (speaker, None)


# near misses kept: the question's person answers, the quote with no pronoun of theirs or one of another gender
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Priya Nair, 16, won the national spelling bee on Saturday.\n\n"
         "How did she prepare? “I read the dictionary every night for a year.”",
         "I read the dictionary every night for a year.", "Priya Nair"),
        ("Farmer Tom Okoro lost 40 cattle in the floods.\n\nWhat will he do now? “Start again. What else can I do?”",
         "Start again. What else can I do?", "Tom Okoro"),
        ("Tom Okoro lost 40 cattle in the floods.\n\nWhat will he do now? “My wife says she will help me.”",
         "My wife says she will help me.", "Tom Okoro"),
    ],
)
def test_question_about_the_speaker_still_answers(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker
