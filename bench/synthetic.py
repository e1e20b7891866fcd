#!/usr/bin/env python3
"""Generates a synthetic knowledge base of N entries, as kb content and as the equivalent Hugo site.

The kb copy is a copy of this repository (Package.swift, Package.resolved, Sources, templates;
no links.lock, no tests) whose content/ holds the synthetic entries as Swift files of at most
100 entries each. The Hugo site has one Markdown page per entry, a list page per product grouped by
topic, a page per diagram, an all-codes page, a search page, short-link redirects (Hugo aliases),
index.json, and a minimal theme of its own in layouts/.

The shape follows the bundled content (76 entries): about 1.3 symptoms, 1.3 causes of ~150
characters, 2 resolution steps, 20 % of entries with a step sample and 17 % with an entry sample,
5 % with platform variants, a third tied to a diagram step, most with 1–4 related entries.
Everything is derived from --seed, so the same arguments always give the same files.

    python3 bench/synthetic.py --entries 2000 --out /tmp/kb-2000 [--hugo /tmp/hugo-2000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENTRIES_PER_TOPIC = 10

WORDS = (
  "launch session token request course class lab instance account tenant platform record "
  "enrollment grade score module package player browser cookie certificate key callback "
  "deployment instructor learner meeting roster outcome assignment service endpoint gateway"
).split()
VERBS = [
  "failed", "expired", "was refused", "timed out", "was rejected", "could not be read", "was not found",
  "returned an error", "was revoked", "was locked", "was misconfigured",
]
OPENERS = [
  "The {a} {v} while the platform was preparing the {b}.",
  "Reading the {a} from the database {v}; the {b} may well exist, it is the lookup that went wrong.",
  "The {a} sent with the request does not match the {b} configured for this tenant.",
  "A {a} limit set on the {b} has been reached, so the {c} {v}.",
  "The {a} {v} because the {b} it depends on is no longer valid.",
  "Someone changed the **{a}** settings of the {b}, and the {c} {v}.",
  "The `{a}_{b}` value in the request is empty or malformed.",
]
FOLLOWERS = [
  " This usually happens right after the {a} was rotated or the {b} was moved to another region.",
  " It is rare, and retrying the same request normally succeeds.",
  " The {a} is kept for 24 hours by default, after which a new one must be requested.",
  " See the vendor documentation on [{a} limits](https://docs.example.com/{a}/limits) for details.",
  "",
  "",
]
STEPS = [
  "Launch the {a} again from the LMS.",
  "Open **Settings > {A}** and check that the {b} is enabled.",
  "Ask an administrator to renew the {a} for the {b}, then try again.",
  "Check that the `{a}_id` in the request is a correctly typed UUID of a {b} that exists.",
  "Sign in to the {A} console with the account that owns the {b} and confirm the {c} is active.",
  "If the problem persists, collect the {a} ID and the time of the failure and contact support.",
  "Wait a few minutes for the {a} to finish provisioning, then reload the page.",
]
PLATFORMS = ["Canvas", "Moodle", "Blackboard", "Brightspace"]
ACTORS = ["user", "instructor", "admin", "developer", "support"]
FREQUENCIES = ["common", "uncommon", "veryUncommon"]
STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503]
DIAGRAM_STEPS = [
  ("launch", "user", "lms", "Launch the activity"),
  ("request", "lms", "vendor", "Send the launch request"),
  ("validate", "vendor", "vendor", "Validate the signature and claims"),
  ("lookup", "vendor", "vendor", "Read the account and course records"),
  ("provision", "vendor", "vendor", "Create or open the session"),
  ("respond", "vendor", "lms", "Return the launch URL"),
  ("redirect", "lms", "user", "Redirect the browser"),
  ("connect", "user", "vendor", "Connect to the session"),
]
SAMPLES = {
  "shell": '''curl -X GET "https://api.example.com/api/v1/{a}s/{n}" \\
  -H "X-API-Key: your-api-key" \\
  -H "Accept: application/json"''',
  "json": '''{{
  "error": {n},
  "name": "{NAME}",
  "message": "The {a} {v}",
  "requestId": "req_{n}"
}}''',
  "javascript": '''async function retry{A}(id, attempts = 3) {{
  for (let attempt = 0; attempt < attempts; attempt++) {{
    const response = await fetch(`/api/v1/{a}s/${{id}}`);
    if (response.ok) return response.json();
    await delay(100 * (attempt + 1)); // wait longer each time
  }}
  throw new Error('{A} {n} failed');
}}''',
  "typescript": '''async function ensure{A}(id: string) {{
  const {a} = await get{A}(id);
  if (!{a}) {{
    throw new Error('{A} not found');
  }}
  return {a};
}}''',
}


SUPPORT_NOTES = "Response times depend on your plan; see the *Support Services Guide*."
DIAGRAM_SUMMARY = "The order of events in a launch that succeeds; entries name the step where they show up."
DEPRECATION_NOTE = "Kept so old links work."


def product_summary(product: "Product") -> str:
  return (
    f"{product.title} connects learning platforms to the vendor; the "
    f"[launch sequence](diagram:{product.diagram}) shows where problems appear."
  )


@dataclass
class Sample:
  language: str
  code: str
  title: str | None = None


@dataclass
class Step:
  text: str
  sample: Sample | None = None


@dataclass
class Entry:
  product: int
  index: int  # within the product
  kind: str  # code, apiError, screenMessage, problem
  code: str | None
  name: str | None
  message: str | None
  status: int | None
  slug: str
  title: str
  symptoms: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
  causes: list[str] = field(default_factory=list)
  resolution: list[Step] = field(default_factory=list)
  variants: list[tuple[str, list[Step]]] = field(default_factory=list)
  samples: list[Sample] = field(default_factory=list)
  actors: list[str] = field(default_factory=list)
  frequency: str | None = None
  escalation: str | None = None
  related: list[str] = field(default_factory=list)  # kb refs: slug or product/slug
  happens_at: str | None = None  # step id
  aliases: list[str] = field(default_factory=list)
  deprecated_for: str | None = None
  topic: int = 0


@dataclass
class Product:
  number: int
  slug: str
  title: str
  entries: list[Entry] = field(default_factory=list)

  @property
  def ident(self) -> str:
    return f"synth{self.number:03d}"

  @property
  def diagram(self) -> str:
    return f"{self.slug}-launch"

  def topic_count(self) -> int:
    return math.ceil(len(self.entries) / ENTRIES_PER_TOPIC)


def kebab(text: str) -> str:
  return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def product_count(entries: int) -> int:
  """Products grow with the square root of the size: 7 at 1k, 20 at 10k, 64 at 100k."""
  return max(4, math.ceil(math.sqrt(entries) / 5))


class Generator:
  def __init__(self, entries: int, seed: int):
    self.rng = random.Random(seed)
    count = product_count(entries)
    self.products = [
      Product(p, f"product-{p:03d}", f"Product {p:03d} {self.rng.choice(WORDS).title()} Integration")
      for p in range(1, count + 1)
    ]
    for n in range(entries):
      product = self.products[n % count]
      product.entries.append(self.entry(product, len(product.entries), n))
    for product in self.products:
      for entry in product.entries:
        self.link(entry, product)

  def fill(self, template: str) -> str:
    a, b, c = self.rng.sample(WORDS, 3)
    return template.format(a=a, b=b, c=c, A=a.title(), v=self.rng.choice(VERBS))

  def entry(self, product: Product, index: int, number: int) -> Entry:
    """One entry; codes are unique across the site so every short link `e/<code>/` is a redirect."""
    rng = self.rng
    roll = rng.random()
    a, b = rng.sample(WORDS, 2)
    code = name = message = status = None
    if roll < 0.62:
      kind, code = "code", str(1000 + number)
      name = f"{a.upper()}_{b.upper()}_{rng.choice(VERBS).split()[0].upper()}_{index}" if rng.random() < 0.7 else None
      slug = code
      title = f"Could not {rng.choice(['read', 'create', 'validate', 'renew'])} the {a} {b}"
    elif roll < 0.82:
      kind, status = "apiError", rng.choice(STATUSES)
      message = f"{a.title()} {b} {index} {rng.choice(VERBS)}"
      slug = kebab(message)
      title = f"The API refused the {a} {b}"
    elif roll < 0.86:
      kind = "screenMessage"
      message = f"{a.title()} {index} unavailable"
      slug = kebab(message)
      title = f"The browser shows that the {a} is unavailable"
    else:
      kind = "problem"
      slug = f"{a}-{b}-problem-{index}"
      title = f"{a.title()} does not reach the {b} after a {rng.choice(WORDS)} change"
    entry = Entry(product.number, index, kind, code, name, message, status, slug, title)
    entry.topic = index // ENTRIES_PER_TOPIC
    symptom_count = 1 if rng.random() < 0.75 else 2
    for _ in range(symptom_count):
      pick = rng.random()
      if pick < 0.45:
        # The page shows the code and name beside the symptoms; a symptom names one of them at most.
        shown = code or name or title.lower()
        entry.symptoms.append(("sees", f"Opening the {a} from the LMS shows {shown} instead of the {b}."))
      elif pick < 0.85 or status is None:
        entry.symptoms.append(("message", self.fill("The {a} {v}; try again later.")))
      else:
        entry.symptoms.append(("status", str(status)))
    cause_count = rng.choices([1, 2, 4], weights=[70, 25, 5])[0]
    for _ in range(cause_count):
      entry.causes.append(self.fill(rng.choice(OPENERS)) + self.fill(rng.choice(FOLLOWERS)))
    for _ in range(rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]):
      entry.resolution.append(Step(self.fill(rng.choice(STEPS))))
    if rng.random() < 0.2:
      entry.resolution[-1].sample = self.sample(entry, title=False)
    if rng.random() < 0.05:
      for platform in rng.sample(PLATFORMS, 2):
        entry.variants.append((platform, [Step(self.fill(rng.choice(STEPS))) for _ in range(2)]))
    if rng.random() < 0.17:
      entry.samples.append(self.sample(entry, title=True))
    entry.actors = sorted(rng.sample(ACTORS, rng.choice([1, 2])), key=ACTORS.index)
    if rng.random() < 0.3:
      entry.frequency = rng.choice(FREQUENCIES)
    if rng.random() < 0.47:
      entry.escalation = f"If the same {a} problem comes back, contact product support."
    if rng.random() < 0.33:
      entry.happens_at = rng.choice(DIAGRAM_STEPS)[0]
    if rng.random() < 0.026:
      entry.aliases.append(f"old-{slug}")
    return entry

  def intro(self, product: Product, topic: int) -> str:
    a, b = WORDS[(product.number + topic) % len(WORDS)], WORDS[(product.number * 3 + topic) % len(WORDS)]
    return f"Entries about the {a} and the {b}, seen during the [launch](diagram:{product.diagram})."

  def prose(self) -> list[str]:
    """Every CommonMark text kb renders, once each: what the floor benchmark renders."""
    texts = [SUPPORT_NOTES]
    for product in self.products:
      texts.append(product_summary(product))
      texts.append(DIAGRAM_SUMMARY)
      texts += [self.intro(product, topic) for topic in range(product.topic_count())]
      for entry in product.entries:
        texts += entry.causes
        texts += [step.text for step in entry.resolution]
        texts += [step.text for _, steps in entry.variants for step in steps]
        if entry.escalation:
          texts.append(entry.escalation)
        if entry.deprecated_for:
          texts.append(DEPRECATION_NOTE)
    return texts

  def sample(self, entry: Entry, title: bool) -> Sample:
    language = self.rng.choice(list(SAMPLES))
    a = self.rng.choice(WORDS)
    code = SAMPLES[language].format(
      a=a, A=a.title(), n=entry.code or entry.index, NAME=entry.name or "ERROR", v=self.rng.choice(VERBS)
    )
    return Sample(language, code, f"Check the {a} before retrying" if title else None)

  def link(self, entry: Entry, product: Product) -> None:
    """Adds related entries, prose links and deprecations once every slug is known."""
    rng = self.rng
    siblings = product.entries
    if rng.random() < 0.9 and len(siblings) > 1:
      for _ in range(rng.choice([1, 2, 3, 4])):
        other = rng.choice(siblings)
        if other is not entry and other.slug not in entry.related:
          entry.related.append(other.slug)
      if rng.random() < 0.1 and len(self.products) > 1:
        other_product = rng.choice([p for p in self.products if p is not product])
        if other_product.entries:
          entry.related.append(f"{other_product.slug}/{rng.choice(other_product.entries).slug}")
    if rng.random() < 0.15 and len(siblings) > 1:
      other = rng.choice(siblings)
      if other is not entry:
        entry.resolution[0].text += f" See [{other.code or other.title}](entry:{other.slug}) first."
    if rng.random() < 0.013 and len(siblings) > 1:
      other = rng.choice(siblings)
      if other is not entry:
        entry.deprecated_for = other.slug


# Swift output ---------------------------------------------------------------------------------


def swift_string(text: str) -> str:
  return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def swift_raw(code: str, indent: str) -> str:
  lines = [f'{indent}  {line}' if line else "" for line in code.split("\n")]
  return '#"""\n' + "\n".join(lines) + f'\n{indent}  """#'


def swift_sample(sample: Sample, indent: str) -> str:
  constructors = {"shell", "json", "javascript", "typescript"}
  body = swift_raw(sample.code, indent)
  title = f", title: {swift_string(sample.title)}" if sample.title else ""
  if sample.language in constructors:
    return f".{sample.language}(\n{indent}  {body}{title}\n{indent})"
  return f"CodeSample({swift_string(sample.language)}{title}, {body})"


def swift_steps(steps: list[Step], indent: str) -> str:
  out = []
  for step in steps:
    if step.sample:
      out.append(
        f"{indent}Step(\n{indent}  {swift_string(step.text)},\n"
        f"{indent}  sample: {swift_sample(step.sample, indent + '  ')}\n{indent}),"
      )
    else:
      out.append(f"{indent}{swift_string(step.text)},")
  return "\n".join(out)


def swift_identity(entry: Entry) -> str:
  if entry.kind == "code":
    name = f", name: {swift_string(entry.name)}" if entry.name else ""
    return f".code({swift_string(entry.code)}{name})"
  if entry.kind == "apiError":
    return f".apiError({swift_string(entry.message)}, status: {entry.status})"
  if entry.kind == "screenMessage":
    return f".screenMessage({swift_string(entry.message)})"
  return ".problem"


def swift_entry(entry: Entry, product: Product, indent: str) -> str:
  i = indent + "  "
  lines = [f"{indent}Entry(", f"{i}{swift_identity(entry)},"]
  if entry.kind == "problem":
    lines.append(f"{i}slug: {swift_string(entry.slug)},")
  lines.append(f"{i}title: {swift_string(entry.title)},")
  symptoms = []
  for kind, text in entry.symptoms:
    symptoms.append(f".status({text})" if kind == "status" else f".{kind}({swift_string(text)})")
  lines.append(f"{i}symptoms: [{', '.join(symptoms)}],")
  lines.append(f"{i}causes: [")
  lines += [f"{i}  {swift_string(cause)}," for cause in entry.causes]
  lines.append(f"{i}],")
  lines.append(f"{i}resolution: [\n{swift_steps(entry.resolution, i + '  ')}\n{i}],")
  if entry.variants:
    lines.append(f"{i}variants: [")
    for platform, steps in entry.variants:
      lines.append(f"{i}  PlatformVariant({swift_string(platform)}, steps: [\n{swift_steps(steps, i + '    ')}\n{i}  ]),")
    lines.append(f"{i}],")
  if entry.samples:
    lines.append(f"{i}samples: [")
    lines += [f"{i}  {swift_sample(sample, i + '  ')}," for sample in entry.samples]
    lines.append(f"{i}],")
  lines.append(f"{i}actors: [{', '.join('.' + actor for actor in entry.actors)}],")
  if entry.frequency:
    lines.append(f"{i}frequency: .{entry.frequency},")
  # kb check asks every entry answering 409, 429, 500 or 503 whether to retry.
  if entry.status in (409, 429, 500, 503):
    lines.append(f"{i}retry: .later,")
  if entry.escalation:
    lines.append(f"{i}escalation: {swift_string(entry.escalation)},")
  if entry.related:
    lines.append(f"{i}related: [{', '.join(swift_string(ref) for ref in entry.related)}],")
  if entry.happens_at:
    lines.append(f"{i}happensAt: {swift_string(product.diagram + '#' + entry.happens_at)},")
  if entry.aliases:
    lines.append(f"{i}aliases: [{', '.join(swift_string(alias) for alias in entry.aliases)}],")
  if entry.deprecated_for:
    lines.append(f'{i}deprecation: Deprecation({swift_string(DEPRECATION_NOTE)}, replacement: {swift_string(entry.deprecated_for)}),')
  lines[-1] = lines[-1].rstrip(",")
  lines.append(f"{indent})")
  return "\n".join(lines)


def topic_name(product: Product, topic: int) -> str:
  return f"{product.ident}Topic{topic:04d}"


def topic_entries(product: Product, topic: int) -> list[Entry]:
  return product.entries[topic * ENTRIES_PER_TOPIC : (topic + 1) * ENTRIES_PER_TOPIC]


def topic_title(product: Product, topic: int) -> str:
  return f"{WORDS[(product.number * 7 + topic) % len(WORDS)].title()} problems, group {topic + 1}"


def write_swift_content(gen: Generator, content: Path, topics_per_file: int) -> int:
  """Writes content/ and returns the number of Swift files written."""
  files = 0
  for product in gen.products:
    folder = content / f"Synthetic{product.number:03d}"
    folder.mkdir(parents=True)
    topics = product.topic_count()
    for first in range(0, topics, topics_per_file):
      parts = ["import KBModel", ""]
      for topic in range(first, min(first + topics_per_file, topics)):
        entries = topic_entries(product, topic)
        body = ",\n".join(swift_entry(entry, product, "      ") for entry in entries)
        parts.append(
          f"var {topic_name(product, topic)}: Topic {{\n"
          f"  Topic(\n"
          f'    slug: "group-{topic + 1}",\n'
          f"    title: {swift_string(topic_title(product, topic))},\n"
          f"    intro: {swift_string(gen.intro(product, topic))},\n"
          f"    entries: [\n{body},\n    ]\n  )\n}}\n"
        )
      (folder / f"Synth{product.number:03d}Topics{first // topics_per_file + 1:03d}.swift").write_text("\n".join(parts))
      files += 1
    steps = "\n".join(
      f'        .message("{sid}", from: "{frm}", to: "{to}", "{text}"),' for sid, frm, to, text in DIAGRAM_STEPS
    )
    topic_list = ",\n".join(f"      {topic_name(product, t)}" for t in range(topics))
    (folder / f"Synth{product.number:03d}.swift").write_text(
      f"""import KBModel

