"""The cost dashboard: the page through the app over the seeded ledger (its charts, numbers,
empty month, errors and admin key), then the real `router serve` in headless Chromium (no
console messages, charts with data, a screenshot)."""

from __future__ import annotations

import base64
import datetime as dt
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from router_process import start_router
from seeded_ledger import SEED_CAPS, app_for, at, busy_month, seeded
from test_ledger import entry

from router.reports.charts import share, ticks, usd
from router.reports.period import current_month

MONTH = {"month": "2026-11"}
BUSY_CAPS = (  # for busy_month: ok, warning, exceeded
    "budgets:\n  caps:\n"
    "    - {usd: 5}\n"
    "    - {scope: tenant, name: acme, usd: 1.6}\n"
    "    - {scope: key, name: team-a, period: day, usd: 0.05}\n"
)
SKIP_BROWSER = "DASHBOARD_SKIP_BROWSER"  # =1: skip the Chromium test where no browser can run
REPO = Path(__file__).resolve().parents[1]


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def all(self, tag: str, **attrs: str) -> list[Node]:
        """Every element under this one with `tag` and these attribute values (`class_`)."""
        found = []
        for child in self.children:
            wanted = {key.rstrip("_").replace("_", "-"): value for key, value in attrs.items()}
            if child.tag == tag and all(child.attrs.get(k) == v for k, v in wanted.items()):
                found.append(child)
            found += child.all(tag, **attrs)
        return found

    def words(self) -> str:
        return self.text + "".join(child.words() for child in self.children)


