#!/usr/bin/env python3
"""Monkey test: the real planner on a pty, random keys and resizes, then quit.

Usage: monkey.py PROGRAM SEED KEYS WORKDIR
Prints one line: "ok ..." or "FAIL: reason". Checks: exit status 0 after the quit keys,
termios restored, the alternate screen left, the cursor shown, and (for rounds) the plan
file still a valid plan.
"""
import os, sys, time, random, select, signal, struct, fcntl, termios, json

program, seed, count, workdir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)

KEYS = (
    [c for c in "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 []/?<>.,;:'\"-_=+"] +
    ["\r", "\t", "\x1b[Z", "\x7f", "\x1b[3~", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[5~", "\x1b[6~",
     "\x1b[H", "\x1b[F", "\x1b[1;5D", "\x1b[1;5C", "\x1bb", "\x1bf", "\x1bOP", "\x1b[15~", "\x1b",
     "\x01", "\x05", "\x0b", "\x15", "\x17", "\x12", "\x13", "\x04",
     "é", "✓", "汉", "🚶", "👩‍👩‍👧", "e\u0301", "\xff",
     "\x1b[200~pasted line one\nline two\x1b[201~"]
)
# The overview board quits on a bare Esc (as on q, which is left out for the same reason).
if os.environ.get("MONKEY_NO_BARE_ESC"):
    KEYS = [k for k in KEYS if k != "\x1b"]

def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

# The child waits on a pipe until the terminal's size is set and its settings are recorded:
# on a busy machine the planner could otherwise be in raw mode before "before" is read.
go_read, go_write = os.pipe()
pid, master = os.forkpty()
if pid == 0:
    os.close(go_write)
    os.read(go_read, 1)
    os.chdir(workdir)
    os.execv(program, [program])
os.close(go_read)
set_size(master, 24, 80)
before = termios.tcgetattr(master)
os.write(go_write, b"x")
os.close(go_write)
out = bytearray()

def drain(timeout=0.0):
    while True:
        r, _, _ = select.select([master], [], [], timeout)
        if not r:
            return
        try:
            data = os.read(master, 65536)
        except OSError:
            return
        if not data:
            return
        out.extend(data)
        timeout = 0.0

def alive():
    try:
        p, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False, None
    return (p == 0), status

def write(data):
    b = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if data == "\xff":
        b = b"\xff"
    try:
        os.write(master, b)
    except OSError:
        pass

drain(1.0)
sent = 0
for i in range(count):
    if rng.random() < 0.01:
        set_size(master, rng.randint(1, 60), rng.randint(1, 200))
        try:
            os.kill(pid, signal.SIGWINCH)
        except ProcessLookupError:
            pass
    else:
        write(rng.choice(KEYS))
        sent += 1
    if i % 20 == 0:
        # Let the planner catch up (a debug build takes milliseconds a key): wait for its
        # output to pause, at most two seconds.
        end = time.time() + 2
        seen = len(out)
        drain(0.01)
        while len(out) != seen and time.time() < end:
            seen = len(out)
            drain(0.01)
        running, status = alive()
        if not running:
            print(f"FAIL: the planner ended after {sent} keys (status {status}); last output {bytes(out[-300:])!r}")
            sys.exit(0)

set_size(master, 24, 80)
try:
    os.kill(pid, signal.SIGWINCH)
except ProcessLookupError:
    pass
# Let the planner finish the keys it has (slow builds, sanitizers): until it is quiet for a
# second, at most two minutes.
end = time.time() + 120
while time.time() < end:
    seen = len(out)
    drain(1.0)
    if len(out) == seen:
        break
status = None
# Keys may still be queued in the terminal behind a slow build (sanitizers, a busy machine):
# keep asking to quit for up to three minutes before calling it a hang.
give_up = time.time() + 180
while time.time() < give_up:
    # One key at a time, with pauses longer than the Esc delay, so that a slow build cannot
    # read them as one Alt sequence.
    for key in ["\x1b", "\x1b", "n", "q"]:  # n answers a delete question with "keep"
        write(key)
        drain(0.3)
    deadline = time.time() + 1.0
    while time.time() < deadline:
        drain(0.05)
        running, st = alive()
        if not running:
            status = st
            break
    if status is not None:
        break
if status is None:
    if os.environ.get("MONKEY_KEEP"):
        print(f"pid {pid} kept for inspection", flush=True)
        end = time.time() + 60
        while time.time() < end:
            drain(0.1)
    os.kill(pid, signal.SIGKILL)
    print(f"FAIL: the planner did not quit after Esc and q; last output {bytes(out[-400:])!r}")
    sys.exit(0)
drain(0.2)
after = termios.tcgetattr(master)
problems = []
if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
    problems.append(f"exit status {status}")
if before != after:
    names = ["iflag", "oflag", "cflag", "lflag", "ispeed", "ospeed", "cc"]
    diff = [f"{n} {b!r}->{a!r}" for n, b, a in zip(names, before, after) if b != a]
    problems.append("termios not restored: " + ", ".join(diff)[:300])
text = bytes(out)
if text.rfind(b"\x1b[?1049h") > text.rfind(b"\x1b[?1049l"):
    problems.append("alternate screen not left")
plan = os.path.join(workdir, "plan.json")
if os.path.exists(plan):
    try:
        data = json.load(open(plan, encoding="utf-8"))
        if not isinstance(data.get("posts"), list):
            problems.append("plan has no posts list")
    except Exception as e:
        problems.append(f"plan does not parse: {e}")
print("FAIL: " + "; ".join(problems) if problems else f"ok seed {seed}: {sent} keys, exit 0, terminal restored")
