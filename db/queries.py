"""Canned queries: one `.sql` file each in `db/queries/`, runnable as they are by any SQL client.

A file starts with a header of `--` comments: `title:`, `description:` and one `param NAME (TYPE, default
VALUE): what it is` line per `:NAME` parameter (TYPE is text or int; without a default the parameter is
required). Values are always bound, never pasted into the SQL, so a parameter cannot change the query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_HEADER = re.compile(r"^--\s*(title|description):\s*(.*)$")
_PARAM = re.compile(r"^--\s*param\s+(\w+)\s*(?:\((\w+)(?:,\s*default\s+([^)]*))?\))?\s*:\s*(.*)$")


class QueryError(ValueError):
    """A parameter is missing, unknown or of the wrong type."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "text"
    default: str | None = None
    description: str = ""

    def convert(self, value: str):
        if self.kind == "int":
            try:
                return int(value)
            except ValueError:
                raise QueryError(f"parameter {self.name!r} must be a whole number, not {value!r}") from None
        return value


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    sql: str
    params: tuple[Param, ...] = field(default_factory=tuple)

    def bind(self, values: dict[str, str]) -> dict[str, object]:
        known = {param.name: param for param in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            expected = ", ".join(known) or "none"
            raise QueryError(f"unknown parameter {unknown[0]!r} for {self.name} (parameters: {expected})")
        bound = {}
        for param in self.params:
            if param.name in values:
                bound[param.name] = param.convert(values[param.name])
            elif param.default is not None:
                bound[param.name] = param.convert(param.default)
            else:
                raise QueryError(f"{self.name} needs -p {param.name} VALUE ({param.description})")
        return bound

    def executable_sql(self) -> str:
        """The SQL without its comment lines, whose `:name` mentions would otherwise count as parameters."""
        return "\n".join(line for line in self.sql.splitlines() if not line.lstrip().startswith("--"))

    def run(self, engine: Engine, bound: dict[str, object]) -> tuple[list[str], list[tuple]]:
        with engine.connect() as connection:
            result = connection.execute(text(self.executable_sql()), bound)
            return list(result.keys()), [tuple(row) for row in result]


def parse_query(name: str, source: str) -> CannedQuery:
    meta: dict[str, str] = {}
    params = []
    for line in source.splitlines():
        if not line.startswith("--"):
            if line.strip():
                break
            continue
        if match := _PARAM.match(line):
            pname, kind, default, description = match.groups()
            params.append(Param(pname, (kind or "text").lower(), default.strip() if default else None, description.strip()))
        elif match := _HEADER.match(line):
            meta[match.group(1)] = match.group(2).strip()
    return CannedQuery(name, meta.get("title", name), meta.get("description", ""), source, tuple(params))


def load_queries(folder: Path = QUERIES_DIR) -> dict[str, CannedQuery]:
    return {path.stem: parse_query(path.stem, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.sql"))}
