// Package hashlib provides Python's hashlib and hmac: _hashlib (the digests python3's
// OpenSSL offers, on Go's crypto packages, golang.org/x/crypto's ripemd160 and scrypt,
// and an SM3 of our own), _blake2 (BLAKE2b and BLAKE2s with their whole parameter block,
// internal/blake2, since x/crypto's take only a size and a key), and hashlib.py and
// hmac.py, written for gopy, over them.
package hashlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
)

//go:embed hashlib.py
var hashlibSource string

//go:embed hmac.py
var hmacSource string

// construct makes a hash of algorithm a from a constructor's arguments (string=b”, *,
// usedforsecurity=True).
func construct(fname string, a *algorithm, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := argclinic.Parse(fname, args, kwargs, []string{"string", "usedforsecurity"}, 0, 1, 0)
	if err != nil {
		return nil, err
	}
	h := newHash(a)
	if v[0] != nil {
		b, err := dataArg(v[0])
		if err != nil {
			return nil, err
		}
		h.write(b)
	}
	return h, nil
}

func constructor(name string) *py.Method {
	a := algorithms[name]
	fname := "openssl_" + name
	return py.MustNewMethod(fname, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return construct(fname, a, args, kwargs)
	}, 0, fname+"($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturns a "+name+" hash object; optionally initialized with a string")
}

func hashNew(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := argclinic.Parse("new", args, kwargs, []string{"name", "string", "usedforsecurity"}, 0, 2, 1)
	if err != nil {
		return nil, err
	}
	name, ok := v[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "name must be a string")
	}
	a := lookup(string(name))
	if a == nil {
		return nil, unsupported()
	}
	return construct("new", a, args[1:], kwargsWithout(kwargs, "name"))
}

func kwargsWithout(kwargs py.StringDict, name string) py.StringDict {
	if _, ok := kwargs[name]; !ok {
		return kwargs
	}
	out := py.StringDict{}
	for k, v := range kwargs {
		if k != name {
			out[k] = v
		}
	}
	return out
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("new", hashNew, 0, "new($module, /, name, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new hash object using the named algorithm."),
		py.MustNewMethod("pbkdf2_hmac", pbkdf2HMAC, 0, "pbkdf2_hmac($module, /, hash_name, password, salt, iterations, dklen=None)\n--\n\nPassword based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."),
		py.MustNewMethod("scrypt", scryptKey, 0, "scrypt($module, /, password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)\n--\n\nscrypt password-based key derivation function."),
		py.MustNewMethod("hmac_digest", hmacDigest, 0, "hmac_digest($module, /, key, msg, digest)\n--\n\nSingle-shot HMAC."),
		py.MustNewMethod("compare_digest", compareDigest, 0, "compare_digest($module, a, b, /)\n--\n\nReturn 'a == b' in time that does not depend on where they differ."),
		py.MustNewMethod("get_fips_mode", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) { return py.Int(0), nil }, 0, "get_fips_mode($module, /)\n--\n\nDetermine the OpenSSL FIPS mode of operation (always 0)."),
	}
	var nameObjs []py.Object
	for _, n := range names() {
		if n != "blake2b" && n != "blake2s" {
			methods = append(methods, constructor(n))
		}
		nameObjs = append(nameObjs, py.String(n))
	}
	nameObjs = append(nameObjs, py.String("blake2b"), py.String("blake2s"))
	nameSet, err := objects.NewFrozenSet(nameObjs)
	if err != nil {
		panic(err)
	}
	globals := py.StringDict{
		"openssl_md_meth_names":     nameSet,
		"HASH":                      HASHType,
		"HASHXOF":                   HASHXOFType,
		"UnsupportedDigestmodError": UnsupportedDigestmodError,
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_hashlib", Doc: "The digests of python3's OpenSSL, on Go's crypto."},
		Methods: methods,
		Globals: globals,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_blake2", Doc: "BLAKE2b and BLAKE2s with their parameter blocks."},
		Globals: py.StringDict{"blake2b": Blake2bType, "blake2s": Blake2sType},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "hashlib", Doc: "Secure hashes and message digests.", FileDesc: "<frozen hashlib>"},
		CodeSrc: hashlibSource,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "hmac", Doc: "HMAC (Keyed-Hashing for Message Authentication).", FileDesc: "<frozen hmac>"},
		CodeSrc: hmacSource,
	})
}
