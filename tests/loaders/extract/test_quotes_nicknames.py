"""A nickname in quotation marks inside a person's name ("Tomas “Bucky” Herrald") is part of the name, nobody's
quoted words (speakersR40): one or two capitalised words in marks between a capitalised word and another. Made-up
text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _quoted(text: str) -> list[str]:
    return [q.text for q in quotes_of(text) if q.kind != "indirect"]


@pytest.mark.parametrize("text", [
    # hits: a nickname between the given name and the surname
    "Mayor Tomas “Bucky” Herrald told reporters that the pumps would be fixed by Friday.",
    "The shelter will stay open, county fire chief Della \"Dee\" Marsh said.",
    "Coach Arlen “Big Al” Tovey was not at the meeting.",
    "Wilbur “Sonny” Ratch Jr. said the harbour would reopen in May.",
])
def test_a_nickname_inside_a_name_is_no_quote(text):
    assert _quoted(text) == []


@pytest.mark.parametrize("text, quote", [
    # near misses: a quoted word after a speech verb, a capitalised word after the marks
    ("Herrald said “Never” Tuesday when asked about the pumps.", "Never"),
    # ... a quote after a name, its attribution after it
    ("Tomas Herrald was blunt. “Enough,” Herrald said.", "Enough"),
    # ... a short quote between a name's verb and another name
    ("Asked who was to blame, Herrald said “Marsh” and left the room.", "Marsh"),
    # ... a lowercase quoted word between two capitalised ones
    ("The harbour was “finished” Herrald said on Monday, “and everyone knows it.”", "and everyone knows it."),
    # ... a full sentence quoted after a name and before another
    ("Tomas Herrald: “We will fix the pumps.” Marsh agreed.", "We will fix the pumps."),
])
def test_near_misses_stay_quotes(text, quote):
    assert quote.rstrip(",.") in [found.rstrip(",.") for found in _quoted(text)]


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text, clause, speaker", [
    # hits: the nickname is no boundary of the speaker's phrase, before the verb or after the clause
    ("Mayor Tomas “Bucky” Herrald told reporters that the pumps would be fixed by Friday.",
     "the pumps would be fixed by Friday", "Tomas Herrald"),
    ("Wilbur “Sonny” Ratch Jr. said the harbour would reopen in May.", "the harbour would reopen in May",
     "Wilbur Ratch Jr."),
    ("The shelter will stay open through Sunday, county fire chief Della “Dee” Marsh said.",
     "The shelter will stay open through Sunday", "Della Marsh"),
    ("The pumps will be fixed by May, said Mayor Tomas “Bucky” Herrald.", "The pumps will be fixed by May",
     "Tomas Herrald"),
    # near misses: a quoted word that ends a clause is no nickname, and the speaker stays the one named
    ("Tomas Herrald runs the works. The pumps are “finished,” Herrald said on Monday.", None, None),
    ("Tomas Herrald runs the works. Della Marsh called the pumps “Relics” and said the town needed new ones.",
     "the town needed new ones", "Della Marsh"),
    ("Tomas Herrald runs the works. The pumps will be fixed by May, Herrald said.", "The pumps will be fixed by May",
     "Tomas Herrald"),
    ("Tomas Herrald runs the works. Herrald said the pumps would be fixed by May.", "the pumps would be fixed by May",
     "Tomas Herrald"),
])
def test_a_nickname_inside_a_speakers_name(text, clause, speaker):
    found = _indirect(text)
    if clause is None:
        assert not any(text.startswith("finished") for text, _ in found), found
    else:
        assert (clause, speaker) in found, found


@pytest.mark.parametrize("text, clause, speaker", [
    # review of speakersR40: the trailing speaker's nickname is the shared pattern's: two words ("Dee Dee") too
    ("The shelter will stay open through Sunday, county fire chief Della “Dee Dee” Marsh said.",
     "The shelter will stay open through Sunday", "Della Marsh"),
    ("The pumps will be fixed by May, said Mayor Tomas “Big Tom” Herrald.", "The pumps will be fixed by May",
     "Tomas Herrald"),
])
def test_a_two_word_nickname_in_a_trailing_speaker(text, clause, speaker):
    assert (clause, speaker) in _indirect(text), _indirect(text)


@pytest.mark.parametrize("text", [
    # near misses: marks after a lowercase word are no nickname inside a name, and no trailing speaker takes them in
    "The pumps will be fixed by May, the crew called “Relic” Herrald said.",
    "The pumps will be fixed by May, the so-called “Rusty” Herrald said.",
])
def test_marks_after_a_lowercase_word_are_no_nickname(text):
    assert not any(speaker == "Tomas Herrald" or (speaker or "").endswith("Herrald") and "“" in clause
                   for clause, speaker in _indirect(text)), _indirect(text)