class _Tree(HTMLParser):
    VOID = frozenset({"meta", "link", "input", "br", "img"})

    def __init__(self) -> None:
        super().__init__()
        self.root = Node("document", {})
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {key: value or "" for key, value in attrs})
        self.open[-1].children.append(node)
        if tag not in self.VOID:
            self.open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open[-1].children.append(Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        while len(self.open) > 1 and self.open.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        self.open[-1].text += data


def parse(html: str) -> Node:
    tree = _Tree()
    tree.feed(html)
    return tree.root


def series(page: Node, chart: str) -> dict[str, Node]:
    """The data series of the chart in the section with id `chart`, by name."""
    (section,) = [node for node in page.all("section") if node.attrs.get("id") == chart]
    return {group.attrs["data-series"]: group for group in section.all("g", class_="series")}


def cells(section: Node) -> dict[str, list[str]]:
    """A table's rows by their first cell: the other cells' words."""
    rows = [[cell.words() for cell in row.all("td")] for row in section.all("tr")]
    return {row[0]: row[1:] for row in rows if row}


def test_the_page_draws_the_seeded_month_with_the_reports_numbers(tmp_path: Path) -> None:
    seeded(f"sqlite:///{tmp_path / 'ledger.db'}")
    with app_for(tmp_path) as client:
        answer = client.get("/dashboard", params=MONTH)
        report = client.get("/v1/reports/cost", params=MONTH).json()
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    page = parse(answer.text)
    assert page.all("title")[0].words() == "Cost dashboard · November 2026"
    assert page.all("input", type="month")[0].attrs["value"] == "2026-11"
    assert not page.all("script")
    cards = {card.attrs["data-metric"]: card for card in page.all("div", class_="card")}
    for metric, card in cards.items():
        assert card.attrs["data-value"] == str(report["totals"][metric]), metric
    assert cards["spend_usd"].all("b")[0].words() == "$0.03"
    assert cards["baseline_usd"].all("b")[0].words() == "$0.06"
    assert "50.0%" in cards["savings_usd"].words()
    assert "saved $0.01" in cards["cache_hits"].words()
    assert [cards[name].all("b")[0].words() for name in ("requests", "guard_blocks")] == ["6", "1"]
    assert len(page.all("svg", class_="chart")) == 4  # spend, against all-hosted, labels, latency

    spend = series(page, "spend")
    assert list(spend) == ["claude-sonnet"]  # qwen-local cost nothing: no bars, but a mention
    bars = [
        (bar.attrs["data-day"], bar.attrs["data-usd"]) for bar in spend["claude-sonnet"].all("rect")
    ]
    assert bars == [("2026-11-02", "0.030000")]
    assert "qwen-local" in page.all("section", id="spend")[0].words()
    lines = series(page, "baseline")
    assert {name: group.attrs["data-total"] for name, group in lines.items()} == {
        "spent": "0.030000",
        "all-hosted": "0.060000",
    }
    labels = series(page, "labels")
    assert set(labels) == {"crud", "architecture", "webgl", "general", "security_sensitive"}
    assert "33% · 2 requests" in labels["crud"].words()
    latency = series(page, "latency")
    measures = {bar.attrs["data-measure"] for bar in latency["claude-sonnet"].all("rect")}
    assert measures == {"p50", "p95", "p99", "ttft_p50"}
    assert "first token p50" not in latency["qwen-local"].words()  # it never streamed
    table = cells(page.all("section", id="latency")[0])
    assert table["claude-sonnet"] == ["3", "100 ms", "280 ms", "296 ms", "50 ms"]
    assert table["qwen-local"] == ["2", "300 ms", "390 ms", "398 ms", "–"]
    rules = cells(page.all("section", id="rules")[0])
    assert list(rules) == ["design", "crud-local", "general-local", "privacy-guard"]
    assert rules["design"] == ["3", "50%", "$0.03", "$0.04", "$0.01"]
    assert rules["crud-local"] == ["1", "17%", "$0.00", "$0.005", "$0.005"]
    assert "No spend caps are configured" in page.all("section", id="budget")[0].words()


def test_budget_use_is_drawn_per_cap(tmp_path: Path) -> None:
    seeded(f"sqlite:///{tmp_path / 'ledger.db'}")
    with app_for(tmp_path, SEED_CAPS) as client:
        page = parse(client.get("/dashboard", params=MONTH).text)
    caps = {name: group.all("rect")[0] for name, group in series(page, "budget").items()}
    assert {
        name: (bar.attrs["data-used"], bar.attrs["data-state"]) for name, bar in caps.items()
    } == {
        "global monthly": ("0.03", "ok"),
        "key team-a daily": ("1.2", "exceeded"),
        "tenant acme monthly": ("0.8571", "warning"),
    }
    assert "(2026-11-02) of $0.025" in series(page, "budget")["key team-a daily"].words()


def test_every_value_from_the_ledger_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script>'
    seeded(
        f"sqlite:///{tmp_path / 'ledger.db'}",
        [entry(1, created_at=at(2), rule=hostile, label="<b>label")],
    )
    with app_for(tmp_path) as client:
        text = client.get("/dashboard", params=MONTH).text
    assert "<script>" not in text
    assert "<b>label" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert [
        row.attrs["data-rule"] for row in parse(text).all("tr") if "data-rule" in row.attrs
    ] == [hostile]


def test_an_empty_month_says_so_instead_of_drawing(tmp_path: Path) -> None:
    seeded(f"sqlite:///{tmp_path / 'ledger.db'}")
    with app_for(tmp_path) as client:
        answer = client.get("/dashboard", params={"month": "2025-01"})
    assert answer.status_code == 200
    page = parse(answer.text)
    assert (
        page.all("section", id="empty")[0]
        .words()
        .startswith("No requests recorded in January 2025.")
    )
    assert not page.all("svg")
    assert not page.all("div", class_="card")


def test_the_month_defaults_to_this_one_and_a_bad_one_is_a_400(tmp_path: Path) -> None:
    with app_for(tmp_path) as client:
        before = current_month("UTC", dt.datetime.now(dt.UTC))
        answer = client.get("/dashboard")
        after = current_month("UTC", dt.datetime.now(dt.UTC))
        assert answer.status_code == 200
        assert parse(answer.text).all("input", type="month")[0].attrs["value"] in {before, after}
        for month in ("2026-13", "26-11", "november", "2026-11'><b>"):
            bad = client.get("/dashboard", params={"month": month})
            assert bad.status_code == 400, month
            assert bad.headers["content-type"] == "application/json"
            assert bad.json()["error"]["param"] == "month"


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0", "$0.00"),
        ("0.292", "$0.29"),
        ("0.0300", "$0.03"),
        ("0.015", "$0.015"),
        ("0.00012", "$0.00012"),
        ("0.0999", "$0.10"),
        ("1234.5", "$1,234.50"),
        ("12345.6", "$12,346"),
        ("-1.5", "-$1.50"),
    ],
)
def test_dollars_show_the_precision_they_need(amount: str, shown: str) -> None:
    assert usd(amount) == shown


def test_axes_step_in_round_numbers_and_shares_never_round_to_nothing() -> None:
    assert ticks(0.157) == [0, 0.05, 0.1, 0.15, 0.2]
    assert ticks(7.54) == [0, 2, 4, 6, 8]
    assert ticks(3936) == [0, 1000, 2000, 3000, 4000]
    assert ticks(0) == [0, 1]
    assert [share(1, 406), share(0, 5), share(2, 6)] == ["<1%", "0%", "33%"]


def basic(password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"me:{password}".encode()).decode()}


