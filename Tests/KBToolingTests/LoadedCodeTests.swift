import Foundation
import KBModel
import Testing

@testable import KBTooling

@Suite("the executable's code pages are let go after the content has loaded")
struct LoadedCodeTests {
  @Test("only the executable's own readable, executable, private mappings are code ranges")
  func codeRangesFromMaps() {
    let maps = """
      55d0c0000000-55d0c0100000 r--p 00000000 08:01 42 /opt/kb/.build/release/kb
      55d0c0100000-55d0c8000000 r-xp 00100000 08:01 42 /opt/kb/.build/release/kb
      55d0c8000000-55d0c8100000 rw-p 07f00000 08:01 42 /opt/kb/.build/release/kb
      7f1a00000000-7f1a00200000 r-xp 00000000 08:01 77 /usr/lib/libswiftCore.so
      7f1a00400000-7f1a00500000 r-xp 00000000 08:01 43 /opt/kb/.build/release/kb-other
      7f1a00600000-7f1a00700000 rw-p 00000000 00:00 0
      7ffd00000000-7ffd00001000 r-xp 00000000 00:00 0                          [vdso]
      """
    let ranges = LoadedCode.codeRanges(inMaps: maps, executable: "/opt/kb/.build/release/kb")
    #expect(ranges == [0x55d0_c010_0000..<0x55d0_c800_0000])
  }

  @Test("letting go of the code lowers how much of it is resident, and the process runs on")
  func releaseLowersResidentCode() throws {
    let before = try #require(LoadedCode.residentCodeBytes())
    #expect(before > 0)
    LoadedCode.releaseExecutablePages()
    let after = try #require(LoadedCode.residentCodeBytes())
    #expect(after < before)
    // Code that runs after the release is read back in: the process keeps working.
    #expect(Slug.kebab("Still Running") == "still-running")
  }
}
