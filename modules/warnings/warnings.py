"""Python part of the warnings subsystem."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# The filters, newest first: (action, message regex or None, category, module regex or a
# str for an exact name, or None, lineno). The defaults are those CPython 3.11's C module
# starts with in a release build.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    # Every module's __warningregistry__ remembers the version it was filled under and is
    # emptied when the filters have changed since.
    global _filters_version
    _filters_version += 1


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file=file, line=line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, line=line))


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return  # no stderr (pythonw): the warning goes nowhere
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass  # the stream is gone: a warning must not become an error


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line if msg.line is not None else _source_line(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # gopy has no tracemalloc: CPython's hint when tracing is off.
        text += "%s: Enable tracemalloc to get the object allocation traceback\n" % (
            msg.category.__name__,)
    return text


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    hook = globals().get('showwarning', _showwarning_orig)
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    hook = globals().get('formatwarning', _formatwarning_orig)
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (first, or last with append=True): warnings of category whose text
    matches the regex message (ignoring case), raised from a module whose name matches
    the regex module, at line lineno (0: any), get action, one of "error", "ignore",
    "always", "default", "module" or "once"."""
    _check_action(action)
    _verify((lambda: isinstance(message, str), "message must be a string"),
            (lambda: isinstance(category, type), "category must be a class"),
            (lambda: issubclass(category, Warning),
             "category must be a Warning subclass"),
            (lambda: isinstance(module, str), "module must be a string"))
    _check_lineno(lineno)
    import re
    _add_filter(action, re.compile(message, re.I) if message else None, category,
                re.compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """filterwarnings() for any message and any module."""
    _check_action(action)
    _check_lineno(lineno)
    anything = None
    _add_filter(action, anything, category, anything, lineno, append=append)


def _check_action(action):
    assert action in _ACTIONS, "invalid action: %r" % (action,)


def _check_lineno(lineno):
    _verify((lambda: lineno >= 0 if isinstance(lineno, int) else False,
             "lineno must be an int >= 0"))


def _verify(*checks):
    # Each check is (predicate, complaint); predicates run in order and the first
    # that fails stops the rest, as a run of assert statements would.
    for predicate, complaint in checks:
        assert predicate(), complaint


def _add_filter(*item, append):
    # A filter equal to one already there moves (to the front), or stays where it is when
    # appended.
    if item in filters:
        if append:
            _filters_mutated()
            return
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            complaint = "Invalid -W option ignored: %s" % (msg,)
            print(complaint, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, every part optional.
    parts = [p.strip() for p in arg.split(':')]
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = parts
    action = _getaction(action)
    category = _getcategory(category)
    import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if not lineno:
        lineno = 0
    else:
        try:
            lineno = int(lineno)
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
        if lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message=message, category=category, module=module,
                   lineno=lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    modname, dot, name = category.rpartition('.')
    if not dot:
        import builtins as where
    else:
        try:
            from importlib import import_module
            where = import_module(modname)
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        found = getattr(where, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    where = frame.f_code.co_filename
    return all(part in where for part in ('importlib', '_bootstrap'))


def _caller(stacklevel):
    """The frame stacklevel levels up from warn()'s caller, skipping import machinery."""
    frame = sys._getframe(2)
    for _ in range(stacklevel - 1):
        frame = _outside_import_machinery(frame.f_back)
        if frame is None:
            return None
    return frame


def _outside_import_machinery(frame):
    # The first frame from frame outwards that is not importlib's bootstrap.
    while frame is not None:
        if not _is_internal_frame(frame):
            break
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = _caller(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = namespace.get('__name__', "<string>")
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module=module,
                  registry=registry, module_globals=namespace, source=source)


def _warn_unawaited_coroutine(coro):
    # The object model calls this when a coroutine that never ran is dropped.
    text = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    try:
        sys._getframe(1)
    except ValueError:
        # Dropped at exit, with no frame running: CPython's shutdown warns from C, with
        # no source object (so without the tracemalloc hint).
        warn(text, RuntimeWarning, 2)
        return
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


def _matching_action(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if msg is not None and not msg.match(text):
            continue
        if not issubclass(category, cat):
            continue
        if mod is not None and not (mod == module if isinstance(mod, str) else mod.match(module)):
            continue
        if ln and ln != lineno:
            continue
        return action, item
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    seen_version = registry.get('version', 0)
    if seen_version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _matching_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):

    _WARNING_DETAILS = (
        "message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None
        if category:
            self._category_name = category.__name__

    def __str__(self):
        shown = (self.message, self._category_name, self.filename,
                 self.lineno, self.line)
        template = ("{message : %r, category : %r, filename : %r, "
                    "lineno : %s, line : %r}")
        return template % shown


class catch_warnings(object):

    """Save the warnings filters and showwarning on entry, and put them back on exit;
    with record=True, collect the warnings shown meanwhile in the list __enter__
    returns. action (and category, lineno, append) install a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        if module is None:
            module = sys.modules['warnings']
        self._module = module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        default_module = sys.modules['warnings']
        if self._module is not default_module:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


_processoptions(sys.warnoptions)
