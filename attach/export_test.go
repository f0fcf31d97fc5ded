package attach

// Hooks for the external tests.
var (
	MayOpenPlace    = mayOpenPlace
	IsDictSegmenter = isDictSegmenter
)
