"""Quotes step: direct, partial and indirect quotations, each with its cue and speaker.

Quoted segments come from `quotemarks`; each is kept or dropped (scare quotes, titles and names in quotes
are not quotations), classed as `direct` (the quote stands as its own sentence) or `partial` (a fragment
inside the reporter's sentence), and attributed from its own sentence: the words right after the closing
mark ("…,” he said", "…,” said Petrov") and the reporter's words before it ("X said: “…", "X called it a
“…"; tried first for partial quotes), a colon line or a name line closing the previous paragraph, a sentence
ending in its speech verb before the quote, a speaker closing the sentence ("“…” and more, X said."), a dash
signature, "according to X", a sentence pointing back at it ("That quote from X …"); failing that, by the
paragraph structure: a speaker the quote's paragraph or the one before introduces (a speech or stance verb, an
office holder named for the first time), else continuity with the segment it continues or follows ("“A,” he
said. “B.”", a quote carried over paragraphs, never across a live page's entry time). Indirect speech
("X said that …", "according to X, …", "X called for …", "…, X told reporters.") is read by `indirect` from
each sentence outside the quotes (a clause may hold a quoted fragment, which is then also a partial quote) and
kept only for named people. An interview set as questions and answers gives each answer paragraph ("Ruiz: We
will …", "RUIZ: …", or "A: …" for the one person the introduction names) as a direct quote of that person
(`interviews`).
The speaker's noun phrase next to a cue is read by `quote_subjects` and resolved by `speakers.SpeakerResolver`;
the rules are English and general, and work without the registry and with whatever people the people step found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.analysis import ArticleAnalysis, analyse
from loaders.extract.data import speech_verbs
from loaders.extract.data.documents import (
    CONTAINING,
    DEPICTING,
    DOCUMENT_NOUNS,
    NAMED_NOUNS,
    SCHEME_HEADS,
    SCHEME_NAMING_PHRASES,
    SCHEME_NAMING_VERBS,
    UTTERANCE_NOUNS,
    WORDING_NOUNS,
    WORK_NOUNS,
)
from loaders.extract.data.epithets import FAMILY_NOUNS
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.lexicon import DOTTED_TITLES, FUNCTION_WORDS, HONORIFICS, TITLE_HEADS
from loaders.extract.speaker_words import ROLE_NOUNS, label_form
from loaders.extract.data.quote_words import (
    ADVERBS_AFTER_ASIDE_VERB_PATTERN,
    LISTENER_PASSIVE_CUES,
    MODIFIER_QUOTE_DETERMINERS as _MODIFIER_QUOTE_DETERMINERS,
    MODIFIER_QUOTE_ONE_WORD_DETERMINERS as _MODIFIER_QUOTE_ONE_WORD_DETERMINERS,
    NOT_MODIFIED_HEADS as _NOT_MODIFIED_HEADS,
    ANSWER_CUES as _ANSWER_CUES,
    BY_MEANS_WORDS as _BY_MEANS_WORDS,
    PASSIVE_ADVERBS as _PASSIVE_ADVERBS,
    BY_SPEAKING as _BY_SPEAKING,
    CHARACTERISING_LEMMAS as _CHARACTERISING_LEMMAS,
    PASSIVE_CHARACTERISING as _PASSIVE_CHARACTERISING,
    PASSIVE_CHARACTERISING_BARE as _PASSIVE_CHARACTERISING_BARE,
    CLAUSE_OPENING_WORDS as _CLAUSE_OPENING_WORDS,
    CAUSATIVE_VERBS as _CAUSATIVE_VERBS,
    CONJUNCTIONS as _CONJUNCTIONS,
    CONTINUING_OPENERS,
    FUNCTION_OPENERS as _FUNCTION_OPENERS,
    GROUP_NOUNS as _GROUP_NOUNS,
    HYPOTHETICAL_MODALS,
    HYPOTHETICAL_SPEECH_VERBS,
    ING_NOUN_FOLLOWERS as _ING_NOUN_FOLLOWERS,
    ING_NOUNS as _ING_NOUNS,
    ING_VERB_COMPLEMENTS as _ING_VERB_COMPLEMENTS,
    NOT_IN_NP as _NOT_IN_NP,
    NOT_SUBJECT_WORDS as _NOT_SUBJECT_WORDS,
    POSSESSIVE_DETERMINERS as _POSSESSIVES,
    QUOTED_WORDS_DETERMINERS as _QUOTED_WORDS_DETERMINERS,
    QUOTED_WORDS_NOUNS as _QUOTED_WORDS_NOUNS,
    RESPONSE_NOUNS as _RESPONSE_NOUNS,
    SAYING_NOUNS as _SAYING_NOUNS,
    SPEAKING_MANNER_PHRASES as _SPEAKING_MANNER_PHRASES,
    SPEAKING_MANNER_WORDS as _SPEAKING_MANNER_WORDS,
    SPOKEN_PHRASE_WORDS as _SPOKEN_PHRASE_WORDS,
    WRITING_VERBS as _WRITING_VERBS,
)
from loaders.extract.data.unnamed_sources import NAME_GIVING_BEFORE_AS, PERSON_NOUNS, REPORTER_CONTACT_VERBS
from loaders.extract.data.speaker_heads import (
    IRREGULAR_SINGULARS,
    PERSON_COMPOUND_ENDINGS,
    label_core,
    names_a_thing,
)
from loaders.extract.indirect import (
    _before_of_phrase,
    _contact_clause_subject,
    _gerund_subject,
    _indirect_speech,
    _name_just_before,
)
from loaders.extract.interviews import colon_block_quotes, interview_answers, transcript_turns
from loaders.extract.quote_subjects import (
    _gerund_clause,
    _BODY_NAME_GOES_ON,
    _INVERTED_BEFORE_PARTICIPLE,
    _OPENING_PARTICIPLE,
    _TIME_WORDS,
    _clause_subject,
    _cue_text,
    _ends_with_word,
    _filler_end,
    _inverted_np_ok,
    _leading_name,
    _main_subject_after,
    _named_apposition_end,
    _noun_use,
    _np_before,
    _ISSUED_DOCUMENT,
    _possessor_before,
    _rstrip_end,
    _speaking_phrase,
    _strip_filler,
    trim_np,
    valid_np,
)
from loaders.extract.quotemarks import QuotedSpan, nickname_between
from loaders.extract.speaker_aliases import alias_owners
from loaders.extract.speaker_leads import title_case_lead
from loaders.extract.speakers import (
    PREPOSITIONS,
    PRONOUNS,
    VERB_LIKE,
    Resolution,
    SpeakerResolver,
    speaker_fields,
)
from loaders.extract.speakers import organisation_like, person_noun
from loaders.extract.speaker_words import opens_own_title, organisation_head
from loaders.extract.text import alternation_by_first_letter  # noqa: E402
from loaders.records import ArticleRecord, PersonRecord, QuoteRecord
from loaders.registry import Registry


# The cue words, all from the speech-verb table (`data/speech_verbs.py`).
_CUE_WORDS = speech_verbs.longest_first(speech_verbs.CUE_WORDS)
_CUE = re.compile(r"(?<![\w-])(?:" + alternation_by_first_letter(_CUE_WORDS) + r")\b")  # not "self-described"
_CUE_TITLE = re.compile(r"(?<![\w-])(?:" + alternation_by_first_letter(_CUE_WORDS, capitalise=True) + r")\b")
# A line in title case: at least three words, each word of four letters or more capitalised (quoted words aside).
_TITLE_CASE_LINE = re.compile(r"\s*(?:(?:[A-Z0-9][\w’'.,:-]*|[a-z][a-z’']{0,2}|[\"“”‘’'—–-]+)\s+){2,}"
                              r"(?:[A-Z0-9][\w’'.,:-]*|[a-z][a-z’']{0,2}|[\"“”‘’'—–-]+)?\s*")
# Verbs that take the person they judge or name as object: after a quote they are never inverted cues.
_OBJECT_VERB_FORMS = speech_verbs.OBJECT_VERB_FORMS
# Verbs that, after a noun phrase and next to a quotation, report speech; naming verbs ("called", "dubbed")
# only count with a subject and an object before the quote.
_PARTICIPLE = re.compile(r"ing$")
# The nouns are lowercase only: "the remark by Dr. Ann Song “was …”" names a person, not a song.
_NAMING_WORDS = r"(?i:\bso[- ]called|\bdubbed|\bnicknamed|\btitled|\bentitled|\bnamed|\bknown\s+as|\bbilled\s+as)"
_NAMING_BEFORE = re.compile(
    r"(?:" + _NAMING_WORDS + r"|\b(?:" + "|".join(sorted(map(re.escape, WORDING_NOUNS | NAMED_NOUNS), key=len,
                                                        reverse=True))
    + r"|references?\s+to|mentions?\s+of)|#)\s*,?\s*$"
)
# ... of which a quote after the name of a work or undertaking may still be its predicate ("the plan “offered")
_NAMED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, NAMED_NOUNS), key=len, reverse=True))
                             + r")\s*$")
# "Asked about X, Carter said" opens a participle clause, so "Asked" is not an inverted cue here.
_SAID_INITIAL = re.compile(r"\s*(?P<cue>" + alternation_by_first_letter(speech_verbs.SENTENCE_INITIAL, capitalise=True)
                           + r")\s+"
                           r"(?P<np>[^,:;\"“”]{2,60}?)(?P<apposition>,[^:;\"“”]{2,120})?\s*[,:]\s*$")
# Abbreviations whose full stop does not end a speaker's phrase: honorifics and titles (`lexicon`), "St", "Jr"
# and initials ("Sen. Maria Lopez", "Martin Luther King Jr.", "J. Smith").
_ABBREVIATION = r"(?:" + "|".join(sorted({word.rstrip(".").capitalize() for word in HONORIFICS | DOTTED_TITLES
                                          if word.endswith(".") or word in DOTTED_TITLES} | {"St", "Jr", "Sr"},
                                         key=len, reverse=True)) + r"|[A-Z])\."
_INVERTED_LEFT = re.compile(r"\s+(?P<np>(?:" + _ABBREVIATION + r"|[^,.;:!?\"“”\s])+"
                            r"(?:\s+(?:" + _ABBREVIATION + r"|[^,.;:!?\"“”\s])+){0,5})\s*[,:]\s*")
_COMMUNICATION = re.compile(r"\b(?:" + "|".join(map(re.escape, speech_verbs.longest_first(DOCUMENT_NOUNS | UTTERANCE_NOUNS)))
                            + r"|the following)\b")
# A speech verb right before the opening mark takes the quote as its object, however short the quote.
_SPEECH_LEAD = re.compile(
    r"\b(?:" + alternation_by_first_letter(speech_verbs.LEAD) + r")"
    r"(?:\s+(?:that|simply|only|just|merely|again))?\s*[,:]?\s*$"
)
# "X issued a statement, “…": a document noun (`data/documents.py`) before a comma introduces the quote like a colon.
_VOCAL_LEAD = re.compile(r"\b(?:" + "|".join(map(re.escape, speech_verbs.longest_first(speech_verbs.VOCAL_LEAD)))
                         + r")\s*[,:]?\s*$")
_COMMUNICATION_COMMA = re.compile(
    r"\b(?:" + "|".join(map(re.escape, speech_verbs.longest_first(DOCUMENT_NOUNS)))
    + r")(?:\s+(?:on|in|to)\s+[^,]{1,40})?,$"
)
_WORK_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, WORK_NOUNS), key=len, reverse=True))
                          + r")\b(?:\s+(?:on|of|in|from|published|titled|entitled|called)\b[^,;:\"“”]{0,30})?,?\s*$")
_CITATION_AFTER = re.compile(r"\s*,?\s*[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3},\s+[^()\n]{1,30}\)")
_YEAR_AFTER = re.compile(r"\s*\((?:[^()]{0,60}\s)?(?:1[89]|20)\d\d\)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
# "“…,” members were later told by …": the listener's passive with an adverb before the verb (data PASSIVE_ADVERBS)
_LISTENER_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:[a-z]+ly|"
                                      + "|".join(sorted(_PASSIVE_ADVERBS, key=len, reverse=True)) + r")\s+)?$")
# "told ERR's “…”", "told “Kestel Today”", "in an interview with the “…” programme": a quote there names who was
# told (a programme, a paper), not words said
_LISTENER_BEFORE = re.compile(r"\b(?:told|tells|telling|interview\s+with|speaking\s+to|spoke\s+to|speaks\s+to)\s+"
                              r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+)?$")
_TITLE_BEFORE = re.compile(r"(?:\b(?:on|in|of|at|for|from|the|called)|[’']s)\s*$")
_PUBLICATION_BEFORE = re.compile(r"\b(?:wrote|writes|writing|published|appeared|read|reads)\s+(?:in|on|for)\s+$")
_NP_CHARS = r"(?:" + _ABBREVIATION + r"|[^,.;:!?\"“”])"
_ACCORDING_RIGHT = re.compile(r"\s*[,—–-]?\s*according\s+to\s+(?P<np>" + _NP_CHARS + r"{2,80})")
_ACCORDING_LEFT = re.compile(r"\b[Aa]ccording\s+to\s+(?P<np>" + _NP_CHARS + r"{2,80}?)\s*,")
# "X painted Y as “…”": the characterising verb (with its particle), its object (a few words) and "as" right before
# the opening mark; the subject before the verb is the speaker. (A passive, "Y was painted as", has no object.)
_CHARACTERISING_FORMS = speech_verbs.longest_first(
    " ".join((form, *lemma.split()[1:])) for lemma in _CHARACTERISING_LEMMAS
    for form in speech_verbs.inflections(lemma.split()[0]))
_CHARACTERISED_AS = re.compile(r"(?:\b(?:also|further|long|openly|[a-z]+ly)\s+)?\b(?P<cue>"
                               + speech_verbs.alternation(_CHARACTERISING_FORMS).replace(r"\ ", r"\s+")
                               + r")\s+(?:[^\s,.;:!?\"“”]+\s+){1,6}?as\s+(?:(?:a|an|the)\s+)?$")
_CHARACTERISING_CUES = frozenset(form.lower() for form in _CHARACTERISING_FORMS)
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$")
_NOT_FINITE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|to)\s+$")
_QUOTED_AS = re.compile(r"\bquot(?:ed|ing|es)\s+(?P<np>[^,.;:!?\"“”]{2,60}?)\s+as\s+(?:saying|telling|stating|writing)\b")
_REPORTS_IN = re.compile(r"reports?\s+(?:in|by|from)\s+(?P<np>(?:the\s+)?[^,.;:!?\"“”]{2,40}?)\s+(?:that|of|on)\b")
# Honorifics written with a full stop ("Mr.", "Dr.", "Hon.", "Engr."): their stop ends no speaker's phrase.
_DOTTED_HONORIFICS = frozenset(word.rstrip(".") for word in HONORIFICS if word.endswith(".") and len(word) > 2)
_NP_STOP = re.compile(
    r"\s+(?:during|in|at|on|after|before|when|while|who|which|that|as|adding|noting|referring|according|to|"
    r"about|of|from|with|last|this|earlier|later|yesterday|today|told|said|and)\b|[,;:!?\"“”(\u2014]|$"
    # a full stop ends the phrase unless it closes an abbreviated title ("said Rev. Kyev Tatum") or an initial
    # ("said Hon. Ruth Moyo", "said Engr. Obi": every dotted honorific of `lexicon.HONORIFICS`)
    r"|(?<!\bSt)(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{title.capitalize()})" for title in sorted(DOTTED_TITLES | _DOTTED_HONORIFICS)) + r"\."
)


@dataclass
class _Attribution:
    resolution: Resolution
    cue: str | None
    explicit: bool  # found in the quote's own sentence, not inherited
    after: bool = False  # named right after the closing mark ("…,” she said)
    continuation: str | None = None  # inherited: 'same paragraph' or 'next paragraph' (`CONTINUATION_FACTOR`)
    thing_subject: bool = False  # the cue's subject is a thing ("The meeting warned of “…”"): kept, speaker unknown


def extract_quotes(article: ArticleRecord, people: list[PersonRecord], registry: Registry,
                   analysis: ArticleAnalysis | None = None) -> list[QuoteRecord]:
    if analysis is None:
        analysis = analyse(article, registry)
    body = article.body
    spans = analysis.quoted
    resolver = SpeakerResolver(article, people, registry, analysis=analysis)
    quotes = _quotations(body, spans, resolver)
    quotes.extend(interview_answers(body, analysis.paragraphs, spans, resolver))
    quotes.extend(colon_block_quotes(body, analysis.paragraphs, spans, resolver))
    quotes.extend(_indirect_speech(body, spans, resolver))
    quotes.sort(key=lambda quote: (quote.start, quote.end))
    return normalise_label_forms(body, _under_full_names(body, people, quotes))


def _under_full_names(body: str, people: list[PersonRecord], quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """A speaker named by a short name the article gives someone right after their full name ("Marta Delgado
    – Tita to everyone –", `speaker_aliases`) is the full-named person."""
    owners = alias_owners(body, people)
    if not owners:
        return quotes
    out = []
    for quote in quotes:
        if quote.speaker_name in owners:
            quote = replace(quote, speaker_name=owners[quote.speaker_name])
        elif not quote.speaker_name and quote.speaker_label in owners:  # a short name the people step left out
            quote = replace(quote, speaker_name=owners[quote.speaker_label], speaker_label=None,
                            speaker_reference="name" if quote.speaker_reference == "label" else quote.speaker_reference)
        out.append(quote)
    return out


def normalise_label_forms(body: str, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """Every label in the form the label-form rules keep (`speaker_words.label_form`), its offsets cut to the kept
    words (a label that is not the body's text at its offsets is left as it is)."""
    out = []
    for quote in quotes:
        quote = _label_at_its_text(body, quote)
        label, start, end = quote.speaker_label, quote.speaker_start, quote.speaker_end
        if label and not quote.speaker_name and start is not None and end is not None and body[start:end] == label:
            kept = label_form(label)
            if kept < len(label):
                quote = replace(quote, speaker_label=label[:kept], speaker_end=start + kept)
        out.append(quote)
    return out


def _label_at_its_text(body: str, quote: QuoteRecord) -> QuoteRecord:
    """Provenance: a label's offsets are where the body writes the label. A label resolved from a description
    ("the company said" -> the organisation named before) keeps the offsets of the phrase that attributes it, which
    then write other words: the offsets move to the label's own mention, the nearest one before the attribution
    (else after it); a label the body never writes becomes the attributing phrase as written."""
    label, start, end = quote.speaker_label, quote.speaker_start, quote.speaker_end
    if not label or quote.speaker_name or start is None or end is None or body[start:end] == label:
        return quote
    at = body.rfind(label, 0, start + len(label))
    if at < 0:
        at = body.find(label, start)
    if at >= 0:
        return replace(quote, speaker_start=at, speaker_end=at + len(label))
    return replace(quote, speaker_label=body[start:end]) if body[start:end].strip() else quote


# -- direct and partial ---------------------------------------------------------------------------------------
def _quotations(body: str, spans: list[QuotedSpan], resolver: SpeakerResolver) -> list[QuoteRecord]:
    attributions: list[_Attribution | None] = []
    kinds = [_kind(body, spans, i) for i in range(len(spans))]
    for index, span in enumerate(spans):
        attribution = _own_attribution(body, spans, index, resolver, kinds[index] == "partial")
        if attribution is not None and not attribution.explicit:
            # (a speaker found in the sentence before, not the quote's own "she said" of the other gender)
            attribution = _unless_other_gender(body, span, attribution, resolver)
        attributions.append(attribution)
        if attribution and attribution.resolution.label and not attribution.resolution.name:
            resolver.recent_labels.append((span.open_mark, attribution.resolution.label))
    # A fragment sharing its sentence with the next one takes that one's speaker before the scare-quote test:
    # 'Guns are “A” and “B,” Dean proclaimed.'
    for index in range(len(spans) - 2, -1, -1):
        if attributions[index] is None and _same_sentence(body, spans, index) and attributions[index + 1] \
                and attributions[index + 1].explicit:
            attributions[index] = _Attribution(attributions[index + 1].resolution, attributions[index + 1].cue, True)
    # ... and a fragment coordinated with the one before it shares its speaker: 'X dismissed it as “A” and “B”'
    for index in range(1, len(spans)):
        previous = attributions[index - 1]
        if attributions[index] is None and previous and previous.explicit and _coordinated(body, spans[index - 1],
                                                                                           spans[index]):
            attributions[index] = _Attribution(previous.resolution, previous.cue, True)
    # ... and a fragment later in the sentence of one its speaker introduced takes that speaker too: 'X said
    # the deal was “a joke” and that Fisk “should resign.”' (not one the speaker was named after: '“A,” X
    # said of Y, who called it “B”')
    for index in range(1, len(spans)):
        previous = attributions[index - 1]
        if attributions[index] is None and previous and previous.explicit and not previous.after \
                and kinds[index] == "partial" and _same_sentence(body, spans, index - 1):
            attributions[index] = _Attribution(previous.resolution, previous.cue, True)
    keep = [not _is_not_quote(body, span, attributions[i]) for i, span in enumerate(spans)]
    for index in range(1, len(spans)):
        if not keep[index] and keep[index - 1] and (_sentence_after_attribution(body, spans, index, attributions)
                                                    or _paragraph_after_attribution(body, spans, index, attributions)):
            keep[index] = True  # '“We waited,” says X. “Nobody listens.”': a short sentence goes on quoting X
    turns = transcript_turns(body) if spans else {}
    cited = _cited_in_turn(body, spans, attributions, keep, turns)
    for index in cited:
        keep[index] = True
    unattributed = {index for index in range(len(spans)) if keep[index] and attributions[index] is None}
    # Continuity: a segment without its own attribution takes that of the segment it continues or follows.
    for index, span in enumerate(spans):
        if keep[index] and _unresolved_pronoun(body, span, attributions[index]):
            # '“…,” she said' whose "she" the resolver could not place: the speaker carried over is hers when
            # the gender agrees (wire copy's usual "she said" going on with the woman just quoted); else the
            # quote keeps its own unknown speaker, and so does the segment after it
            carried = _inherited(body, spans, index, attributions, keep) \
                or _introduced_by_previous_paragraph(body, span, resolver)
            carried = _unless_other_gender(body, span, carried, resolver)
            if carried is not None and carried.resolution.known:
                attributions[index] = replace(carried, cue=attributions[index].cue)
            continue
        if attributions[index] is not None or not keep[index] or index in cited:
            continue
        named_after = _named_by_next_sentence(body, span, resolver)
        if named_after:  # '“…” That quote from X appeared …', '“…” That was how X put it.'
            attributions[index] = named_after
            continue
        lead = title_case_lead(body, span.paragraph_start, _opening(body, span),
                               lambda start, end: bool(resolver.mentions_in(start, end)), span.outer_end)
        if lead:  # 'Tom Nides Thanked Clinton For Making …. “Well, …”': a roundup's heading line names its speaker
            resolution = resolver.resolve(*lead)
            if resolution.known:
                attributions[index] = _Attribution(resolution, None, False)
                continue
        introduced = _introduced_in_paragraph(body, spans, index, resolver)
        if introduced:  # the quote's own paragraph introduced its speaker before it
            attributions[index] = _unless_other_gender(body, span, introduced, resolver)
            continue
        introduced = _introduced_after_last_quote(body, spans, index, resolver)
        if introduced:  # the last sentence of the paragraph before introduced another speaker
            attributions[index] = _unless_other_gender(body, span, introduced, resolver)
            continue
        # after a speaker just introduced: 'Her father, Jon Lind, is proud.\n\nWhere does she get …? “…”' is his
        answered = _answering_question(body, spans, index, resolver)
        if answered:  # 'Why was he out in the heat? “My mom says …”': the person asked about answers
            attributions[index] = answered
            continue
        attributions[index] = _inherited(body, spans, index, attributions, keep) \
            or _introduced_by_previous_paragraph(body, span, resolver) \
            or _across_narrative_paragraph(body, spans, index, attributions, keep, resolver)
        attributions[index] = _unless_other_gender(body, span, attributions[index], resolver)
    _not_in_anothers_turn(spans, attributions, unattributed, turns, resolver)
    _not_spoken_of(body, spans, attributions, keep, resolver)
    quotes: list[QuoteRecord] = []
    for index, span in enumerate(spans):
        if not keep[index]:
            continue
        attribution = attributions[index]
        resolution = attribution.resolution if attribution else Resolution()
        if kinds[index] == "partial":
            resolution = _body_description_as_written(body, resolution)
        quotes.append(QuoteRecord(
            text=body[span.start:span.end],
            kind=kinds[index],
            start=span.start,
            end=span.end,
            cue=attribution.cue if attribution else None,
            **speaker_fields(resolution, attribution.continuation if attribution else None),
        ))
    return _without_teasers(body, quotes, getattr(resolver.article, "title", None))


def _body_description_as_written(body: str, resolution: Resolution) -> Resolution:
    """A partial quote's speaker as its sentence names it: a fragment sits inside the writer's own sentence, so
    "The institute said the course would be “built around the current”" keeps "The institute" even though the
    resolver took that description for the body named before it ("The Marine Research Institute will host …").
    Only a definite description ("the company", "the service", "the officials") the resolver took for a body's
    label: the label becomes the description's own words at its span (a label already equal to them is only
    rewritten as written); a full quote ("“…,” the company said") keeps the body's name, and so does "it"."""
    if resolution.name or not resolution.label or resolution.via != "description" or resolution.start is None \
            or resolution.end is None:
        return resolution
    written = body[resolution.start:resolution.end].split()
    if len(written) < 2 or written[0].lower() != "the":
        return resolution
    return replace(resolution, label=" ".join(written))


def _not_spoken_of(body: str, spans: list[QuotedSpan], attributions, keep, resolver: SpeakerResolver) -> None:
    """A pronoun speaker is nobody the quoted words speak of by name: the segments that share one pronoun
    attribution are read together, and a person they name is taken out of that pronoun's candidates."""
    groups: dict[tuple[int, int], list[int]] = {}
    for index, attribution in enumerate(attributions):
        if keep[index] and attribution is not None and attribution.resolution.via == "pronoun" \
                and attribution.resolution.name and attribution.resolution.start is not None:
            groups.setdefault((attribution.resolution.start, attribution.resolution.end), []).append(index)
    for indexes in groups.values():
        quoted_text = " ".join(body[spans[i].start:spans[i].end] for i in indexes)
        first = attributions[indexes[0]].resolution
        found = resolver.resolve_pronoun_not_spoken_of(first, quoted_text)
        if found is not first:
            for i in indexes:
                if attributions[i].resolution is first or attributions[i].resolution.name == first.name:
                    attributions[i] = replace(attributions[i], resolution=found)


_NON_SPACE = re.compile(r"\S")
_SENTENCE_LINE_END = re.compile(r"[.!?…][\"“”‘’'»)\]]*\s*$")


def _without_teasers(body: str, quotes: list[QuoteRecord], title: str | None = None) -> list[QuoteRecord]:
    """A quote on a line that is no sentence (a summary bullet, a photo caption with its credit, a kicker),
    whose words the story quotes again further down, is the page's teaser for that quote: the story's own
    sentence is kept, with its speaker ("China says region should avoid 'outside interference'" above "…
    Beijing opposed “outside interference”"). A headline opening the body is no teaser: its quote is reported
    like the story's; a first line that is not the article's known `title` (a live blog's first entry heading
    below a headline given apart) is one like any other."""
    later: dict[str, int] = {}
    first_start = _NON_SPACE.search(body).start() if _NON_SPACE.search(body) else 0
    first_end = body.find("\n", first_start)
    first_not_title = _not_the_title(body[first_start:first_end if first_end >= 0 else len(body)], title) \
        if title else False  # (the body's first line, read once)
    normalised = [_normalised(quote.text) for quote in quotes]
    for quote, text in zip(quotes, normalised):
        later[text] = max(later.get(text, -1), quote.start)
    kept = []
    for quote, text in zip(quotes, normalised):
        if later[text] > quote.start:  # (only a repeated quote's line is read)
            line_start = body.rfind("\n", 0, quote.start) + 1
            line_end = body.find("\n", quote.end)
            line_end = len(body) if line_end < 0 else line_end
            while line_end > line_start and body[line_end - 1].isspace():
                line_end -= 1
            # (a body's first line, when the body carries its headline, quotes as the headline does: kept)
            if not _SENTENCE_LINE_END.search(body[max(line_start, line_end - 8):line_end]) \
                    and (_NON_SPACE.search(body, 0, line_start)
                         or first_not_title and not _attributed_on_line(body, quote, line_start, line_end)):
                continue
        kept.append(quote)
    return _without_quoted_subheadings(body, _without_pull_quotes(body, kept))


def _attributed_on_line(body: str, quote: QuoteRecord, line_start: int, line_end: int) -> bool:
    """A quote whose speaker its own line names with its cue ('“We will not back down” said union leader Oma
    Delsi as …'): the line is a lede sentence without its full stop, no teaser (a label alone, 'Union leader
    says “…”', makes no such sentence)."""
    if not quote.cue or not quote.speaker_name:
        return False
    around = body[line_start:quote.start] + " " + body[quote.end:line_end]
    return re.search(r"\b" + re.escape(quote.cue) + r"\b", around) is not None \
        and any(re.search(r"\b" + re.escape(word) + r"\b", around) for word in quote.speaker_name.split()[-1:])


def _not_the_title(line: str, title: str | None) -> bool:
    """Whether a body's first line is known not to be the article's headline: a title is known and neither holds
    the other (words compared without case or punctuation)."""
    if not title:
        return False
    words = lambda text: " ".join(re.findall(r"\w+", text.casefold()))  # noqa: E731
    line_words, title_words = words(line), words(title)
    return bool(line_words) and line_words not in title_words and title_words not in line_words


def _without_quoted_subheadings(body: str, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """'‘A season of six months, not seven’' on a line of its own between paragraphs: a direct quote alone on its
    line (nothing but the quotation in its marks), with no sentence's end inside the marks and no speaker, is a
    section heading the page set in quotation marks, no quote (a quoted sentence keeps its full stop; a quote
    someone says has its speaker, not one found only by going on with the speaker quoted before). So is such a
    line opened by a short label and a colon that names nobody ("Governor: 'Roads will reopen by Friday'")."""
    kept = []
    for quote in quotes:
        # (a speaker found only by going on with the one quoted before is no speaker of a heading's own, unless the
        # line goes on with that speaker's words: `_continues_speech`)
        unspoken = not quote.speaker_name and not quote.speaker_label \
            or quote.speaker_reference == "continuation" and not _continues_speech(body, quote)
        if quote.kind == "direct" and unspoken and not re.search(r"[.!?…,;:]\W*$", quote.text):
            line_start = body.rfind("\n", 0, quote.start) + 1
            line_end = body.find("\n", quote.end)
            line_end = len(body) if line_end < 0 else line_end
            if _HEADING_BEFORE.fullmatch(body, line_start, quote.start) \
                    and re.fullmatch(r"[ \t]*[\"”’'»]+[ \t]*", body[quote.end:line_end]) \
                    and _NON_SPACE.search(body, 0, line_start):
                continue
        kept.append(quote)
    return kept


def _continues_speech(body: str, quote: QuoteRecord) -> bool:
    """A quotation line given its speaker by continuation that goes on with that speaker's words, no heading: it
    opens on a lowercase word or a conjunction ('“And we will not go home”'), or the paragraph before leaves its
    quotation open (a quote over paragraphs: '“We have waited three years for this.' then the line)."""
    line_start = body.rfind("\n", 0, quote.start) + 1
    if not _MARKS_ONLY_BEFORE.fullmatch(body, line_start, quote.start):
        return False  # ('Minister: “And help is on its way”': a label's heading)
    first = re.match(r"[\w’'-]+", quote.text)
    if first and (first.group(0)[0].islower() or first.group(0).lower() in CONTINUING_OPENERS):
        return True
    before = body[:line_start].rstrip()
    paragraph = before[before.rfind("\n") + 1:]
    return paragraph.count("\u201c") > paragraph.count("\u201d") or paragraph.count('"') % 2 == 1


# before a heading's quotation: its marks only, or a short label and a colon ("Governor: 'Roads will reopen'")
_HEADING_BEFORE = re.compile(r"[ \t]*(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}[ \t]*:[ \t]*)?[\"“‘'«]+[ \t]*")


# A line that holds nothing but one quotation in its marks: '"Every car on the road is a car in the way."'
_MARKS_ONLY_BEFORE = re.compile(r"[ \t]*[\"“‘'«]+[ \t]*")
_MARKS_ONLY_AFTER = re.compile(r"[ \t]*[,.;:!?…]*[\"”’'»]+[.!?…]*[ \t]*")


def _without_pull_quotes(body: str, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """A direct quote alone on its line (nothing but the quotation in its marks) whose words the story quotes
    elsewhere, whole or in part, is the page's pull quote: furniture set between paragraphs to repeat the body's
    quote (before or after it), not a second quotation (as a teaser before the story is, `_without_teasers`).
    Words are compared without punctuation or case, and the pieces of a quote its attribution splits on one line
    are read together. Of two such lines with the same words the first stays. A line quoting words nobody quotes elsewhere, a repeat
    inside a sentence (a slogan), a repeat of a headline opening the body and a line of fewer than three words
    stay."""
    lines = []  # per quote: (its words, whether it stands alone on its line, its line's start and end)
    for quote in quotes:
        line_start = body.rfind("\n", 0, quote.start) + 1
        line_end = body.find("\n", quote.end)
        line_end = len(body) if line_end < 0 else line_end
        alone = quote.kind == "direct" and bool(_MARKS_ONLY_BEFORE.fullmatch(body, line_start, quote.start)) \
            and bool(_MARKS_ONLY_AFTER.fullmatch(body, quote.end, line_end))
        lines.append((quote.text, alone, line_start, line_end))
    if not any(alone for _, alone, _, _ in lines):
        return quotes
    # (the words, only once some quote stands alone: most articles have none)
    lines = [(_bare_words(text), alone, line_start, line_end) for text, alone, line_start, line_end in lines]
    # (a headline opening the body repeats nothing)
    sources = [(index, words, alone, start, end) for index, (words, alone, start, end) in enumerate(lines)
               if _NON_SPACE.search(body, 0, start)]
    # the pieces of a quote its attribution splits, read together ("«Sipho has ice,» he said. «He did not …»")
    joined: dict[int, list] = {}
    for index, words, alone, start, end in sources:
        if not alone:
            joined.setdefault(start, [index, [], False, start, end])[1].append(words)
    sources += [(index, " ".join(pieces), alone, start, end)
                for index, pieces, alone, start, end in joined.values() if len(pieces) > 1]
    kept = []
    for index, quote in enumerate(quotes):
        words, alone, line_start, line_end = lines[index]
        if alone and len(words.split()) >= _PULL_QUOTE_MIN_WORDS and any(
                (not other_alone or other < index) and (other_end <= line_start or other_start >= line_end)
                and _repeats(words, text) for other, text, other_alone, other_start, other_end in sources):
            continue
        kept.append(quote)
    return kept


_PULL_QUOTE_MIN_WORDS = 3  # a pull quote is a sentence; "Yes." alone on its line may well be an answer


_NOT_WORD = re.compile(r"[\W_]+")


def _bare_words(text: str) -> str:
    """A quote's words without their punctuation, in lower case ("Sipho has ice, he …" -> "sipho has ice he …")."""
    return _NOT_WORD.sub(" ", text).strip().casefold()


def _repeats(words: str, text: str) -> bool:
    """Whether `text` holds `words` as whole words."""
    at = text.find(words)
    while at >= 0:
        after = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
            return True
        at = text.find(words, at + 1)
    return False


def _normalised(text: str) -> str:
    return text.strip().rstrip(",.;:!?").strip().casefold()


_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|but\s+also|as\s+well\s+as|,)\s*(?:(?:a|an|the)\s+)?")
# The list's comma may stand inside the previous item's marks: 'Trump is a “loser,” a “liar” and a “whiner.”'
_LISTED_AFTER_COMMA = re.compile(r"\s*(?:(?:a|an|the)\s+)?")


def _coordinated(body: str, previous: QuotedSpan, span: QuotedSpan) -> bool:
    """Whether `span` is the next item of a list of quoted words that `previous` opens (the words between them
    are a conjunction or a comma, and an article)."""
    if _COORDINATED.fullmatch(body, previous.outer_end, span.open_mark):
        return True
    return body[previous.start:previous.end].rstrip().endswith(",") and bool(
        _LISTED_AFTER_COMMA.fullmatch(body, previous.outer_end, span.open_mark))


def _sentence_after_attribution(body: str, spans: list[QuotedSpan], index: int, attributions) -> bool:
    span, previous = spans[index], spans[index - 1]
    text = body[span.start:span.end].rstrip()
    attribution = attributions[index - 1]
    if attribution is None or not attribution.explicit or previous.paragraph_start != span.paragraph_start:
        return False
    if not (text[:1].isupper() and text[-1:] in ".!?"):
        return False
    gap = body[previous.outer_end:span.open_mark]
    return len(gap.split()) <= 20 and bool(_CUE.search(gap))


def _paragraph_after_attribution(body: str, spans: list[QuotedSpan], index: int, attributions) -> bool:
    """'“We have heard promises before,” she says.' then a paragraph of its own '“Show us the contracts.”': a
    short sentence standing as the whole next paragraph goes on quoting the speaker just attributed (wire copy's
    paragraph convention), unless a live page's entry time stands between."""
    span, previous = spans[index], spans[index - 1]
    text = body[span.start:span.end].rstrip()
    attribution = attributions[index - 1]
    if attribution is None or not attribution.explicit or not attribution.resolution.known or span.single:
        return False
    if not (text[:1].isupper() and text[-1:] in ".!?") or _title_like([w.rstrip(".!?") for w in text.split()]):
        return False
    if body[span.paragraph_start:span.open_mark].strip() or body[span.outer_end:span.paragraph_end].strip():
        return False  # (the quote is the whole paragraph)
    between = body[previous.outer_end:span.paragraph_start]
    if previous.paragraph_start == span.paragraph_start or between.count("\n") > 2 \
            or len(between.split()) > 8 or _entry_break(body, previous.outer_end, span.open_mark):
        return False  # (the paragraph right before, closed by the quote's attribution at most)
    return not _words_taken_up(body, span.paragraph_end)


def _words_taken_up(body: str, at: int) -> bool:
    """The paragraph after a quote standing alone says where its words come from, so they are nobody's speech:
    it opens on what carries them ('Those words were painted on the prison wall', 'The banners read the same':
    a determiner and `quote_words.QUOTED_WORDS_NOUNS`) or its first sentence has a verb of writing, painting or
    chanting ('… was scrawled on the gate', `quote_words.WRITING_VERBS`)."""
    match = re.compile(r"\s*([^\n]*)").match(body, at)
    sentence = re.split(r"(?<=[.!?])\s", match.group(1), maxsplit=1)[0] if match else ""
    words = [w.strip(",;:.!?\"'“”‘’()").lower() for w in sentence.split()[:25]]
    if len(words) >= 2 and words[0] in _QUOTED_WORDS_DETERMINERS and (
            words[1] in _QUOTED_WORDS_NOUNS or len(words) >= 3 and words[2] in _QUOTED_WORDS_NOUNS):
        return True
    return any(word in _WRITING_VERBS for word in words)


def _opening(body: str, span: QuotedSpan) -> int:
    """Where the opening mark starts: the first of two when a wire writes it doubled (''like this'')."""
    if span.open_mark and body[span.open_mark] == "'" and body[span.open_mark - 1] == "'":
        return span.open_mark - 1
    return span.open_mark


def _context_bounds(body: str, spans: list[QuotedSpan], index: int, resolver: SpeakerResolver) -> tuple[int, int, int, int]:
    """(left start, left end, right start, right end) of the reporter's words around segment `index`."""
    span = spans[index]
    sentence_start, _ = resolver.sentences[resolver.sentence_of(span.open_mark)]
    left_start = max(sentence_start, span.paragraph_start)
    if index and spans[index - 1].paragraph_start == span.paragraph_start:
        left_start = max(left_start, spans[index - 1].outer_end)
    right_start = span.outer_end
    right_end = span.paragraph_end
    if span.closed:
        # A quote may end its sentence ("…done.” Trump said."): read on into the next one.
        following = span.outer_end
        while following < span.paragraph_end and (body[following].isspace() or body[following] == "'"):
            following += 1  # (the second of a doubled closing mark too: ''…?'' Mrs. Lopez asked.)
        _, sentence_end = resolver.sentences[resolver.sentence_of(following)]
        if sentence_end > right_start:
            right_end = min(right_end, sentence_end)
    else:
        right_end = right_start
    if index + 1 < len(spans) and spans[index + 1].paragraph_start == span.paragraph_start:
        right_end = min(right_end, _opening(body, spans[index + 1]))
    return left_start, _opening(body, span), right_start, max(right_start, right_end)


def _own_attribution(body: str, spans: list[QuotedSpan], index: int, resolver: SpeakerResolver,
                     partial: bool) -> _Attribution | None:
    """A partial quote sits inside the reporter's sentence, whose subject and verb usually come first
    ("what Mr. Hedge called ''the prior model,'' the club …"); a direct quote's attribution usually follows."""
    span = spans[index]
    left_start, left_end, right_start, right_end = _context_bounds(body, spans, index, resolver)
    ends_sentence = body[span.start:span.end].rstrip()[-1:] in ".…"
    sentence_start = max(span.paragraph_start, resolver.sentences[resolver.sentence_of(span.open_mark)][0])
    weak = None  # a cue whose subject is a thing ("the meeting warned of “…”"): kept only if nothing else is found
    passive = _passive_by(body, span, left_start, right_end, resolver, sentence_start)
    if passive:  # "The inquiry, often labelled as a “witch hunt” by Maria Lopez"
        return passive
    if partial:
        found = _left_attribution(body, left_start, left_end, resolver, sentence_start)
        if _thing_speaking(found):
            found = None  # "The data made clear that the “recovery” …": no speaker there
        if found is not None and not found.resolution.known:
            weak, found = found, None
        if found is None or (found.cue or "").split()[:1] and found.cue.split()[0].lower() not in _REPORTING_CUES:
            # "An eruption began at 3am, with “very little warning”, the weather office says.": the speaker
            # closing the quote's sentence right after it beats a verb before it that reports no speech
            final = _closing_attribution(body, right_start, right_end, resolver)
            found = final or found
        found = found or _right_attribution(body, right_start, right_end, resolver, ends_sentence)
    else:
        found = _right_attribution(body, right_start, right_end, resolver, ends_sentence)
        left = body[left_start:left_end].rstrip()
        if found is None and left.endswith(":"):
            # "Wenn posted dunewatch.org, which contains the following statement:": the thing holding the words
            # beats the verb's subject
            found = _containing_thing(body, max(left_start, sentence_start), left_start + len(left) - 1, resolver)
        if found is None:
            found = _left_attribution(body, left_start, left_end, resolver, sentence_start)
            if _thing_speaking(found):
                found = None
            if found is not None and not found.resolution.known:
                weak, found = found, None
    if found and (found.cue or "").lower().split()[:1] == ["tell"]:
        # "Doctors tell patients “…,” the guidance says.": an explicit attribution later in the sentence beats a
        # bare "tell" before the quote
        found = _closing_attribution(body, right_start, right_end, resolver) \
            or _right_attribution(body, right_start, right_end, resolver, ends_sentence) or found
    if found:
        return found
    # "“…,” according to a statement from the union.": the source named right after the quote is its own, before
    # any guess from the sentence or paragraph before
    match = _ACCORDING_RIGHT.match(body, right_start, right_end)
    if match:
        start, end = trim_np(body, match.start("np"), match.end("np"))
        resolution = resolver.resolve(start, end)
        if resolution.known:
            return _Attribution(resolution, "according to", True)
    found = _after_quote_shape(body, span, right_start, resolver)
    if found:
        return found
    found = _colon_attribution(body, span, left_start, left_end, resolver) \
        or _sentence_final_attribution(body, right_start, right_end, resolver) \
        or _previous_sentence_attribution(body, spans, index, left_start, left_end, resolver) \
        or (span.closed and _signature(body, right_start, span.paragraph_end, resolver)) \
        or (span.closed and _signature_next_line(body, right_start, span.paragraph_end, resolver)) \
        or _signed_inside(body, span, resolver) \
        or _turn_label(body, span, resolver) \
        or _issued_document_depicts(body, left_start, left_end, resolver)
    return found or weak or _narrated_partial(body, span, left_start, left_end, resolver)


def _narrated_partial(body: str, span: QuotedSpan, left_start: int, left_end: int,
                      resolver: SpeakerResolver) -> _Attribution | None:
    """A quoted fragment closing a clause with no speech cue, whose subject is a person ("he still keeps a plot up
    the ridge “in case the coffee people disappear.”"): the writer gives that person's own words in the narration.
    Only a clause-long fragment (five words or more: a shorter one is a term the writer marks, "a “clear win.”") at the
    sentence's end, after words of the clause, with a person (named or "he"/"she") as subject."""
    left_start = max(left_start, left_end - 600)  # (a clause's reach: a long unbroken run stays linear)
    if not span.closed or body[span.outer_end:span.outer_end + 3].strip()[:1].isalnum() \
            or body[span.start:span.end].rstrip()[-1:] not in ".!?" or left_end - left_start < 20 \
            or len(body[span.start:span.end].split()) < 5 \
            or _CUE.search(body, left_start, left_end) or resolver.mentions_in(span.start, span.end):
        return None
    np = _clause_subject(body, left_start, left_end, resolver)
    if np is None or body[np[0]:np[1]].lower() not in ("he", "she") and not resolver.mentions_in(*np):
        return None
    if _NEARER_OWNER.search(body, np[1], left_end) or _WORDS_NOUN_BEFORE.search(body, max(np[1], left_end - 60),
                                                                                 left_end):
        return None  # ("a hotel that promises “…”", "a cap with the slogan “…”": a nearer noun owns the words)
    resolution = resolver.resolve(*np)
    return _Attribution(resolution, None, False) if resolution.name else None


# After the subject of a narrated fragment, a noun with its own relative clause ("a seafront restaurant that promises",
# "a charity which helps") whose verb the fragment completes: the noun, not the subject, owns the words. "that" is a
# relative pronoun only before a verb's form (an "-s"/"-ed" word or an auxiliary), not a determiner ("keeps that plot").
_NEARER_OWNER = re.compile(r"\b[a-z][\w'’-]*\s+(?:(?:which|who)\s+\w|that\s+(?:[a-z]+(?:s|ed)|will|would|can|could|"
                           r"may|might|has|had|have|is|was|are|were)\b)")
# A noun for words (data WORDING_NOUNS, QUOTED_WORDS_NOUNS) right before the fragment, bare or with a participle of
# showing ("a T-shirt with the slogan “…”", "a sign reading “…”"): the quote is the words on the thing, nobody's speech.
_WORDS_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, WORDING_NOUNS | _QUOTED_WORDS_NOUNS), key=len, reverse=True))
    + r")(?:,?\s+(?:reading|saying|that\s+reads?|which\s+reads?|read))?\s*[,:]?\s*$", re.IGNORECASE)


