#ifndef ROUNDS_CNCURSESW_SHIM_H
#define ROUNDS_CNCURSESW_SHIM_H

// SwiftPM drops ncursesw's -D flags: define what the wide-character API needs first.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

// Hidden from Swift by the feature macros; re-declared so tests can compare widths.
extern int wcwidth(wchar_t c);

// C globals and macros Swift cannot import (or may not touch in Swift 6 mode).
static inline WINDOW *rounds_stdscr(void) { return stdscr; }
static inline int rounds_lines(void) { return LINES; }
static inline int rounds_cols(void) { return COLS; }
static inline int rounds_colors(void) { return COLORS; }
static inline int rounds_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t rounds_a_normal(void) { return A_NORMAL; }
static inline attr_t rounds_a_bold(void) { return A_BOLD; }
static inline attr_t rounds_a_reverse(void) { return A_REVERSE; }
static inline attr_t rounds_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rounds_a_dim(void) { return A_DIM; }
static inline int rounds_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rounds_key_f0(void) { return KEY_F0; }
static inline int rounds_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// A new screen on standard input and output (stdin/stdout are not Swift-6-safe globals).
static inline SCREEN *rounds_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline void rounds_flush_stdout(void) { fflush(stdout); }
/// A screen that writes to and reads from /dev/null: for tests without a terminal.
static inline SCREEN *rounds_newterm_null(const char *type) {
    FILE *out = fopen("/dev/null", "w");
    FILE *in = fopen("/dev/null", "r");
    if (!out || !in) return NULL;
    return newterm(type, out, in);
}
static inline int rounds_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// One cell: up to 5 wide characters (a base and combining marks), attributes and a pair.
static inline int rounds_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Reads back the text of a row (for the headless test).
static inline int rounds_read_row(WINDOW *win, int y, wchar_t *out, int n) {
    return mvwinnwstr(win, y, 0, out, n);
}

/// The attributes of a cell (headless test).
static inline attr_t rounds_cell_attrs(WINDOW *win, int y, int x) {
    cchar_t c;
    if (mvwin_wch(win, y, x, &c) != OK) return 0;
    return c.attr;
}

#endif
