"""Regenerate the README's screenshots of the two pages, served from the demo config (gateway.demo.yaml).

    .venv/bin/python docs/screenshots.py

Needs Debian's chromium (``make servers``) and Playwright's Python package (the test extra); no browser download.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date
from pathlib import Path

from aiohttp import web
from playwright.async_api import async_playwright

from gateway.app import make_app
from gateway.identity.keys import issue_key
from gateway.settings import load_settings

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHOWN_URL = "http://127.0.0.1:8080"  # the demo config's address, shown in the snippets
SAMPLE = (
    "Draft a reply to Maria Garcia (maria.garcia@example.com) about her renewal. "
    "Her SSN is 212-67-4093 and her A-Number is A-123-456-789."
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        users = Path(tmp) / "users.yaml"
        issue_key(users, "demo.employee", component="USCIS", approved_by="demo supervisor", trained_on=date.today())
        issue_key(users, "new.hire", component="CBP")
        admin = issue_key(users, "gateway.admin", approved_by="CISO", trained_on=date.today(), admin=True)
        settings = load_settings(REPO / "gateway.demo.yaml", users=str(users), web={"public_url": SHOWN_URL})
        runner = web.AppRunner(make_app(settings, watch_rules=False), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}"
        try:
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = await browser.new_page(viewport={"width": 1200, "height": 900})
                await page.goto(url + "/")
                await page.screenshot(path=str(HERE / "employee-page.png"), full_page=True)
                await page.goto(url + "/admin")
                await page.fill("#credential", admin)
                await page.click("button[type=submit]")
                await page.fill("#text", SAMPLE)
                await page.click("#playground-form button[type=submit]")
                await page.wait_for_selector("#result")
                await page.hover("#marked mark[data-finding='1']")
                await page.screenshot(path=str(HERE / "admin-playground.png"), full_page=True)
                await browser.close()
        finally:
            await runner.cleanup()
    print(f"wrote {HERE / 'employee-page.png'} and {HERE / 'admin-playground.png'}")


if __name__ == "__main__":
    asyncio.run(main())
