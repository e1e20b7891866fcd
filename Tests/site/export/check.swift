// Looks up every entry of the exported ErrorCatalog.swift by code, name, status and type, checks
// that each page exists in the built site given as the first argument (when one is), and prints
// the entries and the problems found as one line of JSON for Tests/site/test_export.py.
import Foundation

func retryJSON(_ retry: ErrorCatalog.Retry?) -> Any {
  switch retry {
  case nil: return NSNull()
  case .retry(let attempts)?: return ["kind": "retry", "attempts": attempts]
  case .afterRetryAfter(let seconds, let attempts)?:
    return ["kind": "retry-after", "defaultSeconds": seconds, "attempts": attempts]
  case .backoff(let attempts)?: return ["kind": "backoff", "attempts": attempts]
  case .rereadAndRetry(let attempts)?: return ["kind": "reread-and-retry", "attempts": attempts]
  case .later?: return ["kind": "later"]
  case .doNotRetry?: return ["kind": "do-not-retry"]
  }
}

func checkCatalog() {
  let site = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : nil
  var problems: [String] = []
  var rows: [Any] = []
  for entry in ErrorCatalog.all {
    if !entry.url.hasPrefix(ErrorCatalog.siteURL) { problems.append("not under the site: \(entry.url)") }
    if let site {
      let page = site + "/" + entry.url.dropFirst(ErrorCatalog.siteURL.count) + "index.html"
      if !FileManager.default.fileExists(atPath: page) { problems.append("no page: \(entry.url)") }
    }
    if let code = entry.code, !ErrorCatalog.entries(code: code, product: entry.product).contains(entry) {
      problems.append("code not found: \(code)")
    }
    if let name = entry.name, !ErrorCatalog.entries(name: name).contains(entry) {
      problems.append("name not found: \(name)")
    }
    if let status = entry.status, !ErrorCatalog.entries(status: status).contains(entry) {
      problems.append("status not found: \(status)")
    }
    if ErrorCatalog.entry(type: entry.type) != entry { problems.append("type not found: \(entry.type)") }
    rows.append([
      "product": entry.product, "code": entry.code ?? NSNull(), "name": entry.name ?? NSNull(),
      "status": entry.status ?? NSNull(), "title": entry.title, "retry": retryJSON(entry.retry),
      "deprecated": entry.deprecated, "url": entry.url,
    ])
  }
  if !ErrorCatalog.entries(code: "no such code").isEmpty { problems.append("an unknown code was found") }
  let report: [String: Any] = ["problems": problems, "entries": rows]
  let data = (try? JSONSerialization.data(withJSONObject: report)) ?? Data()
  print(String(decoding: data, as: UTF8.self))
}
