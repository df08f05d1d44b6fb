# subprocess for gopy: child processes started by the module's Go primitive _fork_exec
# (syscall.ForkExec: no Python code runs between fork and exec, so it is safe with
# threads), their pipes as io file objects, and the waits and exchanges on them.

import builtins
import errno
import io
import os
import signal
import sys
import threading
import time
import types
import warnings
import weakref
import select as _select

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = getattr(_select, 'PIPE_BUF', 512)
_mswindows = False


def _nothing(data):
    # True for None and for empty data (gopy's VM takes every bytes object for true, so
    # emptiness is asked of len()).
    return data is None or len(data) == 0


# ---- exceptions and results ------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _set_output(exc, value):
    exc.output = value


class CalledProcessError(SubprocessError):
    """Raised by check_call(), check_output() and run(check=True) when the process exits
    with a non-zero status: returncode, cmd, output (also stdout) and stderr."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code is not None and code < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-code))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = property(lambda self: self.output, _set_output,
                      doc="Alias for output attribute, to match stderr")


class TimeoutExpired(SubprocessError):
    """Raised when a wait for a child process outlasts its timeout: cmd, timeout, and the
    output (also stdout) and stderr gathered until then."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = property(lambda self: self.output, _set_output,
                      doc="Alias for output attribute, to match stderr")


class CompletedProcess(object):
    """What run() returns: args, returncode, stdout and stderr (None where not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                shown.append('{}={!r}'.format(name, value))
        return "{}({})".format(type(self).__name__, ', '.join(shown))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- the convenience functions -----------------------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it (killing it if timeout passes) and return its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """As call(), but raise CalledProcessError for a non-zero exit code; return 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output, raising CalledProcessError when it
    exits with a non-zero code."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % name)
    if 'input' in kwargs and kwargs['input'] is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text')
                   or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess. input is sent to its
    standard input; capture_output collects stdout and stderr; past timeout the child is
    killed and TimeoutExpired raised; check raises CalledProcessError for a non-zero code."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            out, err = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception carries what was read before the deadline already.
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=out, stderr=err)
    return CompletedProcess(process.args, code, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell and return (exit code, output with stderr, last newline cut)."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as exc:
        text, code = exc.output, exc.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return code, text


def getoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell and return its output (with stderr, last newline cut)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line with the quoting rules of the MS C runtime."""
    parts = []
    for arg in map(os.fsdecode, seq):
        parts.append(_ms_quote(arg, arg == '' or ' ' in arg or '\t' in arg))
    return ' '.join(parts)


def _ms_quote(arg, enclose):
    pieces = []
    slashes = 0
    for ch in arg:
        if ch == '\\':
            slashes += 1
            continue
        if ch == '"':
            pieces.append('\\' * (slashes * 2 + 1) + '"')
        else:
            pieces.append('\\' * slashes + ch)
        slashes = 0
    tail = '\\' * (slashes * 2 if enclose else slashes)
    body = ''.join(pieces) + tail
    return '"' + body + '"' if enclose else body


# ---- children not waited for ------------------------------------------------------------
# A child whose Popen is dropped without a wait would stay a zombie. CPython reaps such
# children when the next Popen starts; gopy learns of a dropped Popen from a
# weakref.finalize callback (run when the collector frees it), which hands the pid to
# _orphans. Each new Popen reaps the orphans that have ended, and every _GC_EVERY starts
# with children still unwaited it runs the collector so dropped ones are found.

# No lock guards _orphans: _orphaned runs as a finalizer at whatever point of whatever
# code dropped the Popen (possibly code holding a lock it would take), and list appends,
# copies and removals are each atomic under the GIL.
_orphans = []
_GC_EVERY = 32
_starts = [0]


def _orphaned(pid):
    _orphans.append(pid)
    Popen._unwaited -= 1


def _reap_finished():
    _starts[0] += 1
    if _starts[0] % _GC_EVERY == 0 and Popen._unwaited > 0:
        import gc
        gc.collect()
    pending = list(_orphans)
    for pid in pending:
        try:
            done = os.waitpid(pid, os.WNOHANG)[0] == pid
        except ChildProcessError:
            done = True
        if done:
            try:
                _orphans.remove(pid)
            except ValueError:
                pass  # another thread reaped it
