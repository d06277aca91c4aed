"""`intake serve`: the review pages in the browser (issue 11)."""
