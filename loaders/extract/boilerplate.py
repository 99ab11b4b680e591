"""Boilerplate: the page furniture copied along with an article, recognised by general signals.

Text copied from a news page carries archive banners, reading-time lines, photo credits, donation and subscription
appeals, newsletter and cookie notices, share buttons, a web form's messages and a business's "call us" pitch, a
gallery's controls, how to reach the reporter, the site's own notes (affiliate disclosures, disclaimers of the
views expressed, "add us as a preferred source", "this article also appeared in ..."), mailing-list plugs, prompts to
comment, tag lists, and "Related / Recommended / Read more" blocks. `scan_lines`
labels each line with the signal that marks it as boilerplate (or None to keep it): single-line signals, whole
appeal blocks from the salutation ("Dear reader") to the signatures, a caption followed by the same text with a
photo credit, and everything after a "Related ..." heading once the article has begun. Lines repeated across many
articles of one outlet need corpus counts: `loaders.extract.repeated` compares them by `line_key`.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from loaders.extract.data.layout import (
    APP_CALL_VERBS, DIGEST_WORDS, PLUG_REPORTING_VERBS, PLUG_SPEAKERLESS_OPENERS, SITE_SELF_NOUNS, FOOT_CALL_OBJECTS, MORE_NEWS_CALLS, MORE_NEWS_WORDS, FOOT_CALL_VERBS, NEWSROOM_WORDS,
    BANNER_GLUE, FUNDING_PLATFORMS, NAME_GLUE_WORDS, OUTLET_NAME_WORDS, NAME_PARTICLES, PAGE_CONTROLS, REPORTING_CLAUSE, REPORTING_OPENING,
    SITE_NOTES, SUMMARY_BOX_LABELS, PAST_FINITE_WORDS, CAPTION_PARTICIPLES, CAPTION_PARTICIPLE_PREPOSITIONS, LEDE_TIME_WORDS, SEEN_CHANGE_WORDS,
    LANGUAGE_SWITCH_NAMES, RIGHTS_RESERVED_PHRASES,
)
from loaders.extract.data import speech_verbs
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.credits import (LINK_BOX_LABELS, NAME_CONJUNCTIONS, PICTURE_AGENCIES, agency_alternation,
                                          credit_alternation, credit_phrases)


_I = re.IGNORECASE

def _alternation(words) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of white space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


_ARCHIVE = re.compile(
    r"^(?:search\b.{0,80}\barchives?\b|see\s+(?:the\s+)?original\b.{0,60}\bfrom\s+this\s+date|"
    r"(?:from|browse|explore)\s+(?:the|our)\b.{0,40}\barchives?\b|this\s+(?:article|story)\s+is\s+from\s+the\s+archive|"
    r"this\s+(?:article|story|content|page)\s+is\s+(?:more\s+than|over)\s+(?:a|an|\d+)\s+(?:years?|months?|weeks?|days?)"
    r"\s+old\.?$)",
    _I,
)
_READING_TIME = re.compile(
    r"^(?:(?:est(?:imated|\.)?\s+)?(?:reading|read)\s+time\s*:?\s*|time\s+to\s+read\s*:?\s*|time\s+to\s+)?"
    r"(?:less\s+than\s+)?(?:a|an|\d+)\s*(?:-\s*)?"
    r"(?:min(?:ute)?s?|hours?|hrs?)\.?(?:\s+read(?:ing)?)?(?:\s+time)?\.?$",
    _I,
)


def is_reading_time(text: str) -> bool:
    """"3 min read", "Reading time: 4 minutes": a page's estimate of the article's reading time, alone."""
    return bool(_READING_TIME.match(text.strip()))


_LISTEN_PROMPT = re.compile(
    r"^(?:press\s+play\s+to\s+listen\s+to\s+this\s+(?:article|story)|voiced\s+by\s+artificial\s+intelligence\.?|"
    r"listen\s+to\s+this\s+(?:article|story)(?:\s*\(\d+\s*min\))?|"
    # an audio player's launch notice: "NEW You can now listen to Kestrel News articles!", not "... the hearing"
    r"(?:new[:!]?\s+)?you\s+can\s+now\s+listen\s+to\s+(?:this\s+(?:article|story)|[\w'’.&\s-]{1,40}?\barticles)"
    r"\s*[!.]?|"
    r"(?:have|got)\s+a\s+(?:confidential\s+)?(?:news\s+)?tip\b.{0,60})$",
    re.IGNORECASE,
)
# A machine summary's notice about itself: "This is AI generated summarization, which may have errors. For context,
# always refer to the full article." Only the page's own voice (no reporting verb: "the ministry said the report
# was AI-generated and may have errors" is news), and only with the summary's caveat.
_AI_SUMMARY = re.compile(
    r"^(?!.*\b(?:said|says|told)\b)(?:this|the\s+following)\s+(?:(?:summary|summarization|summarisation|article|"
    r"story|audio|translation|text|content)\s+)?(?:is|was|has\s+been)\s+(?:an?\s+)?(?:ai|machine|"
    r"artificial[-\s]intelligence)[-\s]generated\b.*\b(?:may\s+(?:have|contain)\s+(?:errors|mistakes|inaccuracies)|"
    r"refer\s+to\s+the\s+(?:full|original)\s+(?:article|story|text))",
    re.IGNORECASE,
)
_LISTEN_TIME = re.compile(r"^(?:listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?|audio)\b.{0,30}\d+\s*min|"
                          # an audio player's button with the recording's length alone: "Listen • 3:45"
                          r"^listen\s*[•·|:-]?\s*\d{1,2}:\d{2}$", _I)
# The agencies a credit line names (`credits.PICTURE_AGENCIES`, one list).
_AGENCY = agency_alternation()
# Every alternative is anchored at the line's start (the first reads to the last bracket), so a search tries one
# position only: the pattern runs on many lines.
_PHOTO_CREDIT = re.compile(
    # "(Graphic: Emerging markets in 2019 - here)" is no credit: a pointer in the text to a chart, its link "here"
    r"^(?:(?!.*\bhere\s*\)\s*$).*\(\s*(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit|courtesy|by)?\s*:?\s[^)]{0,120}\)\s*$|"
    r"^(?:photo|image|picture|photograph|illustration|credit|source|video)s?\s*(?:credits?|courtesy|by)?\s*:\s*\S.{0,120}$|"
    # "Photo / Jo Roe", "[Photo: Jo Roe]": the label with a spaced slash, or the credit in square brackets
    r"^(?:photo|image|picture|photograph)s?\s+/\s+\S.{0,120}$|"
    r"^\[\s*(?:photo|image|picture|photograph|illustration)s?\s*(?:credits?|courtesy|by)?\s*[:/]\s*[^\]]{1,120}\]$|"
    r"^(?:file|archive|stock)\s+(?:photo|picture|image)s?\.?$|"
    r"^(?:photo|photograph|pic|image|illustration|icon|map)s?\s+(?:by|courtesy(?:\s+of)?)\s+(?-i:[A-Z])[^.!?]{0,80}$|"
    r"^\(?" + _AGENCY + r"(?:\s*photo)?(?:\s*/\s*[^)]{1,60})?\)?$|"
    # "Jo Roe/Getty Images": a photographer's name over a slash before a picture agency, a credit line alone
    r"^(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}\s*/\s*" + _AGENCY + r"$|"
    r"^(?=.{0,400}$).*(?:[.!?][\"'”’]?\s+|^)(?:photograph|photo|foto|picture|pic|image)s?\s*:\s*[A-Z][^.!?]{0,80}$|"
    r"^(?=.{0,400}$).*[.!?][\"'”’]?\s+(?:\[\s*(?:photograph|photo|picture|image)s?\s*:\s*[A-Z][^.!?\]]{0,80}\]|"
    r"(?:photograph|photo|picture|image)s?\s+/\s+(?-i:[A-Z])[^.!?]{0,80})$|"
    # "... at the Istana on Feb 16. ST PHOTO: KELVIN CHNG": the paper's initials before its label, all in capitals
    r"^(?=.{0,400}$).*[.!?][\"'”’]?\s+(?-i:[A-Z]{2,6})\s+(?-i:PHOTO|PICTURE|IMAGE)S?\s*:\s*(?-i:[A-Z][A-Z .'’-]{2,40})$|"
    # "... on the situation in the Sahel. UN Photo/Loey Felipe": an owner's picture over a slash to the photographer
    r"^(?=.{0,400}$).*[.!?][\"'”’]?\s+(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,2}\s+(?-i:Photo|PHOTO)s?\s*/\s*"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}$|"
    # "UN Photo/Jo Roe" alone: the owner's picture over a slash to the photographer ("Photo/Video" is no name)
    r"^(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,2}\s+(?-i:Photo|PHOTO)s?\s*/\s*"
    r"(?!(?:video|audio|film|graphic)s?\b)(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}$|"
    # "Riverton Town Hall [PHOTO CREDIT: @riverton]": a caption without a stop closing on its bracketed credit
    r"^(?=.{0,400}$).*\S\s*\[\s*(?:photograph|photo|picture|image)s?\s*(?:credits?|courtesy|by)?\s*:\s*[^\]]{1,80}\]$|"
    # "... a crop sensor DSLR. Photo by: 'Neil Thomas'.": a caption closing on its credit
    r"^(?=.{0,400}$).*[.!?]\s+(?:photograph|photo|picture|pic|image)s?\s+(?:by|credit)\s*:\s*[\"'‘“]?(?-i:[A-Z])"
    r"[^.!?]{0,60}"
    r"[\"'’”]?\.?$|"
    r"^(?=.{0,400}$).*\bcredit\s*(?:\.\.\.|…)\s*\S[^.!?]{0,80}$|"
    # "... on May 14. Photo courtesy of Riverton University", "... at dawn. Photo by Jo Roe": no colon after it
    r"^(?=.{0,400}$).*[.!?]\s+(?:photograph|photo|picture|pic|image)s?\s+(?:courtesy(?:\s+of)?|by)\s+(?-i:[A-Z])"
    r"[^.!?]{0,60}\.?$|"
    # "Judges read the ruling in Riverton on Monday Image: Jo Roe/Wire/pictures": a caption with no full stop
    # running into its labelled credit, the label capitalised mid-line, the photographer and agency over a slash
    # (without the slash, only above the article: `_RUN_ON_LABEL_CREDIT`)
    # A pair joined to another pair ("Image: Kestle/Brenn and Brenn/Lode", routes on a map) lists things, no credit
# (the same in `_RUN_ON_LABEL_CREDIT`).
    r"^(?=.{0,400}$)(?:\S+\s+){4,}(?-i:Image|Photo|Picture|Photograph|Foto)s?\s*:\s*(?-i:[A-Z])[^.!?:;\"“”/]{1,60}/"
    r"(?![^/]*\b(?:and|or|to)\b[^/]*/)[^.!?:;\"“”]{1,60}$|"
    # "... in Riverton on Thursday. Source: Jo Roe/RTV": a picture's source, photographer and outlet
    r"^(?=.{0,400}$).*[.!?]\s+source\s*:\s*(?-i:[A-Z])[\w .'’-]{1,40}/\s*(?-i:[A-Z])[\w .&'’-]{1,40}\.?$|"
    r"^image\s+(?:caption|source|copyright)\b|^(?=.{0,100}$).*\bvia\s+getty\s+images\)?$|"
    r"^(?=.{0,160}$).*[(\[](?:[\w .'’-]{1,40}/)?" + _AGENCY +
    r"(?:\s+photo)?[)\]]$|"
    r"^(?=.{0,300}$).*\s[—–]\s*(?:" + _AGENCY + r"|File(?:\s+photo)?)\.?$|"
    r"^(?=.{0,300}$)(?!.*\bhere\s*\)$).*\((?-i:[A-Z])[\w .&'’-]{1,40}:\s*(?-i:[A-Z])[\w .'’-]{1,40}\)$|"
    # A sentence closing on its picture's source and channel: "... on Jan. 28. (Riverton City Council / Telegram)"
    r"^(?=.{0,400}$).*[.!?]\s+\((?-i:[A-Z])[\w .&'’-]{1,60}\s/\s(?-i:[A-Z])[\w .&'’-]{1,40}\)$|"
    # A caption closing on its credit: "... on May 4. (Wire Photo/Jo Roe)", "... in 2025. Credit: Jo Roe / Riverton
    # University" (one to four capitalised name words, maybe their owner after a slash, and nothing else; the
    # photographer in capitals for the outlet is `_CAPS_CREDIT`).
    r"^(?=.{0,400}$).*\(\s*(?:[\w.&'’-]+\s+){1,3}(?:photo|image|picture)s?\s*/\s*[^()]{1,60}\)$|"
    # "... in Istanbul, Sept. 14, 2026. (AA Photo)": one sentence closing on its picture's owner in brackets, one to
    # three capitalised words or an acronym before "Photo" (a stop before a capital inside it would open a second
    # sentence: "Residents spent the night in a gym. Volunteers brought soup. (DHA Photo)" is a body paragraph)
    r"^(?=.{0,400}$)[^.!?]*(?:[.!?](?!\s+[\"“‘(]?(?-i:[A-Z]))[^.!?]*)*[.!?]\s+\((?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s+(?:file\s+)?(?:photo|image|picture)s?\)$|"
    r"^(?=.{0,400}$).*[.!?]\s+(?:photo\s+|image\s+)?credits?\s*:\s*"
    r"(?!(?:\S+\s+){0,3}credits?\b)(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    # (the outlet it was taken for after a slash or "for": "Credit: Jo Roe for The Riverton Ledger"; a caption's
    # credit after "for" ends the line bare, where a sentence naming a benefit ends on its stop, and the name is
    # no credit itself: "Credits: Child Care Credit for Working Families." is the article's)
    r"(?:\s*/\s*(?-i:[A-Z])[\w .&'’-]{1,40}\.?|\s+for\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,4}|\.?)$|"
    # A wire caption closing on its credit, maybe with the licensing button after it: "... on Monday.
    # REUTERS/Jo Roe/File Photo Purchase Licensing Rights"
    r"^(?=.{0,400}$).*[.!?]\s+" + _AGENCY + r"\s*/\s*(?-i:[A-Z])[\w .'’-]{1,40}(?:/\s*(?:file\s+)?photo)?"
    r"(?:\s+purchase\s+licensing\s+rights)?$)",
    _I,
)
# "... on May 2. JO ROE FOR THE RIVERTON LEDGER", "... JO ROE FOR LE COURRIER", "... on May 2. JO ROE / RIVERTON
# LEDGER": a caption closing on its photographer's name in capitals (two or three words, the first a given name)
# for the outlet or its owner.
# A slogan in capitals closing a sentence ("... to parliament. JUSTICE NOW FOR MIGRANTS", "NO MORE LIES / NO MORE
# WARS") is the article's.
_CAPS_CREDIT = re.compile(r"^(?=.{0,400}$).*[.!?]\s+(?P<given>[A-Z][A-Z'’.-]+)(?:\s+[A-Z][A-Z'’.-]+){1,2}\s+"
                          r"(?:FOR\s+[A-Z][A-Z .&'’-]{1,40}|/\s*[A-Z][A-Z .&'’-]{1,40})$")
_COOKIE = re.compile(
    r"^(?=.{0,300}$)(?:.*\bcookies?\b.*\b(?:settings|policy|preferences|consent|accept|we\s+use|this\s+(?:site|website)"
    r"\s+uses)\b|(?:accept|manage|reject)\s+(?:all\s+)?cookies?\b.*|cookie\s+(?:settings|policy|preferences|"
    r"notice|consent)\b.*)",
    _I,
)
# The consent dialog of the IAB's framework, worded alike on every site that shows it.
_CONSENT = re.compile(
    r"^(?=.{0,700}$)(?:we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.*|we\s+care\s+about\s+your\s+privacy\W*|"
    r"store\s+and/or\s+access\s+information\s+on\s+a\s+device\b.*|list\s+of\s+partners(?:\s+\(vendors\))?\W*|"
    r"(?:use|create)\s+(?:limited\s+data|profiles)\s+(?:to\s+select|for)\s+(?:personali[sz]ed\s+)?(?:advertising|content)\b.*)",
    _I,
)
# A reporting clause with any reporting verb in the past or present ("..., the health board advised", "...,
# police urged"): the forms come from `speech_verbs`, so a notice rule never keeps a shorter private list.
_REPORTING_FORMS = _alternation(
    {forms[i] for forms in map(speech_verbs.inflections, speech_verbs.LEMMAS) for i in (1, 2) if len(forms) > 2})
_ANY_REPORTING_CLAUSE = r",\s*(?:[\w'’.-]+\s+){0,5}(?:" + _REPORTING_FORMS + r")\b"
# ... in a plug naming its outlet: a relative clause on the outlet ("..., which reports on the quay every day") or a
# participle with no speaker ("..., posted to your inbox") describes the plug's outlet and reports nobody's words;
# the verb after a speaker (", the notice urges riders") or before one (", urges the notice") reports a notice.
_PLUG_REPORTING_CLAUSE = (r",\s*(?!(?:which|that|who)\b)(?:(?:[\w'’.-]+\s+){1,5}(?:" + _REPORTING_FORMS + r")\b|(?:"
                          + _REPORTING_FORMS + r")\s+(?:the|an?|(?-i:[A-Z]))\b)")
# A site's notice is its own sentence, not one reporting someone ("..., a spokesman said on Friday", "according to
# the new terms", "which critics said ..."): a lookahead the notice patterns put at their start.
_NOT_REPORTED = (r"(?!.*\b(?:said|says|told|argued|added|wrote|writes|stated|states|claimed|claims|insisted|noted|"
                 r"reported|announced|ruled|according\s+to)\b)")
_NEWSLETTER = re.compile(
    r"^(?=.{0,300}$).*(?:\b(?:sign\s*up|subscribe|register)\b.{0,60}\bnewsletters?\b|"
    r"\bnewsletters?\b.{0,40}\b(?:sign\s*up|subscribe|inbox)\b|"
    # "Don't miss ... by signing up to the Echo Daily newsletter here": the plug ends on its link's word
    r"\b(?:signing|subscribing)\s+up\b.{0,60}\bnewsletters?\s+(?:here|now|today|below)\W*$|"
    # "Sign up for breaking news alerts", "Don't miss a story: sign up for push notifications", "... for our alerts":
    # the imperative to the reader opening a sentence, or the outlet's own list. "Residents can sign up to receive
    # daily alerts ..." (a third-person subject) or "Sign up ..., the council said" (reported) is the story's.
    r"(?:(?:^|[:.!?]\s+)(?:(?:please|simply|you\s+can)\s+)?sign\s*up\b.{0,30}\b(?:push\s+)?(?:alerts|notifications)\b|"
    r"\bsign\s*up\b.{0,30}\bour\b.{0,30}\b(?:alerts|notifications)\b)(?!.*" + _ANY_REPORTING_CLAUSE + r")|"
    r"^(?:free\s+)?(?:daily|weekly|monthly|fortnightly|morning|evening)?\s*(?:email\s+)?newsletters?$|"
    r"^newsletters?\s*:\s*\S.{0,100}$|^(?=.{0,60}$)sign\s+up\s+(?:to|for)\s+\S.*[^.!?]$|"
    r"^privacy\s+notice\s*:.{0,200}\bnewsletters?\b|"
    # "Stay up to date with the Riverton Post's breaking news alerts.", "Keep up to date with the latest news from
    # ...": the imperative opening a short line, then the news the site sends. "Stay up to date with the bureau's
    # flood warnings" (no news) or "..., the mayor urged" (reported) is the story's advice.
    r"^(?=.{0,160}$)(?:stay|keep)\s+(?:up[\s-]+to[\s-]+date|informed)\s+with\s+(?:[\w'’.-]+\s+){0,5}?"
    r"(?:(?:breaking|latest)\s+)?news\b(?:\s+(?:alerts|updates|notifications|headlines))?"
    # ... the site's own news, to the line's end: nothing more, "from Riverton"/"on our app" (a name, "us", "our"),
    # or a colon before its call; "news of closures by checking the county's road map" is the story's advice.
    r"(?:\W*$|\s+(?:from|on|in|via|with)\s+(?:us\b|our\b|(?:the\s+)?(?-i:[A-Z]))[^,]*$|\s*:\s+\S)"
    r"(?!.*\bfollowing\b)(?!.*" + _ANY_REPORTING_CLAUSE + r")|"  # "... by following X on Facebook": a share call
    # "Sign up to receive daily headline news from Kestrel Ledger, a division of ...": the outlet's headline mail
    r"^sign\s+up\s+to\s+receive\s+(?:the\s+)?(?:daily|weekly|morning|evening)\s+(?:headline\s+)?(?:news|headlines)\s+"
    r"from\s+(?:the\s+)?(?-i:[A-Z])" + _NOT_REPORTED + r"(?!.*" + _PLUG_REPORTING_CLAUSE + r"))",
    _I,
)
# "Subscribe to The Bulletin, our morning news round-up.", "Sign up for our evening briefing": the imperative
# opening a short line, with what the site sends its readers (`layout.DIGEST_WORDS`).
# Not a story's report of someone's advice (", officials advise.", a speaker before the verb: not ", recommended by
# readers", `layout.PLUG_SPEAKERLESS_OPENERS`) nor a line naming another body's digest by a common noun's possessive
# ("the council's roads bulletin"): the site names its own ("our", "The Bulletin", "the paper's",
# `layout.SITE_SELF_NOUNS`).
_DIGEST_PLUG = re.compile(
    r"^(?=.{0,160}$)(?!.*,\s*(?!(?:" + "|".join(PLUG_SPEAKERLESS_OPENERS) + r")\b|(?-i:[a-z])[\w'’.-]*ly\b)"
    r"(?:[\w'’.-]+\s+){1,4}(?:" + "|".join(PLUG_REPORTING_VERBS) + r")\b)"
    r"(?!.*\bthe\s+(?!(?:" + "|".join(r"\s+".join(map(re.escape, noun.split())) for noun in SITE_SELF_NOUNS)
    + r")['’]s\b)(?-i:[a-z])[\w-]*['’]s\b)"
    r"(?:subscribe|sign\s*up)\s+(?:to|for)\s+.{0,80}?\b(?:"
    + "|".join(r"\s+".join(map(re.escape, word.split())) for word in DIGEST_WORDS) + r")\b.*$", _I)
# An appeal line needs both a product word and a call to action, so a news sentence about subscriptions stays.
_FUNDING_PLATFORM = r"(?:" + "|".join(r"\s+".join(map(re.escape, name.split())) for name in FUNDING_PLATFORMS) + r")"
_APPEAL_PRODUCT = re.compile(
    r"\b" + _FUNDING_PLATFORM + r"\b|"
    r"\b(?:subscri(?:be|ption|ber)s?|donat(?:e|ion|ions)|premium|paywall|ads?-free|membership|become\s+a\s+"
    r"(?:member|supporter|patron)|support\s+(?:our|independent|quality)\s+journalism|independent\s+(?:journalism|reporting))\b",
    _I,
)
_CALL_TO_ACTION = re.compile(
    r"(?:\bclick\s+here\b|\bjoin\b.{0,40}\bnow\b|\bsign\s+up\b|\btoday\b|\bjust\s+[$€£]|[$€£]\s?\d+\s*(?:a|per|/)\s*"
    r"(?:month|year|week)|>>|\bupgrade\b|\bsubscribe\s+now\b|\bdonate\s+now\b|\bstart\s+your\b|\bfree\s+trial\b)",
    _I,
)
# "Please support us": a call for the outlet's own work only when the line names that work ("Independent journalism
# costs money. Please support us ..."); a guest columnist's "our food bank ... please support us" is her column's.
_SUPPORT_US_CALL = re.compile(r"\bplease\s+(?:support|help)\s+us\b|\bsupport\s+us\s+(?:with|by|today|now)\b", _I)
_OWN_WORK = re.compile(r"\b(?:journalism|reporting|newsroom)\b", _I)
# "Support our journalism: Donate.": the site's button closing the line after a colon, the sentence before it naming
# its own work in the site's voice ("our", "we", "readers like you"). "The banner read: Donate." names no such work,
# "Staff at the Gazette newsroom left one sign: Donate." names another's, and "The student newsroom ran one line:
# Support our journalism: Donate." quotes one (a colon inside the sentence): the story's.
# (whole words, only ever tested for presence: their order does not matter)
_OUTLET_VOICE_WORDS = ("we", "our", "us")
_READER_WORDS = ("you", "your")
_SITE_VOICE = r"\b(?:" + "|".join(_OUTLET_VOICE_WORDS + _READER_WORDS) + r")\b"
_BUTTON_CLOSE = re.compile(r"(?:^|[.!?]\s+)(?=[^:.!?]*" + _SITE_VOICE + r")(?=[^:.!?]*" + _OWN_WORK.pattern + r")"
                           r"[^:.!?]*:\s*(?:donate|subscribe|give)(?:\s+(?:now|today|here))?\s*[.!]?$", _I)
_STRONG_CALL = re.compile(
    r"\bsupport\s+us\s+on\s+" + _FUNDING_PLATFORM + r"\b|"
    r"\bclick\s+here\b|>>|(?:^|[.!:]\s+)(?:subscribe|donate|join|sign\s+up|upgrade|become\s+an?)\s+(?:[\w'’]+\s+){0,5}(?:now|today)\b|"
    # "Support independent reporting with a gift today.": 'support' as the call only when the sentence ends there
    r"(?:^|[.!:]\s+)support\s+(?!for\b)(?:[\w'’]+\s+){0,5}(?:now|today)[.!]",
    _I,
)
# "... on Thursday. Photo: Jo Roe/Courier.": one picture's caption closing on its labelled credit with a full stop.
# Only a caption's shape (`_caption_with_stopped_credit`): a plural label ("Photographs: Marta Lind.") credits a
# whole story and a past-tense sentence before it is news, so those paragraphs stay the body's.
_STOPPED_LABEL_CREDIT = re.compile(
    r"^(?=.{0,300}$)(?P<head>[^.!?]+[.!?])\s+(?:photo(?:graph)?|picture|image|foto)\s*:\s*"
    r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*/\s*(?-i:[A-Z])[\w .&'’-]{1,40})?\.?$", re.IGNORECASE)
_OUTLET_VOICE = re.compile(r"\b(?:" + "|".join(_OUTLET_VOICE_WORDS) + r")\b", _I)
_SHARE = re.compile(
    r"^(?:(?:share|share\s+(?:this|on|via)(?:\s+(?:article|story|page))?|share\s+(?:this\s+)?(?:article|story|page)|"
    r"(?:kindly|please)\s+share\s+this\s+(?:article|story|post|page)|"
    # "Share this Story : <headline>": the share widget with the headline it shares (the headline's echo): a
    # capital after the colon and no sentence stop or comma clause after it ("Share this post: the more people who
    # hear about it, the more hands we will have, organisers said." is a quoted appeal, the body's)
    r"share\s+this\s+(?:article|story|post|page)\s*:\s*(?-i:[A-Z0-9\"'‘“])[^.!?]{0,150}[?!]?|"
    r"social\s+sharing|(?:count\s+of\s+)?shares?\s*\d+|\d+\s+shares?|download\s+(?:pdf|the\s+pdf)|"
    r"print|print\s+this(?:\s+article)?|e-?mail|"
    r"e-?mail\s+this(?:\s+article)?|tweet|facebook|twitter|x|x\s*\(twitter\)|whatsapp|telegram|linkedin|reddit|pinterest|line|"
    r"x\.com|more\s+(?:share|sharing)\s+options|link\s+kopieren|(?:weitere\s+)?optionen\s+zum\s+teilen|teilen|"
    r"copy\s+link|copy|(?:link|url)\s+copied(?:\s+to\s+(?:the\s+)?clipboard)?|copied|comments?|save(?:\s+article)?|\d+\s+comments?|gift\s+(?:this\s+)?article|"
    r"share\s+full\s+article|reuse\s+this\s+content|order\s+reprints|today['’]s\s+paper|"
    r"listen|listen\s+to\s+(?:this\s+)?(?:article|story)|follow(?:\s+us)?|\d+[-\s]?min(?:ute)?s?\s+listen|sign\s*up|"
    # the text-size widget: "AA", "A+", "+ Text Size", "Normal text size", "Very large text size"
    r"aa|a\+|a-|\+\s*(?:text|font)\s+size|(?:(?:normal|default|small(?:er)?|large(?:r)?|(?:very|extra)\s+large|"
    r"increase|decrease)\s+)?(?:text|font)\s+size|"
    r"subscribe|log\s*in|sign\s*in|register|menu|search|skip\s+to\s+(?:main\s+)?content|"
    r"skip\s+advertisement|loading\.*|show\s+comments|view\s+comments)[\s|•·,:/!]*)+$",
    _I,
)
# A button: a call to action and what it leads to ("Get the recipe", "Check price on Amazon", "Learn more").
_BUTTON = re.compile(
    r"^(?:get|see|check|learn|read|jump\s+to|shop|buy|view|hear|watch|listen\s+to|download|try|start|explore|discover|"
    r"book|compare|find|claim)\b(?:\s+[\w&'’-]+){0,5}?\s*"
    r"(?:more|now|here|price|prices|deals?|details|options|review|reviews|recipe|story|article|free|trial|demo|"
    r"(?<=\s)(?:all\s+)?(?:blog\s+)?(?:posts|articles|stories)|(?<=our\s)(?:editorial\s+)?(?:standards|policy|guidelines)|"
    r"(?<=editorial\s)(?:standards|policy|guidelines)|"
    r"amazon|discounts?|offers?|today|it\s+now|the\s+full\s+\w+)\s*[!.>»→]*$|"
    r"^share\s+(?:this\s+(?:post|page|story|article)|on\s+\w+|by\s+e-?mail|via\s+\w+)$",
    _I,
)
# An excerpt's closing pointer to the rest of the same piece, the whole line: "Read it all here.", "Read the rest of
# the story here." Alone it is a button (a pointer to more of the site reads the same); as the page's last line,
# right under the prose, it is the quoting article's last line (`scan_lines`). "Read the rest of our reviews here."
# points to more of the site.
_EXCERPT_POINTER = re.compile(
    r"^read\s+(?:it\s+all|the\s+rest(?:\s+of\s+(?:the|this)\s+(?:story|article|interview|piece|post|report))?)"
    r"\s+here\s*\.?$", _I)


def is_excerpt_pointer(text: str) -> bool:
    """"Read it all here.", "Read the rest of the story here.": an excerpt's closing pointer, the whole line."""
    return bool(_EXCERPT_POINTER.match(text.strip()))


