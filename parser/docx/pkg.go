package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Size limits guard against zip bombs: a few kilobytes of deflated XML can
// claim gigabytes. Real 公文 are well under a megabyte of XML; the limits only
// need to be far above that.
const (
	maxPartSize  = 100 << 20 // bytes of one decompressed part
	maxTotalSize = 200 << 20 // bytes decompressed over the whole Read
)

// oleMagic starts an OLE compound file: a legacy .doc, or an encrypted
// .docx, which Word wraps in an OLE container.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// pkg is an opened OPC package (the zip container of a .docx).
type pkg struct {
	files    map[string]*zip.File // by lower-cased part name without leading "/"
	consumed int64                // decompressed bytes handed out so far
	// maxPart and maxTotal are the size limits; fields so tests can lower them.
	maxPart, maxTotal int64
}

func openPackage(data []byte) (*pkg, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return nil, errors.New("encrypted or legacy .doc file (OLE compound document)")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), maxPart: maxPartSize, maxTotal: maxTotalSize}
	for _, f := range zr.File {
		name := normalizePartName(f.Name)
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// normalizePartName makes a part name comparable: OPC part names are
// case-insensitive and may be written with a leading slash.
func normalizePartName(name string) string {
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// read returns the decompressed bytes of a part. found is false when the
// package has no such part; that is not an error, because most parts are
// optional.
func (p *pkg) read(name string) (data []byte, found bool, err error) {
	f, ok := p.files[normalizePartName(name)]
	if !ok {
		return nil, false, nil
	}
	if f.Flags&0x1 != 0 {
		return nil, true, fmt.Errorf("not a docx file: %s is encrypted", name)
	}
	if f.UncompressedSize64 > uint64(p.maxPart) {
		return nil, true, fmt.Errorf("%s is too large (%d bytes, limit %d)", name, f.UncompressedSize64, p.maxPart)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, true, fmt.Errorf("not a docx file: %s: %w", name, err)
	}
	defer rc.Close()
	// The declared size can lie; the limit on what is actually read cannot.
	limit := min(p.maxPart, p.maxTotal-p.consumed)
	data, err = io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, true, fmt.Errorf("not a docx file: %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, true, fmt.Errorf("%s is too large (over %d bytes decompressed)", name, limit)
	}
	p.consumed += int64(len(data))
	return data, true, nil
}