var {product.ident}Diagram: Diagram {{
  Diagram(
    slug: "{product.diagram}",
    title: "{product.title} launch sequence",
    summary: {swift_string(DIAGRAM_SUMMARY)},
    sequence: SequenceDiagram(
      participants: [
        Participant("user", "User", side: .client),
        Participant("lms", "LMS", side: .server),
        Participant("vendor", "Vendor", side: .server),
      ],
      items: [
{steps}
      ]
    )
  )
}}

var {product.ident}: Product {{
  Product(
    slug: "{product.slug}",
    title: "{product.title}",
    summary: {swift_string(product_summary(product))},
    support: Support(
      ticketURL: "https://support.example.com/{product.slug}",
      phone: "888-975-{product.number:04d}",
      hours: "24/7 end-user support",
      slaTiers: [SLATier("Premium", responseTime: "24 hours"), SLATier("Standard", responseTime: "72 hours")],
      notes: {swift_string(SUPPORT_NOTES)}
    ),
    lastUpdated: "2024-05-01",
    topics: [
{topic_list},
    ],
    diagrams: [{product.ident}Diagram]
  )
}}
"""
    )
    files += 1
  products = ", ".join(product.ident for product in gen.products)
  (content / "Site.swift").write_text(
    f"""import KBModel

/// A synthetic knowledge base for benchmarks, generated by bench/synthetic.py.
public let knowledgeBase: Site = Site(
  title: "Integration Troubleshooting",
  tagline: "Error codes, symptoms and fixes for our integration products.",
  products: [{products}],
  roles: [.user, .instructor, .admin, .developer, .support]
)
"""
  )
  (content / "README.md").write_text("Generated by bench/synthetic.py; do not edit.\n")
  return files + 1


def call_end(text: str, start: int) -> int:
  """The index just past the parenthesis that closes the call opening at or after `start`."""
  depth = 0
  for index in range(text.index("(", start), len(text)):
    depth += {"(": 1, ")": -1}.get(text[index], 0)
    if depth == 0:
      return index + 1
  raise ValueError("unbalanced parentheses in Package.swift")


def kb_only_manifest(manifest: str) -> str:
  """The repository's manifest reduced to what `kb` needs: no tests, other tools or their packages."""
  for kind in [".testTarget(", ".executableTarget(", ".executable("]:
    start = 0
    while (found := manifest.find(kind, start)) >= 0:
      end = call_end(manifest, found)
      if re.search(r'name:\s*"kb"', manifest[found:end]):
        start = end
        continue
      end += len(manifest[end:]) - len(manifest[end:].lstrip(","))
      line_start = manifest.rfind("\n", 0, found)
      manifest = manifest[:line_start] + manifest[end:]
      start = line_start
  for match in list(re.finditer(r'\n[^\n]*\.package\(url: "[^"]*/([^/"]+?)(?:\.git)?"[^\n]*', manifest)):
    if f'package: "{match.group(1)}"' not in manifest:
      manifest = manifest.replace(match.group(0), "")
  return manifest