# A business's call to act, addressed to the reader with its phone number or its form: "Let Us Help! Call us at
# (919) 555-0150 or fill out this quick form", "Or skip the form and call now: 844.555.8630." A news sentence
# with a number ("Anyone with information should call police at 555-0100") is not addressed as "call us/now",
# and a quoted appeal ("'Please call us at (919) 555-0150,' Sgt. Jo Roe said.") is the article's.
_CALL_US = re.compile(
    r"^(?=.{0,250}$)(?!.*[\"“”])(?!.*\b(?:" + speech_verbs.alternation(speech_verbs.NAME_BEFORE_VERB) + r")\b)"
    r".*\b(?:call\s+(?:us|now|today)|give\s+us\s+a\s+call|contact\s+us)\b.*"
    r"(?:\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\bfill\s+out\b|\bthe\s+form\b)", _I)
# A helpline's notice under a story ("Need help? Visit the Crisis Line ...", "If you or someone you know is
# struggling, call ..."), the site's own words to its reader. A story's sentence about help reports someone; a
# witness appeal ("If you or someone you know saw the boat leave, call police") is the story's, so the condition
# must be distress. Furniture only at the page's end (`_TRAILING_ONLY`).
_HELPLINE = re.compile(
    r"^(?=.{0,250}$)(?!.*" + _ANY_REPORTING_CLAUSE + r")(?:need\s+(?:help|support|someone\s+to\s+talk\s+to)\?|"
    r"if\s+you\s+or\s+someone\s+you\s+know\s+(?:is|are|has\s+been|have\s+been|feels?|needs?)?\s*(?:struggling|"
    r"affected\s+by|in\s+crisis|(?:thinking|having\s+thoughts)\s+(?:about|of)\s+(?:suicide|self-harm)|"
    r"(?:in\s+)?need(?:s|ing)?\s+(?:of\s+)?(?:support|help))\b[^.?!]{0,100},)"
    r"\s*(?:please\s+)?(?:visit|call|text|contact|dial|reach)\b", _I)
# A call to readers for tips under the outlet's label in capitals: "KESTREL POST READERS: What's happening in your
# town? Send ...", "READERS: Tell us ...": the label, then a call to send, tell, e-mail or share. "NOTE TO READERS:"
# over a story's line is the story's. Furniture only at the page's end (`_TRAILING_ONLY`).
_READER_CALL = re.compile(r"^(?!NOTE\s+TO\s)(?:[A-Z][A-Z'’&.-]*\s+){0,3}READERS\s*:\s*"
                          r"(?=.{0,300}\b(?i:send|tell\s+us|e-?mail|share|contact|write\s+to|get\s+in\s+touch)\b)\S")
# How to reach the reporter, closing a news story: "Have a tip? Jo Roe may be reached at jroe@example.com.",
# "Reach the reporters on Twitter at ...", "Contact the writer: jroe@example.com". An address (e-mail, web or
# social handle) must stand in the line: "She may be reached at home" is the article's.
_REPORTER_CONTACT = re.compile(
    r"^(?=.{0,300}$)(?:(?:have\s+a\s+(?:news\s+)?tip\?\s*)?[^.!?]{0,60}\b(?:may|can)\s+be\s+reached\s+(?:at|by|on|via)\b|"
    # the desk asks for tips, addressed as "us": "Have a news tip? Email us at news@example.com or message us ..."
    # (not when a reporting clause follows: "..., the sheriff's office wrote in a Facebook post" reports an appeal)
    # "If you have information about this story, please contact our newsroom at news@example.com": the desk's call
    # ("please contact us at ..., the force said" reports a police appeal)
    r"(?:if\s+you\s+have\s+[^.!?]{0,60},\s*)?please\s+(?:contact|email|e-mail|write\s+to|call|message)\s+"
    r"(?:us|our\s+(?:" + _alternation(NEWSROOM_WORDS) + r"))\b(?!.*" + REPORTING_CLAUSE + r")|"
    # "Do you have a story for us? Get in touch by emailing news@example.com."
    r"(?:do\s+you\s+)?(?:have|got)\s+a\s+(?:news\s+)?(?:tip|story)(?:\s+for\s+us)?\?\s*(?:get\s+in\s+touch|contact\s+us)\s+"
    r"(?:by|via)\s+(?:emailing|e-mailing|calling|messaging|writing\s+to)\b|"
    r"(?:have|got)\s+a\s+(?:news\s+)?(?:tip|story)\?\s*(?:email|e-mail|contact|message|text|call|write\s+to|send\s+it\s+to)\s+"
    r"(?:us|our\s+(?:" + _alternation(NEWSROOM_WORDS) + r"))\b(?![^\n]*,\s+(?:[\w'’.-]+\s+){0,5}(?:wrote|writes|said|says|posted|posts|told|tells|tweeted|added|asked|"
    r"announced|urged|appealed|shared)\b)|"
    r"(?:reach|contact|email|e-mail|write\s+to)\s+(?:the\s+)?(?:reporters?|writers?|authors?|columnist)\b|"
    # "Contact Dana Ortiz at dortiz@example.com": the writer by name, then her address (the tail below)
    # The address is the writer's own (its name part echoes her surname: "dortiz@") and closes the line, or her phone
    # or handle follows it: "Contact City Hall at parks@example.gov to reserve a sapling.", "Reach Valley Animal
    # Shelter at adopt@example.org or call ...", "Email Dan Ross at dross@example.org for a form." are the article's.
    r"(?:contact|reach|email|e-mail)\s+(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+(?P<surname>[A-Z][\w'’-]+))\s+at\s+"
    r"(?=[\w.-]*(?P=surname)[\w.-]*@\S+?(?:[.!]?$|\s+or\s+(?:follow|find|reach)\b.*@\w|"
    r"\s+or\s+(?:\(?\d{3}\)?[\s.-]?)?\d{3}[\s.-]\d{4}\W*$)))"
    r".*(?:\S@\S|https?://|\bon\s+(?:twitter|x|bluesky|mastodon)\b|(?<!\w)@\w|"
    r"(?<!\d)(?:\(?\d{3}\)?[\s.-]?)?\d{3}[\s.-]\d{4}\W*$)", _I)  # or a phone number closing the line
# What readers did with the post, and a nudge to share it: "79 people shared or liked this.", "Sharing is caring :)",
# "Share this post:".
_SHARE_COUNT = re.compile(r"^(?:\d[\d,.]*k?\s+(?:people|readers)\s+(?:shared|liked)(?:\s+(?:or|and)\s+(?:shared|liked))?"
                          r"\s+this|sharing\s+is\s+caring|share\s+this\s+(?:post|recipe|guide)|"
                          # "Like this story? Share it with a friend.": the site's nudge under the body
                          r"(?:(?:like|liked|enjoy|enjoyed|love|loved)\s+this\s+(?:story|article|post|piece)\s*\?\s*)?"
                          r"share\s+(?:it|this(?:\s+(?:story|article|post|piece))?)\s+with\s+(?:a\s+friend|your\s+friends|"
                          r"friends(?:\s+and\s+family)?|someone\s+who\s+\w+(?:\s+\w+){0,3}))\W*$", _I)
# A picture gallery's own controls, copied with it: "Image 1 of 5", "Image 1 of / 5", "1 / 5", "Back to Gallery".
_GALLERY = re.compile(r"^(?:(?:image|photo|picture|slide)\s+\d+\s+of\s*/?\s*\d*|\d{1,3}\s*/\s*\d{1,3}|"
                      r"(?:back\s+to|open|view|close)\s+(?:the\s+)?(?:gallery|slideshow))$", _I)
_GALLERY_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide)\s+\d+\s+of\s*/?\s*\d*|\d{1,3}\s*/\s*\d{1,3})$", _I)
_SOCIAL = re.compile(
    r"^(?=.{0,120}$)(?:follow|like|join)\s+(?:us|\S+(?:\s+\S+){0,5})\s+on\s+(?:twitter|facebook|instagram|x|telegram|"
    r"linkedin|youtube|tiktok|whatsapp|threads|bluesky|google\s+news)\b|"
    # the prompt over a row of social icons, copied without them: "Follow us on social media:"
    r"^(?:follow|like|join|find)\s+us\s+on\s+(?:social\s+(?:media|networks?)|our\s+social\s+(?:media\s+)?channels)\s*[:.!]?$|"
    r"^(?=.{0,160}$)(?:join|follow)\s+.{0,40}\b(?:whatsapp|telegram)\s+channel\b|"
    # "Keep up to date with the latest news by following the Courier on Facebook": the call closing the page
    r"^(?=.{0,200}$)(?!.*" + REPORTING_CLAUSE + r")(?:keep|stay)\s+up[\s-]to[\s-]date\b[^.!?]{0,80}\bby\s+following\s+[^.!?]{1,60}\bon\s+(?:twitter|"
    r"facebook|instagram|x|telegram|linkedin|youtube|tiktok|whatsapp|threads|bluesky|social\s+media)\b|"
    # an embedded post's frame: "View this post on Instagram", "A post shared by Jo Roe (@joroe)" (a tweet's
    # signature, "— Jo Roe (@joroe) November 8, 2026", is the quoted post's own line, which the HTML dev gold keeps)
    r"^view\s+(?:this|the)\s+(?:post|photo|video|profile|reel)\s+on\s+(?:instagram|facebook|tiktok|x|twitter|threads)\W*$|"
    r"^(?=.{0,160}$)an?\s+(?:post|photo|video|reel)\s+shared\s+by\s+.{0,80}\(@[\w.]{1,30}\)\W*$",
    _I,
)
# An embedded post left as its empty markup when the page was copied: a whole line that is one element with
# attributes and nothing inside ('<tweet tweet-id="123"><tweet/>.', '<post id="x"/>'), maybe with the stop a copy
# adds. An element holding the post's text ('<tweet author="jroe">Text</tweet>') quotes the post and stays, as a
# tweet's own lines do; prose that mentions a tag ("wrote <b>urgent</b> on it") does not start with one.
_EMBED_MARKUP = re.compile(r"^<(?P<tag>[a-z][\w-]*)(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))+\s*"
                           r"(?:/>|>\s*</?(?P=tag)\s*/?>)\s*\.?$", _I)
# The roles a credits line names: `data.credits.CREDIT_PHRASES` read for 'credits'.
_CREDIT_ROLE = re.compile(r"^\(?(?:additional\s+)?(?:" + credit_alternation("credits") + r")\s*:?\s+", re.IGNORECASE)
_WRITER_ROLE = re.compile(r"^\(?(?:written|words|story|text)\s+by\s*:?\s+", re.IGNORECASE)
_EDITOR_AFTER = re.compile(r";\s*(?:" + credit_alternation("credits") + r")\s*:?\s+\S", re.IGNORECASE)
_CREDIT_GLUE = {"and", "in", "by:", "&", "additional", "written", "words", "story", "text"} | {
    word for phrase in credit_phrases("credits") for word in phrase.split()}


_SIGNED_PART = re.compile(r"^(?i:by)\s+(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z])")  # "By Jo Roe": no section's label


