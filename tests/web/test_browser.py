"""The article page and the charts in a real headless Chromium (Debian's `chromium` and `chromium-driver`).

Asserts on what the browser built: the highlighted quotations and their speakers are in the DOM, the linked
quotation is outlined, the charts have marks. NEWSDB_SCREENSHOTS=DIR saves what it saw (docs/img was made so).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.web.conftest import missing

CHROMIUM = os.environ.get("NEWSDB_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("NEWSDB_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--window-size=1300,1500")


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing('Selenium is not installed (pip install -e ".[test]")')
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(path)):
            missing(f"{path} is missing (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def screenshot(driver, name: str) -> None:
    folder = os.environ.get("NEWSDB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def test_article_page_in_a_browser(server, browser):
    from selenium.webdriver.common.by import By

    with server.engine.connect() as connection:
        article_id = connection.execute(text(
            "SELECT article_id FROM quotes GROUP BY article_id ORDER BY COUNT(*) DESC, article_id")).scalar()
        quotes = connection.execute(text(
            "SELECT q.id, COALESCE(p.name, q.speaker_label, '(unattributed)') FROM quotes q "
            "LEFT JOIN people p ON p.id = q.speaker_id WHERE q.article_id = :a ORDER BY q.start_char, q.id"),
            {"a": article_id}).all()
    target = quotes[len(quotes) // 2][0]
    browser.get(f"{server.base}/-/newsdb/article/{article_id}#quote-{target}")
    marked = {int(m.get_attribute("data-quote-id")) for m in browser.find_elements(By.CSS_SELECTOR, "#body mark.quote")}
    assert marked == {quote_id for quote_id, _ in quotes}
    badges = browser.find_elements(By.CSS_SELECTOR, "#body .attribution")
    speakers = {int(b.get_attribute("data-quote-id")): b.find_element(By.CSS_SELECTOR, ".speaker-name").text
                for b in badges}
    assert speakers == {quote_id: speaker for quote_id, speaker in quotes}
    assert all(b.is_displayed() for b in badges)
    focused = browser.find_elements(By.CSS_SELECTOR, "#body mark.quote.focused")
    assert focused and {int(m.get_attribute("data-quote-id")) for m in focused} == {target}
    assert browser.find_elements(By.CSS_SELECTOR, "a.person[href*='/people/']")
    # scroll back up for the picture: the headline and the first quotations
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot(browser, "article.png")


def test_charts_in_a_browser(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{server.base}/-/newsdb/charts")
    for name in ("articles_per_outlet_month", "quotes_per_speaker_year", "unnamed_share_per_outlet"):
        chart = browser.find_element(By.ID, f"chart-{name}")
        marks = chart.find_elements(By.CSS_SELECTOR, ".mark")
        assert marks, name
        size = marks[0].size
        assert size["width"] > 0 and size["height"] > 0, name  # drawn, not just present
    screenshot(browser, "charts.png")
