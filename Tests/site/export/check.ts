// Looks up every entry of the exported error-catalog.ts by code, name, status and type, checks
// that each page exists in the built site given as the first argument (when one is), and prints
// the entries and the problems found as one line of JSON for Tests/site/test_export.py.
import { byCode, byName, byStatus, byType, entries, siteURL } from "./error-catalog";

// Node's own modules, declared here so the check needs no type packages.
declare function require(name: "fs"): { existsSync(path: string): boolean };
declare const process: { argv: string[] };

const site: string | undefined = process.argv[2];
const fs = require("fs");
const problems: string[] = [];
for (const entry of entries) {
  if (!entry.url.startsWith(siteURL)) problems.push(`not under the site: ${entry.url}`);
  if (site !== undefined && !fs.existsSync(`${site}/${entry.url.slice(siteURL.length)}index.html`)) {
    problems.push(`no page: ${entry.url}`);
  }
  if (entry.code !== null && !byCode(entry.code, entry.product).includes(entry)) problems.push(`code not found: ${entry.code}`);
  if (entry.name !== null && !byName(entry.name).includes(entry)) problems.push(`name not found: ${entry.name}`);
  if (entry.status !== null && !byStatus(entry.status).includes(entry)) problems.push(`status not found: ${entry.status}`);
  if (byType(entry.url) !== entry) problems.push(`type not found: ${entry.url}`);
}
if (byCode("no such code").length !== 0) problems.push("an unknown code was found");
console.log(JSON.stringify({ problems, entries }));