def _is_breadcrumb(text: str) -> bool:
    """"Home › News › Middle East": three or more short labels between separators (table rows start with '|')."""
    if len(text) > 120 or text.startswith("|"):
        return False
    parts = _BREADCRUMB_SEPARATOR.split(text)
    if not (len(parts) >= 3 and all(
            0 < len(part) <= 30 and not _SENTENCE_END.search(part) and _LETTER_START.match(part) for part in parts)):
        return False
    if _SIGNED_PART.match(parts[0]):
        return False  # "By Jo Roe | The Riverton Ledger/Online": a byline's fields, its outlet's name slashed
    # "Mara Lund / BUSINESS DESK / Updated: July 9, 2026": a part that is a date line makes the row a byline's
    # fields (writer, desk, date), not a trail of sections.
    from loaders.extract.pubdates import date_line

    return date_line(parts[-1]) is None


_LANGUAGE_BAR_SEPARATOR = re.compile(r"\s*[|/·•]\s*")


def _is_language_bar(text: str) -> bool:
    """"English | Français", "EN | FR", "Deutsch / English": a site's language switch, two or more items each a
    language's own name or code (`layout.LANGUAGE_SWITCH_NAMES`; "Tiếng Việt", "Bahasa Indonesia" of two words)."""
    if len(text) > 80 or not _LANGUAGE_BAR_SEPARATOR.search(text):
        return False
    parts = _LANGUAGE_BAR_SEPARATOR.split(text.strip())
    return len(parts) >= 2 and all(
        0 < len(part.split()) <= 2 and all(_is_language_word(word) for word in part.split()) for part in parts)


def _is_language_word(word: str) -> bool:
    """A language's own name or its code; a two-letter code only in capitals or lower case ("EN", "en"), since a
    capitalised "He" or "It" is an English word."""
    return word.lower() in LANGUAGE_SWITCH_NAMES and (len(word) > 2 or not word.isascii() or word.isupper() or word.islower())


def _is_credit_line(text: str) -> bool:
    """"Reporting by Jane Roe in Riverton; Editing by John Doe": only roles, names and places. A writer's credit
    opening it counts with an editing credit after a semicolon ("Written by Jo Roe; edited by Ann Lee.")."""
    if len(text) > 300 or not (_CREDIT_ROLE.match(text)
                               or (_WRITER_ROLE.match(text) and _EDITOR_AFTER.search(text))):
        return False
    words = re.findall(r"[^\s,;()]+", text.rstrip(".)"))
    return all(word.lower() in _CREDIT_GLUE or word[0].isupper() for word in words)


# "5 hours ago", "Updated 18h ago" (a live page's compact units), "just now", "2:15 p.m.": a relative clock.
# A live page's key-event links over its first entry: a relative clock run into the entry's headline with a
# wide gap or a separator ("9m ago  Exit poll: council majority holds", "1h ago · Macron calls snap election"). No
# sentence opens on a bare "9m ago".
# Only a short headline-shaped tail with no sentence's stop or ellipsis: an entry's own text ("9m ago  Council
# approves tram extension by 12 votes to 5, ending ...", "1h ago  About 200 people gathered ..., police said.") stays.
_KEY_EVENT = re.compile(r"^\d{1,2}\s?(?:s|m|min|mins|h|hr|hrs|d)\s+ago(?:\s{2,}|\t+|\s*[·•|–—]\s*)"
                        r"(?!.*\b(?:said|says|told)\b)[^\s.!?…][^.!?…]{0,79}$", _I)
_RELATIVE_TIME = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:about\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|\d+\s?(?:s|m|h|d|w|hr|hrs|min|mins))"
    r"\s+ago\.?$|^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:just\s+now|today|yesterday)$|"
    # "Today at 18:21", "Yesterday at 9.05 pm": a daily's relative stamp under the byline
    r"^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:today|yesterday)\s+at\s+\d{1,2}[:.]\d{2}"
    r"(?:\s*[ap]\.?\s?m\.?)?$|"
    r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$",  # "2:15 p.m.": a live blog's clock
    _I,
)
_BREADCRUMB_SEPARATOR = re.compile(r"\s*[›»>/|]\s*")
_LETTER_START = re.compile(r"^[^\W\d_]")  # labels are words; "06/09/2004" is a date
_CREDITS = re.compile(
    r"^(?:tags?|topics?|filed\s+under|categories|see\s+more\s+on|more\s+on)\s*:\s*\S.{0,200}$|"
    r"^our\s+standards\s*:|"
    r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]\s*source\s*:\s*\S.{0,60}$|"  # a video's length and source: "01:45 - Source: X"
    # "Reporting from Port Clyde, Maine": the writer's place in capitalised words ("Reporting from the front line
    # changed how we ..." is a headline)
    r"^reporting\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:[ -](?-i:[A-Z])[\w'’.-]*){0,3}"
    r"(?:,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}){0,2}\.?$|"
    r"^(?=.{0,200}$).*\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\.?$|"
    r"^[_\-–—=*~•·]{3,}\.?$|^[—–-]?\s*with\s+assistance\s+from\s+\S.{0,150}$|"
    # the wires a story draws on, closing it: "(With inputs from PTI)", "With reporting from agencies.", "With AFP"
    r"^\(?[—–-]?\s*with\s+(?:(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+)?(?:(?:news\s+)?agencies|wires|"
    + _AGENCY + r")(?:\s*(?:,|and|&)\s*(?:(?:news\s+)?agencies|" + _AGENCY + r"))*\s*\)?\.?$|"
    r"^\((?:updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]{0,150}\)\.?$|"
    r"^a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+(?:the\s+)?print\b|"
    r"^(?:(?:reader|user|readers['’]?)\s+)?comments?\s+(?:are|is)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)\b.{0,40}$|"
    r"^[—–]\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}$|"  # "— Jane Roe": a live post's sign-off
    r"^(?=.{0,120}$)(?:published|printed|first\s+published|originally\s+published)\s+in\s+(?:the\s+)?(?-i:[A-Z])"
    r"[\w&'’. -]{1,50},\s+(?-i:[A-Z])[\w ,.]{3,40}\d{4}\.?$",
    _I,
)
# "Sponsor Message" (a public radio site's underwriting slot) and "Video Ad Feedback" (a video player's ad
# label) stand where an advertisement is, between paragraphs.
_ADVERT_ITEM = (r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|sponsor\s+message|(?:video\s+)?ad\s+feedback|story\s+continues\s+below(?:\s+advertisement)?|"
                r"continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content|\s+reading)?|"
                # "Continue reading the main story", "Article continues after advertisement": an ad slot's markers
                r"continue\s+reading\s+(?:the\s+)?main\s+story|article\s+continues\s+below(?:\s+advertisement)?|"
                r"(?:story|article)\s+continues\s+after\s+(?:the\s+|this\s+)?(?:advertisement|advert|ad))")
_ADVERT = re.compile(r"^" + _ADVERT_ITEM + r"(?:\s*[·•|.-]\s*" + _ADVERT_ITEM + r")*\s*[:.]?$", _I)
# A web form's own status messages, shown with the form a copy picked up: "Thank you! Your submission has been
# received!", "Oops! Something went wrong while submitting the form."
_FORM_MESSAGE = re.compile(
    r"^(?=.{0,120}$)(?:(?:thank\s+you|thanks)[!.,]?\s+)?(?:your\s+(?:submission|message|request|form)\s+has\s+been\s+"
    r"(?:received|sent|submitted)|(?:oops[!.,]?\s+)?something\s+went\s+wrong\s+while\s+submitting\s+the\s+form|"
    r"there\s+was\s+an?\s+(?:error|problem)\s+(?:submitting|sending)\s+(?:the|your)\s+(?:form|message))\b[\s.!]*$", _I)
# Placeholder text a page template ships with ("Lorem ipsum dolor sit amet"): never an article's words.
_PLACEHOLDER = re.compile(r"\blorem\s+ipsum\b", _I)
# Labels a page prints above or inside an article that are never its prose: "Live", "Summary", "Analysis".
_SUMMARY_LABELS = "(?:" + "|".join(r"\s+".join(map(re.escape, label.split())) for label in SUMMARY_BOX_LABELS) + ")"
_PAGE_LABEL = re.compile(
    r"^(?:live|live\s+(?:reporting|updates|coverage|blog)|" + _SUMMARY_LABELS + r"\s*:?|analysis|opinion|explainer|"
    r"table\s+of\s+contents|"
    # a press release's label over its date and headline: "For Immediate Release", "For release: immediately"
    r"for\s+immediate\s+release|(?:for\s+)?release\s*:?\s*immediately|"
    r"breaking(?:\s+news)?|skip\s+(?:next|previous)\s+section\b.{0,40}|subscribers?\s+only|premium|"
    r"lire\s+en\s+fran[cç]ais|leer\s+en\s+espa[nñ]ol|auf\s+deutsch\s+lesen|read\s+in\s+\w+|"
    r"(?:posted|updated|published)\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)$",
    _I,
)
_RIGHTS_RESERVED = "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in RIGHTS_RESERVED_PHRASES)
_COPYRIGHT = re.compile(r"^(?=.{0,200}$)(?:©|\(c\)\s*\d{4}|copyright\b)|\ball\s+rights\s+reserved\.?$|"
                        # the Crown's notice on a government page: "Crown copyright © 2026, Province of X."
                        r"^(?=.{0,200}$)crown\s+copyright\s*(?:©|\(c\)|\d{4})|"
                        # another language's "All rights reserved" closing the line (layout.RIGHTS_RESERVED_PHRASES)
                        # (opening the line or after the holder's name alone: "Harlow Zeitung GmbH. Alle Rechte
                        # vorbehalten."; a sentence closing on the words, "... in small type, tous droits réservés.",
                        # is the story's)
                        r"^(?=.{0,200}$)(?:(?:(?-i:[A-Z0-9])[\w&'’.-]*|&|" + _alternation(BANNER_GLUE) + r")"
                        r"(?:\s+|\s*[|–—-]\s*)){0,8}(?:" + _RIGHTS_RESERVED + r")\.?$|"
                        # "All rights reserved. No part of this publication may be reproduced without permission."
                        r"^(?=.{0,250}$)all\s+rights\s+reserved[.;]\s+(?:no\s+part\s+of|this\s+(?:material|content)|"
                        r"(?:the\s+)?(?:content|material)s?\s+(?:on\s+this\s+\w+\s+)?may\s+not)\b|"
                        # the site's notice on copying its pages: "Copying of content is permitted only with an
                        # active link to the source", "Reproduction of materials without permission is prohibited"
                        # A notice in the present tense, the site's own: a past-tense or reported news sentence
                        # ("Reproduction of articles was prohibited under the old law, which critics said ...") stays
                        r"^(?=.{0,200}$)" + _NOT_REPORTED + r"(?!.*\b(?:was|were|had\s+been|used\s+to\s+be)\b)"
                        r"(?:any\s+)?(?:copying|reproduction|republication|reprinting|use)\s+of\s+"
                        r"(?:(?:the|our|this|site|website|all|any)\s+)*(?:content|materials?|articles?|texts?)\b"
                        r".{0,120}\b(?:permitted|allowed|prohibited|forbidden|not\s+allowed)\b", _I)
# The verbs of a notice letting others reuse the site's pages (`_REUSE`, `_OPEN_LICENCE`).
_REUSE_VERBS = r"(?:reproduced|republished|reprinted)"
# The site's notice that its pages may be reused on a condition, the whole line, alone or after the site's name
# only ("Content may be reproduced citing the source.", "Kestrel Press. Content may be reproduced ...", "All
# content on this site may be freely republished with a link"); a sentence of the story before it ("The council
# changed its rules. Information may be shared ...") or a clause ("Under the new law, content may ...") is the
# story's. Furniture only at the page's end (`_TRAILING_ONLY`).
_REUSE = re.compile(r"^(?=.{0,250}$)(?!.*" + _ANY_REPORTING_CLAUSE + r")" + _NOT_REPORTED
                    + r"(?:(?-i:[A-Z])[\w&'’-]*(?:\s+(?:[–—-]|de|del|da|do|of|the|and|&|(?-i:[A-Z])[\w&'’-]*)){0,8}\.\s+)?"
                    r"(?:all\s+|the\s+|our\s+|this\s+)?(?:content|materials?|articles?|texts?)"
                    r"(?:\s+(?:on|of|from)\s+this\s+\w+)?\s+(?:may|can)\s+be\s+(?:freely\s+)?" + _REUSE_VERBS + r"\s+"
                    r"(?:citing|quoting|crediting|mentioning|with\s+(?:a\s+)?(?:link|credit|attribution)|provided|"
                    r"as\s+long\s+as|on\s+condition)\b", _I)
# A nonprofit newsroom's standing notes under its articles, the whole line: its licence to republish ("Our stories
# may be republished online or in print under Creative Commons license CC BY-ND 4.0. We ask ...") and its membership
# of a news network ("Kestrel Ledger is part of Harbor Newsroom, a nonprofit news network supported by ..."). A
# story's sentence reports a licence ("The council said the photos may be republished under ...") or tells of a
# network joined ("The Ledger became part of ..."). The licence's subject is the site's work ("our stories", "this
# article"), not photos the story tells of ("Photos from the lander may be republished under ..."); the network is
# a news one ("news network", "newsroom"), not a hospital's trust or a schools' organisation, and a reporting clause
# after it ("..., a nonprofit news network, Velmont said") makes it the story's.
_OPEN_LICENCE = re.compile(
    r"^(?=.{0,400}$)(?!.*" + _ANY_REPORTING_CLAUSE + r")" + _NOT_REPORTED
    + r"(?:all\s+(?:of\s+)?)?(?:(?:our|this|these|the)\s+)?(?:stories|story|articles?|content|reporting|work)"
    r"(?:\s+on\s+this\s+(?:site|website|page))?\s+(?:may|can)\s+be\s+(?:freely\s+)?" + _REUSE_VERBS
    + r"\b[^.]{0,60}?\bunder\s+(?:an?\s+|the\s+)?creative\s+commons\b", _I)
