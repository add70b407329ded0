package main

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// machine describes the computer the benchmark ran on. Timings mean little
// without it, and the load average tells whether other work competed for
// the cores during the run.
type machine struct {
	cpus     int
	cpuModel string
	memory   string
	kernel   string
	loadavg  string
}

// readMachine collects the description from /proc; a field that cannot be
// read is left as "unknown" rather than failing the report.
func readMachine() machine {
	return machine{
		cpus:     runtime.NumCPU(),
		cpuModel: orUnknown(cpuModel(readProc("/proc/cpuinfo"))),
		memory:   orUnknown(memTotal(readProc("/proc/meminfo"))),
		kernel:   orUnknown(strings.TrimSpace(readProc("/proc/sys/kernel/osrelease"))),
		loadavg:  orUnknown(loadAverage(readProc("/proc/loadavg"))),
	}
}

func readProc(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return string(data)
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// cpuModel returns the first "model name" of /proc/cpuinfo.
func cpuModel(cpuinfo string) string {
	sc := bufio.NewScanner(strings.NewReader(cpuinfo))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

// memTotal returns MemTotal of /proc/meminfo in GiB, e.g. "23.4 GiB".
func memTotal(meminfo string) string {
	sc := bufio.NewScanner(strings.NewReader(meminfo))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "MemTotal:" {
			kib, err := strconv.ParseFloat(fields[1], 64)
			if err != nil {
				return ""
			}
			return strconv.FormatFloat(kib/(1<<20), 'f', 1, 64) + " GiB"
		}
	}
	return ""
}

// loadAverage returns the 1, 5 and 15 minute load averages of /proc/loadavg.
func loadAverage(loadavg string) string {
	fields := strings.Fields(loadavg)
	if len(fields) < 3 {
		return ""
	}
	return strings.Join(fields[:3], " ")
}
