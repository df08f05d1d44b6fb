

# ---- the arithmetic ----------------------------------------------------------------------

def _add(a, b, ctx, negate=False):
    bsign = b._sign ^ negate
    if a._kind or b._kind:
        nan = _nans(a, b, ctx)
        if nan:
            return nan
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _invalid()
            return _mk(a._sign, 0, 0, _INF), 0
        return _mk(bsign, 0, 0, _INF), 0
    prec = ctx._prec
    sa, ca, ea = a._sign, a._coef, a._exp
    sb, cb, eb = bsign, b._coef, b._exp
    if not ca and not cb:
        if sa == sb:
            sign = sa
        else:
            sign = int(ctx._rounding == ROUND_FLOOR)
        return _finish(sign, 0, min(ea, eb), ctx)
    # An operand far below the other's last kept digit only decides the rounding: a
    # stand-in of one unit just below the kept digits does the same and keeps the
    # aligned coefficients small.
    if ca and cb:
        ja, jb = ea + _ndigits(ca) - 1, eb + _ndigits(cb) - 1
        if ja > jb:
            low = min(ea, ja - prec) - 2
            if jb <= low:
                cb, eb = 1, low
        elif jb > ja:
            low = min(eb, jb - prec) - 2
            if ja <= low:
                ca, ea = 1, low
    elif not ca:
        ea = max(ea, eb + _ndigits(cb) - prec - 2)
    else:
        eb = max(eb, ea + _ndigits(ca) - prec - 2)
    e = min(ea, eb)
    total = (-1) ** sa * ca * 10 ** (ea - e) + (-1) ** sb * cb * 10 ** (eb - e)
    if total == 0:
        return _finish(int(ctx._rounding == ROUND_FLOOR), 0, e, ctx)
    return _finish(int(total < 0), abs(total), e, ctx)


def _sub(a, b, ctx):
    return _add(a, b, ctx, True)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nans(a, b, ctx)
        if nan:
            return nan
        if (a._kind == _INF and b._kind == _FIN and not b._coef) or (
                b._kind == _INF and a._kind == _FIN and not a._coef):
            return _invalid()
        return _mk(sign, 0, 0, _INF), 0
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _quotient(sign, ca, ea, cb, eb, ctx):
    """ca*10**ea / (cb*10**eb), both nonzero, rounded to ctx; exact quotients keep the
    exponent closest to the ideal ea - eb."""
    prec = ctx._prec
    ideal = ea - eb
    shift = max(0, prec + 1 + _ndigits(cb) - _ndigits(ca))
    q, r = divmod(ca * 10 ** shift, cb)
    e = ideal - shift
    if r:
        q, e = q * 10 + 1, e - 1   # a sticky digit: the quotient is not exact
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _finish(sign, q, e, ctx)


