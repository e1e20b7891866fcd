import ArgumentParser
import Foundation
import KB
import KBModel
import KBTooling

/// What `index.json` and the search index are made from, as one line: the executable's identity
/// (device, inode, size, modification time; the content is compiled into it) and the options.
enum IndexKey {
  static func current(options: RenderOptions) -> String? {
    guard let executable = Bundle.main.executablePath else { return nil }
    var status = stat()
    guard stat(executable, &status) == 0 else { return nil }
    let parts: [String] = [
      "kb-index-1", executable, "\(status.st_dev)", "\(status.st_ino)", "\(status.st_size)",
      modified(status), options.baseURL, "\(options.offline)",
      options.editURL ?? "", options.feedbackURL ?? "", "\(options.searchShardsAbove)",
    ]
    return parts.joined(separator: " | ").replacingOccurrences(of: "\n", with: " ")
  }

  private static func modified(_ status: stat) -> String {
    #if os(Linux)
      "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    #else
      "\(status.st_mtimespec.tv_sec).\(status.st_mtimespec.tv_nsec)"
    #endif
  }
}
