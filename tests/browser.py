"""Headless Chromium for the tests: Debian's /usr/bin/chromium driven by Playwright.

Every request that is not for a ``file:`` URL is refused and recorded, so a page
that tries to reach the network fails the tests that look.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@dataclass
class PageVisit:
    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    network_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def open_page(html_file: Path, width: int = 1400, height: int = 900, wait_stable: bool = True):
    """Open ``html_file`` in headless Chromium; yields a ``PageVisit`` recording what happened."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            visit = PageVisit(page)

            def route(route_request):
                url = route_request.request.url
                if url.startswith("file:") or url.startswith("data:") or url == "about:blank":
                    route_request.continue_()
                else:
                    visit.network_requests.append(url)
                    route_request.abort()

            context.route("**/*", route)
            page.on("console", lambda msg: visit.console_errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
            page.on("dialog", lambda dialog: (visit.dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(Path(html_file).resolve().as_uri())
            if wait_stable:
                page.wait_for_function("window.kgStable === true", timeout=60_000)
            yield visit
        finally:
            context.close()