def _division_specials(a, b, ctx, over_infinity):
    """The result of dividing a by b when either is a NaN or an infinity or b is zero
    (over_infinity(sign) gives finite / infinity), else None."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nans(a, b, ctx)
        if nan:
            return nan
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid()
            return _mk(sign, 0, 0, _INF), 0
        return over_infinity(sign)
    if not b._coef:
        if not a._coef:
            return _invalid(_C_UNDEFINED)
        return _mk(sign, 0, 0, _INF), _C_DIVZERO
    return None


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    special = _division_specials(
        a, b, ctx, lambda s: _finish(s, 0, ctx._Emin - ctx._prec + 1, ctx, _C_CLAMPED))
    if special:
        return special
    if not a._coef:
        return _finish(sign, 0, a._exp - b._exp, ctx)
    return _quotient(sign, a._coef, a._exp, b._coef, b._exp, ctx)


def _int_quotient(a, b, ctx):
    """trunc(|a| / |b|) for finite nonzero a and b, or None when it has more digits than
    the precision."""
    ja, jb = _adjusted(a), _adjusted(b)
    if ja < jb:
        return 0
    if ja - jb > ctx._prec:
        return None
    if a._exp >= b._exp:
        q = a._coef * 10 ** (a._exp - b._exp) // b._coef
    else:
        q = a._coef // (b._coef * 10 ** (b._exp - a._exp))
    if _ndigits(q) > ctx._prec:
        return None
    return q


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    special = _division_specials(a, b, ctx, lambda s: _fold(_mk(s, 0, 0), 0, ctx))
    if special:
        return special
    if not a._coef:
        return _fold(_mk(sign, 0, 0), 0, ctx)
    q = _int_quotient(a, b, ctx)
    if q is None:
        return _invalid(_C_IMPOSSIBLE)
    return _fold(_mk(sign, q, 0), 0, ctx)


def _rem(a, b, ctx, near=False):
    if a._kind or b._kind:
        nan = _nans(a, b, ctx)
        if nan:
            return nan
        if a._kind == _INF:
            return _invalid()
        return _finish(a._sign, a._coef, a._exp, ctx)
    if not b._coef:
        return _invalid(_C_UNDEFINED if not a._coef else _C_INVALID)
    e = min(a._exp, b._exp)
    if not a._coef:
        return _finish(a._sign, 0, e, ctx)
    if _adjusted(a) < _adjusted(b) - near:   # |a| is its own remainder
        return _finish(a._sign, a._coef * 10 ** (a._exp - e), e, ctx)
    q = _int_quotient(a, b, ctx)
    if q is None:
        return _invalid(_C_IMPOSSIBLE)
    x = a._coef * 10 ** (a._exp - e)
    y = b._coef * 10 ** (b._exp - e)
    r = x - q * y
    sign = a._sign
    if near:
        twice = 2 * r
        if twice > y or (twice == y and q % 2 == 1):
            r = y - r
            sign ^= 1
            q += 1
        if _ndigits(q) > ctx._prec:
            return _invalid(_C_IMPOSSIBLE)
    return _finish(sign, r, e, ctx)


def _rem_near(a, b, ctx):
    return _rem(a, b, ctx, True)


def _divmod(a, b, ctx):
    if a._kind or b._kind:
        nan = _nans(a, b, ctx)
        if nan:
            return (nan[0], nan[0]), nan[1]
        if a._kind == _INF:
            if b._kind == _INF:
                nan = _mk(0, 0, 0, _NAN)
                return (nan, nan), _C_INVALID
            nan = _mk(0, 0, 0, _NAN)
            return (_mk(a._sign ^ b._sign, 0, 0, _INF), nan), _C_INVALID
    if b._kind == _FIN and not b._coef:
        nan = _mk(0, 0, 0, _NAN)
        if a._kind == _FIN and not a._coef:
            return (nan, nan), _C_UNDEFINED
        return (_mk(a._sign ^ b._sign, 0, 0, _INF), nan), _C_DIVZERO | _C_INVALID
    q, c1 = _divint(a, b, ctx)
    r, c2 = _rem(a, b, ctx)
    return (q, r), c1 | c2


def _quantize(a, exp, ctx, rounding=None):
    """a with the exponent exp (rounded, or padded with zeros)."""
    prec = ctx._prec
    if not (ctx._Emin - prec + 1 <= exp <= ctx._Emax):
        return _invalid()
    if not a._coef:
        return _fold(_mk(a._sign, 0, exp), 0, ctx)
    conds = 0
    if exp > a._exp:
        coef, lost = _shed(a._coef, exp - a._exp, a._sign, rounding or ctx._rounding)
        conds |= _C_ROUNDED
        if lost:
            conds |= _C_INEXACT
    else:
        if _adjusted(a) - exp + 1 > prec:
            return _invalid()
        coef = a._coef * 10 ** (a._exp - exp)
    if _ndigits(coef) > prec:
        return _invalid()
    if coef and exp + _ndigits(coef) - 1 < ctx._Emin:
        conds |= _C_SUBNORMAL
        if conds & _C_INEXACT:
            conds |= _C_UNDERFLOW
    return _fold(_mk(a._sign, coef, exp), conds, ctx)


def _root_specials(a, ctx):
    """The result of sqrt or ln of a NaN or an infinity: the NaN, +Infinity itself, or
    an InvalidOperation for -Infinity."""
    nan = _nans(a, None, ctx)
    if nan:
        return nan
    if a._sign:
        return _invalid()
    return a, 0


def _sqrt(a, ctx):
    if a._kind:
        return _root_specials(a, ctx)
    ideal = a._exp // 2
    if not a._coef:
        return _finish(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    prec = ctx._prec
    c, e = a._coef, a._exp
    if e % 2:
        c, e = c * 10, e - 1
    k = max(0, prec + 2 - (_ndigits(c) + 1) // 2)
    c *= 10 ** (2 * k)
    r = math.isqrt(c)
    e = e // 2 - k
    if r * r != c:
        r, e = r * 10 + 1, e - 1
    else:
        while e < ideal and r % 10 == 0:
            r //= 10
            e += 1
    return _finish(0, r, e, ctx, rounding=ROUND_HALF_EVEN)
