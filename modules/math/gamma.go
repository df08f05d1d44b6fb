package pymath

import (
	"math"
	"math/big"

	"github.com/gopyrt/gopy/internal/libm"
)

// CPython computes gamma and lgamma itself, by Lanczos' approximation with N = 13 and
// g = 6.024680040776729583740234375 written as a rational function (the parameters Boost
// uses), the reflection formula for negative x, and a correction for the rounding of
// x + g - 0.5; the same formulas over the same exp, pow, log, sin and cos give its bits.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

// lanczosDen are the coefficients of x (x+1) ... (x+11).
var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// gammaIntegral[n] is n!, rounded to a float.
var gammaIntegral [23]float64

func init() {
	f := big.NewInt(1)
	for n := range gammaIntegral {
		if n > 0 {
			f.Mul(f, big.NewInt(int64(n)))
		}
		gammaIntegral[n], _ = new(big.Float).SetInt(f).Float64()
	}
}

// lanczosSum is the rational function for x > 0, evaluated in 1/x for large x.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi x) for finite x, exact at the integers and half-integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch n := int(math.Round(2.0 * y)); n {
	case 0:
		r = libm.Sin(math.Pi * y)
	case 1:
		r = libm.Cos(math.Pi * (y - 0.5))
	case 2:
		r = libm.Sin(math.Pi * (1.0 - y))
	case 3:
		r = -libm.Cos(math.Pi * (y - 1.5))
	default:
		r = libm.Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// tgamma is math.gamma.
func tgamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case math.IsInf(x, -1):
		return 0, errDomain()
	case x == 0:
		return 0, errDomain()
	case x == math.Floor(x):
		if x < 0 {
			return 0, errDomain()
		}
		if x <= 23 {
			return gammaIntegral[int(x)-1], nil
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return 0, errRange()
		}
		return r, nil
	}
	if absx > 200.0 {
		if x < 0.0 {
			return 0.0 / sinPi(x), nil
		}
		return 0, errRange()
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0.0 {
		r = -math.Pi / sinPi(absx) / absx * libm.Exp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= powFinite(y, absx-0.5)
		} else {
			sqrtpow := powFinite(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / libm.Exp(y)
		r += z * r
		if absx < 140.0 {
			r *= powFinite(y, absx-0.5)
		} else {
			sqrtpow := powFinite(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return 0, errRange()
	}
	return r, nil
}

// lgamma is math.lgamma.
func lgamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x):
		return x, nil
	case math.IsInf(x, 0):
		return math.Inf(1), nil
	case x == math.Floor(x) && x <= 2.0:
		if x <= 0 {
			return 0, errDomain()
		}
		return 0, nil
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -libm.Log(absx), nil
	}
	r := libm.Log(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (libm.Log(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		r = logPi - libm.Log(math.Abs(sinPi(absx))) - libm.Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return 0, errRange()
	}
	return r, nil
}