# "The audit office released two critical reports that depicted “…”": a relative clause on a document with a verb of
# depicting (data DEPICTING) right before the quote; the document's issuer is the source
_DOCUMENT_DEPICTS = re.compile(r"\s(?:that|which)\s+(?:" + "|".join(DEPICTING) + r")\s*$")


def _issued_document_depicts(body: str, left_start: int, left_end: int,
                             resolver: SpeakerResolver) -> _Attribution | None:
    """The issuer of a document whose relative clause depicts what the quote says, when the sentence says who
    issued it ("X released two reports that depicted “…”"); nobody otherwise ("a film that depicted “…”")."""
    match = _DOCUMENT_DEPICTS.search(body, max(left_start, left_end - 40), left_end)
    if match is None or not _ISSUED_DOCUMENT.search(body, max(left_start, match.start() - 160), match.start()):
        return None
    np = _np_before(body, left_start, left_end)
    if np is None or not _speaker_np(resolver, body, *np):
        return None
    resolution = resolver.resolve(*np)
    return _Attribution(resolution, match.group(0).split()[-1], True) if resolution.known else None


_RESPONSE_ALTERNATION = "|".join(sorted(_RESPONSE_NOUNS, key=len, reverse=True))
# Right after a quote, other shapes than "X said": "“…,” was how Crane put it", "“…,” came the reply from Crane",
# and, as the next sentence, "“…” That was Crane’s verdict." / "That was his answer."
_HOW_PUT = re.compile(r"\s*,?\s*(?:was|is)\s+how\s+(?P<np>" + _NP_CHARS + r"{2,60}?)\s+(?:put|puts|sees|saw|"
                      r"described|describes|summed|sums|framed|frames|phrased|phrases)\b")
