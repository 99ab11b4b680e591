"""Shared output: every format writes the same rows; the table fits COLUMNS and cuts what would run on."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import click
import pytest
from click.testing import CliRunner

from newsdb.output import emit, output_options

COLUMNS = ["name", "when", "share", "text"]
ROWS = [("Ann", date(2020, 1, 2), Decimal("12.5"), "short"), ("Bob", None, None, "word " * 400)]


@click.command()
@output_options()
def show(output_format):
    emit(COLUMNS, ROWS, output_format)


def run(*args, columns="80"):
    result = CliRunner().invoke(show, list(args), env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    return result.output


def test_json_jsonl_and_csv_hold_every_value_whole():
    data = json.loads(run("--format", "json"))
    assert data[0] == {"name": "Ann", "when": "2020-01-02", "share": 12.5, "text": "short"}
    assert data[1]["text"] == "word " * 400
    lines = run("--format", "jsonl").splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["Ann", "Bob"]
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv"))))
    assert rows[1]["text"] == "word " * 400 and rows[1]["when"] == ""


@pytest.mark.parametrize("columns", ["60", "100", "160"])
def test_table_fits_the_width_in_columns_and_cuts_long_cells(columns):
    output = run(columns=columns)
    lines = output.splitlines()
    assert max(len(line) for line in lines[:-1]) <= int(columns)
    assert len(lines) < 40  # 400 words would otherwise run to hundreds of lines
    assert lines[-1].startswith("(2 rows; long cells cut at") and "--format csv" in lines[-1]
    assert "…" in output and "Ann" in output


def test_short_cells_are_not_cut():
    output = CliRunner().invoke(click.command()(output_options()(
        lambda output_format: emit(["a"], [("x",)], output_format))), [], env={"COLUMNS": "80"}).output
    assert output.splitlines()[-1] == "(1 row)"


def test_unknown_format_is_a_usage_error():
    assert CliRunner().invoke(show, ["--format", "xml"]).exit_code == 2