def test_with_client_keys_only_the_admin_key_opens_it_and_never_in_the_url(
    tmp_path: Path,
) -> None:
    clients = "clients: [{name: team, key: '${TEAM_KEY}'}]\n"
    with app_for(tmp_path, clients) as client:
        refused = client.get("/dashboard", params=MONTH)
        assert refused.status_code == 401
        assert "reports.admin_key" in refused.json()["error"]["message"]
        assert "www-authenticate" not in refused.headers  # no key would open it: no prompt
    folder = tmp_path / "admin"
    folder.mkdir()
    with app_for(folder, clients + "reports: {admin_key: '${ADMIN_KEY}'}\n") as client:
        refused = client.get("/dashboard", params=MONTH)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"].startswith('Basic realm="router reports"')
        assert refused.json()["error"]["code"] == "invalid_api_key"
        for wrong in ({"authorization": "Bearer sk-team"}, basic("sk-team"), basic("")):
            assert client.get("/dashboard", params=MONTH, headers=wrong).status_code == 401
        in_url = client.get("/dashboard", params={**MONTH, "key": "sk-admin"})
        assert in_url.status_code == 401
        garbled = {"authorization": "Basic %%%"}
        assert client.get("/dashboard", params=MONTH, headers=garbled).status_code == 401
        for admin in ({"authorization": "Bearer sk-admin"}, {"x-api-key": "sk-admin"}):
            assert client.get("/dashboard", params=MONTH, headers=admin).status_code == 200
        assert client.get("/dashboard", params=MONTH, headers=basic("sk-admin")).status_code == 200
        # The page links to the JSON report: the browser's Basic credentials open it too.
        report = client.get("/v1/reports/cost", params=MONTH, headers=basic("sk-admin"))
        assert report.status_code == 200


# -- in a real browser ----------------------------------------------------------------------

CONSOLE = re.compile(r":CONSOLE[:(]")  # how Chromium logs a console message to stderr


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        if os.environ.get(SKIP_BROWSER) == "1":
            pytest.skip(f"no chromium, and {SKIP_BROWSER}=1")
        pytest.fail(f"chromium is not on PATH: run scripts/chromium (or set {SKIP_BROWSER}=1)")
    return found


def load(browser: str, url: str, folder: Path, screenshot: Path) -> tuple[str, list[str]]:
    """The DOM after `url` loaded in headless Chromium, and the console messages it logged."""
    command = [
        browser,
        "--headless=new",
        "--no-sandbox",  # tests run as root in containers
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={folder / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1280,3000",  # tall enough for every panel
        f"--screenshot={screenshot}",
        "--dump-dom",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout, [line for line in done.stderr.splitlines() if CONSOLE.search(line)]


@pytest.mark.slow
def test_chromium_renders_the_dashboard_without_console_messages(tmp_path: Path) -> None:
    browser = chromium()
    # The detector first: a page that logs an error and throws must be caught by it.
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><script>console.error('boom'); missing();</script>")
    _, messages = load(browser, broken.as_uri(), tmp_path, tmp_path / "broken.png")
    assert any("boom" in line for line in messages), messages
    assert any("Uncaught ReferenceError" in line for line in messages), messages

    ledger = tmp_path / "ledger.db"
    seeded(f"sqlite:///{ledger}", busy_month())
    config = (
        "default_model: claude-sonnet\n"
        "models:\n  - {name: claude-sonnet, litellm_model: anthropic/claude-sonnet-4-5}\n"
        f"ledger: {{url: 'sqlite:///{ledger}', spool_path: '{tmp_path / 'spool'}'}}\n" + BUSY_CAPS
    )
    router = start_router(tmp_path, config, {})
    screenshot = tmp_path / "dashboard-2026-11.png"
    try:
        dom, messages = load(browser, f"{router.url}/dashboard?month=2026-11", tmp_path, screenshot)
    finally:
        router.stop()
    assert messages == [], "\n".join(messages)
    page = parse(dom)
    assert page.all("title")[0].words() == "Cost dashboard · November 2026"
    assert set(series(page, "spend")) == {"claude-sonnet", "claude-haiku"}
    days = {bar.attrs["data-day"] for bar in series(page, "spend")["claude-sonnet"].all("rect")}
    assert len(days) == 24
    assert set(series(page, "labels")) >= {"crud", "architecture", "webgl", "general"}
    assert set(series(page, "latency")) == {"claude-sonnet", "claude-haiku", "qwen-local"}
    budget = series(page, "budget")
    states = [group.all("rect")[0].attrs["data-state"] for group in budget.values()]
    assert states == ["ok", "warning", "exceeded"]
    assert router.network_attempts() == []
    assert screenshot.stat().st_size > 50_000  # a page with one line of text: 18 kB
    keep = Path(os.environ.get("DASHBOARD_SCREENSHOT_DIR") or REPO / "test-artifacts")
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(screenshot, keep / screenshot.name)
