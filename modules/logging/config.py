# gopy's logging.config: dictConfig (schema version 1) as CPython 3.11's, with its
# "ext://" and "cfg://" references, "()" factories and "." properties, and fileConfig
# (the configparser format, fileconfig.py appended to this file). listen is not here.

import io
import os
import re
import sys
import logging
import logging.handlers

IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.IGNORECASE)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _clearExistingHandlers():
    # a new configuration starts from no handlers: flush and close the old ones
    logging._handlers.clear()
    doomed = list(logging._handlerList)
    logging.shutdown(doomed)
    del logging._handlerList[:]


class BaseConfigurator(object):
    """Resolves dotted names and the ext:// and cfg:// references of a configuration."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    _ref = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    _first = re.compile(r'^\s*(\w+)\s*')
    _dot = re.compile(r'^\.\s*(\w+)\s*')
    _index = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    _digits = re.compile(r'^\d+$')

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        parts = s.split('.')
        dotted = parts.pop(0)
        try:
            found = self.importer(dotted)
            for part in parts:
                dotted += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(dotted)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self._first.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        found = self.convert(self.config[m.groups()[0]])
        while rest:
            m = self._dot.match(rest)
            if m:
                found = found[m.groups()[0]]
            else:
                m = self._index.match(rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.groups()[0]
                if self._digits.match(key):
                    try:
                        found = found[int(key)]
                    except TypeError:
                        found = found[key]
                else:
                    found = found[key]
            rest = rest[m.end():]
            found = self.convert(found)
        return found

    def convert(self, value):
        if isinstance(value, str):
            m = self._ref.match(value)
            if m:
                method = self.value_converters.get(m.group('prefix'))
                if method:
                    return getattr(self, method)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary to the logging module."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        with logging._lock:
            if config.pop('incremental', False):
                self._configure_incremental(config)
            else:
                self._configure_all(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            level = handlers[name].get('level', None)
            if level:
                logging._handlers[name].setLevel(logging._checkLevel(level))
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                cfg = loggers[name]
                self.configure_logger(name, cfg, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_all(self, config):
        disable_old = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, make, what in (('formatters', self.configure_formatter, 'formatter'),
                                    ('filters', self.configure_filter, 'filter')):
            entries = config.get(section, {})
            for name in entries:
                try:
                    entries[name] = make(entries[name])
                except Exception as e:
                    raise ValueError('Unable to configure %s %r' % (what, name)) from e
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                cause_text = str(e.__cause__)
                if 'target not configured yet' in cause_text:
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                at = existing.index(name) + 1
                while at < len(existing) and existing[at].startswith(prefix):
                    children.append(existing[at])
                    at += 1
                existing.remove(name)
            try:
                cfg = loggers[name]
                self.configure_logger(name, cfg)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, children, disable_old)
        rootcfg = config.get('root', None)
        if rootcfg:
            try:
                self.configure_root(rootcfg)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _make_handler(self, handlers, name):
        made = self.configure_handler(handlers[name])
        made.name = name
        handlers[name] = made

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # a factory that takes fmt rather than format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        klass = self.resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return klass(fmt, datefmt, style, config['validate'])
        return klass(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        original = dict(config)
        fmt_name = config.pop('formatter', None)
        formatter = fmt_name
        if fmt_name:
            try:
                formatter = self.config['formatters'][fmt_name]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % fmt_name) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(original)
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # an old-style factory that takes strm
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            numeric = logging._checkLevel(level)
            result.setLevel(numeric)
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                found = self.config['handlers'][h]
                logger.addHandler(found)
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            numeric = logging._checkLevel(level)
            logger.setLevel(numeric)
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        handlers = config.get('handlers', None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        flag = config.get('propagate', None)
        if flag is not None:
            logger.propagate = flag

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # Loggers of the old configuration that the new one does not name: the children of
    # a named logger are reset (level, handlers, propagation), the others are disabled
    # or not, as the caller says. None is deleted: threads may still hold them.
    for name in existing:
        node = logging.root.manager.loggerDict[name]
        if name not in child_loggers:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def dictConfig(config):
    """Configure logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()
