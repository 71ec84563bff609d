package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/batch"
	"github.com/readout/readout/pipeline/store"
)

// readmeQueries are the five queries the README shows, verbatim; each is
// checked against the same question asked of the JSON Lines records.
var readmeQueries = []struct {
	name, sql string
	// jsonl answers the question from the records as JSON Lines give them
	// (decoded into plain maps, as jq sees them), one row per string.
	jsonl func(recs []map[string]any) []string
}{
	{"counterparts by year", `SELECT substr(r.date, 1, 4) AS year, p.country_code AS counterpart, COUNT(DISTINCT r.id) AS records
FROM records r JOIN participants p ON p.record = r.id
WHERE p.position > 1 AND p.country_code IS NOT NULL AND r.date IS NOT NULL
GROUP BY year, counterpart ORDER BY year, records DESC, counterpart;`, func(recs []map[string]any) []string {
		n := map[[2]string]int{}
		for _, r := range recs {
			date, _ := r["date"].(string)
			if date == "" {
				continue
			}
			seen := map[string]bool{}
			for i, p := range r["participants"].([]any) {
				c, _ := p.(map[string]any)["country_code"].(string)
				if i > 0 && c != "" && !seen[c] {
					seen[c] = true
					n[[2]string{date[:4], c}]++
				}
			}
		}
		keys := make([][2]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			if a[0] != b[0] {
				return a[0] < b[0]
			}
			if n[a] != n[b] {
				return n[a] > n[b]
			}
			return a[1] < b[1]
		})
		var out []string
		for _, k := range keys {
			out = append(out, fmt.Sprintf("%s|%s|%d", k[0], k[1], n[k]))
		}
		return out
	}},
	{"calls vs meetings per month", `SELECT substr(date, 1, 7) AS month,
  SUM(kind IN ('telephone-talk', 'video-conference')) AS calls,
  SUM(kind IN ('meeting', 'courtesy-call', 'working-meal')) AS meetings
FROM records WHERE date IS NOT NULL
GROUP BY month ORDER BY month;`, func(recs []map[string]any) []string {
		calls, meets := map[string]int{}, map[string]int{}
		months := map[string]bool{}
		for _, r := range recs {
			date, _ := r["date"].(string)
			if date == "" {
				continue
			}
			m := date[:7]
			months[m] = true
			switch r["kind"] {
			case "telephone-talk", "video-conference":
				calls[m]++
			case "meeting", "courtesy-call", "working-meal":
				meets[m]++
			}
		}
		var out []string
		for m := range months {
			out = append(out, fmt.Sprintf("%s|%d|%d", m, calls[m], meets[m]))
		}
		sort.Strings(out)
		return out
	}},
	{"every record with a warning", `SELECT r.path, w.text FROM warnings w JOIN records r ON r.id = w.record
ORDER BY r.path, w.position;`, func(recs []map[string]any) []string {
		var out []string
		for _, r := range recs {
			for _, w := range r["warnings"].([]any) {
				out = append(out, r["_rel"].(string)+"|"+w.(string))
			}
		}
		return out
	}},
	{"one person's encounters", `SELECT r.date, r.kind, r.title FROM participants p JOIN records r ON r.id = p.record
WHERE p.person = (SELECT person FROM participants WHERE name = 'Benjamin Netanyahu' LIMIT 1)
ORDER BY r.date, r.path;`, func(recs []map[string]any) []string {
		// jq: select(any(.participants[]; .name | test("Netanyahu"))):
		// the archive has one Netanyahu, so every spelling is his.
		type row struct{ date, path, s string }
		var rows []row
		for _, r := range recs {
			for _, p := range r["participants"].([]any) {
				if strings.Contains(p.(map[string]any)["name"].(string), "Netanyahu") {
					date, _ := r["date"].(string)
					title, _ := r["title"].(string)
					rows = append(rows, row{date, r["_rel"].(string), date + "|" + r["kind"].(string) + "|" + title})
					break
				}
			}
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].date != rows[j].date {
				return rows[i].date < rows[j].date
			}
			return rows[i].path < rows[j].path
		})
		var out []string
		for _, r := range rows {
			out = append(out, r.s)
		}
		return out
	}},
	{"agenda points mentioning a word", `SELECT r.path, a.path AS point, a.heading, a.text FROM agenda a JOIN records r ON r.id = a.record
WHERE a.heading LIKE '%climate%' OR a.text LIKE '%climate%'
ORDER BY r.path, a.position;`, func(recs []map[string]any) []string {
		var out []string
		var walk func(rel, prefix string, items []any)
		walk = func(rel, prefix string, items []any) {
			for _, it := range items {
				m := it.(map[string]any)
				p := fmt.Sprint(m["number"])
				if prefix != "" {
					p = prefix + "." + p
				}
				h, _ := m["heading"].(string)
				t, _ := m["text"].(string)
				if strings.Contains(strings.ToLower(h), "climate") || strings.Contains(strings.ToLower(t), "climate") {
					out = append(out, rel+"|"+p+"|"+h+"|"+t)
				}
				if pts, ok := m["points"].([]any); ok {
					walk(rel, p, pts)
				}
			}
		}
		for _, r := range recs {
			walk(r["_rel"].(string), "", r["agenda"].([]any))
		}
		return out
	}},
}

