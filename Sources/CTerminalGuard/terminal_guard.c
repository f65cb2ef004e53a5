#define _GNU_SOURCE
#include "terminal_guard.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int saved_fd = -1;
static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t armed = 0;
static struct sigaction previous[32];
static const int crash_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};
static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void rounds_guard_restore_terminal(void) {
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_termios);
    static const char reset[] = "\033[?1049l\033[?25h\033[0m\033[?2004l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
}

static void on_stop(int sig) { pending_signal = sig; }

static void on_crash(int sig) {
    if (armed) {
        armed = 0;
        rounds_guard_restore_terminal();
    }
    // Hand over to the previous handler (Swift's backtracer) and return: the fault repeats.
    if (sig > 0 && sig < 32) sigaction(sig, &previous[sig], NULL);
    if (sig == SIGABRT || sig == SIGTRAP) raise(sig);
}

void rounds_guard_install(int fd) {
    if (tcgetattr(fd, &saved_termios) == 0) saved_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_stop;
    sa.sa_flags = 0;  // no SA_RESTART: get_wch returns so the loop can exit cleanly
    for (size_t i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++) sigaction(stop_signals[i], &sa, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    sigemptyset(&crash.sa_mask);
    crash.sa_handler = on_crash;
    crash.sa_flags = SA_NODEFER;
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        int s = crash_signals[i];
        sigaction(s, &crash, &previous[s]);
    }
    armed = 1;
}

int rounds_guard_take_signal(void) {
    int s = pending_signal;
    pending_signal = 0;
    return s;
}

void rounds_guard_disarm(void) { armed = 0; }
