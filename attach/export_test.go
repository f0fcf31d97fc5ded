package attach

// Hooks for the external tests.
var (
	MayOpenPlace    = mayOpenPlace
	IsDictSegmenter = isDictSegmenter
)

// FreshAttachers runs f with an attacher made anew for each document.
func FreshAttachers(f func()) {
	reuseAttachers = false
	defer func() { reuseAttachers = true }()
	f()
}