_NEWS_NAME = r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?-i:[A-Z])[\w&.'’-]*|of|the|and|&)){0,6}"
_NETWORK_MEMBER = re.compile(
    r"^(?=.{0,400}$)(?!.*" + _ANY_REPORTING_CLAUSE + r")(?:the\s+)?" + _NEWS_NAME
    + r"\s+is\s+(?:part|a\s+member)\s+of\s+(?:the\s+)?" + _NEWS_NAME
    + r",\s+an?\s+(?:(?:non-?profit|nonpartisan|non-partisan|independent|national|regional|statewide)\s+){0,2}"
    r"(?:news\s+(?:network|organi[sz]ation|collaborative|service)|newsroom|journalism\s+(?:network|collaborative))\b", _I)
# The editor's standing note on a live page, the whole line: "This is a developing story. Check back for updates.",
# "This story is developing and will be updated." A story's sentence goes on ("... for the town, the mayor said").
_DEVELOPING = re.compile(
    r"^this\s+(?:is\s+an?\s+developing\s+(?:news\s+)?story|story\s+is\s+developing)"
    r"(?:\s+and\s+(?:it\s+)?will\s+be\s+updated)?\s*[.!]?"
    r"(?:\s*(?:please\s+)?check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:updates|more(?:\s+details)?)\s*[.!]?)?$", _I)
_BANNER = re.compile(r"^(?=.{0,80}$)[^.!?]{1,60}\s*[-–—:|]\s*exclusive$|^exclusive\s+(?:to|for)\s+\S.{0,50}$", _I)
# A list item's mark ("* ", "• ", "- ", "– "), on a box's headlines and before a link's label.
_LIST_MARKS = r"[*\u2022\u25aa\u2023\u00b7\u2013-]"
_INLINE_LINK = re.compile(
    r"^(?=.{0,200}$)(?:" + _LIST_MARKS + r"\s*)?(?:read\s+(?:more|also|next)|also\s+read|"
    r"related(?:\s+(?:news|reading|articles?|stories|posts?|content|links?|coverage))?|see\s+also|recommended|"
    r"more\s+on\s+this|watch|listen(?:ing)?)\s*[:>|]\s*\S|"
    r"^(?=.{0,160}$)(?:read\s+(?:more|also|next)|also\s+read)\s+(?-i:[A-Z]).*[^.!?]$"  # "Read more In X, a headline"
    # "Also read how to save money on car repairs.": a short pointer to another article, a link's words
    r"|^(?=.{0,100}$)also\s+read\s+(?:how|why|what|when|where|about|our)\b[^!?]*$"
    # "READ: Bridge collapse: 11 hurt as truck plunges into river": a bare "Read" and its colon over a headline, which
    # closes on no full stop ("Ready: the stadium opens" is no label; "Read the full statement ..." has no colon)
    r"|^(?=.{0,160}$)read\s*:\s*(?-i:[A-Z0-9“\"‘']).*[^.]$",
    _I,
)
# A caption opened by where its picture stands: "Above: The seed heads in winter light."
# ("Below:" and "Top:" also open ordinary lines: "Below: the full text of the statement", "Top: Apple led the gains".)
_CAPTION_LABEL = re.compile(r"^(?:above|pictured|main\s+(?:image|photo))\s*:\s+(?-i:[A-Z“\"‘'(])", _I)
# An author box on one line: "About the author: Jane Roe is a freelance photographer ..."
# The outlet's app ("Download our app to get alerts", "Get the Riverton Courier app"): the call opens the line and
# the app ends it or is followed by its purpose or "now"; "Get the app working again ..." is a sentence.
_OWN_APP = re.compile(r"^(?=.{0,160}$)\W*(?:" + _alternation(APP_CALL_VERBS) + r")\s+(?:our|the)\s+(?:[\w'’&-]+\s+){0,4}"
                      r"apps?\b(?:\W*$|\s+(?:to|for|now|today|and|on|from)\b)(?![^\n]*,\s+(?:[\w'’.-]+\s+){0,5}"
                      r"(?:said|says|urged|told|added|wrote|asked)\b)", _I)
# "For more news, visit our homepage.": what the outlet offers "for more", a comma, then where to find it.
_MORE_NEWS = re.compile(r"^(?=.{0,200}$)\W*for\s+(?:more|the\s+latest|all\s+the\s+latest)\s+(?:[\w'’-]+\s+){0,2}"
                        r"(?:" + _alternation(MORE_NEWS_WORDS) + r")(?:\s+(?:and|&)\s+[\w'’-]+)?\s*,\s*"
                        r"(?:" + _alternation(MORE_NEWS_CALLS) + r")\b", _I)
_AUTHOR_BOX = re.compile(r"^about\s+the\s+(?:author|writer|reporter|contributor)s?\s*:\s*(?-i:[A-Z])", _I)
# A footnote citing a source: "1 Tax Foundation, “2025 Index,” accessed September 2025."
_FOOTNOTE = re.compile(r"^(?=.{0,300}$)(?:\d{1,2}|\*{1,3}|\[\d{1,2}\])\s*\S.*[,.”\"]\s*(?:accessed|retrieved)(?:\s+on)?"
                       r"\s+\S.{0,30}\d{4}\.?$", _I)
# Shop buttons: "$100 at Amazon $100 at Williams Sonoma", "£36 at Argos".
_PRICE_BUTTONS = re.compile(r"^(?:[$£€]\s?\d[\d,.]*\s+at\s+[\w.&'’-]+(?:\s+(?![$£€])[\w.&'’-]+){0,3}\s*)+$", _I)
# A teaser link that repeats its headline after "Read more about": "Five Goals for Smiles Read More about Five
# Goals for Smiles".
_READ_MORE_ABOUT = re.compile(r"^(?P<t>.{8,150}?)\s*read\s+more(?:\s+about)?\s*:?\s*(?P=t)\s*$", _I)
_CLICK_HERE = re.compile(r"^(?=.{0,160}$).*\bclick\s+here\b", _I)
# A list of the article's sources closes it: its entries are citations, not the article's prose.
_REFERENCES = (r"references|sources(?:\s+(?:and|&)\s+references)?|article\s+sources|bibliography|works\s+cited|"
               r"citations|how\s+we\s+reviewed\s+this\s+article")


def _about_name(particles: frozenset[str]) -> str:
    """A name after "About": capitalised words, maybe joined by runs of the lowercase `particles` ("Dana van
    Dijk", "Instituto de las Artes del Sur")."""
    joined = "|".join(sorted(particles, key=len, reverse=True))
    return (r"(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?-i:[A-Z])[\w&.'’-]*|(?-i:" + joined + r")(?=\s+(?-i:[A-Z]|(?:"
            + joined + r")\b)))){0,6}")


# The heading of a press release's notes for the newsrooms it is sent to: background and contacts follow, never
# more of the release's text, however long its paragraphs.
_EDITOR_NOTES = (r"(?:notes?|information)\s+(?:to|for)\s+(?:editors?|journalists|media)|editor['’]?s['’]?\s+notes|"
                 r"background\s+(?:notes?\s+)?for\s+editors")


# A press release's end mark ("– ENDS –", "###", "-30-"): what follows is its contact block and the site's furniture.
_PRESS_END = r"[(\[]?[-–—*#\s]*ends?[-–—*#\s]*[)\]]?|#{3,}|[-–—]\s*30\s*[-–—]|"
_END_HEADING = re.compile(
    r"^(?:" + _PRESS_END + r"related(?:\s+(?:content|articles?|stories|news|coverage|topics|links|posts|reading))?|"
    r"about\s+(?:the\s+)?(?:authors?|writer|us|" + _about_name(NAME_PARTICLES) + r")|"
    # a blog's sidebar blocks after the post
    r"recent\s+(?:posts|articles|stories|news)|categories|"
    r"(?:media|press|investor)\s+(?:contacts?|relations|enquiries|inquiries)|"
    r"recommended(?:\s+(?:for\s+you|stories|articles|reading|videos?))?|recommended\s+(?:from|by)\s+\S.{0,40}|"
    r"read\s+(?:more|next|also)(?:\s+on\s+(?:related|these|this)\s+topics?)?|more\s+(?:from|on|in|about)\s+\S.{0,40}|more\s+(?:stories|news|articles|to\s+read)|"
    # "More Riverton Post Recipes", "More local news": a site's or a section's name between "More" and what it lists
    r"more\s+(?!than\b)(?:[\w&'’.-]+\s+){1,3}(?:stories|news|articles|posts|recipes|reviews|videos|guides)|"
    r"more\s+(?:related\s+|blog\s+|recent\s+)?(?:posts|articles|stories)|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)(?:\s+to\s+read|\s+reading)?|"
    r"most\s+(?:read|popular|viewed|shared)|"
    r"also\s+read|see\s+also|trending(?:\s+now|\s+stories)?|popular\s+(?:stories|now|articles)|"
    r"latest\s+(?:news|stories|articles)|further\s+reading|(?:\d+\s+)?comments?(?:\s*\(?\d+\)?)?|leave\s+a\s+(?:comment|reply)|"
    r"(?:(?:[\w.&-]+\s+){0,3}[\w.&-]+['’]s\s+)?top\s+stories|editor'?s\s+picks?|explore\s+more(?:\s+on\s+(?:these|this)\s+topics?)?|"
    r"more\s+on\s+(?:these|this)\s+topics?|tags|keywords|this\s+(?:article|story)\s+is\s+part\s+of\s+\S.{0,40}|"
    r"share\s+or\s+comment\s+on\s+this\s+(?:article|story)|notes?\s+from\s+the\s+(?:author|editor)s?|what\s+to\s+read\s+next|read\s+this\s+next|in\s+other\s+news|"
    # a press release's notes under its text ("Notes to editors", "Note for editors", "Editor's notes")
    + _EDITOR_NOTES + "|"
    r"don'?t\s+miss|"
    # the page's pointer to the site's next or previous story, its headline or teaser under it
    r"(?:next|previous)\s+(?:story|article|post)|"
    # a list of the site's other answers under an explainer ("More Q&A", "More questions and answers") and a
    # government page's feedback prompt ("Is this page useful?", "Was this article helpful?") after the text
    r"more\s+(?:q\s?&\s?as?|questions(?:\s+(?:and|&)\s+answers)?|faqs?)|"
    r"(?:is|was)\s+this\s+(?:page|article|story|information|answer)\s+(?:useful|helpful)\s*\??|"
    # a paywall's cut after the first paragraphs ("Subscribe to continue reading", "Log in to keep reading"): the
    # rest of a copied page is its offer and sign-in buttons, the article's remaining text is not shown
    r"(?:subscribe|sign\s+in|log\s+in|register)(?:\s+now)?\s+to\s+(?:continue|keep)\s+reading(?:\s+this\s+(?:article|story))?|"
    + _REFERENCES + r")\s*[:.]?$",
    _I,
)
# "About the Riverton Society of the Arts": an "About" heading whose name holds English glue words closes the
# article only over the organisation's description ("Founded in 1950, the society ...", "The society is a
# charity that ..."), near the page's end: "About Pride and Prejudice" over a paragraph on the novel is a section.
_ABOUT_GLUED = re.compile(r"^about\s+(?:the\s+)?" + _about_name(NAME_PARTICLES | NAME_GLUE_WORDS) + r"\s*:?$", _I)
_ORG_BLURB = re.compile(
    r"^(?:(?:founded|established|created|formed|incorporated|headquartered|based)\b|since\s+\d{4}\b|"
    r"(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?-i:[A-Z])[\w&.'’-]*|of|the|for|and|at|de|la)){0,8}"
    r"(?:\s+\((?-i:[A-Z][A-Za-z&]{1,9})\))?\s+"  # "Georgetown University Medical Center (GUMC) is a ..."
    r"(?:is|are)\s+(?:an?|the|one\s+of)\s)", _I)
_ABOUT_TAIL = 12  # the organisation's box stands among the page's last lines
# "About Kestrel Rail: Kestrel Rail is a regional operator ...": the box's heading and its blurb on one line.
_ABOUT_INLINE = re.compile(r"^about\s+(?:the\s+)?" + _about_name(NAME_PARTICLES | NAME_GLUE_WORDS)
                           + r"\s*:\s+(?P<blurb>\S.*)$", _I)


def _about_inline(text: str) -> bool:
    """An "About X:" box on one line, its blurb an organisation's description (`_ORG_BLURB`)."""
    found = _ABOUT_INLINE.match(text)
    return bool(found and _ORG_BLURB.match(found.group("blurb")))


# Headings that only ever open a list of other articles; "Read more" or "See also" can also be a button or a
# pointer inside the article, so extracted HTML text is cut only at these.
_STRONG_END_HEADING = re.compile(
    r"^(?:" + _PRESS_END + r"related\s+(?:content|articles|stories|posts|reading)|recommended(?:\s+(?:for\s+you|stories|articles|"
    r"reading))?|recommended\s+from\s+\S.{0,40}|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|"
    r"read\s+this\s+next|what\s+to\s+read\s+next|more\s+(?:stories|articles)|most\s+(?:read|popular|viewed|shared)|"
    r"leave\s+a\s+(?:comment|reply)|(?:\d+\s+)?comments|this\s+(?:article|story)\s+is\s+part\s+of\s+\S.{0,40}|"
    r"share\s+or\s+comment\s+on\s+this\s+(?:article|story)|notes?\s+from\s+the\s+(?:author|editor)s?|"
    + _EDITOR_NOTES + "|" + _REFERENCES + r")\s*:?$",
    _I,
)
_SALUTATION = re.compile(
    r"^(?:dear|hello|hi)\s+(?:valued\s+|loyal\s+)?(?:reader|readers|friend|friends|subscriber|subscribers|"
    r"supporter|supporters|member|members)\b[\s,!:.]*$",
    _I,
)
_CLOSING = re.compile(
    r"^(?:thank\s+you|thanks|many\s+thanks|sincerely|yours(?:\s+sincerely|\s+truly)?|best(?:\s+regards)?|"
    r"(?:kind\s+|warm\s+)?regards|with\s+(?:gratitude|thanks))\b[^.]{0,40}[,.!]?$",
    _I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CREDIT_TAIL = re.compile(r"\((?:photo|image|picture)[^)]*\)|\bcredit\s*:", _I)

@dataclass(frozen=True)
class LineSignal:
    """A boilerplate signal one line carries on its own: the label it gives, its pattern, and a cheap gate that
    must pass before the pattern is tried (a word the line must hold, lower-cased, or a longest length), so
    that prose paragraphs cost a few substring tests instead of every pattern."""

    kind: str
    pattern: re.Pattern
    words: tuple[str, ...] = ()  # at least one of these must occur in the lower-cased line...
    max_length: int | None = None  # ...and the line may be at most this long
    tail: tuple[str, ...] = ()  # or the line ends with one of these

    def __post_init__(self) -> None:
        gate = "|".join(re.escape(word) for word in self.words) if self.words else None
        object.__setattr__(self, "_words", re.compile(gate) if gate else None)

    def gate_open(self, text: str, low: str) -> bool:
        if self.max_length is not None and len(text) > self.max_length:
            return False
        if self._words is None and not self.tail:
            return True
        return bool(self._words and self._words.search(low)) or (
            bool(self.tail) and low.rstrip(" .").endswith(self.tail))


# The site's disclaimer of the pages it links to: "Riverton Sport is not responsible for the content of external
# sites.", "We are not responsible for the content of external internet sites".
_EXTERNAL_SITES = re.compile(r"^(?=.{0,200}$).{0,80}\bnot\s+(?:be\s+)?(?:held\s+)?responsible\s+for\s+the\s+content"
                             r"\s+of\s+(?:external|third[-\s]party|linked)\s+(?:internet\s+|web\s+)?(?:sites|websites|web\s+sites|links|pages)\b",
                             _I)

# A row of the page's controls ("Copy to clipboard", "Download chart image | Chart data", "Print this page Email A
# Friend!": `layout.PAGE_CONTROLS`, maybe run together without a separator as a copy joins buttons)
# and a retailer's price button ("Amazon $19.34").
# A "!" (a button's own, "Email A Friend!") only in a row of two controls or more: a control word alone with it is a
# live commentary's cry ("Close!").
_CONTROL_PHRASE = r"(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in PAGE_CONTROLS) + r")"
_CONTROLS = re.compile(r"^" + _CONTROL_PHRASE + r"(?:(?:\s*[|·•]\s*" + _CONTROL_PHRASE + r")*:?"
                       r"|!?(?:\s*[|·•]?\s*" + _CONTROL_PHRASE + r"!?)+[:!]?)$", _I)
# A paywall's notice over the text: "Access to Herald Premium articles requires a Premium subscription.", "This
# story is only available to subscribers." A sentence reporting on subscriptions names who says it or has more.
_PAYWALL_NOTE = re.compile(r"^(?=.{0,160}$)(?:access\s+to\s+(?:[\w&'’-]+\s+){0,4}(?:articles?|stories|content)\s+"
                           r"(?:requires?|needs?)\s+an?\s+(?:[\w&'’-]+\s+){0,3}(?:subscription|membership|account)|"
                           r"this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:for|to)\s+"
                           r"(?:premium\s+|paying\s+)?(?:subscribers|members)(?:\s+only)?)\s*[.!]?$", _I)
_RETAILER_PRICE = re.compile(r"^(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}\s+[$£€]\s?\d[\d,]*(?:\.\d\d)?$", _I)

# A disclaimer of an opinion piece's views in their owner's words: "The views expressed here are the writer's own."
_OWN_VIEWS = re.compile(r"^(?=.{0,200}$)" + _NOT_REPORTED + r"(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:here|above|in\s+this\s+"
                        r"(?:article|column|piece|commentary|op-ed)\s+)?\s*(?:are|belong)\s+(?:solely\s+)?(?:to\s+)?(?:the\s+|those\s+of\s+"
                        r"the\s+)?(?:writer|author|columnist|contributor)s?['’]?s?(?:['’]s)?(?:\s+own)?\b", _I)

# A note that the story came from an agency's feed unedited: "(This story has not been edited by Riverton staff and
# is auto-generated from a syndicated feed.)"
_SYNDICATED = re.compile(r"\b(?:auto-?generated|published|taken|sourced)\s+from\s+(?:a\s+|the\s+)?syndicated\s+"
                         r"(?:news\s+)?feed\b", _I)

# Notes the site adds to every post, not the article's text: an affiliate disclosure ("This post contains
# affiliate links; we may earn a small commission"), a disclaimer of the views expressed, a request to add the
# site as a preferred source on a search engine, a note that the piece appeared elsewhere first or is kept
# updated, a feedback survey. An affiliate line needs the money word and the site addressing the reader ("this
# post contains", "we may earn", "if you buy", "affiliate links"), so a report on affiliate marketing, or on a
# militia's affiliate made to pay compensation, stays.
# A nonprofit newsroom's note that a body in the story funds it ("Disclosure: Riverton County has been a financial
# supporter of The Riverton Ledger. A complete list of them can be found here."): its label opens it; a sentence
# telling of someone's support without the label is the article's.
# The supported party is the newsroom, named by its capitalised name up to the sentence's end ("of The Riverton
# Ledger."): "Disclosures: Filings show the mayor's brother has been a financial supporter of the developer's
# committee" is reporting.
_SUPPORTER_NOTE = re.compile(r"^(?=.{0,400}$)disclosures?\s*:.{0,200}\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
                             r"(?:a\s+|among\s+the\s+)?(?:financial\s+)?supporters?\s+of\s+"
                             r"(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,5}\s*(?:[.!]\s.*|[.!]?)$", _I)
_DISCLOSURE = re.compile(
    r"^(?=.{0,400}$)(?=.*\baffiliat(?:e|ed|ion)\b)(?=.*\b(?:commissions?|earn|compensat\w*)\b)"
    r"(?=.*\b(?:affiliate\s+links?|(?:we|i)\s+(?:may\s+|might\s+|could\s+|will\s+)?(?:earn|receive|get|make|be\s+"
    r"(?:paid|compensated))|if\s+you\s+(?:buy|purchase|shop|click|sign\s+up)|this\s+(?:post|article|page|site|review)"
    r"\s+(?:may\s+)?contains?|(?:at\s+)?no\s+(?:extra\s+|additional\s+)?cost\s+to\s+you)\b).*|"
    r"^(?=.{0,200}$)(?:this\s+)?(?:post|article|page|review)\s+(?:may\s+)?contains?\s+affiliate\s+links?\b.*|"
    # "We may earn a commission when you buy through links on our site.": the site, in the first person, paid on
    # what the reader ("you") buys or on the links of "this page" / "our site" (no "affiliate" needed), the
    # sentence ending there (maybe "at no extra cost to you" after it, or a sentence of its own); brokers or
    # agents earning one, a speaker's "I can get a commission on any links I send, said ...", or the sentence
    # quoted inside another ("..., the guidance suggests") stay.
    r"^(?=.{0,300}$)(?:we|i)\s+(?:may|might|could|can|will|sometimes)\s+(?:earn|receive|get|make)\s+(?:a\s+)?"
    r"(?:small\s+)?(?:affiliate\s+)?commissions?\b[^,;]{0,80}?\b(?:you\s+(?:buy|purchase|shop|click)\b[^,;]{0,80}?|"
    r"links?\s+(?:on|in|from)\s+(?:this|our)\s+\w+)(?:,\s*at\s+no\s+(?:extra\s+|additional\s+)?cost\s+to\s+you)?"
    r"(?:[.!]\s.*|[.!]?$)|"
    r"^(?=.{0,200}$).*\bthis\s+(?:post|article)\s+was\s+written\s+by\s+a\s+guest\s+(?:contributor|author|writer)\b.*|"
    # "If you buy something through this post, Riverton Reviews may get a share of the sale."
    r"^(?=.{0,300}$)if\s+you\s+(?:buy|purchase|shop)\b.{0,40}\b(?:through|via|using|from)\s+(?:(?:this|our|these|the|"
    r"any|one\s+of\s+our)\s+)?(?:[\w-]+\s+)?(?:post|article|page|links?|site|story|review)s?\b.{0,80}\b(?:get|earn|receive)s?"
    r"\s+(?:a\s+)?(?:small\s+)?(?:share|commission|compensation|fee|cut)\b.*|"
    r"^(?=.{0,300}$).*\b(?:views|opinions)\s+expressed\b.{0,80}\b(?:(?:are|do|does)\s+not\s+necessarily|"
    r"(?:are|is)\s+(?:solely\s+)?(?:those|that)\s+of\s+the\s+(?:author|writer|contributor))\b.*|"
    # "The Courier does not necessarily share the views of opinion writers or advertisers.": the site disowning
    # what its writers, contributors or advertisers say. Only the site's own sentence: a reported one ("..., he
    # said", "according to the new terms", "the editor wrote that the Herald does not ..."), a quoted one, or one
    # going on with "but" about something else stays the body's.
    r"^(?=.{0,300}$)(?!.*\b(?:said|says|told|argued|added|wrote|writes|stated|states|claimed|claims|insisted|noted|"
    r"reported|announced|according\s+to)\b)(?!.*\bthat\s+(?:the\s+)?\S+\s+(?:does|do)\s+not\s+necessarily)"
    r"(?!.*[\"“”])(?!.*,?\s+but\s)\S.*\b(?:does|do)\s+not\s+necessarily\s+(?:share|reflect|"
    r"represent|endorse)\s+the\s+(?:views|opinions)\s+(?:expressed\s+)?(?:of|by)\s+(?:its\s+|our\s+|the\s+)?"
    r"(?:\w+\s+)?(?:authors?|writers?|contributors?|columnists?|advertisers?|bloggers?|commenters?)\b"
    # ... the sentence ending there (maybe "or advertisers" after it): a clause of a longer news sentence ("...
    # the views of its writers, and the ruling makes that distinction law") stays the body's
    r"(?:\s+(?:or|and)\s+(?:\w+\s+){0,2}\w+)?\s*(?:[.!]\s.*|[.!]?$)|"
    r"^(?=.{0,200}$)add\s+\S.{0,60}\s+as\s+a\s+(?:preferred|trusted)\s+source\b.*|"
    # A syndication note on its own line: "This report by the Riverton Press was first published March 3, 2026.",
    # "This article was originally published by the Riverton Wire." A report of another body's work ("This report
    # was first published in 2012 and cited ...") has no "by" owner before the verb and goes on past it, and stays;
    # so does a story's news on where the news broke first, told with a clause of time or cause ("This story was
    # first published by villagers online before the council confirmed it.").
    r"^(?=.{0,200}$)this\s+(?:(?:article|story|post|piece|column)(?:\s+by\s+[A-Z][^.]{0,60}?)?|report\s+by\s+[A-Z][^.]{0,60}?)"
    r"\s+(?:was|has\s+been)\s+(?:originally|first)\s+(?:published|posted)\s+(?:(?:by|in|on)\s+)?"
    r"(?![^.]*\b(?:before|after|when|until|because|while|but)\b)[^.]{0,80}\.?\s*$|"
    # "This interview originally appeared in German in the Riverton Courier 21/2026."
    r"^(?=.{0,200}$)this\s+(?:article|story|post|piece|interview|essay|column)\s+(?:originally|first)\s+appeared\s+(?:in|on)\s+"
    r"(?!.*,\s*(?:\w+\s+){0,3}(?:said|says|wrote|told)\b)\S.*|"  # "..., its author said" reports it
    r"^(?=.{0,250}$)(?:editor['’]?s\s+note\s*:\s*)?this\s+(?:article|story|post|piece)\s+(?:(?:also\s+)?appear(?:s|ed)\s+in\s+"
    r"(?:the\s+)?\S.{0,60}\b(?:issue|edition)\b|was\s+(?:originally|first)\s+published\b.{0,80}\b(?:has\s+been|is)\s+"
    r"(?:regularly\s+|periodically\s+)?updated)\b.*|"
    r"^(?=.{0,200}$)(?:got\s+a\s+(?:minute|moment)\?\s*)?your\s+feedback\s+(?:will\s+)?helps?\s+us\s+(?:build|make|"
    r"improve)\b.*",
    _I,
)
# A plug for the site's mailing list that does not say "newsletter": "Sign up now to get the freshest updates
# delivered straight to your inbox!", "Subscribe to never miss out on updates", "By entering your email, you agree
# to receive ... emails", the form's consent line "and agree to our Terms & Conditions and Privacy Policy."
_MAILING_LIST = re.compile(
    # "Sign up now" is the plug as a whole short line or with its inbox, newsletter or form; "Sign up now, the
    # health officer urged residents" is the article's.
    r"^(?=.{0,250}$)(?:(?:.*[.!?]\s+)?sign\s*up\s+(?:below|now|here|today)(?:\W*|(?=.*\b(?:inbox|newsletters?|"
    r"e-?mails?|form|subscribe|subscription|receive|updates|up\s+to\s+date)\b).*)|"
    r"(?=.*\b(?:updates?|news|stories|tips|deals|latest|headlines)\b).*\b(?:delivered|sent)\s+(?:straight\s+|right\s+)?"
    r"(?:to|into)\s+your\s+inbox\b.*|"
    # "Get the Riverton Brief in your inbox every morning. Sign up": when it comes, and the form's button after it
    r"(?:receive|get)\b.{0,80}\bin(?:to)?\s+your\s+inbox(?:\s+(?:every|each)\s+(?:morning|evening|day|week|"
    r"weekday|month|\w+day)|\s+daily|\s+weekly)?(?:[.!]?\s+(?:sign\s*up|subscribe)(?:\s+(?:now|here|today))?)?\W*|"
    r".*\bfrom\s+our\s+(?:\w+\s+){0,2}newsletters?\W*|"
    r"join\s+(?:over\s+|more\s+than\s+)?[\d.,]+\s*(?:million|thousand|k)?\s+(?:other\s+)?(?:subscribers|readers|members)\W*|"
    # "Never miss a story: get the Riverton briefing every weekday.": the plug's call, then what it sends
    r"(?:never|don'?t|do\s+not)\s+miss\s+(?:a|an|another|out\s+on\s+(?:a|an|another|the))\s+(?:\w+\s+)?(?:story|"
    r"stories|thing|update|headline|beat|issue|edition)\s*[:!—–-]\s*(?:get|sign\s*up(?:\s+(?:for|to))?|subscribe(?:\s+to)?|"
    # ... naming what the outlet sends ("our morning email", "the Gazette's free briefing"), reporting nobody
    # ("Never miss a thing: get to the wall by nine"; "..., its adverts said" quotes the plug)
    r"join|receive)\s+(?:our\s+|the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:briefings?|newsletters?|e-?mails?|bulletins?|"
    r"digests?|alerts)\b(?!.*,\s*(?:[\w'’-]+\s+){0,3}(?:said|says|told|urged|added|advised|wrote|announced)\b).*|"
    r"sign\s*up\s+(?:to|for)\s+(?:our\s+)?e-?mail\s+(?:updates|alerts)\W*|(?:subscribe|sign\s*up|join)\b.{0,40}\bnever\s+miss\b.*|"
    r"by\s+(?:entering|submitting|providing)\s+your\s+e-?mail\b.*|"
    # the form's consent in the reader's own voice: "By providing an email address. I agree to the Terms of Use",
    # "By signing up, you agree to our Terms" ("By providing an email address, users agree ..." reports others;
    # "By clicking accept on most shopping apps, you agree to let the retailer share ..." agrees to no site's terms)
    r"by\s+(?:entering|submitting|providing|signing\s*up|subscribing|registering|clicking)\b.{0,60}\b(?:you|I)\s+"
    r"(?:agree|consent|acknowledge)\b(?:\s+to)?\s+(?:our|the|this|these)\s+(?:[\w-]+\s+){0,3}"
    r"(?:terms|conditions|privacy|policy|policies|newsletters?|e-?mails?|communications|updates)\b.*|"
    # the form's consent line: "We use your sign-up to provide content in ways you've consented to."
    r"we\s+use\s+your\s+sign-?\s*up\s+to\b.{0,160}|"
    # the sign-up form's field: "Enter your email address"
    r"(?:please\s+)?enter\s+your\s+e-?mail(?:\s+address)?(?:\s+here)?\W*|"
    r"(?:and\s+|you\s+)?agree\s+to\s+(?:our|the)\s+terms\b.{0,40}\bprivacy\s+policy\W*)$",
    _I,
)
# A prompt to comment, closing a post: "Share your thoughts by leaving a comment below!", "Let us know in the
# comments."
_COMMENT_PROMPT = re.compile(
    r"^(?=.{0,400}$).*\b(?:(?:leav(?:e|ing)|drop(?:ping)?|post(?:ing)?)\s+(?:\w+\s+){0,2}comments?\s+below|"
    r"(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+(?:\w+\s+){0,4}in\s+the\s+comments"
    r"(?:\s+(?:section\s+)?below)?)\W*$|"
    # the comment box's gate as a whole short line: "Please log in here to leave a comment.", "Become a Member to
    # leave a comment." ("Residents had to log in to leave a comment on the portal, she said." goes on)
    r"^(?=.{0,80}$)(?:please\s+)?(?:log\s*in|sign\s*in|register|subscribe|become\s+an?\s+(?:member|subscriber))"
    r"(?:\s+here)?\s+to\s+(?:leave|post|add|write|read)\s+(?:a\s+)?comments?\W*$|"
    # the comment box's house rules, closing the line in the outlet's voice: "We welcome reasonable comments. Please
    # keep them on topic." ("Please keep them on topic, the chairman told the committee." goes on)
    r"^(?=.{0,160}$)(?:we\s+welcome\s+(?:\w+\s+){0,2}comments\W+)?please\s+keep\s+(?:them|it|your\s+comments|"
    r"comments|the\s+(?:discussion|conversation))\s+(?:civil|respectful|polite|on[\s-]topic)"
    r"(?:\s+and\s+(?:civil|respectful|polite|on[\s-]topic))?\W*$",
    _I,
)
# A tag or category list copied from its links, items set apart by " , " and no colon: "Categories Buyer's Guides ,
# Espresso Machines , Product Reviews Tags best espresso machine , ...". The spaced comma keeps a sentence out.
# "... where the water stood for nine days. Jo Roe": a caption closing on its photographer's bare name (two or
# three capitalised words after a sentence of eight words or more; no "The", "Read more" or other sentence start),
# read only above the article's first paragraphs (`scan_lines`): inside the body it may be the article's.
# The owner a photographer's credit may name after a slash ("Jo Roe/Riverton Ledger", "Jo Roe/The Ledger").
_CREDIT_OWNER = r"(?:\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?"
_BARE_NAME_CREDIT = re.compile(
    r"^(?=.{0,400}$)(?:\S+\s+){7,}\S*[^\W_)\"”’][.!?][\"”’]?\s+(?!(?:The|A|An|This|That|These|Those|It|He|She|We|"
    r"They|I|You|Our|His|Her|Their|Read|See|Click|Share|Follow|Watch|Listen|More|Photo|Image)\b)"
    r"[A-Z][^\W\d_A-Z][\w'’-]*(?:\s+[A-Z][^\W\d_A-Z][\w'’-]*){1,2}" + _CREDIT_OWNER + r"$")
# The same caption closing on its photographer in brackets ("Crews load trucks at dawn. (Jo Roe)"): the brackets
# mark the credit, so a shorter caption does.
_BRACKETED_NAME_CREDIT = re.compile(
    r"^(?=.{0,400}$)(?:\S+\s+){3,}\S*[^\W_][.!?]\s+\((?:(?:photo|picture|image)\s*:\s*)?"
    r"[A-Z][^\W\d_A-Z][\w'’-]*(?:\s+[A-Z][^\W\d_A-Z][\w'’-]*){1,2}" + _CREDIT_OWNER + r"\)$")
# A caption in caption wording (a photo, "is seen", "pictured") closing on its agency's one-word credit in brackets
# ("The ferry is seen at the quay in this file photo. (Wirex)"): the wording and the brackets mark the caption. Not a
# market's forecast ("Fares are seen rising by the spring.", `layout.SEEN_CHANGE_WORDS`), and not a sentence told
# in the past ("Police released photos of two men on Tuesday.", `_bracketed_agency_caption`).
_BRACKETED_AGENCY_CREDIT = re.compile(
    r"^(?=.{0,400}$)(?=.*\b(?:photos?|pictures?|images?|pictured|(?:is|are)\s+(?:seen|shown)"
    r"(?!\s+(?:as|to|(?:[a-z]+ly\s+)?(?:" + "|".join(SEEN_CHANGE_WORDS) + r"))\b))\b)"
    r"(?:\S+\s+){3,}\S*[^\W_][.!?]\s+\((?-i:[A-Z])[\w.&'’-]*\)$", _I)


def _bracketed_agency_caption(text: str) -> bool:
    """A caption in caption wording closing on a one-word agency credit in brackets (`_BRACKETED_AGENCY_CREDIT`),
    its words not told in the past with a finite verb (`tells_in_past`; an "-ed" adjective after a determiner, "the
    collapsed footbridge", is none): "Police released photos of two men on Tuesday. (Wirex)" is a news lede that
    mentions pictures."""
    if not _BRACKETED_AGENCY_CREDIT.match(text):
        return False
    head = _ADJECTIVE_PARTICIPLE.sub(r"\1 it", text[:text.rindex("(")])  # "the collapsed footbridge": no verb
    return not tells_in_past(head)
# A caption with no full stop running into its labelled credit: "Judges read the ruling in Riverton on Monday
# Image: Jo Roe/Wire". The label is capitalised mid-line and what follows it holds no sentence, so a sentence
# that talks about an image ("... the image: a boat") stays; read above the article's first paragraphs only.
_RUN_ON_LABEL_CREDIT = re.compile(
    r"^(?=.{0,400}$)(?:\S+\s+){4,}(?:Image|Photo|Picture|Photograph|Foto)s?\s*:\s*"
    r"(?![^/]*/[^/]*\b(?:and|or|to)\b[^/]*/)[A-Z][^.!?:;\"“”]{1,80}$")
_SITE_NOTES = tuple((gate, re.compile(r"^(?=.{0,300}$)" + pattern, _I)) for gate, pattern in SITE_NOTES)
# All the notes at once, read from the line's start: the length test and the reporting clause's look-ahead (every
# row opens on it) are read once, after a look-ahead for any note's words, instead of once per row at every offset
# of the line (the same matches as the rows' alternation, three times cheaper on a page's lines).
_NOT_REPORTED_CLAUSE = r"(?!.*" + REPORTING_CLAUSE + r")"
assert all(pattern.startswith(_NOT_REPORTED_CLAUSE) for _, pattern in SITE_NOTES)
_SITE_NOTE_ROWS = "|".join(f"(?:{pattern[len(_NOT_REPORTED_CLAUSE):]})" for _, pattern in SITE_NOTES)
_SITE_NOTE = re.compile(rf"^(?=.{{0,300}}$)(?=(?:{_SITE_NOTE_ROWS})){_NOT_REPORTED_CLAUSE}(?:{_SITE_NOTE_ROWS})", _I)
_LINK_LIST = re.compile(r"^(?=.{0,600}$)(?:tags?|topics?|categories|filed\s+under)\s+(?:[^,.!?:]{1,60}\s,\s*){2,}"
                        r"[^.!?]{0,400}$", _I)

# The photo-credit gate: a line ending in an agency's name, or holding a longer one anywhere ("Reuters/Jo Roe");
# short names ("AP") are too common inside words to open the gate on their own.
_AGENCY_TAIL = tuple(sorted({name.lower().split()[-1] for name in PICTURE_AGENCIES})) + ("file", "photo", ")", "]")
_AGENCY_WORDS = tuple(sorted({name.lower() for name in PICTURE_AGENCIES if len(name) >= 5}))

SINGLE_LINE_SIGNALS: tuple[LineSignal, ...] = (
    LineSignal("archive", _ARCHIVE, ("archive", "original", " old")),
    LineSignal("reading_time", _READING_TIME, max_length=60),
    LineSignal("reading_time", _LISTEN_TIME, ("listen", "audio")),
    LineSignal("share", _LISTEN_PROMPT, ("listen", "voiced", "tip")),
    LineSignal("disclosure", _AI_SUMMARY, ("generated",), max_length=250),
    # "/" opens the gate for the short agency names the word gate leaves out ("... on Monday. EFE/Jo Roe").
    # "pic by" / "pic:": the short word ("Pic by Jo Roe") opens the gate only with what follows it, since "pic"
    # alone is inside common words ("topic", "typical").
    LineSignal("photo_credit", _PHOTO_CREDIT, ("photo", "foto", "image", "picture", "pic by", "pics by", "pic:", "pics:",
                                              "video", "illustrat", "graphic", "credit", "icons by", "icon by", "map by", "maps by",
                                              "source", "/") + _AGENCY_WORDS,
               tail=_AGENCY_TAIL),
    LineSignal("cookie", _COOKIE, ("cookie",)),
    LineSignal("cookie", _CONSENT, ("partners", "vendors", "privacy", "access information", "advertising")),
    LineSignal("newsletter", _NEWSLETTER, ("newsletter", "sign", "up to date", "up-to-date", "informed")),
    LineSignal("newsletter", _DIGEST_PLUG, ("subscribe", "sign"), max_length=160),
    LineSignal("share", _SHARE, max_length=200),
    LineSignal("advert", _ADVERT, max_length=200),
    LineSignal("advert", _PLACEHOLDER, ("lorem",)),
    LineSignal("share", _EMBED_MARKUP, ("<",), max_length=1000),
    LineSignal("credits", _REPORTER_CONTACT, ("reached", "please", "reporter", "writer", "author", "columnist", "@"),
               max_length=300),
    LineSignal("button", _GALLERY, max_length=40),
    LineSignal("button", _CALL_US, ("call", "contact us"), max_length=250),
    LineSignal("contact", _HELPLINE, ("need", "someone you know"), max_length=250),
    LineSignal("contact", _READER_CALL, ("readers",), max_length=600),
    LineSignal("button", _FORM_MESSAGE, ("submi", "form", "message has"), max_length=120),
    LineSignal("label", _PAGE_LABEL, max_length=80),
    LineSignal("copyright", _COPYRIGHT, ("©", "(c)", "copyright", "rights reserved", "copying", "reproduction",
                                         "republication", "reprinting", "use of",
                                         *(phrase.split()[-1] for phrase in RIGHTS_RESERVED_PHRASES))),
    LineSignal("copyright", _REUSE, ("reproduced", "republished", "reprinted")),
    LineSignal("copyright", _OPEN_LICENCE, ("creative commons",), max_length=400),
    LineSignal("disclosure", _NETWORK_MEMBER, ("part of", "member of"), max_length=400),
    LineSignal("share", _SOCIAL, ("follow", "like", "join", "find us", "view th", "shared by")),
    LineSignal("button", _BUTTON, max_length=60),
    LineSignal("button", _PRICE_BUTTONS, (" at ",), max_length=200),
    LineSignal("photo_credit", _CAPTION_LABEL, ("above", "pictured", "main"), max_length=700),
    LineSignal("credits", _AUTHOR_BOX, ("about the",), max_length=700),
    LineSignal("credits", _FOOTNOTE, ("accessed", "retrieved"), max_length=300),
    LineSignal("link", _READ_MORE_ABOUT, ("read more",), max_length=320),
    LineSignal("timestamp", _RELATIVE_TIME, max_length=60),
    LineSignal("navigation", _KEY_EVENT, (" ago",), max_length=200),
    LineSignal("credits", _CREDITS, ("tag", "topic", "filed", "categor", "more on", "standards", "reporting",
                                     "contributed", "assistance", "version of", "comment", "published", "printed", "source",
                                     "with ", "___", "---", "===", "***", "~~~", "•••", "···", "—", "–", "(")),
    LineSignal("banner", _BANNER, ("exclusive",)),
    LineSignal("banner", _DEVELOPING, ("developing",), max_length=120),
    LineSignal("link", _INLINE_LINK, ("read", "also", "related", "see ", "recommended", "more on", "watch", "listen")),
    LineSignal("button", _CONTROLS, max_length=60),
    LineSignal("share", _OWN_APP, ("app",), max_length=160),
    LineSignal("link", _MORE_NEWS, ("for more", "the latest"), max_length=200),
    LineSignal("advert", _PAYWALL_NOTE, ("subscri", "members"), max_length=160),
    LineSignal("button", _RETAILER_PRICE, ("$", "£", "€"), max_length=40),
    LineSignal("disclosure", _EXTERNAL_SITES, ("responsible",), max_length=200),
    LineSignal("disclosure", _OWN_VIEWS, ("expressed",), max_length=200),
    LineSignal("disclosure", _SYNDICATED, ("syndicated",), max_length=300),
    LineSignal("disclosure", _SUPPORTER_NOTE, ("supporter",), max_length=400),
    LineSignal("disclosure", _DISCLOSURE, ("affiliat", "expressed", "source", "this ", "feedback", "if you", "commission",
                                           "necessarily"),
               max_length=400),
    LineSignal("newsletter", _MAILING_LIST, ("sign", "inbox", "never miss", "your email", "your e-mail", "agree",
                                             "newsletter", "join"),
               max_length=250),
    LineSignal("share", _COMMENT_PROMPT, ("comment",), max_length=400),
    LineSignal("share", _SHARE_COUNT, ("shar", "liked"), max_length=60),
    LineSignal("credits", _LINK_LIST, (" , ",), max_length=600),
    LineSignal("disclosure", _SITE_NOTE, tuple(gate for gate, _ in _SITE_NOTES), max_length=300),
)


_APPEAL_WORDS = re.compile("subscri|donat|premium|paywall|ads?-free|member|supporter|patron|journalism|"
                           "independent reporting|"
                           + "|".join(re.escape(name.lower()) for name in FUNDING_PLATFORMS))
_QUOTE_MARK = re.compile("[\"“”]")  # an appeal in quotation marks is someone's words, reported


# The gates of all signals read at once (`classify_line` runs on every line of every page): which gate words
# the line holds, each a plain substring test, instead of one regular-expression search per signal.
_GATE_WORDS = tuple(sorted({word for signal in SINGLE_LINE_SIGNALS for word in signal.words}))
_SIGNAL_ROWS = tuple((signal.kind, signal.pattern, frozenset(signal.words), signal.max_length, signal.tail)
                     for signal in SINGLE_LINE_SIGNALS)


# A line longer than a signal's `max_length` never reads that signal, so it need not look for its gate words:
# `_GATE_LIMITS` are the signals' length limits, and a line of a length in (`_GATE_LIMITS[i - 1]`,
# `_GATE_LIMITS[i]`] (the last bucket: longer than every limit) reads the signals of `_GATE_BUCKETS[i]`:
# (the gate words of those signals, {gate word: the indices in `_SIGNAL_ROWS` of the signals it opens}, the
# indices of the signals without a gate, the indices of those with a tail). A paragraph of prose is past most
# limits: it looks for 70 words instead of 113 (a substring search each), and only the signals whose gate
# opened are visited, in their order, instead of all 39.
_GATE_LIMITS = tuple(sorted({row[3] for row in _SIGNAL_ROWS if row[3] is not None}))


def _gate_bucket(shortest: int) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]], frozenset[int],
                                         tuple[int, ...]]:
    read = [index for index, (_, _, _, max_length, _) in enumerate(_SIGNAL_ROWS)
            if max_length is None or max_length >= shortest]
    opens: dict[str, list[int]] = {}
    for index in read:
        for word in _SIGNAL_ROWS[index][2]:
            opens.setdefault(word, []).append(index)
    ungated = frozenset(index for index in read if not _SIGNAL_ROWS[index][2] and not _SIGNAL_ROWS[index][4])
    tailed = tuple(index for index in read if _SIGNAL_ROWS[index][4])
    return tuple(sorted(opens)), {word: tuple(rows) for word, rows in opens.items()}, ungated, tailed


