"""`newslint lsp`: newslint as a language server (pygls)."""
