"""One module per schema revision, oldest first; never edit a revision that has shipped."""