_CAME_FROM = re.compile(r"\s*,?\s*came\s+(?:the|a|an|his|her)\s+(?:[a-z-]+\s+)?(?:" + _RESPONSE_ALTERNATION
                        + r")\s+from\s+(?P<np>" + _NP_CHARS + r"{2,60}?)\s*(?:[.;!]|$)")
_THAT_WAS = re.compile(r"\s*(?:That|This|Such)\s+(?:was|is)\s+(?P<owner>[Hh]is|[Hh]er|(?P<name>(?:[A-Z][\w.-]*\s+){0,3}"
                       r"[A-Z][\w.-]*)['’]s)\s+(?:[a-z-]+\s+)?(?P<noun>" + _RESPONSE_ALTERNATION + r")\s*[.!]")


def _after_quote_shape(body: str, span: QuotedSpan, right_start: int,
                       resolver: SpeakerResolver) -> _Attribution | None:
    """The speaker named after the quote by "was how X put it", "came the reply from X" or a next sentence
    "That was X’s verdict." (a pronoun owner stands for the person it refers to)."""
    end = min(span.paragraph_end, right_start + 160)
    for pattern, cue in ((_HOW_PUT, "put it"), (_CAME_FROM, "came the reply")):
        match = pattern.match(body, right_start, end)
        if match:
            np_start, np_end = trim_np(body, *match.span("np"))
            if np_end > np_start and _speaker_np(resolver, body, np_start, np_end):
                resolution = resolver.resolve(np_start, np_end)
                if resolution.name:
                    return _Attribution(resolution, cue, True)
            return None
    text = body[span.start:span.end].rstrip()
    match = _THAT_WAS.match(body, right_start, end) if text[-1:] in ".!?" else None
    if match is None:
        return None
    if match.group("name") is None:
        resolution = resolver.resolve(*match.span("owner"))
    else:
        resolution = _possessor_before(body, right_start, match.start("noun"), resolver) or Resolution()
    return _Attribution(resolution, None, True) if resolution.name else None


# Between a clause's cue and a verb inside that clause: no coordinated clause of its own (", and Vik agreed …", ";");
# a second reported clause of the same cue is still its ("said the talks had …, and that the sides had agreed …")
_OUT_OF_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s(?!that\b)|;")
# Forms of a speech verb that are nouns before "that" ("rejected claims that …"): no one's cue to a clause
_NOUN_CUE_FORMS = frozenset({"claims", "claim", "reports", "report", "charges", "allegations"})
# A denier's verb whose object is such a noun and its "that" ("rejected claims that", "denied the claim that"): the
# clause after it, an outcome verb inside included, is the denier's to deny
_DENIED_NOUN = re.compile(r"\b(?P<verb>" + "|".join(speech_verbs.DENYING_FORMS) + r")\s+(?:the\s+|these\s+|those\s+|such\s+)?"
                          r"(?:" + "|".join(speech_verbs.DENIED_NOUNS) + r")\s+that\b", re.I)


def _reports_a_clause(body: str, cue, end: int, inner: int | None = None) -> bool:
    """Whether a cue reports what follows it (up to `inner`, a verb inside the clause, if given): a core speech
    verb ("X said the sides had agreed …"), or a verb of a that-clause with its "that" written ("X denied that the
    sides had agreed …", "X confirmed that …"); not past a coordinated clause of its own ("X denied that …, and
    Y agreed …"), nor a noun ("rejected claims that …")."""
    word = cue.group(0).lower()
    if word in _NOUN_CUE_FORMS or (inner is not None and _OUT_OF_CLAUSE.search(body, cue.end(), inner)):
        return False
    return (word in speech_verbs.CORE or word in speech_verbs.THAT and word not in speech_verbs.OUTCOME_FORMS
            and re.match(r"\s+that\b", body[cue.end():end]) is not None)


def _thing_speaking(found: _Attribution | None) -> bool:
    """Whether an attribution gives a verb only a person or a body speaks by (data SPEAKER_ONLY_LEMMAS: "made clear")
    to a thing ("The ruling made clear that the “right to roam” …")."""
    if found is None or (found.cue or "").lower() not in speech_verbs.SPEAKER_ONLY_FORMS:
        return False
    resolution = found.resolution
    return not resolution.name and bool(resolution.label) and names_a_thing(label_core(resolution.label))


# "labelled as a “…” by X": the passive participle (with "as" and an article) right before the opening mark, and the
# "by" phrase right after the closing one, up to a stop or a word opening a phrase of time or place
_PASSIVE_BEFORE_QUOTE = re.compile(r"\b(?P<cue>" + "|".join(_PASSIVE_CHARACTERISING)
                                   + r")\s+(?:(?P<as>as)\s+)?(?:(?:a|an|the)\s+)?$")
_PASSIVE_ALL_ED = all(cue.endswith("ed") for cue in _PASSIVE_CHARACTERISING)
_ED_SPACE = re.compile(r"ed\s")
# A subject, then an attribution aside of a pronoun that goes on past its comma ("Her deputy, she says,
# disagrees"): the aside reports what is said of the subject, and the quote before is no part of it
_ASIDE_TOPIC = re.compile(r"\s*[^,;:.!?\"“”]{2,60},\s*(?:he|she|they|we|I)\s*")
_ASIDE_GOES_ON = re.compile(r"(?:\s+[a-z]+ly)?\s*,\s*[a-z]")
_CLOSING_MARKS = "\"”’'»"
_BY_AFTER_QUOTE = re.compile(r"[\s,]*by\s+(?P<np>[^,;:.!?\"“”—–()\n]{2,60}?)(?=\s*[,;:.!?—–()\n]|\s+(?:on|in|at|last|"
                             r"this|during|after|before|when|and|for|over|because)\b)")


# A "by" phrase's head after "was told": lowercase words up to a preposition or its end ("video link | from
# Madrid", "phone | by accountant …"); group "by" marks a second agent after the means.
_BY_MEANS_HEAD = re.compile(r"(?:(?:a|an|the)\s+)?(?P<head>[a-z][a-z-]*(?:\s+(?!(?:from|by|with|to|of|via|"
                            r"through)\b)[a-z][a-z-]*)*?)\s*(?:$|(?P<by>\s*\bby\s+)|\s*\b(?:from|with|to|of|via|"
                            r"through)\b)")


def _speaker_np(resolver: SpeakerResolver, body: str, start: int, end: int, strict_end: bool = True) -> bool:
    """`valid_np`, or a phrase whose head is exactly a person the people step named there: a surname spelled like
    a function word is still a name ("said Theresa May", "“…,” From said", "Will told reporters")."""
    if valid_np(body, start, end, strict_end):
        return True
    return _named_head(resolver, body, start, end)


