package charset

// Result is a decoded document.
type Result struct {
	Text     string // valid UTF-8, BOM removed
	Encoding string // canonical name: "utf-8", "utf-16le", "utf-16be", "gb18030", "big5"
	BOM      bool   // the input started with a byte-order mark
}

// Decode converts data to UTF-8. forced == "" means detect; otherwise it
// names the encoding (case-insensitive; see Known). Undecodable bytes and
// NUL characters are reported as *DecodeError; an unknown forced name as an
// error wrapping ErrUnknownEncoding. Empty data decodes to empty UTF-8 text.
//
// Encodings other than the five canonical ones (forced through a WHATWG
// label such as "shift_jis") are reported under their WHATWG name.
func Decode(data []byte, forced string) (Result, error) {
	var (
		res Result
		err error
	)
	if forced == "" {
		res, err = detect(data)
	} else {
		var c codec
		if c, err = lookup(forced); err != nil {
			return Result{}, err
		}
		res, err = c.decode(data)
	}
	if err != nil {
		return Result{}, err
	}
	res.Text, res.BOM = stripBOM(res.Text)
	return res, nil
}
