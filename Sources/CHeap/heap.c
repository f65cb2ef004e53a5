#include "heap.h"
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#define HUGE_PAGE ((uintptr_t)2 << 20)

void rounds_heap_prepare(size_t file_bytes) {
    static int done = 0;
    if (done || file_bytes < ((size_t)4 << 20) || file_bytes > ((size_t)1 << 30)) return;
    done = 1;
    // One arena for every thread: the linter's lexicon, built on a second thread while the
    // plan is read, would otherwise get a heap of its own (4.5 MiB resident for 3 MiB kept).
    mallopt(M_ARENA_MAX, 1);
    size_t want = file_bytes * 3;
    // Blocks up to 32 MiB (glibc's largest threshold) come from the heap too, not from
    // mappings of their own; freed memory stays in the heap.
    size_t threshold = want < ((size_t)32 << 20) ? want : ((size_t)32 << 20);
    size_t probe_size = threshold - 4096;
    mallopt(M_MMAP_THRESHOLD, (int)threshold);
    mallopt(M_TRIM_THRESHOLD, INT32_MAX);
    // One block larger than the free top of the heap makes malloc grow it now, by the block
    // and the padding: `want` in all.
    mallopt(M_TOP_PAD, (int)(want - probe_size < (size_t)INT32_MAX ? want - probe_size : INT32_MAX));
    uintptr_t before = (uintptr_t)sbrk(0);
    void *volatile probe = malloc(probe_size);  /* volatile: the compiler may not drop the pair */
    uintptr_t after = (uintptr_t)sbrk(0);
    free(probe);
    mallopt(M_TOP_PAD, 128 << 10);  // later growth as usual
    if (probe == NULL || before == (uintptr_t)-1 || after <= before) return;
    uintptr_t start = (before + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t end = after & ~(HUGE_PAGE - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
}

/// Under LeakSanitizer only (it calls this when present): the Swift runtime's type-name cache,
/// now linked into the binary, is reported as a leak at exit; it is the runtime's, not ours.
/// Test harnesses start `rounds` with a clean environment, so LSAN_OPTIONS would not reach it.
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
    return "leak:swift_getTypeName\n";
}

/// And without the "Suppressions used" table, which would land in the commands' stderr.
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) {
    return "print_suppressions=0";
}