def _named_head(resolver: SpeakerResolver, body: str, start: int, end: int) -> bool:
    """Whether the words before the phrase's first comma are exactly one person mention, every word capitalised."""
    start, end = trim_np(body, start, end)
    if end <= start:
        return False
    comma = body.find(",", start, end)
    head_end = trim_np(body, start, comma)[1] if comma >= 0 else end
    words = body[start:head_end].split()
    if not words or not all(word[:1].isupper() for word in words):
        return False
    if any(mention.start == start and mention.end == head_end and mention.person is not None
           for mention in resolver.mentions_in(start, head_end)):
        return True
    # (a known given name and one or two capitalised words after it, not opening a sentence: "said Al From")
    return 2 <= len(words) <= 3 and first_name_gender(words[0]) is not None \
        and body[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n")


def _passive_by(body: str, span: QuotedSpan, floor: int, ceiling: int, resolver: SpeakerResolver,
                sentence_start: int) -> _Attribution | None:
    """'The inquiry was described as “a political stunt” by John Carter': a passive characterising verb (data
    PASSIVE_CHARACTERISING) with "as" right before the quote, or one of PASSIVE_CHARACTERISING_BARE before a
    characterisation ("was branded “a circus” by X"), and its agent right after the quote: the agent is the speaker.
    Not when a speech verb already governs the clause ("Lind said the inquiry was dismissed as “…” by the
    minister": hers)."""
    opening = _opening(body, span)
    if _PASSIVE_ALL_ED and not _ED_SPACE.search(body, max(floor, opening - 40), opening):
        return None  # (every cue ends in "ed" and a space follows it: a cheap test first)
    before = _PASSIVE_BEFORE_QUOTE.search(body, max(floor, opening - 40), opening)
    if before is None:
        return None
    if not before.group("as") and not (before.group("cue").lower() in _PASSIVE_CHARACTERISING_BARE
                                       and _characterisation(body[span.start:span.end])):
        return None  # 'called “the goat track” by locals', 'dismissed “without any warning” by the trust'
    after = _BY_AFTER_QUOTE.match(body, span.outer_end, max(ceiling, span.outer_end))
    if after is None:
        return None
    np_start, np_end = trim_np(body, after.start("np"), after.end("np"))
    if not _speaker_np(resolver, body, np_start, np_end):
        return None
    governing = _left_attribution(body, floor, before.start(), resolver, sentence_start)
    if governing is not None and governing.resolution.known:
        return None
    resolution = resolver.resolve(np_start, np_end)
    if not resolution.known or not _speaking_phrase(body, resolution, resolver):
        return None
    return _Attribution(resolution, before.group("cue").lower(), True)


def _characterisation(text: str) -> bool:
    """Whether quoted words read as a characterisation: opening on "a"/"an" ("a circus") or on a lower-case content
    word ("reckless"), not on "the" or a capital (a name) nor on another function word (a circumstance: "without
    any warning", "in front of everyone")."""
    words = text.split()
    if not words:
        return False
    first = words[0].strip(",.;:!?’'\"”“‘").lower()
    if first in ("a", "an"):
        return True
    return words[0][:1].islower() and first not in FUNCTION_WORDS


_AS_OPENING = re.compile(r"as\s+(?=\S)")
_AS_CLAUSE = re.compile(r",\s+as\s+(?=\S)")
# Verbs that attribute a quote even from the next sentence ("…done.” Trump said.").
_CORE_CUES = speech_verbs.CORE


def _right_attribution(body: str, start: int, end: int, resolver: SpeakerResolver,
                       ends_sentence: bool) -> _Attribution | None:
    """'…,” he said', '…,” said Petrov', '…,” Hugh Hill, a doctor, said'."""
    text = body[start:end]
    if not text.strip():
        return None
    stripped = text
    while stripped and (stripped[0].isspace() or stripped[0] in ",—–-'"):
        stripped = stripped[1:]
    lead = len(text) - len(stripped)
    cue = _CUE.search(body, start + lead, min(end, start + lead + 200))
    while cue and (body[max(start, cue.start() - 4):cue.start()].lower().split()[-1:] == ["the"]
                   or _reporters_contact(body, start + lead, cue)):
        # "the accused said": a noun, then the cue; '“…,” a guard I asked said': the reporter's contact verb in
        # a clause saying who the source is, then the source's own verb
        cue = _CUE.search(body, cue.end(), min(end, start + lead + 200))
    if not cue:
        return None
    relayed = _QUOTED_AS.match(body, cue.start(), end)
    if relayed:  # '“…,” the broadcaster quoted her as saying': the paper relays, the one quoted speaks
        np_start, np_end = trim_np(body, relayed.start("np"), relayed.end("np"))
        if body[np_start:np_end].lower().startswith("by "):
            # '“…,” Kowal was quoted by BTA as saying': the passive's subject, between the quote and the verb
            np_start, np_end = trim_np(body, start + lead, _filler_end(body, start + lead, cue.start()))
            if np_end <= np_start or not _speaker_np(resolver, body, np_start, np_end):
                return None
        resolution = resolver.resolve(np_start, np_end)
        return _Attribution(resolution, "quoted", True, after=True) if resolution.known else None
    if cue.start() == start + lead and cue.group(0).endswith("ing"):
        # '“…,” saying the city …': the participle's subject is the sentence's; with no comma or dash between
        # them the -ing word may be a noun the quote modifies ("a ‘Danger to life’ warning"): no attribution
        if not re.search(r"[,;:\u2014\u2013-]", body[max(0, start - 3):start + lead]) \
                and _ing_noun_after_quote(body, cue.group(0), cue.end(), end):
            return None
        sentence_start = resolver.sentences[resolver.sentence_of(start - 1)][0]
        np = _clause_subject(body, sentence_start, start, resolver)
        if np and _speaker_np(resolver, body, *np):
            resolution = resolver.resolve(*np)
            if resolution.known:
                return _Attribution(resolution, cue.group(0), True)
        return None
    if cue.start() == start + lead:  # inverted: 'said Petrov', 'said a Carter confidant'
        if cue.group(0).lower() in _OBJECT_VERB_FORMS:
            return None  # '“terrible,” denounced her record': a verb with an object, not an inversion
        return _inverted_after(body, cue, end, resolver)
    if cue.group(0).lower() in LISTENER_PASSIVE_CUES \
            and _LISTENER_PASSIVE_BEFORE.search(body, max(start + lead, cue.start() - 28), cue.start()) \
            and "," not in body[start + lead:cue.start()]:
        return _told_listener(body, cue, end, resolver)
    if body[start + lead:cue.start()].rstrip().endswith(",") and cue.group(0) not in ("told", "tells", "telling"):
        # (after "told" comes the listener: "…,” Hill, a Democrat, told Mr. Reyes)
        # '“the end” for the EU, said Geert Wilders': a phrase finishing the quote, then the inverted cue
        found = _inverted_after(body, cue, end, resolver)
        if found:
            return found
    np_start, np_end = start + lead, cue.start()
    as_clause = _AS_OPENING.match(body, np_start, np_end) or _AS_CLAUSE.search(body, np_start, np_end)
    if as_clause:
        np_start = as_clause.end()  # "…,” as one adviser put it; a “river stop,” as the mayor suggested
    prefix = body[np_start:np_end]
    filler = _strip_filler(prefix)
    if (_ASIDE_TOPIC.fullmatch(filler) and _ASIDE_GOES_ON.match(body, cue.end())
            and (body[max(0, start - 4):start].rstrip(_CLOSING_MARKS)[-1:] or "x") in ".?!"):
        return None  # "“…” Her deputy, she says, disagrees.": an attribution aside inside the next sentence
        # (only after a quote that ended its sentence: "“Settle,” her lawyer, she says, told her." is attributed)
    np_end = np_start + len(filler)
    np_start, np_end = trim_np(body, np_start, np_end)
    relative = _SOURCE_RELATIVE.search(body, np_start, np_end)
    if relative and np_end > np_start and not valid_np(body, np_start, np_end) \
            and valid_np(body, np_start, relative.start()):
        # '“…,” a council engineer who inspected it on Monday said': an unnamed source and the relative clause
        # saying who it is
        found = resolver.resolve(np_start, relative.start())
        if found.label and not found.name:
            wider = resolver.source_label_end(relative.start())
            if wider <= np_end:
                found = resolver.resolve(np_start, wider)
            if found.label and not found.name:
                return _Attribution(found, _cue_text(body, cue.start(), cue.end()), True, after=True)
    if np_end <= np_start or not _speaker_np(resolver, body, np_start, np_end):
        return None
    if ends_sentence:
        # After a full stop, "Carter said that …", "Carter told the council the plan …" and "A spokesman said
        # it would …" open a new sentence with its own reported speech, not an attribution.
        sentence_end = resolver.sentences[resolver.sentence_of(cue.start())][1]
        after = body[cue.start() + len(_cue_text(body, cue.start(), cue.end())):sentence_end].split()
        if after and (after[0].lower() in _CLAUSE_OPENING_WORDS or after[0].startswith(":") or len(after) > 10
                      or any(word.endswith(":") for word in after[:6])):
            return None  # (and "X added: “…”", "X replied within minutes: “…”" introduce the next quote)
    if ends_sentence and body[np_start:np_end].lower() not in PRONOUNS:
        after = body[cue.end():end].split()
        if after and (after[0] == "that" or len(after) > 10):
            return None
        if cue.group(0).lower() not in _CORE_CUES:
            return None  # "…better.” Lopez spoke in May.": a new sentence about the person
    resolution = resolver.resolve(np_start, np_end)
    if not resolution.known:
        if body[np_start:np_end].lower() in ("it", "they", "he", "she"):
            # "“…,” it said" (or "he says") with nothing found for the pronoun: the quote has its own speaker,
            # unknown here, and never takes the person quoted before
            return _Attribution(Resolution(), _cue_text(body, cue.start(), cue.end()), True, after=True)
        return None
    if resolution.via == "pronoun" and resolution.name and cue.group(0).lower() in _ANSWER_CUES:
        resolution = _the_one_asked(body, resolution, np_start, resolver) or resolution
    return _Attribution(resolution, _cue_text(body, cue.start(), cue.end()), True, after=True)


def _told_listener(body: str, cue: re.Match, end: int, resolver: SpeakerResolver) -> _Attribution:
    """'“…,” this newspaper was told by Ann Bell', '“…,” the court was told': the passive's subject heard the
    words, so the agent after "by" is the speaker, and with no agent the quote stays open (nobody), never the
    listener; nor does a "by" phrase naming a means ("by video link from Madrid", data BY_MEANS_WORDS) speak."""
    agent = _BY_AFTER_QUOTE.match(body, cue.end(), max(end, cue.end()))
    if agent is not None:
        np_start, np_end = trim_np(body, agent.start("np"), agent.end("np"))
        means = _BY_MEANS_HEAD.match(body, np_start, np_end)
        if means is not None and all(word in _BY_MEANS_WORDS for word in means.group("head").split()):
            # "by video link (from Madrid)": a means, nobody; "by phone by accountant Luis Ortega": the second
            # "by" names the speaker. (A capital or a person noun in the head, "by Radio Maria presenter Anna
            # Kowalska", "by a telephone engineer", fails the match or the word check and so speaks.)
            if means.group("by") is None:
                return _Attribution(Resolution(), cue.group(0), True, after=True)
            np_start, np_end = trim_np(body, means.end("by"), np_end)
        if np_end > np_start and _speaker_np(resolver, body, np_start, np_end):
            resolution = resolver.resolve(np_start, np_end)
            if resolution.known:
                return _Attribution(resolution, cue.group(0), True, after=True)
    return _Attribution(Resolution(), cue.group(0), True, after=True)


def _reporters_contact(body: str, np_start: int, cue: re.Match) -> bool:
    """Whether the cue is the reporter's verb of meeting a source, in a clause without "that" after the source's
    noun ("a ministry official I asked | said"): "I" or "we" right before it, at least one word before that."""
    if cue.group(0).lower() not in REPORTER_CONTACT_VERBS:
        return False
    words = body[np_start:cue.start()].split()
    return len(words) >= 2 and words[-1] in ("I", "we") and words[-2][:1].isalpha()


# an unnamed source's relative clause before the verb: "a council engineer | who inspected it"
_SOURCE_RELATIVE = re.compile(r"(?<=[a-z])\s+who\s")


# "Host Jake Tapper pressed Senator Tom Reyes on the deficit.": a question put to someone named as its object.
_ASKING = re.compile(r"\b(?:asked|asks|pressed|presses|questioned|questions|quizzed|grilled|challenged|challenges|"
                     r"interviewed)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")  # (titles before the name: "pressed Senator")


def _the_one_asked(body: str, resolution: Resolution, position: int, resolver: SpeakerResolver) -> Resolution | None:
    """'X asked Y about the deficit. “…,” he replied.': the one who answers is the one asked, not the asker the
    pronoun found as the sentence's subject, when both fit its gender."""
    sentence = resolver.sentence_of(position)
    for index in (sentence, sentence - 1):
        if index < 0:
            continue
        start, end = resolver.sentences[index]
        for mention in resolver.mentions_in(resolver.look_back_floor(start, position), min(end, position)):
            if mention.person.name == resolution.name or resolver.is_quoted(mention.start):
                continue
            if _ASKING.search(body, max(start, mention.start - 60), mention.start) \
                    and resolver._compatible(mention.person, resolver.genders.get(resolution.name)):
                return Resolution(name=mention.person.name, start=resolution.start, end=resolution.end,
                                  via="pronoun", doubtful=True)
    return None


# A quantifier and "of": the head of a partitive phrase ("one of the people", "two of the officials").
_PARTITIVE = re.compile(r"\s*(?:one|two|three|four|some|several|many|most|few|none|each|either|neither|any|all"
                        r"|another)\s+of", re.IGNORECASE)



_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z’']+)")


def _ing_noun_after_quote(body: str, word: str, position: int, end: int) -> bool:
    """Whether an -ing word right after a quote, no comma between, is a noun the quote modifies: one of
    `ING_NOUNS` not taking an object or a clause ('a “Danger to life” warning for the estuary', not '“Leave”
    warning them'), or another -ing word followed by what a noun takes, a preposition, its own verb or nothing
    ('a “Keep off” marking on the sand'); otherwise a participle ('“We will be back” saying it twice')."""
    following = _NEXT_WORD.match(body, position, end)
    nxt = following.group(1).lower() if following else ""
    if nxt in _ING_VERB_COMPLEMENTS:
        return False
    return word.lower() in _ING_NOUNS or not nxt or nxt in _ING_NOUN_FOLLOWERS


# Capitalised words joined by "and", "&" or a list's commas, then a title word (capitalised or not) right before a
# name: "Energy and Natural Resources Minister", "Culture, Arts and Heritage Minister", "Parks and Recreation director"
_COORDINATED_TITLE = re.compile(r"(?:[A-Z][\w’'-]*,?\s+(?:(?:and|&)\s+)?)+(?:[a-z][\w-]*\s+)?")


def _coordinated_title_end(body: str, np_start: int, np_end: int, end: int, resolver: SpeakerResolver) -> int | None:
    """'said Energy and Natural Resources Minister Kemal Aksoy': a phrase cut at a coordinating "and" or comma that
    names no one is a title's portfolio when capitalised words (a title word last) run from it straight into a
    person's name; the phrase then ends where the name's own phrase ends (two people coordinated keep the first:
    a name stands before the "and")."""
    while np_start < np_end and body[np_start].isspace():
        np_start += 1
    if resolver.mentions_in(np_start, np_end) or not body[np_start:np_start + 1].isupper():
        return None
    following = [m for m in resolver.mentions_in(np_end, end) if m.person is not None]
    if not following:
        return None
    mention = following[0]
    title = _COORDINATED_TITLE.fullmatch(body, np_start, mention.start)
    words = body[np_start:mention.start].replace(",", " ").split()
    if not title or not ({"and", "&"} & set(words) or "," in body[np_start:mention.start]) \
            or words[-1].lower() not in TITLE_HEADS and words[-1].lower() not in ROLE_NOUNS:
        return None
    last_and = max((i for i, word in enumerate(words) if word in ("and", "&")), default=None)
    if last_and is not None and last_and + 1 < len(words) \
            and last_and >= 1 and opens_own_title(words[last_and - 1], words[last_and + 1:]):
        return None  # "said Britain and Foreign Secretary David Lammy": two speakers, the first kept
    stop = _NP_STOP.search(body, mention.end, end)
    return stop.start() if stop else end


def _inverted_after(body: str, cue: re.Match, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """The speaker named right after a finite speech verb: 'said Petrov', 'said a Carter confidant'."""
    np_start = cue.end()
    stop = _NP_STOP.search(body, np_start + 1, end) if np_start + 1 < end else None
    if stop and _PARTITIVE.fullmatch(body, np_start, stop.end()):
        # "said one of the people, who …", "said two of the officials": the phrase runs on past its "of"
        stop = _NP_STOP.search(body, stop.end(), end)
    np_end = stop.start() if stop else end
    titled = _coordinated_title_end(body, np_start, np_end, end, resolver) if stop else None
    if titled is not None:
        np_end = titled
    elif stop and organisation_head(body[np_start:np_end].split()[-1:][0].lower() if body[np_start:np_end].split()
                                   else "") and body[np_start:np_end].split()[-1][:1].isupper() \
            and not resolver.mentions_in(np_start, np_end):
        # "said the Ministry of Agriculture, Land and Fisheries": a body's name goes on past its "of" (a person's
        # name does not: "said Paul Devlin of the sheriff's office")
        goes_on = _BODY_NAME_GOES_ON.match(body, np_end, end)
        if goes_on:
            np_end = goes_on.end()
    np_start, np_end = trim_np(body, np_start, np_end)
    np_end = _named_apposition_end(body, np_start, np_end, end, resolver)
    if np_end > np_start and _speaker_np(resolver, body, np_start, np_end, strict_end=False) \
            and (_inverted_np_ok(body, np_start, np_end) or _person_plural(body[np_start:np_end].split()[0])):
        # (a bare plural naming people is a speaker too: "said residents of the quay", "said nurses")
        resolution = resolver.resolve(np_start, np_end)
        if resolution.label and not resolution.name and (body[np_start:np_end].split()[-1].lower() in PERSON_NOUNS
                                                         or _person_plural(label_core(body[np_start:np_end])[-1])
                                                         or re.match(r"\s+who\s", body[np_end:np_end + 6])):
            # "said an engineer at the port", "says a planner who worked on the plan": the words saying who an
            # unnamed source is belong to its label (the phrase was cut before them)
            wider = resolver.source_label_end(np_end)
            if wider > np_end:
                widened = resolver.resolve(*trim_np(body, np_start, wider))
                if widened.label and not widened.name:
                    resolution = widened
        if resolution.known:
            return _Attribution(resolution, _cue_text(body, cue.start(), cue.end()), True, after=True)
    return None


def _left_attribution(body: str, start: int, end: int, resolver: SpeakerResolver,
                      sentence_start: int | None = None) -> _Attribution | None:
    """'X said: “…', 'X said, “…', 'X says the candidate has “…', 'Tass quoted X as saying “…', 'Said X, “…'.

    `start` may be the end of a previous quote in the same sentence; `sentence_start` is then where the
    sentence's subject is ("X, noting that “…,” added: “…")."""
    if end - start < 3:
        return None
    if sentence_start is None:
        sentence_start = start
    quoted_as = None
    for match in _QUOTED_AS.finditer(body, start, end):
        quoted_as = match
    if quoted_as:
        np_start, np_end = trim_np(body, quoted_as.start("np"), quoted_as.end("np"))
        if body[np_start:np_end].lower().startswith("by "):
            # "Kowal was quoted by state news agency BTA as saying": the passive's subject is the one quoted
            subject = _np_before(body, start, quoted_as.start())
            np_start, np_end = subject if subject is not None else (np_start, np_start)
        resolution = resolver.resolve(np_start, np_end) if np_end > np_start else Resolution()
        if resolution.known:
            return _Attribution(resolution, "quoted", True)
    caused = _caused_speaker(body, start, end, resolver)
    if caused is not None:
        return caused
    opening = _OPENING_PARTICIPLE.match(body, sentence_start, end) if start <= sentence_start else None
    if opening:
        # "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest …": a participle
        # opening the sentence has the main clause's subject, named after the quote
        subject = _main_subject_after(body, sentence_start, end, resolver)
        if subject is not None:
            return _Attribution(subject, opening.group("cue").lower(), True)
    initial = _SAID_INITIAL.match(body, start, end)
    if initial and initial.group("apposition") and _CUE.search(initial.group("apposition")):
        initial = None  # "Said to be ill, Carter wrote:": the cue closing the line has its own subject
    if initial and _speaker_np(resolver, body, *initial.span("np"), strict_end=False):
        resolution = resolver.resolve(*initial.span("np"))
        if resolution.known:
            return _Attribution(resolution, initial.group("cue").lower(), True)
    # ("the rampant blame that …, saying": a bare form read as a noun is no verb of the sentence)
    put = None
    # (its subject may hold a quoted title; the bound keeps a huge sentence from being read again per quote)
    for put in _AS_PUT_IT.finditer(body, resolver.look_back_floor(sentence_start, end), end):
        pass
    if put:  # "As Akhil Amar, a professor at Yale, put it, “…”"
        np_start, np_end = trim_np(body, put.start("np"), put.end("np"))
        if _speaker_np(resolver, body, np_start, np_end):
            resolution = resolver.resolve(np_start, np_end)
            if resolution.known:
                return _Attribution(resolution, "put it", True)
    # (the pattern ends on a comma or colon before the quote: a cheap test first)
    saying = _AS_SAYING.search(body, max(start, end - 200), end) \
        if body[max(start, end - 200):end].rstrip()[-1:] in (",", ":") else None
    if saying and not _opens_clause(body, saying.start(), start):
        saying = None
    if saying:  # "As Lopez likes to say, “…”", "As they say about the doctor, “…”"
        np_start, np_end = trim_np(body, saying.start("np"), saying.end("np"))
        np = body[np_start:np_end]
        if np.lower() in _GENERIC_SAYERS:
            return _Attribution(Resolution(label=np, start=np_start, end=np_end, via="label"),
                                saying.group("cue").lower(), True)
        if _speaker_np(resolver, body, np_start, np_end):
            resolution = resolver.resolve(np_start, np_end)
            if resolution.known:
                return _Attribution(resolution, saying.group("cue").lower(), True)
    # (the pattern ends on "as" and maybe an article, then a space, before the quote: a cheap test first)
    window = body[max(start, end - 120):end]
    characterised = _CHARACTERISED_AS.search(body, max(start, end - 120), end) \
        if window[-1:].isspace() and window.rstrip().endswith(("as", "a", "an", "the")) else None
    if characterised and not _NOT_FINITE_BEFORE.search(body, max(start, characterised.start() - 12),
                                                        characterised.start()):
        # "X painted his rival as “weak”": X's word for the rival (not "was painted as", "to paint it as")
        subject = _np_before(body, sentence_start, characterised.start())
        if subject is not None and not _speaker_np(resolver, body, *subject):
            subject = None
        resolution = resolver.resolve(*subject) if subject is not None else Resolution()
        if resolution.known:
            return _Attribution(resolution, _cue_text(body, *characterised.span("cue")), True)
    found = list(_CUE.finditer(body, start, end))
    found = sorted(found + _s_forms_after_subject(body, start, end, resolver) + _bare_tell(body, start, end),
                   key=lambda cue: cue.start())
    if _TITLE_CASE_LINE.fullmatch(body, sentence_start, end):
        # "Hillary Clinton Praised “…”", "Clinton Said That The Blame …": a line set in title case writes its
        # speech verb capitalised
        found = sorted(found + list(_CUE_TITLE.finditer(body, start, end)), key=lambda cue: cue.start())
    cues = [cue for cue in found
            if cue.group(0).lower() not in speech_verbs.LEMMAS or not _noun_use(body, start, cue.start())
            or _possessor_before(body, start, cue.start(), resolver) is not None]
    if cues and not cues[-1].group(0).endswith("ing") and _np_before(body, start, cues[-1].start()) is None:
        # inverted: '…, explained Rosenberg, “…' (but 'Politico reveals a few facts: “…' has its subject first)
        inverted = _INVERTED_LEFT.fullmatch(body, cues[-1].end(), end)
        if inverted and _speaker_np(resolver, body, *inverted.span("np"), strict_end=False) \
                and _inverted_np_ok(body, *inverted.span("np")):
            resolution = resolver.resolve(*inverted.span("np"))
            if resolution.known:
                return _Attribution(resolution, _cue_text(body, cues[-1].start(), cues[-1].end()), True)
    thing_cue = None  # the cue of a clause whose subject is a thing, not a speaker
    for position, cue in reversed(list(enumerate(cues))):
        word = cue.group(0).lower()
        reports = _REPORTS_IN.match(body, cue.start(), end)
        if reports:  # "denied reports in the Russian press that …": the press is the source
            resolution = resolver.resolve(*trim_np(body, reports.start("np"), reports.end("np")))
            if resolution.known:
                return _Attribution(resolution, word, True)
        if word in ("reports", "report"):
            continue
        if word in speech_verbs.OUTCOME_FORMS and any(_reports_a_clause(body, c, end, cue.start())
                                                          for c in cues[:position]):
            continue  # "X said the two sides had agreed on “…”": an outcome inside X's words is X's to report
        if word in speech_verbs.OUTCOME_FORMS:
            denied = [m for m in _DENIED_NOUN.finditer(body, sentence_start, cue.start())
                      if not _OUT_OF_CLAUSE.search(body, m.end(), cue.start())]
            if denied:
                # "Holt rejected claims that Vik had agreed …, calling the story “…”": the denier's words
                np = _np_before(body, start, denied[-1].start("verb"))
                if np is not None and _speaker_np(resolver, body, *np):
                    resolution = resolver.resolve(*np)
                    if resolution.known:
                        return _Attribution(resolution, _cue_text(body, *denied[-1].span("verb")), True)
                continue
        if _ABSOLUTE_OPENING.match(body, sentence_start, cue.start()) and "," in body[cue.end():end]:
            continue  # "With Democratic leaders worried about …, Obama is rolling out a message: “…”"
        if word in speech_verbs.LEMMAS and _noun_use(body, start, cue.start()):
            # "Trump’s claim that …": the bare form is a noun here; a named possessor is the one whose words
            # these are.
            possessor = _possessor_before(body, start, cue.start(), resolver)
            if possessor is not None:
                return _Attribution(possessor, _cue_text(body, cue.start(), cue.end()), True)
            continue
        if word.endswith("ed") and _PASSIVE_BEFORE.search(body, max(start, cue.start() - 12), cue.start()):
            continue  # "was called by the party": passive, not the speaker's own verb
        if word in ("found", "finds", "find", "finding", "concluded", "concludes", "shows", "showed", "show") \
                and not re.match(r"\s+that\b", body[cue.end():end]):
            continue  # a finding reports speech only as "found that …"
        if word.startswith("call") and not _naming_with_object(body, cue.end(), end):
            relative = _WHAT_X_CALLED.search(body, start, cue.start())
            if relative and _speaker_np(resolver, body, *relative.span("np"), strict_end=False):
                resolution = resolver.resolve(*relative.span("np"))
                if resolution.known:  # "what Carter called “a disgrace”": Carter's words
                    return _Attribution(resolution, _cue_text(body, cue.start(), cue.end()), True)
            continue
        before_end = _filler_end(body, start, cue.start())
        before = body[max(start, before_end - 3):before_end]  # its last characters: only they are read
        if _PARTICIPLE.search(word) and before.endswith(","):
            # "The deal was signed, said Lena Vogt, adding: …": the inverted attribution just before names him
            inverted = _INVERTED_BEFORE_PARTICIPLE.search(body, start, before_end)
            named = [m for m in resolver.mentions_in(*inverted.span("np")) if not resolver.is_quoted(m.start)] \
                if inverted else []
            if named:
                return _Attribution(resolver.resolve(named[0].start, named[0].end),
                                    _cue_text(body, cue.start(), cue.end()), True)
        if _PARTICIPLE.search(word) and before.endswith(",") and any(
                not _PARTICIPLE.search(c.group(0)) for c in cues[:position]):
            continue  # "Republicans are missing, Trump suggested, musing …": the earlier verb has the subject
        if _PARTICIPLE.search(word) and (before.endswith(",") or word in _BY_SPEAKING and before.endswith(" by")) \
                or _ends_with_word(body, start, before_end, _CONJUNCTIONS) or before_end == start:
            # "X emailed supporters, telling them", "X ended by saying", "X returned and declared",
            # "X, noting “…,” added:": the clause's subject speaks.
            if before.endswith(" by"):  # "…, although Hill won the day by declaring": the nearest subject
                subjects = [m for m in resolver.mentions_in(sentence_start, cue.start())
                            if not resolver.is_object(m) and not resolver.is_quoted(m.start)]
                if subjects:
                    mention = subjects[-1]
                    return _Attribution(resolver.of_mention(mention),
                                        _cue_text(body, cue.start(), cue.end()), True)
            np = _clause_subject(body, sentence_start, cue.start(), resolver)
        else:
            np = _np_before(body, start, cue.start())
            if np is not None and _PARTICIPLE.search(word):
                np = _leading_name(body, *np, resolver)  # "Lopez sent an email saying"
            if np is not None:
                np = (np[0], _before_of_phrase(body, *np, resolver))
            if np is not None:
                np = _contact_clause_subject(body, *np, resolver)
            if np is not None:
                np = _name_given_subject(body, start, *np)
        if np is not None and not _speaker_np(resolver, body, *np):
            if _gerund_clause(body[np[0]:np[1]].split(",")[0].split()):
                continue  # "White Ohio embracing Kerr announced": not Kerr, who is the participle's object
            mention = _name_just_before(resolver, *np) or (
                _gerund_subject(body, resolver, *np) if word.endswith("ing") else None)
            if mention:
                return _Attribution(resolver.of_mention(mention),
                                    _cue_text(body, cue.start(), cue.end()), True)
            continue
        if np is None and len(body[cue.end():end].split()) <= 2:
            # (only right before the quote: 'told a young woman who suggested that …, that “…”' is the teller's)
            np = _relative_antecedent(body, sentence_start, cue.start())
        if np is None:
            continue
        resolution = resolver.resolve(*np)
        if resolution.known and not _speaking_phrase(body, resolution, resolver):
            # "the revised budget reflected “…”": a thing is no speaker, the next cue may name one; if none
            # does, the quote is kept with its speaker unknown
            thing_cue = thing_cue or _cue_text(body, cue.start(), cue.end())
            continue
        if resolution.known:
            return _Attribution(_with_relative_clause(body, resolution, np[1], cue.start(), resolver),
                                _cue_text(body, cue.start(), cue.end()), True)
    for match in _REPORTS_IN.finditer(body, start, end):
        np_start, np_end = trim_np(body, match.start("np"), match.end("np"))
        resolution = resolver.resolve(np_start, np_end)
        if resolution.known and resolution.label:
            return _Attribution(resolution, "reports", True)
    view = None
    for view in _IN_ONES_VIEW.finditer(body, start, end):
        pass
    if view:  # "In his view, the plan “has failed”"
        resolution = resolver.resolve(*view.span("np"))
        if resolution.known:
            return _Attribution(resolution, "in " + view.group("np").lower() + " view", True)
    match = None
    for match in _ACCORDING_LEFT.finditer(body, start, end):
        pass
    if match:
        np_start, np_end = trim_np(body, match.start("np"), match.end("np"))
        # "According to a police spokesman, Inspector Ruth Hale, “…”": the description's name
        np_end = _named_apposition_end(body, np_start, np_end, end, resolver)
        resolution = resolver.resolve(np_start, np_end)
        if resolution.known:
            return _Attribution(resolution, "according to", True)
    if thing_cue is None:
        return None
    # the clause's subject was a thing ("as thousands began queuing"): the person opening the sentence's main
    # clause speaks ("Ostrova, on a tour of the south as thousands began queuing, attacked the “dishonest”
    # pollsters"); else the quote is kept with its speaker unknown
    opening = sentence_start if sentence_start is not None else start
    subject = _main_subject_after(body, opening, opening, resolver)
    return _Attribution(subject or Resolution(), thing_cue, True, thing_subject=subject is None)


# "The audit prompted Senator X to state, “…”": a causative verb, its object (maybe with a relative clause: "X, who
# chairs the panel,"), and a speech verb in the infinitive right before the quote (an adverb may come between: "to
# publicly say"); the verb may take a one-word object or a short prepositional phrase when a comma or colon then
# introduces the quote ("to tell reporters,", "to write on social media:"), not a clause ("to say the mayor told her,").
_CAUSED_SAYING = re.compile(
    r"\b(?:" + "|".join(sorted(_CAUSATIVE_VERBS)) + r")\s+(?P<np>[^,.;:!?\"“”]{2,80}?)"
    r"(?:,\s+(?:who|which)\s+[^,;:!?\"“”]{1,100},)?\s+to\s+(?:[a-z]+ly\s+)?"
    r"(?P<cue>" + "|".join(speech_verbs.longest_first(speech_verbs.LEMMAS)) + r")"
    r"(?:\s*[,:]?|\s+(?:(?:the\s+|his\s+|her\s+|their\s+)?[a-z][\w'’-]*"
    r"|(?:on|in|to|at|via|with|through)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*[,:])\s*$")


def _caused_speaker(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """The object of a causative verb speaks when a speech verb in the infinitive introduces the quote ("The
    scandal forced Tom Reyes to admit: “…”" is Reyes's), whatever the causative's own subject is."""
    match = _CAUSED_SAYING.search(body, max(start, end - 260), end)
    if match is None:
        return None
    np_start, np_end = trim_np(body, *match.span("np"))
    if np_end <= np_start or not _speaker_np(resolver, body, np_start, np_end):
        return None
    resolution = resolver.resolve(np_start, np_end)
    return _Attribution(resolution, match.group("cue").lower(), True) if resolution.known else None


# An absolute phrase opening the sentence ("With leaders increasingly worried about it, …"): its verb has its
# own subject, not the speaker of a quote in the main clause.
_ABSOLUTE_OPENING = re.compile(r"[\s\"“”‘’']*(?:With|Without|Amid)\s+[^,;:\"“”]+$")
_AS_PUT_IT = re.compile(r"\b[Aa]s\s+(?P<np>[^;:!?\n]{2,160}?)\s+(?:once\s+|has\s+|had\s+)?puts?\s+it\s*[,:]")
# "As X likes to say, “…”", "As they say about the doctor, “…”": an "as" clause of saying right before the opening
# mark, opening a clause (not "who identified herself only as Nell said:"); its subject is the speaker, a generic
# "they" or "people" the label (the verbs: data AS_SAYING_VERBS)
_AS_SAYING = re.compile(r"\b[Aa]s\s+(?P<np>[^;:!?\n,\"“”]{2,80}?)\s+(?:(?:likes|liked|loves|loved|used)\s+to\s+|"
                        r"(?:is|was)\s+fond\s+of\s+|once\s+|often\s+|always\s+|would\s+)?(?P<cue>"
                        + "|".join(speech_verbs.longest_first(speech_verbs.AS_SAYING_VERBS))
                        + r")(?:\s+(?:about|of)\s+[^,;:!?\n\"“”]{2,60}?)?\s*[,:]\s*$")
_GENERIC_SAYERS = frozenset({"they", "people", "folks", "the saying", "the old saying"})
_IN_ONES_VIEW = re.compile(r"\b[Ii]n\s+(?P<np>his|her|their|its)\s+(?:view|opinion|words|estimation)\s*,")


_SENTENCE_FINAL = re.compile(
    r",\s+(?P<np>" + _NP_CHARS + r"{2,60}?)\s+(?:also\s+|later\s+)?(?P<cue>" + alternation_by_first_letter(speech_verbs.SENTENCE_FINAL)
    + r"|told\s+[^,.;:!?\"“”]{1,30}?)"
    r"(?:" + _TIME_WORDS.pattern + r")?\s*[.!]?\s*$"
)


# An unnamed source and the clause giving the only name it goes by, right before that name: "A man who gave his
# name only as | Tomas | said" (`unnamed_sources.NAME_GIVING_BEFORE_AS`)
_NAME_GIVEN_BEFORE = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+who\s+[^,.;:!?\"“”\n]{1,60}?"
    r"\b(?:" + "|".join(NAME_GIVING_BEFORE_AS) + r")(?:\s+only)?\s+as\s+)$")


def _name_given_subject(body: str, floor: int, start: int, end: int) -> tuple[int, int]:
    """The subject phrase widened back to the unnamed source whose clause gives the name it opens with: the
    source speaks, under the label that says who it is, not the bare name it gave."""
    match = _NAME_GIVEN_BEFORE.search(body, max(floor, start - 120), start)
    if match and (_person_plural(match.group("noun")) or match.group("noun") in PERSON_NOUNS):
        return match.start("np"), end
    return start, end


def _with_relative_clause(body: str, resolution: Resolution, np_end: int, cue_start: int,
                          resolver: SpeakerResolver) -> Resolution:
    """'An engineer who worked on the dam said': the relative clause without a comma that says who an unnamed
    source is belongs to its label, before the verb as after the quote ('…,” says a planner who worked on the
    plan'); one that only says why the source is not named does not (`SpeakerResolver.source_label_end`)."""
    if not resolution.label or resolution.name or not re.match(r"\s+who\s", body[np_end:np_end + 6]):
        return resolution
    wider = resolver.source_label_end(np_end)
    if not np_end < wider <= cue_start:
        return resolution
    widened = resolver.resolve(*trim_np(body, resolution.start if resolution.start is not None else np_end, wider))
    return widened if widened.label and not widened.name else resolution


def _sentence_final_attribution(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """'“…” and fund the repairs, Mr. Carter said.': the reporter's words after the quote run on, and the
    speaker closes the sentence."""
    match = _SENTENCE_FINAL.search(body, start, end)
    if not match:
        return None
    np_start, np_end = trim_np(body, *match.span("np"))
    if np_end <= np_start or not _speaker_np(resolver, body, np_start, np_end):
        return None
    resolution = resolver.resolve(np_start, np_end)
    if not resolution.known:
        return None
    return _Attribution(resolution, _cue_text(body, match.start("cue"), match.start("cue") + len(
        match.group("cue").split()[0])), True)


# Verbs that report speech or name the quote as their object ("said", "claimed", "called"): the speaker of a
# partial quote they govern, whatever follows it.
_REPORTING_CUES = _CORE_CUES | frozenset(speech_verbs.THAT) | speech_verbs.OBJECT_VERB_FORMS


def _closing_attribution(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """'…, with “very little warning”, the weather office says.': the speaker named right after the closing mark,
    ending the quote's sentence."""
    sentence_end = resolver.sentences[resolver.sentence_of(start)][1]
    match = _SENTENCE_FINAL.match(body, start, min(end, sentence_end))
    if not match:
        return None
    return _sentence_final_attribution(body, start, min(end, sentence_end), resolver)


# A quote signed after a dash at the end of its paragraph: '“Great service.” — Ann Brook, Ohio'.
_SIGNATURE = re.compile(
    r"[ \t]*(?:--?|\u2013|\u2014|\u2015)[ \t]*(?P<np>[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|of|de|van|von)){0,4})"
    r"[ \t]*(?:,[^\n]{0,80})?[ \t]*$"
)


def _signature(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    match = _SIGNATURE.match(body, start, end)
    if not match:
        return None
    np_start, np_end = trim_np(body, *match.span("np"))
    if np_end <= np_start or not _speaker_np(resolver, body, np_start, np_end, strict_end=False):
        return None
    resolution = resolver.resolve(np_start, np_end)
    return _Attribution(resolution, None, True) if resolution.known else None


_LINE_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)?")  # the next line, or the line after one blank line
_ONLY_SPACE = re.compile(r"\s*")


def _signature_next_line(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """'Quotes:\n“…”\n- Ana Lind, Mayor, Town of Varna': a news release signs the quote that fills its line on the
    line right after it (the body may have made it a paragraph of its own), opened by a dash; only a person of the
    article signs so (a list item after the quote, "- Harbour Works Fund, 2026 budget", is no signature)."""
    gap = _LINE_GAP.match(body, end)
    if gap is None or not _ONLY_SPACE.fullmatch(body, start, end):  # (a match, no slice: one paragraph may be long)
        return None
    line_end = body.find("\n", gap.end())
    line_end = len(body) if line_end < 0 else line_end
    found = _signature(body, gap.end(), line_end, resolver)
    return found if found is not None and found.resolution.name else None


# A pull quote signed on its own last line, inside the marks: '“… balanced budgets.\nAnn Brook, Center for Policy.”'
# (the line break may end the span, unclosed, and the closing mark end the signature's line)
_SIGNED_LINE = re.compile(r"\n[ \t]*(?P<np>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,3})[ \t]*,[ \t]*[A-Z][^\n,\"“”]{2,80}"
                          r"(?:[.]?[ \t]*$|[.]?[\"”][ \t]*(?=\n|$))")


def _signed_inside(body: str, span: QuotedSpan, resolver: SpeakerResolver) -> _Attribution | None:
    """The quote's last line is a signature: a person's name (a known given name first), a comma and where they
    work."""
    match = _SIGNED_LINE.search(body, span.start, span.end) if span.closed \
        else _SIGNED_LINE.match(body, span.end, body.find("\n", span.end + 1) % (len(body) + 1))
    if not match or first_name_gender(match.group("np").split()[0]) is None:
        return None
    resolution = resolver.resolve(*trim_np(body, *match.span("np")))
    return _Attribution(resolution, None, True) if resolution.known else None


_PREVIOUS_SAID = re.compile(
    r"\b(?P<cue>" + alternation_by_first_letter(speech_verbs.PREVIOUS_SENTENCE) + r"|told\s+[^.!?\"“”]{1,30}?)"
    r"(?:\s+(?:in|on|at|during|to)\s+[^.!?\"“”]{1,40}?)?\s*\.\s*$"
)


def _previous_sentence_attribution(body: str, spans: list[QuotedSpan], index: int, left_start: int, left_end: int,
                                   resolver: SpeakerResolver) -> _Attribution | None:
    """'X, the party's spokesman, said in a statement. “…': a sentence ending in its speech verb introduces
    the quote that opens the next one."""
    span = spans[index]
    if body[left_start:left_end].strip():
        return None
    floor = span.paragraph_start
    if index and spans[index - 1].paragraph_start == span.paragraph_start:
        floor = spans[index - 1].outer_end
    match = _PREVIOUS_SAID.search(body, max(floor, left_end - 300), left_end)
    if not match:
        # "Ms. Lopez said she wanted to be realistic. “…”": the quote goes on from a named person's reported
        # speech in the sentence before it.
        previous = resolver.sentence_of(left_end) - 1
        if previous < 0 or floor != span.paragraph_start or resolver.sentences[previous][1] <= floor:
            return None  # after another quote in the paragraph, the quote takes that one's speaker instead
        start, end = resolver.sentences[previous]
        asked = _ASKED_PASSIVE.search(body, max(start, floor), end)
        if asked:
            # "Crane was asked about the deal by Senator Lutz. “Why …?”": a question after it is the named asker's
            asker = _asker(body, span, asked.end(), end, resolver)
            if asker is not None:
                return asker
            # "Crane was asked about the deal. “…”": the one asked answers (the asker is someone else)
            np = _np_before(body, max(start, floor), asked.start())
            if np is not None and _speaker_np(resolver, body, *np):
                resolution = resolver.resolve(*np)
                if resolution.name:
                    return _Attribution(resolution, None, False, continuation="same paragraph")
        first_cue = _CUE.search(body, max(start, floor), end)
        if first_cue is None:
            return None
        found = _left_attribution(body, max(start, floor), first_cue.end(), resolver)
        if found and found.resolution.name:
            return _Attribution(found.resolution, None, False, continuation="same paragraph")
        return None
    sentence_start = max(floor, resolver.sentences[resolver.sentence_of(match.start())][0])
    np = _np_before(body, sentence_start, match.start())
    if np is None or not _speaker_np(resolver, body, *np):
        return None
    resolution = resolver.resolve(*np)
    if not resolution.known:
        return None
    return _Attribution(resolution, _cue_text(body, match.start("cue"), match.start("cue") + len(
        match.group("cue").split()[0])), True)


# "Crane was asked about the deal", "Dunn was later asked whether …": a passive "asked" whose subject answers
_ASKED_PASSIVE = re.compile(r"\s(?:was|were|is|are|being|been)\s+(?:[a-z]+ly\s+|later\s+|also\s+|then\s+)?asked\b")
_BY_AGENT = re.compile(r"\bby\s+")


def _asker(body: str, span: QuotedSpan, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """The agent of a passive "asked" ("… was asked about the deal by Senator Bo Lutz.") when the quote after it
    is a question: the asker's own question, not the answer of the one asked."""
    if not body[span.start:span.end].rstrip(" \"”’'").endswith("?"):
        return None
    agent = _BY_AGENT.search(body, start, end)
    if agent is None:
        return None
    mentions = [m for m in resolver.mentions_in(agent.end(), end) if not resolver.is_quoted(m.start)]
    if not mentions or mentions[0].start - agent.end() > 40:
        return None
    resolution = resolver.resolve(mentions[0].start, mentions[0].end)
    return _Attribution(resolution, None, False, continuation="same paragraph") if resolution.name else None


def _colon_attribution(body: str, span: QuotedSpan, left_start: int, left_end: int,
                       resolver: SpeakerResolver) -> _Attribution | None:
    """'X issued the following statement: “…', 'Trump: “…', or such a line closing the previous paragraph."""
    left = body[left_start:left_end].rstrip()
    if not left and _opening(body, span) == span.paragraph_start and span.paragraph_start > 1:
        previous_end = _previous_line_end(body, span.paragraph_start)
        if not previous_end:
            return None
        line_start = body.rfind("\n", 0, previous_end) + 1
        if body[previous_end - 1] == ":":
            sentence_start = resolver.sentences[resolver.sentence_of(previous_end - 1)][0]
            found = _containing_thing(body, max(line_start, sentence_start), previous_end - 1, resolver) \
                or _left_attribution(body, max(line_start, sentence_start), previous_end - 1, resolver) \
                or _subject_before_colon(body, max(line_start, sentence_start), previous_end - 1, resolver)
            if found:
                return found
        return _name_line(body, line_start, previous_end, resolver)
    if not left.endswith(":") and not _COMMUNICATION_COMMA.search(left):
        return None
    return _containing_thing(body, left_start, left_start + len(left) - 1, resolver) \
        or _subject_before_colon(body, left_start, left_start + len(left) - 1, resolver)


# "…, the website for the campaign, which contains the following statement:": a relative clause saying a thing holds
# the words the colon gives (data CONTAINING)
_CONTAINS_FOLLOWING = re.compile(r",\s+(?:which|that)\s+(?:also\s+)?(?:" + "|".join(CONTAINING)
                                 + r")\s+(?:the\s+following|this|these)(?:\s+[a-z]+){0,2}\s*$")


def _containing_thing(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """The thing a colon's relative clause says holds the words ("She shared cleanriver.org, the site for the
    campaign, which contains the following statement:" → the site), not the person who shared it."""
    match = _CONTAINS_FOLLOWING.search(body, max(start, end - 80), end)
    if match is None:
        return None
    np = _np_before(body, start, match.start() + 1)
    if np is None or np[1] < match.start():
        # ("Wenn posted dunewatch.org, the website …": the phrase before an issuing verb is its issuer, not the thing)
        np = start, match.start()
    np = trim_np(body, _object_start(body, np[0], np[1]), np[1])
    resolution = resolver.resolve(*np)
    return _Attribution(resolution, None, True) if resolution.known else None


def _object_start(body: str, start: int, end: int) -> int:
    """Where the thing's own phrase starts in a phrase running from the sentence's start ("The campaign pointed
    readers to savethemarsh.org, the website …" → "savethemarsh.org, the website …"): after the last verb ("-ed" form,
    auxiliary), function word other than a determiner, or comma before the thing's apposition (a last comma that a
    determiner follows)."""
    head_end = end
    comma = body.rfind(",", start, end)
    if comma >= 0 and body[comma + 1:end].split()[:1] and (
            body[comma + 1:end].split()[0] in _QUOTED_WORDS_DETERMINERS | _POSSESSIVES):
        head_end = comma
    cut = start
    for word in re.finditer(r"[^\s,]+|,", body[start:head_end]):
        token = word.group(0)
        if token == "," or token[:1].islower() and (
                token in FUNCTION_WORDS and token not in _QUOTED_WORDS_DETERMINERS and token not in _POSSESSIVES
                or VERB_LIKE.fullmatch(token)):
            cut = start + word.end()
    return cut


# "Kovac: Listen to drivers. “…”": a transcript turn's label, a short name and a colon opening the paragraph
_TURN_LABEL = re.compile(r"(?P<label>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})[ \t]*:[ \t]")


# a speech cue in a form that reports speech (past, or third person present): "told", "said", "argued", "says"
_REPORTING_FORM = re.compile(r"(?i:(?:ed|s)\b|\b(?:said|told|wrote|spoke|thought|felt|put)\b)")


def _turn_label(body: str, span: QuotedSpan, resolver: SpeakerResolver) -> _Attribution | None:
    """'Kovac: Listen to drivers. “The best ideas come from the depot.”': a quote in a Q&A answer after the
    answer's own unquoted words is the answer's speaker's, the person its turn label names, when that label opens
    at least one other paragraph of the article (a transcript, not a one-off "Note: …") and nothing between the
    label and the quote names someone or cues other speech ("Kovac: The mayor told us “…”" is someone else's)."""
    label = _TURN_LABEL.match(body, span.paragraph_start, span.open_mark)
    if label is None:
        return None
    between = body[label.end():span.open_mark]
    if resolver.mentions_in(label.end(), span.open_mark) or between.rstrip()[-1:] in (":", ",") \
            or any(_REPORTING_FORM.search(cue.group(0)) for cue in _CUE.finditer(between)) \
            or any(mark in between for mark in "\"“”‘«") \
            or any(word in _SAYING_NOUNS for word in re.findall(r"[a-z]+", between.lower())):
        # (a cue in a reporting form, "A driver once told me this", or words leading up to the quote with a colon
        # or comma, bring in someone else's words; a bare form is the speaker's own advice: "Hire people who argue
        # with you"; a saying or proverb, "My grandmother had a saying", is words the speaker only repeats)
        return None
    turn = re.compile(r"(?m)^[ \t]*" + re.escape(label.group("label")) + r"[ \t]*:[ \t]")
    if sum(1 for _ in turn.finditer(body)) < 2:
        return None
    resolution = resolver.resolve(*label.span("label"))
    if not resolution.name:
        return None
    return _Attribution(resolution, None, True)


def _name_line(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """A short line naming a person above a quote paragraph, as in interviews and round-ups:
    'Lawrence Yun, chief economist' or 'Kelly Norris, horticulturist and author:'."""
    line = body[start:end]
    if len(line.split()) > 15 or line.rstrip(":")[-1:] in ".!?\"”’":
        return None
    mentions = resolver.mentions_in(start, end)
    if not mentions or mentions[0].start != start:
        return None
    after = body[mentions[0].end:end].lstrip()
    if after and after[0] not in ",:(\u2014\u2013-":
        return None  # "Lopez wins the vote": a headline, not a name line
    mention = mentions[0]
    return _Attribution(resolver.of_mention(mention), None, True)


def _previous_line_end(body: str, paragraph_start: int) -> int | None:
    position = paragraph_start
    while position > 0 and body[position - 1].isspace():
        position -= 1
    return position or None


def _subject_before_colon(body: str, start: int, colon: int, resolver: SpeakerResolver) -> _Attribution | None:
    """'Trump: “…' (a transcript line naming a person) or 'X issued the following statement: “…' (a clause
    about communicating); other lines before a colon ('Equity remains: “…') name no speaker."""
    own = _own_response(body, start, colon, resolver)
    if own is not None:
        return own
    words = body[start:colon].split()
    if 0 < len(words) <= 4:
        np = trim_np(body, start, colon)
        named = resolver.resolve(*np) if _speaker_np(resolver, body, *np) else None
        if named and named.name:
            return _Attribution(named, None, True)
    source = _SOURCE_BEFORE_COLON.search(body, start, colon)
    if source:  # "A lesson from Loretta Lynch: ‘…’" (not "Photo by X:", a credit)
        named = resolver.resolve(*trim_np(body, source.start("np"), source.end("np")))
        if named.name:
            return _Attribution(named, None, True)
    np = _clause_subject(body, start, colon, resolver)
    if np is None or not _speaker_np(resolver, body, *np):
        return None
    issued = _ISSUED_COMMUNICATION.fullmatch(body, *np)
    if issued:  # "The ministry gave its response: “…": the subject before the verb that issued it
        np = trim_np(body, np[0], issued.end("subject"))
    resolution = resolver.resolve(*np)
    if resolution.name:
        return _Attribution(resolution, None, True)  # "Clinton has since apologized: “…"
    communicates = _COMMUNICATION.search(body, start, colon) or _CUE.search(body, start, colon)
    if not resolution.label or not communicates or len(body[np[0]:np[1]].split()) > 6:
        return None
    return _Attribution(_with_relative_clause(body, resolution, np[1], communicates.start(), resolver), None, True)


# "His verdict on the offer was short:", "Quint's reaction:", "Her message to the players was simple:": a person's
# possessive (one describing word may follow) and a response noun, maybe its object and a short copula phrase.
_OWN_RESPONSE = re.compile(
    r"\s*(?:(?:But|And|So|Yet)\s+)?(?P<owner>[Hh]is|[Hh]er|(?P<name>[^\s,;:\"“”]+(?:\s+[^\s,;:\"“”]+){0,3}?)[’']s)"
    r"\s+(?:[a-z-]+\s+)?(?P<noun>" + "|".join(sorted(_RESPONSE_NOUNS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:to|on|for|about|of)\s+[^,;:\"“”]{1,50}?)?"
    r"(?:\s+(?:was|is|remained|remains)\s+(?:[a-z-]+\s+)?[a-z-]+)?\s*")


def _own_response(body: str, start: int, colon: int, resolver: SpeakerResolver) -> _Attribution | None:
    """The person whose response noun stands before the colon ("Her reaction: “…”"): a pronoun's antecedent or
    the named possessor; None when the line is not so or the owner is no known person."""
    match = _OWN_RESPONSE.fullmatch(body, start, colon)
    if match is None:
        return None
    if match.group("name") is None:
        resolution = resolver.resolve(*match.span("owner"))
    else:
        resolution = _possessor_before(body, start, match.start("noun"), resolver) or Resolution()
    return _Attribution(resolution, None, True) if resolution.name else None


_SOURCE_BEFORE_COLON = re.compile(r"\bfrom\s+(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*$")
_ISSUED_COMMUNICATION = re.compile(r"(?P<subject>.+?)\s+[a-z]+\s+(?:its|his|her|their|a|an|the)(?:\s+(?:[\w-]+\s+)?"
                                   + _COMMUNICATION.pattern + ")?")  # (a noun that is also a cue ends the np)
# (the relative word nearest the verb: "…, which in the dry season turns into what Lind calls “…”" is Lind's, so the
# phrase holds no earlier relative word)
_WHAT_X_CALLED = re.compile(r"\b(?:what|which|whom)\s+(?P<np>(?:(?!\b(?:what|which|whom)\b)[^,;:\"“”«»]){2,60}?)\s+"
                            r"(?:(?:had|has|have|once|previously|later|repeatedly|often)\s+)*$")


_S_FORM = re.compile(r"(?<![\w-])(?:" + alternation_by_first_letter(
    speech_verbs.longest_first(speech_verbs.S_FORMS_AFTER_SUBJECT)) + r")\b")
_SUBJECT_WORD_BEFORE = re.compile(r"(?P<word>(?<![\w’'.-])(?:[Hh]e|[Ss]he)|[A-Z][\w’'.-]*[a-z][\w’'-]*)"
                                  r"(?:,\s+(?:a|an|the|who|whose)\s[^,;:\"“”]{1,100},)?\s+$")


# The bare present "tell" ("Young people tell me “…”"): a cue only with a person for subject ("people",
# "nurses", "we"; not "Signs at the gate", "The figures"), an adverb at most between them, and nothing but its
# hearer before the quote ("tell me", "tell the ministry"): not "tell of", "tell X to" (an order), "tell that".
_BARE_TELL = re.compile(r"(?<![\w-])(?P<subject>[A-Za-z]+)\s+(?:(?:never|often|always|still|all|now|also|just|"
                        r"rarely|sometimes|regularly|repeatedly)\s+)?(?P<cue>tell)\s+"
                        r"(?P<hearer>(?:me|us|them|him|her|you|(?:the\s+|their\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?))"
                        r"\s*[:,]?\s*$")
_TELL_NOT_HEARERS = frozenset({"of", "to", "that", "about", "a", "the", "it", "whether", "how", "what", "when"})
_TELL_PRONOUNS = frozenset({"we", "they", "you", "i", "people"})
_TELL_AFTER_TO = frozenset({"to", "will", "would", "can", "could", "cannot", "can't", "may", "might", "should",
                            "must", "shall", "did", "do", "does", "don't", "didn't", "not", "never"})


def _person_plural(word: str) -> bool:
    """A plural (or pronoun) naming people: "nurses", "young people", "fishermen", "we"."""
    low = word.lower()
    if low in _TELL_PRONOUNS or low.endswith(PERSON_COMPOUND_ENDINGS):
        return True
    singular = IRREGULAR_SINGULARS.get(low) or (low[:-1] if low.endswith("s") else low)
    return singular in PERSON_NOUNS


class _TellCue:
    """A stand-in match for the bare "tell" cue (group 0 only, as the cue loop reads it)."""

    def __init__(self, match: re.Match):
        self._match = match

    def group(self, *_):
        return self._match.group("cue")

    def start(self, *_):
        return self._match.start("cue")

    def end(self, *_):
        return self._match.end("cue")

    def span(self, *_):
        return self._match.span("cue")


def _bare_tell(body: str, start: int, end: int) -> list:
    match = _BARE_TELL.search(body, max(start, end - 120), end)
    if not match:
        return []
    words = match.group("hearer").split()
    if any(word in _TELL_NOT_HEARERS for word in words[-1:]) or any(w in ("to", "of", "that") for w in words):
        return []
    subject = match.group("subject")
    if subject.lower() in _TELL_AFTER_TO or not _person_plural(subject):
        return []
    return [_TellCue(match)]


def _s_forms_after_subject(body: str, start: int, end: int, resolver: SpeakerResolver) -> list[re.Match]:
    """The -s forms that are mostly plural nouns ("calls", "notes", "vows"), where they are verbs: right after
    "he"/"she" or a person the people step named, or that person's apposition ("Dina Shorr, a lawmaker, calls the
    bill “…”"); not after a determiner ("The calls", "his notes") nor after a capitalised word that only modifies
    the noun ("Council estimates “…”", "Emergency calls to the “…”"), which names nobody; a named organisation
    ("Harbour Trust calls …") is a subject too."""
    found = []
    for match in _S_FORM.finditer(body, start, end):
        before = _SUBJECT_WORD_BEFORE.search(body, max(start, match.start() - 140), match.start()) \
            or _apposed_name_before(body, max(start, match.start() - 140), match.start())
        first = before.group("word") if before else ""
        if not before or first.lower() in _NOT_SUBJECT_WORDS or re.search(r"['’]s?$", first):
            continue  # (not after a possessive: "Ryan's comments")
        if first.lower() not in ("he", "she"):
            word_start = before.start("word")
            name_start = _name_start_before(body, max(start, word_start - 60), word_start)
            subject = resolver.resolve(name_start, before.end("word"))
            if not subject.name and not (subject.label and organisation_like(subject.label)):
                continue  # (a named organisation speaks too: "Harbour Trust calls the plan “…”")
        found.append(match)
    return found


# "Her publisher, Fenwick House, calls …": a description opening the sentence, then a name in commas
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w-]+['’]s)"
    r"(?:\s+[a-z][\w’'-]*){1,3},\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?P<word>[A-Z][\w’'.-]*[a-z][\w’'-]*),\s+$")


def _apposed_name_before(body: str, floor: int, position: int) -> re.Match[str] | None:
    """'Her publisher, Fenwick House, calls …': the name in commas right before `position` after a description
    opening the sentence whose head is a person's or a body's noun (`speakers.person_noun`, `organisation_head`;
    not a list: "Her notes, Fenwick House, calls and …")."""
    for match in _DESCRIPTION_THEN_NAME.finditer(body, floor, position):
        if match.end() != position:
            continue
        head = body[match.start():match.start("word")].split(",")[0].split()[-1].lower()
        if person_noun(head) or organisation_head(head):
            return match
    return None


_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}$")


def _name_start_before(body: str, floor: int, word_start: int) -> int:
    """Where a name that ends in the word at `word_start` begins ("Mara Quist" for "Quist")."""
    words = _NAME_WORDS_BEFORE.search(body, floor, word_start)
    return words.start() if words else word_start


def _naming_with_object(body: str, cue_end: int, quote_open: int) -> bool:
    """'called terrorism a “…' names with an object; 'called “…' alone is a name, not speech."""
    between = body[cue_end:quote_open].strip()
    return bool(between) and between.lower() not in ("the", "a", "an")


def _same_sentence(body: str, spans: list[QuotedSpan], index: int) -> bool:
    """Whether segment `index` and the next one sit in one sentence of the reporter ('“A” and “B,”')."""
    span, following = spans[index], spans[index + 1]
    return following.paragraph_start == span.paragraph_start and span.closed \
        and not re.search(r"[.!?;:]", body[span.outer_end:following.open_mark]) \
        and body[span.start:span.end].rstrip()[-1:] not in ".!?"


_PRONOUN_CUE_AFTER = re.compile(r"[\s,]*(?P<pronoun>he|she)\s+(?:[a-z]+ly\s+)?(?:" + alternation_by_first_letter(_CUE_WORDS)
                                + r")\b")


def _unresolved_pronoun(body: str, span: QuotedSpan, attribution: _Attribution | None) -> bool:
    """The quote's own "he said"/"she said" right after it, which named nobody the resolver knows."""
    return attribution is not None and attribution.after and not attribution.resolution.known \
        and _PRONOUN_CUE_AFTER.match(body, span.outer_end) is not None


def _unless_other_gender(body: str, span: QuotedSpan, attribution: _Attribution | None,
                         resolver: SpeakerResolver) -> _Attribution | None:
    """A speaker carried over from elsewhere, unless the quote's own "he said" or "she said" (which named nobody
    the resolver knows) gives the other gender: '“I told her so,” he says.' after a woman's quotes."""
    if attribution is None or attribution.resolution.name is None:
        return attribution
    pronoun = _PRONOUN_CUE_AFTER.match(body, span.outer_end)
    if pronoun is None:
        return attribution
    wanted = "male" if pronoun.group("pronoun") == "he" else "female"
    return attribution if resolver.genders.get(attribution.resolution.name) in (wanted, None) else None


# A line that is only a time: the head of a live page's entry ("13:50", "14:05 GMT", "9.30am").
# ... or a time opening a line that holds the entry's headline ("11:05 GMT Opposition reacts"), or a headline
# line of its own between paragraphs: a short line (two to twelve words) with no sentence's closing punctuation
# and no quotation mark ("Opposition reacts"; not "Advertisement").
_ENTRY_TIME = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|"
                         r"local(?:\s+time)?))?(?:[ \t]*|[ \t]+[A-Z][^\n.!?:;\"“”]{0,80})(?:\n|$)", re.IGNORECASE)
_ENTRY_HEADLINE = re.compile(r"\n[ \t]*[A-Z][^\s.!?:;,\"“”()]*(?:[ \t]+[^\s.!?:;,\"“”()]+){1,11}[ \t]*\n")


def _entry_break(body: str, start: int, end: int) -> bool:
    """Whether a live page's new entry (a time line, or a headline line of its own) lies in body[start:end]."""
    return bool(_ENTRY_TIME.search(body, start, end) or _ENTRY_HEADLINE.search(body, start, end))


def _inherited(body: str, spans: list[QuotedSpan], index: int, attributions, keep) -> _Attribution | None:
    span = spans[index]
    # A segment cut short by the next opening mark shares the speaker of the segment that follows it.
    if not span.closed and index + 1 < len(spans) and spans[index + 1].continues == index:
        following = attributions[index + 1]
        if following is not None:
            return following

    for back in range(index - 1, max(-1, index - 4), -1):
        previous = spans[back]
        if not keep[back] or attributions[back] is None:
            continue
        gap = body[previous.outer_end:span.open_mark]
        if _entry_break(body, previous.outer_end, span.open_mark):
            break  # a live page's new entry ("13:50"): nobody's words go on across it
        same_paragraph = previous.paragraph_start == span.paragraph_start
        next_paragraph = gap.count("\n") >= 1 and len(body[previous.paragraph_end:span.paragraph_start].strip()) == 0
        starts_paragraph = span.paragraph_start == _opening(body, span)
        continuation = "same paragraph" if same_paragraph else "next paragraph"
        if same_paragraph or (next_paragraph and starts_paragraph or span.continues == back):
            return _Attribution(attributions[back].resolution, attributions[back].cue, False,
                                continuation=continuation)
        if next_paragraph:
            return _Attribution(attributions[back].resolution, None, False, continuation=continuation)
        break
    return None


def _across_narrative_paragraph(body: str, spans: list[QuotedSpan], index: int, attributions, keep,
                                resolver: SpeakerResolver) -> _Attribution | None:
    """'“The dam held,” Lopez said.' / 'The river rose two metres overnight.' / '“We were lucky.”': a quote
    paragraph after one narrative paragraph that names nobody but as an object or a possessor, quotes nothing and
    reports no speech goes on quoting the speaker of the quote paragraph before it (the narrative gives the
    reader no one else)."""
    span = spans[index]
    if _opening(body, span) != span.paragraph_start \
            or body[span.outer_end:span.paragraph_end].strip(" '\u2019\"\u201d"):
        return None
    back = index - 1
    while back >= 0 and not keep[back]:
        back -= 1
    if back < 0 or attributions[back] is None or spans[back].paragraph_start == span.paragraph_start:
        return None
    between_end = _previous_line_end(body, span.paragraph_start)
    if not between_end:
        return None
    between_start = body.rfind("\n", 0, between_end) + 1
    gap_before = body[spans[back].paragraph_end:between_start]
    if spans[back].paragraph_end > between_start or gap_before.strip():
        return None  # not exactly one paragraph in between
    if _CUE.search(body, between_start, between_end) or any(mark in body[between_start:between_end] for mark in "\"“”«»"):
        return None
    if _SIGNATURE.match(body, between_start, between_end):
        # "“…”\n- Ana Lind, Mayor\n“…”": a dash line signs the quote before it and closes it; a news release's
        # next quote is signed apart (its own line may be lost), never carried over from that signer
        return None
    # A person the paragraph names only as an object, a possessor or a modifier ("The dam was built for Governor
    # Ann Bell's predecessor.") is no one the reader takes for the next speaker; one it makes a subject is.
    if _entry_break(body, spans[back].outer_end, span.open_mark):
        return None
    for mention in resolver.mentions_in(between_start, between_end):
        if mention.person.name == attributions[back].resolution.name:
            continue  # ("Lambert, 52, has farmed for 30 years.": the speaker before, told about)
        sentence_start = max(between_start, resolver.sentences[resolver.sentence_of(mention.start)][0])
        if resolver.opens_main_clause(mention, sentence_start) or not (
                resolver.is_object(mention) or resolver.is_modifier(mention) or resolver._possessor(mention)):
            return None
    return _Attribution(attributions[back].resolution, None, False, continuation="next paragraph")


def _introduced_after_last_quote(body: str, spans: list[QuotedSpan], index: int,
                                 resolver: SpeakerResolver) -> _Attribution | None:
    """'“The plan is sound,” Adler said. Councillor Ben Cole disagreed.' / '“It leaves the east side with
    nothing.”': a quote paragraph after a paragraph whose last sentence, after its quotes, introduces a speaker
    is that speaker's, not the continuation of the quote before (`_introduced_by_previous_paragraph` reads the
    sentence)."""
    span = spans[index]
    previous_end = _previous_line_end(body, span.paragraph_start)
    if not previous_end or _opening(body, span) != span.paragraph_start:
        return None
    previous_start = body.rfind("\n", 0, previous_end) + 1
    last_sentence = max(previous_start, resolver.sentences[resolver.sentence_of(previous_end - 1)][0])
    last_quote = next((spans[back] for back in range(index - 1, -1, -1) if spans[back].open_mark < previous_end), None)
    if last_quote is None or last_quote.open_mark < previous_start or last_quote.outer_end > last_sentence:
        return None  # no quote in that paragraph (read as usual), or its last sentence quotes
    return _introduced_by_previous_paragraph(body, span, resolver)


def _introduced_by_previous_paragraph(body: str, span: QuotedSpan, resolver: SpeakerResolver) -> _Attribution | None:
    """A paragraph that is only a quote, after a paragraph whose last sentence has a named person as the subject
    of a speech or stance verb ("Valastro praised Christie's leadership …" / "“We need someone who …”"): that
    person speaks (the wire convention of a quote paragraph continuing the person the paragraph before
    introduced). A sentence merely about someone ("Daniel Reyes appeared in court.") introduces no speaker."""
    if _opening(body, span) != span.paragraph_start \
            or body[span.outer_end:span.paragraph_end].strip(" '\u2019\"\u201d"):
        return None
    previous_end = _previous_line_end(body, span.paragraph_start)
    if not previous_end or body[previous_end - 1] not in ".!?" and body[previous_end - 2:previous_end] != ".)":
        return None
    paragraph_start = body.rfind("\n", 0, previous_end) + 1
    if any(resolver.is_quoted(m.start) for m in resolver.mentions_in(paragraph_start, previous_end)):
        return None  # the paragraph before quotes someone: its own attribution decides
    last_start = max(paragraph_start, resolver.sentences[resolver.sentence_of(previous_end - 1)][0])
    pronoun = None if resolver.is_quoted(last_start) else _speaking_pronoun(body, last_start, previous_end,
                                                                            resolver, "next paragraph")
    if pronoun is not None:  # "… Maria Lopez runs. She disagreed." / "“…”"
        return pronoun or None
    # Its last sentence that names someone ("Richards also spoke about the case. (The laws require …)"):
    # sentences after it that name nobody do not change whom the paragraph is about.
    index = resolver.sentence_of(previous_end - 1)
    while True:
        sentence_start, _ = resolver.sentences[index]
        start = max(sentence_start, paragraph_start)
        if resolver.mentions_in(start, previous_end) or start <= paragraph_start or index == 0:
            break
        index -= 1
    if resolver.is_quoted(start):
        return None
    subjects = [m for m in resolver.mentions_in(start, previous_end) if resolver.opens_main_clause(m, start)]
    if not subjects:
        return _speaking_label(body, start, previous_end, resolver) \
            or _speaking_label(body, last_start, previous_end, resolver, _LABEL_STANCE) \
            or _credited_in_sentence(body, start, previous_end, resolver)
    return _speaking_subject(body, subjects, resolver, "next paragraph") \
        or _introduced_office_holder(body, subjects, span, resolver, "next paragraph")


# "according to engineer Ivo Ek", "the question was put to Ivo Ek": a crediting phrase, then at most three
# lower-case description words (no preposition: "according to a report by Ivo Ek" credits the report).
# Only the phrase ignores case: the description before the name is lower-case ("engineer"), so capitalised words
# ("Census Bureau data") are no description.
_CREDITING = re.compile(r"(?:^|(?<=[\s,(]))(?i:" + "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase in speech_verbs.longest_first(
        speech_verbs.CREDITING_BEFORE_NAME)) + r")\s+(?P<description>(?:[a-z][\w’'-]*\s+){0,3})$")
# The credited name closes its phrase: a name going on as a clause's subject ("According to police records Ivo Ek
# was arrested") or shared with another ("according to Ivo Ek and Mira Sol") is credited with nothing of its own.
_CREDITED_NAME_CLOSES = re.compile(r"\s*(?:[.,;:!?)”\"’]|$)")


# "The co-op, Kucera says, would need …": a name alone between commas with its speech verb, an aside that credits
# the sentence around it
_ASIDE_OPENS = re.compile(r",[ \t]*$")
_ASIDE_CUE = re.compile(r"[ \t]+(?:" + alternation_by_first_letter(speech_verbs.longest_first(speech_verbs.INTRODUCING))
                        + r")(?:[ \t]+(?:" + ADVERBS_AFTER_ASIDE_VERB_PATTERN + r"))?[ \t]*,")


def _credited_in_sentence(body: str, start: int, end: int, resolver: SpeakerResolver) -> _Attribution | None:
    """A narration sentence naming nobody as its subject that credits a named person with its words or an
    answer ("The hall is unsafe, according to engineer Ivo Ek." / "The question was put to Ivo Ek.", or in an
    aside: "The co-op, Kucera says, would need 100 more members."): that person holds the floor for the quote
    paragraph after it. A possessor ("according to Ek's lawyer") is not."""
    for mention in resolver.mentions_in(start, end):
        if resolver.is_quoted(mention.start) or re.match(r"['’]s?\b", body[mention.end:mention.end + 2]):
            continue
        if _ASIDE_OPENS.search(body, max(start, mention.start - 4), mention.start) \
                and _ASIDE_CUE.match(body, mention.end, end):
            resolution = resolver.resolve(mention.start, mention.end)
            if resolution.name:
                return _Attribution(resolution, None, False, continuation="next paragraph")
            continue
        credit = _CREDITING.search(body, max(start, mention.start - 80), mention.start)
        if not credit or any(word.lower() in PREPOSITIONS for word in credit.group("description").split()):
            continue
        if not _CREDITED_NAME_CLOSES.match(body, mention.end):
            continue
        resolution = resolver.resolve(mention.start, mention.end)
        if resolution.name:
            return _Attribution(resolution, None, False, continuation="next paragraph")
    return None


# A sentence opened by an unnamed source or an organisation and its speech verb: "The weather office said …",
# "A spokeswoman for the agency said …", "Officials said …".
_LABEL_SUBJECT = re.compile(
    r"[\s\"“”‘’']*(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][^,;:!?\"“”\n]{0,80}?)"
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?:" + alternation_by_first_letter(speech_verbs.SUBJECT_BEFORE_VERB) + r")\b")
# ... or, in the paragraph's last sentence, its stance verb, as for a named subject ("Critics disagreed." then a
# quote paragraph: the critics speak); only ending the sentence or taking "with" ("The plan differs from the old
# one." is no one taking a side).
_LABEL_STANCE = re.compile(
    r"[\s\"“”‘’']*(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][^,.;:!?\"“”\n]{0,80}?)"
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?:" + alternation_by_first_letter(speech_verbs.longest_first(
        speech_verbs.STANCE_FORMS)) + r")(?:\s*[.!]|\s+with\b)")


def _speaking_label(body: str, start: int, end: int, resolver: SpeakerResolver,
                    pattern: re.Pattern = _LABEL_SUBJECT, continuation: str = "next paragraph") -> _Attribution | None:
    """A sentence naming nobody whose subject, an organisation or an unnamed source, says something ("The
    weather office said the eruption could last weeks.") introduces the quote paragraph after it too."""
    match = pattern.match(body, start, end)
    if not match or resolver.mentions_in(start, end):
        return None
    np_start, np_end = trim_np(body, *match.span("np"))
    if np_end <= np_start or body[np_start:np_end].split()[0].lower() in PRONOUNS | _FUNCTION_OPENERS \
            or not _speaker_np(resolver, body, np_start, np_end):
        return None
    if pattern is _LABEL_STANCE and not _names_people(body[np_start:np_end]):
        return None  # "Accounts of what happened next differ.": things differ, no one takes a side
    resolution = resolver.resolve(np_start, np_end)
    if not resolution.label or resolution.via == "pronoun":
        return None
    return _Attribution(resolution, None, False, continuation=continuation)


def _names_people(phrase: str) -> bool:
    """Whether a noun phrase's head (the noun before its first preposition, else its last word) is a noun for
    people: an unnamed source, a title ("Critics", "Local residents", "The minister's aides", "A spokesman for
    the council")."""
    words = [word.strip(".,").lower() for word in phrase.split()]
    cut = next((index for index, word in enumerate(words) if index and word in PREPOSITIONS), len(words))
    head = words[cut - 1]
    head = re.sub(r"['’]s?$", "", head)
    return head in _GROUP_NOUNS or head in PERSON_NOUNS or head.endswith("s") and head[:-1] in PERSON_NOUNS


def _speaking_subject(body: str, subjects: list, resolver: SpeakerResolver,
                      continuation: str) -> _Attribution | None:
    """The first subject, when a speech or stance verb follows it and it resolves to a named person; a name
    apposed to the description before it ("The director of the port, Ann Bell, told …") closes with a comma."""
    if not subjects:
        return None
    after = subjects[0].end
    if body[after:after + 1] == "," and body[:subjects[0].start].rstrip().endswith(","):
        after += 1
    if not _SPEECH_AFTER_NAME.match(body, after):
        return None
    resolution = resolver.resolve(subjects[0].start, subjects[0].end)
    if not resolution.name:
        return None
    return _Attribution(resolution, None, False, continuation=continuation)


# A sentence after a quote that points back at it and names its source: "That quote from X appeared …", "Those
# were the words of X", "That was how X described it", "So said X".
_POINTING_BACK = re.compile(
    r"[\s\"“”‘’']*(?:(?:That|This|Those|These)\s+(?:quote|quotation|remark|comment|line|warning|message|"
    r"assessment|words?|verdict|description)s?\s+(?:came\s+|come\s+)?(?:from|by|of)\s+"
    r"|(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:how|what|the\s+words\s+of|the\s+verdict\s+of"
    r"|the\s+(?:message|warning|advice|verdict|response|answer|reply)\s+(?:from|of))\s+"
    r"|So\s+(?:said|says)\s+)")
# ... where no person is named, the phrase after "from"/"of" up to a comma, the sentence's end or a time word
_POINTED_SOURCE = re.compile(r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][\w’'-]*(?:\s+(?!(?:earlier|later|on|in|at|during|"
                             r"yesterday|today|this|last|when|as|after|before)\b)[\w’'-]+){0,5})")


def _named_by_next_sentence(body: str, span: QuotedSpan, resolver: SpeakerResolver) -> _Attribution | None:
    """A quote that is its sentence, then a sentence pointing back at it and naming a person within its first
    words: that person (the one named first after the pointing words)."""
    pointing = _POINTING_BACK.match(body, span.outer_end)
    if not pointing:
        return None
    sentence_end = resolver.sentences[resolver.sentence_of(pointing.end())][1]
    mentions = [m for m in resolver.mentions_in(pointing.end(), min(sentence_end, pointing.end() + 100))
                if not resolver.is_quoted(m.start)]
    if mentions:
        resolution = resolver.resolve(mentions[0].start, mentions[0].end)
        return _Attribution(resolution, None, True) if resolution.name else None
    source = _POINTED_SOURCE.match(body, pointing.end(), sentence_end)
    if not source or source.group("np").split()[0].lower() in PRONOUNS | {"how", "what", "we", "you"}:
        return None  # ("That was how we saw it")
    resolution = resolver.resolve(*trim_np(body, *source.span("np")))
    return _Attribution(resolution, None, True) if resolution.known else None


# After an office holder's name (and an apposition), the first words of the verb group: a negation or an absence
# word there (`speech_verbs.NEGATIONS`, `ABSENCE_WORDS`) says the person is not in the scene.
_VERB_GROUP_AFTER_NAME = re.compile(r"(?:\s*,[^,.;:!?\"“”\n]{1,120},)?(?P<group>(?:\s+[\w’'-]+){1,5})")
_ABSENT = re.compile(r"n't\b|(?:\b|(?<=n))(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in (
    *speech_verbs.NEGATIONS, *sorted(speech_verbs.ABSENCE_WORDS))) + r")\b", re.IGNORECASE)


def _absent_after(body: str, mention_end: int) -> bool:
    """Whether the verb group after a name says the person is not there or does not act ("did not attend",
    "was not there", "skipped the meeting")."""
    group = _VERB_GROUP_AFTER_NAME.match(body, mention_end)
    if not group:
        return True
    words = group.group("group").replace("’", "'")
    return bool(_ABSENT.search(words))


_THIRD_PERSON = {"female": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
                 "male": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)}


_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|me|my|we|We|us|our|Our)\b")


