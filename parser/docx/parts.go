package docx

import (
	"encoding/xml"
	"path"
	"strings"
)

// partNames says where the parts the reader needs live in the package.
type partNames struct {
	document, styles, numbering, comments string
}

// defaultParts are the names Word and LibreOffice use; they serve when the
// relationship parts are missing or say nothing.
var defaultParts = partNames{
	document:  "word/document.xml",
	styles:    "word/styles.xml",
	numbering: "word/numbering.xml",
	comments:  "word/comments.xml",
}

// relationships is a _rels/*.rels part.
type relationships struct {
	Rels []struct {
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// locateParts follows the package relationships to the main document and
// from it to its styles, numbering and comments. Generators other than Word
// may name these parts differently; the relationship types are what is
// fixed. Unreadable relationship parts fall back to the default names,
// because the document may still be readable without them.
func (p *pkg) locateParts() partNames {
	names := defaultParts
	if target := p.relTarget("_rels/.rels", "", "officeDocument"); target != "" {
		names.document = target
	}
	dir, file := path.Split(names.document)
	docRels := dir + "_rels/" + file + ".rels"
	names.styles = pick(p.relTarget(docRels, dir, "styles"), dir+"styles.xml")
	names.numbering = pick(p.relTarget(docRels, dir, "numbering"), dir+"numbering.xml")
	names.comments = pick(p.relTarget(docRels, dir, "comments"), dir+"comments.xml")
	return names
}

func pick(found, fallback string) string {
	if found != "" {
		return found
	}
	return fallback
}

// relTarget returns the part name of the first internal relationship in
// relsPart whose type ends in "/"+kind (transitional and strict OOXML use
// different type URIs with the same last segment), resolved against baseDir.
func (p *pkg) relTarget(relsPart, baseDir, kind string) string {
	data, found, err := p.read(relsPart)
	if !found || err != nil {
		return ""
	}
	var rels relationships
	if err := xml.Unmarshal(data, &rels); err != nil {
		return ""
	}
	for _, r := range rels.Rels {
		if !strings.HasSuffix(r.Type, "/"+kind) || strings.EqualFold(r.TargetMode, "External") || r.Target == "" {
			continue
		}
		if strings.HasPrefix(r.Target, "/") {
			return path.Clean(strings.TrimPrefix(r.Target, "/"))
		}
		return strings.TrimPrefix(path.Clean(baseDir+r.Target), "/")
	}
	return ""
}
