"""Pull quotes (`quotes._without_pull_quotes`): a quote alone on its line repeating a quote the story already gave."""
from loaders.extract.quotes import _repeats


def test_repeats_whole_words_only():
    assert _repeats("a corridor is not a corridor", "a corridor is not a corridor if someone else holds the key,")
    assert not _repeats("no", "nothing will change")
    assert not _repeats("the key", "the keys are lost")


def test_headline_opening_the_body_is_no_earlier_quote():
    from loaders.extract.quotes import _without_pull_quotes
    from loaders.records import QuoteRecord
    body = "'We will not sign' says minister\n\nThe minister spoke on Monday.\n\n\"We will not sign.\"\n"
    first = QuoteRecord(text="We will not sign", kind="direct", start=1, end=17)
    start = body.index("We will not sign.")
    second = QuoteRecord(text="We will not sign.", kind="direct", start=start, end=start + 17)
    assert _without_pull_quotes(body, [first, second]) == [first, second]
    moved = "Intro line.\n\n" + body
    shifted = [QuoteRecord(text=q.text, kind=q.kind, start=q.start + 13, end=q.end + 13) for q in (first, second)]
    assert _without_pull_quotes(moved, shifted) == shifted[:1]
