"""Does every article carry its extraction? Re-extract stored bodies and compare with the rows stored for them.

The people, quotes and events of an article are a pure function of its stored record (body, title, outlet,
date: `loaders.extract.run_body_steps`) and of the registry, so running the steps again must give as many
mentions, quotes and event mentions as are stored, at the same offsets. An article that lacks them (rows lost,
deleted or never written) or carries others is a fault. Only articles whose `extractor_version` is this code's
with the given registries can be re-checked; the others are counted (re-ingesting their inputs updates them).
`db.check` does the checks that need no extractor.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from db.models import Article, EventMention, Mention, Outlet, Quote
from loaders.extract import extractor_version, run_body_steps
from loaders.records import ArticleRecord
from loaders.registry import Registry


@dataclass
class ExtractionCheck:
    faults: list[str]
    checked: int
    other_versions: int


def _record(row) -> ArticleRecord:
    return ArticleRecord(
        source_path=row.source_path, source_format=row.source_format, raw_text=row.raw_text, body=row.body,
        source_record=row.source_record, title=row.title, title_evidence=row.title_evidence, subtitle=row.subtitle,
        byline=row.byline, authors=[a for a in (row.authors or "").split("; ") if a], published_on=row.published_on,
        date_precision=row.date_precision, date_evidence=row.date_evidence, url=row.url,
        outlet_name=row.outlet_name, outlet_domain=row.outlet_domain, outlet_country=row.outlet_country,
        language=row.language, removed_lines=row.boilerplate.split("\n") if row.boilerplate else [],
    )


def check_extractions(engine: Engine, registries: list[Registry], sample: int | None = None) -> ExtractionCheck:
    """Re-extract up to `sample` articles (None: all), spread evenly over the table, and compare."""
    by_version = {extractor_version(registry): registry for registry in registries}
    columns = [Article.id, Article.extractor_version, Article.source_path, Article.source_format, Article.raw_text,
               Article.body, Article.source_record, Article.title, Article.title_evidence, Article.subtitle,
               Article.byline, Article.authors, Article.published_on, Article.date_precision, Article.date_evidence,
               Article.url, Article.language, Article.boilerplate, Outlet.name.label("outlet_name"),
               Outlet.domain.label("outlet_domain"), Outlet.country.label("outlet_country")]
    with engine.connect() as connection:
        ids = list(connection.execute(
            select(Article.id).where(Article.extractor_version.in_(by_version)).order_by(Article.id)).scalars())
        total = connection.execute(select(func.count()).select_from(Article)).scalar_one()
    matching = len(ids)
    if sample is not None and len(ids) > sample:
        step = len(ids) / sample
        ids = [ids[int(i * step)] for i in range(sample)]
    faults: list[str] = []
    for start in range(0, len(ids), 200):
        chunk = ids[start:start + 200]
        with engine.connect() as connection:
            rows = connection.execute(select(*columns).outerjoin(Outlet, Outlet.id == Article.outlet_id)
                                      .where(Article.id.in_(chunk)).order_by(Article.id)).all()
            stored = {}
            for model, label in ((Mention, "mentions"), (Quote, "quotes"), (EventMention, "event mentions")):
                for article_id, span_start, span_end in connection.execute(
                        select(model.article_id, model.start_char, model.end_char).where(model.article_id.in_(chunk))):
                    stored.setdefault((article_id, label), []).append((span_start, span_end))
        for row in rows:
            extracted = run_body_steps(_record(row), by_version[row.extractor_version])
            expected = {
                "mentions": [(m.start, m.end) for person in extracted.people for m in person.mentions],
                "quotes": [(q.start, q.end) for q in extracted.quotes],
                "event mentions": [(e.start, e.end) for e in extracted.events],
            }
            for label, spans in expected.items():
                have = sorted(stored.get((row.id, label), []))
                if have != sorted(spans):
                    faults.append(f"article {row.id} ({row.source_path}) has {len(have)} {label} stored but its "
                                  f"extraction gives {len(spans)}" + (" at other offsets" if len(have) == len(spans) else ""))
    return ExtractionCheck(faults, len(ids), total - matching)
