"""The SVG charts: one mark per value, numbers in data attributes, sizes in proportion, empty data said plainly."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from newsdb.web import charts

SVG = "{http://www.w3.org/2000/svg}"


def marks(svg: str) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(svg)  # well-formed XML, as an .svg file must be
    return [e for e in root.iter() if "mark" in (e.get("class") or "").split()]


def test_articles_per_outlet_month_stacks_one_bar_piece_per_row():
    chart = charts.articles_per_outlet_month([("2020-01", "A", 2), ("2020-01", "B", 1), ("2020-03", "A", 4)], 1)
    drawn = marks(chart.svg)
    assert [(m.get("data-month"), m.get("data-outlet"), m.get("data-count")) for m in drawn] == [
        ("2020-01", "A", "2"), ("2020-01", "B", "1"), ("2020-03", "A", "4")]
    heights = [float(m.get("height")) for m in drawn]
    assert abs(heights[0] / heights[2] - 0.5) < 0.01  # 2 against 4
    assert abs(float(drawn[1].get("y")) + heights[1] - float(drawn[0].get("y"))) < 0.01  # B sits on A
    assert "1 article without a known month" in chart.caption


def test_quotes_per_speaker_year_has_a_circle_per_speaker_and_year_and_links_people():
    rows = [(1, "Ann", 2001, 4), (1, "Ann", 2003, 1), (2, "Bob <b>", None, 2)]
    chart = charts.quotes_per_speaker_year(rows, person_url=lambda pid: f"/db/people/{pid}")
    drawn = marks(chart.svg)
    assert sorted((m.get("data-speaker"), m.get("data-year"), m.get("data-count")) for m in drawn) == [
        ("Ann", "2001", "4"), ("Ann", "2003", "1"), ("Bob <b>", "", "2")]
    assert "n.d." in chart.svg and 'href="/db/people/2"' in chart.svg
    radius = {m.get("data-count"): float(m.get("r")) for m in drawn}
    assert radius["4"] > radius["2"] > radius["1"]


def test_unnamed_share_per_outlet_splits_labelled_and_unattributed():
    chart = charts.unnamed_share_per_outlet([("A", 10, 3, 1), ("B", 4, 0, 0)])
    drawn = marks(chart.svg)
    assert [(m.get("data-outlet"), m.get("data-part"), m.get("data-count")) for m in drawn] == [
        ("A", "labelled", "3"), ("A", "unattributed", "1")]
    assert re.search(r'data-outlet="A" data-share="40.0"', chart.svg)
    assert re.search(r'data-outlet="B" data-share="0.0"', chart.svg)


def test_empty_data_draws_a_message_not_an_error():
    for chart in (charts.articles_per_outlet_month([]), charts.quotes_per_speaker_year([]),
                  charts.unnamed_share_per_outlet([])):
        assert not marks(chart.svg) and "yet" in chart.svg


def test_many_months_keep_year_labels_readable():
    rows = [(f"{y}-{m:02d}", "A", 1) for y in range(2000, 2024) for m in (1, 6)]
    svg = charts.articles_per_outlet_month(rows).svg
    labels = re.findall(r'text-anchor="middle" fill="#333">(\d{4})<', svg)
    assert 2 <= len(labels) <= 13 and labels == sorted(labels)
