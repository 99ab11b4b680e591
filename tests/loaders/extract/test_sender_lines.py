"""A press release's sender line ("From Department of Agriculture") is furniture of the headline block, never the
headline; a headline that opens with "From" stays one. Made-up pages, written before the fix."""
import pytest

from loaders.extract.text_article import parse_text

_BODY = ("WASHINGTON, March 3, 2025 – The Department of Agriculture today announced $40 million in grants to expand "
         "rural broadband across twelve states.\n\n“These grants will connect families and farms,” the Secretary said "
         "in a statement.\n\nApplications open in April, the department said.\n")
_TITLE = "USDA Announces $40 Million for Rural Broadband"


@pytest.mark.parametrize(("head", "title"), [
    ("From Department of Agriculture\n" + _TITLE + "\nMarch 3, 2025\n", _TITLE),
    ("Press Release\nFrom Department of Agriculture\nUSDA announces $40 million for rural broadband\n"
     "March 3, 2025\n", "USDA announces $40 million for rural broadband"),
    ("Home | News | Press Releases\nFrom Department of Agriculture\n" + _TITLE + "\nPublished March 3, 2025\n",
     _TITLE),
    ("From the Ministry of Kestrel Affairs\n" + _TITLE + "\nMarch 3, 2025\n", _TITLE),
    (_TITLE + "\nFrom Department of Agriculture\nMarch 3, 2025\n", _TITLE),
    # headlines that open with "From" are no sender lines
    ("From Ministry to Market: How Rural Towns Sell Their Grain\nMarch 3, 2025\n",
     "From Ministry to Market: How Rural Towns Sell Their Grain"),
    ("From Farm to Table in Twelve States\nMarch 3, 2025\n", "From Farm to Table in Twelve States"),
])
def test_a_sender_line_is_not_the_headline(head, title):
    assert parse_text(head + _BODY).title == title


@pytest.mark.parametrize("head", [
    _TITLE + "\nFrom Department of Agriculture\nMarch 3, 2025\n",
    "From Department of Agriculture\n" + _TITLE + "\nMarch 3, 2025\n",
])
def test_a_sender_line_is_neither_standfirst_nor_body(head):
    parts = parse_text(head + _BODY)
    assert parts.subtitle is None
    assert "From Department of Agriculture" not in parts.paragraphs
