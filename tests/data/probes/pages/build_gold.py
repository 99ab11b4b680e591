"""Writes tune/ and check/ fresh.gold.json + manifest.csv for the blind page probes.

The expected answers below were written with the pages, before any extractor ran on them.
Body first/last words are cut from the lines named here (first and last body paragraph),
so every gold string is a byte-exact substring of its file (checked on write).
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).parent

# file, url, outlet name, outlet evidence, title, subtitle, published, date evidence, byline, authors,
# first body line (prefix), last body line (prefix)
PAGES = [
    ("p00_harbourcourier", "https://www.harbourcourier.ca/news/local/2026/03/04/ferry-crews-stage-overnight-walkout-as-wage-talks-stall/",
     "The Harbour Courier", "© 2026 The Harbour Courier Company",
     "Ferry crews stage overnight walkout as wage talks stall in Dartmouth",
     "Commuters were told to find other routes after the last sailing on Tuesday night",
     "2026-03-04", "Mar. 4, 2026 6:15 a.m. ET", "By JANE MACLEOD", ["JANE MACLEOD"],
     "About 60 ferry workers", "Council is due to discuss"),
    ("p01_kxrt", "https://www.kxrt.com/article/news/local/grain-elevator-fire-evacuation-north-amarillo/513-4f2a9c1e",
     "KXRT 7 News", "KXRT 7 News",
     "Grain elevator fire forces evacuation of north side homes", None,
     "2026-02-11", "3:10 PM CST Feb 11, 2026", "Maria Lopez | KXRT 7 News", ["Maria Lopez"],
     "AMARILLO, Texas", "Residents can check evacuation"),
    ("p02_nordwire", "https://www.nordwire.com/business/norways-wealth-fund-drops-two-miners-over-river-pollution-2026-05-06/",
     "Nordwire", "(Nordwire)",
     "Norway's wealth fund drops two miners over river pollution", None,
     "2026-05-06", "May 6, 2026 9:41 AM GMT+2", "By Ingrid Solberg", ["Ingrid Solberg"],
     "OSLO, May 6", "Analysts said the sales"),
    ("p03_rheinische", "https://www.rtp-online.de/region/wesel/rheinbruecke-wesel-verzoegerung_aid-10452231",
     "Rheinische Tagespost", "Rheinische Tagespost",
     "Neue Rheinbrücke bei Wesel wird zwei Jahre später fertig", None,
     "2026-03-12", "12.03.2026, 14:30 Uhr", "Von Anna Schmidt", ["Anna Schmidt"],
     "Der Neubau der Rheinbrücke", "Der Bürgermeister von Wesel"),
    ("p04_courrierdumidi", None,
     "Le Courrier du Midi", "Le Courrier du Midi",
     "Montpellier : le tramway gratuit le week-end dès le mois de mai", None,
     "2026-04-07", "7 avril 2026 à 08h15", "Par Julien Martin", ["Julien Martin"],
     "À partir du 2 mai", "Les commerçants du centre"),
    ("p05_diariodelvalle", "https://www.diariodelvalle.com.mx/monterrey/suspenden-clases-apodaca-fuga-gas",
     "Diario del Valle", "Diario del Valle",
     "Suspenden clases en 40 escuelas de Apodaca por fuga de gas", None,
     "2026-01-14", "14 de enero de 2026, 08:05", "Por María Fernández", ["María Fernández"],
     "Las autoridades de Protección", "Padres de familia se quejaron"),
    ("p06_deccanledger", "https://www.deccanledger.in/news/cities/bengaluru/metro-yellow-line-eight-minutes/article69120345.ece",
     "The Deccan Ledger", "Copyright © 2026, The Deccan Ledger",
     "Metro's Yellow Line to run trains every eight minutes from next week", None,
     "2026-06-03", "June 03, 2026 08:40 pm IST", "Staff Reporter", [],
     "The Bengaluru Metro Rail", "Residents' associations along"),
    ("p07_lagosmirror", "https://lagosmirror.ng/2026/04/22/lagos-begins-demolition-of-shanties-under-third-mainland-bridge/",
     "Lagos Mirror", "© 2026 Lagos Mirror Ltd.",
     "Lagos begins demolition of shanties under Third Mainland Bridge", None,
     "2026-04-22", "April 22, 2026", "By Chidi Okafor", ["Chidi Okafor"],
     "The Lagos State Government", "A civil society group"),
    ("p08_coastaldaily", "https://www.thecoastaldaily.com.au/news/shark-sighting-closes-beaches",
     "The Coastal Daily", "The Coastal Daily",
     "Shark sighting closes three Gold Coast beaches for a second day", None,
     "2026-03-20", "Fri 20 Mar 2026 at 5:00am", "Author: Liam O'Brien", ["Liam O'Brien"],
     "Lifeguards kept three beaches", "The state government's shark"),
    ("p09_yorkshirechronicle", "https://www.yorkshirechronicle.co.uk/news/leeds-flood-defence-scheme-extra-funding-4471203",
     "Yorkshire Evening Chronicle", "Yorkshire Evening Chronicle",
     "Leeds flood defence scheme wins extra £12m from government", None,
     "2026-06-09", "Tuesday, 9 June 2026, 4:55 pm", "By Sarah Jones, Chief Reporter", ["Sarah Jones"],
     "A long-delayed flood defence", "Business owners on Kirkstall Road"),
    ("p10_prairiesentinel", "https://www.prairiesentinel.com/news/nation/wildfire-smoke-prompts-air-quality-alerts/article_9a8b7c6d.html",
     "The Prairie Sentinel", "© 2026 The Prairie Sentinel",
     "Wildfire smoke prompts air quality alerts across upper Midwest", None,
     "2026-07-08", "Jul 8, 2026", "Associated Press", [],
     "MINNEAPOLIS — Smoke", "Canadian officials said more"),
    ("p11_kansaipost", "https://www.kansaipost.jp/society/20260514-osaka-yodo-river-night-ferries",
     "The Kansai Post", "THE KANSAI POST",
     "Osaka to allow late-night ferry service on Yodo River for tourists", None,
     "2026-05-14", "2026/05/14 17:30 JST", "By Yuki Tanaka / Kansai Post Staff Writer", ["Yuki Tanaka"],
     "The Osaka prefectural government", "The prefecture plans to review"),
    ("p12_riftobserver", "https://www.riftobserver.co.ke/counties/nakuru-traders-protest-new-market-fees",
     "The Rift Observer", "© 2026 The Rift Observer.",
     "Nakuru traders protest new market fees", None,
     "2026-07-15", "Wednesday, July 15, 2026", "KIPCHOGE MWANGI", ["KIPCHOGE MWANGI"],
     "Hundreds of traders at Nakuru", "The protest ended peacefully"),
    ("p13_jornaldoplanalto", "https://www.jornaldoplanalto.com.br/cidades/2026/04/15/seca-lago-paranoa-menor-nivel.html",
     "Jornal do Planalto", "Jornal do Planalto",
     "Seca reduz nível do Lago Paranoá ao menor patamar em 12 anos", None,
     "2026-04-15", "15/04/2026 às 09h12", "Por Ana Souza", ["Ana Souza"],
     "O nível do Lago Paranoá", "A previsão é de que"),
    ("p14_corrierealpino", "https://www.corrierealpino.it/cronaca/2026/02/03/valanga-val-di-susa-sestriere",
     "Il Corriere Alpino", "Il Corriere Alpino",
     "Valanga in Val di Susa, chiusa la strada per Sestriere", None,
     "2026-02-03", "3 febbraio 2026", "di Marco Rossi", ["Marco Rossi"],
     "Una valanga è scesa", "L'Arpa Piemonte ha mantenuto"),
    ("p15_wmrv", "https://www.wmrv.org/news/2026-03-02/kingston-rondout-waterfront-affordable-housing",
     "WMRV", "Copyright 2026 WMRV",
     "Kingston sets aside Rondout waterfront land for affordable housing", None,
     "2026-03-02", "March 2, 2026 at 4:05 PM EST", "Tom Hale", ["Tom Hale"],
     "The Kingston Common Council", "Some waterfront business owners"),
    ("p16_shannonpost", None,
     "The Shannon Post", "The Shannon Post",
     "Limerick hospital trolley numbers hit new high as flu cases surge", None,
     "2026-04-11", "Sat 11 Apr 2026 07.00 BST", "Aoife Byrne in Limerick", ["Aoife Byrne"],
     "University Hospital Limerick had", "Local TDs from all parties"),
    ("p17_straitsmonitor", "https://www.straitsmonitor.sg/singapore/hawker-centre-rents-capped-first-time-stallholders",
     "The Straits Monitor", "Copyright 2026 The Straits Monitor.",
     "Hawker centre rents to be capped for first-time stallholders", None,
     "2026-01-08", "Jan 8, 2026, 05:00 AM", "By Lim Wei Ling, Senior Correspondent", ["Lim Wei Ling"],
     "First-time hawkers will pay", "Applications open in March."),
    ("p18_capemercury", "https://www.capemercury.co.za/news/load-shedding-returns-western-cape-2026-10-08",
     "Cape Mercury", "© 2026 Cape Mercury.",
     "Load-shedding returns to Western Cape as two power units fail", None,
     "2026-10-08", "08 October 2026 | 14:22", "By Thandi Nkosi and Pieter van Wyk, Cape Mercury",
     ["Thandi Nkosi", "Pieter van Wyk"],
     "Residents of the Western Cape", "The utility apologised"),
    ("p19_greenline", "https://greenlinemag.org/stories/gothenburg-rooftop-beekeepers",
     "Greenline Magazine", "© Greenline Magazine 2026",
     "The beekeepers bringing wild flowers back to Gothenburg's rooftops", None,
     "2026-10-02", "October 2, 2026", "Words by Eva Lind", ["Eva Lind"],
     "On a flat roof above", "The city now offers small grants"),
    ("p20_zuiderblad", "https://www.zuiderblad.nl/regio/eindhoven-fietsparkeergarage-onder-water~a4b2c1/",
     "Het Zuiderblad", "© 2026 Het Zuiderblad",
     "Eindhoven krijgt eerste fietsparkeergarage onder het water", None,
     "2026-03-06", "vrijdag 6 maart 2026, 11:45", "Door Pieter de Vries", ["Pieter de Vries"],
     "De gemeente Eindhoven gaat", "De Fietsersbond is blij"),
    ("p21_cedarledger", None,
     "Cedar County Ledger", "Copyright © 2026 Cedar County Ledger",
     "County fair adds a second weekend after record turnout", None,
     "2026-02-17", "Feb 17, 2026", "By Staff Reports", [],
     "The Cedar County Fair will", "The fair board is also seeking"),
    ("p22_industimes", "https://www.industimes.pk/news/karachi/water-board-pipelines-monsoon",
     "The Indus Times", "Published in The Indus Times",
     "Karachi water board to replace 60km of old pipelines before monsoon", None,
     "2026-05-30", "May 30, 2026", "Our Correspondent", [],
     "KARACHI: The Karachi Water", "The project is being funded"),
    ("p23_bayside", "https://www.bayside.ph/metro/pasig-river-ferry-three-stations",
     "Manila Bayside Journal", "Manila Bayside Journal",
     "Pasig River ferry adds three stations as commuters return", None,
     "2026-06-12", "June 12, 2026 | 6:30 pm", "By Carlo Reyes, Reporter", ["Carlo Reyes"],
     "The Pasig River Ferry Service", "The ferry is free for students"),
    ("p24_kurierbaltycki", "https://www.kurierbaltycki.pl/gdansk-nowy-prom-westerplatte/ar/c1-19283746",
     "Kurier Bałtycki", "© Kurier Bałtycki 2026.",
     "Gdańsk: nowy prom na Westerplatte od czerwca", None,
     "2026-11-19", "19.11.2026 08:05", "Autor: Tomasz Nowak", ["Tomasz Nowak"],
     "Od czerwca turyści", "Przewoźnik zapowiada również"),
    ("p25_southernledger", None,
     "The Southern Ledger", "The Southern Ledger",
     "Dunedin council approves cycleway link to the harbour", None,
     "2026-01-21", "5:00am, 21 Jan 2026", None, ["Matiu Parata"],
     "The Dunedin City Council has", "Construction is due to start"),
    ("p26_pitchside", "https://www.pitchside.co.uk/football/championship/stoke-wrexham-report",
     "Pitchside", "Pitchside",
     "Late penalty earns Wrexham draw at Stoke", None,
     "2026-02-01", "Sun 1 Feb 2026 19:45 GMT", "By Dan Carter, Football Correspondent", ["Dan Carter"],
     "Wrexham rescued a point", "Wrexham stay 14th in the table."),
    ("p27_bosphorusdaily", "https://www.bosphorusdaily.com.tr/istanbul-ferries-electric-2030-news-71234",
     "Bosphorus Daily", "Bosphorus Daily",
     "Istanbul ferries to switch to electric power by 2030", None,
     "2026-09-23", "23.09.2026 - 11:02", "Elif Demir - ISTANBUL", ["Elif Demir"],
     "Istanbul's municipal ferry operator", "The ferries carry around"),
    ("p28_norrlandsbladet", "https://www.nlb.se/nyheter/renskotare-stoppar-vindkraft-vasterbotten",
     "Norrlandsbladet", "Norrlandsbladet",
     "Renskötare stoppar vindkraftsbygge i Västerbotten", None,
     "2026-05-04", "4 maj 2026 kl. 06.00", "Av Karin Berg", ["Karin Berg"],
     "Mark- och miljödomstolen har", "Kommunen hade tidigare"),
    ("p29_alsahilnews", "https://www.sahilnews.om/english/oman/muscat-solar-desalination-plant",
     "Al Sahil News", "Al Sahil News",
     "Muscat opens first desalination plant run on solar power", None,
     "2026-10-27", "10:17 AM, 27 Oct 2026", "By Huda Al Balushi", ["Huda Al Balushi"],
     "Oman's first desalination plant", "Two more solar desalination"),
    ("p30_wtvx", "https://www.wtvx.com/news/local/teen-driver-hurt-route-11-crash",
     "NewsChannel 9", "NewsChannel 9",
     "Teen driver hurt in crash on Route 11 near Chambersburg", None,
     "2026-08-19", "6:04 PM, Aug 19, 2026", "By: Chris Miller", ["Chris Miller"],
     "CHAMBERSBURG, Pa.", "Police said the crash remains"),
]


def _line_starting(lines, prefix):
    hits = [line for line in lines if line.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


def _entry(row, text):
    (stem, _url, outlet, evidence, title, subtitle, published, date_evidence, byline, authors,
     first_prefix, last_prefix) = row
    lines = [line.strip() for line in text.splitlines()]
    first_words = " ".join(_line_starting(lines, first_prefix).split()[:10])
    last_words = " ".join(_line_starting(lines, last_prefix).split()[-10:])
    for value in (evidence, title, subtitle, date_evidence, byline, first_words, last_words, *authors):
        assert value is None or value in text, (stem, value)
    return {
        "file": f"{stem}.txt",
        "outlet": {"name": outlet, "full_name": outlet, "evidence": evidence},
        "title": title, "subtitle": subtitle,
        "published": published, "date_precision": "day", "date_evidence": date_evidence,
        "byline": byline, "authors": authors,
        "body_first_words": first_words, "body_last_words": last_words,
        "boilerplate": [], "subheadings": [], "people": [], "boilerplate_people": [],
        "quotes": [], "not_quotes": [], "events": [], "not_events": [],
    }


def main():
    for half, parity in (("tune", 0), ("check", 1)):
        rows = [row for row in PAGES if int(row[0][1:3]) % 2 == parity]
        gold = [_entry(row, (HERE / half / f"{row[0]}.txt").read_text(encoding="utf-8")) for row in rows]
        (HERE / half / "fresh.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        with open(HERE / half / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["file", "url"])
            for row in rows:
                writer.writerow([f"{row[0]}.txt", row[1] or ""])
        print(half, len(gold))


if __name__ == "__main__":
    main()
