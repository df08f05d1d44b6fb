

# ---- fileConfig: the configparser format (appended to config.py) ----


def _names(text):
    # the comma-separated names of a "keys" or "handlers" entry, stripped
    return [part.strip() for part in text.split(",")]


def _resolve(name):
    """Import the object a dotted name designates (a module, then attributes,
    importing submodules on the way)."""
    first, *rest = name.split('.')
    path = first
    found = __import__(first)
    for part in rest:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _create_formatters(cp):
    """The formatters of [formatters] keys, by name."""
    listed = cp["formatters"]["keys"]
    made = {}
    if not len(listed):
        return made
    for name in _names(listed):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback='%')
        factory = cp[section].get("class")
        factory = _resolve(factory) if factory else logging.Formatter
        made[name] = factory(fmt, datefmt, style)
    return made


def _install_handlers(cp, formatters):
    """The handlers of [handlers] keys, by name; class, args and kwargs are Python
    expressions evaluated in the logging module's namespace."""
    listed = cp["handlers"]["keys"]
    made = {}
    if not len(listed):
        return made
    space = vars(logging)
    targets = []
    for name in _names(listed):
        section = cp["handler_%s" % name]
        spelled = section["class"]
        formatter = section.get("formatter", "")
        try:
            klass = eval(spelled, space)
        except (AttributeError, NameError):
            klass = _resolve(spelled)
        args = eval(section.get("args", '()'), space)
        kwargs = eval(section.get("kwargs", '{}'), space)
        handler = klass(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if len(formatter):
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                # the target may come later in the list: set it once all exist
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _attach(logger, section, handlers):
    for old in logger.handlers[:]:
        logger.removeHandler(old)
    listed = section["handlers"]
    if len(listed):
        for name in _names(listed):
            logger.addHandler(handlers[name])


def _install_loggers(cp, handlers, disable_existing):
    """Configure the root logger, then the [loggers] keys; loggers configured before and
    not named now are handled as dictConfig handles them."""
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    _attach(root, section, handlers)
    existing = sorted(root.manager.loggerDict.keys())
    children = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            prefix = qualname + "."
            after = existing.index(qualname) + 1
            children.extend([n for n in existing[after:] if n.startswith(prefix)])
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for old in logger.handlers[:]:
            logger.removeHandler(old)
        logger.propagate = propagate
        logger.disabled = 0
        _attach(logger, section, handlers)
    _handle_existing_loggers(existing, children, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format source: a file name, a file object
    (anything with readline) or a RawConfigParser already filled."""
    import configparser

    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _create_formatters(cp)
    logging._acquireLock()
    try:
        _clearExistingHandlers()
        _install_loggers(cp, _install_handlers(cp, formatters), disable_existing_loggers)
    finally:
        logging._releaseLock()
