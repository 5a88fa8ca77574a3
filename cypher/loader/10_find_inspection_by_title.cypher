// The inspection a summary belongs to: the one whose title contains the summary's title (keys ignore case,
// punctuation and spacing).
MATCH (i:Inspection)
WHERE any(k IN i.keys WHERE k CONTAINS $titleKey OR $titleKey CONTAINS k)
RETURN i.id AS id
ORDER BY size(i.title)
