"""One tiny module per register section (the main window loads one section per module)."""
