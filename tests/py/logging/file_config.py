# logging.config.fileConfig as CPython 3.11's: formatters, handlers whose class, args and
# kwargs are evaluated in logging's namespace, loggers, disable_existing_loggers, defaults,
# a file name, a file object or a ConfigParser, and its errors.
import configparser
import io
import logging
import logging.config
import logging.handlers
import os
import shutil
import sys
import tempfile

CONFIG = """
[loggers]
keys=root,app,lib

[handlers]
keys=console,plain,mem

[formatters]
keys=brief,detailed

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=DEBUG
handlers=plain
qualname=app
propagate=0

[logger_lib]
handlers=mem
qualname=app.lib

[handler_console]
class=StreamHandler
level=INFO
formatter=brief
args=(sys.stdout,)

[handler_plain]
class=logging.StreamHandler
formatter=detailed
args=()
kwargs={'stream': sys.stdout}

[handler_mem]
class=handlers.MemoryHandler
args=(10,)
target=plain

[formatter_brief]
format=%(levelname)s:%(name)s:%(message)s

[formatter_detailed]
format={levelname} [{name}] {message} ({custom})
style={
datefmt=%H
class=logging.Formatter
"""

old = logging.getLogger('old')
old_child = logging.getLogger('app.lib.child')
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'log.ini')
    with open(path, 'w') as f:
        f.write(CONFIG.replace('({custom})', '(file)'))
    logging.config.fileConfig(path)
    root = logging.getLogger()
    app = logging.getLogger('app')
    print(root.level, [h.name for h in root.handlers], [type(h).__name__ for h in root.handlers])
    print(app.level, app.propagate, [h.name for h in app.handlers], app.handlers[0].formatter._fmt)
    print(app.handlers[0].formatter.datefmt, type(app.handlers[0].formatter._style).__name__)
    print(root.handlers[0].level, old.disabled, old_child.disabled, logging.getLogger('app.lib').propagate)
    print(sorted(logging._handlers.keys()))
    mem = logging._handlers['mem']
    print(type(mem).__name__, mem.capacity, mem.target is app.handlers[0])
    app.debug('debug from app')
    logging.getLogger('app.lib').info('info from lib')
    logging.getLogger('other').warning('warning to root')
    logging.getLogger('other').info('info dropped')
    old.error('not shown: disabled')

    # a file object, defaults, disable_existing_loggers=False
    text = CONFIG.replace('level=DEBUG', 'level=%(lvl)s').replace('({custom})', '(fobj)')
    logging.config.fileConfig(io.StringIO(text), defaults={'lvl': 'ERROR'},
                              disable_existing_loggers=False)
    print(app.level, old.disabled, logging.getLogger('other').disabled)
    app.error('error from app')
    app.warning('warning dropped')

    # a ConfigParser instance
    cp = configparser.ConfigParser()
    cp.read_string(CONFIG.replace('({custom})', '(parser)'))
    logging.config.fileConfig(cp)
    app.info('info via parser')
    print(old.disabled, logging.getLogger('other').disabled)

    # encoding
    with open(path, 'w', encoding='latin-1') as f:
        f.write(CONFIG.replace('({custom})', '(\xe9)'))
    logging.config.fileConfig(path, encoding='latin-1')
    app.info('latin-1')

    # errors
    empty = os.path.join(d, 'empty.ini')
    open(empty, 'w').close()
    bad = os.path.join(d, 'bad.ini')
    with open(bad, 'w') as f:
        f.write('[loggers]\nkeys=root\nnot an option\n')
    cases = [
        os.path.join(d, 'missing.ini'), empty, bad,
        io.StringIO('[x]\n'),
        io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=NoSuchHandler\n'),
        io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=app\n'),
        io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nlevel=NOPE\nhandlers=\n'),
        io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=StreamHandler\nargs=(1, 2, 3)\n'),
    ]
    for case in cases:
        try:
            logging.config.fileConfig(case)
            print('configured')
        except Exception as e:
            msg = str(e).replace(d, '<tmp>')
            print(type(e).__name__, msg, type(e.__context__).__name__ if e.__context__ else None)
    logging.config.fileConfig(io.StringIO('[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nhandlers=\n'))
    print(logging.getLogger().handlers, logging.getLogger().level)
finally:
    logging.shutdown()
    shutil.rmtree(d)