_GATE_BUCKETS = tuple(_gate_bucket(shortest) for shortest in (0, *(limit + 1 for limit in _GATE_LIMITS)))


def _gate_words(low: str, length: int = 0) -> set[str]:
    """The gate words of `SINGLE_LINE_SIGNALS` that occur in the lower-cased line, of the signals a line of
    `length` characters reads (all of them at 0)."""
    return {word for word in _GATE_BUCKETS[bisect_left(_GATE_LIMITS, length)][0] if word in low}


_REPORTED_END = re.compile(REPORTING_CLAUSE + r"[^.!?]{0,60}[.!?]?[\"'”’]?$", _I)
_REPORTED_OPENING = re.compile(REPORTING_OPENING)
_LAST_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=\S)")
_BUTTON_TAIL = re.compile(r"^(?P<sentences>.*[.!?][\"'”’]?)\s+(?P<button>[^.!?]{1,40})$")


def reports_speech(sentence: str) -> bool:
    """True when the sentence reports someone's words: a reporting clause closes it (", the bureau said",
    ", the jury said (Wire)") or it opens on its speaker and the verb ("The post office said it would ...")."""
    text = sentence.strip()
    return bool(_REPORTED_END.search(text) or _REPORTED_OPENING.match(text))


def _last_sentence(text: str) -> str:
    pieces = _LAST_SENTENCE.split(text.strip())
    return pieces[-1] if pieces else text


# A wire's sign-off after a whole sentence of eight words or more: "Industry groups had called for it to end this
# year. (Wire)" closes the body; a caption names its agency without ending a sentence first ("Protesters march in
# Riverton on Monday (Wire)").
_SIGNED_SENTENCE = re.compile(r"^(?=.{0,400}$)(?:\S+\s+){7,}?\S*[.!?][\"'”’]?\s+\(\s*" + _AGENCY + r"\s*\)$", _I)


def _credit_reports(text: str) -> bool:
    """A picture's credit is a short line or a caption's tail; a line whose last sentence reports someone's words
    ("Photo / Jo Roe won first prize, the jury said.", "Exports rose, the bureau said (Wire)") is the body's, and
    so is a whole sentence signed by its wire (`_SIGNED_SENTENCE`)."""
    return reports_speech(_last_sentence(text)) or _SIGNED_SENTENCE.match(text) is not None


def sentences_before_button(text: str) -> str | None:
    """The sentences of a line before a short button closing it ("... more drivers. Sign up" -> "... more
    drivers."), None when no unpunctuated tail follows a sentence's end."""
    found = _BUTTON_TAIL.match(text.strip())
    return found.group("sentences") if found else None


def _button_reports(text: str) -> bool:
    """A plug closing on its button ("... in your inbox. Sign up now") is the site's; when the sentence before
    the button reports someone's words ("The post office said it would sign up more drivers. Sign up now") the
    line is the body's."""
    before = sentences_before_button(text)
    return before is not None and reports_speech(_last_sentence(before))


_PAST_WORD = re.compile(r"^[a-z]{3,}ed$")


def tells_in_past(text: str) -> bool:
    """A full-stopped sentence with a finite verb in the past ("The port was shut on Wednesday as workers walked
    out."): the article's lede, even right over a photo credit; a caption describes its picture in the present
    ("Workers gather at the gates on Wednesday."). A caption's participle ("pictured", "seen") or an "-ed" word
    right after a comma (a participle clause) is no finite verb."""
    line = text.strip()
    if not line.endswith((".", ".\u201d", ".\"")):
        return False
    words = line.split()
    for before, word in zip(words, words[1:]):
        folded = word.strip("\"'\u201c\u201d\u2018\u2019(),;:.!?").lower()
        if folded in CAPTION_PARTICIPLES or before.endswith(","):
            continue
        if folded in PAST_FINITE_WORDS or _PAST_WORD.match(folded):
            return True
    return False


