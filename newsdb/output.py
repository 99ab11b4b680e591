"""How commands print rows: one `--format` option for every command that lists things, one function that renders.

`output_options` gives a command `--format table|csv|json|jsonl` (sqlite-utils' shared option bundles are the
model); `emit(columns, rows, fmt)` writes them to stdout. The table is for people: it fits the terminal
(`COLUMNS` when set, else the terminal's width, else 120 characters when piped), wraps long cells and cuts a
cell that would still run to many lines, saying so, since csv, json and jsonl give every value whole.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal

import click

FORMATS = ("table", "csv", "json", "jsonl")
PIPED_WIDTH = 120  # a table written to a file or pipe, when COLUMNS says nothing
CELL_LINES = 6  # a table cell wraps to at most this many lines (of its column's share of the width)


def output_options(default: str | None = "table") -> Callable:
    """Add `--format` to a command; the value reaches it as `output_format` (None: the command's own layout)."""
    help_text = "Output format." + ("" if default else "  [default: one line per item]")
    return click.option(
        "--format", "output_format", type=click.Choice(FORMATS), default=default, show_default=bool(default),
        help=help_text,
    )


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def terminal_width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((PIPED_WIDTH, 24)).columns
    return PIPED_WIDTH


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    return text[: max(limit - 1, 1)].rstrip() + "…", True


def emit(columns: Sequence[str], rows: Sequence[Sequence], output_format: str = "table", *, count: bool = True) -> None:
    """Write `rows` under `columns` in `output_format`; the table ends with a row count when `count`."""
    if output_format == "json":
        click.echo(json.dumps([{c: json_value(v) for c, v in zip(columns, row)} for row in rows],
                              ensure_ascii=False, indent=2))
    elif output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps({c: json_value(v) for c, v in zip(columns, row)}, ensure_ascii=False))
    elif output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[cell_text(v) for v in row] for row in rows])
    else:
        _table(columns, rows, count)


def _table(columns: Sequence[str], rows: Sequence[Sequence], count: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = terminal_width()
    # A fair share of the width per column bounds how long a wrapped cell may be before it is cut.
    share = max(12, (width - 2 * len(columns)) // max(len(columns), 1))
    limit = max(share * CELL_LINES, 40)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    was_cut = False
    for row in rows:
        cells = []
        for value in row:
            text, cut = _cut(" ".join(cell_text(value).split()) if isinstance(value, str) else cell_text(value), limit)
            was_cut |= cut
            cells.append(Text(text))
        table.add_row(*cells)
    Console(width=width, highlight=False).print(table)
    if count:
        note = f"({len(rows)} row{'s' if len(rows) != 1 else ''}"
        note += f"; long cells cut at {limit} characters: --format csv, json or jsonl gives them whole)" if was_cut else ")"
        click.echo(note)
