"""The pagesR16 review's newly wrong rows (made-up pages): a "By" line of capitalised words over a photo credit is
a byline only when it reads as a person's name (a known given name, or two or three words with no caption noun
or title-cased article); an editor's note is the story's only on a lower-case account cue ("her account", "as
told to", "in his own words"); a name and handle over a post's text (an exclamation, a hashtag, a link, a clock
time) is an embed, not the byline. Each positive has near misses the rules keep."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

_P1 = ("Kelmouth, May 9. The water board agreed on Friday to replace the old pumping station on the north bank, "
       "according to a notice published after its meeting.")
_B = (_P1 + "\n\nThe new station would serve about 20,000 homes and open in 2029, board chair Wen Solari said.\n\n"
      "Bids are due by the end of the summer, she added.\n")
_URL = "https://www.kelmouthherald.example/news/pumping-station"


def _article(page, url=_URL):
    return run_steps(SourceDocument("t.txt", "txt", page, {"published": None, "url": url}), Registry()).article


def _captioned(line):
    return ("Kelmouth Herald\nHome\nNews\nBoard chair on pumps, pipes and the long dry summer on the north bank\n"
            "9 May 2026\n" + line + "\nPhoto: Ros Elvan/Kelmouth Herald\n\n" + _B)


CAPTION_ROWS = [
    # (line between the date and a photo credit, byline)
    ("By The Harbour Inn", None),
    ("By Special Request", None),  # request: a caption noun
    ("By Kelmouth Station", None),
    ("By Loch Varra Pier", None),
    ("By Candles At Dawn", None),
    # near misses: person-shaped names stay bylines
    ("By Oyelaran Adeyemi", "By Oyelaran Adeyemi"),
    ("By Tavita Lemalu", "By Tavita Lemalu"),
    ("By Siosaia Taufa and Tam Vey", "By Siosaia Taufa and Tam Vey"),
    ("By Anna van der Berg", "By Anna van der Berg"),
    ("By Jo Marden and Ann Lee", "By Jo Marden and Ann Lee"),
]


@pytest.mark.parametrize(("line", "byline"), CAPTION_ROWS)
def test_a_by_caption_over_a_credit_needs_a_persons_name(line, byline):
    article = _article(_captioned(line))
    assert article.byline == byline
    if byline is None:
        assert article.authors == []


_HEAD = "Kelmouth Herald\nHome\nNews\nWater board to replace the north bank pumping station\nBy Jo Roe\n09 May 2026\n"
NOTE_ROWS = [
    # (editor's note, kept as the story's)
    ("Editor's note: A version of his story ran in the Herald's print edition on May 11.", False),
    ("Editor's note: This piece first appeared in Their Account, the Herald's Sunday supplement.", False),
    ("Editor's note: The writer grew up in Kelmouth; in her words, the river is everything.", False),
    ("Editor's note: As Told To is the Herald's weekly series of readers' stories.", False),
    # near misses: a lower-case account cue keeps the note
    ("Editor's note: Wen Solari ran the pumps for 20 years. This is her account, as told to the Herald.", True),
    ("Editor's note: Ros Elvan fixed the north bank mains for two decades. What follows is the job in his own "
     "words.", True),
    ("Editor's note: Tam Vey kept the station running through the drought. This is their own account.", True),
    ("Editor's note: Ros Elvan dug the north bank trench by hand. This is his story.", True),
    ("Editor's note: His Story, the Herald's history column, returns on Sunday.", False),
]


@pytest.mark.parametrize(("note", "kept"), NOTE_ROWS)
def test_an_editors_note_is_the_storys_only_on_an_account_cue(note, kept):
    paragraphs = _article(_HEAD + note + "\n\n" + _B).body.split("\n\n")
    assert (paragraphs[0] == note) is kept
    assert _P1 in paragraphs[:2]


_STAND = "The board will replace the station, ending years of argument over the north bank's pipes"


def _under_standfirst(lines):
    return ("Kelmouth Herald\nHome\nNews\nWater board to replace the north bank pumping station\n" + _STAND + "\n"
            + lines + "\n\n" + _B)


EMBED_ROWS = [
    # (lines under the standfirst, byline)
    ("Ruth Solari\n@ruthsolari\nFinally a new station for the north bank! Years of asking.", None),
    ("Ruth Solari\n@ruthsolari\nGreat news for the north bank today, and well earned by the crews who kept the old "
     "pumps going through the drought! Thank you all.", None),
    ("Ruth Solari\n@ruthsolari\nNew pumps for the north bank, at last #kelmouth", None),
    ("Ruth Solari\n@ruthsolari\nThe board's notice is out: https://t.co/abc123", None),
    ("Ruth Solari\n@ruthsolari\nThe board voted for the new station 10:42 AM May 9, 2026", None),
    # near misses: a writer's handle over the body stays the byline
    ("Jo Marden\n@jomarden", "Jo Marden"),
    ("Ann Vey\n@ann_vey\n09 May 2026", "Ann Vey"),
    ("Maria Taufa\n@mtaufa", "Maria Taufa"),
    ("Kelmouth Water Trust\n@kelwater", None),
]


@pytest.mark.parametrize(("lines", "byline"), EMBED_ROWS)
def test_a_name_and_handle_over_a_post_is_an_embed(lines, byline):
    article = _article(_under_standfirst(lines))
    assert article.byline == byline
    if byline is None:
        assert article.authors == []
    else:
        assert article.subtitle == _STAND
        assert article.body.split("\n\n")[0] == _P1
