// Package headings extracts input.facts.heading_numbering: for every
// heading, the sequence it numbers with its siblings and the ordinal that
// sequence calls for there, and the depths at which each numbering family
// (一、 （一） 1. （1） ①) is used. Rules compare the written ordinal
// with the expected one; the walk over the section tree is done here.
package headings
