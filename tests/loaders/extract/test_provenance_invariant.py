"""Provenance over the whole extraction: made-up articles (typographic and straight marks, non-breaking and
zero-width spaces, CRLF lines, an HTML page with entities, an interview whose answerer the people step does not
list) go through `run_steps` as the ingest runs it, and every row's stored text is the body's text at its offsets
(`scripts/check_provenance.check_extracted`)."""
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from check_provenance import check_extracted  # noqa: E402

from loaders.extract import run_steps  # noqa: E402
from loaders.records import SourceDocument  # noqa: E402
from loaders.registry import Registry  # noqa: E402

ARTICLES = {
    'a1.txt': 'Minister says port deal “close”\n\nBy Jane Roe\n\nGRANVILLE, March 3 (Newswire) – Trade Minister Alma Kestrel said on Tuesday that a port deal with Velora was “very close,” adding: “We are not there yet.”\n\n“It is a matter of days,” Kestrel told reporters in Granville.  The minister’s deputy, Piet van der Merwe, said talks would resume on Friday.\n\nMr. van der Merwe — a former ambassador — said: "Nothing is agreed until everything is agreed."\n\n“We hope to sign soon,” said the chief negotiator, who asked not to be named.\n',
    'a2.txt': 'Storm closes\xa0schools in Harrow\r\n\r\nBy Tom Bell\r\n\r\nHARROW — Schools in Harrow were closed on Monday as a storm hit the coast, council leader Maria\xa0Lopez said.\r\n\r\n“Safety comes first,” Lopez said.\xa0“We will reopen when it is safe.”\r\n\r\nHead teacher John O’Neill said pupils would learn online. “We are ready,” O’Neill added.\r\n',
    'a3.txt': 'Mayor\u200b resigns after audit\n\nBy Ana Sol\n\nThe mayor of Pell, Renée Duboiś, resigned on Wednesday after an audit found missing funds.\t"I take full responsibility," Dubois said in a statement.\n\n‘This is a sad day,’ said councillor Omar 😀 Haddad. Haddad said the council would meet on Thursday to pick an interim mayor.\n\n«We will rebuild trust,» said Dubois’s deputy, Karin Holt.\n',
    'a4.txt': 'Leaders meet in Osterby\n\nBy Lee Park\n\nPresident Ivo Marten met Prime Minister Sara Lind in Osterby on Thursday. Marten said the meeting was "productive" and "long overdue".\n\nLind said: "We agreed to meet again in June. Our ministers will talk by phone next week."\n\n\'\'The relationship is strong,\'\' Marten told the newspaper. Asked about tariffs, he said, "No comment."\n\nA spokesman for Lind, Erik Dahl, said the two leaders also discussed energy.\n',
    'b1.html': '<html><head><title>Council &amp; union reach deal | The Courier</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>\n<body><nav>Home | News</nav><article><h1>Council &amp; union reach deal</h1><p class="byline">By Mia Fern</p>\n<p>The city council and the transport union reached a deal on Wednesday, ending a two-week strike, union leader Dev&nbsp;Patel said.</p>\n<p>&ldquo;This is a fair deal for our members,&rdquo; Patel said. &ldquo;Buses run again&nbsp;tomorrow.&rdquo;</p>\n<p>Council chief Hana <b>Sato</b> said the agreement &ldquo;protects&nbsp;jobs&rdquo; and would be signed on Friday.</p>\n<p>&quot;We listened,&quot; Sato told the <i>Courier</i>. A spokesperson for the mayor said the city welcomed the deal.</p>\n<p>Patel &mdash; who has led the union since 2019 &mdash; said members would vote next week.</p></article><footer>&copy; Courier</footer></body></html>\n',
    'b2.txt': 'Court hears appeal\n\nBy Ola Nordmann\n\nThe Supreme Court on Monday heard an appeal by former senator Kai Brandt, who was convicted of fraud last year.\n\n"The verdict was wrong," Brandt\'s lawyer, Nina Koss, told the court. "My client never saw the accounts ... and never signed them."\n\nKoss argued that the lower court had ignored evidence. Prosecutor Leo Varga disagreed: "The evidence is overwhelming."\n\n"He knew," Varga said. "He knew everything.\n"And he lied about it."\n\nThe judges said they would rule in July. According to the court\'s clerk, a ruling is expected on July 14.\n',
    "interview.txt": "Harbour chief answers\n\nBy Ivo Stern\n\nKorvina   Talmadge took over the harbour board in"
                     " May. The Clarion spoke to her.\n\nClarion: What surprised you?\n\nTalmadge: How little we"
                     " can see.\n\nClarion: And the money?\n\nTalmadge: It has not come. I will keep asking.\n",
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_row_is_the_body_at_its_offsets(name):
    fmt = "html" if name.endswith(".html") else "txt"
    extracted = run_steps(SourceDocument(name, fmt, ARTICLES[name], {"published": "2024-05-02"}), Registry())
    counts = Counter()
    assert [str(fault) for fault in check_extracted(extracted, counts)] == []
    assert counts["mention"] and counts["quote"]
