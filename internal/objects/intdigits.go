package objects

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
)

// CPython 3.11 limits the decimal conversions between int and str (CVE-2020-10735): an
// int of more than sys.get_int_max_str_digits() digits (4300 unless set; 0 is no limit)
// raises ValueError when written in decimal (str, repr, format, %d) or read from decimal
// text. The other bases, whose conversions are linear, have no limit. The limit is the
// interpreter's (gil.Runtime); Go code running without one uses the default.

// IntStrDigitsThreshold is the smallest limit sys.set_int_max_str_digits accepts besides 0
// (sys.int_info.str_digits_check_threshold).
const IntStrDigitsThreshold = 640

// maxStrDigits is the limit of the running interpreter.
func maxStrDigits() int {
	if t := gil.Holding(); t != nil {
		return t.Runtime().IntMaxStrDigits()
	}
	return gil.DefaultIntMaxStrDigits
}

// decimalText is v in decimal, or the ValueError CPython raises when it has more digits
// than the limit.
func decimalText(v *big.Int) (string, error) {
	// Fewer bits than the threshold's digits need cannot exceed any limit: skip the check.
	if v.BitLen() > IntStrDigitsThreshold*3 {
		if limit := maxStrDigits(); limit > 0 {
			s := v.Text(10)
			n := len(s)
			if v.Sign() < 0 {
				n--
			}
			if n > limit {
				return "", py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
			}
			return s, nil
		}
	}
	return v.Text(10), nil
}

// checkDecimalDigits is the limit on reading digits (without sign or underscores) in a
// base that is not a power of two.
func checkDecimalDigits(digits string, radix int) error {
	if radix&(radix-1) == 0 || len(digits) <= IntStrDigitsThreshold {
		return nil
	}
	if limit := maxStrDigits(); limit > 0 && len(digits) > limit {
		return py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(digits))
	}
	return nil
}
