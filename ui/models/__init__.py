"""Qt item models over app data; views never hold their own copies of records."""
