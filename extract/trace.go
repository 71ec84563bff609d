package extract

import (
	"runtime"
	"strings"
	"sync"
)

// callerRules caches, by program counter, the rule name callerRule derives
// from a call site, so tracing costs a map look-up, not a symbol search.
var callerRules struct {
	sync.RWMutex
	byPC map[uintptr]string
}

// callerRule names the extraction function that set a value, for values
// whose code has no named rule: the first caller outside the evidence
// setters ("(*reader).extractPublished" gives "extractPublished").
func callerRule() string {
	var pcs [6]uintptr
	n := runtime.Callers(2, pcs[:])
	for _, pc := range pcs[:n] {
		callerRules.RLock()
		name, ok := callerRules.byPC[pc]
		callerRules.RUnlock()
		if !ok {
			name = funcRuleName(pc)
			callerRules.Lock()
			if callerRules.byPC == nil {
				callerRules.byPC = map[uintptr]string{}
			}
			callerRules.byPC[pc] = name
			callerRules.Unlock()
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// funcRuleName is the short name of the function holding pc, or "" for
// the evidence setters themselves (set, str, setRule), which are passed
// over.
func funcRuleName(pc uintptr) string {
	f := runtime.FuncForPC(pc - 1)
	if f == nil {
		return ""
	}
	name := f.Name()
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimPrefix(name, "extract.")
	name = strings.TrimPrefix(name, "(*reader).")
	switch name {
	case "set", "str", "setRule", "callerRule":
		return ""
	}
	return name
}
