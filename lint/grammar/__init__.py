"""Grammar engines: the LanguageTool server newslint manages, and the
per-paragraph cache of its answers."""
