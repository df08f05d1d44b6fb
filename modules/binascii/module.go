package binascii

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
)

func init() {
	data := []string{"data"}
	methods := []*py.Method{
		method("a2b_uu", data, 1, 1, 1, "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.", func(a []py.Object) (py.Object, error) {
			b, err := asciiData(a[0])
			if err != nil {
				return nil, err
			}
			return bytesResult(DecodeUU(b))
		}),
		method("b2a_uu", []string{"data", "backtick"}, 1, 1, 1, "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.", func(a []py.Object) (py.Object, error) {
			b, err := argclinic.NeedBytes(a[0])
			if err != nil {
				return nil, err
			}
			backtick, err := boolArg(a[1])
			if err != nil {
				return nil, err
			}
			return bytesResult(EncodeUU(b, backtick))
		}),
		method("a2b_base64", []string{"data", "strict_mode"}, 1, 1, 1, "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.", func(a []py.Object) (py.Object, error) {
			b, err := asciiData(a[0])
			if err != nil {
				return nil, err
			}
			strict, err := boolArg(a[1])
			if err != nil {
				return nil, err
			}
			return bytesResult(DecodeBase64(b, strict))
		}),
		method("b2a_base64", []string{"data", "newline"}, 1, 1, 1, "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.", func(a []py.Object) (py.Object, error) {
			b, err := argclinic.NeedBytes(a[0])
			if err != nil {
				return nil, err
			}
			newline := true
			if a[1] != nil {
				if newline, err = py.ObjectIsTrue(a[1]); err != nil {
					return nil, err
				}
			}
			return py.Bytes(EncodeBase64(b, newline)), nil
		}),
		method("crc_hqx", []string{"data", "crc"}, 2, 2, 2, "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.", func(a []py.Object) (py.Object, error) {
			b, err := argclinic.NeedBytes(a[0])
			if err != nil {
				return nil, err
			}
			crc, err := argclinic.Uint32(a[1])
			if err != nil {
				return nil, err
			}
			return py.Int(CRCHqx(b, crc)), nil
		}),
		method("crc32", []string{"data", "crc"}, 2, 2, 1, "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.", func(a []py.Object) (py.Object, error) {
			b, err := argclinic.NeedBytes(a[0])
			if err != nil {
				return nil, err
			}
			var crc uint32
			if a[1] != nil {
				if crc, err = argclinic.Uint32(a[1]); err != nil {
					return nil, err
				}
			}
			return py.Int(crc32Of(b, crc)), nil
		}),
		method("b2a_hex", []string{"data", "sep", "bytes_per_sep"}, 0, 3, 1, "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.", hexlify),
		method("hexlify", []string{"data", "sep", "bytes_per_sep"}, 0, 3, 1, "hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.", hexlify),
		method("a2b_hex", []string{"hexstr"}, 1, 1, 1, "a2b_hex($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.", unhexlify),
		method("unhexlify", []string{"hexstr"}, 1, 1, 1, "unhexlify($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.", unhexlify),
		method("a2b_qp", []string{"data", "header"}, 0, 2, 1, "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data.", func(a []py.Object) (py.Object, error) {
			b, err := asciiData(a[0])
			if err != nil {
				return nil, err
			}
			header, err := boolArg(a[1])
			if err != nil {
				return nil, err
			}
			return py.Bytes(DecodeQP(b, header)), nil
		}),
		method("b2a_qp", []string{"data", "quotetabs", "istext", "header"}, 0, 4, 1, "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\nEncode a string using quoted-printable encoding.", func(a []py.Object) (py.Object, error) {
			b, err := argclinic.NeedBytes(a[0])
			if err != nil {
				return nil, err
			}
			flags := [3]bool{false, true, false}
			for i, o := range a[1:] {
				if o != nil {
					if flags[i], err = py.ObjectIsTrue(o); err != nil {
						return nil, err
					}
				}
			}
			return py.Bytes(EncodeQP(b, flags[0], flags[1], flags[2])), nil
		}),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "binascii", Doc: "Conversion between binary data and ASCII"},
		Methods: methods,
		Globals: py.StringDict{"Error": Error, "Incomplete": Incomplete},
	})
	registerBase64Helpers()
}
