// Package artifact extracts the facts about debris left by copying a
// document out of a PDF or a web page: line breaks inside sentences
// (input.facts.artifact_hard_wraps), page numbers (artifact_page_numbers),
// layout spaces between Chinese characters (artifact_layout_spaces), text
// decoded with the wrong encoding (artifact_mojibake), and paragraphs
// repeated or cut off with an ellipsis (duplicates).
//
// None of them is a writing error: they are traces of how the text was
// obtained, and they share the character classes that tell Chinese running
// text from layout, and the helpers that quote the debris for a message.
package artifact
