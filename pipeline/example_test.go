package pipeline_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/pipeline"
)

// readout is a short telephone-talk readout, as a ministry would publish it.
const readout = `Japan-Germany Foreign Ministers' Telephone Talk

May 14, 2025

On May 14, commencing at 4:00 p.m. for approximately 20 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Dr. Johann Wadephul, Federal Minister for Foreign Affairs of the Federal Republic of Germany.

1. Minister Iwaya congratulated Minister Wadephul on his assumption of office.

2. The two ministers exchanged views on regional situations.
`

// Extract one readout from a string and read its record.
func ExampleExtract() {
	rec, err := pipeline.Extract(context.Background(), strings.NewReader(readout), pipeline.Options{Path: "call.txt"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("kind:", rec.Kind)
	fmt.Println("date:", rec.Date)
	fmt.Println("start:", rec.Time.Start)
	fmt.Println("minutes:", rec.Duration.Minutes)
	for _, p := range rec.Participants {
		fmt.Printf("%s (%s)\n", p.Name, *p.Affiliation)
	}
	fmt.Println("agenda points:", len(rec.Agenda))
	// Every value keeps the text it was read from.
	fmt.Printf("time.start read from %q\n", rec.Evidence["time.start"].Text)
	// Output:
	// kind: telephone-talk
	// date: 2025-05-14
	// start: 16:00
	// minutes: 20
	// IWAYA Takeshi (Japan)
	// Johann Wadephul (Federal Republic of Germany)
	// agenda points: 2
	// time.start read from "4:00 p.m."
}

// Tell the kinds of failure apart with errors.Is and errors.As.
func ExampleExtract_errors() {
	ctx := context.Background()
	_, err := pipeline.Extract(ctx, strings.NewReader("\x89PNG\r\n\x1a\n..."), pipeline.Options{})
	fmt.Println(errors.Is(err, pipeline.ErrNotText))

	_, err = pipeline.Extract(ctx, strings.NewReader(readout), pipeline.Options{MaxBytes: 100})
	fmt.Println(errors.Is(err, pipeline.ErrTooLarge))

	_, err = pipeline.Extract(ctx, strings.NewReader(" \n"), pipeline.Options{})
	fmt.Println(errors.Is(err, pipeline.ErrEmpty))

	_, err = pipeline.ExtractFile(ctx, "no/such/file.html", pipeline.Options{})
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, os.ErrNotExist))
	// Output:
	// true
	// true
	// true
	// true true
}

// Batch a folder of readouts into one JSON Lines stream, one record a
// line.
func ExampleBatch() {
	dir, err := os.MkdirTemp("", "archive")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "call.txt"), []byte(readout), 0o644)
	_ = os.MkdirAll(filepath.Join(dir, "2025"), 0o755)
	_ = os.WriteFile(filepath.Join(dir, "2025", "page.html"), []byte(`<html><head><title>Foreign Minister Meets Counterpart</title></head>
<body><main><h1>Foreign Minister Meets Counterpart</h1><p>June 2, 2025</p>
<p>On June 2, the Foreign Minister held a meeting with the Foreign Minister of Canada in Ottawa.</p></main></body></html>`), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\xff\xd8\xff\xe0 a JPEG"), 0o644)

	var out bytes.Buffer
	sink := pipeline.NewJSONLSink(&out, false)
	rep, err := pipeline.Batch(context.Background(), dir, pipeline.BatchOptions{Ordered: true}, sink)
	if err != nil {
		log.Fatal(err)
	}
	if err := sink.Flush(); err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var rec struct {
			Source struct{ Format string }
			Kind   string
			Date   string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			log.Fatal(err)
		}
		fmt.Println(rec.Source.Format, rec.Kind, rec.Date)
	}
	fmt.Printf("%d ok, %d failed: %s %s\n", rep.Counts.OK, rep.Counts.Failed, rep.Failures[0].Path, rep.Failures[0].Reason)
	// Output:
	// html meeting 2025-06-02
	// text telephone-talk 2025-05-14
	// 2 ok, 1 failed: photo.txt not-text
}

// Validate a record against the record schema: the error names each field
// that breaks it.
func ExampleValidate() {
	rec, err := pipeline.Extract(context.Background(), strings.NewReader(readout), pipeline.Options{Path: "call.txt"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(pipeline.Validate(rec))

	rec.Time.Start = "4:00 p.m."
	rec.Kind = "phone call"
	err = pipeline.Validate(rec)
	var se *pipeline.SchemaError
	if errors.As(err, &se) {
		for _, p := range se.Problems {
			fmt.Println(p)
		}
	}
	fmt.Println(errors.Is(err, pipeline.ErrInvalidRecord))
	// Output:
	// <nil>
	// kind: "phone call" is not one of meeting, telephone-talk, video-conference, courtesy-call, working-meal, other
	// time.start: "4:00 p.m." is not a 24-hour HH:MM time
	// true
}

// Validate a record file as written (YAML or JSON), with the line of each
// problem.
func ExampleValidateYAML() {
	rec, err := pipeline.Extract(context.Background(), strings.NewReader(readout), pipeline.Options{Path: "call.txt"})
	if err != nil {
		log.Fatal(err)
	}
	data, err := pipeline.Marshal(rec, pipeline.EmitOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(pipeline.ValidateYAML(data)), "problems")

	// Hand-edited: a plain 16:00 is the number 960 to a YAML 1.1 reader.
	edited := strings.Replace(string(data), `start: "16:00"`, `start: 16:00`, 1)
	edited = strings.Replace(edited, `minutes: 20`, `minutes: twenty`, 1)
	for _, p := range pipeline.ValidateYAML([]byte(edited)) {
		fmt.Println(p)
	}
	// Output:
	// 0 problems
	// duration.minutes: got string, want integer (line 20)
	// time.start: plain 16:00 is not a string to a YAML 1.1 reader: quote it (line 12)
}

// Compare a record with an expected one, field by field: key order and
// style do not matter, and fields limits what is compared.
func ExampleDiffRecord() {
	rec, err := pipeline.Extract(context.Background(), strings.NewReader(readout), pipeline.Options{Path: "call.txt"})
	if err != nil {
		log.Fatal(err)
	}
	golden := `
kind: telephone-talk
date: "2025-05-14"
duration: {minutes: 30, approximate: true, text: approximately 30 minutes}
`
	diff, err := pipeline.DiffRecord([]byte(golden), rec, []string{"kind", "date", "duration.minutes"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(diff)
	// Output:
	// --- golden
	// +++ now
	// @@ duration.minutes @@
	//  kind: telephone-talk
	//  date: 2025-05-14
	//  duration:
	// -  minutes: 30
	// +  minutes: 20
}

// Check a folder of readouts against their golden records, as "readout
// check" does; in a Go test, CheckGolden(t, dir) reports the same.
func ExampleCheck() {
	dir, err := os.MkdirTemp("", "golden")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "call.txt"), []byte(readout), 0o644)
	// An empty golden file is filled in by Update.
	_ = os.WriteFile(filepath.Join(dir, "call.golden.yaml"), nil, 0o644)

	ctx := context.Background()
	rep, err := pipeline.Check(ctx, dir, pipeline.CheckOptions{Update: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Summary(), rep.Cases[0].Updated)

	rep, err = pipeline.Check(ctx, dir, pipeline.CheckOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Summary())
	// Output:
	// 1 passed, 0 failed true
	// 1 passed, 0 failed
}
