"""The article page's marking: every span wraps exactly its offsets, overlaps nest, the text is escaped."""
from __future__ import annotations

import re
from html import unescape

from newsdb.web.article import ArticlePage, Span, highlight, spans


def mark(start, end, layer="quote", name="q", **extra) -> Span:
    return Span(start, end, layer, f'<i class="{name}">', "</i>", **extra)


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_no_spans_is_the_escaped_body():
    assert highlight("a < b & c", []) == "a &lt; b &amp; c"


def test_text_is_unchanged_whatever_the_spans():
    body = "He said “we agree” and left."
    html = highlight(body, [mark(9, 17), mark(0, 2, "person", "p"), mark(3, 7, "event", "e")])
    assert plain(html) == body


def test_overlapping_spans_nest_outer_layer_first_and_cover_their_offsets():
    body = "0123456789"
    html = highlight(body, [mark(2, 8, "quote", "q"), mark(5, 10, "person", "p")])
    assert html == '01<i class="q">234</i><i class="q"><i class="p">567</i></i><i class="p">89</i>'


def test_anchors_and_badges_sit_at_the_span_edges():
    html = highlight("say hi now", [mark(4, 6, anchors=("quote-1", "char-4"), after="[B]")])
    assert html == ('say <span class="anchor" id="quote-1"></span><span class="anchor" id="char-4"></span>'
                    '<i class="q">hi</i>[B] now')


def test_two_quotes_on_one_span_both_get_their_badge():
    html = highlight("xy", [mark(0, 2, order=2, after="[2]"), mark(0, 2, order=1, after="[1]")])
    assert html.endswith("[1][2]")


def test_spans_outside_the_body_are_dropped():
    assert highlight("abc", [mark(2, 9), mark(3, 3)]) == "abc"


def test_page_spans_credit_speaker_cue_and_kind_and_link_rows():
    page = ArticlePage(
        {"id": 1, "body": "Ann Lee said “no” to Bob."},
        quotes=[{"id": 7, "number": 1, "kind": "direct", "cue": "said", "start_char": 14, "end_char": 16,
                 "speaker_start_char": 0, "speaker_end_char": 7, "speaker_id": 3, "speaker_name": "Ann Lee",
                 "speaker_label": None, "speaker": "Ann Lee", "speaker_reference": "name",
                 "speaker_confidence": 0.9}],
        mentions=[{"id": 1, "person_id": 3, "person_name": "Ann Lee", "surface": "Ann Lee", "role": None,
                   "start_char": 0, "end_char": 7}],
    )
    html = highlight(page.article["body"], spans(page, lambda table, pk: f"/db/{table}/{pk}"))
    assert '<mark class="quote kind-direct" data-quote-id="7"' in html
    assert re.search(r'data-quote-id="7"[^>]*>no</mark><span class="attribution kind-direct" data-quote-id="7" title="[^"]*">'
                     r'<a class="qnum" href="/db/quotes/7"[^>]*>1</a> <a class="speaker-name" href="/db/people/3">'
                     r'Ann Lee</a><span class="cue">said</span><span class="kind">direct</span>', html)
    assert '<span class="speaker-span" data-quote-id="7"' in html
    assert "speaker found by name, confidence 0.90" in html
    assert '<a class="person" data-person-id="3" href="/db/people/3"' in html
    assert page.people == [{"person_id": 3, "name": "Ann Lee", "mentions": 1, "role": None, "quotes": 1}]
