"""The web page at / in a real headless Chromium (Debian's chromium and
chromedriver, driven by selenium)."""
import shutil
import time
from pathlib import Path

import pytest

from conftest import SEED, _unavailable, need

EMOJI = "Great news 🎉🎉 the goverment said."


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = need("selenium.webdriver", "the web page in Chromium", "test")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        _unavailable("the web page in Chromium", "Debian's chromium and chromium-driver are not installed")
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait(condition, timeout=20):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def load(browser, server, text):
    browser.get(server + "/")
    browser.execute_script("document.getElementById('story').value = arguments[0];", text)
    browser.find_element("id", "check").click()
    wait(lambda: browser.find_element("id", "status").text.endswith("fix.")
         or browser.find_element("id", "status").text == "No findings.")


def marks(browser):
    """(text, title) of each mark, read in one script: the page redraws them after every check."""
    return [tuple(m) for m in browser.execute_script(
        "return [...document.querySelectorAll('#marked mark')].map(m => [m.textContent, m.title]);")]


def listed_rules(browser):
    return set(browser.execute_script(
        "return [...document.querySelectorAll('#findings .rule')].map(r => r.textContent.split(' ')[0]);"))


def story(browser):
    return browser.execute_script("return document.getElementById('story').value;")


def test_findings_highlighted_in_place_with_messages(browser, newslint_server):
    load(browser, newslint_server, SEED.read_text(encoding="utf-8"))
    found = marks(browser)
    assert len(browser.find_elements("css selector", "#findings li")) == 12
    assert found[0][0] == "strengtens" and "did you mean 'strengthens'?" in found[0][1]
    assert any(text == "Chanegriha" and "spelled two ways" in title for text, title in found)
    assert browser.find_element("id", "status").text == "12 findings, 10 with a safe fix."
    browser.save_screenshot(str(browser.downloads / "page.png"))  # looked at by hand; docs/guide has one


def test_marks_land_on_the_word_after_an_emoji(browser, newslint_server):
    load(browser, newslint_server, EMOJI)
    assert [text for text, _ in marks(browser)] == ["goverment"]


def test_apply_one_fix(browser, newslint_server):
    load(browser, newslint_server, "The goverment said. The goverment agreed.")
    browser.find_elements("css selector", "#findings li button.apply")[1].click()
    wait(lambda: story(browser) == "The goverment said. The government agreed.")
    wait(lambda: len(marks(browser)) == 1)


def test_apply_all_safe_fixes_then_download(browser, newslint_server):
    load(browser, newslint_server, SEED.read_text(encoding="utf-8"))
    browser.find_element("id", "fix-all").click()
    wait(lambda: "strengthens" in story(browser))
    fixed = story(browser)
    assert "Advertisements" not in fixed and "\u00a0" not in fixed and "May 14, 2018" in fixed
    wait(lambda: browser.find_element("id", "status").text.endswith("0 with a safe fix."))
    assert listed_rules(browser) == {"NL320", "NL201"}  # what only a person can decide is left
    browser.find_element("id", "download").click()
    saved = wait(lambda: next((p for p in browser.downloads.glob("story.txt")), None))
    wait(lambda: saved.read_text(encoding="utf-8") == fixed)


def test_copy(browser, newslint_server):
    load(browser, newslint_server, "The goverment said.")
    browser.execute_cdp_cmd("Browser.grantPermissions", {"origin": newslint_server,
                                                         "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.find_element("id", "copy").click()
    wait(lambda: browser.find_element("id", "status").text == "Copied.")
    pasted = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e));")
    assert pasted == "The goverment said."


def test_open_a_markdown_file(browser, newslint_server, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("# Title\n\nThe goverment said `recieve` in code.\n", encoding="utf-8")
    browser.get(newslint_server + "/")
    browser.find_element("id", "open").send_keys(str(path))
    wait(lambda: marks(browser))
    assert [text for text, _ in marks(browser)] == ["goverment"]  # code spans are not prose
    assert story(browser) == path.read_text(encoding="utf-8")
