package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// targetSQLiteRatio is issue 15's bound: batch -o x.sqlite costs at most
// 1.3x batch -o - on the same archive.
const targetSQLiteRatio = 1.3

// datasetRows times readout batch on dir writing JSON Lines to standard
// output (-o -, sent to /dev/null) and writing a SQLite database (-o
// x.sqlite, a new file each run), best of runs each, and prints the ratio.
func datasetRows(c config, dir, tmp string, w io.Writer) error {
	jsonl, err := bestOf(c.runs, func(int) (measure, error) {
		cmd := exec.Command(c.bin, "batch", dir, "-o", "-", "--quiet", "--jobs", fmt.Sprint(c.jobs))
		null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return measure{}, err
		}
		defer null.Close()
		cmd.Stdout = null
		return child(cmd)
	})
	if err != nil {
		return fmt.Errorf("batch -o -: %w", err)
	}
	db, err := bestOf(c.runs, func(i int) (measure, error) {
		out := filepath.Join(tmp, fmt.Sprintf("records-%d.sqlite", i))
		defer func() {
			for _, ext := range []string{"", "-wal", "-shm"} {
				os.Remove(out + ext)
			}
		}()
		return child(exec.Command(c.bin, "batch", dir, "-o", out, "--quiet", "--jobs", fmt.Sprint(c.jobs)))
	})
	if err != nil {
		return fmt.Errorf("batch -o x.sqlite: %w", err)
	}
	wx := db.wall.Seconds() / jsonl.wall.Seconds()
	cx := db.cpu.Seconds() / jsonl.cpu.Seconds()
	fmt.Fprintf(w, "batch %s -o x.sqlite: wall %.2f s, cpu %.2f s, peak %.1f MB; -o -: wall %.2f s, cpu %.2f s, peak %.1f MB; %.2fx wall, %.2fx cpu (target <= %.1fx) %s\n",
		filepath.Base(dir), db.wall.Seconds(), db.cpu.Seconds(), db.rss, jsonl.wall.Seconds(), jsonl.cpu.Seconds(), jsonl.rss,
		wx, cx, targetSQLiteRatio, verdict(wx <= targetSQLiteRatio))
	return nil
}
