package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestParticipantsDebug(t *testing.T) {
	p := os.Getenv("PDEBUG")
	if p == "" {
		t.Skip()
	}
	for _, s := range strings.Split(p, "|||") {
		r := phraseRecord(s)
		fmt.Println(r.Kind, s)
		for _, x := range r.Participants {
			fmt.Printf("   %q hon=%v title=%v aff=%v\n", x.Name, deref(x.Honorific), deref(x.Title), deref(x.Affiliation))
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