def _introduced_office_holder(body: str, subjects: list, span: QuotedSpan, resolver: SpeakerResolver,
                              continuation: str) -> _Attribution | None:
    """'Agriculture Minister Ana Ruiz met the farmers.' / '“I understand their anger.”': a person the article
    names here for the first time, with a title, as the sentence's subject brings in the next unattributed
    quote when the sentence has them in the scene ("met", "visited", "was there"): an office holder enters a
    story to speak (an accused or a witness named without a title does not: "John Carter appeared in court."
    leaves the quote to the speaker before). Not one the sentence says is absent or does not act ("Mayor Ann
    Bell did not attend.", "... skipped the meeting"), nor when the quote speaks of that person ("Where is she
    when we need her?"). Doubtful."""
    mention = subjects[0]
    first = resolver.analysis.who.get(mention.person.name)
    if first is None or first.first < mention.start:
        return None
    if not mention.role or _holds_title_only_of_kin(mention.role):
        # a person named for the first time with a description of their own ("Maria Koleva, who runs the
        # canteen, has lost half her trade.") brings in a quote in the first person ("Nobody comes in any more
        # … I have …"): a feature introduces its voices so
        described = re.match(r",\s+(?:who\s|an?\s|the\s|[A-Z][\w.&-]*['’]s\s)", body[mention.end:mention.end + 40])
        if not described or not _FIRST_PERSON_WORDS.search(body, span.start, span.end):
            return None
    if _absent_after(body, mention.end):
        return None
    if _speaks_of(body[span.start:span.end], mention.person, resolver):
        return None
    resolution = resolver.resolve(mention.start, mention.end)
    if not resolution.name:
        return None
    resolution.doubtful = True
    return _Attribution(resolution, None, False, continuation=continuation)


