"""Headless Chromium, started one way for the browser tests (test_web_chromium.py,
test_review_walkthrough_chromium.py, test_report_chromium.py) and for
bench/review_walkthrough.py: Debian's chromium, driven through its chromedriver (nothing
downloaded), or run once for a screenshot. Test support, not a test; the package never
imports it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-quic", "--disable-dev-shm-usage", "--hide-scrollbars")


def chromium_binary() -> str | None:
    """Where chromium is, or None."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found or (CHROMIUM if Path(CHROMIUM).exists() else None)


def driver_binary() -> str | None:
    """Where chromedriver is, or None."""
    return shutil.which("chromedriver") or (DRIVER if Path(DRIVER).exists() else None)


def _absent(reason: str) -> None:
    """Skip the test for REASON; fail it when CI=true (there the browser must run)."""
    import pytest

    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def require_chromium() -> str:
    """Chromium's path, for a test that runs it alone (a screenshot)."""
    found = chromium_binary()
    if found is None:
        _absent("Chromium is not installed (Debian: apt-get install chromium)")
    assert found is not None
    return found


def require_browser() -> None:
    """For a test that drives Chromium: chromium, its driver and selenium are here."""
    import pytest

    missing = [name for name, found in (("chromium", chromium_binary()),
                                        ("chromium-driver", driver_binary()))
               if found is None]
    if missing:
        names = " ".join(missing)
        _absent(f"{names} not installed (Debian: apt-get install {names})")
    pytest.importorskip("selenium")


@contextmanager
def driven_chromium(profile: Path, *, console_log: bool = False) -> Iterator[Any]:
    """A selenium driver over headless Chromium with its profile in PROFILE, a 1400x1000
    window and a minute per page load; CONSOLE_LOG keeps the page's console messages
    (`driver.get_log("browser")`). Quit on leaving."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary() or CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1400,1000")
    if console_log:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_binary() or DRIVER),
                              options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(page: Path, png: Path, profile: Path, size: str = "1200,1600") -> None:
    """PAGE (a local HTML file) rendered by headless Chromium into PNG, SIZE wide,high."""
    done = subprocess.run(
        [require_chromium(), *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
         f"--window-size={size}", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL, check=False)
    assert png.exists(), f"chromium wrote no screenshot (exit {done.returncode}): " \
                         f"{done.stderr[-2000:]}"
