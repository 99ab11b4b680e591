import pytest

from loaders.extract.quotemarks import find_quoted_spans


def _texts(body: str) -> list[str]:
    return [body[span.start:span.end] for span in find_quoted_spans(body)]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("She said “we will win the vote” today.", ["we will win the vote"]),
        ('She said "we will win the vote" today.', ["we will win the vote"]),
        ("She said ‘we will win the vote’ today.", ["we will win the vote"]),
        ("She said 'we will win the vote' today.", ["we will win the vote"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("He said ''the mill will reopen,'' and left.", ["the mill will reopen,"]),
    ],
)
def test_quote_mark_families(body, expected):
    assert _texts(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The mayor's plan doesn't work and the town’s budget won’t last.",
        "Music from the '90s and the ’80s came back.",
        "Rock ‘n’ roll is here, isn't it.",
        "The players' union met the owners' lawyers.",
    ],
)
def test_apostrophes_are_not_quote_marks(body):
    assert _texts(body) == []


def test_offsets_point_at_the_words_without_marks():
    body = "Intro line.\n\nThe clerk said, “The files are gone.” Then he left."
    [span] = find_quoted_spans(body)
    assert body[span.start:span.end] == "The files are gone."
    assert body[span.open_mark] == "“" and body[span.close_mark] == "”"


def test_unclosed_quote_ends_at_its_paragraph():
    body = "The clerk said: “The files are gone\n\nNobody answered."
    [span] = find_quoted_spans(body)
    assert body[span.start:span.end] == "The files are gone"
    assert not span.closed


def test_unclosed_quote_ends_at_the_next_opening_mark_and_is_continued():
    body = "“We lost the first round. “We will win the second,” the coach said."
    first, second = find_quoted_spans(body)
    assert body[first.start:first.end] == "We lost the first round."
    assert body[second.start:second.end] == "We will win the second,"
    assert second.continues == 0


def test_quote_carried_over_paragraphs_is_linked():
    body = "The coach said: “We trained hard all winter.\n\n“And we will be ready in the spring.”"
    first, second = find_quoted_spans(body)
    assert not first.closed and second.closed
    assert second.continues == 0


def test_nested_quote_belongs_to_the_outer_one():
    body = "“He told me ‘never again’ and walked away,” she said."
    assert _texts(body) == ["He told me ‘never again’ and walked away,"]


@pytest.mark.parametrize(
    "body, expected",
    [
        # an opening curly mark typed where the closing one belongs
        ("“The count is wrong,“ said the clerk.", ["The count is wrong,"]),
        # a closing curly mark typed where the opening one belongs
        ("The clerk wrote ”The count is wrong” on the board.", ["The count is wrong"]),
        # a straight closing mark typed after a space, behind a nested quote
        ("\"You shake hands and say 'Well done,' \" said the clerk.", ["You shake hands and say 'Well done,'"]),
    ],
)
def test_misused_curly_marks(body, expected):
    assert _texts(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a plural possessive inside a single-quoted quote is an apostrophe
        ("She said: 'The farmers' needs come first.'", ["The farmers' needs come first."]),
        ("She said: ‘The farmers’ needs come first.’", ["The farmers’ needs come first."]),
        # ... but a quote ending in s before a lowercase word still closes when no mark follows
        ("She called them 'the bosses' and left.", ["the bosses"]),
    ],
)
def test_plural_possessives_in_single_quotes(body, expected):
    assert _texts(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a closing mark typed for the opening one right after a speech verb's comma
        ("The warden said,” nobody leaves before the count.”", ["nobody leaves before the count."]),
        ("Pia Lund replied,” not this year” and walked off.", ["not this year"]),
        # the opening mark left out after a speech verb's comma: the words start after that comma
        ("Naming three sites, she added, the ferry will stop at all of them.”",
         ["the ferry will stop at all of them."]),
        ("The board met. He wrote, the budget is closed.”", ["the budget is closed."]),
        # not so: a quote that is open, a closing mark after a comma without a speech verb, a later opening mark
        ("“We stayed,” he said, “and we voted.”", ["We stayed,", "and we voted."]),
        ("The river rose, ” the gauge read, and fell.", []),
        ("We left early,” he said, adding that the count was over.", []),
        ("He said,” yes” then said, “no.”", ["yes", "no."]),
    ],
)
def test_mistyped_or_missing_opening_mark_after_a_speech_verb(body, expected):
    assert _texts(body) == expected


