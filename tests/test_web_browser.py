"""The page of ``msglint web`` in a real browser: headless Chromium driven by Selenium.

Debian's ``chromium`` and ``chromium-driver`` are used (``.ci/run`` installs them); nothing is
downloaded. The tests paste a template, read the highlighted findings and their count, open an
explanation, apply the fixes, download the result, and check that the preview frame loads
nothing remote. Screenshots go to a temporary folder (and to ``$MSGLINT_SCREENSHOT_DIR`` when
set), named after the step they show.
"""

from __future__ import annotations

import http.server
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from webserver import Server, web_server

WAIT = 60  # seconds: a bound for slow CI machines, not a timing assertion


def _find(*names: str) -> str:
    for name in names:
        path = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if path:
            return path
    raise AssertionError(
        f"{' or '.join(names)} not found: install Debian's chromium and chromium-driver "
        "(apt-get install chromium chromium-driver; .ci/run does it)"
    )


class Counter(http.server.BaseHTTPRequestHandler):
    """A server for the remote resources a template names: the preview must never ask it."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def remote() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with web_server() as s:
        yield s


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Callable[[WebDriver, str], Path]:
    folder = tmp_path_factory.mktemp("screenshots")
    extra = os.environ.get("MSGLINT_SCREENSHOT_DIR")

    def shot(driver: WebDriver, name: str) -> Path:
        path = folder / f"{name}.png"
        assert driver.save_screenshot(str(path)), name
        assert path.stat().st_size > 10_000  # a rendered page, not an empty image
        if extra:
            Path(extra).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, Path(extra) / path.name)
        return path

    return shot


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[WebDriver, Path]]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    opts = webdriver.ChromeOptions()
    opts.binary_location = _find("chromium", "chromium-browser")
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1600",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-component-update",
        "--lang=en-US",
    ):
        opts.add_argument(arg)
    opts.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(service=Service(executable_path=_find("chromedriver")), options=opts)
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        yield driver, downloads
    finally:
        driver.quit()


def wait(driver: WebDriver, cond: Callable[[WebDriver], Any], what: str) -> Any:
    return WebDriverWait(driver, WAIT, poll_frequency=0.05).until(cond, f"timed out waiting for {what}")


def open_page(driver: WebDriver, server: Server) -> None:
    driver.get(server.url + "/")
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1", "the page")


def paste(driver: WebDriver, text: str) -> None:
    """Paste into the text area: the browser inserts the text as a paste does (input events)."""
    area = driver.find_element(By.ID, "source")
    area.click()
    driver.execute_cdp_cmd("Input.insertText", {"text": text})


def checked_count(driver: WebDriver) -> int:
    def ready(d: WebDriver) -> str | None:
        value = d.find_element(By.ID, "count").get_attribute("data-count")
        return value or None

    return int(wait(driver, ready, "the findings"))


TEMPLATE = (
    '<html><body style="text-align:center">\n'
    "<p>Hello Anna 😀, thank you for your order 123-1234567-1234567!</p>\n"
    '<p style="font-family: Comic Sans MS">Your engraved ring ships tomorrow.</p>\n'
    '<p>Please leave us a 5-star review. <img src="{remote}/pixel.gif" width="1" height="1"></p>\n'
    '<link rel="stylesheet" href="{remote}/style.css">\n'
    "</body></html>\n"
)


def test_paste_see_findings_explain_fix_download(
    server: Server, remote: str, browser: tuple[WebDriver, Path], shots: Callable[[WebDriver, str], Path]
) -> None:
    driver, downloads = browser
    open_page(driver, server)
    shots(driver, "01-empty-page")
    template = TEMPLATE.format(remote=remote)
    status, expected = server.post_json("/api/v1/lint", {"source": template, "dialect": "auto"})
    assert status == 200 and expected

    # paste: the page checks by itself and shows the count, the marks and the grouped list
    paste(driver, template)
    n = checked_count(driver)
    assert n == len(expected)
    errors = sum(1 for d in expected if d["severity"] == "error")
    warnings = n - errors
    count_text = driver.find_element(By.ID, "count").text
    assert count_text.startswith(f"{n} problems: {errors} errors, {warnings} warning")
    marks = driver.find_elements(By.CSS_SELECTOR, "#highlighted mark.finding")
    assert marks and {m.get_attribute("data-codes") for m in marks}
    marked_codes = {c for m in marks for c in m.get_attribute("data-codes").split()}
    assert marked_codes == {d["code"] for d in expected}
    emoji_mark = next(m for m in marks if "MSG101" in m.get_attribute("data-codes").split())
    assert emoji_mark.text == "😀"
    assert "sev-error" in emoji_mark.get_attribute("class")
    items = driver.find_elements(By.CSS_SELECTOR, "#findings button.item")
    assert len(items) == n
    heads = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#findings .group h4")]
    assert heads[0] == f"Errors ({errors})"
    if warnings:
        assert heads[1] == f"Warnings ({warnings})"
    shots(driver, "02-findings")

    # the preview: sandboxed, and nothing remote was fetched for it
    frame = driver.find_element(By.ID, "preview")
    assert frame.get_attribute("sandbox") == ""
    assert "Content-Security-Policy" in frame.get_attribute("srcdoc")
    driver.switch_to.frame(frame)
    assert "Your engraved ring ships tomorrow." in driver.find_element(By.TAG_NAME, "body").text
    driver.switch_to.default_content()
    time.sleep(0.5)  # give a (wrongly) allowed request the time to arrive before asserting none did
    assert Counter.hits == []

    # open an explanation: click the marked emoji
    emoji_mark.click()
    detail = wait(
        driver,
        lambda d: d.find_element(By.ID, "detail") if d.find_element(By.ID, "detail").is_displayed() else None,
        "the explanation",
    )
    status, rules = server.get_json("/api/v1/rules")
    rule = next(r for r in rules if r["code"] == "MSG101")
    assert detail.find_element(By.CSS_SELECTOR, "h3 .code").text == "MSG101"
    quote = detail.find_element(By.CSS_SELECTOR, "blockquote.guideline").text
    assert rule["guideline"].split("\n")[0].strip() in quote
    assert detail.find_element(By.CSS_SELECTOR, "pre.example.bad").text.strip() == rule["bad"].strip()
    assert detail.find_element(By.CSS_SELECTOR, "pre.example.good").text.strip() == rule["good"].strip()
    assert "MSG101" in emoji_mark.get_attribute("class") or "selected" in emoji_mark.get_attribute("class")
    shots(driver, "03-explanation")

    # the list opens explanations too
    item = next(i for i in items if i.get_attribute("data-code") == "MSG502")
    item.click()
    wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#detail h3 .code").text == "MSG502", "MSG502's explanation")

    # apply the safe fixes with one click
    fixable = sum(1 for d in expected if d["fix"])
    button = driver.find_element(By.ID, "fix")
    assert button.is_enabled() and button.text == f"Apply {fixable} safe fix{'es' if fixable != 1 else ''}"
    button.click()
    wait(driver, lambda d: d.find_element(By.ID, "status").text.startswith("Fixed"), "the fixes")
    fixed_text = driver.find_element(By.ID, "source").get_attribute("value")
    status, fixed = server.post_json("/api/v1/fix", {"source": template, "dialect": "auto"})
    assert fixed_text == fixed["source"]
    assert "😀" not in fixed_text and "text-align" not in fixed_text and "Comic Sans" not in fixed_text
    left = int(driver.find_element(By.ID, "count").get_attribute("data-count"))
    assert left == len(fixed["diagnostics"]) < n
    assert not driver.find_element(By.ID, "fix").is_enabled()
    assert not any(
        i.find_elements(By.CSS_SELECTOR, ".badge.fixable")
        for i in driver.find_elements(By.CSS_SELECTOR, "#findings button.item")
    )
    shots(driver, "04-fixed")

    # download the result
    driver.find_element(By.ID, "download").click()
    target = downloads / "message.html"
    wait(driver, lambda d: target.is_file() and target.read_text(encoding="utf-8") == fixed_text, "the download")
    assert Counter.hits == []


def test_open_an_eml_file_and_pick_a_reason(
    server: Server, browser: tuple[WebDriver, Path], shots: Callable[[WebDriver, str], Path]
) -> None:
    driver, _ = browser
    open_page(driver, server)
    mail = FIXTURES / "mail" / "shopify_shipping_de_qp.eml"
    driver.find_element(By.ID, "file").send_keys(str(mail))
    n = checked_count(driver)
    codes = [i.get_attribute("data-code") for i in driver.find_elements(By.CSS_SELECTOR, "#findings button.item")]
    assert len(codes) == n and "MSG705" in codes
    driver.switch_to.frame(driver.find_element(By.ID, "preview"))
    assert "No preview for a whole mail" in driver.find_element(By.TAG_NAME, "body").text
    driver.switch_to.default_content()
    shots(driver, "05-eml")

    # a template with a contact reason: a review request must not come earlier than 5 days
    driver.get(server.url + "/")
    open_page(driver, server)
    paste(driver, "<p>Hello, about your order 123-1234567-1234567: how do you like the engraving?</p>\n")
    checked_count(driver)
    before = driver.find_element(By.ID, "count").get_attribute("data-render")
    select = driver.find_element(By.ID, "reason")
    select.find_element(By.CSS_SELECTOR, 'option[value="review-request"]').click()
    wait(driver, lambda d: d.find_element(By.ID, "count").get_attribute("data-render") != before, "the new check")
    status, expected = server.post_json(
        "/api/v1/lint",
        {
            "source": driver.find_element(By.ID, "source").get_attribute("value"),
            "dialect": "auto",
            "reason": "review-request",
        },
    )
    assert status == 200
    assert int(driver.find_element(By.ID, "count").get_attribute("data-count")) == len(expected)
    shown = sorted(i.get_attribute("data-code") for i in driver.find_elements(By.CSS_SELECTOR, "#findings button.item"))
    assert shown == sorted(d["code"] for d in expected)
