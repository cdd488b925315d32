"""One printed line → what it is on the page: page furniture (furniture.py), a byline or a photo credit
(bylines.py), a dateline or a signature (datelines.py), a sub-head or an interview turn (turns.py); common.py folds
the line. `load.parse_page` walks the page with these; each rule is tested in tests/test_layout.py."""
