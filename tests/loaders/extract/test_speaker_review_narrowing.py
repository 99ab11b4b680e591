"""Issue 9, review of the first two rounds: rules that took in too much (an article ending a phrase, a weekday
after a body's name, an irregular past ending a subject, an unnamed subject for 'he'/'she'), as made-up rows
(the reviewer's cases, expectations written before running) with near misses that keep each rule's own case."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _speaker(text: str, start: str) -> str | None:
    found = [q for q in quotes_of(text) if q.text.lstrip("\"“‘ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    direct = [q for q in found if q.kind != "indirect"]
    quote = (direct or found)[0]
    return quote.speaker_name or quote.speaker_label


@pytest.mark.parametrize("text, start, speaker", [
    # a capitalised "An"/"A" after a capitalised name word ends a name, no article
    ("\"The river rose overnight,\" said Tran Van An.\n", "The river rose", "Tran Van An"),
    ("Le Thi An said: \"We lost the harvest.\"\n", "We lost the harvest", "Le Thi An"),
    ("Nguyen Van An said: \"The road is closed.\"\n", "The road is closed", "Nguyen Van An"),
    ("\"We waited six hours,\" said Kim An, a passenger.\n", "We waited six hours", "Kim An"),
    ("\"The match will be replayed next week,\" Serie A said in a statement.\n", "The match will be replayed",
     "Serie A"),
    ("A spokesman for Serie A said: \"The match will be replayed.\"\n", "The match will be replayed",
     "A spokesman for Serie A"),
    # near miss: a lower-case article ends no name ("According to a | written statement")
    ("According to a written statement from the ministry, \"the dam is safe.\"\n", "the dam is safe",
     "the ministry"),
    # a weekday followed by a capitalised word is a word of the name
    ("The Sunday Times published the leaked memo on its front page.\n\n\"We stand by our story,\" the newspaper "
     "said.\n", "We stand by our story", "The Sunday Times"),
    ("The Good Friday Peace Foundation announced new grants.\n\n\"Every community deserves a chance,\" the "
     "foundation said.\n", "Every community deserves", "The Good Friday Peace Foundation"),
    # near misses: the day told after the complete name is cut
    ("The National Health Agency on Monday urged people to get vaccinated.\n\n\"Flu season is early,\" the "
     "agency said.\n", "Flu season is early", "The National Health Agency"),
    ("Kestel Rail on Sunday cancelled all trains.\n\n\"Safety comes first,\" the company said.\n",
     "Safety comes first", "Kestel Rail"),
    # an irregular past that is also a noun or adjective ends a subject only before an object-like word
    ("A far left group issued a statement: \"We reject the budget.\"\n", "We reject the budget", "A far left group"),
    ("The show's set designer smiled and said: \"We built it in a week.\"\n", "We built it in a week",
     "The show's set designer"),
    ("The party's left wing walked out and said: \"This is not our party.\"\n", "This is not our party",
     "The party's left wing"),
    # near misses: before a determiner or a name it is the main verb
    ("Police put the number of protesters at 8,000 and said: \"The march was peaceful.\"\n",
     "The march was peaceful", "Police"),
    ("Harbour City FC put Luis Moreno on leave and said: \"We will say no more.\"\n", "We will say no more",
     "Harbour City FC"),
    # a head noun of the other gender is never the antecedent of 'he'/'she' (speaker_heads.GENDERED_HEADS)
    ("A man was standing by the gate.\n\n\"We heard shouting,\" she said.\n", "We heard shouting", None),
    ("A woman was waiting at the bus stop.\n\n\"The buses never come on time,\" he said.\n", "The buses never",
     None),
    ("A widow was among the mourners.\n\n\"This town has lost its heart,\" he said.\n", "This town has lost", None),
    ("A fisherman was mending nets on the beach.\n\n\"The catch gets smaller every year,\" she said.\n",
     "The catch gets smaller", None),
    ("A man was standing by the gate.\n\n\"We heard shouting,\" she said. Ruth Amadi, who lives next door, called "
     "the police.\n", "We heard shouting", "Ruth Amadi"),
    # near misses: the same gender, or a head that says none, is the antecedent
    ("A fisherman was mending nets on the beach.\n\n\"The catch gets smaller every year,\" he said.\n",
     "The catch gets smaller", "A fisherman"),
    ("A local shopkeeper was blunt.\n\n\"Nobody buys anything any more,\" she said.\n", "Nobody buys",
     "A local shopkeeper"),
])
def test_review_narrowing(text, start, speaker):
    got = _speaker(text, start)
    assert (got or "").casefold() == (speaker or "").casefold()


@pytest.mark.parametrize("text, start, speaker", [
    # round 2 rules in ordinary prose: a person (no body) in apposition stays the person
    ("Ana Lind, the association's treasurer, said the books were in order.\n\n\"Every cent is accounted for,\" "
     "she said.\n", "Every cent", "Ana Lind"),
    # a description in apposition after a body's name is no subject of its own: the name is ('it' said)
    ("Voltara, the grid operator, said it was surprised.\n\n\"Our engineers have kept the lights on,\" it "
     "said.\n", "Our engineers", "Voltara"),
    # 'the company' with no company named before stays the description
    ("The storm closed roads across the county.\n\n\"Our crews are working around the clock,\" the company "
     "said.\n", "Our crews", "the company"),
    # an unnamed person after a place phrase is not the antecedent of the other gender
    ("At a café above the port, a woman who sells fish read the news.\n\n\"It is a disgrace,\" he said.\n",
     "It is a disgrace", None),
])
def test_round2_near_misses(text, start, speaker):
    got = _speaker(text, start)
    assert (got or "").casefold() == (speaker or "").casefold()


@pytest.mark.parametrize("tail", [
    # round 2's interview rule in ordinary prose: a paragraph naming the questioner's label later, or opening
    # with a word that only begins like the label, goes on with the answer
    "We owe a lot to Harbour Herald readers.",
    "Harbour cleanups need money. We never have enough.",
])
def test_an_answer_naming_the_outlet_goes_on(tail):
    from tests.loaders.extract.test_speaker_round2 import QA
    quotes = quotes_of(QA + tail)
    assert any(q.text.startswith(tail[:20]) and q.speaker_name == "Rina Kovac" for q in quotes)
