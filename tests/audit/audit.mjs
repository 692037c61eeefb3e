// Lighthouse 12 and axe-core at 360 px on the farmers' pages of a running site (make audit).
// Usage: CHROME_PATH=/usr/bin/chromium node audit.mjs http://127.0.0.1:8000 [fr]
// Prints one line per page and writes results.json beside this file.
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

const base = process.argv[2] || "http://127.0.0.1:8000";
const lang = process.argv[3] || "fr";
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const viewport = { width: 360, height: 740 };

const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport });
context.setDefaultNavigationTimeout(120_000); // a cold start (farms like mine loads its maps)
const page = await context.newPage();

// The practice and library URLs are read from the site itself; the share form needs an account.
await page.goto(`${base}/${lang}/`);
const library = await page.locator("header nav a").first().getAttribute("href");
await page.goto(base + library);
const practice = await page.locator(".cards h3 a").first().getAttribute("href");
const email = `audit-${Date.now()}@example.org`;
await page.goto(`${base}/${lang}/accounts/signup/`);
await page.fill("#id_name", "Audit");
await page.fill("#id_email", email);
await page.fill("#id_password", "crusted-soil-2026");
await page.locator("form.account-form button[type=submit]").click();
await page.waitForLoadState();
const cookies = await context.cookies();
const session = cookies.find((c) => c.name === "sessionid");

const pages = {
  home: { path: `/${lang}/` },
  library: { path: library },
  practice: { path: practice },
  search: { path: `/${lang}/search/?q=zai` },
  "farms like mine": { path: `/${lang}/farms-like-mine/?country=NE&town=Maradi` },
  share: { path: `/${lang}/accounts/share-a-practice/`, signedIn: true },
  "sign-up": { path: `/${lang}/accounts/signup/` },
};

const results = {};
const work = mkdtempSync(join(tmpdir(), "terroir-audit-"));
const only = process.env.ONLY ? process.env.ONLY.split(",") : Object.keys(pages);
for (const [name, { path, signedIn }] of Object.entries(pages)) {
  if (!only.includes(name)) continue;
  const axeContext = signedIn ? context : await browser.newContext({ viewport });
  axeContext.setDefaultNavigationTimeout(120_000);
  const axePage = signedIn ? page : await axeContext.newPage();
  await axePage.goto(base + path); // also warms the page for Lighthouse
  const axe = await new AxeBuilder({ page: axePage }).analyze();
  if (!signedIn) await axeContext.close();

  const out = join(work, "lh.json");
  const args = [
    base + path, "--quiet", "--output=json", `--output-path=${out}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    "--form-factor=mobile", "--screenEmulation.mobile", "--screenEmulation.width=360",
    "--screenEmulation.height=740", "--screenEmulation.deviceScaleFactor=2",
    "--only-categories=performance,accessibility,best-practices,seo",
  ];
  if (signedIn && session) {
    args.push(`--extra-headers=${JSON.stringify({ Cookie: `sessionid=${session.value}` })}`);
  }
  const run = () => execFileSync(join(import.meta.dirname, "node_modules/.bin/lighthouse"), args, {
    env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"],
  });
  try { run(); } catch { run(); } // once more: a loaded machine sometimes loses the trace
  const lh = JSON.parse(readFileSync(out, "utf8"));
  const score = (id) => Math.round(lh.categories[id].score * 100);
  results[name] = {
    url: path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    kilobytes: Math.round(lh.audits["total-byte-weight"].numericValue / 1024),
    axe_violations: axe.violations.length,
    axe_rules: axe.violations.map((v) => `${v.id} (${v.nodes.length})`),
    // The accessibility audits Lighthouse failed (its score is theirs, weighted).
    lighthouse_failed: lh.categories.accessibility.auditRefs
      .map((ref) => lh.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => audit.id),
  };
  const r = results[name];
  console.log(`${name.padEnd(16)} perf ${r.performance} a11y ${r.accessibility} bp ${r["best-practices"]} seo ${r.seo} ${r.kilobytes} KB axe ${r.axe_violations} ${r.axe_rules.join(" ")} ${r.lighthouse_failed.join(" ")}`);
}
await browser.close();
const file = join(import.meta.dirname, "results.json");
let earlier = {};
try { earlier = JSON.parse(readFileSync(file, "utf8")); } catch { /* first run */ }
writeFileSync(file, JSON.stringify({ ...earlier, ...results }, null, 2) + "\n");
const violations = Object.values(results).reduce((n, r) => n + r.axe_violations, 0);
process.exit(violations ? 1 : 0);
