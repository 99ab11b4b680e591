"""Canned queries: one `.sql` file each in `db/queries/`, runnable as they are by any SQL client.

A file starts with a header of `--` comments: `title:`, `description:` and one `param NAME (TYPE, default
VALUE): what it is` line per `:NAME` parameter (TYPE is text, int, real or date; without a default the parameter
is required; `default ''` is the empty string). Values are always bound, never pasted into the SQL, so a parameter
cannot change the query.

`NAME.sql` is portable SQL that runs on every backend. A query that needs a backend's own features (full-text
search) may add `NAME.sqlite.sql` and/or `NAME.postgresql.sql` beside it: same parameters, same result columns,
no header of their own. `run` picks the variant for the engine's dialect, else the portable file.

`CannedQuery.datasette_config()` is the same query as Datasette serves it (`newsdb serve`). Datasette binds a
parameter the form left empty as `''` and every value as text, so the served copy, and only it, reads each
defaulted parameter as `COALESCE(NULLIF(:p, ''), default)` and each int parameter through `CAST(... AS INTEGER)`:
the header's defaults then hold in the browser too, and `COUNT(*) >= :n` compares numbers, not text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape
from importlib.resources import files
from importlib.resources.abc import Traversable

from sqlalchemy import Engine, text

QUERIES_DIR = files("db") / "queries"  # package data, so an installed newsdb finds them wherever it runs
DIALECTS = ("sqlite", "postgresql")
PARAM_KINDS = ("text", "int", "real", "date")
_HEADER = re.compile(r"^--\s*(title|description):\s*(.*)$")
_PARAM = re.compile(r"^--\s*param\s+(\w+)\s*(?:\((\w+)(?:,\s*default\s+([^)]*))?\))?\s*:\s*(.*)$")
# How SQLAlchemy's text() finds bind parameters: a colon not preceded by a colon or word character.
BIND_PARAM = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")


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
        if self.kind == "real":
            try:
                return float(value)
            except ValueError:
                raise QueryError(f"parameter {self.name!r} must be a number, not {value!r}") from None
        if self.kind == "date":
            try:
                # Bound as ISO text: SQLite stores DATE as that text, PostgreSQL casts it to the column's type.
                return date.fromisoformat(value).isoformat()
            except ValueError:
                raise QueryError(f"parameter {self.name!r} must be a date YYYY-MM-DD, not {value!r}") from None
        return value

    @property
    def required(self) -> bool:
        return self.default is None

    def default_text(self) -> str:
        """The default as the header writes it ('' for the empty string); 'required' when there is none."""
        if self.required:
            return "required"
        return "''" if self.default == "" else str(self.default)

    def signature(self) -> str:
        """How the parameter is written for people: 'limit (int, default 20)', 'person (text, required)'."""
        default = "required" if self.required else f"default {self.default_text()}"
        return f"{self.name} ({self.kind}, {default})"

    def served_expression(self) -> str:
        """The SQL that stands for `:name` in the copy served by a client that binds missing values as ''."""
        expression = f":{self.name}"
        if self.default:  # '' is what such a client sends anyway
            expression = f"COALESCE(NULLIF({expression}, ''), {self._literal(self.default)})"
        if self.kind == "int":
            expression = f"CAST({expression} AS INTEGER)"
        elif self.kind == "real":
            expression = f"CAST({expression} AS REAL)"
        return expression

    def _literal(self, value: str) -> str:
        if self.kind == "int":
            return str(int(value))
        if self.kind == "real":
            return repr(float(value))
        return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    sql: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    variants: dict[str, str] = field(default_factory=dict)  # dialect name -> SQL for that backend only

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

    def source_for(self, dialect: str | None = None) -> str:
        """The file's text for `dialect`: its own variant if there is one, else the portable SQL."""
        return self.variants.get(dialect, self.sql) if dialect else self.sql

    def executable_sql(self, dialect: str | None = None) -> str:
        """The SQL without its comment lines, whose `:name` mentions would otherwise count as parameters."""
        source = self.source_for(dialect)
        return "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("--"))

    def served_sql(self, dialect: str = "sqlite") -> str:
        """`executable_sql(dialect)` with each parameter replaced by its `Param.served_expression()`."""
        params = {param.name: param for param in self.params}

        def serve(match: re.Match) -> str:
            param = params.get(match.group(1))
            return param.served_expression() if param else match.group(0)

        return BIND_PARAM.sub(serve, self.executable_sql(dialect))

    def datasette_config(self) -> dict[str, object]:
        """The query as a Datasette canned query: title, description (with its parameters), SQL, parameters."""
        items = "".join(
            f"<li><code>{escape(param.name)}</code> {escape(param.signature()[len(param.name) + 1:])}"
            f"{': ' + escape(param.description) if param.description else ''}</li>"
            for param in self.params
        )
        description_html = f"<p>{escape(self.description)}</p>" + (f"<ul>{items}</ul>" if items else "")
        return {
            "title": self.title,
            "description_html": description_html,
            "sql": self.served_sql("sqlite"),
            "params": [param.name for param in self.params],
        }

    def run(self, engine: Engine, bound: dict[str, object]) -> tuple[list[str], list[tuple]]:
        with engine.connect() as connection:
            sql = self.executable_sql(connection.dialect.name)
            result = connection.execute(text(sql), bound)
            return list(result.keys()), [tuple(row) for row in result]


def _default(raw: str | None) -> str | None:
    if raw is None:
        return None
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value or None


def parse_query(name: str, source: str, variants: dict[str, str] | None = None) -> CannedQuery:
    meta: dict[str, str] = {}
    params = []
    for line in source.splitlines():
        if not line.startswith("--"):
            if line.strip():
                break
            continue
        if match := _PARAM.match(line):
            pname, kind, default, description = match.groups()
            kind = (kind or "text").lower()
            if kind not in PARAM_KINDS:
                raise QueryError(f"query {name}: parameter {pname!r} has unknown type {kind!r} ({', '.join(PARAM_KINDS)})")
            params.append(Param(pname, kind, _default(default), description.strip()))
        elif match := _HEADER.match(line):
            meta[match.group(1)] = match.group(2).strip()
    return CannedQuery(name, meta.get("title", name), meta.get("description", ""), source, tuple(params), variants or {})


def load_queries(folder: Traversable = QUERIES_DIR) -> dict[str, CannedQuery]:
    """Every `NAME.sql` in `folder` (a path or package data), with its `NAME.DIALECT.sql` variants attached."""
    portable: dict[str, str] = {}
    variants: dict[str, dict[str, str]] = {}
    for path in sorted((item for item in folder.iterdir() if item.name.endswith(".sql")), key=lambda item: item.name):
        stem, _, dialect = path.name.removesuffix(".sql").partition(".")
        if dialect:
            if dialect not in DIALECTS:
                raise QueryError(f"{path.name}: unknown backend {dialect!r} (expected one of {', '.join(DIALECTS)})")
            variants.setdefault(stem, {})[dialect] = path.read_text(encoding="utf-8")
        else:
            portable[stem] = path.read_text(encoding="utf-8")
    orphans = sorted(set(variants) - set(portable))
    if orphans:
        raise QueryError(f"{orphans[0]}: a backend variant needs the portable {orphans[0]}.sql beside it")
    return {name: parse_query(name, source, variants.get(name)) for name, source in portable.items()}