def _speaks_of(text: str, person: PersonRecord, resolver: SpeakerResolver) -> bool:
    """Whether quoted words refer to the person in the third person: by a name of theirs, or by a pronoun of
    their gender (either, when the gender is unknown)."""
    if any(re.search(rf"\b{re.escape(word)}\b", text) for word in person.name.split()[-1:]):
        return True
    gender = resolver.genders.get(person.name)
    return any(pattern.search(text) for key, pattern in _THIRD_PERSON.items() if gender in (key, None))


def _holds_title_only_of_kin(role: str) -> bool:
    """'Her son', 'His wife': a family tie is no office."""
    return role.split()[-1].lower() in FAMILY_NOUNS


_HE_SHE_OPENING = re.compile(r"[\s\"“”‘’']*(He|She)\b")


def _speaking_pronoun(body: str, start: int, end: int, resolver: SpeakerResolver,
                      continuation: str) -> _Attribution | bool | None:
    """A sentence opened by "he"/"she" and a speech or stance verb ("She disagreed."): the person the pronoun
    stands for introduces the quote after it. None when the sentence is not so; False when it is but the
    pronoun stands for no one named (the quote then has no speaker from elsewhere either)."""
    pronoun = _HE_SHE_OPENING.match(body, start, end)
    if not pronoun or not _SPEECH_AFTER_NAME.match(body, pronoun.end()):
        return None
    resolution = resolver.resolve(*pronoun.span(1))
    return _Attribution(resolution, None, False, continuation=continuation) if resolution.name else False


