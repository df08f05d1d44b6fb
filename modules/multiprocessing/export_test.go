package multiprocessing

// SnapshotsTaken counts the 'fork' snapshots this process has taken (for the tests).
func SnapshotsTaken() int64 { return snapshotsTaken.Load() }

// SnapshotBasesMade counts the snapshot bases kept between starts (fork_reuse.go).
func SnapshotBasesMade() int64 { return basesMade.Load() }
