# gopy's getpass: getuser from the environment or the password database, and getpass
# reading from the controlling terminal with echo off (else from stdin, else with echo
# and CPython's GetPassWarning), as CPython 3.11's on Unix.

import contextlib
import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password
    database's entry for the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        found = os.environ.get(name)
        if found:
            return found
    import pwd
    return pwd.getpwuid(os.getuid())[0]


def _raw_input(prompt="", stream=None, input=None):
    # one line from input after prompt on stream, without its newline; EOFError at
    # the end of the input
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            stream.write(prompt.encode(stream.encoding, 'replace').decode(stream.encoding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo on, after warning that it may be echoed."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt on stream (the terminal by default, else stderr) and read a password
    with echo off from the controlling terminal, else from stdin."""
    secret = None
    with contextlib.ExitStack() as stack:
        try:
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            tty = stack.enter_context(io.FileIO(fd, 'w+'))
            source = stack.enter_context(io.TextIOWrapper(tty))
            stream = stream or source
        except OSError:
            stack.close()
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, ValueError):
                fd = None
                secret = fallback_getpass(prompt, stream)
            source = sys.stdin
            stream = stream or sys.stderr
        if fd is not None:
            try:
                modes = _echo_off(fd)
                try:
                    secret = _raw_input(prompt, stream, input=source)
                finally:
                    _echo_restore(fd, modes)
                    stream.flush()
            except OSError:
                if secret is not None:
                    raise
                if stream is not source:
                    stack.close()
                secret = fallback_getpass(prompt, stream)
        stream.write('\n')
        return secret


getpass = unix_getpass
