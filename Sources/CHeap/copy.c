#define _GNU_SOURCE
#include "heap.h"
#include <unistd.h>

long rounds_copy_file_range(int in_fd, int out_fd, size_t length) {
    return (long)copy_file_range(in_fd, NULL, out_fd, NULL, length, 0);
}
