"""Round 5 (#10, B): the headline picture's caption standing as the body's first line, right over the lede.

Unseen pages started the body early on a picture caption between the headline block and the lede: a descriptive
line of a clause's length with no sentence end ("Firefighters tackle the blaze at the Mill Lane depot on
Tuesday"), or one holding the picture's credit ("... (Photo: Jo Roe/Reuters)", "... Getty Images"). Written
before the code:
- caption: the body's first line has 9-25 words, ends no sentence (no stop, no question or exclamation mark, no
  colon) and a paragraph of sentences follows; or it holds a picture credit (an agency, "Photo:", "Image:",
  "File photo") and a paragraph of sentences follows;
Near misses (the first paragraph stays): short one-sentence ledes, punchy feature openings, a question, a Q&A
intro, a line ending in a colon, a lede that lost its stop but reports speech ("..., fire officers said"), a blog's two-sentence intro ending
in an emoji, a live page's entry under its timestamp, a quote lede, a lede naming Reuters as a
source, a lede with a dateline, a short lede with no line after it, a two-line body."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry, bundled_registry_dir, load_registry

HEAD = "Riverton Courier\nNews\nSport\nDepot fire forces evacuation of 200 homes\nBy Ann Lee\n12 November 2026\n"
REST = ("Fire crews spent six hours bringing the blaze under control, and residents were allowed back into their "
        "homes shortly after midnight, the county fire service said in a statement.\n"
        "The cause of the fire is not yet known, but investigators will return to the site on Wednesday morning "
        "to examine the burnt-out storage sheds and the depot's electrical supply.")
LEDE = ("A fire at a bus depot in Riverton forced the evacuation of 200 homes on Tuesday evening as thick smoke "
        "drifted across the east of the town.")

CAPTIONS = [
    ("caption_no_stop", "Firefighters tackle the blaze at the Mill Lane bus depot in Riverton on Tuesday evening"),
    ("caption_participle", "Smoke rising over the east of the town as crews work through the night"),
    ("caption_credit_paren", "Firefighters at the Mill Lane depot on Tuesday. (Photo: Jo Roe/Reuters)"),
    ("caption_credit_getty", "Crews at the scene of the fire in Riverton on Tuesday. Getty Images"),
    ("caption_credit_afp", "Residents watch the fire from the bridge, November 12, 2026. AFP"),
    ("caption_photo_label_after_stop", "Crews damp down the depot roof in Riverton on Tuesday. Photo: Jo Roe"),
    ("caption_file_photo", "The Mill Lane bus depot, pictured in 2019. File photo"),
]

# The first paragraph that must stay: (name, first line).
KEEP = [
    ("short_lede", "Riverton's bus depot burned down on Tuesday."),
    ("short_lede_quote", "\"We ran,\" said Ann Marsh, who lives opposite the depot."),
    ("punchy_opening", "It started with a spark."),
    ("punchy_two", "Nobody saw it coming. Then the sirens started."),
    ("question_open", "What happens to a town when its only bus depot burns down overnight?"),
    ("exclaim_open", "Two hundred homes, one night, and not a single injury!"),
    ("colon_intro", "Here is what we know so far about the fire at the Mill Lane depot:"),
    ("qa_intro", "Q: What caused the fire at the Mill Lane bus depot on Tuesday night?"),
    ("reuters_source", "Reuters reported that 200 homes near the Riverton depot were evacuated on Tuesday."),
    ("dateline_lede", "RIVERTON, Nov 12 (Reuters) - A fire at a bus depot forced 200 homes to be evacuated."),
    ("photo_word_lede", "The photo taken by a neighbour shows flames above the depot roof shortly after six."),
    ("lede_ellipsis", "The smoke came first, then the flames, then the long wait in the cold…"),
    ("lede_in_quotes", "“Get out now,” the firefighter shouted as the depot roof caught fire."),
    ("long_lede", LEDE),
    ("intro_two_sentences_emoji", "We have gathered some of the best photos from the night here! Scroll down to see them ⬇️"),
    ("unstopped_lede_said", "A fire at the Mill Lane bus depot forced 200 homes to be evacuated on Tuesday, fire officers said"),
    ("lede_with_picture_in_it", "Pictures shared online showed flames rising above the depot as crews arrived."),
]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(bundled_registry_dir())


def _body(text: str, registry: Registry) -> list[str]:
    article = extract_article(SourceDocument("x", "txt", text, {}), registry)
    return [part for part in (article.body or "").split("\n\n") if part]


@pytest.mark.parametrize("name, caption", CAPTIONS, ids=[row[0] for row in CAPTIONS])
def test_caption_over_lede_leaves_the_body(name, caption, registry):
    paragraphs = _body(HEAD + caption + "\n" + LEDE + "\n" + REST, registry)
    assert paragraphs[0].startswith("A fire at a bus depot"), paragraphs[0][:80]


@pytest.mark.parametrize("name, first", KEEP, ids=[row[0] for row in KEEP])
def test_first_paragraph_stays(name, first, registry):
    paragraphs = _body(HEAD + first + "\n" + REST, registry)
    assert paragraphs[0] == first, paragraphs[0][:80]


def test_live_entry_under_timestamp_stays(registry):
    text = ("Riverton Courier\nDepot fire: live updates\nBy Ann Lee\n12 November 2026\n16:42 GMT\n"
            "Crews bring the fire at the Mill Lane bus depot under control after six hours\n" + REST)
    paragraphs = _body(text, registry)
    assert paragraphs[0].startswith("Crews bring the fire"), paragraphs[0][:80]


def test_a_lone_line_is_the_body(registry):
    text = HEAD + "Firefighters tackle the blaze at the Mill Lane bus depot in Riverton on Tuesday evening"
    assert _body(text, registry)[0].startswith("Firefighters tackle"), "a page of one line keeps it"


def test_caption_and_credit_lines_leave(registry):
    text = HEAD + "Firefighters tackle the blaze at the Mill Lane bus depot on Tuesday\nJo Roe/Reuters\n" + LEDE + "\n" + REST
    assert _body(text, registry)[0].startswith("A fire at a bus depot")
