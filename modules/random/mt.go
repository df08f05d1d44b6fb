package random

// The Mersenne Twister MT19937 as CPython's _randommodule.c uses it (Matsumoto and
// Nishimura's reference algorithm): the same state, seeding and output, so that a seeded
// generator gives python3's numbers.

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	initSeed    = 19650218
	initMult    = 1812433253
	arrayMult1  = 1664525
	arrayMult2  = 1566083941
	temperMaskB = 0x9d2c5680
	temperMaskC = 0xefc60000
)

// mt is the generator state: 624 words and the index of the next one to use.
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand fills the state from one 32-bit seed.
func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = initMult*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from a key of 32-bit words (CPython passes the seed's absolute value,
// least significant word first).
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(initSeed)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult1)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult2)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

// uint32 returns the next 32 random bits.
func (m *mt) uint32() uint32 {
	if m.index >= mtN {
		m.generate()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & temperMaskB
	y ^= (y << 15) & temperMaskC
	y ^= y >> 18
	return y
}

func (m *mt) generate() {
	mag := [2]uint32{0, matrixA}
	var kk int
	for kk = 0; kk < mtN-mtM; kk++ {
		y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
		m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ mag[y&1]
	}
	for ; kk < mtN-1; kk++ {
		y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
		m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
	}
	y := (m.state[mtN-1] & upperMask) | (m.state[0] & lowerMask)
	m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ mag[y&1]
	m.index = 0
}

// float returns a float in [0, 1) with 53 random bits, as random.random() does.
func (m *mt) float() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits returns k random bits (k > 0) as little-endian 32-bit words, the last one holding
// k mod 32 bits (all 32 if k is a multiple of 32), as getrandbits builds its int.
func (m *mt) bits(k int) []uint32 {
	words := make([]uint32, (k-1)/32+1)
	for i := range words {
		r := m.uint32()
		if k < 32 {
			r >>= uint(32 - k)
		}
		words[i] = r
		k -= 32
	}
	return words
}
