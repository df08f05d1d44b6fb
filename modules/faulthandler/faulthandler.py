# gopy's faulthandler: what of CPython 3.11's module a Go runtime allows. Tracebacks are
# written straight to a file descriptor in CPython's format ("Stack (most recent call
# first):", '  File "...", line N in name'); enable/disable/is_enabled keep CPython's
# state and argument checks, but a fatal error in gopy is reported by Go's runtime, not
# by a dump of the Python stack; register dumps through a Python signal handler; the
# dumps of "all threads" show the calling thread only (gopy cannot read the frames of
# other threads), and dump_traceback_later's watchdog, a thread of its own, names the
# main thread without its frames.

import os
import sys

_MAX_DEPTH = 100
_FATAL = (4, 6, 7, 8, 11)       # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV
_state = {'file': None, 'all_threads': True}
_watchdog = None
_registered = {}                # signum -> (previous handler, file, all_threads, chain)


def _fileno(file):
    # CPython's rules for the file argument: None means sys.stderr, an int is a
    # descriptor, anything else must have fileno() (and is flushed)
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descripter")
        return file, None
    fd = file.fileno()
    if not isinstance(fd, int):
        raise RuntimeError("file.fileno() is not a valid file descriptor")
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    try:
        file.flush()
    except Exception:
        pass
    return fd, file


def _thread_header(current):
    import threading
    return "%s 0x%016x (most recent call first):\n" % (
        "Current thread" if current else "Thread", threading.get_ident())


def _stack_text(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_DEPTH:
            lines.append("  ...\n")
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno,
                                                      code.co_name))
        frame = frame.f_back
        depth += 1
    if not lines:
        lines.append("  <no Python frame>\n")
    return ''.join(lines)


def _write(fd, text):
    data = text.encode('utf-8', 'backslashreplace')
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass


def _dump(fd, frame, all_threads):
    head = _thread_header(True) if all_threads else "Stack (most recent call first):\n"
    _write(fd, head + _stack_text(frame))


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the calling thread to file (sys.stderr by default)."""
    fd, _ = _fileno(file)
    _dump(fd, sys._getframe(1), all_threads)


def enable(file=None, all_threads=True):
    """Enable the fault handler (in gopy: record the file; Go's runtime reports fatal
    errors)."""
    fd, keep = _fileno(file)
    _state['file'] = keep if keep is not None else fd
    _state['all_threads'] = all_threads
    _state['enabled'] = True


def disable():
    """Disable the fault handler; whether it was enabled."""
    was = _state.pop('enabled', False)
    _state['file'] = None
    return was


def is_enabled():
    """Whether the fault handler is enabled."""
    return _state.get('enabled', False)


def _seconds(timeout):
    timeout = float(timeout)
    if timeout * 1e9 >= 2.0 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    return timeout


def _timeout_text(timeout):
    micros = int(round(timeout * 1e6))
    secs, micros = divmod(micros, 1000000)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    text = "Timeout (%d:%02d:%02d" % (hours, mins, secs)
    if micros:
        text += ".%06d" % micros
    return text + ")!\n"


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """After timeout seconds (every timeout seconds with repeat), write the threads'
    tracebacks to file; with exit, then end the process with status 1."""
    timeout = _seconds(timeout)
    fd, keep = _fileno(file)
    cancel_dump_traceback_later()
    import threading

    stop = threading.Event()
    main_ident = threading.main_thread().ident

    def watch():
        while not stop.wait(timeout):
            _write(fd, _timeout_text(timeout) +
                   "Thread 0x%016x (most recent call first):\n  <no Python frame>\n" % main_ident)
            if exit:
                os._exit(1)
            if not repeat:
                break

    global _watchdog
    _watchdog = (stop, keep)
    threading.Thread(target=watch, name='faulthandler watchdog', daemon=True).start()


def cancel_dump_traceback_later():
    """Cancel the last dump_traceback_later()."""
    global _watchdog
    if _watchdog is not None:
        _watchdog[0].set()
        _watchdog = None


def _check_signum(signum):
    import signal
    if not 1 <= signum < signal.NSIG:
        raise ValueError("signal number out of range")
    return signal


def register(signum, file=None, all_threads=True, chain=False):
    """Write the traceback to file when signal signum arrives (then call the previous
    handler too with chain)."""
    signum = int(signum)
    if signum in _FATAL:
        raise RuntimeError("signal %i cannot be registered, use enable() instead" % signum)
    signal = _check_signum(signum)
    fd, keep = _fileno(file)

    def on_signal(num, frame):
        if frame is None:
            frame = sys._getframe(1)    # gopy's handlers run above the interrupted frame
        _dump(fd, frame, all_threads)
        if chain:
            previous = _registered[num][0]
            if callable(previous):
                previous(num, frame)

    try:
        previous = signal.signal(signum, on_signal)
    except OSError:
        raise OSError(22, 'Invalid argument') from None
    if signum in _registered:
        previous = _registered[signum][0]
    _registered[signum] = (previous, keep, all_threads, chain)


def unregister(signum):
    """Stop register()'s handling of signum; whether it was registered."""
    signal = _check_signum(signum)
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[0] if entry[0] is not None else signal.SIG_DFL)
    return True
