"""The pages in a real headless Chromium (Debian's, driven by Playwright; no browser download).

Screenshots of each step are saved under the test's temporary folder (and copied to $GATEWAY_SCREENSHOTS when set).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from gateway.identity.keys import issue_key
from gateway.policy.rules import load_rules
from tests.fakes.upstream import FakeUpstream
from tests.integration.conftest import REPO, Gateway, gateway_settings, start_gateway

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
playwright_api = pytest.importorskip("playwright.async_api", reason="playwright is not installed (make install)")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make servers)")


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    async with playwright_api.async_playwright() as p:
        launched = await p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        await launched.close()


@pytest.fixture
async def site(
    tmp_path: Path, fake: FakeUpstream, detector_factory: Any
) -> AsyncIterator[tuple[Gateway, dict[str, str]]]:
    users = tmp_path / "users.yaml"
    keys = {
        "employee": issue_key(users, "jdoe", component="USCIS", approved_by="A. Supervisor", trained_on=date.today()),
        "admin": issue_key(users, "gw.admin", approved_by="CISO", trained_on=date.today(), admin=True),
    }
    issue_key(users, "new.hire", component="CBP")
    assert fake.server is not None
    settings = gateway_settings(
        str(fake.server.make_url("")).rstrip("/"),
        users,
        web={"dashboards": [{"title": "Grafana: gateway overview", "url": "https://grafana.example/d/gateway"}]},
    )
    gw = await start_gateway(settings, fake, keys["employee"], detector_factory)
    yield gw, keys
    await gw.server.close()


async def _shot(page: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    _keep(path)


def _keep(path: Path) -> None:
    if os.environ.get("GATEWAY_SCREENSHOTS"):
        target = Path(os.environ["GATEWAY_SCREENSHOTS"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / path.name)


async def test_employee_page_lists_models_and_the_rules_in_force(
    site: tuple[Gateway, dict[str, str]], browser: Any, tmp_path: Path
) -> None:
    """GET / needs no key; it lists the approved models, this gateway's address in the snippets, and every rule's
    description and source from the rules in force."""
    gw, _ = site
    page = await browser.new_page()
    response = await page.goto(gw.url + "/")
    assert response.status == 200
    text = await page.inner_text("body")
    for model in ("gpt-4o", "gpt-4o-mini", "claude-sonnet-4-6"):
        assert model in await page.inner_text("#tools")
    assert f'base_url="{gw.url}/v1"' in await page.inner_text("#snippet-openai")
    policy = load_rules(REPO / "rules").policy("commercial-139-07")
    for rule in policy.rules:
        assert " ".join(rule.description.split()) in text
        assert rule.source in text
    assert await page.locator("li.rule[data-action=block]").count() == sum(
        r.action.value == "block" for r in policy.rules
    )
    assert "A person must review every answer" in text and "/v1/gateway/feedback" in text
    assert "jdoe" not in text and "Supervisor" not in text  # nothing personal
    assert await page.evaluate("document.body.classList.contains('js')")  # the page's own script ran under the CSP
    await _shot(page, tmp_path, "employee")


async def test_admin_login_refuses_an_employee_and_the_playground_shows_decisions(
    site: tuple[Gateway, dict[str, str]], browser: Any, tmp_path: Path
) -> None:
    """An employee key cannot open /admin; an admin's can. The playground marks an SSN and a name in place, shows the
    text that would be sent and the decision, and blocks a marking."""
    gw, keys = site
    page = await browser.new_page(viewport={"width": 1200, "height": 900})
    await page.goto(gw.url + "/admin")
    await page.fill("#credential", keys["employee"])
    await page.click("button[type=submit]")
    assert "belongs to an employee" in await page.inner_text(".error")
    assert await page.locator("#playground").count() == 0
    await _shot(page, tmp_path, "admin-refused")

    await page.fill("#credential", keys["admin"])
    await page.click("button[type=submit]")
    await page.wait_for_selector("#playground")
    assert "jdoe" in await page.inner_text("#users-table") and "new.hire" in await page.inner_text("#users-table")
    assert "Grafana: gateway overview" in await page.inner_text("#dashboards")

    await page.fill("#text", "Please write to Maria Garcia about her renewal. Her SSN is 212-67-4093.")
    await page.select_option("#policy", "commercial-139-07")
    await page.click("#playground-form button[type=submit]")
    await page.wait_for_selector("#result")
    assert "REDACTED" in await page.inner_text("#decision")
    marks = {await m.get_attribute("title"): await m.inner_text() for m in await page.locator("#marked mark").all()}
    ssn = next(t for t in marks if t.startswith("US_SSN"))
    person = next(t for t in marks if t.startswith("PERSON"))
    assert marks[ssn].startswith("212-67-4093") and "sensitive-identifiers" in ssn and "redact" in ssn
    assert marks[person].startswith("Maria Garcia") and "names" in person and "score" in person
    assert await page.locator("#marked mark.act-redact").count() == 2
    sent = await page.inner_text("#sent")
    assert "<PERSON_1>" in sent and "<US_SSN_1>" in sent and "212-67-4093" not in sent and "Garcia" not in sent
    await page.hover("#marked mark[data-finding='1']")
    assert "lit" in (await page.get_attribute("#findings tr[data-finding='1']", "class") or "")
    await _shot(page, tmp_path, "admin-playground")

    await page.fill("#text", "SECRET//NOFORN\nThe convoy leaves at dawn.")
    await page.click("#playground-form button[type=submit]")
    await page.wait_for_selector("#result")
    assert "BLOCKED" in await page.inner_text("#decision")
    assert "classified-marking" in await page.inner_text(".blocked-by")
    assert await page.locator("#marked mark.act-block").count() >= 1
    assert "Nothing: the request is refused" in await page.inner_text("#sent")
    await _shot(page, tmp_path, "admin-blocked")


async def test_csp_forbids_inline_script_and_forms_need_their_token(
    site: tuple[Gateway, dict[str, str]], browser: Any
) -> None:
    """Pages carry a strict CSP: a script injected inline does not run (the page's own file does); pasted markup is
    shown as text; a form post without its CSRF token is refused."""
    gw, keys = site
    page = await browser.new_page()
    response = await page.goto(gw.url + "/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    violations = await page.evaluate(
        """() => new Promise((resolve) => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
            const s = document.createElement('script');
            s.textContent = 'window.__inline = 1';
            document.body.appendChild(s);
            setTimeout(() => resolve({seen, ran: window.__inline === 1}), 200);
        })"""
    )
    assert violations["ran"] is False and any(v.startswith("script-src") for v in violations["seen"])

    await page.goto(gw.url + "/admin")
    await page.fill("#credential", keys["admin"])
    await page.click("button[type=submit]")
    await page.wait_for_selector("#playground")
    await page.fill("#text", 'Hello <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>')
    await page.click("#playground-form button[type=submit]")
    await page.wait_for_selector("#result")
    assert await page.evaluate("window.__xss === undefined")
    assert "<script>window.__xss=1</script>" in await page.inner_text("#sent")
    cookies = {c["name"]: c for c in await page.context.cookies()}
    session = cookies["gw_admin"]
    assert session["httpOnly"] and session["sameSite"] == "Strict" and session["path"] == "/admin"

    async with aiohttp.ClientSession() as client:
        signed_in = {"cookie": f"gw_admin={session['value']}"}
        form = {"text": "hi", "policy": "internal"}
        async with client.post(gw.url + "/admin/playground", data=form, headers=signed_in) as resp:
            assert (
                resp.status == 400 and "expired" in await resp.text() and "Findings in place" not in await resp.text()
            )
        async with client.post(gw.url + "/admin/login", data={"credential": keys["admin"]}) as resp:
            assert resp.status == 400 and "gw_admin" not in resp.cookies