_QUESTION_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def _answering_question(body: str, spans: list[QuotedSpan], index: int,
                        resolver: SpeakerResolver) -> _Attribution | None:
    """A quote that ends its paragraph after one sentence of the writer's, a question about someone ("Why was
    he out in the heat? “My mom says …”", "What keeps her going? “The dogs.”"): the person the question's one
    he/she/him/her stands for answers. A question naming nobody, or more than one pronoun, decides nothing;
    nor does one put to the speaker ('What did you tell him?'), or one whose answer has a pronoun of the same
    gender ('Can he score 30? “Easily. He is the best …”': someone else speaks of him). Tried after a speaker
    introduced in the paragraph before ('Her father, Jon Lind, is proud.'), who wins."""
    span = spans[index]
    opening = _opening(body, span)
    if opening == span.paragraph_start or (index and spans[index - 1].paragraph_start == span.paragraph_start) \
            or body[span.outer_end:span.paragraph_end].strip(" '\u2019\"\u201d"):
        return None
    before_end = _rstrip_end(body, span.paragraph_start, opening)
    question = body[span.paragraph_start:before_end]
    if not question.endswith("?") or re.search(r"[.!?]\s", question[:-1]):
        return None
    pronouns = list(_QUESTION_PRONOUN.finditer(body, span.paragraph_start, before_end))
    if len(pronouns) != 1 or resolver.mentions_in(span.paragraph_start, before_end) \
            or _ADDRESSED.search(question):
        return None  # 'What did you tell him?': the question is put to the speaker, who is someone else
    asked_about = _PRONOUN_GENDER[pronouns[0].group().lower()]
    if any(_PRONOUN_GENDER[m.group().lower()] == asked_about
           for m in _QUESTION_PRONOUN.finditer(body, span.start, span.end)):
        return None  # 'Can he score 30? “Easily. He is the best …”': the quote speaks OF the person asked about
    resolution = resolver.resolve(*pronouns[0].span())
    return _Attribution(resolution, None, False, continuation="same paragraph") if resolution.name else None


def _introduced_in_paragraph(body: str, spans: list[QuotedSpan], index: int,
                             resolver: SpeakerResolver) -> _Attribution | None:
    """'Council President Ana Ruiz disagreed. “The cuts will hurt …”': a quote opening a sentence after the
    paragraph's first quote-free sentences introduced a named person as the subject of a speech or stance verb
    is that person's (not the speaker of a quote in an earlier paragraph). Any other verb leaves the quote to
    continuity: "Daniel Reyes appeared in court. “…”" goes on quoting whoever spoke before."""
    span = spans[index]
    opening = _opening(body, span)
    if opening == span.paragraph_start or (index and spans[index - 1].paragraph_start == span.paragraph_start):
        return None
    before_end = _rstrip_end(body, span.paragraph_start, opening)
    if body[before_end - 1:before_end] not in (".", "!", "?"):
        return None
    sentence_start = max(span.paragraph_start, resolver.sentences[resolver.sentence_of(before_end - 1)][0])
    subjects = [m for m in resolver.mentions_in(sentence_start, before_end)
                if not resolver.is_quoted(m.start) and resolver.opens_main_clause(m, sentence_start)]
    if subjects:
        return _speaking_subject(body, subjects, resolver, "same paragraph") \
            or _introduced_office_holder(body, subjects, span, resolver, "same paragraph")
    pronoun = _speaking_pronoun(body, sentence_start, before_end, resolver, "same paragraph")
    if pronoun is not None:
        return pronoun or None
    # ... and one whose subject is an unnamed source speaking or taking a side ("Local fishermen said the vote
    # was rushed. “…”", "Critics disagreed. “…”")
    return _speaking_label(body, sentence_start, before_end, resolver, continuation="same paragraph") \
        or _speaking_label(body, sentence_start, before_end, resolver, _LABEL_STANCE, "same paragraph")


# A name followed by a speech or stance verb of the table (`speech_verbs.INTRODUCING`): "Valastro praised", "Lopez
# has long argued", "Salas, who has called for a referendum, disagreed", "Ana Torres, an economist, said". Only
# those introduce the next quote's speaker: "Daniel Reyes appeared in court. “…”" is not Reyes's (an accused, a
# victim, whoever the news is about is not the speaker because the sentence before a quote is about him).
# ... or a predicate saying how the person spoke, ending the sentence ("Crane was blunt.", "did not hold back.").
_SPEECH_AFTER_NAME = re.compile(
    r"(?:\s*,[^,.;:!?\"“”\n]{1,120},)?"
    r"\s+(?:(?:[a-z]+ly\s+|also\s+|has\s+|had\s+|have\s+|long\s+)*(?:"
    + alternation_by_first_letter(speech_verbs.longest_first(speech_verbs.INTRODUCING)) + r")\b"
    r"|(?:was|is)\s+(?:more\s+|even\s+more\s+|very\s+|equally\s+|just\s+as\s+|again\s+)?(?:"
    + "|".join(sorted(_SPEAKING_MANNER_WORDS, key=len, reverse=True)) + r")\s*[.!]"
    r"|(?:" + "|".join(map(re.escape, sorted(_SPEAKING_MANNER_PHRASES, key=len, reverse=True))) + r")\s*[.!])")