def _caption_with_stopped_credit(text: str) -> bool:
    """One caption sentence, not told in the past, then its picture's labelled credit ("Crews clear a fallen tree
    in Riverton on Thursday. Image: Ana Velloso.")."""
    found = _STOPPED_LABEL_CREDIT.match(text.strip())
    if found is None:
        return False
    head = _ADJECTIVE_PARTICIPLE.sub(r"\1 it", found["head"])  # "The restored memorial": an adjective, no verb
    return not tells_in_past(head) and not reports_speech(head)


def dated_lede(text: str) -> bool:
    """A sentence told in the past that says when (`LEDE_TIME_WORDS`): "The council voted on Tuesday night to close
    the Eastfield pool.": a news story's lede, not a standfirst or a caption, wherever the page prints it."""
    if not tells_in_past(text):
        return False
    words = [word.strip("\"'\u201c\u201d\u2018\u2019(),;:.!?").lower() for word in text.split()]
    return any(word in LEDE_TIME_WORDS for word in words)


# An "-ed" word right after a determiner qualifies the noun after it ("The restored memorial on Alderby green."):
# an adjective, not a finite verb telling news.
_ADJECTIVE_PARTICIPLE = re.compile(r"\b(the|a|an|its|their|his|her|this|these|those|our)\s+[a-z]{3,}ed\b", re.IGNORECASE)


def participle_caption(text: str) -> bool:
    """A one-sentence line whose only past word is an "-ed" participle right before a preposition ("Samples
    collected from the river bed at Port Elna."): a picture's caption, a noun phrase and its reduced relative clause,
    not a lede told in the past (no past auxiliary or irregular past form, no second "-ed" word, one sentence)."""
    line = text.strip().rstrip(".")
    if re.search(r"[.!?;]\s", line):
        return False
    words = [word.strip("\"'\u201c\u201d\u2018\u2019(),;:.!?").lower() for word in line.split()]
    if any(word in LEDE_TIME_WORDS for word in words):
        return False  # "... on Tuesday", "... overnight": a lede tells when its subject did it
    past = [index for index, word in enumerate(words)
            if word in PAST_FINITE_WORDS or (_PAST_WORD.match(word) and word not in CAPTION_PARTICIPLES)]
    return len(past) == 1 and past[0] > 0 and words[past[0]] not in PAST_FINITE_WORDS \
        and past[0] + 1 < len(words) and words[past[0] + 1] in CAPTION_PARTICIPLE_PREPOSITIONS


def _caption_reports(text: str) -> bool:
    """A line closing on a bare name ("... doubled. Ivo Marr/Brenn") whose sentence before the name reports
    someone's words (", the operator said on Wednesday, ...") is the article's first paragraph, not a picture's
    caption: a caption describes the picture and quotes nobody."""
    pieces = _LAST_SENTENCE.split(text.strip())
    return len(pieces) >= 2 and reports_speech(pieces[-2])


# The signals a line holding a reported sentence does not carry (one test per kind).
_REFUSES_REPORTED = {"photo_credit": _credit_reports, "newsletter": _button_reports}


def classify_line(line: str) -> str | None:
    """The boilerplate signal one line carries on its own, or None when it may be article text. Each signal's
    gate (`LineSignal.gate_open`) is read from one scan of the line's gate words; the first signal in
    `SINGLE_LINE_SIGNALS`' order whose gate is open and whose pattern matches gives the line's kind."""
    text = line.strip()
    if not text:
        return None
    low = text.lower()
    words, opens, ungated, tailed = _GATE_BUCKETS[bisect_left(_GATE_LIMITS, len(text))]
    opened = set(ungated)
    for word in [word for word in words if word in low]:
        opened.update(opens[word])
    if tailed:
        stripped = low.rstrip(" .")
        opened.update(index for index in tailed if stripped.endswith(_SIGNAL_ROWS[index][4]))
    for index in sorted(opened):
        kind, pattern, _, _, _ = _SIGNAL_ROWS[index]
        if pattern.search(text) and not (kind in _REFUSES_REPORTED and _REFUSES_REPORTED[kind](text)):
            return kind
    if ("/" in text or " FOR " in text) and _is_caps_credit(text):
        return "photo_credit"
    if "|" in text and len(text) <= 400 and _CAPS_LABEL_TAIL.search(text):
        return "photo_credit"
    if " / " in text and _is_name_slash_outlet(text):
        return "photo_credit"
    if "," in text and _caption_with_caps_credit(text):
        return "photo_credit"
    if ":" in text and _caption_with_stopped_credit(text):
        return "photo_credit"
    if _is_breadcrumb(text) or _is_language_bar(text):
        return "navigation"
    if _is_credit_line(text):
        return "credits"
    if len(text) <= 400 and _APPEAL_WORDS.search(low) and _APPEAL_PRODUCT.search(text):
        # A strong call to action is enough; a weak one ("today", "$5 a month") must come from the outlet itself.
        if (_STRONG_CALL.search(text) or (_CALL_TO_ACTION.search(text) and _OUTLET_VOICE.search(text))
                or (_SUPPORT_US_CALL.search(text) and _OWN_WORK.search(text)) or _BUTTON_CLOSE.search(text)) \
                and not reports_speech(_last_sentence(text)) and not _QUOTE_MARK.search(text):
            return "appeal"  # a quoted appeal with its speaker ("'Please support us,' the director said") is news
    if "click here" in low and _CLICK_HERE.match(text):
        return "link"
    if len(text) <= _CONTACT_MAX and low.startswith(_CONTACT_OPENERS) and _contact_lead().match(text):
        return "contact"
    return None


_CONTACT_MAX = 300


@functools.cache
def _contact_lead() -> re.Pattern:
    """A press release's contact line (`lexicon.CONTACT_*`): "For more information, please contact:", "For further
    details on the grant, call ...", "Media contact: Jo Roe ...", "Enquiries: ...". A sentence of the body asking
    readers to contact someone ("Farmers should contact their district office") opens with no such lead."""
    from loaders.extract.data.lexicon import CONTACT_COLON_LABELS, CONTACT_LABELS, CONTACT_LEAD_SUBJECTS, CONTACT_VERBS

    def alternation(phrases) -> str:
        return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))

    return re.compile(r"^(?:for\s+(?:more|further|additional|any)\s+(?:" + alternation(CONTACT_LEAD_SUBJECTS)
                      + r")(?:\s+[\w'’-]+){0,5}?\s*(?::|,?\s*(?:please\s+)?(?:" + alternation(CONTACT_VERBS) + r")\b)|(?:"
                      + alternation(CONTACT_LABELS) + r")\b\s*:?|(?:" + alternation(CONTACT_COLON_LABELS) + r")\s*:)",
                      re.IGNORECASE)


_CONTACT_OPENERS = ("for ", "media ", "press ", "enquiries", "inquiries", "contact", "queries")


# "... on Thursday. INQUIRER PHOTO / RICHARD REYES": the outlet's picture label before the slash stands for the given
# name the credit otherwise needs.
# "... on March 4, 2026. PHOTO | FILE | NATION": a caption closing on the outlet's capitals credit, its picture
# label among words joined by bars or slashes.
_CAPS_LABEL_TAIL = re.compile(r"[.!?][\"'”’]?\s+(?:[A-Z][A-Z'’.-]*\s*[|/]\s*)*(?:PHOTO|PHOTOGRAPH|PICTURE|IMAGE|FILE)"
                              r"(?:\s*[|/]\s*[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)*)+$")
_CAPS_PHOTO_LABEL = re.compile(r"[.!?]\s+(?:[A-Z][A-Z'’.-]+\s+)?(?:FILE\s+)?(?:PHOTO|PHOTOGRAPH|PICTURE|IMAGE)\s+/\s*[A-Z]")


# A caption closing on its picture's credit: the photographer's name, a comma and the outlet's or agency's name in
# capitals, after the caption's last sentence ("... on July 5, 2026. Jo Roe, RIVERTON LEDGER").
_CAPTION_CAPS_CREDIT = re.compile(r"[.!?][\"'”’)]?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+"
                                  r"[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+){0,4}$")


def _caption_with_caps_credit(text: str) -> bool:
    """A photo caption whose last words credit the picture: a person's name (a known given name first) and the
    outlet's name in capitals after the caption's sentence ("... at the airport on July 5. Jo Roe, RIVERTON
    LEDGER"). A sentence of the body closes on its stop, never on a capitals credit."""
    found = _CAPTION_CAPS_CREDIT.search(text)
    return bool(found) and len(text) <= 400 and is_given_name(found.group("name").split()[0])


_OUTLET_PART_WORDS = (2, 7)  # words of the outlet's name after the slash ("River Valley Public Radio")


def _is_name_slash_outlet(text: str) -> bool:
    """"Jenna Morales / River Valley Public Radio": a photographer's name (a known given name first), a slash, then
    only an outlet's name -- capitalised words and banner glue, its last word an outlet-name word
    (`layout.OUTLET_NAME_WORDS`). "Maria Lopez / Democrat" (one word) and any sentence are not."""
    parts = text.strip().split(" / ")
    if len(parts) != 2 or len(parts[0].split()) > 4 or not is_given_name(parts[0].split()[0]):
        return False
    if not all(word[:1].isupper() for word in parts[0].split()):
        return False
    words = parts[1].split()
    if not _OUTLET_PART_WORDS[0] <= len(words) <= _OUTLET_PART_WORDS[1]:
        return False
    return all(word[:1].isupper() or word.lower() in BANNER_GLUE for word in words) \
        and words[-1].lower() in OUTLET_NAME_WORDS


def _is_caps_credit(text: str) -> bool:
    found = _CAPS_CREDIT.match(text)
    return bool(found) and (is_given_name(found.group("given").replace("’", "'").split("'")[0])
                            or _CAPS_PHOTO_LABEL.search(found.group(0)) is not None)


def _about_boxes_above(lines: list[str], index: int) -> int:
    """Where a run of "About X" boxes starts that ends right above line `index`: each box an "About" heading
    (`_ABOUT_GLUED`) over one paragraph that names X among its first words ("About Kestrel Rail" / "Kestrel Rail
    builds trams ..."); `index` when no such box stands right above it. A heading over a paragraph on something else
    ("About the novel" / "It was written in ...") is a section of the article and stops the run; so does a heading
    on a common noun after a small "the" ("About the Book", "About the Survey": the article's book, its survey's
    method), where a body's name holds more words or its own "The" ("About the Riverton Press", "About The Star")."""
    start = index
    while True:
        above = [k for k in range(start - 1, max(-1, start - 4), -1) if lines[k].strip()][:2]
        if len(above) < 2:
            return start
        blurb, heading = lines[above[0]].strip(), lines[above[1]].strip()
        found = _ABOUT_GLUED.match(heading)
        name = re.sub(r"^about\s+(?:the\s+)?", "", heading.rstrip(": "), flags=re.IGNORECASE)
        if not found or _COMMON_ABOUT.match(heading) or len(blurb.split()) < _ABOUT_BLURB_WORDS \
                or name.casefold() not in " ".join(
                blurb.split()[:len(name.split()) + _ABOUT_NAME_AT]).casefold():
            return start
        start = above[1]


_COMMON_ABOUT = re.compile(r"^[Aa]bout\s+the\s+[^\W\d_]+:?$")  # "About the Book": one word after a small "the"
_ABOUT_BLURB_WORDS = 8  # the box's paragraph is a sentence at least this long...
_ABOUT_NAME_AT = 2  # ...naming the heading's name within this many words of its start (after "The", "Today")


def is_end_heading(line: str, following: str | None = None, left: int | None = None) -> bool:
    """True for a heading that opens a block of links to other articles ("Related Content", "Read more") or the
    page's boxes ("About the author"). With the next line's text and the count of lines left on the page, an
    "About" heading whose name holds glue words counts over an organisation's description near the end."""
    text = line.strip()
    if len(text) > 60:
        return False
    if _END_HEADING.match(text):
        return True
    return following is not None and left is not None and left <= _ABOUT_TAIL \
        and bool(_ABOUT_GLUED.match(text)) and bool(_ORG_BLURB.match(following))


# The pointer to the site's next or previous story, alone or with its headline ("Next story: Floods hit ..."); a
# sentence that opens on the words ("Next story selection is ...", "Up next: the council will ...") has no colon or
# arrow after them, or ends as a sentence does.
_NEXT_STORY = re.compile(r"^[\W_]*(?:next|previous|prev)\s+(?:story|article|post)"
                         r"\s*(?:[:›»>|–—-]\s*(?P<head>\S.{0,100}(?<![.!?]))?)?$", _I)
# "Read next", "Up next": also an inline pointer inside an article, so it ends the article only among the
# page's last lines (a teaser's headline and a few summary lines under it).
_READ_NEXT = re.compile(r"^[\W_]*(?:read|up)\s+next\s*(?:[:›»>|–—-]\s*(?P<head>\S.{0,100}(?<![.!?]))?)?$", _I)
_READ_NEXT_TAIL = 4
# Under the pointer's headline a teaser holds at most a summary line and a quote; more lines below are the
# article going on ("Previous article: X" linked between two paragraphs).
_TEASER_LINES = 2


# A list-of-links heading with its linked headlines on the same line ("You may also like: Bats return to city parks |
# Ancient seeds sprout"): two or more capitalised titles split by a bar or a bullet, none ending as a sentence.
# "You may also like: the new menu" (one lower-case phrase) or a sentence with a bar in it stays.
_INLINE_TITLE = r"(?-i:[A-Z0-9‘'“\"])[^|•\n]{1,100}?(?<![.!?,;:])"
_INLINE_RELATED = re.compile(
    r"^[\W_]*(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|"
    r"related(?:\s+(?:stories|articles|posts|coverage|content|news))?|also\s+read|read\s+(?:more|also|next)|see\s+also|"
    r"more\s+(?:stories|articles|news)|recommended(?:\s+for\s+you)?)\s*[:›»>–—-]\s*"
    + _INLINE_TITLE + r"(?:\s+[|•]\s+" + _INLINE_TITLE + r")+\s*$", _I)
_INLINE_RELATED_TAIL = 6  # among the page's last lines (copyright and footer lines under it)


def _ends_at_next_story(text: str, left: int) -> bool:
    """A "Next story" / "Previous article" heading, or a "Read next" among the page's last lines, with no more
    than its headline and a short teaser under it. A text after the colon that opens in lower case ("Up next:
    the derby against Leeford", "Next story: the weather") is the article's own line, no headline."""
    if left <= _INLINE_RELATED_TAIL and _INLINE_RELATED.match(text):
        return True
    match = _NEXT_STORY.match(text) or (_READ_NEXT.match(text) if left <= _READ_NEXT_TAIL else None)
    if match is None:
        return False
    head = match.group("head")
    if head and head[0].islower():
        return False
    return left <= _TEASER_LINES + (0 if head else 1)


def is_app_call(line: str) -> bool:
    """"Download our app to get alerts", "Get the Riverton Courier app": the outlet's call to install its app."""
    return bool(_OWN_APP.match(line.strip()))


def is_paragraph(line: str) -> bool:
    """True when a line reads like article prose rather than a heading, label or caption."""
    text = line.strip()
    words = len(text.split(None, 15))  # the words counted up to 16, all this test reads
    return words >= 16 or (words >= 8 and bool(_SENTENCE_END.search(text)))


