package sre

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// cases.json is what python3 did with every pattern of testdata/cases.py (made by
// testdata/gen_cases.py; never edited by hand).
type recordedCase struct {
	Pattern    string       `json:"pattern"`
	Bytes      bool         `json:"bytes"`
	Flags      int          `json:"flags"`
	Error      *recordedErr `json:"error"`
	Warnings   [][2]string  `json:"warnings"`
	Code       []uint32     `json:"code"`
	PFlags     int          `json:"pflags"`
	Groups     int          `json:"groups"`
	GroupIndex [][2]any     `json:"groupindex"`
	Runs       []struct {
		S         string           `json:"s"`
		Pos       int              `json:"pos"`
		Endpos    *int             `json:"endpos"`
		Search    *recordedMatch   `json:"search"`
		Match     *recordedMatch   `json:"match"`
		Fullmatch *recordedMatch   `json:"fullmatch"`
		Finditer  []*recordedMatch `json:"finditer"`
	} `json:"runs"`
}

type recordedErr struct {
	Type string `json:"type"`
	Msg  string `json:"msg"`
	Pos  *int   `json:"pos"`
}

type recordedMatch struct {
	Regs      [][2]int `json:"regs"`
	LastIndex *int     `json:"lastindex"`
}

func loadCases(t testing.TB) []recordedCase {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []recordedCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// subjectState prepares a State the way the re module does: bytes for bytes subjects and
// ASCII str, runes otherwise; forceWide takes the rune path for ASCII str too.
func subjectState(prog *Program, s string, isBytes, forceWide bool, pos, endpos int) *State {
	rs := []rune(s)
	ascii := true
	for _, r := range rs {
		if r >= 128 {
			ascii = false
		}
	}
	if isBytes || ascii && !forceWide {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return NewState(prog, b, nil, false, pos, endpos)
	}
	return NewState(prog, nil, rs, true, pos, endpos)
}

func describe(st *State, ok bool, err error) *recordedMatch {
	if err != nil {
		panic(err)
	}
	if !ok {
		return nil
	}
	regs, err := st.Regs()
	if err != nil {
		panic(err)
	}
	m := &recordedMatch{}
	for i := 0; i < len(regs); i += 2 {
		m.Regs = append(m.Regs, [2]int{regs[i], regs[i+1]})
	}
	if li := st.LastIndex(); li >= 0 {
		m.LastIndex = &li
	}
	return m
}

// finditer is the scanner loop of Pattern.finditer.
func finditer(st *State) []*recordedMatch {
	out := []*recordedMatch{}
	for st.Start <= st.end {
		st.Reset()
		st.Ptr = st.Start
		ok, err := st.Search()
		m := describe(st, ok, err)
		if m == nil {
			break
		}
		out = append(out, m)
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	return out
}

func show(m any) string {
	b, _ := json.Marshal(m)
	return string(b)
}

// testLookup knows the character names cases.py uses.
func testLookup(name string) (rune, bool, error) {
	r, ok := map[string]rune{"EM DASH": 0x2014}[name]
	return r, ok, nil
}

func TestRecordedCases(t *testing.T) {
	for _, c := range loadCases(t) {
		name := fmt.Sprintf("%q/%d", c.Pattern, c.Flags)
		if c.Bytes {
			name = "b" + name
		}
		prog, err := Compile([]rune(c.Pattern), !c.Bytes, c.Flags, Options{Lookup: testLookup})
		var warns [][2]string
		if prog != nil {
			for _, w := range prog.Warnings {
				warns = append(warns, [2]string{w.Category, w.Msg})
			}
		}
		if c.Error != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Errorf("%s: compiled, python3 raised %s: %s", name, c.Error.Type, c.Error.Msg)
				continue
			}
			kind := map[string]ErrorKind{"error": KindError, "OverflowError": KindOverflow, "ValueError": KindValue}[c.Error.Type]
			pos := -1
			if c.Error.Pos != nil {
				pos = *c.Error.Pos
			}
			if e.Kind != kind || e.Msg != c.Error.Msg || e.Pos != pos {
				t.Errorf("%s: error %d %q at %d, python3 %s %q at %d", name, e.Kind, e.Msg, e.Pos, c.Error.Type, c.Error.Msg, pos)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(c.Warnings) > 0 || len(warns) > 0 {
			if !reflect.DeepEqual(warns, c.Warnings) {
				t.Errorf("%s: warnings %v, python3 %v", name, warns, c.Warnings)
			}
		}
		if !reflect.DeepEqual(prog.Code, c.Code) {
			t.Errorf("%s: code\n%v\npython3\n%v", name, prog.Code, c.Code)
		}
		if prog.Flags != c.PFlags || prog.Groups != c.Groups {
			t.Errorf("%s: flags %d groups %d, python3 %d %d", name, prog.Flags, prog.Groups, c.PFlags, c.Groups)
		}
		var gi [][2]any
		for _, n := range prog.GroupNames {
			gi = append(gi, [2]any{n, float64(prog.GroupIndex[n])})
		}
		if len(gi) > 0 || len(c.GroupIndex) > 0 {
			if !reflect.DeepEqual(gi, c.GroupIndex) {
				t.Errorf("%s: groupindex %v, python3 %v", name, gi, c.GroupIndex)
			}
		}
		for _, r := range c.Runs {
			endpos := 1 << 62
			if r.Endpos != nil {
				endpos = *r.Endpos
			}
			for _, wide := range []bool{false, true} {
				at := fmt.Sprintf("%s on %q[%d:%d] wide=%v", name, r.S, r.Pos, endpos, wide)
				st := subjectState(prog, r.S, c.Bytes, wide, r.Pos, endpos)
				st.Ptr = st.Start
				ok, err := st.Search()
				if got := describe(st, ok, err); show(got) != show(r.Search) {
					t.Errorf("%s: search %s, python3 %s", at, show(got), show(r.Search))
				}
				st = subjectState(prog, r.S, c.Bytes, wide, r.Pos, endpos)
				ok, err = st.Match()
				if got := describe(st, ok, err); show(got) != show(r.Match) {
					t.Errorf("%s: match %s, python3 %s", at, show(got), show(r.Match))
				}
				st = subjectState(prog, r.S, c.Bytes, wide, r.Pos, endpos)
				st.MatchAll = true
				ok, err = st.Match()
				if got := describe(st, ok, err); show(got) != show(r.Fullmatch) {
					t.Errorf("%s: fullmatch %s, python3 %s", at, show(got), show(r.Fullmatch))
				}
				st = subjectState(prog, r.S, c.Bytes, wide, r.Pos, endpos)
				if got := finditer(st); show(got) != show(r.Finditer) {
					t.Errorf("%s: finditer %s, python3 %s", at, show(got), show(r.Finditer))
				}
			}
		}
	}
}
