package hashlib

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/subtle"
	"hash"
	"math"

	"github.com/go-python/gpython/py"
	"golang.org/x/crypto/scrypt"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
)

// UnsupportedDigestmodError is _hashlib.UnsupportedDigestmodError (a ValueError).
var UnsupportedDigestmodError = classes.NewExceptionType("UnsupportedDigestmodError", "_hashlib", "", py.ValueError)

func unsupported() error {
	return py.ExceptionNewf(UnsupportedDigestmodError, "[digital envelope routines] unsupported")
}

// digestByName finds a fixed-size digest for pbkdf2_hmac and hmac_digest.
func digestByName(o py.Object) (func() hash.Hash, error) {
	name, ok := o.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument 'hash_name' must be str, not %s", argclinic.TypeName(o))
	}
	a := lookup(string(name))
	if a == nil || a.newHash == nil {
		return nil, unsupported()
	}
	return a.newHash, nil
}

func pbkdf2HMAC(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("pbkdf2_hmac", args, kwargs, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 0, 5, 4)
	if err != nil {
		return nil, err
	}
	password, err := argclinic.NeedBytes(a[1])
	if err != nil {
		return nil, err
	}
	salt, err := argclinic.NeedBytes(a[2])
	if err != nil {
		return nil, err
	}
	iter, err := argclinic.BigIndex(a[3])
	if err != nil {
		return nil, err
	}
	newHash, err := digestByName(a[0])
	if err != nil {
		return nil, err
	}
	switch {
	case iter.Sign() < 1:
		return nil, py.ExceptionNewf(py.ValueError, "iteration value must be greater than 0.")
	case !iter.IsInt64() || iter.Int64() > math.MaxInt32:
		return nil, py.ExceptionNewf(py.OverflowError, "iteration value is too great.")
	}
	dklen := newHash().Size()
	if a[4] != nil && a[4] != py.None {
		n, err := argclinic.BigIndex(a[4])
		if err != nil {
			return nil, err
		}
		switch {
		case n.Sign() < 1:
			return nil, py.ExceptionNewf(py.ValueError, "key length must be greater than 0.")
		case !n.IsInt64() || n.Int64() > math.MaxInt32:
			return nil, py.ExceptionNewf(py.OverflowError, "key length is too great.")
		}
		dklen = int(n.Int64())
	}
	key, err := pbkdf2.Key(newHash, string(password), salt, int(iter.Int64()), dklen)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%v", err)
	}
	return py.Bytes(key), nil
}

// scryptUint converts n, r or p: a required unsigned int.
func scryptUint(o py.Object, name string) (uint64, error) {
	if o == nil || o == py.None {
		return 0, py.ExceptionNewf(py.TypeError, "%s is required and must be an unsigned int", name)
	}
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "%s is required and must be an unsigned int", name)
	}
	b, err := argclinic.BigIndex(o)
	if err != nil {
		return 0, err
	}
	if b.Sign() < 0 || !b.IsUint64() {
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	return b.Uint64(), nil
}

func scryptKey(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("scrypt", args, kwargs, []string{"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 0, 1, 1)
	if err != nil {
		return nil, err
	}
	password, err := argclinic.NeedBytes(a[0])
	if err != nil {
		return nil, err
	}
	if a[1] == nil || a[1] == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "salt is required")
	}
	salt, err := argclinic.NeedBytes(a[1])
	if err != nil {
		return nil, err
	}
	var v [3]uint64
	for i, name := range []string{"n", "r", "p"} {
		if v[i], err = scryptUint(a[2+i], name); err != nil {
			return nil, err
		}
	}
	n, r, p := v[0], v[1], v[2]
	if n < 2 || n&(n-1) != 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be a power of 2.")
	}
	maxmem, dklen := int64(0), int64(64)
	if a[5] != nil {
		if m, err := argclinic.Int(a[5]); err != nil {
			return nil, err
		} else if maxmem = int64(m); maxmem < 0 || maxmem > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.ValueError, "maxmem must be positive and smaller than %d", math.MaxInt32)
		}
	}
	if a[6] != nil {
		if m, err := argclinic.Int(a[6]); err != nil {
			return nil, err
		} else if dklen = int64(m); dklen < 1 || dklen > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.ValueError, "dklen must be greater than 0 and smaller than %d", math.MaxInt32)
		}
	}
	// OpenSSL's checks: its limits on r, p and n, then the memory it would use (32 MiB by
	// default).
	invalid := r == 0 || p == 0 || p*r > 1<<30-1 || (16*r <= 63 && n >= 1<<(16*r))
	if invalid {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid parameter combination for n, r, p, maxmem.")
	}
	if maxmem == 0 {
		maxmem = 32 << 20
	}
	if need := 128*r*p + 128*r*(n+2); need > uint64(maxmem) || n > math.MaxInt32 {
		return nil, py.ExceptionNewf(py.ValueError, "[digital envelope routines] memory limit exceeded")
	}
	key, err := scrypt.Key(password, salt, int(n), int(r), int(p), int(dklen))
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid parameter combination for n, r, p, maxmem.")
	}
	return py.Bytes(key), nil
}

func hmacDigest(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("hmac_digest", args, kwargs, []string{"key", "msg", "digest"}, 0, 3, 3)
	if err != nil {
		return nil, err
	}
	key, err := argclinic.NeedBytes(a[0])
	if err != nil {
		return nil, err
	}
	msg, err := argclinic.NeedBytes(a[1])
	if err != nil {
		return nil, err
	}
	newHash, err := digestByName(a[2])
	if err != nil {
		return nil, err
	}
	m := hmac.New(newHash, key)
	m.Write(msg)
	return py.Bytes(m.Sum(nil)), nil
}

// compareDigest is hmac.compare_digest: both ASCII str or both bytes-like, compared in
// time that does not depend on where they differ.
func compareDigest(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("compare_digest", "compare_digest", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	x, y := args[0], args[1]
	xs, xstr := x.(py.String)
	ys, ystr := y.(py.String)
	if xstr && ystr {
		for _, s := range []py.String{xs, ys} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, py.ExceptionNewf(py.TypeError, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return py.NewBool(subtle.ConstantTimeCompare([]byte(xs), []byte(ys)) == 1), nil
	}
	_, xbuf := argclinic.Bytes(x)
	_, ybuf := argclinic.Bytes(y)
	if !xbuf && !ybuf {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", argclinic.TypeName(x), argclinic.TypeName(y))
	}
	xb, err := argclinic.NeedBytes(x)
	if err != nil {
		return nil, err
	}
	yb, err := argclinic.NeedBytes(y)
	if err != nil {
		return nil, err
	}
	return py.NewBool(subtle.ConstantTimeCompare(xb, yb) == 1), nil
}