def copy_repo(out: Path, repo: Path) -> None:
  """Copies what a kb build needs, leaving out content/, tests and links.lock; keeps .build."""
  out.mkdir(parents=True, exist_ok=True)
  for name in ["Sources", "templates"]:
    shutil.rmtree(out / name, ignore_errors=True)
    shutil.copytree(repo / name, out / name)
  (out / "Package.swift").write_text(kb_only_manifest((repo / "Package.swift").read_text()))
  if (repo / "Package.resolved").exists():
    shutil.copy2(repo / "Package.resolved", out / "Package.resolved")


def write_kb(gen: Generator, out: Path, repo: Path, topics_per_file: int = 1) -> int:
  """Writes the copy; content files whose text is unchanged keep their dates, so a rebuild
  after regenerating with the same arguments compiles nothing."""
  copy_repo(out, repo)
  content = out / "content"
  fresh = out / ".content-new"
  shutil.rmtree(fresh, ignore_errors=True)
  fresh.mkdir()
  files = write_swift_content(gen, fresh, topics_per_file)
  wanted = {path.relative_to(fresh) for path in fresh.rglob("*") if path.is_file()}
  if content.exists():
    for path in sorted(content.rglob("*"), reverse=True):
      relative = path.relative_to(content)
      if path.is_file() and relative not in wanted:
        path.unlink()
      elif path.is_dir() and not any(path.iterdir()):
        path.rmdir()
  for relative in sorted(wanted):
    source, target = fresh / relative, content / relative
    if target.exists() and target.read_bytes() == source.read_bytes():
      continue
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
  shutil.rmtree(fresh)
  return files