def _is_signature(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= 90 and len(text.split()) <= 12 and not _SENTENCE_END.search(text.rstrip(","))


def _appeal_block_end(lines: list[str], start: int) -> int:
    """Index after the appeal that opens at `start` with a salutation: through the closing and signatures."""
    limit = min(len(lines), start + 60)
    index = start + 1
    while index < limit:
        text = lines[index].strip()
        if _CLOSING.match(text):
            index += 1
            while index < len(lines) and (not lines[index].strip() or _is_signature(lines[index])):
                index += 1
            return index
        # An appeal without a closing ends where plain article prose starts again.
        if len(text) > 200 and not _APPEAL_PRODUCT.search(text) and not re.search(r"\b(?:we|our|you)\b", text, _I):
            return index
        index += 1
    return limit


_EDITOR_NOTES_LINE = re.compile(r"^(?:" + _EDITOR_NOTES + r")\s*:?$", _I)
_SECTION_PARAGRAPHS = 2  # plain paragraphs under a crosshead that make it the article's own section


def _section_follows(lines: list[str], start: int) -> bool:
    """True when the article's own paragraphs follow "Notes to editors" from `start`: at least
    `_SECTION_PARAGRAPHS` of them, up to the page's end or the next end heading, with no furniture line (a contact,
    a record line), no organisation's blurb ("Halvorsen Wind AS is an independent developer ...") and no numbered
    note among them. A release's notes are background and contacts; a feature about releases may head a section
    with the words."""
    paragraphs = 0
    for line in lines[start:]:
        text = line.strip()
        if not text:
            continue
        if is_end_heading(text):
            break
        if classify_line(text) is not None or _ORG_BLURB.match(text) or re.match(r"^\(?\d{1,2}[.)]\s", text):
            return False
        if not is_paragraph(text):
            return False
        paragraphs += 1
    return paragraphs >= _SECTION_PARAGRAPHS


_PRESS_END_MARK = re.compile(r"^(?:" + _PRESS_END.rstrip("|") + r")\s*:?$", _I)


def _reported_paragraph_after(lines: list[str], start: int) -> bool:
    """True when a paragraph of the body's reported speech ("That was 30 years after their first show, the
    singer said.") follows `start` before any end heading ("About Kestrel Media", "Media contacts")."""
    for line in lines[start:]:
        text = line.strip()
        if not text:
            continue
        if is_end_heading(text):
            return False
        if is_paragraph(text) and classify_line(text) is None and reports_speech(text):
            return True
    return False


# Notices that are furniture only in the page's trailing run, under the body's last paragraph: a helpline, a call
# to readers, the reuse notice. The same words between two paragraphs of the body are the story's (a health board's
# advice, a note to readers, a rule on sharing records).
_TRAILING_ONLY = (_HELPLINE, _READER_CALL, _REUSE)


def _body_paragraph_after(lines: list[str], start: int) -> bool:
    """Whether a paragraph of the body (prose no signal labels) stands at `start` or later."""
    return any(is_paragraph(text) and classify_line(text.strip()) is None for text in lines[start:])


def scan_lines(lines: list[str], *, truncate_related: bool = True) -> list[str | None]:
    """Label every line with its boilerplate signal (None = keep). Blank lines are labelled None.

    Kinds: the single-line signals of `classify_line`, 'appeal' (a whole "Dear reader ... Thank you, <names>"
    block), 'caption' (a line repeated with a photo credit on the next line) and 'related' (a "Related ..."
    heading after the article has begun, and everything after it). Unambiguous headings ("Related articles",
    "You may also like") always cut the rest; the others ("Read more", "See also"), which may be buttons or
    pointers inside the article, cut it only in copied text (`truncate_related=True`) and only when no long
    paragraph follows; otherwise they drop only themselves.
    """
    labels: list[str | None] = [None] * len(lines)
    following_text = _next_texts(lines)
    lines_left = _lines_left(lines)
    prose_after = _long_paragraph_after(lines)
    prose_seen = 0  # words of article prose above the line: an end heading ends only an article that has begun
    seen_paragraph = False
    previous: str | None = None  # the last non-blank line read
    previous_kind: str | None = None  # its label
    block_meta_seen = False  # a byline or date line of the headline block stood above
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        if _SALUTATION.match(text):
            end = _appeal_block_end(lines, index)
            for inner in range(index, end):
                if lines[inner].strip():
                    labels[inner] = "appeal"
            index = end
            continue
        if previous is not None and _PRESS_END_MARK.match(text):
            # A press release's end mark under the article ends it when only furniture follows (contacts,
            # "About X", notes to editors); over a reported paragraph of the body it drops only itself.
            labels[index] = "related"
            if not _reported_paragraph_after(lines, index + 1):
                for inner in range(index + 1, len(lines)):
                    if lines[inner].strip():
                        labels[inner] = "related"
                break
            index += 1
            continue
        if prose_seen and _EDITOR_NOTES_LINE.match(text) and _section_follows(lines, index + 1):
            index += 1  # "Notes to editors" over the feature's own paragraphs: its crosshead, kept
            continue
        if seen_paragraph and truncate_related and _ends_at_next_story(text, lines_left[index]):
            # "Next story" under the article: the site's next story follows, its headline, summary and quotes
            # all another article's, so the rest goes with the heading (not only the heading and headline).
            for inner in range(index, len(lines)):
                if lines[inner].strip():
                    labels[inner] = "related"
            break
        if seen_paragraph and lines_left[index] <= _ABOUT_TAIL and _about_inline(text):
            # "About Kestrel Rail: Kestrel Rail is a ...": the institution's box on one line, among the page's last
            labels[index] = "related"
            index += 1
            continue
        if seen_paragraph and _BARE_BOX_LABEL.match(text):
            # "More:" between two paragraphs over headlines that each carry a list mark: an inline box of links.
            resume = _inline_links_end(lines, index + 1, marked_only=True)
            if resume is not None:
                for inner in range(index, resume):
                    if lines[inner].strip():
                        labels[inner] = "link"
                index = resume
                continue
        if is_end_heading(text, following_text[index], lines_left[index]):
            # A "Related stories" box may stand inside the article (a metro daily's two headlines between
            # paragraphs): it drops only itself and its headlines when the article's prose resumes after them.
            # Only in copied text: in extracted HTML the box's prose after it is the page's other blocks (it
            # lowered the HTML dev's body F1).
            resume = (None if _STRONG_END_HEADING.match(text) and not (truncate_related and _RELATED_BOX.match(text))
                      else _inline_links_end(lines, index + 1))
            if seen_paragraph and resume is not None:
                # "Read also" and one or two headlines inside the article, which goes on after them.
                for inner in range(index, resume):
                    if lines[inner].strip():
                        labels[inner] = "link"
                index = resume
                continue
            if seen_paragraph and _links_to_block_below(lines, index, prose_seen):
                # The headline block's "Comments" link (the share row's jump to the comments) or a pointer to a box
                # printed again at the foot: the article's paragraphs follow it, so it drops only itself.
                labels[index] = "share"
                end = _repeated_box_items_end(lines, index)
                for inner in range(index + 1, end):
                    if lines[inner].strip():
                        labels[inner] = "related"  # the box's headlines, printed again at its second printing
                index = max(end, index + 1)
                continue
            about_box = _ABOUT_GLUED.match(text) and lines_left[index] <= _ABOUT_TAIL \
                and bool(_ORG_BLURB.match(following_text[index] or ""))
            if seen_paragraph and (_STRONG_END_HEADING.match(text) or about_box
                                   or (truncate_related and not prose_after[index + 1])):
                # "About Riverton Medical Center" over "Riverton Medical Center (RMC) is a ...": the body's
                # institution's box closes the page, blurb and all; a release prints one box per party, and the
                # boxes right above this one go with it (`_about_boxes_above`).
                for inner in range(_about_boxes_above(lines, index), len(lines)):
                    if lines[inner].strip():
                        labels[inner] = "related"
                break
            labels[index] = "related"
            if not seen_paragraph:
                # "Most read" above the article: its items are other articles' headlines, none of them this one's.
                end = _list_items_end(lines, index + 1)
                for inner in range(index + 1, end):
                    if lines[inner].strip():
                        labels[inner] = "related"
                index = max(end, index + 1)
                continue
            index += 1
            continue
        kind = classify_line(text)
        if kind is not None and any(pattern.match(text) for pattern in _TRAILING_ONLY) \
                and _body_paragraph_after(lines, index + 1):
            kind = None
        if kind is None:
            following = following_text[index]
            if following is not None and _CREDIT_TAIL.search(following) and _starts_with(following, text):
                kind = "caption"
            elif previous_kind == "contact" and seen_paragraph and lines_left[index] <= _ABOUT_TAIL \
                    and _ORG_BLURB.match(text) and not reports_speech(text) \
                    and not is_given_name(text.split()[0]) and not _body_paragraph_after(lines, index + 1):
                # (the blurb closes the release: the story going on under it, or a person it opens on, is news)
                kind = "related"  # a release's media contact, then its institution's blurb: "X is one of ten ..."
            elif previous is not None and _CAPTION_LABEL_LINE.match(previous) and len(text.split()) <= _CAPTION_WORDS:
                kind = "caption"  # "Image caption," on a line of its own, then the caption it labels
            elif following is not None and _REPORTING_FROM.match(following) and _NAME_LINE.match(text):
                kind = "credits"  # a live post's author above "Reporting from Riverton"
            elif prose_seen < _CAPTION_REACH and (_BARE_NAME_CREDIT.match(text)
                                                  or _BRACKETED_NAME_CREDIT.match(text)
                                                  or _bracketed_agency_caption(text)
                                                  or _RUN_ON_LABEL_CREDIT.match(text)) \
                    and not _caption_reports(text):
                kind = "photo_credit"  # the headline block's picture, its caption closing on the photographer's name
            elif prose_seen < _CAPTION_REACH and following is not None and _CREDIT_ONLY.match(following) \
                    and (not _CREDIT_TAIL.search(following) or text.strip().casefold() in following.casefold()) \
                    and len(text.split()) <= _CAPTION_WORDS and _is_block_meta(previous) and not _is_dated_or_signed(text) \
                    and (not tells_in_past(text) or participle_caption(text)):
                # the picture under the byline or date line: its caption over its credit ("Photo: a crane on the
                # quay (Photo: Jo Roe)" holds its own caption: the line above it is no caption)
                kind = "caption"
            elif previous is not None and _GALLERY_COUNTER.match(previous) and (
                    _BRACKET_CREDIT_TAIL.search(text)
                    or (following is not None and classify_line(following) == "photo_credit")):
                # "1 / 12", then that picture's caption, marked by its credit ("... site. [InTime News]" or a credit
                # line under it); a subhead, a short paragraph or the headline under a counter or "View gallery"
                # is the article's
                kind = "caption"
            elif prose_seen < _CAPTION_REACH and previous_kind in _ROW_KINDS and block_meta_seen \
                    and following is not None and len(text.split()) <= _ROW_CAPTION_WORDS \
                    and not reports_speech(text) and not _is_block_meta(text) \
                    and classify_line(following) == "photo_credit":
                kind = "caption"  # the headline block's share row, then its picture: a caption over its credit
        elif kind == "button" and seen_paragraph and lines_left[index] == 0 and previous_kind is None \
                and previous is not None and is_paragraph(previous) and is_excerpt_pointer(text):
            kind = None  # an excerpt's "Read it all here." closing the page under its prose: the article's last line
        elif kind == "credits" and not seen_paragraph and _EDITED_BY.match(text):
            kind = None  # "Edited by Jane Roe" above the article is its byline
        labels[index] = kind
        if not block_meta_seen and prose_seen < _CAPTION_REACH and _is_block_meta(text):
            block_meta_seen = True
        previous_kind = kind
        if kind == "label" and not seen_paragraph and text.lower().rstrip(" :") in SUMMARY_BOX_LABELS:
            index = _label_summary_box(lines, labels, index + 1)
            continue
        if kind is None and is_paragraph(text):
            prose_seen += len(text.split())
            seen_paragraph = prose_seen >= _ARTICLE_BEGUN
        previous = text
        index += 1
    _label_sandwiched(lines, labels)
    _label_entry_bylines(lines, labels)
    _label_appeal_boxes(lines, labels)
    _label_key_events(lines, labels)
    _keep_disclaimers_in_body(lines, labels)
    return labels


_DISCLAIMER = re.compile(r"^disclaimer\s*:", _I)


def _keep_disclaimers_in_body(lines: list[str], labels: list[str | None]) -> None:
    """"Disclaimer: the information on this site ..." is the site's furniture under the article (or over it), never
    between two of its paragraphs: there it is the wording the story reports (a ruling on a firm's small print),
    and stays the body's."""
    prose = [labels[i] is None and is_paragraph(line) for i, line in enumerate(lines)]
    before = False
    after = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        after[index] = after[index + 1] or prose[index]
    for index, line in enumerate(lines):
        if before and after[index + 1] and labels[index] == "disclosure" and _DISCLAIMER.match(line.strip()):
            labels[index] = None
        before = before or prose[index]


_KEY_EVENTS = ("key events",)  # a live page's box of links to its chosen entries
_KEY_EVENT_WORDS = 15  # an item of the box is an entry's heading, a line this short
_KEY_EVENT_ITEMS = 12  # ... and the box holds at most this many
_KEY_EVENT_STAMPS = 2  # the live page's entries under the box carry at least this many time stamps


def _label_key_events(lines: list[str], labels: list[str | None]) -> None:
    """A live page's "Key events" box: its items (the chosen entries' headings, short lines) between the label and
    the first entry's time stamp are links, not the first entry ("Key Events" / "Everton game called off" /
    "Council meets on Monday" / "16:45"). Nothing changes when a paragraph or another label comes first, or no time
    stamp follows: the lines are then no such box."""
    for index, line in enumerate(lines):
        if line.strip().lower().rstrip(" :") not in _KEY_EVENTS:
            continue
        items: list[int] = []
        for inner in range(index + 1, len(lines)):
            text = lines[inner].strip()
            if not text:
                continue
            if labels[inner] == "timestamp":
                # a live page stamps more than one entry: one time under the label is a programme's hour
                if sum(label == "timestamp" for label in labels[inner:]) >= _KEY_EVENT_STAMPS:
                    for item in items:
                        labels[item] = "link"
                break
            if labels[inner] is not None or len(text.split()) > _KEY_EVENT_WORDS or len(items) >= _KEY_EVENT_ITEMS \
                    or _SENTENCE_END.search(text):
                break
            items.append(inner)


_ROW_KINDS = frozenset({"share", "button", "reading_time"})  # a share row, a button, an audio player's length
_ROW_CAPTION_WORDS = 25  # a caption under the share row: a sentence or two about the picture
_BRACKET_CREDIT_TAIL = re.compile(r"\s[\[(][^\[\]()]{2,40}[\])]$")  # "... site. [InTime News]"
_APPEAL_VOICE_LINES = 3  # lines in the outlet's voice over its appeal that belong to the appeal's box...
_APPEAL_VOICE_WORDS = 30  # ...each this short
# A transcript's turn: a speaker's label opening the line ("Roe: We will ...", "Kestrel News: And the crews?"). A
# label that opens this many lines of the page is a Q&A's speaker, and the line is someone's words, not the outlet's
# appeal box (a lone "Note: we ..." label stays the box's).
_TURN_LABEL = re.compile(r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*:\s+\S")
_TURN_REPEATS = 2
# The appeal's button: its verb alone, or with "now"/"us"/a member's title or the outlet's capitalised name
# ("Donate", "Support The Free Dispatch", "Become a member"); "Join the queue for season tickets" is a subhead.
_APPEAL_BUTTON = re.compile(
    r"^(?:support|donate|subscribe|join|give|contribute|become)(?:\s+(?:now|today|us|here|once|monthly|"
    r"an?\s+(?:member|supporter|subscriber|patron)))?(?:\s+(?-i:(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}))?"
    r"\W*$", _I)
# The outlet speaking of itself over its appeal: "we"/"our"/"us" ("US" in capitals is the country) about its own
# work ("We were forced out of Russia, but we keep reporting."); "We asked the governor's office for comment" and
# "We think residents deserve better" are the article's.
_BOX_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_BOX_WORK = re.compile(r"\b(?:journalism|journalists|reporting|newsroom|(?:keep|continue)\s+(?:to\s+)?report\w*|have\s+(?:been\s+)?report(?:ed|ing)|"
                       r"independent|free\s+press|donors?|readers)\b", _I)


def _label_appeal_boxes(lines: list[str], labels: list[str | None]) -> None:
    """An appeal line ("Independent journalism costs money. Please support us with a monthly donation.") heads a
    box: the lines right over it in the outlet's own voice ("We were forced out of Russia, but we keep reporting.")
    and its button right under it ("Support The Free Dispatch") are the box's. A line in quotation marks, or one
    reporting someone's words, is the article's and ends the box."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    turns: dict[str, int] = {}  # speakers' labels of a transcript ("Roe: ..."), counted over the page
    for _, text in texts:
        found = _TURN_LABEL.match(text)
        if found:
            turns[found.group(1)] = turns.get(found.group(1), 0) + 1
    for position, (i, text) in enumerate(texts):
        if labels[i] != "appeal":
            continue
        for j, above in reversed(texts[max(0, position - _APPEAL_VOICE_LINES):position]):
            turn = _TURN_LABEL.match(above)
            if labels[j] is not None or len(above.split()) > _APPEAL_VOICE_WORDS or _QUOTE_MARK.search(above) \
                    or not _BOX_VOICE.search(above) or not _BOX_WORK.search(above) or reports_speech(above) \
                    or (turn and turns.get(turn.group(1), 0) >= _TURN_REPEATS):
                break
            labels[j] = "appeal"
        if position + 1 < len(texts):
            j, below = texts[position + 1]
            if labels[j] is None and _APPEAL_BUTTON.match(below):
                labels[j] = "appeal"


_SUMMARY_BULLETS = 6  # bullet points a summary box above the article holds at most...
_SUMMARY_BULLET_WORDS = 35  # ...each this long at most
# A line that ends the box: the byline or a date line under it ("Edited by Jo Roe", "Saturday 14 November 2026").
_BOX_END = re.compile(r"^(?:" + credit_alternation("byline") + r")\s|^(?=(?:\S+\s+){0,7}\S+$).*\b(?:19|20)\d{2}\b", _I)


def _label_summary_box(lines: list[str], labels: list[str | None], start: int) -> int:
    """The bullet points under a "Summary" or "Key points" label above the article repeat the story: furniture,
    labelled 'summary', up to a blank line, a full-stopped paragraph, the byline or a date line. Returns the index
    to read on from."""
    index, bullets = start, 0
    while index < len(lines) and bullets < _SUMMARY_BULLETS:
        text = lines[index].strip()
        if not text or (is_paragraph(text) and text.endswith((".", "!", "?", "”", '"'))) or _BOX_END.match(text) or classify_line(text) is not None \
                or len(text.split()) > _SUMMARY_BULLET_WORDS:
            break
        labels[index] = "summary"
        bullets += 1
        index += 1
    if bullets == 0 and _one_point_box(lines, index):
        # "Summary" / one sentence summing the story up / "By Jo Roe": a box of a single point, closed by the
        # headline block's byline or date line (a lede under the label has the article's paragraphs under it).
        labels[index] = "summary"
        return index + 1
    if bullets == 0:
        points = _sentence_points(lines, index)
        for point in range(index, points):
            labels[point] = "summary"
        index = points
    return index


def _one_point_box(lines: list[str], start: int) -> bool:
    """A summary box's one point: a sentence of at most `_SUMMARY_BULLET_WORDS` words right under the label, with a
    name byline or a bare date line as the next line that is not blank, one of a kind the page has not printed
    over the label."""
    if start >= len(lines) or not lines[start].strip() or len(lines[start].split()) > _SUMMARY_BULLET_WORDS:
        return False
    after = next((line.strip() for line in lines[start + 1:] if line.strip()), "")
    if not after or len(after.split()) > _BOX_END_WORDS or after.endswith((".", "!", "?", ",", ";")):
        return False
    # The closing line is the block's byline or date, not printed over the label yet (a label under the byline
    # and the date heads the article's lede).
    above = [line.strip() for line in lines[:max(0, start - 1)]]
    if _is_name_byline(after):
        return not any(_BYLINE_OPENING.match(line) for line in above)
    return _is_bare_date(after) and not any(_is_bare_date(line) for line in above)


# Words a date line holds besides the date's own ("Published 9:40 a.m. March 8, 2026", "Updated on May 10, 2026").
_DATE_LINE_WORDS = frozenset("published updated posted on at a.m. p.m. am pm | - — – · gmt utc bst est edt".split())
_BYLINE_OPENING = re.compile(r"^(?:" + credit_alternation("byline") + r")\s+", _I)


def _is_bare_date(text: str) -> bool:
    """A line that is a date and its label alone ("May 10, 2026", "Updated 9:40 a.m. March 8, 2026"): a year and
    no word in lower case but the label's and the clock's (a short wrapped line "The fund, worth 2024 billion
    dollars" is prose)."""
    words = text.replace(",", " ").split()
    return bool(re.search(r"\b(?:19|20)\d{2}\b", text)) and len(words) <= _BOX_END_WORDS and all(
        word[:1].isupper() or any(c.isdigit() for c in word) or word.lower() in _DATE_LINE_WORDS for word in words)


def _is_name_byline(text: str) -> bool:
    """A byline naming its writer ("By Ruth Calder", "Edited by Jo Roe"): the credit phrase, then capitalised
    words (and small joining words) only."""
    found = _BYLINE_OPENING.match(text)
    if not found:
        return False
    rest = text[found.end():].replace(",", " ").split()
    return bool(rest) and rest[0][:1].isupper() and all(
        word[:1].isupper() or word == "&" or word.lower() in NAME_CONJUNCTIONS or word.lower() in NAME_PARTICLES
        for word in rest)


_BOX_END_WORDS = 12  # a byline or date line closing a summary box is short; a lede opening "By ..." is not
_POINT_SENTENCE_WORDS = 16  # a key point written as a full sentence: this long at most...
_POINTS_MIN = 2  # ...in a run of at least this many...
_LEDE_AFTER_POINTS_WORDS = 25  # ...over a lede at least this long and at least twice the longest point


def _sentence_points(lines: list[str], start: int) -> int:
    """'Key points', then points written as short full sentences with no bullet marks: the run counts as the box
    only when at least two short sentences stand right over a paragraph clearly longer than any of them (the lede).
    One short sentence, or short sentences over another short paragraph, are the article's. Returns the index after
    the run (`start` when there is none)."""
    index, longest = start, 0
    while index < len(lines) and index - start < _SUMMARY_BULLETS:
        text = lines[index].strip()
        words = len(text.split())
        if not text or words > _POINT_SENTENCE_WORDS or not text.endswith((".", "!", "?")) or reports_speech(text) \
                or classify_line(text) is not None:
            break
        longest = max(longest, words)
        index += 1
    if index - start < _POINTS_MIN or index >= len(lines):
        return start
    lede = lines[index].strip()
    lede_words = len(lede.split())
    if not is_paragraph(lede) or lede_words < max(_LEDE_AFTER_POINTS_WORDS, 2 * longest):
        return start
    return index


_REPORTING_FROM = re.compile(r"^reporting\s+from\s+[A-Z]", _I)
_CAPTION_LABEL_LINE = re.compile(r"^(?:image|photo|picture|video)\s+caption\s*[,:.]?$", _I)
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|al|bin|la|le|[A-Z][\w'’.-]+)){1,3}$")
_EDITED_BY = re.compile(r"^edited\s+by\s+(?!:)", _I)
_SANDWICH_KINDS = {"newsletter", "appeal", "cookie"}
_SANDWICH_MAX_CHARS = 300
# A mailing list's pitch names what it sends with how often or for what ("our weekly email", "a free daily
# briefing"); "she said in an email" does not.
_MAIL_PITCH = re.compile(r"\b(?:our|a|the)\s+(?:free\s+)?(?:daily|weekly|weekday|monthly|fortnightly|morning|evening|"
                         r"weekend|free)\s+(?:e-?mail|newsletter|briefing|digest|bulletin|roundup|round-up)\b", _I)
_MAIL_PITCH_MAX_CHARS = 160
_MAIL_NAME_WORDS = 5
# ... read as an offer to the reader: the line opens with the offer ("Our weekly email ...", "A free daily briefing",
# "Get ...", "Sign up for ...") or speaks to the reader ("straight to your inbox", "sent to you"); a line that
# reports someone ("The council said it would replace the daily briefing ...") is the article's.
_MAIL_OFFER = re.compile(r"^(?:(?:our|a)\s|(?:get|receive|sign\s*up\s+(?:for|to)|subscribe\s+to|join)\s+(?:our|a|the)\s)|"
                         r"\b(?:your\s+inbox|(?:straight|direct(?:ly)?|sent|delivered)\s+to\s+you)\b", _I)
# ... reporting somebody ("said", "told", "according to the council"); "will"/"would" are a pitch's words too
# ("Our weekly email will land in your inbox"), its offer ("Our", "A", "you") already tells it from a report.
_MAIL_REPORTED = re.compile(r"\b(?:said|says|told|tells|urged|added|announced|according\s+to\s+(?:the|a|an|its|his|her)\b)",
                            _I)
# The box's name line: title-like, every word capitalised save the small ones ("The Tide Line", "Harbour Morning");
# a subhead in sentence case ("What happens next") or a caption ("Jo Roe, harbour master") is the article's.
_MAIL_NAME_LINE = re.compile(r"^[A-Z][\w'’&-]*(?:\s+(?:[A-Z0-9][\w'’&-]*|of|on|the|and|in|for|to|a|at|&))*$")
# The box sits in the page's tail: no body sentence of this length follows its button.
_TAIL_SENTENCE_WORDS = 8
_SIGN_UP_BUTTON = re.compile(r"^(?:subscribe|sign\s*up|join)(?:\s+(?:now|today|here|for\s+free))?\s*[!.>»]*$", _I)


_ENTRY_BYLINE_CHARS = 60


def _label_entry_bylines(lines: list[str], labels: list[str | None]) -> None:
    """A live page's entry opens with its clock ("23:10"), its heading and its writer ("By Jane Roe"): the
    entry's byline is furniture of the entry, not the article's byline or a body line."""
    filled = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    clocks = [position for position, (i, text) in enumerate(filled)
              if labels[i] == "timestamp" and _CLOCK.match(text)]
    for position in range(len(filled) - 2):
        if labels[filled[position][0]] != "timestamp":
            continue
        index, text = filled[position + 2]
        if labels[index] is None and _is_entry_byline(text) and labels[filled[position + 1][0]] is None:
            labels[index] = "credits"
    # "20:40" / "By Jo Roe": the byline right under an entry's clock, on a page of entries (two clocks or more),
    # is the entry's furniture too, like the one under the entry's heading.
    for position in clocks if len(clocks) >= _LIVE_CLOCKS else ():
        if position + 1 < len(filled):
            index, text = filled[position + 1]
            if labels[index] is None and _is_entry_byline(text):
                labels[index] = "credits"


_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", _I)
_LIVE_CLOCKS = 2  # entries stamped with a clock that make a live page


def _is_entry_byline(text: str) -> bool:
    return len(text) <= _ENTRY_BYLINE_CHARS and bool(_BYLINE_START.match(text))


def _label_sandwiched(lines: list[str], labels: list[str | None]) -> None:
    """A short line between two lines of one newsletter (or appeal, cookie) notice is that notice's blurb."""
    filled = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    for position in range(1, len(filled) - 1):
        index, text = filled[position]
        before, after = labels[filled[position - 1][0]], labels[filled[position + 1][0]]
        if labels[index] is None and before in _SANDWICH_KINDS and before == after and len(text) <= _SANDWICH_MAX_CHARS:
            labels[index] = before
        elif labels[index] is None and before == "newsletter" and len(text) <= _SANDWICH_MAX_CHARS \
                and _SIGN_UP_BUTTON.match(filled[position + 1][1]):
            labels[index] = before  # "Newsletter" / its pitch / "Subscribe": the box's pitch over its button
    for position in range(len(filled) - 1):
        index, text = filled[position]
        if labels[index] is None and _is_mail_pitch(text) and _SIGN_UP_BUTTON.match(filled[position + 1][1]) \
                and _in_tail(filled[position + 2:], labels):
            # "Our weekly email on the coast." / "Sign up": the box's pitch over its button; the box's name above
            # it ("The Tide Line", title-like) goes with it.
            labels[index] = "newsletter"
            above = filled[position - 1] if position else None
            if above and labels[above[0]] is None and len(above[1].split()) <= _MAIL_NAME_WORDS \
                    and _MAIL_NAME_LINE.match(above[1]):
                labels[above[0]] = "newsletter"


def _is_mail_pitch(text: str) -> bool:
    return len(text) <= _MAIL_PITCH_MAX_CHARS and bool(_MAIL_PITCH.search(text)) and bool(_MAIL_OFFER.search(text)) \
        and not _MAIL_REPORTED.search(text)


def _in_tail(rest: list[tuple[int, str]], labels: list[str | None]) -> bool:
    """No body sentence follows: the lines after are furniture, or short lines (links' titles)."""
    return not any(labels[index] is None and _SENTENCE_END.search(text) and len(text.split()) >= _TAIL_SENTENCE_WORDS
                   for index, text in rest)


_MAX_INLINE_LINKS = 2
# A headline's list mark in a box of links ("* The New Space Race", "• Port reserves at a ten-year high").
_LIST_MARK = re.compile(r"^" + _LIST_MARKS + r"\s+(\S.*)$")
# A box's bare label ("More:", "Related:", the teaser table's pointer words): over list-marked headlines between two
# paragraphs only.
_BARE_BOX_LABEL = re.compile(r"^(?:more|related|" + LINK_BOX_LABELS + r")\s*:$", _I)
# After its list mark an item that opens with a quote mark or a number is the story's quote or figure ("* “We lost
# everything,” said Lina Roe", "* 1,200 homes still without power"), no headline.
_QUOTE_OR_FIGURE_LEAD = re.compile(r"^[\"“”‘’'\d]")


def _marked_headline(text: str) -> bool:
    """A headline with a list mark ("* The New Space Race"): not a quote, a reported sentence or a figure."""
    match = _LIST_MARK.match(text)
    if match is None:
        return False
    item = match.group(1)
    return not _QUOTE_OR_FIGURE_LEAD.match(item) and not reports_speech(item)


def _inline_links_end(lines: list[str], start: int, marked_only: bool = False) -> int | None:
    """Where the article resumes after a "Read also" heading and its one or two headlines, or None when the
    heading opens the end-of-page block (no prose after the headlines). Headlines that each carry a list mark
    ("* The New Space Race") are a box's links, up to `_MAX_TITLE_LINKS` of them as Title-Case ones are;
    `marked_only`: only such headlines (under a bare "More:")."""
    teasers = 0
    titled = True  # every headline so far in Title Case, or every one with a list mark
    marked = True  # every headline so far with a list mark
    index = start
    while index < len(lines):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        kind = classify_line(text)
        if kind is None and (is_paragraph(text) or reports_speech(text)) and _SENTENCE_END.search(text) \
                and not (teasers and _over_date_alone(lines, index)):
            if teasers and _foot_plug(lines, index):
                return None  # the site's own line over the copyright: the box opens the page's foot
            return index if teasers else None  # the article goes on, maybe with a short reported sentence
        if teasers and kind is not None and not is_end_heading(text):
            index += 1  # a plug between the headlines and the article going on ("Sign up for our newsletter")
            continue
        if (teasers >= _MAX_INLINE_LINKS and not (teasers < _MAX_TITLE_LINKS and (titled or marked))) \
                or is_end_heading(text) or kind is not None or _SENTENCE_END.search(text):
            return None
        marked = marked and _marked_headline(text)
        if marked_only and not marked:
            return None
        titled = titled and _title_cased(text)
        teasers += 1
        index += 1
    return None


# The site's own line at the page's foot, under a "Related" box's headlines and over the copyright: its blurb
# ("Kestrel Monitor is the English-language news service of ...", `_ORG_BLURB`) or a call in its own voice ("Get the
# latest news on WhatsApp. Join our channel.", "Support our journalism."); the article's last paragraph after an
# inline box (a reported sentence, a quote, "Our reporter counted ...") goes on.
_FOOT_CALL = re.compile(r"(?:^|[.!?]\s+)(?:" + _alternation(FOOT_CALL_VERBS) + r")\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:us\b|our\s+(?:[\w'’-]+\s+){0,2}?(?:" + _alternation(FOOT_CALL_OBJECTS) + r")\b)", _I)
# A blurb's subject: the words before its verb ("The Harbour Courier" in "The Harbour Courier is a member of ...").
_BLURB_PREDICATE = re.compile(r"\s(?:is|are)\s+(?:an?|the|one\s+of(?:\s+the)?)\s", _I)
_BANNER_SCAN_LINES = 6  # the site's name printed over the headline: among the page's first lines


def _site_blurb(text: str, lines: list[str], index: int) -> bool:
    """An organisation's blurb (`_ORG_BLURB`) that is the site's own: its subject is the site, the name the copyright
    line below holds whole ("The Harbour Courier is a member of ..." over "© 2026 Harbour Courier") or the banner
    printed alone among the page's first lines. A story's closing line about someone else stays, even about another
    outlet ("The Brookton Gazette is a weekly paper that lost its office in the flood."), as do "The Brookton Food
    Bank is a volunteer charity" and "Mr Ferro is the first minister to ..."."""
    if not _ORG_BLURB.match(text) or is_given_name(text.split()[0]):
        return False
    found = _BLURB_PREDICATE.search(text)
    subject = re.sub(r"^(?i:the)\s+", "", text[:found.start()] if found else "").strip()
    if not subject:
        return False
    name = re.escape(subject).replace(r"\ ", r"\s+")
    holder = re.compile(r"(?:\bcopyright\b|©|\(c\))\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?:the\s+)?"
                        + name + r"(?:\s*$|\s*[.,|;–—-]|\s+(?:all\s+rights|(?:19|20)\d{2}\b))", _I)
    if any(classify_line(line) == "copyright" and holder.search(line.strip()) for line in lines[index + 1:] if line.strip()):
        return True
    banner = re.compile(r"^(?:the\s+)?" + name + r"$", _I)
    top = [line.strip() for line in lines[:index] if line.strip()][:_BANNER_SCAN_LINES]
    return any(banner.match(line) for line in top)


def _foot_plug(lines: list[str], index: int) -> bool:
    """True when the line at `index` is the site's blurb or call and only furniture (or nothing) follows it."""
    text = lines[index].strip()
    # (a blurb opening on a given name is a person's note, "Dana Cole is a reporter ...": the author box's)
    blurb = _site_blurb(text, lines, index)
    if not (blurb or _FOOT_CALL.search(text)) or reports_speech(text) or _QUOTE_MARK.search(text):
        return False
    return all(classify_line(line) is not None for line in lines[index + 1:] if line.strip())


def _over_date_alone(lines: list[str], index: int) -> bool:
    """True when the next line after `index` is only a date ("April 30, 2026"): a box's headline over its story's
    date, however much it reads as a sentence ("Who is running for the open seat?"), not the article going on."""
    from loaders.extract.pubdates import date_line

    following = next((line.strip() for line in lines[index + 1:] if line.strip()), None)
    return following is not None and len(following) <= _TEASER_DATE_LENGTH and date_line(following) is not None


_TEASER_DATE_LENGTH = 40  # a teaser's date stamp is short ("April 30, 2026", "5 days ago")


_MAX_TITLE_LINKS = 6  # a box of headlines all in Title Case ("More on Car Repair" over five of them) may hold more


def _title_cased(text: str) -> bool:
    """A headline in Title Case: two words or more, every word of four letters or more capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) >= 2 and all(word[0].isupper() for word in words if len(word) >= 4)


_LONG_PARAGRAPH_WORDS = 40  # link teasers are short; a paragraph this long after "Read more" is the article going on


# Words of prose after which an end heading ("21 comments", "Related") closes the article; fewer are a
# disclosure or standfirst over the headline block ("If you buy through our links, we may earn a commission.").
_ARTICLE_BEGUN = 20
# The strong end headings that may also head a box of one or two headlines inside the article ("Related stories"
# between two paragraphs); the others ("Most read", "Comments", "References") only ever follow it.
# A link to the comments in the headline block's share row ("Comments", "14 Comments").
_COMMENTS_LINK = re.compile(r"^(?:\d+\s+)?comments?\s*:?$", _I)
_LINK_PROSE_WORDS = 16  # a paragraph of the article after the link: a sentence of this many words or more
_LINK_PARAGRAPHS_REPEATED = 2  # such paragraphs between a heading and its second printing
_LINK_PARAGRAPHS_COMMENTS = 3  # such paragraphs right after a comments link under a standfirst at most


def _heading_key(text: str) -> str:
    return re.sub(r"[\d\s:]+", " ", text.lower()).strip()


# A reader's comment's furniture: its button ("Reply", "Like", "3 likes"), its time ("2 hours ago", "November 12,
# 2026 at 9:14 am") or its writer's name ("Jo Fenn", "Priya S."): a paragraph next to one is a reader's, not the
# article's.
_COMMENT_BUTTON = re.compile(r"^(?:reply|like|likes|report|flag|share|upvote|downvote|\d+\s+(?:likes?|replies|"
                             r"repl(?:y|ies)))$", _I)
_COMMENT_TIME = re.compile(r"^(?:\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
                           r"\s+ago|.{0,40}\d{4}\s+at\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?|.{0,30}\b\d{1,2}[:.]\d{2}\s*(?:am|pm))$",
                           _I)
_COMMENT_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def _comment_shaped(line: str | None) -> bool:
    text = (line or "").strip()
    return bool(text) and bool(_COMMENT_BUTTON.match(text) or _COMMENT_TIME.match(text) or _COMMENT_NAME.match(text))


def _article_paragraphs(lines: list[str], start: int, end: int) -> int:
    """The paragraphs of sentences (`_LINK_PROSE_WORDS` words or more, unlabelled) among lines[start:end], up to
    the next end heading; a paragraph next to a reader's comment's furniture (`_comment_shaped`: its name, its time,
    "Reply") is a reader's and does not count."""
    count = 0
    texts = [(index, lines[index].strip()) for index in range(start, min(end, len(lines))) if lines[index].strip()]
    for position, (index, text) in enumerate(texts):
        if is_end_heading(text):
            break
        before = texts[position - 1][1] if position else None
        after = texts[position + 1][1] if position + 1 < len(texts) else None
        if len(text.split()) >= _LINK_PROSE_WORDS and is_paragraph(text) and _SENTENCE_END.search(text) \
                and classify_line(text) is None and not _comment_shaped(before) and not _comment_shaped(after):
            count += 1
    return count


def _links_to_block_below(lines: list[str], index: int, prose_seen: int) -> bool:
    """True for an end heading that links to a block further down rather than opening it: the same heading
    printed again below with the article's paragraphs between ("Comments" in the share row, "Comments" over the
    readers' comments), or a comments link ("14 Comments") with paragraphs of the article right after it; both
    only right under the headline block (under `_CAPTION_REACH` words of prose above it), so a box printed twice
    lower down keeps no headline in the body. Readers' comments (paragraphs beside a name, a time, "Reply") do
    not count as the article's."""
    text = lines[index].strip()
    if prose_seen >= _CAPTION_REACH:
        return False  # only right under the headline block: lower down, the heading opens its box
    key = _heading_key(text)
    again = next((i for i in range(index + 1, len(lines)) if lines[i].strip() and is_end_heading(lines[i].strip())
                  and _heading_key(lines[i].strip()) == key), None)
    if again is not None and _article_paragraphs(lines, index + 1, again) >= _LINK_PARAGRAPHS_REPEATED:
        return True
    return bool(_COMMENTS_LINK.match(text)) and prose_seen < _CAPTION_REACH \
        and _article_paragraphs(lines, index + 1, len(lines)) >= _LINK_PARAGRAPHS_COMMENTS


def _repeated_box_items_end(lines: list[str], index: int) -> int:
    """The line after a box's items under its first printing (a "Most read" box printed mid-article and again at
    the foot): the lines right under the heading that come back, word for word, under its second printing. A
    comments link has no items; a line printed once is the article's."""
    text = lines[index].strip()
    if _COMMENTS_LINK.match(text):
        return index + 1
    key = _heading_key(text)
    again = next((i for i in range(index + 1, len(lines)) if lines[i].strip() and is_end_heading(lines[i].strip())
                  and _heading_key(lines[i].strip()) == key), None)
    if again is None:
        return index + 1
    below = {line.strip() for line in lines[again + 1:] if line.strip()}
    end = index + 1
    for inner in range(index + 1, again):
        line = lines[inner].strip()
        if not line:
            continue
        if line not in below:
            break
        end = inner + 1
    return end


_RELATED_BOX = re.compile(r"^related\s+(?:content|articles|stories|posts|reading)\s*:?$", _I)


def _long_paragraph_after(lines: list[str]) -> list[bool]:
    """For every index, whether a paragraph of `_LONG_PARAGRAPH_WORDS` words stands there or later (one pass
    from the end, so a page of many "Read more" headings stays linear)."""
    after = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        after[index] = after[index + 1] or len(lines[index].split()) >= _LONG_PARAGRAPH_WORDS
    return after


# A line that is only a picture's credit ("Image Credits: Jo Roe/Riverton University", "Photo: Jo Roe").
_CREDIT_ONLY = re.compile(r"^(?:photo|image|picture|photograph|illustration)s?\s*(?:credits?|courtesy|by)?\s*:\s*\S", _I)
_CAPTION_WORDS = 60
_CAPTION_REACH = 80  # words of prose above (a standfirst at most): the headline block's picture, not the body's
_BYLINE_START = re.compile(r"^(?:" + credit_alternation("byline") + r")\s*:?\s+\S", _I)


def _is_block_meta(line: str | None) -> bool:
    """The headline block's date line or byline ("22/10/2026", "By Jo Roe"): a line under it and over a picture's
    credit is that picture's caption, where a line over the byline (the standfirst) is not."""
    from loaders.extract.pubdates import date_line

    return line is not None and len(line) <= 90 and bool(date_line(line, yearless=True) or _BYLINE_START.match(line))


def _is_dated_or_signed(line: str) -> bool:
    """The headline block's own date line or a byline naming a person ("4 Dec 2026", "By Jo Marden"), never a
    picture's caption; a caption opening on "By" ("By the old bridge at dawn") names no person after it."""
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.pubdates import date_line

    if len(line) > 90:
        return False
    if date_line(line, yearless=True):
        return True
    start = _BYLINE_START.match(line)
    words = [word.strip(".,") for word in line[start.end() - 1:].split()] if start else []  # the match's last
    # character opens the name: a name of two to six capitalised words, glue between ("By Chan Dara", "By Jo
    # Marden and Ann Lee"), whether or not the given name is known; a caption has a lower-case word ("By the old
    # bridge at dawn", "By Victoria Station in the rain")
    if 2 <= len(words) <= _SIGNED_NAME_WORDS and words[0][:1].isupper() and words[-1][:1].isupper() \
            and all(word[:1].isupper() or word.lower() in _NAME_GLUE for word in words):
        # each name ("By Siosaia Taufa and Tam Vey") a known given name first, or two or three words with no
        # caption noun or title-cased article ("By The Sea Café", "By Royal Appointment", "By Riverton Bridge")
        names: list[list[str]] = [[]]
        for word in words:
            if word.lower() in _NAME_JOINERS:
                names.append([])
            else:
                names[-1].append(word)
        return all(name and (is_given_name(name[0]) or _name_shaped(name)) for name in names)
    return len(words) == 1 and words[0][:1].isupper() and is_given_name(words[0])


def _name_shaped(words: list[str]) -> bool:
    from loaders.extract.data.layout import CAPTION_PLACE_NOUNS, CAPTION_TITLE_WORDS

    return 2 <= len(words) <= 3 and not any(word.lower() in CAPTION_PLACE_NOUNS or word.lower() in CAPTION_TITLE_WORDS
                                            for word in words)


_SIGNED_NAME_WORDS = 6
_NAME_JOINERS = frozenset({"and", "&"})
_NAME_GLUE = frozenset({"and", "&", "de", "da", "van", "von", "der", "al", "bin", "la", "le", "del", "dos"})


def is_editor_credit(line: str) -> bool:
    """"Edited by Jo Roe": a live page's editor over its entries, not a story's byline."""
    return bool(_EDITED_BY.match(line))


_LIST_ITEM_WORDS = 3  # fewer words make a menu item or a kicker ("Politics"), not another article's headline
_META_LINE = re.compile(r"^by\s|\d{1,2}[:./]\d|\b(?:19|20)\d{2}\b|\b(?:ago|updated|published)\b", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]?$")  # a ranked list's number on a line of its own ("1", "2.")


def _list_item(text: str) -> bool:
    """A line that reads like another article's headline in a list: a few words, no prose, no byline or date."""
    return len(text.split()) >= _LIST_ITEM_WORDS and not is_paragraph(text) and not _META_LINE.search(text) \
        and classify_line(text) is None


def _list_items_end(lines: list[str], start: int) -> int:
    """The line after the items of a list of articles ("Most read", "Trending") that stands above the article:
    headline-shaped lines (with a ranked list's numbers between them), each with another after it. The run's last
    line is left, since the article's own headline may follow the list straight away (with its byline, date line
    or first paragraph under it); a run of fewer than three lines marks nothing."""
    # Read lazily: the run ends at its first line that is no item, often the first line read.
    items = (i for i in range(start, len(lines)) if lines[i].strip() and not _ITEM_NUMBER.match(lines[i].strip()))
    run, current = 0, next(items, None)
    while current is not None and _list_item(lines[current].strip()):
        following = next(items, None)
        if following is None or not _list_item(lines[following].strip()):
            break
        run, current = run + 1, following
    return current if run >= 2 and current is not None else start


def _next_texts(lines: list[str]) -> list[str | None]:
    """For every index, the next non-blank line after it (stripped), or None."""
    result: list[str | None] = [None] * len(lines)
    following: str | None = None
    for index in range(len(lines) - 1, -1, -1):
        result[index] = following
        if lines[index].strip():
            following = lines[index].strip()
    return result


def _lines_left(lines: list[str]) -> list[int]:
    """For every index, how many non-blank lines stand after it."""
    result = [0] * len(lines)
    count = 0
    for index in range(len(lines) - 1, -1, -1):
        result[index] = count
        if lines[index].strip():
            count += 1
    return result


def _starts_with(line: str, prefix: str) -> bool:
    return len(prefix) >= 3 and line.casefold().startswith(prefix.casefold())


# --- lines repeated across one outlet's articles (needs corpus counts) ---

_KEY_DIGITS = re.compile(r"\d+")


def line_key(line: str) -> str:
    """The form under which a line is counted across articles: case, spacing and numbers folded."""
    # `str.split()` cuts at the runs of the same white space as `\s+` and drops the ends as `strip()` does.
    return _KEY_DIGITS.sub("0", " ".join(line.casefold().split()))