_ONE_LETTER = re.compile(r"[^\W\d_][.,;:]?")
_LONE_TAG = re.compile(r"[#@]\w+[.,;:!?]?")  # "#wordsmatter", "@CityTransit"


def _introduced_as_speech(body: str, span: QuotedSpan) -> bool:
    """Whether the quote's sentence leads up to it with a colon after a speech word ('posted one word on X after
    the verdict: “#Justice!”', 'said simply: "#RosaForAll."'): what follows is what was said or posted, even a
    lone tag; 'The banner carried one tag: “#Justice!”' names one."""
    lead = body[span.paragraph_start:_opening(body, span)]
    lead = re.split(r"[.!?][\"\u201d\u2019')]*\s", lead)[-1].rstrip()
    return lead.endswith(":") and any(word in _CUE_WORD_SET for word in re.findall(r"[a-z]+", lead.lower()))


_CUE_WORD_SET = speech_verbs.CUE_WORDS


_ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})


def _not_in_anothers_turn(spans: list[QuotedSpan], attributions: list, unattributed: set[int],
                          turns: dict[int, tuple[int, int, int]], resolver: SpeakerResolver) -> None:
    """A quote with no attribution of its own inside a transcript's turn whose label is a named person does not carry
    another person's name from the quotes before ('Lind: Your critics call the new line “a waste of forty million
    euros.” Fair?' after Kovac's answer is not Kovac's, whether or not the interviewer 'Lind' is a person the
    resolver knows): it is left without a speaker. A turn of that person, or one marked as an answer ("A:"), keeps
    it."""
    for index in unattributed:
        attribution, turn = attributions[index], turns.get(spans[index].paragraph_start)
        if attribution is None or not attribution.resolution.name or turn is None:
            continue
        label, name = resolver.resolve(turn[0], turn[1]), attribution.resolution.name
        words = resolver.body[turn[0]:turn[1]].split()
        if label.name == name or words[-1] in _ANSWER_LABELS \
                or label.name is None and words[-1].lower() in name.lower().split():
            continue  # the turn's own speaker ('Kovac:', 'KOVAC:'), or an answer's bare mark ('A:')
        attributions[index] = None


def _cited_in_turn(body: str, spans: list[QuotedSpan], attributions: list, keep: list[bool],
                   turns: dict[int, tuple[int, int, int]]) -> set[int]:
    """Short quoted sentences inside a transcript's turn, after the turn's first words, that nothing attributes:
    words the turn's speaker cites ('Lind: Your critics call the new line “a vanity project.” Fair?', 'Moretti: The
    auditors agree with me. “The accounts are sound.”'). They are quotes whose speaker is unknown: neither the
    turn's speaker, who cites them, nor the speaker of the quote before."""
    cited = set()
    for index, span in enumerate(spans):
        words_start = turns[span.paragraph_start][2] if span.paragraph_start in turns else None
        text = body[span.start:span.end].rstrip()
        if keep[index] or attributions[index] is not None or words_start is None or span.open_mark <= words_start \
                or not span.closed or span.single or text[-1:] not in ".!?" or len(text.split()) < 2 \
                or _title_like([word.rstrip(".!?") for word in text.split()]):
            continue
        cited.add(index)
    return cited


_HYPOTHETICAL_LEAD = re.compile(
    r"\b(?:" + "|".join(HYPOTHETICAL_MODALS) + r")\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted(map(re.escape, HYPOTHETICAL_SPEECH_VERBS), key=len, reverse=True)) + r")\s*[,:]?\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*\s+")


def _unsaid(body: str, span: QuotedSpan) -> bool:
    """Words someone only would say (`HYPOTHETICAL_MODALS`): "As Holmes would say, “…”", "if anyone objected,
    Marsh would answer, “…”"; not a habitual "Every morning he would say, “…”"."""
    opening = _opening(body, span)
    if not _HYPOTHETICAL_LEAD.search(body, max(span.paragraph_start, opening - 60), opening):
        return False
    floor = span.paragraph_start
    for found in _SENTENCE_BREAK.finditer(body, span.paragraph_start, opening):
        floor = found.end()
    clause = body[floor:opening]
    return bool(re.match(r"[\s\"“‘']*As\b", clause) or re.search(r"\b[Ii]f\b", clause))


_WORD_BEFORE_MARK = re.compile(r"(?<![\w’'-])([A-Za-z][\w-]*)\s+(?:(?P<adjective>[a-z][\w-]*)\s*)?$")
_WORD_AFTER_MARK = re.compile(r"\s+([a-z][a-z-]*)\b(?![’'])")


_SPEECH_VERB_FORMS = "|".join(sorted(speech_verbs.ALL_FORMS, key=len, reverse=True))
# "called it a", "said it was a", "described the budget as a", "branded them a": a speech verb whose object or
# complement the quote characterises (the determiner itself follows this)
_CHARACTERISING_LEAD = re.compile(r"\b(?:" + _SPEECH_VERB_FORMS + r")\s+(?:(?:it|this|that|them|him|her|"
                                  r"(?:the|his|her|their|its)\s+[a-z][\w-]*)\s+)?(?:(?:was|is|as|were|are)\s+)?$")


def _speech_verb_before(body: str, span: QuotedSpan, end: int) -> bool:
    """A speech verb right before the determiner, with at most its object and a copula or "as" between: the quote
    is somebody's characterisation ("called it a “cruel and cynical” budget"), not the writer's term."""
    return bool(_CHARACTERISING_LEAD.search(body[max(span.paragraph_start, end - 80):end]))


def _modifies_next_noun(body: str, span: QuotedSpan) -> bool:
    """A quote of one to three lowercase words, with no stop of its own, between a determiner (data
    MODIFIER_QUOTE_DETERMINERS) and a lowercase noun it modifies (anything but data NOT_MODIFIED_HEADS): "an
    “active control” design"."""
    text = body[span.start:span.end]
    words = text.split()
    if not span.closed or not 1 <= len(words) <= 3 or not text[:1].islower() or re.search(r"[^\w\s’'-]", text):
        return False
    before = _WORD_BEFORE_MARK.search(body, max(span.paragraph_start, span.open_mark - 30), span.open_mark)
    after = _WORD_AFTER_MARK.match(body, span.close_mark + 1)
    # (one adjective may stand between: "its original “coping” function")
    if before is None:
        return False
    determiner = before.group(1).lower()
    if before.group("adjective"):
        if before.group("adjective").lower() in _MODIFIER_QUOTE_DETERMINERS:
            determiner = before.group("adjective").lower()
        elif before.group("adjective") in _NOT_MODIFIED_HEADS:
            return False
    if len(words) == 1 and not (
            determiner in _MODIFIER_QUOTE_ONE_WORD_DETERMINERS or words[0].endswith("ing")):
        return False  # 'attacked the “dishonest” pollsters': an evaluative word is the speaker's
    at = before.start("adjective") if determiner == (before.group("adjective") or "").lower() else before.start(1)
    if determiner not in _MODIFIER_QUOTE_ONE_WORD_DETERMINERS and _speech_verb_before(body, span, at):
        return False  # 'called it a “cruel and cynical” budget', 'said it was a “deeply cynical” move': a speaker's
    return determiner in _MODIFIER_QUOTE_DETERMINERS \
        and after is not None and after.group(1) not in _NOT_MODIFIED_HEADS \
        and not re.search(r"(?:[^e]ed|[^aeiou]ing)$", after.group(1))  # ('the “political questions” raised by')


def _is_not_quote(body: str, span: QuotedSpan, attribution: _Attribution | None) -> bool:
    """Scare quotes, titles and names in quotes."""
    text = body[span.start:span.end]
    if span.closed and nickname_between(body, open_mark=span.open_mark):
        return True  # 'Mayor Tomas “Bucky” Herrald told …': a nickname inside the name, nobody's words
    if _ONE_LETTER.fullmatch(text):
        return True  # a letter in quotes ("voted “D,” or “R”", grade “A”) names a party or a mark; nobody said it
    if _LONE_TAG.fullmatch(text) and not _introduced_as_speech(body, span):
        return True  # 'his “#wordsmatter” pledge': a tag or an account is named, nobody's words quoted
    if _unsaid(body, span):
        return True  # "As Holmes would say, “Elementary …”": nobody said these words here
    if _modifies_next_noun(body, span):
        return True  # 'its “coping” function', 'the so-called “green corridor” plan': the writer's marked term
    words = text.split()
    before = body[max(span.paragraph_start, span.open_mark - 40):_opening(body, span)]
    short = len(words) <= 4
    if len(words) <= 1 and attribution and not attribution.resolution.known and not attribution.thing_subject:
        attribution = None  # a one-word "quote" whose "he said" stands for no one is read as unattributed
    if attribution is not None and (attribution.cue or "").lower() in speech_verbs.IRREGULAR["sing"] \
            and _title_like([w.rstrip(".!?,") for w in words]):
        return True  # "The crowd sang “Takin’ It to the Streets.”": a song's title, not its words
    if attribution and attribution.after and text.rstrip()[-1:] in ",!?" and not span.single \
            and not _TITLE_BEFORE.search(before):
        return False  # "“Borovia Is Not Safe,” Mr. Carter said", but not 'on Channel Nine's “Morning Report,” he said
    if len(words) > 1 and text.rstrip()[-1:] in ",!?" and not span.single \
            and _PRONOUN_CUE_AFTER.match(body, span.outer_end) \
            and not _TITLE_BEFORE.search(before):
        return False  # '“It works,” she said.' is speech, whoever "she" turns out to be
    if before.rstrip().endswith(":") and span.closed and text.rstrip()[-1:] in ".!?" \
            and not body[span.outer_end:span.paragraph_end].strip(" '\u2019\"\u201d"):
        return False  # a headline "Lopez to River Board: ‘You Should Be Ashamed.’" quotes its subject
    if _LISTENER_BEFORE.search(before) and len(words) <= 6 and text.rstrip()[-1:] not in ".!?,":
        return True  # "told ERR's “Aktuaalne kaamera” that …": the programme told, not words
    if _VOCAL_LEAD.search(before) and _reads_as_spoken(words):
        return False  # 'marchers chanting “Hands Off Our Harbour”': shouted words, title case or not
    if _SPEECH_LEAD.search(before) and not _title_like(words):
        return False  # "Carter said “maybe”", "saying, “done.”": a speech verb takes the quote as its object
    characterised = attribution is not None and attribution.explicit and (attribution.cue or "").lower() in (
        "called", "calls", "calling", "described", "describes", "branded", "brands", "labelled", "labeled")
    if short and not characterised and (_NAMING_BEFORE.search(before) or _PUBLICATION_BEFORE.search(before)) \
            and not (attribution and attribution.explicit and VERB_LIKE.match(words[0])
                     and _NAMED_BEFORE.search(before)):
        # (but "X called the report “a fake”" is X's word for the report, and "X said the plan “offered
        # nothing new”" goes on with the plan's verb: no name starts so)
        return True
    if _names_a_scheme(body, span, words, before):
        return True  # 'it wants a new “talent visa” for specialists': the writer's name for a scheme
    if attribution is not None and attribution.explicit and (
            attribution.cue or "").lower() in _CHARACTERISING_CUES and _AS_BEFORE.search(before):
        if attribution.resolution.name:
            # "X referred to the council as the “Great Satan.”": a named person's epithet, capitalised or not
            return False
        if _title_like([word.rstrip(".!?,;:") for word in words]):
            # "Locals referred to the junction as “Dead Man's Corner.”", "The file refers to the site as “Area B”":
            # from anyone else, a capitalised one is the thing's name
            return True
    if _title_like(words) and not (attribution and len(words) > 6):
        return True
    if len(words) <= 6 and _title_like([w.rstrip(".!?") for w in words]) and _TITLE_BEFORE.search(before):
        return True  # on the podcast “Here’s the Thing.”, MSNBC’s “Morning Joe.”
    if attribution is None and len(words) <= 8 and _title_like([w.rstrip(".!?,") for w in words]) \
            and sum(w[:1].isupper() for w in words) >= 3:
        return True  # a headline, song or slogan: “Where Do Our Tax Dollars Go?”
    if len(words) == 1 and text[:1].isupper() and _TITLE_BEFORE.search(before):
        return True  # the host of “Today,”
    if attribution is None and _YEAR_AFTER.match(body, span.outer_end):
        return True  # a poster, slogan or work with its year: “No to the new bridge” (2008)
    if attribution is None and text[:1].isupper() and (
            _WORK_BEFORE.search(before) or body[span.open_mark - 1:span.open_mark] == "("
                                and _CITATION_AFTER.match(body, span.outer_end)):
        return True  # "in his column on Aug. 10, “The piling on must stop,”", '(“Romney blasts Trump,” USA Today, May 2)'

    if len(words) == 1 and text[:1].isupper() and not re.search(r"[,:]\s*$", before) and attribution is None:
        return True  # a capitalised single word in quotes is a name: the “Quartet”
    if short and not text.rstrip()[-1:] in "!?" and attribution is None:
        return True
    if short and span.single and attribution is None:
        return True
    return False


# A naming verb and its determiner, or a naming phrase holding one (data SCHEME_NAMING_VERBS, SCHEME_NAMING_PHRASES),
# with up to two modifiers, right before the opening mark: "launched the new “", "will create a new “"
_SCHEME_NAMING_BEFORE = re.compile(
    r"\b(?:(?:" + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in SCHEME_NAMING_VERBS)
    + r")\s+(?:a|an|the|its|their|his|her|our)|(?:"
    + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in SCHEME_NAMING_PHRASES)
    + r"))\s+(?:(?!(?:a|an|the)\b)[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# Words that make a quote a clause, not a bare noun phrase: its first word ("“there will be no new levy”", "“this is
# not a bailout fund”", "“nobody gets a free pass”") or any finite verb in it ("“the fund is empty”")
_NOUN_PHRASE_NOT_OPENING = frozenset({"this", "that", "these", "those", "there", "here", "no", "nobody", "nothing",
                                      "none", "it", "we", "they", "i", "you", "he", "she", "everyone", "everybody"})


# "I met a woman in a similar situation this summer who told me:": an unnamed source the reporter met, as the
# antecedent of the "who" right before the cue (a time phrase between them is no part of it), or a body's name
# before "which" or "who" without a comma
_RELATIVE_ANTECEDENT = re.compile(
    r"(?<![\w’'-])(?:(?P<np>(?:[Aa]n?|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w’'-]+\s+){0,6}?[a-z][\w’'-]*)"
    r"(?:\s+(?:this|last|that|on|in|earlier|one)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?)?\s+who"
    # (or a body's name, with "which" as well: "the Harbour Police Department which reported “…”")
    r"|(?P<name>(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,5}[A-Z][\w’'&.-]*)\s+(?:who|which))"
    r"\s+(?:(?:also|later|then|once|first)\s+)?$")


def _relative_antecedent(body: str, sentence_start: int, cue_start: int) -> tuple[int, int] | None:
    """The indefinite phrase a "who" right before a speech verb stands for ("a ferry guard who said:"), or the name a
    "which" or "who" follows ("the Harbour Police Department which reported"), when no subject phrase was found
    before the verb."""
    found = _RELATIVE_ANTECEDENT.search(body, max(sentence_start, cue_start - 160), cue_start)
    group = "np" if found is not None and found.group("np") else "name"
    if found is None or any(ch in found.group(group) for ch in ",;:\"“”\n"):
        return None
    return found.span(group)


def _opens_clause(body: str, position: int, sentence_start: int) -> bool:
    """Whether `position` opens a clause: the sentence's start, or after a stop, a comma, a dash, a bracket or
    "and"/"but"."""
    if position <= sentence_start:
        return True
    before = body[max(0, position - 12):position].rstrip()
    return not before or before[-1] in "\n.!?;,—–(:" or re.search(r"\b(?:and|but)$", before) is not None


def _names_a_scheme(body: str, span: QuotedSpan, words: list[str], before: str) -> bool:
    """A short bare noun phrase ending on a scheme's head noun (data SCHEME_HEADS) right after a naming verb and its
    determiner (data SCHEME_NAMING_VERBS, SCHEME_NAMING_PHRASES) names the scheme ("launched the “fair harbour
    initiative”", "will introduce a new “digital nomad visa”"). After any other verb, or holding a clause, it is
    the speaker's word ("accused ministers of creating a “slush fund”", "warned the banks “this is not a bailout
    fund”")."""
    if not 2 <= len(words) <= 6 or words[-1].rstrip(",.;:")[-1:] in ("!", "?"):
        return False
    lowered = [word.strip(",.;:’'\"”").lower() for word in words]
    if lowered[-1] not in SCHEME_HEADS or VERB_LIKE.match(lowered[0]) or lowered[0] in _NOUN_PHRASE_NOT_OPENING:
        return False  # (the quote opening on a verb goes on with the subject before it: 'the council “will set up a fund”')
    if any(word in _NOT_IN_NP for word in lowered):
        return False
    return _SCHEME_NAMING_BEFORE.search(before) is not None


# Words a name may hold twice ("The Bank of the West", "Friends of the Earth and of the Sea"): no chant's repetition.
_NAME_LINKS = frozenset({"the", "a", "an", "and", "&", "of", "for", "de", "la", "le", "del", "van", "von"})


def _reads_as_spoken(words: list[str]) -> bool:
    """Whether words shouted or chanted read as words spoken, not a bare name called out: a phrase that is not in
    title case, a single word ("Bravo"), one closing on "!" or "?", a word said again, or a capitalised phrase with
    a pronoun, a negation, an auxiliary, a slogan's particle or imperative (data SPOKEN_PHRASE_WORDS: "Hands Off Our
    Harbour", "This Is A Disgrace"). 'shouting “Evening Standard” to sell copies' calls a paper's name: no speech."""
    if len(words) <= 1 or words[-1].rstrip("’'\"”)")[-1:] in ("!", "?") or not _title_like(words):
        return True
    stripped = [w.strip(",;:.’'\"“”()-").lower() for w in words]
    stripped = [w for w in stripped if w not in _NAME_LINKS]
    if len(set(stripped)) < len(stripped):
        return True  # a word said over and over is a chant ("Bernie, Bernie", "Out, Out, Out"), not a name called
    shouted = all(not w[:1].isalpha() or w.isupper() for w in words)
    for word in words:
        bare = word.strip(",;:.’'\"“”()").replace("’", "'")
        if not shouted and len(bare) > 1 and bare.isupper():
            continue  # an acronym in a name ("US Weekly"), not the pronoun "us"
        lowered = bare.lower()
        if lowered in _SPOKEN_PHRASE_WORDS or lowered.endswith("n't") \
                or lowered.split("'")[0] in _SPOKEN_PHRASE_WORDS:
            return True
    return False


def _title_like(words: list[str]) -> bool:
    if len(words) < 2 or len(words) > 10 or words[-1][-1:] in ".!?":
        return False
    alpha = [w.strip(",;:’'\"") for w in words if w[:1].isalpha()]
    if len(alpha) < 2:
        return False
    significant = [w for w in alpha if len(w) > 3 or w[:1].isupper()]
    return all(w[:1].isupper() for w in significant) and sum(w[:1].isupper() for w in alpha) >= 2


def _kind(body: str, spans: list[QuotedSpan], index: int) -> str:
    span = spans[index]
    if span.continues is not None and spans[span.continues].paragraph_start == span.paragraph_start:
        return _kind(body, spans, span.continues)
    first = body[span.start]
    starts_sentence = first.isupper() or first.isdigit() or first in "[(…."
    # Only the last characters before the opening mark are read (a long paragraph's start is not copied per
    # quote): enough to hold "that," with the character before it.
    before_end = _rstrip_end(body, span.paragraph_start, _opening(body, span))
    before = body[max(span.paragraph_start, before_end - 10):before_end]
    if before.endswith("''"):
        before = before[:-2] + '"'  # a doubled closing mark: ''…'' ''…''
    if not before:
        return "direct" if starts_sentence or len(body[span.start:span.end].split()) > 8 else "partial"
    if index and before[-1] == "," and _interrupted(body, spans[index - 1], span):
        return _kind(body, spans, index - 1)  # "“We must wait,” she said, “because the data can change.”"
    if before[-1] in ".!?:;,\u2014\u2013-(\u201d\"" and starts_sentence:
        if before[-1] == "," and re.search(r"\bthat,?$", before):
            return "partial"
        return "direct"
    return "partial"


def _interrupted(body: str, previous: QuotedSpan, span: QuotedSpan) -> bool:
    """Whether `span` goes on with `previous` after a short attribution between them ("…,” she said, “…")."""
    if not previous.closed or previous.paragraph_start != span.paragraph_start:
        return False
    if body[previous.start:previous.end].rstrip()[-1:] != ",":
        return False
    between = body[previous.outer_end:span.open_mark]
    return len(between.split()) <= 8 and not re.search(r"[.!?;:]", between) and bool(_CUE.search(between))
