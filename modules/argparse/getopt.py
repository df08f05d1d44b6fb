# gopy's getopt: C-style (getopt) and GNU-style (gnu_getopt) parsing of command-line
# options, with CPython 3.11's results and GetoptError messages.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    """A bad option: msg says what, opt names it ('' when none)."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Options up to the first argument that is not one; returns (pairs, the rest)."""
    pairs = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            pairs, args = _long(pairs, args[0][2:], longopts, args[1:])
        else:
            pairs, args = _short(pairs, args[0][1:], shortopts, args[1:])
    return pairs, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and arguments may be mixed (unless the short options
    start with '+' or POSIXLY_CORRECT is set)."""
    pairs = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first = True
    while args:
        head = args[0]
        if head == '--':
            rest += args[1:]
            break
        if head[:2] == '--':
            pairs, args = _long(pairs, head[2:], longopts, args[1:])
        elif head[:1] == '-' and head != '-':
            pairs, args = _short(pairs, head[1:], shortopts, args[1:])
        elif stop_at_first:
            rest += args
            break
        else:
            rest.append(head)
            args = args[1:]
    return pairs, rest


def _long(pairs, text, longopts, args):
    name, eq, value = text.partition('=')
    value = value if eq else None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    pairs.append(('--' + name, value or ''))
    return pairs, args


def _match_long(name, longopts):
    # (takes an argument, full name) of the one long option name abbreviates
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    only = candidates[0]
    if only.endswith('='):
        return True, only[:-1]
    return False, only


def _short(pairs, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_arg(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        pairs.append(('-' + opt, value))
    return pairs, args


def _short_takes_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
