

# ---- Decimal -----------------------------------------------------------------------------

def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _binary_operator(op, swap=False):
    def method(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if swap:
            return _run(ctx, op, other, self)
        return _run(ctx, op, self, other)
    return method


class Decimal(object):
    """Decimal(value="0", context=None): a decimal number, exactly as given by a string,
    an int, a float, a (sign, digits, exponent) tuple or another Decimal."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            ctx = _ctx(context)
            d, conds = _parse(value, ctx)
            if conds:
                ctx._note(conds)
        elif isinstance(value, int):
            d = _mk(int(value < 0), abs(int(value)), 0)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            _ctx(context)._note(_C_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal and d is not value:
            return d
        self = object.__new__(cls)
        self._sign, self._coef, self._exp, self._kind = d._sign, d._coef, d._exp, d._kind
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _mk(int(f < 0), abs(int(f)), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- printing
    def _text(self, eng, caps):
        sign = '-' if self._sign else ''
        kind = self._kind
        if kind == _INF:
            return sign + 'Infinity'
        if kind != _FIN:
            return sign + ('sNaN' if kind == _SNAN else 'NaN') + (
                str(self._coef) if self._coef else '')
        digits = str(self._coef)
        lead = self._exp + len(digits)      # digits before the point, unscaled
        if self._exp <= 0 and lead > -6:
            point = lead
        elif not eng:
            point = 1
        elif self._coef:
            point = (lead - 1) % 3 + 1
        else:
            point = (lead + 1) % 3 - 1
        if point <= 0:
            body = '0.' + '0' * -point + digits
        elif point >= len(digits):
            body = digits + '0' * (point - len(digits))
        else:
            body = digits[:point] + '.' + digits[point:]
        if lead != point:
            body += ('E' if caps else 'e') + '%+d' % (lead - point)
        return sign + body

    def __str__(self, eng=False, context=None):
        return self._text(eng, _ctx(context)._capitals)

    def to_eng_string(self, context=None):
        """The number with an exponent that is a multiple of three."""
        return self._text(True, _ctx(context)._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._text(False, getcontext()._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    # -- inspection
    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._coef)) if (
            self._coef or self._kind == _FIN) else ()
        if self._kind == _FIN:
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, digits, 'n' if self._kind == _NAN else 'N')

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            num, den = self._coef * 10 ** self._exp, 1
        else:
            num, den = self._coef, 10 ** -self._exp
            g = math.gcd(num, den)
            num, den = num // g, den // g
        return (-num if self._sign else num), den

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._kind:
            return 0
        return _adjusted(self)

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FIN

    def is_zero(self):
        return self._kind == _FIN and not self._coef

    def is_signed(self):
        return bool(self._sign)

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FIN and bool(self._coef) and _adjusted(self) >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FIN and bool(self._coef) and _adjusted(self) < ctx._Emin

    def number_class(self, context=None):
        """Which of the ten classes of numbers this is: '+Normal', '-Zero', 'sNaN' ..."""
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if not self._coef:
            return sign + 'Zero'
        return sign + ('Subnormal' if _adjusted(self) < ctx._Emin else 'Normal')

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def same_quantum(self, other, context=None):
        """Whether both have the same exponent (or are both NaNs, or both infinite)."""
        other = _strict(other)
        if self._kind or other._kind:
            return (self._kind >= _NAN and other._kind >= _NAN) or (
                self._kind == other._kind == _INF)
        return self._exp == other._exp

    # -- conversions
    def _integral(self, rounding):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v, _ = _shed(self._coef, -self._exp, self._sign, rounding)
        return -v if self._sign else v

    def __int__(self):
        return self._integral(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _NAN:
            return float('-nan') if self._sign else float('nan')
        return float(self._text(False, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._kind != _FIN or bool(self._coef)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _HASH_MOD) % _HASH_MOD
        else:
            h = self._coef * pow(_HASH_TEN_INV, -self._exp, _HASH_MOD) % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons
    def _compared(self, other, equality):
        """other as a Decimal to compare with (a Rational scales self instead), or
        NotImplemented; None when a NaN decides the answer (False)."""
        me = self
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = _mk(int(other < 0), abs(int(other)), 0)
        elif isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags._on[FloatOperation] = True
            else:
                ctx._note(_C_FLOAT)
            other = _from_float(other)
        elif isinstance(other, complex) and equality and other.imag == 0:
            return self._compared(other.real, equality)
        elif isinstance(other, numbers.Rational):
            if self._kind == _FIN:
                me = _mk(self._sign, self._coef * other.denominator, self._exp)
            num = other.numerator
            other = _mk(int(num < 0), abs(num), 0)
        else:
            return NotImplemented, None
        if me._kind >= _NAN or other._kind >= _NAN:
            if (not equality or me._kind == _SNAN or other._kind == _SNAN):
                getcontext()._note(_C_INVALID)
            return None, None
        return me, other

    def __eq__(self, other):
        a, b = self._compared(other, True)
        if a is NotImplemented:
            return a
        return a is not None and _cmp(a, b) == 0

    def __ne__(self, other):
        a, b = self._compared(other, True)
        if a is NotImplemented:
            return a
        return a is None or _cmp(a, b) != 0

    def __lt__(self, other):
        a, b = self._compared(other, False)
        if a is NotImplemented:
            return a
        return a is not None and _cmp(a, b) < 0

    def __le__(self, other):
        a, b = self._compared(other, False)
        if a is NotImplemented:
            return a
        return a is not None and _cmp(a, b) <= 0

    def __gt__(self, other):
        a, b = self._compared(other, False)
        if a is NotImplemented:
            return a
        return a is not None and _cmp(a, b) > 0

    def __ge__(self, other):
        a, b = self._compared(other, False)
        if a is NotImplemented:
            return a
        return a is not None and _cmp(a, b) >= 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); a NaN for a NaN operand."""
        return self._compare(_strict(other), _ctx(context), False)

    def compare_signal(self, other, context=None):
        """compare, but any NaN is an InvalidOperation."""
        return self._compare(_strict(other), _ctx(context), True)

    def _compare(self, other, ctx, signal):
        if self._kind >= _NAN or other._kind >= _NAN:
            res, conds = _nans(self, other, ctx)
            if signal:
                conds |= _C_INVALID
            if conds:
                ctx._note(conds)
            return res
        c = _cmp(self, other)
        return _mk(int(c < 0), abs(c), 0)

    def compare_total(self, other, context=None):
        """Compare by the total order of representations (-NaN < -Inf < ... < NaN)."""
        c = _total_cmp(self, _strict(other))
        return _mk(int(c < 0), abs(c), 0)

    def compare_total_mag(self, other, context=None):
        """compare_total on the absolute values."""
        return self.copy_abs().compare_total(_strict(other).copy_abs())

    # -- sign manipulation (exact, no context)
    def copy_abs(self):
        return _mk(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _mk(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        return _mk(_strict(other)._sign, self._coef, self._exp, self._kind)

    # -- arithmetic
    __add__ = _binary_operator(_add)
    __radd__ = _binary_operator(_add, True)
    __mul__ = _binary_operator(_mul)
    __rmul__ = _binary_operator(_mul, True)
    __truediv__ = _binary_operator(_div)
    __rtruediv__ = _binary_operator(_div, True)
    __floordiv__ = _binary_operator(_divint)
    __rfloordiv__ = _binary_operator(_divint, True)
    __mod__ = _binary_operator(_rem)
    __rmod__ = _binary_operator(_rem, True)
    __divmod__ = _binary_operator(_divmod)
    __rdivmod__ = _binary_operator(_divmod, True)

    def __sub__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _run(getcontext(), _sub, self, other)

    def __rsub__(self, other):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _run(getcontext(), _sub, other, self)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is None:
            return _run(ctx, _pow, self, other)
        modulo = _operand(modulo)
        if modulo is NotImplemented:
            return modulo
        return _run(ctx, _pow_mod, self, other, modulo)

    def __rpow__(self, other, modulo=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        if self._kind >= _NAN:
            return _run(ctx, _nans, self, None)
        sign = self._sign ^ 1
        if self._kind == _FIN and not self._coef and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _run(ctx, _finish_dec, _mk(sign, self._coef, self._exp, self._kind))

    def __pos__(self, context=None):
        ctx = _ctx(context)
        sign = self._sign
        if self._kind == _FIN and not self._coef and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _run(ctx, _finish_dec, _mk(sign, self._coef, self._exp, self._kind))

    def __abs__(self, round=True, context=None):
        ctx = _ctx(context)
        if self._kind >= _NAN:
            return _run(ctx, _nans, self, None)
        d = _mk(0, self._coef, self._exp, self._kind)
        return _run(ctx, _finish_dec, d) if round else d

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (ties to even)."""
        return _run(_ctx(context), _rem_near, self, _strict(other))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other, third = _strict(other), _strict(third)
        ctx = _ctx(context)
        if self._kind or other._kind:
            if self._kind == _SNAN or other._kind == _SNAN or third._kind == _SNAN:
                first = next(x for x in (self, other, third) if x._kind == _SNAN)
                return _run(ctx, _nans, first, None)
            if self._kind == _NAN or other._kind == _NAN:
                return _run(ctx, _nans, self if self._kind == _NAN else other, None)
            product, conds = _mul(self, other, ctx)
            if conds:
                ctx._note(conds)
                return product
        else:
            product = _mk(self._sign ^ other._sign, self._coef * other._coef,
                          self._exp + other._exp)
        return _run(ctx, _add, product, third)

    def sqrt(self, context=None):
        """The square root, correctly rounded."""
        return _run(_ctx(context), _sqrt, self)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        return _run(_ctx(context), _exp, self)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        return _run(_ctx(context), _ln, self)

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded."""
        return _run(_ctx(context), _log10, self)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = _ctx(context)
        if self._kind >= _NAN:
            return _run(ctx, _nans, self, None)
        if self._kind == _INF:
            return _mk(0, 0, 0, _INF)
        if not self._coef:
            ctx._note(_C_DIVZERO)
            return _mk(1, 0, 0, _INF)
        j = _adjusted(self)
        return _run(ctx, _finish, int(j < 0), abs(j), 0)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (or padded) to the exponent of exp."""
        exp = _strict(exp)
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_BAD_ROUNDING)
        if self._kind or exp._kind:
            nan = _nans(self, exp, ctx)
            if nan:
                return _run(ctx, lambda c: nan)
            if self._kind == _INF and exp._kind == _INF:
                return self
            ctx._note(_C_INVALID)
            return _mk(0, 0, 0, _NAN)
        res, conds = _quantize(self, exp._exp, ctx, rounding)
        if conds:
            ctx._note(conds)
        return res

    def _to_integral(self, rounding, context, exact):
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_BAD_ROUNDING)
        if self._kind:
            if self._kind >= _NAN:
                return _run(ctx, _nans, self, None)
            return self
        if self._exp >= 0:
            return self
        coef, lost = _shed(self._coef, -self._exp, self._sign, rounding or ctx._rounding)
        if exact and self._coef:
            ctx._note(_C_ROUNDED | (_C_INEXACT if lost else 0))
        return _mk(self._sign, coef, 0)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, signaling nothing."""
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signaling Inexact and Rounded as it happens."""
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        """The simplest representation of the same value: no trailing zeros."""
        ctx = _ctx(context)
        if self._kind:
            if self._kind >= _NAN:
                return _run(ctx, _nans, self, None)
            return self
        d = _run(ctx, _finish, self._sign, self._coef, self._exp)
        if d._kind or not d._coef:
            return _mk(d._sign, 0, 0) if d._kind == _FIN else d
        coef, exp = d._coef, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _mk(d._sign, coef, exp)

    def _extreme(self, other, context, want_max, by_mag):
        other = _strict(other)
        ctx = _ctx(context)
        if self._kind >= _NAN or other._kind >= _NAN:
            if self._kind == _NAN and other._kind < _NAN:
                return _run(ctx, _finish_dec, other)
            if other._kind == _NAN and self._kind < _NAN:
                return _run(ctx, _finish_dec, self)
            return _run(ctx, _nans, self, other)
        a, b = (self.copy_abs(), other.copy_abs()) if by_mag else (self, other)
        c = _cmp(a, b)
        if c == 0:
            c = _total_cmp(self, other)
        pick = self if c == 0 or (c > 0) == want_max else other
        return _run(ctx, _finish_dec, pick)

    def max(self, other, context=None):
        return self._extreme(other, context, True, False)

    def min(self, other, context=None):
        return self._extreme(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._extreme(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._extreme(other, context, False, True)

    def _step(self, ctx, up):
        if self._kind >= _NAN:
            return _run(ctx, _nans, self, None)
        if self._kind == _INF:
            if bool(self._sign) != up:
                return self
            return _mk(self._sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
        work = ctx.copy()
        work._rounding = ROUND_CEILING if up else ROUND_FLOOR
        tiny = _mk(0 if up else 1, 1, ctx._Emin - ctx._prec - 1)
        res, _ = _add(self, tiny, work)
        return res

    def next_plus(self, context=None):
        """The smallest number above self."""
        return self._step(_ctx(context), True)

    def next_minus(self, context=None):
        """The largest number below self."""
        return self._step(_ctx(context), False)

    def next_toward(self, other, context=None):
        """The number next to self in the direction of other."""
        other = _strict(other)
        ctx = _ctx(context)
        if self._kind >= _NAN or other._kind >= _NAN:
            return _run(ctx, _nans, self, other)
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        res = self._step(ctx, c < 0)
        conds = 0
        if res._kind == _INF:
            conds = _C_OVERFLOW | _C_INEXACT | _C_ROUNDED
        elif _adjusted(res) < ctx._Emin if res._coef else True:
            conds = _C_UNDERFLOW | _C_SUBNORMAL | _C_INEXACT | _C_ROUNDED
            if not res._coef:
                conds |= _C_CLAMPED
        if conds:
            ctx._note(conds)
        return res

    def scaleb(self, other, context=None):
        """self * 10 ** other, other an integer."""
        other = _strict(other)
        ctx = _ctx(context)
        if self._kind >= _NAN or other._kind >= _NAN:
            return _run(ctx, _nans, self, other)
        limit = 2 * (ctx._Emax + ctx._prec)
        if other._kind or other._exp != 0 or not -limit <= _to_int(other) <= limit:
            ctx._note(_C_INVALID)
            return _mk(0, 0, 0, _NAN)
        if self._kind == _INF:
            return self
        return _run(ctx, _finish, self._sign, self._coef, self._exp + _to_int(other))

    def _digit_shift(self, other, context, rotate):
        other = _strict(other)
        ctx = _ctx(context)
        if self._kind >= _NAN or other._kind >= _NAN:
            return _run(ctx, _nans, self, other)
        prec = ctx._prec
        if other._kind or other._exp != 0 or abs(_to_int(other)) > prec:
            ctx._note(_C_INVALID)
            return _mk(0, 0, 0, _NAN)
        if self._kind == _INF:
            return self
        n = _to_int(other)
        digits = str(self._coef)[-prec:].rjust(prec, '0')
        if rotate:
            n %= prec
            digits = digits[n:] + digits[:n]
        elif n >= 0:
            digits = (digits + '0' * n)[-prec:] if n else digits
        else:
            digits = ('0' * -n + digits)[:prec]
        return _mk(self._sign, int(digits), self._exp)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left (other > 0) or right."""
        return self._digit_shift(other, context, False)

    def rotate(self, other, context=None):
        """The coefficient's digits (padded to the precision) rotated."""
        return self._digit_shift(other, context, True)

    def _logical(self, other, context, op):
        ctx = _ctx(context)
        operands = [self] if other is None else [self, _strict(other)]
        for x in operands:
            if x._kind or x._sign or x._exp or set(str(x._coef)) - {'0', '1'}:
                ctx._note(_C_INVALID)
                return _mk(0, 0, 0, _NAN)
        prec = ctx._prec
        xs = [str(x._coef)[-prec:].rjust(prec, '0') for x in operands]
        if other is None:
            out = ''.join('1' if d == '0' else '0' for d in xs[0])
        else:
            out = ''.join(str(op(int(p), int(q))) for p, q in zip(xs[0], xs[1]))
        return _mk(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda p, q: p & q)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda p, q: p | q)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda p, q: p ^ q)

    def logical_invert(self, context=None):
        return self._logical(None, context, None)


def _total_cmp(a, b):
    """-1, 0 or 1 by the total order of representations: -NaN < -sNaN < -Infinity <
    negative numbers < zeros < positive numbers < Infinity < sNaN < NaN, and among
    representations of one value the smaller exponent first for positives."""
    def rank(d):
        r = (1, 2, 4, 3)[d._kind]
        return -r if d._sign else r
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return (ra > rb) - (ra < rb)
    if a._kind == _INF:
        return 0
    if a._kind >= _NAN:
        c = (a._coef > b._coef) - (a._coef < b._coef)
    else:
        c = _cmp(a, b)
        if c:
            return c
        c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


numbers.Number.register(Decimal)

# Named as CPython's C type is: 'decimal.Decimal' in messages, __name__ 'Decimal'.
Decimal.__name__ = 'decimal.Decimal'
