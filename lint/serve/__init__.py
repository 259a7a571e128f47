"""`newslint serve`: newslint behind LanguageTool's HTTP API v2 (so LanguageTool's
clients can use it as their server) and a web page for copy editors."""
