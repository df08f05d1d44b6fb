package binascii

// Quoted-printable (RFC 1521) as CPython's binascii does it, including its line-length
// rule (76), its CRLF detection from the first line end and its handling of '.' alone
// at the start of a line.

const maxLineSize = 76

// DecodeQP is a2b_qp.
func DecodeQP(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	for in := 0; in < len(data); {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= len(data) {
				return out
			}
			switch d := data[in]; {
			case d == '\n' || d == '\r': // soft line break
				if d != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			case d == '=':
				out = append(out, '=')
				in++
			case in+1 < len(data) && hexValue(d) < 16 && hexValue(data[in+1]) < 16:
				out = append(out, hexValue(d)<<4|hexValue(data[in+1]))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return out
}

// EncodeQP is b2a_qp.
func EncodeQP(data []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	const digits = "0123456789ABCDEF"
	out := make([]byte, 0, len(data)+len(data)/8)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	linelen := 0
	for in := 0; in < len(data); {
		c := data[in]
		last := in+1 == len(data)
		var next byte
		if !last {
			next = data[in+1]
		}
		quote := c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && last) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))
		switch {
		case quote:
			if linelen+3 >= maxLineSize {
				softBreak()
				linelen = 0
			}
			out = append(out, '=', digits[c>>4], digits[c&15])
			in++
			linelen += 3
		case istext && (c == '\n' || (!last && c == '\r' && next == '\n')):
			linelen = 0
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ws := out[n-1]
				out = append(out[:n-1], '=', digits[ws>>4], digits[ws&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
		default:
			if !last && next != '\n' && linelen+1 >= maxLineSize {
				softBreak()
				linelen = 0
			}
			linelen++
			if header && c == ' ' {
				out = append(out, '_')
			} else {
				out = append(out, c)
			}
			in++
		}
	}
	return out
}
