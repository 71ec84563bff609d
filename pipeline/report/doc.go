// Package report draws a picture of an archive's records as one
// self-contained HTML page (inline CSS and SVG, no script, nothing
// fetched): counts by kind and year, encounters month by month, the top
// counterparts (countries and people), a network of who met whom, and the
// records with warnings, linked to their explain pages when there are any.
//
// Build gathers the figures from records (store.ReadRecords reads them from
// a database, a batch folder or JSON Lines); Render writes the page.
package report
