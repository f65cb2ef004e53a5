import Glibc

/// A file's bytes mapped read-only into memory instead of copied: the merge driver reads three
/// whole plans of which it decodes only the posts that differ, so copying them cost more than
/// the merge. Unmapped on deinit. An empty file is an empty buffer (mmap refuses length 0).
///
/// A file truncated by another process while mapped makes reading past its new end fault
/// (SIGBUS); git's temp files, which the driver maps, are not changed while it runs.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let length: Int

    init(_ path: String) throws(DurableFile.Failure) {
        let (fd, size) = try DurableFile.openRegular(path)
        defer { close(fd) }
        length = size
        guard length > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let p = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), p != MAP_FAILED else {
            throw DurableFile.Failure(step: "mmap", errno: errno)
        }
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: length)
    }

    deinit {
        if let p = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: p), length) }
    }
}
