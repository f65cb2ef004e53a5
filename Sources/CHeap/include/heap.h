#ifndef ROUNDS_HEAP_H
#define ROUNDS_HEAP_H
#include <stddef.h>

/// Prepares the heap for decoding a plan file of `file_bytes` bytes: the heap grows once by
/// about three times that, and the kernel is asked to back the new part with 2 MiB pages.
/// Decoding a large plan touches tens of megabytes of fresh memory, and taking it 4 KiB page
/// fault by page fault was a quarter of the load time (the same as glibc's
/// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which only works when set before the process starts).
/// Does nothing for small files, or when the heap cannot be grown.
void rounds_heap_prepare(size_t file_bytes);

/// `copy_file_range(2)` from the current offsets (Swift does not import it): the kernel copies
/// up to `length` bytes of `in_fd` to `out_fd` (a reflink where the file system has them).
/// Returns the bytes copied, 0 at the end, -1 with errno set.
long rounds_copy_file_range(int in_fd, int out_fd, size_t length);

#endif
