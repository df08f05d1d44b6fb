package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/codec"
)

// Text encodings for str.encode and bytes.decode are internal/codec's, shared with the
// codecs module so that both agree.

// encodeStr encodes s.
func encodeStr(s, encoding, errors string) ([]byte, error) {
	return codec.EncodeText(s, encoding, errors)
}

// Decode decodes b as bytes.decode(encoding, errors) does, with its errors.
func Decode(b []byte, encoding, errors string) (string, error) {
	return codec.DecodeText(b, encoding, errors)
}

// decodeBytes decodes b.
func decodeBytes(b []byte, encoding, errors string) (string, error) {
	return codec.DecodeText(b, encoding, errors)
}

// codecArgs reads (encoding='utf-8', errors='strict').
func codecArgs(name string, args py.Tuple, kw py.StringDict) (string, string, error) {
	var encObj, errObj py.Object
	if err := parseArgs(name, args, kw, []string{"encoding", "errors"}, 2, 0, &encObj, &errObj); err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	if encObj != nil {
		s, ok := encObj.(py.String)
		if !ok {
			return "", "", py.ExceptionNewf(py.TypeError, "%s() argument 'encoding' must be str, not %s", name, typeName(encObj))
		}
		enc = string(s)
	}
	if errObj != nil {
		s, ok := errObj.(py.String)
		if !ok {
			return "", "", py.ExceptionNewf(py.TypeError, "%s() argument 'errors' must be str, not %s", name, typeName(errObj))
		}
		errs = string(s)
	}
	return enc, errs, nil
}
