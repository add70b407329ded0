package charset

import (
	"strings"
	"testing"
)

// benchText is about 15 KB once encoded in GB18030 or Big5.
func benchText(sentences []string) string {
	var b strings.Builder
	for i := 0; b.Len() < 22_500; i++ { // UTF-8 is 3 bytes per Han, legacy 2
		b.WriteString(sentences[i%len(sentences)])
		b.WriteString("\r\n")
	}
	return b.String()
}

func benchmarkDecode(b *testing.B, data []byte, want string) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Decode(data, "")
		if err != nil || res.Encoding != want {
			b.Fatalf("got %s, %v", res.Encoding, err)
		}
	}
}

func BenchmarkDecodeGB18030(b *testing.B) {
	benchmarkDecode(b, mustEncode(b, encGB18030, benchText(simplifiedSentences)), GB18030)
}

func BenchmarkDecodeBig5(b *testing.B) {
	benchmarkDecode(b, mustEncode(b, encBig5, benchText(traditionalSentences)), Big5)
}

func BenchmarkDecodeUTF8(b *testing.B) {
	benchmarkDecode(b, []byte(benchText(simplifiedSentences)), UTF8)
}
