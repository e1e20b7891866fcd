import KBModel

extension SiteRenderer {
  func entryPage(_ entry: Entry, topic: Topic, product: Product, path: String) -> EntryPage {
    let links = links(path)
    var place: EntryPage.Place?
    if let step = entry.happensAt, var found = stepPlace(step, links: links) {
      if let (owner, diagram) = lookup.diagram(step.diagram) {
        found.svg = diagramSVG(
          diagram, product: owner, links: links, idPrefix: "where-\(diagram.slug)", currentStep: step.step)
      }
      place = found
    }
    var deprecated: EntryPage.Deprecation?
    if let deprecation = entry.deprecation {
      var replacement: EntrySummary?
      if let ref = deprecation.replacement, let found = lookup.entry(ref, from: product.slug) {
        replacement = entrySummary(found.entry, product: found.product, links: links)
      }
      deprecated = EntryPage.Deprecation(
        html: prose(deprecation.note, product: product.slug, links: links), replacement: replacement)
    }
    return EntryPage(
      entry: entrySummary(entry, product: product, links: links),
      product: productLink(product, links: links),
      topic: PageLink(
        title: topic.title, link: links.link(SitePaths.product(product.slug) + "#topic-\(topic.slug)")),
      overviewLink: links.link(SitePaths.overviewAnchor(entry, in: product)),
      symptoms: entry.symptoms.map { symptom in
        EntryPage.SymptomItem(
          kind: symptom.kind, text: symptom.text,
          html: symptom.kind == .observation
            ? inline(symptom.text, product: product.slug, links: links) : "")
      },
      causes: entry.causes.map { ProseBlock(html: prose($0, product: product.slug, links: links)) },
      steps: steps(entry.resolution, product: product, links: links),
      variants: entry.variants.map { variant in
        EntryPage.Variant(
          platform: variant.platform,
          anchor: "resolution-" + Slug.kebab(variant.platform),
          steps: steps(variant.steps, product: product, links: links))
      },
      samples: entry.samples.map(sample),
      actors: entry.actors.map { EntryPage.Actor(label: $0.label) },
      related: entry.related.compactMap { ref in
        lookup.entry(ref, from: product.slug).map {
          entrySummary($0.entry, product: $0.product, links: links)
        }
      },
      aliases: entry.aliases,
      support: supportBlock(product, links: links),
      frequency: entry.frequency?.label,
      retry: entry.retry?.summary,
      sourceNotes: entry.sourceNotes.map { note in
        EntryPage.SourceNote(
          says: inline(note.says, product: product.slug, links: links),
          html: inline(note.note, product: product.slug, links: links))
      },
      escalation: entry.escalation.map { prose($0, product: product.slug, links: links) },
      place: place,
      outcomeOf: troubleshooterOutcomes(entry, product: product, links: links),
      deprecated: deprecated
    )
  }

  /// What lists and headings show of an entry: code, name, title, link.
  func entrySummary(_ entry: Entry, product: Product, links: LinkBuilder) -> EntrySummary {
    EntrySummary(
      slug: entry.slug,
      title: entry.title,
      kind: entry.identity.kind,
      link: links.link(SitePaths.entry(entry, in: product)),
      url: options.baseURL + SitePaths.entry(entry, in: product),
      productTitle: product.title,
      oneLine: oneLine(entry),
      code: entry.code,
      name: entry.name,
      httpStatus: entry.httpStatus.map(HTTPStatus.line),
      deprecated: entry.isDeprecated,
      anchorAliases: PublishedLinks.anchorAliases(of: entry, in: product)
    )
  }

  /// The symptom a customer recognises first, or the first cause when there is none.
  func oneLine(_ entry: Entry) -> String {
    if let symptom = entry.symptoms.first(where: { $0.kind != .httpStatus }) ?? entry.symptoms.first {
      return symptom.kind == .observation ? CommonMark.plainText(symptom.text) : symptom.text
    }
    return entry.causes.first.map(CommonMark.plainText) ?? ""
  }

  func steps(_ steps: [Step], product: Product, links: LinkBuilder) -> [EntryPage.ResolutionStep] {
    steps.map { step in
      EntryPage.ResolutionStep(
        html: prose(step.text, product: product.slug, links: links), sample: step.sample.map(sample))
    }
  }

  func sample(_ sample: CodeSample) -> EntryPage.Sample {
    EntryPage.Sample(language: sample.language, code: sample.code, title: sample.title)
  }

  func stepPlace(_ ref: StepRef, links: LinkBuilder) -> EntryPage.Place? {
    guard let (_, diagram) = lookup.diagram(ref.diagram),
      let index = diagram.stepIDs.firstIndex(of: ref.step)
    else { return nil }
    var text = ref.step
    if case .sequence(let sequence) = diagram.body { text = sequence.messages[index].text }
    if case .flowchart(let flowchart) = diagram.body, let node = flowchart.node(ref.step) {
      text = CommonMark.plainText(node.text)
    }
    return EntryPage.Place(
      diagramTitle: diagram.title,
      diagramLink: links.link(SitePaths.diagram(diagram.slug)),
      stepNumber: index + 1,
      stepText: text,
      stepLink: links.link(SitePaths.diagram(diagram.slug) + "#" + SitePaths.stepAnchor(ref.step)))
  }

  func supportBlock(_ product: Product, links: LinkBuilder) -> SupportBlock {
    let support = product.support
    return SupportBlock(
      productTitle: product.title,
      slaTiers: support.slaTiers.map { SupportBlock.Tier(name: $0.name, responseTime: $0.responseTime) },
      include: support.include,
      ticketURL: support.ticketURL,
      phone: support.phone,
      phoneLink: support.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } },
      hours: support.hours,
      notes: support.notes.map { prose($0, product: product.slug, links: links) })
  }
}
