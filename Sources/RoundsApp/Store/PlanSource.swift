import CHeap
import Glibc
import RoundsCore

/// How a plan's bytes are held while the plan read from them lives (README, Decisions: "bodies
/// are read on demand").
///
/// A large plan is copied, inside the kernel, to a private file of our own beside it (made with
/// `O_TMPFILE`: it has no name and goes when the last mapping does), which is mapped read-only.
/// Posts keep their bodies as places in that copy; the pages read while decoding are given back
/// as the decoder passes them, so the planner's memory holds what the screen needs, not the
/// file. The copy is ours alone: another program rewriting the plan in place (an editor that
/// truncates and writes) cannot change or cut short what our posts point at. A small plan, or
/// one whose folder takes no such file (read-only, or a file system without `O_TMPFILE`), is
/// read into memory and decoded whole, bodies and all (the file's bytes would cost more than
/// the bodies' strings).
enum PlanSource {
    /// Plans at least this large are copied and mapped; smaller ones are read into memory.
    static let mapThreshold = 1 << 20

    /// `O_TMPFILE` (with `O_DIRECTORY`, as the C macro has it), which Swift does not import.
    private static let oTmpFile: Int32 = 0o20_200_000

    struct Read {
        /// The mapped copy, or nil for a plan read into memory (`eager`).
        var bytes: PlanBytes?
        var eager: [UInt8] = []
        var fingerprint: UInt64
        /// Called by the decoder with how far it has read: gives back the pages behind.
        var progress: ((Int) -> Void)?

        init(bytes: PlanBytes, fingerprint: UInt64, progress: @escaping (Int) -> Void) {
            self.bytes = bytes
            self.fingerprint = fingerprint
            self.progress = progress
        }

        init(eager: [UInt8]) {
            self.bytes = nil
            self.eager = eager
            fingerprint = PlanStore.fingerprint(eager)
        }
    }

    static func read(_ path: String, mapThreshold: Int = PlanSource.mapThreshold) throws(DurableFile.Failure) -> Read {
        let (fd, size) = try DurableFile.openRegular(path)
        defer { close(fd) }
        if size >= mapThreshold, let mapped = copyAndMap(fd, folder: DurableFile.split(path).0) { return mapped }
        return Read(eager: try DurableFile.read(path))
    }

    /// The private copy, mapped, fingerprinted; nil when the folder or file system cannot make it.
    private static func copyAndMap(_ fd: Int32, folder: String) -> Read? {
        let tmp = open(folder, oTmpFile | O_RDWR | O_CLOEXEC, 0o600)
        guard tmp >= 0 else { return nil }
        defer { close(tmp) }
        var copied = 0
        var useSendfile = false
        while true {
            let n = useSendfile ? sendfile(tmp, fd, nil, 1 << 30) : rounds_copy_file_range(fd, tmp, 1 << 30)
            if n < 0 {
                if errno == EINTR { continue }
                if !useSendfile, copied == 0, errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL {
                    useSendfile = true
                    continue
                }
                return nil
            }
            if n == 0 { break }
            copied += n
        }
        guard copied > 0, let p = mmap(nil, copied, PROT_READ, MAP_PRIVATE, tmp, 0), p != MAP_FAILED else { return nil }
        let address = UInt(bitPattern: p), length = copied
        let base = UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self))
        let bytes = PlanBytes(mapped: UnsafeBufferPointer(start: base, count: length),
                              release: { munmap(UnsafeMutableRawPointer(bitPattern: address), length) },
                              trim: { madvise(UnsafeMutableRawPointer(bitPattern: address), length, MADV_DONTNEED) })
        // Give back the pages behind the reader every megabyte.
        let step = 1 << 20
        var released = 0
        let giveBack: (Int) -> Void = { offset in
            let upTo = offset & ~(Int(getpagesize()) - 1)
            guard upTo - released >= step else { return }
            madvise(UnsafeMutableRawPointer(bitPattern: address + UInt(released)), upTo - released, MADV_DONTNEED)
            released = upTo
        }
        let fingerprint = PlanStore.fingerprint(UnsafeRawBufferPointer(bytes.buffer), progress: giveBack)
        released = 0
        return Read(bytes: bytes, fingerprint: fingerprint, progress: giveBack)
    }
}
