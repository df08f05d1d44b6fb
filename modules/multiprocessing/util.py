# gopy's multiprocessing.util: the logging helpers of CPython 3.11's module (the rest of
# util, finalizers and the exit function, is Go in package multiprocessing).

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr',
           'SUBDEBUG', 'SUBWARNING']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s"

_logger = None
_log_to_stderr = False


def _emit(level, msg, args):
    if _logger:
        _logger.log(level, msg, *args)


def sub_debug(msg, *args):
    _emit(SUBDEBUG, msg, args)


def debug(msg, *args):
    _emit(DEBUG, msg, args)


def info(msg, *args):
    _emit(INFO, msg, args)


def sub_warning(msg, *args):
    _emit(SUBWARNING, msg, args)


def get_logger():
    """The 'multiprocessing' logger (it does not propagate to the root logger)."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            found = logging.getLogger(LOGGER_NAME)
            found.propagate = 0
            _logger = found
            # the exit function, which logs, must run before logging shuts down
            import multiprocessing
            multiprocessing._exit_function_last()
    return _logger


def log_to_stderr(level=None):
    """The multiprocessing logger with a handler that writes to stderr."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    layout = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler.setFormatter(layout)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


# What a 'fork' child keeps of this module (see fork_library.go): whether the parent had
# asked for the logger. logging's own state (the logger's level and handlers) comes
# before this is restored, since "logging" sorts before "multiprocessing.util".
def _fork_state():
    return _logger is not None, _log_to_stderr


def _fork_restore(state):
    global _log_to_stderr
    had_logger, _log_to_stderr = state
    if had_logger:
        get_logger()
