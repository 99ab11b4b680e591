"""Issue #10: furniture lines in the body. A rule of underscores closed by a stop ("___.") is a separator;
"Originally published on X." is the syndicated copy's note on where it first ran. Made-up lines, with near misses."""
import pytest

from loaders.extract import boilerplate


# --- a rule of underscores closed by a stop ("___."), a wire story's separator (issue 10) ---

@pytest.mark.parametrize("line, furniture", [
    ("___.", True),
    ("_____", True),
    ("___ The poll was conducted online.", False),  # the rule runs into a sentence
    ("A_B.", False),
])
def test_separator_with_stop(line, furniture):
    lines = ["The Quillfield poll found most residents back the pier's closure, by a wide margin.", "", line, "",
             "The poll of 800 adults was conducted online in March."]
    assert (boilerplate.scan_lines(lines)[2] is not None) is furniture


@pytest.mark.parametrize("line, furniture", [
    ("Originally published on Quill Science.", True),
    ("This article was originally published in The Merrowby Review.", True),
    ("Originally published in 1954, the novel sold a million copies in its first year.", False),  # a clause runs on
    ("The report was originally published in March and revised last week.", False),  # the body's sentence
])
def test_originally_published_note(line, furniture):
    lines = ["The Quillfield poll found most residents back the pier's closure, by a wide margin.", "", line]
    assert (boilerplate.scan_lines(lines)[2] is not None) is furniture