@pytest.mark.parametrize(
    "body, expected, continued",
    [
        # single marks carried over paragraphs, as British and Irish papers write them: the opening mark on each
        # paragraph, the closing one only on the last
        ("'We lost in May,' the coach said. 'Nobody gave us a chance. But the lads kept going.\n\n"
         "'Tonight was for the fans.'",
         ["We lost in May,", "Nobody gave us a chance. But the lads kept going.", "Tonight was for the fans."], True),
        ("‘We lost in May,’ the coach said. ‘Nobody gave us a chance.\n\n‘Tonight was for the fans.’",
         ["We lost in May,", "Nobody gave us a chance.", "Tonight was for the fans."], True),
        ("The coach said: 'Nobody gave us a chance. But the lads kept going.\n\n'Tonight was for the fans.'",
         ["Nobody gave us a chance. But the lads kept going.", "Tonight was for the fans."], True),
        # ... but not when the next paragraph opens with no single mark: an apostrophe ('Tis, 'em) is likelier
        ("The coach said the lads were tired. 'Tis the season, he added.\n\nThe fans went home.", [], False),
        ("'We lost in May,' the coach said. 'Nobody gave us a chance.\n\nThe fans went home.",
         ["We lost in May,"], False),
        # ... nor when the paragraph stops mid-sentence
        ("'We lost in May,' the coach said. 'Nobody gave us a chance and\n\n'Tonight was for the fans.'",
         ["We lost in May,", "Tonight was for the fans."], False),
    ],
)
def test_single_marked_quote_carried_over_paragraphs(body, expected, continued):
    spans = find_quoted_spans(body)
    assert [body[s.start:s.end] for s in spans] == expected
    assert (len(spans) > 1 and spans[-1].continues == len(spans) - 2) == continued


@pytest.mark.parametrize(
    "body, expected",
    [
        # a passage quoted over paragraphs with a straight mark opening each: curly marks inside are nested
        ('From a report:\n\n"The council met on Monday and voted.\n\n'
         '"The mayor called the plan “a disgrace” and left early.\n\nThe end.',
         ["The council met on Monday and voted.", "The mayor called the plan “a disgrace” and left early."]),
        ('"The council met on Monday.\n\n"Its chair said, “We will look again,” and closed the session.',
         ["The council met on Monday.", "Its chair said, “We will look again,” and closed the session."]),
        # near misses: one paragraph alone, whose curly quote is a quote of its own
        ('"We lost the first round. “We will win the second,” the coach said.',
         ["We lost the first round.", "We will win the second,"]),
        # ... a next paragraph that does not open with a straight mark
        ('The report:\n\n"The council met.\n\nThe mayor called the plan “a disgrace” today.',
         ["The council met.", "a disgrace"]),
        # ... a paragraph whose straight mark closes in it
        ('"The council met," she said.\n\n"The mayor left early," he said.',
         ["The council met,", "The mayor left early,"]),
        # review rows: a curly closing mark with no curly opening before it closes the straight one
        ('Survivor Ana Ruiz, 34, remembered the night.\n\n"It was chaos. People were screaming.\n\n'
         '"Then the police came,” Ruiz said. “They told us to run.”',
         ["It was chaos. People were screaming.", "Then the police came,", "They told us to run."]),
        ('Resident Joe Park described the flood.\n\n"The water came up to here.\n\n'
         '"My neighbour shouted, “Get to the roof!” and we climbed,” Park said.',
         ["The water came up to here.", "My neighbour shouted, “Get to the roof!” and we climbed,"]),
    ],
)
def test_straight_marked_block_quote_holds_curly_marks(body, expected):
    assert _texts(body) == expected
