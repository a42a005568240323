package search

// For the tests of package search_test.
var ReadJudged = readJudged