# Hugo output ----------------------------------------------------------------------------------


def md_steps(steps: list[Step], links: dict[str, str], product: Product) -> str:
  out = []
  for number, step in enumerate(steps, 1):
    out.append(f"{number}. {md_prose(step.text, links, product)}")
    if step.sample:
      code = "\n".join("   " + line if line else "" for line in step.sample.code.split("\n"))
      out.append(f"\n   ```{step.sample.language}\n{code}\n   ```")
  return "\n".join(out)


def md_prose(text: str, links: dict[str, str], product: Product) -> str:
  """Turns kb's entry: and diagram: links into site-absolute Hugo links."""

  def entry_link(match: re.Match) -> str:
    ref = match.group(1)
    target = ref if "/" in ref else f"{product.slug}/{ref}"
    return f"(/{target}/)"

  text = re.sub(r"\(entry:([^)]+)\)", entry_link, text)
  return re.sub(r"\(diagram:([^)#]+)(#[^)]*)?\)", lambda m: f"(/diagrams/{m.group(1)}/{m.group(2) or ''})", text)


def yaml_string(text: str) -> str:
  return json.dumps(text)


def hugo_entry(entry: Entry, product: Product, titles: dict[str, str]) -> str:
  links: dict[str, str] = {}
  aliases = [f"/{product.slug}/{alias}/" for alias in entry.aliases]
  if entry.code:
    aliases.append(f"/e/{kebab(entry.code)}/")
  sort_key = f"0-{int(entry.code):012d}" if entry.code and entry.code.isdigit() else f"2-{(entry.name or entry.title).lower()}"
  shown = [x for x in [entry.code, entry.name or entry.message] if x]
  fm = [
    "---",
    f"title: {yaml_string(entry.title)}",
    f"slug: {yaml_string(entry.slug)}",
    f"kind: {entry.kind}",
    f"identity: {yaml_string(' '.join(shown))}",
    f"topic: {yaml_string(topic_title(product, entry.topic))}",
    f"topicweight: {entry.topic}",
    f"weight: {entry.index + 1}",
    f"sortkey: {yaml_string(sort_key)}",
    f"oneline: {yaml_string(entry.symptoms[0][1] if entry.symptoms else entry.causes[0])}",
    f"actors: [{', '.join(entry.actors)}]",
  ]
  if entry.frequency:
    fm.append(f"frequency: {entry.frequency}")
  if entry.happens_at:
    fm.append(f"happensat: {yaml_string(product.diagram + '#' + entry.happens_at)}")
  if aliases:
    fm.append(f"aliases: [{', '.join(yaml_string(a) for a in aliases)}]")
  fm.append("---")
  body = []
  if entry.deprecated_for:
    body.append(f"> **This entry is deprecated.** See [{titles[f'{product.slug}/{entry.deprecated_for}']}](/{product.slug}/{entry.deprecated_for}/) instead.\n")
  if entry.symptoms:
    body.append("## Symptoms\n")
    for kind, text in entry.symptoms:
      body.append(f"- `{text}`" if kind != "sees" else f"- {text}")
    body.append("")
  body.append("## Cause\n")
  body += [md_prose(cause, links, product) + "\n" for cause in entry.causes]
  body.append("## Resolution\n")
  body.append(md_steps(entry.resolution, links, product) + "\n")
  for platform, steps in entry.variants:
    body.append(f"### {platform}\n\n{md_steps(steps, links, product)}\n")
  if entry.samples:
    body.append("## Code samples\n")
    for sample in entry.samples:
      if sample.title:
        body.append(f"**{sample.title}**\n")
      body.append(f"```{sample.language}\n{sample.code}\n```\n")
  if entry.happens_at:
    step = next(i for i, s in enumerate(DIAGRAM_STEPS) if s[0] == entry.happens_at)
    body.append("## Where it happens\n")
    body.append(
      f"Step {step + 1} of the [{product.title} launch sequence](/diagrams/{product.diagram}/): "
      f"[{DIAGRAM_STEPS[step][3]}](/diagrams/{product.diagram}/#step-{entry.happens_at}).\n"
    )
  if entry.related:
    body.append("## Related entries\n")
    for ref in entry.related:
      target = ref if "/" in ref else f"{product.slug}/{ref}"
      body.append(f"- [{titles[target]}](/{target}/)")
    body.append("")
  body.append("## Contact support\n")
  body.append((entry.escalation or f"If these steps do not solve it, contact {product.title} support.") + "\n")
  return "\n".join(fm) + "\n" + "\n".join(body)