// teeSink writes records to a database and keeps their JSON Lines.
type teeSink struct {
	db    *store.SQLiteSink
	mu    sync.Mutex
	lines map[string][]byte
}

func (t *teeSink) Record(rel string, rec *extract.Record) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	t.mu.Lock()
	t.lines[rel] = data
	t.mu.Unlock()
	return t.db.Record(rel, rec)
}

func (t *teeSink) Failure(rel string, err error) {}

// TestREADMEQueries runs the README's queries on a database of the White
// House archive and compares each answer with the same question asked of
// the JSON Lines; it also checks the database holds every record and
// participant the JSON Lines hold.
func TestREADMEQueries(t *testing.T) {
	archive := filepath.Join("..", "..", "..", "shared", "archive", "wh")
	if _, err := os.Stat(archive); err != nil {
		t.Skip("no ../shared/archive/wh")
	}
	if testing.Short() {
		t.Skip("reads 1,410 readouts")
	}
	path := filepath.Join(t.TempDir(), "wh.sqlite")
	db, err := store.NewSQLiteSink(path, store.Run{Tool: "readout", Version: "test", Schema: extract.SchemaVersion, Archive: archive, Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	tee := &teeSink{db: db, lines: map[string][]byte{}}
	rep, err := batch.Run(context.Background(), archive, batch.Options{}, tee)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Finish(store.Run{Status: rep.Status}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	var recs []map[string]any
	participants := 0
	for rel, line := range tee.lines {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		m["_rel"] = rel
		participants += len(m["participants"].([]any))
		recs = append(recs, m)
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i]["_rel"].(string) < recs[j]["_rel"].(string) })

	conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for table, want := range map[string]int{"records": len(recs), "participants": participants} {
		var n int
		if err := conn.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%s: %d rows, JSON Lines hold %d", table, n, want)
		}
	}
	if len(recs) != 1410 {
		t.Errorf("%d records, want 1410", len(recs))
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range readmeQueries {
		if !strings.Contains(string(readme), q.sql) {
			t.Errorf("%s: the README does not show this query", q.name)
		}
		got, err := queryRows(conn, q.sql)
		if err != nil {
			t.Errorf("%s: %v", q.name, err)
			continue
		}
		want := q.jsonl(recs)
		if len(want) == 0 {
			t.Errorf("%s: no answer on the archive: a test of nothing", q.name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: database gives %d rows, JSON Lines %d\n%s", q.name, len(got), len(want), firstDiff(got, want))
		}
	}
}

// queryRows runs q and returns each row's columns joined by "|", NULL as "".
func queryRows(db *sql.DB, q string) ([]string, error) {
	rows, err := db.Query(q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		parts := make([]string, len(cols))
		for i, v := range vals {
			parts[i] = v.String
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out, rows.Err()
}

// firstDiff shows where two answers first differ.
func firstDiff(a, b []string) string {
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Sprintf("row %d: database %q, JSON Lines %q", i, x, y)
		}
	}
	return ""
}
