"""Names: mentions of people, places and organisations, how alike two
spellings are, how they group into one entity, and the glossary."""