HUGO_CONFIG = """baseURL = "/"
title = "Integration Troubleshooting"
disableKinds = ["RSS", "sitemap", "robotsTXT", "taxonomy", "term"]
[params]
tagline = "Error codes, symptoms and fixes for our integration products."
[outputs]
home = ["HTML", "JSON"]
[markup.goldmark.renderer]
unsafe = false
[markup.highlight]
# kb does not highlight code at build time, so neither does Hugo here.
codeFences = false
"""

HUGO_LAYOUTS = {
  "_default/baseof.html": """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.oneline }}{{ . }}{{ else }}{{ .Site.Params.tagline }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<form class="search-form" role="search" action="{{ "search/" | relURL }}" method="get">
<input id="site-search" name="q" type="search" placeholder="Error code, name or message">
<button type="submit">Search</button>
</form>
<nav class="site-nav" aria-label="Products"><ul>
{{ range .Site.Sections }}{{ if .Params.product }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}{{ end }}<li><a href="{{ "codes/" | relURL }}">All codes</a></li>
</ul></nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ .Site.Title }} · <a href="{{ "codes/" | relURL }}">All error codes</a> · <a href="{{ "index.json" | relURL }}">JSON index</a></p></footer>
</body>
</html>
""",
  "_default/single.html": """{{ define "main" }}
{{ $section := .CurrentSection }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Home</a> › <a href="{{ $section.RelPermalink }}">{{ $section.Title }}</a> › {{ .Params.topic }}</nav>
<article class="entry">
<h1 id="top">{{ with .Params.identity }}<code>{{ . }}</code> {{ end }}{{ .Title }}</h1>
<dl class="facts">
<dt>Product</dt><dd><a href="{{ $section.RelPermalink }}">{{ $section.Title }}</a></dd>
{{ with .Params.frequency }}<dt>How often</dt><dd>{{ . }}</dd>{{ end }}
<dt>Who acts</dt><dd>{{ range .Params.actors }}<span class="actor">{{ . }}</span> {{ end }}</dd>
</dl>
{{ .Content }}
{{ with $section.Params.support }}<section class="support"><p>Phone: <a href="tel:{{ .phone }}">{{ .phone }}</a> · {{ .hours }}</p>
<p><a href="{{ .ticket }}">Open a ticket</a></p><ul>{{ range .tiers }}<li>{{ .name }}: {{ .time }}</li>{{ end }}</ul>
<p>{{ .notes | markdownify }}</p></section>{{ end }}
</article>
{{ end }}
""",
  "_default/list.html": """{{ define "main" }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Home</a> › {{ .Title }}</nav>
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ range (.Pages.GroupByParam "topicweight") }}
{{ $first := index .Pages 0 }}
<section class="topic"><h2 id="topic-{{ .Key }}">{{ $first.Params.topic }}</h2>
<table class="entries"><thead><tr><th>Code</th><th>Problem</th><th>What you see</th></tr></thead><tbody>
{{ range .Pages.ByWeight }}<tr id="{{ .Params.slug }}"><td><code>{{ .Params.identity }}</code></td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.oneline }}</td></tr>
{{ end }}</tbody></table></section>
{{ end }}
{{ end }}
""",
  "_default/codes.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<table class="codes"><tbody>
{{ range sort (where .Site.RegularPages "Params.kind" "!=" nil) "Params.sortkey" }}<tr><td><code>{{ .Params.identity }}</code></td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .CurrentSection.Title }}</td></tr>
{{ end }}</tbody></table>
{{ end }}
""",
  "_default/diagram.html": """{{ define "main" }}
{{ $slug := .Params.diagram }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ol class="steps">
{{ range .Params.steps }}{{ $anchor := printf "%s#%s" $slug .id }}<li id="step-{{ .id }}">{{ .text }}
<ul>{{ range where $.Site.RegularPages "Params.happensat" $anchor }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></li>
{{ end }}</ol>
{{ end }}
""",
  "diagrams/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
""",
  "index.html": """{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<ul class="products">
{{ range .Site.Sections }}{{ if .Params.product }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Content }} ({{ len .Pages }} entries)</li>
{{ end }}{{ end }}</ul>
{{ end }}
""",
  "index.json": """{{- $entries := slice -}}
{{- range where .Site.RegularPages "Params.kind" "!=" nil -}}
{{- $entries = $entries | append (dict "id" (printf "%s/%s" .Section .Params.slug) "kind" .Params.kind "title" .Title "url" .RelPermalink "identity" .Params.identity "symptoms" .Params.oneline "cause" .Plain) -}}
{{- end -}}
{{- dict "schemaVersion" 1 "entries" $entries | jsonify -}}
""",
}


def write_hugo(gen: Generator, out: Path) -> int:
  """Writes the Hugo site and returns the number of entry pages."""
  shutil.rmtree(out, ignore_errors=True)
  (out / "content").mkdir(parents=True)
  (out / "config.toml").write_text(HUGO_CONFIG)
  for name, text in HUGO_LAYOUTS.items():
    path = out / "layouts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
  static = out / "static" / "assets"
  static.mkdir(parents=True)
  for asset in (REPO / "Sources" / "KB" / "Theme" / "assets").iterdir():
    shutil.copy2(asset, static / asset.name)
  titles = {f"{p.slug}/{e.slug}": e.title for p in gen.products for e in p.entries}
  pages = 0
  for product in gen.products:
    folder = out / "content" / product.slug
    folder.mkdir()
    (folder / "_index.md").write_text(
      "---\n"
      f"title: {yaml_string(product.title)}\n"
      "product: true\n"
      f"support: {{phone: \"888-975-{product.number:04d}\", hours: \"24/7 end-user support\", "
      f"ticket: \"https://support.example.com/{product.slug}\", notes: \"Response times depend on your plan; see the *Support Services Guide*.\", "
      'tiers: [{name: Premium, time: "24 hours"}, {name: Standard, time: "72 hours"}]}\n'
      "---\n"
      f"{product.title} connects learning platforms to the vendor; the [launch sequence](/diagrams/{product.diagram}/) shows where problems appear.\n"
    )
    for entry in product.entries:
      (folder / f"{entry.slug}.md").write_text(hugo_entry(entry, product, titles))
      pages += 1
  diagrams = out / "content" / "diagrams"
  diagrams.mkdir()
  (diagrams / "_index.md").write_text('---\ntitle: "Diagrams"\n---\n')
  for product in gen.products:
    steps = ", ".join(f'{{id: "{sid}", text: "{text}"}}' for sid, _, _, text in DIAGRAM_STEPS)
    (diagrams / f"{product.diagram}.md").write_text(
      f'---\ntitle: "{product.title} launch sequence"\nlayout: diagram\ndiagram: "{product.diagram}"\n'
      f"steps: [{steps}]\n---\nThe order of events in a launch that succeeds.\n"
    )
  for page, title in [("codes", "All error codes"), ("search", "Search")]:
    (out / "content" / f"{page}.md").write_text(f'---\ntitle: "{title}"\nlayout: codes\n---\n')
  return pages


def main(argv: list[str] | None = None) -> int:
  parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  parser.add_argument("--entries", type=int, required=True, help="how many entries to generate")
  parser.add_argument("--out", type=Path, required=True, help="the kb copy to write (its .build is kept)")
  parser.add_argument("--hugo", type=Path, help="also write the equivalent Hugo site here")
  parser.add_argument("--prose", type=Path, help="also write every CommonMark text, NUL-separated, here")
  parser.add_argument("--seed", type=int, default=7, help="the random seed (default 7)")
  parser.add_argument(
    "--topics-per-file",
    type=int,
    default=1,
    help="topics (10 entries each) per Swift file; 1, the default, is how content/ is laid out",
  )
  parser.add_argument("--repo", type=Path, default=REPO, help="the kb repository to copy (default: this one)")
  args = parser.parse_args(argv)
  if args.entries < 1:
    parser.error("--entries must be at least 1")
  gen = Generator(args.entries, args.seed)
  files = write_kb(gen, args.out.resolve(), args.repo.resolve(), args.topics_per_file)
  print(f"synthetic.py: {args.entries} entries in {len(gen.products)} products, {files} Swift files in {args.out}/content")
  if args.prose:
    args.prose.write_bytes(b"\0".join(text.encode() for text in gen.prose()))
  if args.hugo:
    pages = write_hugo(gen, args.hugo.resolve())
    print(f"synthetic.py: {pages} entry pages in {args.hugo}/content")
  return 0


if __name__ == "__main__":
  sys.exit(main())
