"""pagesJ: the review of pagesH (/work/notes/reviews/pagesH.md), body rows: a paragraph ending in a whole-story or
past-tense sentence's credit stays; a one-sentence lede telling when its subject acted stays over a later picture's
credit; a reported or quoted disclaimer and a quoted "Share this post:" appeal stay the body's. All pages are made
up (main read them right, pagesH wrong)."""
from __future__ import annotations

import pytest

from tests.loaders.extract.review_pages import check_review_page, registry  # noqa: F401 (a fixture)

CASES = [{'id': 'A4_photo_essay_last_para_credit',
  'url': None,
  'fmt': 'txt',
  'text': 'The Northern Review\n'
          'Culture\n'
          'A century of the Harbour Mill, in pictures\n'
          'By Jonas Berg\n'
          '4 May 2026\n'
          'For a hundred years the Harbour Mill ground grain for half the county, and its workers lived in the '
          'terraces around it.\n'
          'A new exhibition at the Harbour Gallery brings together more than 200 photographs of the mill and its '
          'people, many never shown before.\n'
          'Curator Elin Sand said families had brought in albums from their attics after an appeal last year.\n'
          'The exhibition runs until 30 June at the Harbour Gallery. Photographs: Marta Lind.',
  'expected': {'title': 'A century of the Harbour Mill, in pictures',
               'date': '2026-05-04',
               'authors': ['Jonas Berg'],
               'first': 'For a hundred years the Harbour Mill ground grain',
               'last': 'The exhibition runs until 30 June at the Harbour Gallery.'}},
 {'id': 'A5_lede_with_credit_tail',
  'url': None,
  'fmt': 'txt',
  'text': 'Kestrel Times\n'
          'New footbridge opens over the Avon\n'
          'By Priya Nair\n'
          '14 October 2026\n'
          'A new footbridge linking the two halves of Millbrook opened on Wednesday, ending a 40-minute detour for '
          'pedestrians. Image: Millbrook Council.\n'
          'The £2.3m bridge was built in eight months, the council said.\n'
          'Cyclists will be allowed to use it from next month.',
  'expected': {'title': 'New footbridge opens over the Avon',
               'date': '2026-10-14',
               'authors': ['Priya Nair'],
               'first': 'A new footbridge linking the two halves of Millbrook opened on Wednesday',
               'last': 'Cyclists will be allowed to use it from next month.'}},
 {'id': 'A8_last_para_images_source',
  'url': None,
  'fmt': 'txt',
  'text': 'Tech Weekly\n'
          'Satellites show glacier retreat speeding up\n'
          'By Liam Chen\n'
          '21 April 2026\n'
          'Satellite images show that the Tasman glacier retreated faster last year than in any year on record, '
          'researchers say.\n'
          'The team compared pictures taken every month since 2000.\n'
          'The full study is published in the journal Cryosphere this week. Images: European Space Agency.',
  'expected': {'title': 'Satellites show glacier retreat speeding up',
               'date': '2026-04-21',
               'authors': ['Liam Chen'],
               'first': 'Satellite images show that the Tasman glacier retreated faster',
               'last': 'The full study is published in the journal Cryosphere this week.'}},
 {'id': 'B2_lede_climbed_by_then_photo',
  'url': None,
  'fmt': 'txt',
  'text': 'Gulf Business Daily\n'
          'Oil jumps on Gulf tension\n'
          'By Rania Haddad\n'
          '10 March 2026\n'
          'Oil prices climbed by more than 3 percent on Tuesday amid fears of a wider conflict in the Gulf.\n'
          'Photo: Reuters\n'
          'Brent crude futures rose to $91.20 a barrel by 1400 GMT, their highest level since April.\n'
          'Traders said shipping insurers had raised premiums for tankers crossing the Strait of Hormuz.\n'
          'Analysts expect volatility to remain high until talks resume next week.',
  'expected': {'title': 'Oil jumps on Gulf tension',
               'date': '2026-03-10',
               'authors': ['Rania Haddad'],
               'first': 'Oil prices climbed by more than 3 percent on Tuesday amid fears of a wider conflict in '
                        'the Gulf.',
               'last': 'Analysts expect volatility to remain high until talks resume next week.'}},
 {'id': 'B4_lede_arrested_at',
  'url': None,
  'fmt': 'txt',
  'text': 'Lagos Tribune\n'
          'Dozens held in Lagos fuel protests\n'
          'By Chinedu Okafor\n'
          'Monday, 6 April 2026\n'
          'Police arrested at least 40 people in central Lagos on Monday during protests over fuel prices.\n'
          'Photo: Tribune/Femi Ade\n'
          'Witnesses said officers fired tear gas to disperse crowds near the National Theatre.\n'
          'A police spokesman said those held would be charged with unlawful assembly.',
  'expected': {'title': 'Dozens held in Lagos fuel protests',
               'date': '2026-04-06',
               'authors': ['Chinedu Okafor'],
               'first': 'Police arrested at least 40 people in central Lagos on Monday during protests over fuel '
                        'prices.',
               'last': 'A police spokesman said those held would be charged with unlawful assembly.'}},
 {'id': 'B6_lede_flooded_across',
  'url': None,
  'fmt': 'txt',
  'text': 'Kerala Today\n'
          'Rain cuts off Wayanad villages\n'
          'By Deepa Menon\n'
          'Updated: 30 July 2026\n'
          'Heavy rain flooded across northern Kerala overnight, cutting off dozens of villages in Wayanad '
          'district.\n'
          'Photo credit: Special Arrangement\n'
          'Rescue teams reached three villages by boat on Thursday morning.\n'
          'Schools in the district will stay closed until Monday.',
  'expected': {'title': 'Rain cuts off Wayanad villages',
               'date': '2026-07-30',
               'authors': ['Deepa Menon'],
               'first': 'Heavy rain flooded across northern Kerala overnight, cutting off dozens of villages in '
                        'Wayanad district.',
               'last': 'Schools in the district will stay closed until Monday.'}},
 {'id': 'B12_lede_voted_in',
  'url': None,
  'fmt': 'txt',
  'text': 'Westminster Daily\n'
          'Commons backs planning bill\n'
          'By Sarah Cole\n'
          '10 March 2026\n'
          'Lawmakers voted in favour of the bill by 312 votes to 190 late on Tuesday.\n'
          'Picture: PA\n'
          'The bill now goes to the House of Lords.\n'
          'Campaigners vowed to keep fighting it there.',
  'expected': {'title': 'Commons backs planning bill',
               'date': '2026-03-10',
               'authors': ['Sarah Cole'],
               'first': 'Lawmakers voted in favour of the bill by 312 votes to 190 late on Tuesday.',
               'last': 'Campaigners vowed to keep fighting it there.'}},
 {'id': 'C3_body_platform_policy_last',
  'url': None,
  'fmt': 'txt',
  'text': 'Digital Rights Monitor\n'
          'Platform quietly changes its moderation rules\n'
          'By Sana Iqbal\n'
          '22 September 2026\n'
          'The blogging platform Scribo has changed its rules on political content without announcing it, users '
          'say.\n'
          'The new terms allow the company to remove posts it considers misleading.\n'
          'Scribo does not necessarily endorse the views of its bloggers, according to the new terms, but it can '
          'now delete their posts without notice.',
  'expected': {'title': 'Platform quietly changes its moderation rules',
               'date': '2026-09-22',
               'authors': ['Sana Iqbal'],
               'first': 'The blogging platform Scribo has changed its rules',
               'last': 'but it can now delete their posts without notice.'}},
 {'id': 'C5_body_disclaimer_statement',
  'url': None,
  'fmt': 'txt',
  'text': 'Media Watch\n'
          'Newspaper defends running advert\n'
          'By Hana Sato\n'
          '3 October 2026\n'
          'The Daily Herald has defended its decision to print a full-page advertisement from an anti-vaccine '
          'group.\n'
          'Readers complained that the advert contained false claims about childhood vaccines.\n'
          "In a statement, the paper's editor wrote that the Herald does not necessarily share the views of its "
          'advertisers but will review its policy.',
  'expected': {'title': 'Newspaper defends running advert',
               'date': '2026-10-03',
               'authors': ['Hana Sato'],
               'first': 'The Daily Herald has defended its decision',
               'last': 'but will review its policy.'}},
 {'id': 'D2_share_this_article_colon_body',
  'url': None,
  'fmt': 'txt',
  'text': 'Community Voice\n'
          'Volunteers needed for river clean-up\n'
          'By Joy Adeyemi\n'
          '12 April 2026\n'
          'Volunteers are needed for a clean-up of the Ogun river bank on Saturday.\n'
          'Organisers hope to collect more than two tonnes of plastic.\n'
          'Share this post: the more people who hear about it, the more hands we will have on the day, organisers '
          'said.',
  'expected': {'title': 'Volunteers needed for river clean-up',
               'date': '2026-04-12',
               'authors': ['Joy Adeyemi'],
               'first': 'Volunteers are needed for a clean-up',
               'last': 'the more hands we will have on the day, organisers said.'}}]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_review_case(case, registry):
    check_review_page(case, registry)


@pytest.mark.parametrize(("line", "kind"), [
    # a caption's noun phrase (its "-ed" word an adjective after "The") over a stopped credit: the picture's
    ("The restored memorial on Alderby green. Picture: Tony Hall.", "photo_credit"),
    ("Crews clear a fallen tree in Riverton on Thursday. Image: Ana Velloso.", "photo_credit"),
    # a body sentence before the credit: a whole-story credit (plural label) or a past-tense news sentence
    ("The exhibition runs until 30 June at the Harbour Gallery. Photographs: Marta Lind.", None),
    ("A new footbridge opened on Wednesday, ending a 40-minute detour. Image: Millbrook Council.", None),
])
def test_stopped_credit_needs_a_caption(line, kind):
    from loaders.extract.boilerplate import classify_line
    assert classify_line(line) == kind
