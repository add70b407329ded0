package gsedict

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLocateUsesTheGivenDirectory(t *testing.T) {
	src, err := Locate("/some/dict")
	if err != nil || src != (Source{Dir: "/some/dict"}) {
		t.Errorf("Locate(dir) = %+v, %v; want the directory and no version", src, err)
	}
}

// TestLocateFindsTheRequiredVersion runs `go list -m`, as the generators
// do: gse is a dependency of package segment, so the module cache has it.
func TestLocateFindsTheRequiredVersion(t *testing.T) {
	src, err := Locate("")
	if err != nil {
		t.Fatal(err)
	}
	if src.Version == "" {
		t.Errorf("Locate() = %+v, want a module version", src)
	}
	for _, file := range []string{"s_1.txt", "t_1.txt"} {
		if _, err := os.Stat(filepath.Join(src.Dir, file)); err != nil {
			t.Errorf("dictionary %s: %v", file, err)
		}
	}
}

func TestOrigin(t *testing.T) {
	tests := []struct {
		src  Source
		want string
	}{
		{Source{Version: "v0.80.3", Dir: "/mod/data/dict/zh"}, "github.com/go-ego/gse v0.80.3 data/dict/zh/s_1.txt"},
		{Source{Dir: "/my/dict"}, "gse's s_1.txt in /my/dict"},
	}
	for _, tt := range tests {
		if got := tt.src.Origin("s_1.txt"); got != tt.want {
			t.Errorf("%+v.Origin = %q, want %q", tt.src, got, tt.want)
		}
	}
}
