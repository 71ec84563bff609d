package ingest

import (
	"reflect"
	"testing"
)

func TestSplitNumberedRuns(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"1. $1 billion for aircraft delivered on July 16; 2. $1 billion for fuel and parts; and 3. $700 million for salaries.",
			[]string{"1. $1 billion for aircraft delivered on July 16;", "2. $1 billion for fuel and parts; and", "3. $700 million for salaries."}},
		{"(1) The two sides agreed. (2) They discussed trade.", []string{"(1) The two sides agreed.", "(2) They discussed trade."}},
		{"1. Governor Charlie Baker (R-MA) 2. Representative Ayanna Pressley (D-MA-07) 3. Rebecca Holder, Executive Director",
			[]string{"1. Governor Charlie Baker (R-MA)", "2. Representative Ayanna Pressley (D-MA-07)", "3. Rebecca Holder, Executive Director"}},
		// numbers out of order, a number inside a sentence, or no first
		// marker: no run
		{"1. The sides discussed Article 3. of the treaty.", nil},
		{"The ministers met at 2. They agreed.", nil},
		{"1. Prices rose by 2. percent and 4. percent.", nil},
		{"1. Only one point here.", nil},
	}
	for _, tt := range tests {
		if got := splitNumberedRuns(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitNumberedRuns(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}
