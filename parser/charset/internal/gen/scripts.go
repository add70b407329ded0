package main

// defaultTop is how many characters per script the table keeps. About 3,000
// characters cover more than 99% of running text in either script, while
// the rare remainder is where wrong decodings land.
const defaultTop = 3000

// script names one dictionary file and the label of its line in the output.
type script struct {
	label string // first field of the output line
	file  string // file name under gse's data/dict/zh
}

var scripts = []script{
	{label: "simplified", file: "s_1.txt"},
	{label: "traditional", file: "t_1.txt"},
}
