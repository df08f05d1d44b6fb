

# ---- the representation ----------------------------------------------------------------

_FIN, _INF, _NAN, _SNAN = 0, 1, 2, 3

_HASH_MOD = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_TEN_INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


def _mk(sign, coef, exp, kind=_FIN):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _ndigits(n):
    return len(str(n))


def _run(ctx, op, *args):
    """Apply op (which returns a result and its conditions) and signal the conditions."""
    res, conds = op(*(args + (ctx,)))
    if conds:
        ctx._note(conds)
    return res


def _strict(x):
    """x as an operand of a Context method or of a Decimal method's other argument."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(int(x < 0), abs(x), 0)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


def _operand(x):
    """x as the other operand of an arithmetic operator, or NotImplemented."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(int(x < 0), abs(x), 0)
    return NotImplemented


_NUMBER = re.compile(r"""
    (?P<sign>[-+])?
    (?:
        (?P<int>[0-9]+)?
        (?:\.(?P<frac>[0-9]+)?)?
        (?:[eE](?P<exp>[-+]?[0-9]+))?
      | (?P<inf>inf(?:inity)?)
      | (?P<nan>s?nan)(?P<load>[0-9]+)?
    )\Z
""", re.I | re.X)


def _parse(text, ctx):
    """The Decimal a string spells, exactly, and its conditions (ConversionSyntax and a
    NaN for what is not a number). Like CPython's, it ignores every underscore."""
    m = _NUMBER.match(text.strip().replace('_', ''))
    bad = _mk(0, 0, 0, _NAN), _C_SYNTAX
    if m is None:
        return bad
    sign = int(m.group('sign') == '-')
    if m.group('inf'):
        return _mk(sign, 0, 0, _INF), 0
    nan = m.group('nan')
    if nan:
        load = int(m.group('load') or '0')
        if load and _ndigits(load) > ctx._prec - ctx._clamp:
            return bad
        return _mk(sign, load, 0, _SNAN if nan[0] in 'sS' else _NAN), 0
    whole, frac = m.group('int'), m.group('frac')
    if whole is None and frac is None:
        return bad
    whole, frac = whole or '', frac or ''
    exp = int(m.group('exp') or '0')
    return _mk(sign, int(whole + frac), exp - len(frac)), 0


