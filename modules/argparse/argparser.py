
# ---- part 4: ArgumentParser -----------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a command line into a Namespace, with CPython's usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class, self.fromfile_prefix_chars = formatter_class, fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)
        first = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            text = _('show this help message and exit')
            self.add_argument(first + 'h', first * 2 + 'help', action='help', default=SUPPRESS,
                              help=text)
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(key, getattr(self, key)) for key in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            msg = _('cannot have multiple subparser arguments')
            self.error(msg)
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        if not ('title' in kwargs or 'description' in kwargs):
            self._subparsers = self._positionals
        else:
            heading = _(kwargs.pop('title', 'subcommands'))
            blurb = _(kwargs.pop('description', None))
            self._subparsers = self.add_argument_group(heading, blurb)
        if kwargs.get('prog') is None:
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        make = self._pop_action_class(kwargs, 'parsers')
        sub = make(option_strings=[], **kwargs)
        self._subparsers._add_action(sub)
        return sub

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # ---- parsing

    def parse_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return result

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for act in self._actions:
            key = act.dest
            if key is SUPPRESS or hasattr(namespace, key):
                continue
            if act.default is not SUPPRESS:
                setattr(namespace, key, act.default)
        for key, preset in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, preset)
        try:
            parsed, rest = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(parsed, _UNRECOGNIZED_ARGS_ATTR):
            rest.extend(getattr(parsed, _UNRECOGNIZED_ARGS_ATTR))
            delattr(parsed, _UNRECOGNIZED_ARGS_ATTR)
        return parsed, rest

    def parse_intermixed_args(self, args=None, namespace=None):
        """parse_args where optionals and positionals may be interleaved freely."""
        result, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return result

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Two passes: the optionals first (positionals left over), then the positionals
        from what was left over."""
        positionals = self._get_positional_actions()
        for act in positionals:
            if act.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % act.nargs)
        for mx in self._mutually_exclusive_groups:
            if any(act in positionals for act in mx._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        usage = self.usage
        try:
            if usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            # pass 1: positionals take nothing and set nothing
            saved = [(act, act.nargs, act.default) for act in positionals]
            for act in positionals:
                act.save_nargs, act.save_default = act.nargs, act.default
                act.nargs = act.default = SUPPRESS
            try:
                namespace, left = self.parse_known_args(args, namespace)
                for act in positionals:
                    if getattr(namespace, act.dest, None) == [] and hasattr(namespace, act.dest):
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (act.dest, namespace))
                        delattr(namespace, act.dest)
            finally:
                for act, nargs, default in saved:
                    act.nargs, act.default = nargs, default
            # pass 2: nothing is required any more, the positionals read what is left
            optionals = self._get_optional_actions()
            loosened = [(act, act.required) for act in optionals]
            loosened += [(mx, mx.required) for mx in self._mutually_exclusive_groups]
            for owner, _ in loosened:
                owner.save_required = owner.required
                owner.required = False
            try:
                namespace, extras = self.parse_known_args(left, namespace)
            finally:
                for owner, required in loosened:
                    owner.required = required
        finally:
            self.usage = usage
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is None:
            pass
        else:
            arg_strings = self._read_args_from_files(arg_strings)
        # which actions exclude which (mutually exclusive groups)
        conflicts = {}
        for mx in self._mutually_exclusive_groups:
            members = mx._group_actions
            for i, member in enumerate(members):
                conflicts.setdefault(member, []).extend(members[:i] + members[i + 1:])
        # classify the strings: 'O' an option, 'A' an argument, '-' the '--' separator
        options_at = {}
        kinds = []
        rest_are_args = False
        for i, arg in enumerate(arg_strings):
            if rest_are_args:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                rest_are_args = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    options_at[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)
        seen = set()
        seen_non_default = set()
        extras = []
        pending = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, _('not allowed with argument %s') % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = options_at[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is None:
                    begin = start + 1
                    count = self._match_argument(action, pattern[begin:])
                    stop = begin + count
                    todo.append((action, arg_strings[begin:stop], option_string))
                    break
                count = self._match_argument(action, 'A')
                if count == 0 and option_string[1] not in self.prefix_chars and explicit_arg != '':
                    # -xyz: -x takes no value, so y is the next single-letter option
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    following = explicit_arg[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
                    action, explicit_arg = self._option_string_actions[option_string], following
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
            for act, strings, opt in todo:
                take_action(act, strings, opt)
            return stop

        def consume_positionals(start):
            counts = self._match_arguments_partial(pending, pattern[start:])
            for action, count in zip(pending, counts):
                strings = arg_strings[start:start + count]
                start += count
                take_action(action, strings)
            del pending[:len(counts)]
            return start

        start = 0
        last_option = max(options_at) if options_at else -1
        while start <= last_option:
            next_option = min(i for i in options_at if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in options_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s') % ', '.join(missing))
        for mx in self._mutually_exclusive_groups:
            if mx.required and not any(a in seen_non_default for a in mx._group_actions):
                names = [_action_name(a) for a in mx._group_actions if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = []
                    for line in f.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    out.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        m = _re.match(self._get_nargs_pattern(action), pattern)
        if m is None:
            n = action.nargs
            if n is None:
                msg = _('expected one argument')
            elif n == OPTIONAL:
                msg = _('expected at most one argument')
            elif n == ONE_OR_MORE:
                msg = _('expected at least one argument')
            else:
                msg = ngettext('expected %s argument', 'expected %s arguments', n) % n
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, pattern):
        # as many of the actions, from the first, as the strings can satisfy
        for i in range(len(actions), 0, -1):
            m = _re.match(''.join(self._get_nargs_pattern(a) for a in actions[:i]), pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            opt, explicit = arg_string.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, explicit
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(opt for _a, opt, _e in candidates)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        elif len(candidates) == 1:
            return candidates[0]
        looks_negative = self._negative_number_matcher.match(arg_string)
        if looks_negative and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        lead = option_string[0] in chars
        if lead and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, _sep, explicit = option_string.partition('=')
                explicit = explicit if _sep else None
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(prefix):
                        found.append((action, opt, explicit))
        elif lead:
            short, short_explicit = option_string[:2], option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    found.append((action, opt, short_explicit))
                elif self.allow_abbrev and opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            msg = _('unexpected option string: %s')
            self.error(msg % option_string)
        return found

    def _get_nargs_pattern(self, action):
        n = action.nargs
        if n is None:
            text = '(-*A-*)'
        elif n == OPTIONAL:
            text = '(-*A?-*)'
        elif n == ZERO_OR_MORE:
            text = '(-*[A-]*)'
        elif n == ONE_OR_MORE:
            text = '(-*A[A-]*)'
        elif n == REMAINDER:
            text = '([-AO]*)'
        elif n == PARSER:
            text = '(-*A[-AO]*)'
        elif n == SUPPRESS:
            text = '(-*-*)'
        else:
            text = '(-*%s-*)' % '-*'.join('A' * n)
        if action.option_strings:
            text = text.replace('-*', '').replace('-', '')
        return text

    def _get_values(self, action, arg_strings):
        n = action.nargs
        if n != PARSER and n != REMAINDER and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and n == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and n in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif n == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, text) for text in arg_strings]
            if n == PARSER:
                self._check_value(action, value[0])
            elif n != REMAINDER:
                for item in value:
                    self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % convert)
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            kind = action.type
            name = kind.__name__ if hasattr(kind, '__name__') else repr(kind)
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        options = action.choices
        if options is None or value in options:
            return
        raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)')
                                % {'value': value, 'choices': ', '.join(map(repr, action.choices))})

    # ---- help and errors

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            out = _sys.stderr
            self._print_message(message, out)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n') % {'prog': self.prog, 'message': message})
