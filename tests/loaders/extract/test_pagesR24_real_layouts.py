"""Page shapes of real copied pages (pagesR24), made-up text only: a headline that reads as a sentence or keeps
its copied separator (';') when it is the page's first line with the date line right under it; embedded-post
placeholders left as markup lines in the body. Near misses stay as they are. Expected outputs written before the
run."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())
from tests.loaders.extract.test_article_page_shapes import BODY, HEAD, P1, P2, P3  # noqa: E402  (the same made-up page)


def _article(text: str):
    return extract_article(SourceDocument("page.txt", "txt", text, {}), REGISTRY)


@pytest.mark.parametrize("page, title", [
    # a headline that reads as a sentence (finite verb, full stop), the date line right under it
    (f"Mayor says council 'completely right' in closing the cracked bridge.\n\nMay 3, 2024\n\n{BODY}",
     "Mayor says council 'completely right' in closing the cracked bridge."),
    (f"Roe: engineers acted as 'judge and jury' on the old bridge.\n\nMay 3, 2024\n\n{BODY}",
     "Roe: engineers acted as 'judge and jury' on the old bridge."),
    (f"As lorries queue at the river, the council is finally closing its cracked bridge.\n\nMay 3, 2024\n\n"
     f"Repairs will take six months.\n\n{BODY}",
     "As lorries queue at the river, the council is finally closing its cracked bridge."),
    # a headline copied with the separator that followed it
    (f"Bridge: council calls the cracks 'worrying';\n\nMay 3, 2024\n\n{BODY}",
     "Bridge: council calls the cracks 'worrying';"),
    (f"Roe: Lorries 'must wait';\n\nMay 3, 2024\n\nEngineers say the supports will not hold another winter.\n\n{BODY}",
     "Roe: Lorries 'must wait';"),
    # near misses: a headline-shaped line keeps its place; a sentence under the headline is no headline
    (f"Bridge closed to lorries after cracks found\n\nMay 3, 2024\n\n{BODY}", "Bridge closed to lorries after cracks found"),
    (f"Bridge closed to lorries after cracks found\n\nThe council says engineers found cracks in two supports.\n\n"
     f"May 3, 2024\n\n{BODY}", "Bridge closed to lorries after cracks found"),
    (f"Bridge closed to lorries after cracks found\n\nMay 3, 2024\n\nCouncil calls the cracks 'worrying';\n\n{BODY}",
     "Bridge closed to lorries after cracks found"),
])
def test_top_line_over_the_date_line_is_the_headline(page, title):
    assert _article(page).title == title


@pytest.mark.parametrize("page, title", [
    # near misses: no date line under the sentence, or text above it: the sentence is not made the headline
    (f"Mayor says council 'completely right' in closing the cracked bridge.\n\n{BODY}",
     "Mayor says council 'completely right' in closing the cracked bridge."),
    (f"The council voted on Tuesday to close the old bridge.\n\nOfficials said repairs would take six months.\n\n"
     f"May 3, 2024\n\n{BODY}", "The council voted on Tuesday to close the old bridge."),
])
def test_sentence_without_the_date_line_under_it_stays(page, title):
    assert _article(page).title != title


EMBEDS = [
    '<tweet tweet-id="123456789012345678"><tweet/>.',
    '<tweet tweet-id="123456789012345678"></tweet>',
    '<instagram post-id="Bx12abc"/>',
]


@pytest.mark.parametrize("embed", EMBEDS)
def test_embed_markup_line_leaves_the_body(embed):
    page = f"Bridge closed to lorries after cracks found\n\nMay 3, 2024\n\n{P1}\n\n{embed}\n\n{P2}\n\n{P3}\n\n{embed}\n"
    paragraphs = _article(page).body.split("\n\n")
    assert embed not in paragraphs
    assert paragraphs[-1] == P3 and P1 in paragraphs and P2 in paragraphs


@pytest.mark.parametrize("line", [
    # near misses: prose that mentions markup or angle brackets stays in the body
    "The engineers wrote <b>urgent</b> on the report before they sent it to the council.",
    "Temperatures < 5 degrees and loads > 40 tonnes will close the bridge, the council said.",
    "<p>",
    '<tweet author="jroe" tweet_id="123456789012345678">The bridge is shut again.</tweet>.',
    "The post read: <tweet> and nothing more, the mayor said.",
])
def test_prose_with_angle_brackets_stays(line):
    page = f"Bridge closed to lorries after cracks found\n\nMay 3, 2024\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"
    assert line in _article(page).body


@pytest.mark.parametrize("note, dropped", [
    # an unsigned opinion page closes with its writer's note: name, maybe an apposition, "is", a writing job
    ("Jo Roe, a Kestrel University history professor, is a member of the Valley Courier's Board of Contributors.", True),
    ("Ann Lee is editor of the editorial page.", True),
    ("Tom Bell is a contributing columnist for the Riverton Ledger.", True),
    # near misses: a news sentence about a person, a reported or quoted note, no writing job
    ("Jo Roe is a member of the city council.", False),
    ("Ann Lee is editor of the school paper, her mother said.", False),
    ("Tom Bell, a retired teacher, is a member of the bridge committee.", False),
    ("“Ann Lee is editor of the editorial page,” the notice read.", False),
    ("The council is a member of the regional board of contributors to the bridge fund.", False),
    ("Mary Ann Cole is a member of the editorial board.", False),
])
def test_writer_note_closing_an_unsigned_page(note, dropped):
    article = _article(f"{HEAD}\n\nMay 3, 2024\n\n{BODY}\n\n{note}\n")
    last = article.body.split("\n\n")[-1]
    assert (last == P3) == dropped and (last == note) != dropped


def test_writer_note_stays_on_a_signed_page_when_not_the_writer():
    # near miss: a signed page's note about someone else is the story's last line
    note = "Ann Lee is editor of the editorial page."
    article = _article(f"{HEAD}\n\nBy Jo Roe\n\nMay 3, 2024\n\n{BODY}\n\n{note}\n")
    assert article.body.split("\n\n")[-1] == note


@pytest.mark.parametrize("note, outlet", [
    # a writer's note whose name holds a capital outside ASCII or a one-letter particle ("Ó", "Ní")
    ("Séan Ó Roe is a features writer with the Kestrel Tribune.", "Kestrel Tribune"),
    ("Órla Ní Bhé is a reporter for the Valley Courier.", "Valley Courier"),
    ("Émile Roe is a correspondent for the Riverton Ledger.", "Riverton Ledger"),
    # near misses: no job, or a sentence about someone else's work
    ("Séan Ó Roe is a farmer with the Kestrel co-operative.", None),
    ("Ó Roe said he was a reporter for the Valley Courier once.", None),
    ("Órla Ní Bhé is a member of the Valley Courier board.", None),
])
def test_writer_note_with_names_outside_ascii(note, outlet):
    from loaders.extract.outlets import find_outlet_evidence

    found = find_outlet_evidence(note, furniture=False, closing=True)
    assert (found.name if found and found.kind == "author_note" else None) == outlet


@pytest.mark.parametrize("line, kind", [
    # the site's notice that its pages may be reused on a condition, alone or after the site's name
    ("Content may be reproduced citing the source.", "copyright"),
    ("Kestrel Press – Agencia de Noticias Kestrel. Content may be reproduced citing the source.", "copyright"),
    ("All content on this site may be freely republished with a link to the original.", "copyright"),
    ("Our articles may be reproduced provided the source is credited.", "copyright"),
    # near misses: a reported or news sentence about reuse, a notice inside a clause of the story
    ("Content may be reproduced citing the source, the ministry said.", None),
    ("Under the new law, content may be reproduced with a link to the source.", None),
    ("The old photographs may be reproduced if the family agrees.", None),
    ("Content was reproduced without citing the source, the court found.", None),
])
def test_reuse_notice_is_the_sites(line, kind):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize("line, furniture", [
    # a helpline notice under a story, and a call to readers for tips under the outlet's label
    ("Need help? Visit the Kestrel Crisis Line or the Valley Support Centre’s website.", True),
    ("Need support? Call the Kestrel Helpline on 0800 123 456.", True),
    ("If you or someone you know is struggling, call or text the Valley Crisis Line.", True),
    ("KESTREL POST READERS: What’s happening in your town? Send your tips to tips@kestrelpost.example.", True),
    ("READERS: Tell us what the bridge closure means for you at news@valley.example.", True),
    # near misses: a story's sentences about help and readers
    ("Need help? That is what the stranded drivers asked when they called the council on Tuesday, Roe said.", False),
    ("Residents who need help were told to call the council, officials said.", False),
    ("Readers of the Kestrel Post wrote in their hundreds about the closed bridge.", False),
    ("If you or your family are affected, the mayor said, the council will pay for taxis.", False),
])
def test_helpline_and_reader_calls_are_furniture(line, furniture):
    from loaders.extract.boilerplate import classify_line

    assert (classify_line(line) is not None) == furniture
