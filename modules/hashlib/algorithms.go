package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"sort"
	"strings"

	"golang.org/x/crypto/ripemd160"

	"github.com/gopyrt/gopy/modules/hashlib/internal/sm3"
)

// algorithm is one of the digests _hashlib offers (python3's OpenSSL names).
type algorithm struct {
	name      string
	size      int // digest size (0 for the SHAKEs, whose output length is chosen)
	blockSize int
	newHash   func() hash.Hash   // nil for the SHAKEs
	newXOF    func() *sha3.SHAKE // the SHAKEs
}

var algorithms = map[string]*algorithm{}

func register(name string, size, block int, h func() hash.Hash) {
	algorithms[name] = &algorithm{name: name, size: size, blockSize: block, newHash: h}
}

func init() {
	register("md5", 16, 64, md5.New)
	register("sha1", 20, 64, sha1.New)
	register("sha224", 28, 64, sha256.New224)
	register("sha256", 32, 64, sha256.New)
	register("sha384", 48, 128, sha512.New384)
	register("sha512", 64, 128, sha512.New)
	register("sha512_224", 28, 128, sha512.New512_224)
	register("sha512_256", 32, 128, sha512.New512_256)
	register("sha3_224", 28, 144, func() hash.Hash { return sha3.New224() })
	register("sha3_256", 32, 136, func() hash.Hash { return sha3.New256() })
	register("sha3_384", 48, 104, func() hash.Hash { return sha3.New384() })
	register("sha3_512", 64, 72, func() hash.Hash { return sha3.New512() })
	register("ripemd160", 20, 64, func() hash.Hash { return &replayable{h: ripemd160.New(), make: ripemd160.New} })
	register("md5-sha1", 36, 64, func() hash.Hash { return &pair{md5.New(), sha1.New()} })
	register("sm3", 32, 64, func() hash.Hash { return sm3.New() })
	algorithms["shake_128"] = &algorithm{name: "shake_128", blockSize: 168, newXOF: sha3.NewSHAKE128}
	algorithms["shake_256"] = &algorithm{name: "shake_256", blockSize: 136, newXOF: sha3.NewSHAKE256}
}

// lookup finds an algorithm by Python's or OpenSSL's name ("SHA256", "sha3-256",
// "SHA512-224" ...).
func lookup(name string) *algorithm {
	n := strings.ToLower(name)
	if a, ok := algorithms[n]; ok {
		return a
	}
	switch n {
	case "sha512-224", "sha512-256", "sha3-224", "sha3-256", "sha3-384", "sha3-512":
		return algorithms[strings.Replace(n, "-", "_", 1)]
	case "shake128":
		return algorithms["shake_128"]
	case "shake256":
		return algorithms["shake_256"]
	case "ripemd", "rmd160", "ripemd-160":
		return algorithms["ripemd160"]
	}
	return nil
}

// names lists the algorithms, sorted.
func names() []string {
	var out []string
	for n := range algorithms {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// clone copies a hash state.
func clone(h hash.Hash) hash.Hash {
	switch c := h.(type) {
	case hash.Cloner:
		d, err := c.Clone()
		if err == nil {
			return d
		}
	case *sm3.Digest:
		return c.Clone()
	case *replayable:
		return c.clone()
	case *pair:
		return &pair{clone(c.a), clone(c.b)}
	}
	panic("hashlib: a hash state that cannot be copied")
}

// pair is OpenSSL's md5-sha1: both digests of the same data, side by side.
type pair struct{ a, b hash.Hash }

func (p *pair) Write(b []byte) (int, error) { p.a.Write(b); return p.b.Write(b) }
func (p *pair) Sum(b []byte) []byte         { return p.b.Sum(p.a.Sum(b)) }
func (p *pair) Reset()                      { p.a.Reset(); p.b.Reset() }
func (p *pair) Size() int                   { return p.a.Size() + p.b.Size() }
func (p *pair) BlockSize() int              { return 64 }

// replayable wraps a hash whose state cannot be copied (x/crypto's ripemd160): it keeps
// the data written, so a copy is a new hash fed the same data.
type replayable struct {
	h    hash.Hash
	make func() hash.Hash
	data []byte
}

func (r *replayable) Write(b []byte) (int, error) { r.data = append(r.data, b...); return r.h.Write(b) }
func (r *replayable) Sum(b []byte) []byte         { return r.h.Sum(b) }
func (r *replayable) Reset()                      { r.h.Reset(); r.data = nil }
func (r *replayable) Size() int                   { return r.h.Size() }
func (r *replayable) BlockSize() int              { return r.h.BlockSize() }

func (r *replayable) clone() *replayable {
	c := &replayable{h: r.make(), make: r.make, data: append([]byte(nil), r.data...)}
	c.h.Write(c.data)
	return c
}
