package multiprocessing

// SnapshotsTaken counts the 'fork' snapshots this process has taken (for the tests).
func SnapshotsTaken() int64 { return snapshotsTaken.Load() }
