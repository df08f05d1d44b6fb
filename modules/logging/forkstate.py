
# ---- part 4: what a 'fork' child of multiprocessing keeps of this module -----------------
#
# A forked CPython child is a copy of its parent, so the loggers, handlers and levels the
# parent configured are there. gopy's 'fork' child gets the library afresh, so the
# multiprocessing start path asks each library module in sys.modules for its state with
# _fork_state() and hands it to _fork_restore() in the child (see multiprocessing's
# fork_library.go). Loggers pickle by name (their __reduce__), so the state is their
# attribute dictionaries, applied to the child's loggers of the same names.

_FORK_GLOBALS = ('raiseExceptions', 'logThreads', 'logMultiprocessing', 'logProcesses',
                 '_levelToName', '_nameToLevel', '_loggerClass', '_logRecordFactory',
                 'lastResort', '_saved_showwarning')


def _fork_logger_attrs(lg):
    return {k: v for k, v in vars(lg).items() if k not in ('manager', '_cache')}


def _fork_state():
    with _lock:
        g = globals()
        settings = {k: g[k] for k in _FORK_GLOBALS}
        if lastResort is _defaultLastResort:
            del settings['lastResort']
        mgr = Logger.manager
        manager = (mgr._disable, mgr.loggerClass, mgr.logRecordFactory, mgr.emittedNoHandlerWarning)
        loggers = [(None, _fork_logger_attrs(root))]
        for name, lg in list(mgr.loggerDict.items()):
            if isinstance(lg, Logger):
                loggers.append((name, _fork_logger_attrs(lg)))
        alive = [h for h in (wr() for wr in _handlerList)
                 if h is not None and h is not _defaultLastResort]
        named = dict(_handlers.items())
        return settings, manager, loggers, alive, named


def _fork_restore(state):
    settings, manager, loggers, alive, named = state
    with _lock:
        globals().update(settings)
        mgr = Logger.manager
        mgr.disable, mgr.loggerClass, mgr.logRecordFactory, mgr.emittedNoHandlerWarning = manager
        for name, attrs in loggers:
            lg = getLogger(name)
            vars(lg).update(attrs)
        for h in alive:
            _addHandlerRef(h)
        _handlers.update(named)
        mgr._clear_cache()
