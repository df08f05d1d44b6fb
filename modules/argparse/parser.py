
# ---- part 3: containers, groups and the parser ---------------------------------------

# A number such as -1 or -.5: such words are values, not options, unless the parser itself
# has an option that looks like a number.
_NEGATIVE_NUMBER = _re.compile(r'^-(?:\d+|\d*\.\d+)$')


class _ActionsContainer(object):
    """What parsers and argument groups share: adding arguments, the action registry,
    the option-string map and conflict handling."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {}
        for name, cls in ((None, _StoreAction), ('store', _StoreAction),
                          ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction), ('append', _AppendAction),
                          ('append_const', _AppendConstAction), ('count', _CountAction),
                          ('help', _HelpAction), ('version', _VersionAction),
                          ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', name, cls)
        # fails early on an unknown conflict_handler
        self._get_handler()
        self._actions, self._action_groups = [], []
        self._option_string_actions, self._defaults = {}, {}
        # a one-element list once a number-like option exists (shared with the groups)
        self._mutually_exclusive_groups, self._has_negative_number_optionals = [], []
        self._negative_number_matcher = _NEGATIVE_NUMBER

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        given = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        if given:
            return given[0]
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Declare one argument and return its action.

        A single word that does not start with a prefix character makes a positional
        argument; otherwise every word is an option string.  The keywords (action, nargs,
        const, default, type, choices, required, help, metavar, dest) configure the action.
        """
        positional = len(args) <= 1 and not (args and args[0][0] in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._get_positional_kwargs(*args, **kwargs)
        else:
            spec = self._get_optional_kwargs(*args, **kwargs)
        self._fill_default(spec)
        cls = self._pop_action_class(spec)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**spec)
        self._check_new_action(action)
        return self._add_action(action)

    def _fill_default(self, spec):
        # set_defaults() wins over argument_default; an explicit default= wins over both
        if 'default' in spec:
            return
        name = spec['dest']
        if name in self._defaults:
            spec['default'] = self._defaults[name]
        elif self.argument_default is not None:
            spec['default'] = self.argument_default

    def _check_new_action(self, action):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (convert,))
        # only parsers format; formatting the args once catches a metavar tuple of the wrong size
        make_formatter = getattr(self, '_get_formatter', None)
        if make_formatter is None:
            return
        try:
            make_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs")

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        numeric = self._has_negative_number_optionals
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if not numeric and self._negative_number_matcher.match(opt):
                numeric.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # a parent parser's arguments, each put back into a group of the same title
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r') % (mine.title))
            by_title[mine.title] = mine
        home = {}
        for theirs in container._action_groups:
            if theirs.title not in by_title:
                by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description, conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, by_title[theirs.title]))
        for mutex in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=mutex.required)
            home.update(dict.fromkeys(mutex._group_actions, copy))
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        # a positional is required unless it may be empty ('?', or '*' with a default)
        nargs = kwargs.get('nargs')
        may_be_empty = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not may_be_empty:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        options = []
        long_options = []
        for opt in args:
            if not opt[0] in self.prefix_chars:
                raise ValueError('invalid option string %(option)r: must start with a character %(prefix_chars)r'
                                 % {'option': opt, 'prefix_chars': self.prefix_chars})
            options.append(opt)
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                long_options.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = (long_options or options)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % options[0])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt]) for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s', 'conflicting option strings: %s',
                           len(conflicting_actions))
        raise ArgumentError(action, message % ', '.join(opt for opt, _a in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, other in conflicting_actions:
            other.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # a group owns no tables of its own: it reads and fills the parser's
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)
