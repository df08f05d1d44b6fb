"""Conversions between the RGB colour model and YIQ, HLS and HSV.

Every function takes and returns three floats, nominally in [0, 1] (I and Q of
YIQ range a little wider).
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clip(x):
    # Values rounded past the unit interval come back to its ends.
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def rgb_to_yiq(r, g, b):
    luma = 0.30*r + 0.59*g + 0.11*b
    dr, db = r - luma, b - luma
    return (luma, 0.74*dr - 0.27*db, 0.48*dr + 0.41*db)


def yiq_to_rgb(y, i, q):
    # The inverse of the matrix above, written out.
    red = y + 0.9468822170900693*i + 0.6235565819861433*q
    green = y - 0.27478764629897834*i - 0.6356910791873801*q
    blue = y - 1.1085450346420322*i + 1.7090069284064666*q
    return (_clip(red), _clip(green), _clip(blue))


def _hue(r, g, b, hi, spread):
    # Hue in [0, 1) of a colour whose largest component is hi.
    fr = (hi - r) / spread
    fg = (hi - g) / spread
    fb = (hi - b) / spread
    if r == hi:
        sector = fb - fg
    elif g == hi:
        sector = 2.0 + fr - fb
    else:
        sector = 4.0 + fg - fr
    return (sector / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    light = total / 2.0
    if hi == lo:
        return 0.0, light, 0.0
    spread = hi - lo
    sat = spread / total if light <= 0.5 else spread / (2.0 - hi - lo)
    return _hue(r, g, b, hi, spread), light, sat


def _channel(lo, hi, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return lo + (hi - lo)*hue*6.0
    if hue < 0.5:
        return hi
    if hue < TWO_THIRD:
        return lo + (hi - lo)*(TWO_THIRD - hue)*6.0
    return lo


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    hi = l * (1.0 + s) if l <= 0.5 else l + s - (l*s)
    lo = 2.0*l - hi
    return (_channel(lo, hi, h + ONE_THIRD), _channel(lo, hi, h),
            _channel(lo, hi, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if hi == lo:
        return 0.0, 0.0, hi
    spread = hi - lo
    return _hue(r, g, b, hi, spread), spread / hi, hi


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h*6.0)
    frac = (h*6.0) - sector
    p = v*(1.0 - s)
    q = v*(1.0 - s*frac)
    t = v*(1.0 - s*(1.0 - frac))
    return ((v, t, p), (q, v, p), (p, v, t),
            (p, q, v), (t, p, v), (v, p, q))[sector % 6]
