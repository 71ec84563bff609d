package store

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
)

// Item is one record read back, with the path of its input under the
// archive (for JSON Lines, the record's source.path).
type Item struct {
	Rel    string
	Record *extract.Record
}

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// reportFile is a batch folder's run report, which is no record.
const reportFile = "_report.yaml"

// ReadRecords reads the records at path: a SQLite database written by a
// batch run, a batch output folder (YAML or JSON records), or a JSON Lines
// file ("-" for standard input, read from stdin). Items come in path order.
func ReadRecords(path string, stdin io.Reader) ([]Item, error) {
	if path == "-" {
		return readJSONL(stdin, "standard input")
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	var items []Item
	if fi.IsDir() {
		items, err = readFolder(path)
	} else {
		items, err = readFile(path)
	}
	if err != nil {
		return nil, err
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Rel < items[j].Rel })
	return items, nil
}

func readFile(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	if bytes.Equal(head[:n], sqliteMagic) {
		f.Close()
		return readSQLite(path)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("records %s: %w", path, err)
	}
	return readJSONL(f, path)
}

func readSQLite(path string) ([]Item, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	// Read only: reading a database never changes it.
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return nil, fmt.Errorf("records %s: %w", path, err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT path, record FROM records ORDER BY path")
	if err != nil {
		return nil, fmt.Errorf("records %s: %w", path, err)
	}
	defer rows.Close()
	var items []Item
	for rows.Next() {
		var rel, js string
		if err := rows.Scan(&rel, &js); err != nil {
			return nil, fmt.Errorf("records %s: %w", path, err)
		}
		rec := new(extract.Record)
		if err := json.Unmarshal([]byte(js), rec); err != nil {
			return nil, fmt.Errorf("records %s: record %s: %w", path, rel, err)
		}
		items = append(items, Item{Rel: rel, Record: rec})
	}
	return items, rows.Err()
}

func readJSONL(r io.Reader, name string) ([]Item, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	var items []Item
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		rec := new(extract.Record)
		if err := json.Unmarshal(b, rec); err != nil {
			return nil, fmt.Errorf("records %s: line %d is no JSON record: %w", name, line, err)
		}
		items = append(items, Item{Rel: rec.Source.Path, Record: rec})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("records %s: %w", name, err)
	}
	return items, nil
}

func readFolder(dir string) ([]Item, error) {
	var items []Item
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || name == reportFile {
			return nil
		}
		ext := filepath.Ext(name)
		if ext != ".yaml" && ext != ".json" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rec := new(extract.Record)
		if ext == ".json" {
			err = json.Unmarshal(data, rec)
		} else {
			err = yaml.Unmarshal(data, rec)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		rel, _ := filepath.Rel(dir, p)
		items = append(items, Item{Rel: filepath.ToSlash(strings.TrimSuffix(rel, ext)), Record: rec})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	if len(items) == 0 {
		return nil, errors.New("records: no .yaml or .json records in " + dir)
	}
	return items, nil
}

// ExplainDir returns the explain-page folder the latest batch run that
// wrote the database at path named (readout batch --explain-dir), as it
// was given, or "" when path is no database or no run named one.
func ExplainDir(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	f.Close()
	if !bytes.Equal(head[:n], sqliteMagic) {
		return ""
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return ""
	}
	defer db.Close()
	var opts string
	if db.QueryRow("SELECT options FROM runs ORDER BY id DESC LIMIT 1").Scan(&opts) != nil {
		return ""
	}
	var o struct {
		ExplainDir string `json:"explain_dir"`
	}
	if json.Unmarshal([]byte(opts), &o) != nil {
		return ""
	}
	return o.ExplainDir
}
