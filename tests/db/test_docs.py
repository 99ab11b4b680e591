"""The data dictionary and ER diagram: checked-in files are current, complete, deterministic and valid SVG."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

from db import docs
from db.models import Base
from db.queries import load_queries
from db.views import CURRENT_VIEWS
from tests.conftest import REPO

SVG = "{http://www.w3.org/2000/svg}"


def test_checked_in_docs_are_current():
    assert docs.stale() == [], "the models changed: run `python -m db.docs` and commit docs/"
    assert docs.main(["--check"]) == 0


def test_check_reports_a_stale_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(docs, "DOCS_DIR", tmp_path)
    assert docs.main(["--check"]) == 1 and "stale" in capsys.readouterr().err
    assert docs.main([]) == 0 and docs.main(["--check"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schema.md", "schema.svg"]


def test_dictionary_has_every_table_column_and_view():
    markdown = docs.render_markdown()
    for table in Base.metadata.tables.values():
        assert f"### {table.name}\n" in markdown
        for column in table.columns:
            assert f"| `{column.name}` | {docs.column_type(column)} | {'yes' if column.nullable else 'no'} |" in markdown
    for view in CURRENT_VIEWS:
        assert f"### {view.name}\n" in markdown and all(f"| `{name}` |" in markdown for name in view.column_names)
    assert "FK → outlets.id, on delete set null" in markdown


def test_diagram_draws_a_box_per_table_and_a_line_per_foreign_key():
    root = ElementTree.fromstring(docs.render_svg())
    boxes = {g.get("id") for g in root.iter(f"{SVG}g")}
    assert boxes == {f"table-{name}" for name in Base.metadata.tables}
    lines = [p for p in root.iter(f"{SVG}path") if p.get("marker-end")]
    expected = sum(len(table.foreign_keys) for table in Base.metadata.tables.values())
    assert len(lines) == expected


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_rendering_is_deterministic(hash_seed):
    # Two processes with different string hashing (set and dict orders differ) render the same bytes as this one.
    script = "import sys; from db import docs; sys.stdout.write(docs.render_svg() + '\\0' + docs.render_markdown())"
    rendered = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              cwd=REPO, env={**os.environ, "PYTHONHASHSEED": hash_seed}).stdout
    assert rendered == docs.render_svg() + "\0" + docs.render_markdown()


@pytest.mark.parametrize("chain", [2, 4])
def test_lines_of_long_foreign_key_chains_stay_right_angled(chain):
    metadata = MetaData()
    Table("t0", metadata, Column("id", Integer, primary_key=True, comment="k"), comment="root")
    for i in range(1, chain):
        Table(f"t{i}", metadata, Column("id", Integer, primary_key=True),
              Column("up", ForeignKey(f"t{i - 1}.id")), Column("root", ForeignKey("t0.id")))
    root = ElementTree.fromstring(docs.render_svg(metadata))
    for path in (p for p in root.iter(f"{SVG}path") if p.get("marker-end")):
        points = [tuple(map(float, step[1:].split(","))) for step in path.get("d").split()]
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:])), path.get("d")


def test_bi_guide_names_every_canned_query_and_view():
    guide = (docs.DOCS_DIR / "bi.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in guide for name in load_queries())
    assert all(f"`{view.name}`" in guide for view in CURRENT_VIEWS)
