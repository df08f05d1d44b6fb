package pystruct

import "math"

// IEEE 754 half precision ('e'), rounded to nearest even as CPython's PyFloat_Pack2.

func toHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	f, e := math.Frexp(math.Abs(x))
	f *= 2
	e--
	switch {
	case e >= 16:
		return 0, false
	case e < -25:
		f, e = 0, 0
	case e < -14:
		f, e = math.Ldexp(f, 14+e), 0
	default:
		e += 15
		f--
	}
	f *= 1024
	bits := uint16(f)
	rest := f - float64(bits)
	if rest > 0.5 || (rest == 0.5 && bits%2 == 1) {
		bits++
		if bits == 1024 {
			bits = 0
			e++
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}
