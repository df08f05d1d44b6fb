package interp

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The collector's pace. Go collects when the heap has grown by GOGC percent (100) of what
// was live after the last collection. A Python program's live heap is often a few
// megabytes, and interpreted code allocates all the time (frames, ints, instances), so a
// collection came every few megabytes and took a third of the time of call-heavy code.
// PaceCollector keeps at least minHeadroom of growth between collections: after each one
// the percentage is set so that the next comes when the heap has grown by the larger of
// what is live and minHeadroom (GOGC 100 again from minHeadroom of live data on). An
// idle process allocates nothing, so it does not grow by this.

// minHeadroom is the least growth of the heap between two collections.
const minHeadroom = 16 << 20

var paceOnce sync.Once

// PaceCollector sets the Go collector's pace for an interpreter process (see above); the
// gopy command calls it first thing, so its multiprocessing children are paced too, and a
// Go program that embeds gopy may call it. It does nothing when the GOGC environment
// variable is set. Fewer collections must not leave descriptors of dropped objects open
// for longer than a script can afford: what holds one is registered with package finalize
// (files, connections, queues, a started child's Popen), whose points collect for them
// (once they pile up, whatever collections cost); multiprocessing begins a collection
// every few child starts and retries a start that runs out of descriptors after a
// collection (withFdRetry).
func PaceCollector() {
	if os.Getenv("GOGC") != "" {
		return
	}
	paceOnce.Do(func() {
		p := &pacer{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, percent: 100}
		p.arm()
	})
}

// pacer adjusts GOGC after every collection: a finalizer on an object made for the purpose
// runs once the collection that freed it has finished, and arms the next one.
type pacer struct {
	sample  []metrics.Sample
	percent int
}

type gcTick struct{ _ *int } // holds a pointer: tiny pointer-free objects may never be freed alone

func (p *pacer) arm() {
	runtime.SetFinalizer(&gcTick{}, func(*gcTick) {
		p.adjust()
		p.arm()
	})
}

func (p *pacer) adjust() {
	metrics.Read(p.sample)
	pct := gcPercentFor(p.sample[0].Value.Uint64())
	if d := pct - p.percent; d > p.percent/8 || -d > p.percent/8 {
		debug.SetGCPercent(pct)
		p.percent = pct
	}
}

// gcPercentFor is the GOGC that lets a heap with live bytes of live data grow by
// max(live, minHeadroom) before the next collection. Go never sets the next goal below
// its minimum heap, 4 MB scaled by GOGC/100, so the percentage is also kept low enough for
// that minimum to stay at live+minHeadroom.
func gcPercentFor(live uint64) int {
	if live >= minHeadroom {
		return 100
	}
	const goMinHeap = 4 << 20
	pct := minHeadroom * 100 / max(live, 1)
	return int(max(100, min(pct, (live+minHeadroom)*100/goMinHeap)))
}
