

# ---- contexts --------------------------------------------------------------------------

class Context:
    """The environment of decimal arithmetic: precision, rounding, exponent bounds, how
    exponents print, clamping, and which signals have happened (flags) or raise (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default if _default is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = _signal_dict(flags) if flags is not None else SignalDict()
        if traps is not None:
            self._traps = _signal_dict(traps)
        elif base is not None:
            self._traps = SignalDict(base._traps._set())
        else:
            self._traps = SignalDict((InvalidOperation, DivisionByZero, Overflow))

    # The settings, checked as CPython checks them.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _int_setting(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(_BAD_ROUNDING)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _int_setting(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _int_setting(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _int_setting(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _int_setting(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        if not isinstance(value, (SignalDict, dict)):
            raise TypeError('argument must be a signal dict')
        self._flags = _signal_dict(value)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        if not isinstance(value, (SignalDict, dict)):
            raise TypeError('argument must be a signal dict')
        self._traps = _signal_dict(value)

    def Etiny(self):
        """Emin - prec + 1: the smallest exponent of a subnormal number."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """Emax - prec + 1: the largest exponent when clamping."""
        return self._Emax - self._prec + 1

    def clear_flags(self):
        """Reset every flag."""
        self._flags = SignalDict()

    def clear_traps(self):
        """Trap nothing."""
        self._traps = SignalDict()

    def copy(self):
        """A context with the same settings, flags and traps."""
        return Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                       self._clamp, self._flags._set(), self._traps._set())

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp, self._flags._set(),
                          self._traps._set()))

    def __repr__(self):
        def names(sd):
            return ', '.join(s.__name__ for s in _REPR_ORDER if sd._on[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, names(self._flags), names(self._traps)))

    def _note(self, conds):
        """Record conditions in the flags and raise the first trapped signal, whose
        argument lists every trapped condition that occurred."""
        on = self._flags._on
        for s, bits in _SIGNAL_BITS.items():
            if conds & bits:
                on[s] = True
        trapped = conds & self._traps._bits()
        if trapped:
            listed = [cls for bit, cls in _LISTED if trapped & bit]
            for s in _SIGNALS:
                if trapped & _SIGNAL_BITS[s]:
                    raise s(listed)

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (a string's NaN payload must fit)."""
        if isinstance(num, float):
            self._note(_C_FLOAT)
            d = _from_float(num)
        elif isinstance(num, str):
            d, conds = _parse(num, self)
            if conds:
                self._note(conds)
        else:
            d = Decimal(num)
        if d._kind >= _NAN:
            if _ndigits(d._coef) > self._prec - self._clamp:
                self._note(_C_SYNTAX)
                return _mk(0, 0, 0, _NAN)
            return d
        return _run(self, _finish_dec, d)

    def create_decimal_from_float(self, f):
        """The float f, exactly, rounded to this context."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return _run(self, _finish_dec, d)

    def _apply(self, a):
        return self.plus(a)

    def radix(self):
        """10: the base of decimal arithmetic."""
        return Decimal(10)

    def copy_decimal(self, a):
        """a as a Decimal, unchanged."""
        return _strict(a)

    def to_sci_string(self, a):
        """a in scientific notation, as str() prints it."""
        return _strict(a).__str__(context=self)

    def to_eng_string(self, a):
        """a with an exponent that is a multiple of three."""
        return _strict(a).to_eng_string(context=self)

    def divmod(self, a, b):
        """(a // b, a % b), each as the context rounds it."""
        return _run(self, _divmod, _strict(a), _strict(b))

    def power(self, a, b, modulo=None):
        """a ** b, or a ** b % modulo."""
        a = _strict(a)
        return a.__pow__(_strict(b), modulo, context=self)


def _context_methods():
    """Give Context the methods that apply a Decimal operation under the context."""
    def unary(name, method):
        def op(self, a):
            return getattr(_strict(a), method)(context=self)
        op.__name__ = op.__qualname__ = name
        return op

    def plain(name):
        def op(self, a):
            return getattr(_strict(a), name)()
        op.__name__ = op.__qualname__ = name
        return op

    def binary(name, method):
        def op(self, a, b):
            return getattr(_strict(a), method)(_strict(b), context=self)
        op.__name__ = op.__qualname__ = name
        return op

    for name in ('exp', 'ln', 'log10', 'logb', 'logical_invert', 'next_minus', 'next_plus',
                 'normalize', 'number_class', 'sqrt', 'to_integral', 'to_integral_exact',
                 'to_integral_value', 'is_normal', 'is_subnormal'):
        setattr(Context, name, unary(name, name))
    setattr(Context, 'abs', unary('abs', '__abs__'))
    setattr(Context, 'minus', unary('minus', '__neg__'))
    setattr(Context, 'plus', unary('plus', '__pos__'))
    for name in ('canonical', 'copy_abs', 'copy_negate', 'is_canonical', 'is_finite',
                 'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero'):
        setattr(Context, name, plain(name))
    for name in ('compare', 'compare_signal', 'logical_and', 'logical_or', 'logical_xor',
                 'max', 'max_mag', 'min', 'min_mag', 'next_toward', 'quantize',
                 'remainder_near', 'rotate', 'scaleb', 'shift'):
        setattr(Context, name, binary(name, name))
    def arithmetic(name, fn):
        def op(self, a, b):
            return _run(self, fn, _strict(a), _strict(b))
        op.__name__ = op.__qualname__ = name
        return op

    for name, fn in (('add', _add), ('subtract', _sub), ('multiply', _mul),
                     ('divide', _div), ('divide_int', _divint), ('remainder', _rem)):
        setattr(Context, name, arithmetic(name, fn))

    def same_quantum(self, a, b):
        return _strict(a).same_quantum(_strict(b))

    def compare_total(self, a, b):
        return _strict(a).compare_total(_strict(b))

    def compare_total_mag(self, a, b):
        return _strict(a).compare_total_mag(_strict(b))

    def copy_sign(self, a, b):
        return _strict(a).copy_sign(_strict(b))

    def fma(self, a, b, c):
        return _strict(a).fma(b, c, context=self)

    for fn in (same_quantum, compare_total, compare_total_mag, copy_sign, fma):
        fn.__qualname__ = fn.__name__
        setattr(Context, fn.__name__, fn)


_default = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_local = threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext when it has none yet)."""
    try:
        return _local.context
    except AttributeError:
        ctx = _local.context = Context()
        return ctx


def setcontext(context):
    """Make context the current thread's context (DefaultContext and the other templates
    are copied first, so that they stay as they are)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


_LOCAL_SETTINGS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _LocalContext:
    """What localcontext() returns: a context manager that installs a copy of a context
    for its block and puts the previous one back after it."""

    def __init__(self, ctx):
        self._ctx = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._ctx)
        return self._ctx

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager whose block runs under a copy of ctx (by default the current
    context), with the settings given as keywords changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_SETTINGS:
            raise TypeError('%r is an invalid keyword argument for this function' % key)
        if key in ('flags', 'traps'):
            value = _signal_dict(value)
        setattr(new, key, value)
    return _LocalContext(new)


# multiprocessing's 'fork' start method carries these into its child (the child imports
# decimal afresh): the starting thread's context and the three templates as the parent
# changed them, as a forked CPython child has them.
def _fork_state():
    return getattr(_local, 'context', None), (DefaultContext, BasicContext, ExtendedContext)


def _fork_restore(state):
    current, templates = state
    for mine, parents in zip((DefaultContext, BasicContext, ExtendedContext), templates):
        vars(mine).update(vars(parents))
    if current is not None:
        _local.context = current
