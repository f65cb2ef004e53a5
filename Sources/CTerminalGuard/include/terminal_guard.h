#ifndef ROUNDS_TERMINAL_GUARD_H
#define ROUNDS_TERMINAL_GUARD_H

/// Saves the terminal state and installs the signal handlers (before the screen is taken):
/// SIGINT, SIGTERM, SIGHUP only set a flag (no SA_RESTART, so a blocking read returns);
/// crash signals restore the terminal, then hand over to the previous handler.
void rounds_guard_install(int fd);

/// The signal that asked us to stop (and clears it), or 0.
int rounds_guard_take_signal(void);

/// Restores the saved terminal modes and leaves the alternate screen (async-signal-safe).
void rounds_guard_restore_terminal(void);

/// Stops restoring on crashes (after a normal endwin).
void rounds_guard_disarm(void);

#endif
