
# ---- the parsers (appended to errors.py) ----


class RawConfigParser(MutableMapping):
    """A configuration: sections of options read from INI-style sources, without
    interpolation. As a mapping, its keys are the section names (the default section
    first) and its values SectionProxy objects."""

    # The line patterns (verbose; subclasses replace SECTCRE/OPTCRE to change the
    # syntax): a header is anything in brackets, an option is the shortest text before
    # a delimiter (optional with allow_no_value), the value the rest of the line.
    _SECT_TMPL = r"""
        \[ (?P<header>.+) \]
        """
    _OPT_TMPL = r"""
        (?P<option>.*?) \s* (?P<vi>{delim}) \s* (?P<value>.*)$
        """
    _OPT_NV_TMPL = r"""
        (?P<option>.*?) \s* (?: (?P<vi>{delim}) \s* (?P<value>.*) )?$
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.VERBOSE)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"), re.VERBOSE)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"), re.VERBOSE)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            alternatives = "|".join([re.escape(d) for d in delimiters])
            self._optcre = re.compile(template.format(delim=alternatives), re.VERBOSE)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        self._interpolation = interpolation
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s" % (type(interpolation),))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options --

    def defaults(self):
        return self._defaults

    def sections(self):
        """The names of the sections, without the default section."""
        return list(self._sections)

    def add_section(self, section):
        """Add an empty section; DuplicateSectionError if it exists, ValueError for the
        default section's name."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether section exists (the default section does not count)."""
        return section in self._sections

    def options(self, section):
        """The section's option names followed by those only the defaults have."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = list(self._sections[section])
        seen = set(names)
        names.extend([k for k in self._defaults if k not in seen])
        return names

    def _section_dict(self, section):
        # the dict that holds section's options (the defaults for a false name)
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def has_option(self, section, option):
        """Whether option is in section or in the defaults; a false section or the
        default section's name looks in the defaults only."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        key = self.optionxform(option)
        return key in self._sections[section] or key in self._defaults

    def set(self, section, option, value=None):
        """Set option in section (in the defaults for a false name or the default
        section's)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._section_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove option from section; whether it was there."""
        options = self._section_dict(section)
        key = self.optionxform(option)
        if key not in options:
            return False
        del options[key]
        return True

    def remove_section(self, section):
        """Remove section; whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading --

    def read(self, filenames, encoding=None):
        """Read every file of filenames (one name or an iterable of names) that can be
        opened, skipping the others; the list of names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as f:
                    self._read(f, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Read the lines f yields; source names it in errors (f.name, else '<???>')."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read a configuration held in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections from a mapping of section names to mappings of options;
        names and values are converted to str (a None value stays None)."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _comment_start(self, line):
        # Where a comment starts in line, or None. An inline prefix counts at the start
        # of the line or after whitespace; the occurrences of all the prefixes are
        # searched in rounds (each prefix's next occurrence per round) and the first
        # round that finds one that counts decides, as CPython's reader does.
        start = None
        pending = [(p, -1) for p in self._inline_comment_prefixes]
        while start is None and pending:
            following = []
            for prefix, after in pending:
                at = line.find(prefix, after + 1)
                if at < 0:
                    continue
                following.append((prefix, at))
                if at == 0 or line[at - 1].isspace():
                    start = at if start is None else min(start, at)
            pending = following
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return 0
        return start

    def _read(self, fp, fpname):
        """Parse the lines of one source into the sections. Lines indented deeper than
        an option's first line continue its value; blank lines belong to a value unless
        empty_lines_in_values is false; parse errors are gathered into one
        ParsingError raised at the end."""
        seen = set()
        options = None          # the dict of the current section
        sectname = optname = None
        indent = 0
        error = None
        lineno = 0
        for line in fp:
            lineno += 1
            cut = self._comment_start(line)
            text = line[:cut].strip()
            if not text:
                if not self._empty_lines_in_values:
                    indent = sys.maxsize
                elif (cut is None and options is not None and optname
                      and options[optname] is not None):
                    options[optname].append('')
                continue
            first = self.NONSPACECRE.search(line)
            depth = first.start() if first else 0
            if options is not None and optname and depth > indent:
                options[optname].append(text)
                continue
            indent = depth
            header = self.SECTCRE.match(text)
            if header:
                sectname = header.group('header')
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    options = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    options = self._defaults
                else:
                    options = self._dict()
                    self._sections[sectname] = options
                    self._proxies[sectname] = SectionProxy(self, sectname)
                    seen.add(sectname)
                optname = None
                continue
            if options is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            pair = self._optcre.match(text)
            if not pair:
                error = self._handle_error(error, fpname, lineno, line)
                continue
            optname, _, optval = pair.group('option', 'vi', 'value')
            if not optname:
                error = self._handle_error(error, fpname, lineno, line)
            optname = self.optionxform(optname.rstrip())
            if self._strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            options[optname] = None if optval is None else [optval.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _join_multiline_values(self):
        # values read as lists of lines become strings, then pass before_read
        every = [(self.default_section, self._defaults)]
        every.extend(self._sections.items())
        for section, options in every:
            for name in list(options):
                value = options[name]
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps the values of the constructor's defaults as given
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # -- getting values --

    def _unify_values(self, section, vars):
        # the lookup chain of get(): vars (as str), then the section, then the defaults
        if section in self._sections:
            options = self._sections[section]
        elif section == self.default_section:
            options = {}
        else:
            raise NoSectionError(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(given, options, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option, looked up in vars, section and the defaults, and
        interpolated unless raw; fallback (None included) instead of NoSectionError or
        NoOptionError when given."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        if option not in chain:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = chain[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw,
                              vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the mapping's items view; else the section's (name,
        value) pairs, defaults included, interpolated unless raw, vars overriding."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove the first section and return (name, proxy); KeyError when there is
        none (the default section is never removed)."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    # -- writing --

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI format (comments are not kept)."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    # -- the mapping of sections --

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections.keys()

    def _validate_value_types(self, *, section="", option="", value=""):
        # the str checks of ConfigParser.set and of the mapping protocol; None is a
        # value only when allow_no_value is set
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """A RawConfigParser with BasicInterpolation by default whose set() and
    add_section() accept strings only."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option; the value must be a str (or None with allow_no_value) and
        well-formed for the interpolation."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Add a section; its name must be a str."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # the constructor's defaults become strings, as read_dict makes them, but are
        # not checked by the interpolation
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """ConfigParser's old name (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser "
                      "in Python 3.2. This alias will be removed in Python 3.12."
                      " Use ConfigParser directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A live view of one section of a parser, as a mapping of its options (the
    defaults included); get and the get<converter> methods take the parser's keywords."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            attr = 'get' + conv
            setattr(self, attr, functools.partial(self.get, _impl=getattr(parser, attr)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if self._parser.has_option(self._name, key):
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not parser.has_option(self._name, key) or not parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, fallback (None unless given) when it is missing."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: setting one adds get<name> to the parser and
    its section proxies; the parser's own get<name> methods appear with value None."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            m = self.GETTERCRE.match(attr)
            if m and callable(getattr(parser, attr)):
                self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, attr, getter)
        for proxy in self._parser.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for holder in [self._parser] + list(self._parser.values()):
            try:
                delattr(holder, attr)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
