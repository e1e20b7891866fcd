import KBModel

extension SiteRenderer {
  func entryContext(_ entry: Entry, topic: Topic, product: Product, path: String) -> [String: Any] {
    let links = links(path)
    var context: [String: Any] = [
      "entry": entrySummary(entry, product: product, links: links),
      "product": ["title": product.title, "link": links.link(SitePaths.product(product.slug))],
      "topic": [
        "title": topic.title, "link": links.link(SitePaths.product(product.slug) + "#topic-\(topic.slug)"),
      ],
      "overviewLink": links.link(SitePaths.overviewAnchor(entry, in: product)),
      "symptoms": entry.symptoms.map { symptom in
        [
          "text": symptom.text, symptom.kind.rawValue: true,
          "html": symptom.kind == .observation
            ? inline(symptom.text, product: product.slug, links: links) : "",
        ] as [String: Any]
      },
      "causes": entry.causes.map { ["html": prose($0, product: product.slug, links: links)] },
      "steps": steps(entry.resolution, product: product, links: links),
      "variants": entry.variants.map { variant in
        [
          "platform": variant.platform,
          "anchor": "resolution-" + Slug.kebab(variant.platform),
          "steps": steps(variant.steps, product: product, links: links),
        ] as [String: Any]
      },
      "samples": entry.samples.map(sampleContext),
      "actors": entry.actors.map { ["label": $0.label] },
      "related": entry.related.compactMap { ref -> [String: Any]? in
        guard let found = lookup.entry(ref, from: product.slug) else { return nil }
        return entrySummary(found.entry, product: found.product, links: links)
      },
      "aliases": entry.aliases,
      "support": supportContext(product, links: links),
    ]
    for (flag, list) in [
      ("hasActors", entry.actors.count), ("hasSymptoms", entry.symptoms.count),
      ("hasVariants", entry.variants.count), ("hasSamples", entry.samples.count),
      ("hasRelated", entry.related.count), ("hasAliases", entry.aliases.count),
    ] {
      context[flag] = list > 0
    }
    context.merge(guidanceContext(entry, product: product, links: links)) { $1 }
    if let frequency = entry.frequency { context["frequency"] = frequency.label }
    if let escalation = entry.escalation {
      context["escalation"] = prose(escalation, product: product.slug, links: links)
    }
    if let step = entry.happensAt, var place = stepContext(step, links: links) {
      if let (owner, diagram) = lookup.diagram(step.diagram) {
        place["svg"] = diagramSVG(
          diagram, product: owner, links: links, idPrefix: "where-\(diagram.slug)", currentStep: step.step)
      }
      context["where"] = place
    }
    let outcomes = troubleshooterOutcomes(entry, product: product, links: links)
    if !outcomes.isEmpty { context["outcomeOf"] = outcomes }
    if let deprecation = entry.deprecation {
      var notice: [String: Any] = ["html": prose(deprecation.note, product: product.slug, links: links)]
      if let ref = deprecation.replacement, let found = lookup.entry(ref, from: product.slug) {
        notice["replacement"] = entrySummary(found.entry, product: found.product, links: links)
      }
      context["deprecated"] = notice
    }
    return context
  }

  /// What lists and headings show of an entry: code, name, title, link.
  func entrySummary(_ entry: Entry, product: Product, links: LinkBuilder) -> [String: Any] {
    var summary: [String: Any] = [
      "slug": entry.slug,
      "title": entry.title,
      "kind": entry.identity.kind,
      "link": links.link(SitePaths.entry(entry, in: product)),
      "url": options.baseURL + SitePaths.entry(entry, in: product),
      "productTitle": product.title,
      "oneLine": oneLine(entry),
    ]
    if let code = entry.code { summary["code"] = code }
    if let name = entry.name { summary["name"] = name }
    if let status = entry.httpStatus { summary["httpStatus"] = HTTPStatus.line(status) }
    if entry.isDeprecated { summary["deprecated"] = true }
    summary["anchorAliases"] = PublishedLinks.anchorAliases(of: entry, in: product)
    return summary
  }

  /// The symptom a customer recognises first, or the first cause when there is none.
  func oneLine(_ entry: Entry) -> String {
    if let symptom = entry.symptoms.first(where: { $0.kind != .httpStatus }) ?? entry.symptoms.first {
      return symptom.kind == .observation ? CommonMark.plainText(symptom.text) : symptom.text
    }
    return entry.causes.first.map(CommonMark.plainText) ?? ""
  }

  func steps(_ steps: [Step], product: Product, links: LinkBuilder) -> [[String: Any]] {
    steps.map { step in
      var context: [String: Any] = ["html": prose(step.text, product: product.slug, links: links)]
      if let sample = step.sample { context["sample"] = sampleContext(sample) }
      return context
    }
  }

  func sampleContext(_ sample: CodeSample) -> [String: Any] {
    var context: [String: Any] = ["language": sample.language, "code": sample.code]
    if let title = sample.title { context["title"] = title }
    return context
  }

  func stepContext(_ ref: StepRef, links: LinkBuilder) -> [String: Any]? {
    guard let (_, diagram) = lookup.diagram(ref.diagram),
      let index = diagram.stepIDs.firstIndex(of: ref.step)
    else { return nil }
    var text = ref.step
    if case .sequence(let sequence) = diagram.body { text = sequence.messages[index].text }
    if case .flowchart(let flowchart) = diagram.body, let node = flowchart.node(ref.step) {
      text = CommonMark.plainText(node.text)
    }
    return [
      "diagramTitle": diagram.title,
      "diagramLink": links.link(SitePaths.diagram(diagram.slug)),
      "stepNumber": index + 1,
      "stepText": text,
      "stepLink": links.link(SitePaths.diagram(diagram.slug) + "#" + SitePaths.stepAnchor(ref.step)),
    ]
  }

  func supportContext(_ product: Product, links: LinkBuilder) -> [String: Any] {
    let support = product.support
    var context: [String: Any] = [
      "productTitle": product.title,
      "slaTiers": support.slaTiers.map { ["name": $0.name, "responseTime": $0.responseTime] },
      "include": support.include,
      "hasSLATiers": !support.slaTiers.isEmpty,
      "hasInclude": !support.include.isEmpty,
    ]
    if let url = support.ticketURL { context["ticketURL"] = url }
    if let phone = support.phone {
      context["phone"] = phone
      context["phoneLink"] = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
    }
    if let hours = support.hours { context["hours"] = hours }
    if let notes = support.notes { context["notes"] = prose(notes, product: product.slug, links: links) }
    return context
  }
}
