package syntax

// where number() starts reading
const (
	numStart    = iota // c is the first digit
	numFraction        // c is the first digit after a leading '.'
)

// number reads a numeric literal (the tokenizer's number states).
func (s *scanner) number(c int, from int) tokKind {
	if from == numFraction {
		return s.fraction(c)
	}
	if c == '0' {
		c = s.nextc()
		switch {
		case c == 'x' || c == 'X':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if !isXDigit(c) {
					s.backup(c)
					return s.errorf("invalid hexadecimal literal")
				}
				for c = s.nextc(); isXDigit(c); c = s.nextc() {
				}
				if c != '_' {
					break
				}
			}
			if !s.verifyEndOfNumber(c, "hexadecimal") {
				return tERRORTOKEN
			}
		case c == 'o' || c == 'O':
			if k, ok := s.radix(8, "octal"); !ok {
				return k
			}
			return tNUMBER
		case c == 'b' || c == 'B':
			if k, ok := s.radix(2, "binary"); !ok {
				return k
			}
			return tNUMBER
		default:
			nonzero := false
			for {
				if c == '_' {
					c = s.nextc()
					if !isDigit(c) {
						s.backup(c)
						return s.errorf("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = s.nextc()
			}
			zerosEnd := s.cur
			if isDigit(c) {
				nonzero = true
				if c = s.decimalTail(); c == 0 {
					return tERRORTOKEN
				}
			}
			switch {
			case c == '.':
				return s.fraction(s.nextc())
			case c == 'e' || c == 'E':
				return s.exponent(c)
			case c == 'j' || c == 'J':
				return s.imaginary()
			case nonzero:
				s.backup(c)
				return s.errorRange(s.start+1-s.lineStart, zerosEnd-s.lineStart,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
			if !s.verifyEndOfNumber(c, "decimal") {
				return tERRORTOKEN
			}
		}
		s.backup(c)
		s.tokEnd = s.cur
		return tNUMBER
	}
	if c = s.decimalTail(); c == 0 {
		return tERRORTOKEN
	}
	if c == '.' {
		return s.fraction(s.nextc())
	}
	return s.afterFraction(c)
}

// radix reads the digits of an octal or binary literal after its 0o or 0b.
func (s *scanner) radix(base int, kind string) (tokKind, bool) {
	c := s.nextc()
	valid := func(c int) bool { return c >= '0' && c < '0'+base }
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !valid(c) {
			if isDigit(c) {
				return s.errorf("invalid digit '%c' in %s literal", c, kind), false
			}
			s.backup(c)
			return s.errorf("invalid %s literal", kind), false
		}
		for c = s.nextc(); valid(c); c = s.nextc() {
		}
		if c != '_' {
			break
		}
	}
	if isDigit(c) {
		return s.errorf("invalid digit '%c' in %s literal", c, kind), false
	}
	if !s.verifyEndOfNumber(c, kind) {
		return tERRORTOKEN, false
	}
	s.backup(c)
	s.tokEnd = s.cur
	return tNUMBER, true
}

// fraction continues after the '.' of a float; c is the character after it.
func (s *scanner) fraction(c int) tokKind {
	if isDigit(c) {
		if c = s.decimalTail(); c == 0 {
			return tERRORTOKEN
		}
	}
	return s.afterFraction(c)
}

func (s *scanner) afterFraction(c int) tokKind {
	if c == 'e' || c == 'E' {
		return s.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return tERRORTOKEN
	}
	s.backup(c)
	s.tokEnd = s.cur
	return tNUMBER
}

// exponent continues at the 'e' of a float.
func (s *scanner) exponent(e int) tokKind {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return s.errorf("invalid decimal literal")
		}
	} else if !isDigit(c) {
		s.backup(c)
		if !s.verifyEndOfNumber(e, "decimal") {
			return tERRORTOKEN
		}
		s.backup(e)
		s.tokEnd = s.cur
		return tNUMBER
	}
	if c = s.decimalTail(); c == 0 {
		return tERRORTOKEN
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return tERRORTOKEN
	}
	s.backup(c)
	s.tokEnd = s.cur
	return tNUMBER
}

// imaginary continues after the 'j' of an imaginary literal.
func (s *scanner) imaginary() tokKind {
	c := s.nextc()
	if !s.verifyEndOfNumber(c, "imaginary") {
		return tERRORTOKEN
	}
	s.backup(c)
	s.tokEnd = s.cur
	return tNUMBER
}

// decimalTail reads digits and single underscores between them; it returns the first
// character after them, or 0 after an error.
func (s *scanner) decimalTail() int {
	var c int
	for {
		for c = s.nextc(); isDigit(c); c = s.nextc() {
		}
		if c != '_' {
			return c
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.errorf("invalid decimal literal")
			return 0
		}
	}
}

// verifyEndOfNumber checks what follows a number: a keyword that may follow a number in
// valid code is accepted (CPython warns), another name is an error.
func (s *scanner) verifyEndOfNumber(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.backup(c)
		ok := s.warn("SyntaxWarning", "invalid "+kind+" literal")
		s.nextc()
		return ok
	}
	if c < 128 && isIdentChar(c) { // CPython lets a non-ASCII character end the number
		s.backup(c)
		s.errorf("invalid %s literal", kind)
		return false
	}
	return true
}

// lookahead reports whether the next characters are test and end a name; it reads
// nothing.
func (s *scanner) lookahead(test string) bool {
	save := s.cur
	res := false
	i := 0
	for {
		c := s.nextc()
		if i == len(test) {
			res = !isIdentChar(c)
		} else if c == int(test[i]) {
			i++
			continue
		}
		break
	}
	s.cur = save
	return res
}

// warn gives a warning of the tokenizer through Warn (CPython's parser_warn): false
// when it became an error, which is then the scanner's.
func (s *scanner) warn(category, msg string) bool {
	warnings.Add(1)
	if Warn == nil {
		return true
	}
	switch err := Warn(category, msg, s.filename, s.lineno); {
	case err == ErrWarningRaised:
		s.errorf("%s", msg)
		return false
	case err != nil:
		s.errorf("%s", err.Error())
		s.err.Cause = err
		return false
	}
	return true
}
