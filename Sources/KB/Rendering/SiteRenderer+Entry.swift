import KBModel

extension SiteRenderer {
  func entryPage(_ entry: Entry, topic: Topic, product: Product, path: String) -> EntryPage {
    let links = links(path)
    var place: EntryPage.Place?
    if let step = entry.happensAt, var found = stepPlace(step, links: links) {
      if let (owner, diagram) = lookup.diagram(step.diagram) {
        found.svg = diagramSVG(
          diagram, product: owner, links: links, idPrefix: "where-\(diagram.slug)", currentStep: step.step)
        found.hasBands = Self.hasBands(diagram)
        found.marksEntries = !entriesByStep(diagram).isEmpty
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
        title: topic.title, link: links.link(SitePaths.topic(topic.slug, in: product.slug))),
      overviewLink: links.link(SitePaths.overviewAnchor(entry, in: product)),
      symptoms: entry.symptoms.map { symptom in
        EntryPage.SymptomItem(
          kind: symptom.kind, text: symptom.text,
          html: symptom.kind == .observation
            ? inline(symptom.text, product: product.slug, links: links) : "")
      },
      causes: entry.causes.map { ProseBlock(html: prose($0, product: product.slug, links: links)) },
      steps: steps(entry.resolution, product: product, links: links, idPrefix: "resolution"),
      variants: entry.variants.map { variant in
        let anchor = "resolution-" + Slug.kebab(variant.platform)
        return EntryPage.Variant(
          platform: variant.platform, anchor: anchor,
          steps: steps(variant.steps, product: product, links: links, idPrefix: anchor))
      },
      samples: entry.samples.enumerated().map { sample($1, id: "sample-\($0 + 1)") },
      actors: entry.actors.enumerated().map { index, actor in
        EntryPage.Role(
          label: site.phrase(of: actor, at: index),
          separator: ListSentence.separator(at: index, count: entry.actors.count))
      },
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
      deprecated: deprecated,
      lastReviewed: entry.lastReviewed,
      editLink: options.editURL.map {
        "\($0)\(entry.location.relativeToPackage.file)#L\(entry.location.line)"
      },
      structuredData: structuredData(entry, topic: topic, product: product),
      problemDetails: ProblemType(entry, in: product, baseURL: options.baseURL)?.sampleText,
      reply: EntryReply(entry, in: product, lookup: lookup, options: options),
      entryID: "\(product.slug)/\(entry.slug)",
      ticketCode: entry.code ?? entry.shownName ?? options.url(SitePaths.shortLink(of: entry))
    )
  }

  /// The entry as a schema.org `TechArticle`, for search engines and chat tools.
  func structuredData(_ entry: Entry, topic: Topic, product: Product) -> String {
    let oneLine = facts(of: entry, in: product).oneLine
    let description = oneLine.isEmpty ? entry.title : oneLine
    var members: [(String, JSONValue)] = [
      ("@context", .string("https://schema.org")),
      ("@type", .string("TechArticle")),
      ("headline", .string(Self.headline(entryTitle(entry)))),
      ("description", .string(description)),
      ("inLanguage", .string("en")),
      ("articleSection", .string(topic.title)),
      ("about", .object([("@type", .string("SoftwareApplication")), ("name", .string(product.title))])),
    ]
    var website: [(String, JSONValue)] = [("@type", .string("WebSite")), ("name", .string(site.title))]
    // Structured data wants absolute addresses, which only a site URL gives.
    if let siteURL = options.siteURL {
      let url = siteURL + SitePaths.entry(entry, in: product)
      members += [("url", .string(url)), ("mainEntityOfPage", .string(url))]
      website.append(("url", .string(siteURL)))
    }
    members.append(("isPartOf", .object(website)))
    let keywords = [entry.code, entry.shownName].compactMap { $0 }
    if !keywords.isEmpty { members.append(("keywords", .strings(keywords))) }
    if let date = entry.lastReviewed ?? product.lastUpdated {
      members.append(("dateModified", .string(date)))
    }
    return JSONValue.object(members).serialized()
  }

  /// Search engines show headlines of at most 110 characters.
  static func headline(_ title: String) -> String {
    title.count <= 110 ? title : String(title.prefix(109)) + "…"
  }

  /// What lists and headings show of an entry: code, name, title, link.
  func entrySummary(_ entry: Entry, product: Product, links: LinkBuilder) -> EntrySummary {
    let facts = facts(of: entry, in: product)
    return EntrySummary(
      slug: entry.slug,
      title: entry.title,
      kind: entry.identity.kind,
      link: links.link(SitePaths.entry(entry, in: product)),
      url: copiedURL(SitePaths.entry(entry, in: product), links: links),
      productTitle: product.title,
      oneLine: facts.oneLine,
      code: entry.code,
      name: entry.shownName,
      httpStatus: facts.httpStatus,
      deprecated: entry.isDeprecated,
      anchorAliases: facts.anchorAliases,
      shortLink: links.link(SitePaths.shortLink(of: entry)),
      shortURL: copiedURL(SitePaths.shortLink(of: entry), links: links),
      seen: facts.seen
    )
  }

  /// The address a copy button copies: the published one, or in an offline copy, which has no
  /// address but its files, the link to the file, which the page resolves to its `file:` URL.
  func copiedURL(_ path: String, links: LinkBuilder) -> String {
    options.offline && options.siteURL == nil ? links.link(path) : options.url(path)
  }

  /// What every summary of the entry shows whatever the page, worked out once per entry.
  func facts(of entry: Entry, in product: Product) -> EntryFacts {
    entryFacts[EntryFacts.key(entry, in: product)] ?? EntryFacts(entry, in: product)
  }

  func steps(_ steps: [Step], product: Product, links: LinkBuilder, idPrefix: String)
    -> [EntryPage.ResolutionStep]
  {
    steps.enumerated().map { index, step in
      EntryPage.ResolutionStep(
        html: prose(step.text, product: product.slug, links: links),
        sample: step.sample.map { sample($0, id: "\(idPrefix)-sample-\(index + 1)") })
    }
  }

  /// A sample with an id unique on its page, each language's tab and panel named after it.
  func sample(_ sample: CodeSample, id: String) -> EntryPage.Sample {
    EntryPage.Sample(
      id: id, title: sample.title,
      languages: sample.languages.map { one in
        EntryPage.Sample.Language(
          id: "\(id)-\(one.language)", language: one.language,
          label: CodeSample.label(of: one.language), code: one.code)
      })
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
      stepLink: links.link(SitePaths.step(ref.step, inDiagram: diagram.slug)))
  }

  func supportBlock(_ product: Product, links: LinkBuilder) -> SupportBlock {
    let key = "\(product.slug)\n\(links.depth)\n\(links.absoluteBase ?? "")"
    return supportBlocks.value(for: key) { makeSupportBlock(product, links: links) }
  }

  private func makeSupportBlock(_ product: Product, links: LinkBuilder) -> SupportBlock {
    let support = product.support
    return SupportBlock(
      productTitle: product.title,
      slaTiers: support.slaTiers.map { SupportBlock.Tier(name: $0.name, responseTime: $0.responseTime) },
      include: support.include.map { inline($0, product: product.slug, links: links) },
      ticketURL: support.ticketURL,
      phone: support.phone,
      phoneLink: support.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } },
      email: support.email,
      chatURL: support.chatURL,
      hours: support.hours,
      notes: support.notes.map { prose($0, product: product.slug, links: links) })
  }
}