def _from_float(f):
    sign = int(math.copysign(1.0, f) < 0)
    if f != f:
        return _mk(sign, 0, 0, _NAN)
    if f in (math.inf, -math.inf):
        return _mk(sign, 0, 0, _INF)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1
    return _mk(sign, num * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not isinstance(dig, int) or not 0 <= dig <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if exp == 'F':
        return _mk(sign, 0, 0, _INF)
    if exp in ('n', 'N'):
        return _mk(sign, coef, 0, _NAN if exp == 'n' else _SNAN)
    return _mk(sign, coef, exp)


# ---- rounding and finishing --------------------------------------------------------------

def _shed(coef, drop, sign, rounding):
    """coef with its drop lowest digits removed under the rounding mode, and whether
    anything nonzero went."""
    if drop <= 0:
        return coef, False
    if drop > _ndigits(coef):
        if coef == 0:
            return 0, False
        kept, where = 0, -1   # all of coef is below half a unit of what is kept
    else:
        unit = 10 ** drop
        kept, rest = divmod(coef, unit)
        if rest == 0:
            return kept, False
        half = unit // 2
        where = (rest > half) - (rest < half)
    if rounding == ROUND_HALF_EVEN:
        up = where > 0 or (where == 0 and kept % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = where >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = where > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = kept % 10 in (0, 5)
    return kept + up, True


def _overflow(sign, ctx, rounding=None):
    rounding = rounding or ctx._rounding
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign)
            or (rounding == ROUND_FLOOR and sign)):
        res = _mk(sign, 0, 0, _INF)
    else:
        res = _mk(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    return res, _C_OVERFLOW | _C_INEXACT | _C_ROUNDED


def _finish(sign, coef, exp, ctx, conds=0, rounding=None):
    """The finite number sign, coef, exp fitted to ctx: rounded to the precision, with
    the exponent kept within the bounds (subnormal, overflow, clamping)."""
    prec = ctx._prec
    emax = ctx._Emax
    etiny = ctx._Emin - prec + 1
    rounding = rounding or ctx._rounding
    if coef == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if exp < etiny:
            exp, conds = etiny, conds | _C_CLAMPED
        elif exp > top:
            exp, conds = top, conds | _C_CLAMPED
        return _mk(sign, 0, exp), conds
    n = _ndigits(coef)
    adj = exp + n - 1
    if adj < ctx._Emin:
        conds |= _C_SUBNORMAL
        if exp < etiny:
            coef, lost = _shed(coef, etiny - exp, sign, rounding)
            exp = etiny
            conds |= _C_ROUNDED
            if lost:
                conds |= _C_INEXACT | _C_UNDERFLOW
                if coef == 0:
                    conds |= _C_CLAMPED
        return _mk(sign, coef, exp), conds
    if n > prec:
        coef, lost = _shed(coef, n - prec, sign, rounding)
        exp += n - prec
        conds |= _C_ROUNDED
        if lost:
            conds |= _C_INEXACT
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        adj = exp + prec - 1
    if adj > emax:
        res, more = _overflow(sign, ctx, rounding)
        return res, conds | more
    if ctx._clamp and exp > emax - prec + 1:
        coef *= 10 ** (exp - (emax - prec + 1))
        exp = emax - prec + 1
        conds |= _C_CLAMPED
    return _mk(sign, coef, exp), conds


def _fold(d, conds, ctx):
    """d (finite, of at most prec digits), with clamping on, given an exponent no larger
    than Emax - prec + 1."""
    top = ctx._Emax - ctx._prec + 1
    if not ctx._clamp or d._kind or d._exp <= top:
        return d, conds
    coef = d._coef * 10 ** (d._exp - top) if d._coef else 0
    return _mk(d._sign, coef, top), conds | _C_CLAMPED


def _quiet(d, ctx):
    """The quiet NaN an operation on the NaN d returns: its payload cut to what fits."""
    load = d._coef
    room = ctx._prec - ctx._clamp
    if load and _ndigits(load) > room:
        load = load % 10 ** room if room > 0 else 0
    return _mk(d._sign, load, 0, _NAN)


def _nans(a, b, ctx):
    """The result of an operation on a and b when one is a NaN, else None."""
    if a._kind == _SNAN:
        return _quiet(a, ctx), _C_INVALID
    if b is not None and b._kind == _SNAN:
        return _quiet(b, ctx), _C_INVALID
    if a._kind == _NAN:
        return _quiet(a, ctx), 0
    if b is not None and b._kind == _NAN:
        return _quiet(b, ctx), 0
    return None


def _invalid(conds=_C_INVALID):
    return _mk(0, 0, 0, _NAN), conds


def _finish_dec(d, ctx):
    if d._kind == _FIN:
        return _finish(d._sign, d._coef, d._exp, ctx)
    if d._kind == _INF:
        return d, 0
    return _nans(d, None, ctx)


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


def _cmp(a, b):
    """-1, 0 or 1 as a is below, equal to or above b (neither a NaN)."""
    if a._kind == _INF or b._kind == _INF:
        va = (0 if a._kind != _INF else (-1 if a._sign else 1))
        vb = (0 if b._kind != _INF else (-1 if b._sign else 1))
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
        # exactly one side is infinite when va == vb == 0 cannot happen
    if not a._coef:
        if not b._coef:
            return 0
        return 1 if b._sign else -1
    if not b._coef:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ja, jb = _adjusted(a), _adjusted(b)
    if ja != jb:
        mag = 1 if ja > jb else -1
    else:
        e = min(a._exp, b._exp)
        x = a._coef * 10 ** (a._exp - e)
        y = b._coef * 10 ** (b._exp - e)
        mag = (x > y) - (x < y)
    return -mag if a._sign else mag


def _is_integral(d):
    if d._kind != _FIN:
        return False
    if d._exp >= 0 or d._coef == 0:
        return True
    return d._coef % 10 ** (-d._exp) == 0 if -d._exp <= _ndigits(d._coef) else False


def _to_int(d):
    """The integer value of the finite integral d."""
    if d._exp >= 0:
        v = d._coef * 10 ** d._exp
    else:
        v = d._coef // 10 ** (-d._exp)
    return -v if d._sign else v
