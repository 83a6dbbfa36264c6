"""The plan spreadsheet: the .xlsx template partners fill in Excel, and reading it back."""
