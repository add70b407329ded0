package gsedict

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Entry
		wantErr string // substring of the error, "" for none
	}{
		{"words in file order, part of speech ignored", "工会 10 n\n职工 5 vn\n", []Entry{{"工会", 10}, {"职工", 5}}, ""},
		{"blank and frequency-less lines are skipped", "工会 10 n\n\n职工之家 2\nbad\n", []Entry{{"工会", 10}, {"职工之家", 2}}, ""},
		{"empty input", "", nil, ""},
		{"a bad frequency names its line", "工会 10 n\n工作 many v\n", nil, "line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Read = %v, %v; want an error mentioning %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Read = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s_1.txt")
	if err := os.WriteFile(path, []byte("工会 10 n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil || !slices.Equal(got, []Entry{{"工会", 10}}) {
		t.Errorf("ReadFile = %v, %v", got, err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.txt")); err == nil || !strings.Contains(err.Error(), "opening dictionary") {
		t.Errorf("ReadFile(missing) = %v, want an opening error", err)
	}
}
