"""Run a command as the terminal's foreground process group, so Ctrl-C reaches it and not make.

`make run` would otherwise get the SIGINT too, and make reports any run it sees interrupted as an
error. Here the command gets Ctrl-C alone, stops cleanly, and its exit status is make's.
Without a terminal (a pipe, a CI job) the command simply runs.
"""

import os
import signal
import subprocess
import sys


def terminal() -> int | None:
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return None
    try:
        if os.tcgetpgrp(fd) == os.getpgrp():
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def main(command: list[str]) -> int:
    fd = terminal()
    if fd is None:
        return subprocess.call(command)
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # taking the terminal back from the background
    child = subprocess.Popen(command, process_group=0)
    # Not before Popen: a shell cannot trap a signal that was ignored when it started.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.tcsetpgrp(fd, child.pid)
    try:
        return child.wait()
    finally:
        os.tcsetpgrp(fd, os.getpgrp())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
