"""Land release: marking land released (``marking``), every square metre counted once
(``counted_once``) and tasks divided into sectors (``sectors``)."""
